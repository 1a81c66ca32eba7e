"""Reading and writing the vault's records: the row-level half of :class:`VaultStore`.

Every write keeps the record index (:mod:`wallet.vault.index`) in step: the record is sealed at
the open transaction's generation, and the XOR of the index terms it removes and adds is kept
for :meth:`VaultStore.transaction` to fold into the header when it commits. Vaults of a format
before 3 (golden files only; unlocking migrates every other) are written as they were then.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from wallet.errors import VaultCorrupted
from wallet.vault.index import RecordIndex, credential_terms
from wallet.vault.records import RecordCipher

__all__ = ["RecordRows"]


class RecordRows:
    """Mixed into :class:`VaultStore`, which owns the connection, the key and the transaction
    state these methods use. Not thread-safe."""

    _conn: sqlite3.Connection
    _index: RecordIndex | None
    _writing: int | None  # the generation of the open transaction
    _delta: int  # XOR of the index terms the open transaction changed
    _dirty: bool

    @property
    def cipher(self) -> RecordCipher:  # provided by VaultStore
        raise NotImplementedError

    # --- writes (inside a transaction) -------------------------------------------------------
    @property
    def _versioned(self) -> bool:
        return self._index is not None

    def _version(self) -> int:
        if self._writing is None:
            raise RuntimeError("records are written inside VaultStore.transaction()")
        self._dirty = True
        return self._writing

    def put(self, conn: sqlite3.Connection, table: str, record_id: str, plaintext: bytes) -> None:
        if not self._versioned:  # an older format, written only for golden files
            blob = self.cipher.seal(table, record_id, plaintext, None)
            sql = f"INSERT OR REPLACE INTO {table} (id, blob) VALUES (?, ?)"
            conn.execute(sql, (record_id, blob))
            return
        version = self._version()
        old = conn.execute(
            f"SELECT CAST(version AS INTEGER) FROM {table} WHERE id = ?", (record_id,)
        ).fetchone()
        blob = self.cipher.seal(table, record_id, plaintext, version)
        conn.execute(
            f"INSERT OR REPLACE INTO {table} (id, blob, version) VALUES (?, ?, ?)",
            (record_id, blob, version),
        )
        if old is not None:
            self._delta ^= self.cipher.index_term(table, record_id, old[0])
        self._delta ^= self.cipher.index_term(table, record_id, version)

    def put_credential(
        self, conn: sqlite3.Connection, cid: str, dedupe: str, summary: bytes, original: bytes
    ) -> None:
        """A new credential row (raises sqlite3.IntegrityError when ``cid`` exists)."""
        version = self._version() if self._versioned else None
        sealed = (
            self.cipher.seal("credentials.summary", cid, summary, version),
            self.cipher.seal("credentials.original", cid, original, version),
        )
        if version is None:
            conn.execute(
                "INSERT INTO credentials (id, dedupe, summary, original) VALUES (?, ?, ?, ?)",
                (cid, dedupe, *sealed),
            )
            return
        conn.execute(
            "INSERT INTO credentials (id, dedupe, summary, original, version, original_version)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (cid, dedupe, *sealed, version, version),
        )
        self._delta ^= credential_terms(self.cipher, cid, dedupe, version, version)

    def update_summary(self, conn: sqlite3.Connection, cid: str, summary: bytes) -> None:
        version = self._version() if self._versioned else None
        blob = self.cipher.seal("credentials.summary", cid, summary, version)
        if version is None:
            conn.execute("UPDATE credentials SET summary = ? WHERE id = ?", (blob, cid))
            return
        dedupe, old = conn.execute(
            "SELECT CAST(dedupe AS TEXT), CAST(version AS INTEGER) FROM credentials WHERE id = ?",
            (cid,),
        ).fetchone()
        conn.execute(
            "UPDATE credentials SET summary = ?, version = ? WHERE id = ?", (blob, version, cid)
        )
        self._delta ^= self.cipher.index_term("credentials.summary", cid, old, dedupe.encode())
        self._delta ^= self.cipher.index_term("credentials.summary", cid, version, dedupe.encode())

    def delete(self, conn: sqlite3.Connection, table: str, record_id: str) -> None:
        if self._versioned:
            self._version()
            if table == "credentials":
                row = conn.execute(
                    "SELECT CAST(dedupe AS TEXT), CAST(version AS INTEGER),"
                    " CAST(original_version AS INTEGER) FROM credentials WHERE id = ?",
                    (record_id,),
                ).fetchone()
                if row is not None:
                    self._delta ^= credential_terms(self.cipher, record_id, *row)
            else:
                old = conn.execute(
                    f"SELECT CAST(version AS INTEGER) FROM {table} WHERE id = ?", (record_id,)
                ).fetchone()
                if old is not None:
                    self._delta ^= self.cipher.index_term(table, record_id, old[0])
        conn.execute(f"DELETE FROM {table} WHERE id = ?", (record_id,))

    # --- records (reads) ----------------------------------------------------------------------
    def open_record(self, table: str, record_id: str, blob: bytes, version: int | None) -> bytes:
        """Decrypt one row's blob; VaultCorrupted(record=...) when it fails its tag."""
        return self.cipher.open(
            table, record_id, bytes(blob), version or 0, legacy=not self._versioned
        )

    def get(self, table: str, record_id: str) -> bytes | None:
        """The plaintext, None when absent; VaultCorrupted(record=...) when it fails its tag."""
        rows = self.query(
            f"SELECT CAST(blob AS BLOB), {self._version_column} FROM {table} WHERE id = ?",
            (record_id,),
        )
        return None if not rows else self.open_record(table, record_id, *rows[0])

    @property
    def _version_column(self) -> str:
        return "CAST(version AS INTEGER)" if self._versioned else "NULL"

    def rows(self, table: str) -> list[tuple[str, bytes, int | None]]:
        """Raw rows (id, ciphertext, version), for the callers that decrypt record by record
        (:meth:`open_record`).

        Columns are CAST so a damaged row whose value changed type still reads as bytes and
        fails its own tag, instead of failing the whole query.
        """
        return self.query(
            f"SELECT CAST(id AS TEXT), CAST(blob AS BLOB), {self._version_column} FROM {table}"
        )

    def credential_rows(self) -> list[tuple[str, str, bytes, int | None]]:
        """(id, duplicate key, sealed summary, version) of every credential."""
        return self.query(
            "SELECT CAST(id AS TEXT), CAST(dedupe AS TEXT), CAST(summary AS BLOB),"
            f" {self._version_column} FROM credentials"
        )

    def credential_part(self, cid: str, part: str) -> bytes | None:
        """The decrypted ``summary`` or ``original`` of a credential; None when absent."""
        column = {"summary": "version", "original": "original_version"}[part]
        version = f"CAST({column} AS INTEGER)" if self._versioned else "NULL"
        rows = self.query(
            f"SELECT CAST({part} AS BLOB), {version} FROM credentials WHERE id = ?", (cid,)
        )
        if not rows:
            return None
        return self.open_record(f"credentials.{part}", cid, *rows[0])

    def query(self, sql: str, params: tuple[object, ...] = ()) -> list[tuple[Any, ...]]:
        try:
            return [tuple(r) for r in self._query(sql, params).fetchall()]
        except sqlite3.DatabaseError as exc:
            raise VaultCorrupted(f"the vault file is damaged ({exc})") from None

    def _query(self, sql: str, params: tuple[object, ...] = ()) -> sqlite3.Cursor:
        try:
            return self._conn.execute(sql, params)
        except sqlite3.DatabaseError as exc:
            raise VaultCorrupted(f"the vault file is damaged ({exc})") from None
