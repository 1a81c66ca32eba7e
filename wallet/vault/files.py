"""Whole-file writes that either happen completely or not at all, over an injectable seam.

Write to a temporary file in the same folder, ``fsync`` it, ``rename`` it over the target, then
``fsync`` the folder so the rename itself survives a power cut (the ext4/``rename`` durability
pattern; SQLite's own atomic-commit document makes the same argument for its journal). Tests pass a
:class:`FileOps` that fails at a chosen step (KeePassXC's ``FailDevice`` idea).

The temporary file has an unpredictable name and is opened with ``O_CREAT|O_EXCL|O_NOFOLLOW``
(what ``tempfile.mkstemp`` does), so a file or symlink planted in the folder is never opened, let
alone followed: a predictable name opened with ``O_TRUNC`` let anyone who can write to the folder
(a shared ``Downloads``, ``/tmp``) make the wallet overwrite a file of their choosing (issue 11).
The rename then replaces whatever sits at the target's own name, a symlink included, instead of
writing through it. Every file the wallet writes (vault, backup, PNG, SVG, PDF, presentations)
goes through :func:`write_atomically`.

:func:`staged_vault` applies the same idea to a whole vault built in several steps (a restore):
it is built under an unpredictable temporary name beside the target and renamed into place only
when complete.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO, Protocol

__all__ = [
    "PRIVATE",
    "SHARED",
    "FileOps",
    "OsFileOps",
    "staged_vault",
    "vault_files",
    "write_atomically",
]

# What SQLite (sqlite.org/wal.html) and the advisory lock (wallet.vault.lock) put beside a vault.
_COMPANIONS = ("-wal", "-shm", "-journal", ".lock")
PRIVATE = 0o600  # vaults and backups: the owner only
SHARED = 0o644  # files made to be handed to someone (presentations, QR images, PDFs)
_EXCLUSIVE = (
    os.O_WRONLY
    | os.O_CREAT
    | os.O_EXCL
    | getattr(os, "O_NOFOLLOW", 0)  # POSIX; on Windows O_EXCL alone refuses an existing name
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)
_ATTEMPTS = 100  # tempfile.TMP_MAX is 10,000; 100 collisions of 64 random bits is an attack


def _random_name() -> str:
    return secrets.token_hex(8)


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


def _open_exclusive(
    target: Path, suffix: str, names: Callable[[], str], mode: int
) -> tuple[int, Path]:
    """A new file beside ``target`` under an unguessable name that did not exist before."""
    for _ in range(_ATTEMPTS):
        candidate = target.with_name(f".{target.name}.{names()}{suffix}")
        try:
            return os.open(candidate, _EXCLUSIVE, mode), candidate
        except FileExistsError:
            continue  # taken (perhaps planted): never opened, try another name
    raise FileExistsError(f"no free temporary name beside {target} after {_ATTEMPTS} tries")


def write_atomically(
    target: Path,
    data: bytes,
    ops: FileOps | None = None,
    *,
    mode: int = PRIVATE,
    names: Callable[[], str] = _random_name,
) -> None:
    """Replace ``target`` with ``data``, or leave it untouched and raise :class:`OSError`.

    ``mode`` is the new file's permission bits (:data:`PRIVATE` unless the file is meant to be
    handed on). ``names`` makes the temporary names (tests inject a sequence they have planted
    symlinks at). Never follows a symlink at a temporary name; a symlink at ``target`` itself is
    replaced by the new file, its target left alone.
    """
    ops = ops or OsFileOps()
    # Restrictive permissions before any byte is written (Electrum storage.py does the same).
    fd, temporary = _open_exclusive(target, ".tmp", names, PRIVATE)
    try:
        with os.fdopen(fd, "wb") as handle:
            if mode != PRIVATE and hasattr(os, "fchmod"):
                os.fchmod(handle.fileno(), mode)  # not subject to the umask, unlike os.open
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

    The path lies in a new folder of the owner's only (``mkdir`` of an unguessable name, mode
    0700), so nothing can be planted at the vault's name or at its companions' (SQLite opens
    ``-wal`` and ``-journal`` without ``O_NOFOLLOW``). The caller closes the vault inside the
    block (closing checkpoints SQLite's WAL into the file, so the one file is the whole vault).
    Raises FileExistsError when ``target`` exists before or after the build (it is never
    replaced), OSError when the move fails; either way nothing is left behind. Same file system,
    so the rename is atomic.
    """
    ops = ops or OsFileOps()
    if target.exists():
        raise FileExistsError(f"a file already exists at {target}")
    target.parent.mkdir(parents=True, exist_ok=True)
    folder = _private_folder(target)
    temporary = folder / target.name
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
        _remove(vault_files(temporary))
        with contextlib.suppress(OSError):
            folder.rmdir()


def _private_folder(target: Path) -> Path:
    for _ in range(_ATTEMPTS):
        candidate = target.with_name(f".{target.name}.{_random_name()}.restoring")
        try:
            candidate.mkdir(mode=0o700)  # mkdir never follows a symlink at its own name
        except FileExistsError:
            continue
        return candidate
    raise FileExistsError(f"no free temporary name beside {target} after {_ATTEMPTS} tries")
