"""Whole-file writes that either happen completely or not at all, over an injectable seam.

Write to a temporary file in the same folder, ``fsync`` it, ``rename`` it over the target, then
``fsync`` the folder so the rename itself survives a power cut (the ext4/``rename`` durability
pattern; SQLite's own atomic-commit document makes the same argument for its journal). Tests pass a
:class:`FileOps` that fails at a chosen step (KeePassXC's ``FailDevice`` idea).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import BinaryIO, Protocol

__all__ = ["FileOps", "OsFileOps", "write_atomically"]


class FileOps(Protocol):
    """The four steps of a durable write; each may raise :class:`OSError`."""

    def write(self, handle: BinaryIO, data: bytes) -> None: ...

    def fsync(self, handle: BinaryIO) -> None: ...

    def rename(self, source: Path, target: Path) -> None: ...

    def fsync_dir(self, folder: Path) -> None: ...


class OsFileOps:
    """The real operating system."""

    def write(self, handle: BinaryIO, data: bytes) -> None:
        handle.write(data)
        handle.flush()

    def fsync(self, handle: BinaryIO) -> None:
        os.fsync(handle.fileno())

    def rename(self, source: Path, target: Path) -> None:
        os.replace(source, target)

    def fsync_dir(self, folder: Path) -> None:
        if os.name == "nt":  # folders cannot be opened for fsync on Windows; NTFS journals renames
            return
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_atomically(target: Path, data: bytes, ops: FileOps | None = None) -> None:
    """Replace ``target`` with ``data``, or leave it untouched and raise :class:`OSError`."""
    ops = ops or OsFileOps()
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        # Restrictive permissions before any byte is written (Electrum storage.py does the same).
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as handle:
            ops.write(handle, data)
            ops.fsync(handle)
        ops.rename(temporary, target)
        ops.fsync_dir(target.parent)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
