"""The advisory lock that keeps two processes from opening one vault.

``flock`` on a ``.lock`` file beside the vault (``LockFileEx`` through ``msvcrt`` on Windows). The
kernel drops the lock when the process dies, so a crash (even ``kill -9``) never leaves a vault
locked forever, unlike a pid file.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO

from wallet.errors import VaultInUse

__all__ = ["VaultLock"]


class VaultLock:
    """Held from :meth:`acquire` until :meth:`release`. Not re-entrant."""

    def __init__(self, vault_path: Path) -> None:
        self.path = vault_path.with_name(vault_path.name + ".lock")
        self._handle: IO[bytes] | None = None

    def acquire(self) -> None:
        """Take the lock now or raise :class:`VaultInUse`; never waits."""
        handle = self.path.open("a+b")
        try:
            if sys.platform == "win32":
                import msvcrt

                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            raise VaultInUse(
                f"{self.path.with_suffix('')} is open in another Learner Wallet window or process"
            ) from None
        os.chmod(self.path, 0o600)
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()  # closing the descriptor releases flock
            self._handle = None

    @property
    def held(self) -> bool:
        return self._handle is not None
