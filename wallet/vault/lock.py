"""The advisory lock that keeps two processes from opening one vault.

``flock`` on a ``.lock`` file beside the vault (``LockFileEx`` through ``msvcrt`` on Windows). The
kernel drops the lock when the process dies, so a crash (even ``kill -9``) never leaves a vault
locked forever, unlike a pid file.

The lock belongs to the vault *file*, not to the name it was opened by: the path is resolved
(symlinks followed) first, so the same vault reached through a symlink, or through ``..``, takes
the same lock. Before issue 11 two processes could open one vault that way and write it at once,
and one of them then reported a false "vault file is damaged". A hard link is a second name for
the same file that no resolution reveals; it is not covered (neither is a vault on a network file
system whose server does not honour ``flock``). The lock file is opened with ``O_NOFOLLOW`` and
never truncated, so a symlink planted at its name is refused instead of followed.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from wallet.errors import VaultInUse

__all__ = ["VaultLock"]

_FLAGS = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)


class VaultLock:
    """Held from :meth:`acquire` until :meth:`release`. Not re-entrant."""

    def __init__(self, vault_path: Path) -> None:
        self.vault = vault_path
        self._fd: int | None = None

    @property
    def path(self) -> Path:
        """The lock file: beside the vault's resolved path (where the file really is)."""
        real = self.vault.resolve()
        return real.with_name(real.name + ".lock")

    def acquire(self) -> None:
        """Take the lock now or raise :class:`VaultInUse`; never waits. Raises OSError when the
        lock file cannot be made (a symlink or a folder at its name, a read-only folder)."""
        path = self.path
        fd = os.open(path, _FLAGS, 0o600)
        try:
            if sys.platform == "win32":
                import msvcrt

                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            raise VaultInUse(
                f"{self.vault} is open in another Learner Wallet window or process"
            ) from None
        self._fd = fd

    def release(self, *, remove: bool = False) -> None:
        """Let go. ``remove`` also deletes the lock file, while still holding it: used when the
        vault turned out damaged and could not be opened, so nothing stale is left beside it
        (issue 13). A normal close keeps the file, as removing it could let two processes
        lock two different files of the same name."""
        if self._fd is not None:
            if remove:
                with contextlib.suppress(OSError):
                    os.unlink(self.path)
            os.close(self._fd)  # closing the descriptor releases flock
            self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None
