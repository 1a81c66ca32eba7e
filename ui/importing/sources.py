"""Turn what the learner gave (paths, folders, pasted text, a QR image) into named inputs.

Nothing here touches a widget; :func:`read_paths` reads the disk and so runs in the background
task, never on the GUI thread.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from wallet.errors import InputError, InputTooLarge
from wallet.formats.files import read_regular_file
from wallet.resources import resource_path

__all__ = [
    "MAX_FILE_BYTES",
    "Input",
    "Rejected",
    "pasted_input",
    "read_paths",
    "sample_paths",
]

MAX_FILE_BYTES = 20 * 1024 * 1024  # the core's largest input (a baked image)
MAX_FILES = 50_000
_URL = re.compile(r"^https?://\S+$", re.IGNORECASE)


@dataclass(frozen=True)
class Input:
    """One thing to import (it has the ``name`` and ``data`` of the service's ``ImportItem``),
    or, with ``problem`` set, one thing already known to be unusable."""

    name: str
    data: bytes = b""
    problem: str = ""


@dataclass(frozen=True)
class Rejected:
    """An input the UI refused before the service saw it; reads like the service's outcomes."""

    name: str
    reason: str
    status: str = "rejected"
    credential_id: None = None
    verdict: None = None


def _walk(folder: Path) -> list[Path]:
    """Every file in ``folder`` and below, whatever its name: what a file is comes from its
    content (README: PDFs, ``.vp1`` and text, ``.ts``, anything), never its extension. Hidden
    files and folders (``.git``, ``.DS_Store``) are left out."""
    found: list[Path] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                found.append(Path(root) / name)
        if len(found) >= MAX_FILES:
            break
    return found[:MAX_FILES]


def read_paths(paths: list[Path]) -> list[Input]:
    """Read files; folders are walked for every file in them. Background thread."""
    inputs: list[Input] = []
    for path in paths:
        folder = path.is_dir()
        targets = _walk(path) if folder else [path]
        for target in targets:
            # Inside a folder, the path from it: two "badge.json" in two subfolders stay apart.
            name = str(Path(path.name) / target.relative_to(path)) if folder else target.name
            try:
                # A regular file only, read up to the cap: a pipe in a dropped folder hung the
                # import for good, a link to /dev/zero (size 0) read until memory ran out.
                inputs.append(Input(name, read_regular_file(target, MAX_FILE_BYTES)))
            except InputTooLarge:
                problem = f"the file is larger than {MAX_FILE_BYTES:,} bytes"
                inputs.append(Input(name, problem=problem))
            except InputError as exc:
                inputs.append(Input(name, problem=str(exc)))
            except OSError as exc:
                inputs.append(Input(name, problem=f"cannot be read: {exc.strerror or exc}"))
    return inputs


def pasted_input(text: str, name: str = "pasted text") -> Input:
    """Pasted JSON, a JWT, ``VP1-`` text or a URL: the core recognises each (and says why when
    it cannot use one, e.g. a URL while network use is off)."""
    stripped = text.strip()
    if not stripped:
        return Input(name, problem="the clipboard holds no text")
    if _URL.match(stripped):
        name = stripped
    return Input(name, stripped.encode("utf-8"))


def sample_paths() -> list[Path]:
    """The signed demo credentials shipped in ``resources/samples``."""
    return sorted(resource_path("samples").glob("*.json"))
