"""What the command line reads: files, folders (every file in them, recursively) and standard
input, with one way of saying why an input cannot be read, so ``verify`` and ``import`` say the
same thing about the same file.

What a file is comes from its content, never its name (README): a folder contributes every file
in it and below, whatever its extension, except hidden ones (``.git``, ``.DS_Store``).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from wallet.errors import InputError
from wallet.formats.files import read_regular_file
from wallet.formats.sniff import MAX_INPUT_BYTES

__all__ = ["MAX_FOLDER_FILES", "Read", "counted", "read_all", "read_one", "reason"]

MAX_FOLDER_FILES = 50_000


@dataclass(frozen=True)
class Read:
    """One input: its ``name`` (as given, or the path of a file found in a folder) and its
    ``data``, or the sentence saying why it cannot be read (``problem``)."""

    name: str
    data: bytes = b""
    problem: str = ""


def counted(n: int, noun: str) -> str:
    """ "1 credential", "2 credentials"."""
    return f"{n} {noun}" + ("" if n == 1 else "s")


def reason(exc: BaseException) -> str:
    """Why an input could not be read, in the same words wherever it is read."""
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a folder, not a file"
    if isinstance(exc, OSError):
        return exc.strerror or "cannot be read"
    return str(exc)


def read_one(name: str) -> bytes:
    """The bytes of one file, or of standard input for ``-``. Raises InputError (too large) or
    OSError."""
    if name == "-":
        data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
    else:
        path = Path(name)
        if path.is_dir():
            raise IsADirectoryError(name)
        with path.open("rb") as handle:
            data = handle.read(MAX_INPUT_BYTES + 1)
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(f"the input is over the {MAX_INPUT_BYTES // (1024 * 1024)} MB limit")
    return data


def _walk(folder: Path) -> Iterator[Path]:
    found = 0
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            yield Path(root) / name
            found += 1
            if found >= MAX_FOLDER_FILES:
                return


def read_all(names: Sequence[str]) -> Iterator[Read]:
    """Every input named, folders expanded, in order; never raises for one unreadable input.
    A folder with no file in it is one unreadable input ("a folder with no files in it")."""
    for name in names:
        folder = name != "-" and Path(name).is_dir()
        targets = [str(p) for p in _walk(Path(name))] if folder else [name]
        if folder and not targets:
            yield Read(name, problem="a folder with no files in it")
        for target in targets:
            try:
                # Inside a folder only regular files are read (a pipe there hung verify).
                data = read_regular_file(Path(target)) if folder else read_one(target)
                yield Read(target, data)
            except (InputError, OSError) as exc:
                yield Read(target, problem=reason(exc))
