"""Whole-file writes that either happen completely or not at all, over an injectable seam.

Write to a temporary file in the same folder, ``fsync`` it, ``rename`` it over the target, then
``fsync`` the folder so the rename itself survives a power cut (the ext4/``rename`` durability
pattern; SQLite's own atomic-commit document makes the same argument for its journal). Tests pass a
:class:`FileOps` that fails at a chosen step (KeePassXC's ``FailDevice`` idea).

:func:`staged_vault` applies the same idea to a whole vault built in several steps (a restore):
it is built under a temporary name beside the target and renamed into place only when complete.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, Protocol

__all__ = ["FileOps", "OsFileOps", "staged_vault", "vault_files", "write_atomically"]

# What SQLite (sqlite.org/wal.html) and the advisory lock (wallet.vault.lock) put beside a vault.
_COMPANIONS = ("-wal", "-shm", "-journal", ".lock")


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


def vault_files(path: Path) -> list[Path]:
    """A vault file and every companion file it may have beside it."""
    return [path, *(path.with_name(path.name + suffix) for suffix in _COMPANIONS)]


def _remove(paths: list[Path]) -> None:
    for path in paths:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


@contextlib.contextmanager
def staged_vault(target: Path, ops: FileOps | None = None) -> Iterator[Path]:
    """Yield a temporary path beside ``target`` to build a vault at; move it into place when the
    block ends normally, or remove it (and its companions) when the block or the move fails.

    The caller closes the vault inside the block (closing checkpoints SQLite's WAL into the
    file, so the one file is the whole vault). Raises FileExistsError when ``target`` exists
    before or after the build (it is never replaced), OSError when the move fails; either way
    nothing is left behind. Same folder, so the rename is atomic.
    """
    ops = ops or OsFileOps()
    if target.exists():
        raise FileExistsError(f"a file already exists at {target}")
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.{os.getpid()}.restoring")
    staged = vault_files(temporary)
    _remove(staged)  # an earlier attempt by a process with this id that died half-way
    try:
        yield temporary
        if target.exists():
            raise FileExistsError(f"a file appeared at {target} meanwhile; it was left alone")
        try:
            ops.rename(temporary, target)
            ops.fsync_dir(target.parent)
        except BaseException:
            if not temporary.exists():  # renamed but not made durable: take it back
                _remove([target])
            raise
    finally:
        _remove(staged)
