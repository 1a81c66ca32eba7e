"""The vault's SQLite schema, one entry per format version, and the migrations between them.

Every table except ``meta`` holds only ciphertext and opaque ids. ``meta`` holds what is needed
before the passphrase is known (format version, vault id, KDF parameters, the wrapped data key)
and nothing secret. A golden file of every version lives in ``tests/vault/golden/``; adding a
version means adding a migration here *and* a golden file there.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from wallet.errors import VaultCorrupted
from wallet.vault.index import VERSIONED_TABLES, scan
from wallet.vault.records import RecordCipher

__all__ = [
    "FORMAT_VERSION",
    "RECORD_TABLES",
    "VERSIONED",
    "create_schema",
    "migrate",
    "reseal_with_versions",
]

FORMAT_VERSION = 4

# Tables of (id, blob) records: the concept each holds is named by the table.
RECORD_TABLES = (
    "reports",  # id = credential id: that credential's verification reports, with timestamps
    "images",  # id = keyed hash of the image bytes, so one badge image is stored once
    "tags",  # id = credential id: its tags
    "notes",  # id = credential id: the learner's note
    "collections",  # id = random: name, position, members
    "settings",  # id = keyed hash of the setting's name
    "holder_keys",  # id = keyed hash of the slot name: opaque key records
    "shares",  # id = random: one sharing event
)

_V1 = [
    "CREATE TABLE meta (name TEXT PRIMARY KEY, value BLOB NOT NULL)",
    # dedupe: keyed hash of (credential id, issuer, proof): the same credential is kept once.
    "CREATE TABLE credentials (id TEXT PRIMARY KEY, dedupe TEXT NOT NULL UNIQUE,"
    " summary BLOB NOT NULL, original BLOB NOT NULL)",
    *(f"CREATE TABLE {t} (id TEXT PRIMARY KEY, blob BLOB NOT NULL)" for t in RECORD_TABLES),
]


def _v1_to_v2(conn: sqlite3.Connection) -> None:
    # Version 2: signature-check results cached against the exact stored bytes.
    conn.execute("CREATE TABLE signature_cache (id TEXT PRIMARY KEY, blob BLOB NOT NULL)")


def _v2_to_v3(conn: sqlite3.Connection) -> None:
    # Version 3: every record carries the version it was written at (bound into its associated
    # data), and meta holds the authenticated record index (wallet.vault.index). The store
    # re-seals every record after this DDL, in the same transaction: that needs the data key.
    for table in (*RECORD_TABLES, "signature_cache"):
        conn.execute(f"ALTER TABLE {table} ADD COLUMN version INTEGER NOT NULL DEFAULT 0")
    conn.execute("ALTER TABLE credentials ADD COLUMN version INTEGER NOT NULL DEFAULT 0")
    conn.execute("ALTER TABLE credentials ADD COLUMN original_version INTEGER NOT NULL DEFAULT 0")


def _v3_to_v4(conn: sqlite3.Connection) -> None:
    # Version 4: documents fetched from the web (did:web documents, status lists, issuer
    # profiles, OB 2.0 badge classes, badge images), kept encrypted with their fetch times;
    # id = keyed hash of the URL, so the file does not say which issuers were asked (issue 12).
    conn.execute(
        "CREATE TABLE documents (id TEXT PRIMARY KEY, blob BLOB NOT NULL,"
        " version INTEGER NOT NULL DEFAULT 0)"
    )


MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    1: _v1_to_v2,
    2: _v2_to_v3,
    3: _v3_to_v4,
}
VERSIONED = 3  # the first format whose records carry versions


def create_schema(conn: sqlite3.Connection, version: int = FORMAT_VERSION) -> None:
    """Create the tables of ``version`` (older versions only for golden files and tests)."""
    for statement in _V1:
        conn.execute(statement)
    for step in range(1, version):
        MIGRATIONS[step](conn)


def migrate(conn: sqlite3.Connection, found: int) -> int:
    """Bring tables from version ``found`` to :data:`FORMAT_VERSION`; the caller commits.

    Runs inside the caller's transaction (SQLite DDL is transactional), so a crash mid-migration
    leaves the old version intact.
    """
    for step in range(found, FORMAT_VERSION):
        MIGRATIONS[step](conn)
    return FORMAT_VERSION


def reseal_with_versions(conn: sqlite3.Connection, cipher: RecordCipher) -> int:
    """The second half of the format-3 migration (it needs the data key, so the store runs it
    after :func:`migrate`, in the same transaction): every record sealed again at version 1,
    with the version bound into its associated data. Returns the record index's accumulator.

    A record that fails its tag is left as it was, at version 0: it stays damaged, and named,
    without hiding the rest (the index covers it as it is)."""
    present = {str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    for table in (t for t in VERSIONED_TABLES if t in present):
        query = f"SELECT CAST(id AS TEXT), CAST(blob AS BLOB) FROM {table}"
        for rid, blob in conn.execute(query).fetchall():
            try:
                plain = cipher.open(table, rid, bytes(blob), legacy=True)
            except VaultCorrupted:
                continue
            conn.execute(
                f"UPDATE {table} SET blob = ?, version = 1 WHERE id = ?",
                (cipher.seal(table, rid, plain, 1), rid),
            )
    query = (
        "SELECT CAST(id AS TEXT), CAST(summary AS BLOB), CAST(original AS BLOB) FROM credentials"
    )
    for cid, summary, original in conn.execute(query).fetchall():
        try:
            parts = [
                cipher.open(f"credentials.{name}", cid, bytes(blob), legacy=True)
                for name, blob in (("summary", summary), ("original", original))
            ]
        except VaultCorrupted:
            continue
        conn.execute(
            "UPDATE credentials SET summary = ?, original = ?, version = 1, original_version = 1"
            " WHERE id = ?",
            (
                cipher.seal("credentials.summary", cid, parts[0], 1),
                cipher.seal("credentials.original", cid, parts[1], 1),
                cid,
            ),
        )
    return scan(conn, cipher)
