"""The vault's SQLite schema, one entry per format version, and the migrations between them.

Every table except ``meta`` holds only ciphertext and opaque ids. ``meta`` holds what is needed
before the passphrase is known (format version, vault id, KDF parameters, the wrapped data key)
and nothing secret. A golden file of every version lives in ``tests/vault/golden/``; adding a
version means adding a migration here *and* a golden file there.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

__all__ = ["FORMAT_VERSION", "RECORD_TABLES", "create_schema", "migrate"]

FORMAT_VERSION = 2

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


MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {1: _v1_to_v2}


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
