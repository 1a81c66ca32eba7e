"""What an advisor hands the review: files, folders of them, or standard input, read bounded.

A folder is walked (hidden entries skipped, symlinked folders not followed) for the files a
portfolio is made of; a file named on its own is always tried, whatever its name, because what
an input is comes from its content (DESIGN "Command line"). Reads run on the caller's thread.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from wallet.errors import InputError, InputTooLarge
from wallet.formats.files import read_regular_file
from wallet.formats.sniff import MAX_INPUT_BYTES
from wallet.review.portfolio import PortfolioFile, Unreadable

__all__ = ["FOLDER_SUFFIXES", "MAX_FILES", "read_paths"]

MAX_FILES = 5_000  # far more than any portfolio; a folder with more is read up to here
FOLDER_SUFFIXES = frozenset(
    {".json", ".jsonld", ".jwt", ".jws", ".vc", ".vp", ".vp1", ".txt", ".png", ".svg", ".pdf",
     ".jpg", ".jpeg", ".webp", ".gif", ".bmp"}
)  # fmt: skip


def _walk(folder: Path) -> list[Path]:
    found: list[Path] = []
    for root, dirs, files in os.walk(folder):  # followlinks=False: no loops, no escapes
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and Path(name).suffix.lower() in FOLDER_SUFFIXES:
                found.append(Path(root) / name)
                if len(found) >= MAX_FILES:
                    return found
    return found


def _read(path: Path) -> bytes:
    """A regular file only: a pipe named x.json waited for ever (attack-files F4)."""
    return read_regular_file(path)


def read_paths(paths: Iterable[Path]) -> tuple[list[PortfolioFile], list[Unreadable]]:
    """Every file named or found in a folder named, with one sentence for each that cannot be
    read (missing, unreadable, too large). Names are the paths as given (folder/file inside)."""
    files: list[PortfolioFile] = []
    problems: list[Unreadable] = []
    for path in paths:
        targets = _walk(path) if path.is_dir() else [path]
        if path.is_dir() and not targets:
            problems.append(Unreadable(str(path), "the folder holds no credential files"))
        for target in targets:
            name = str(target)
            try:
                data = _read(target)
            except FileNotFoundError:
                problems.append(Unreadable(name, "no such file"))
                continue
            except PermissionError:
                problems.append(Unreadable(name, "permission denied"))
                continue
            except OSError as exc:
                problems.append(Unreadable(name, exc.strerror or "cannot be read"))
                continue
            except InputTooLarge:
                limit = MAX_INPUT_BYTES // (1024 * 1024)
                problems.append(Unreadable(name, f"the file is over the {limit} MB limit"))
                continue
            except InputError as exc:
                problems.append(Unreadable(name, str(exc)))
                continue
            if len(data) > MAX_INPUT_BYTES:
                limit = MAX_INPUT_BYTES // (1024 * 1024)
                problems.append(Unreadable(name, f"the file is over the {limit} MB limit"))
                continue
            files.append(PortfolioFile(name, data))
    return files, problems
