"""The vault's second reader: a read-only SQLite connection for badge images, usable from any
thread while the service's own connection is busy (``WalletService.image``; the vault is in WAL
mode, so this reader sees the last committed state and never waits for a writer)."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from wallet.errors import VaultCorrupted

__all__ = ["ImageReader"]


class ImageReader:
    """A read-only connection to the vault file for :meth:`WalletService.image`, usable from any
    thread (see the module docstring). In-memory vaults have no file: it reads nothing."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self._closed = False

    def blob(self, table: str, record_id: str) -> tuple[bytes, int] | None:
        """The sealed record and its version (a vault of format 3 or later: it is read only
        once unlocked, and unlocking migrates), or None when absent."""
        with self._lock:
            if self._closed or not self._path.is_file():
                return None
            try:
                if self._conn is None:
                    uri = f"{self._path.resolve().as_uri()}?mode=ro"
                    self._conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
                row = self._conn.execute(
                    f"SELECT CAST(blob AS BLOB), CAST(version AS INTEGER) FROM {table}"
                    " WHERE id = ?",
                    (record_id,),
                ).fetchone()
            except sqlite3.DatabaseError as exc:
                raise VaultCorrupted(f"the vault file is damaged ({exc})") from None
        return None if row is None else (bytes(row[0]), int(row[1]))

    def close(self) -> None:
        with self._lock:
            self._closed = True
            if self._conn is not None:
                self._conn.close()
                self._conn = None
