"""The record index: an authenticated summary of every record's version, so a rollback shows.

Each record is sealed with a version (its associated data binds it, :mod:`wallet.vault.records`)
taken from the vault's *generation*, a counter that grows by one with every transaction that
writes. The index is three ``meta`` values, rewritten in the same transaction as the records:

- ``index_generation``: the generation of the last write;
- ``index_accumulator``: the XOR of one term per record, a PRF of ``table ‖ id ‖ version``
  under ``k`` (keyed BLAKE2b; a credential's summary term also binds its duplicate key);
- ``index_mac``: ``HMAC(k, vault id ‖ generation ‖ accumulator)``.

``k`` is derived from the data key, so nothing without the passphrase can make either. At unlock
the accumulator is recomputed from the records on disk and both values are checked: a record
swapped for an older copy of itself, a record deleted or brought back, or the header rolled back
alone then fails with :class:`VaultChangedOutside`. The accumulator is incremental (Bellare,
Guérin and Rogaway's XOR-MAC idea), so a write costs two PRF calls per record, not a pass over
the vault; the MAC over (generation, accumulator) is what stops an attacker who holds several old
copies from XOR-ing their accumulators into a state that never existed: no such state was ever
MACed.

What it cannot detect: the *whole* file replaced by an older copy of itself (records and header
together, as a backup tool's "restore previous version" does). That state was genuine once, and
telling it apart needs state kept outside the file (a counter in the OS keyring, or a server);
Learner Wallet keeps none. See docs/threat-model.md.
"""

from __future__ import annotations

import dataclasses
import hmac
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from wallet.errors import VaultChangedOutside
from wallet.vault.records import RecordCipher

__all__ = ["VERSIONED_TABLES", "RecordIndex", "credential_terms", "scan"]

# (id, blob, version) tables; ``credentials`` has two blobs and is handled on its own.
VERSIONED_TABLES = (
    "reports",
    "images",
    "tags",
    "notes",
    "collections",
    "settings",
    "holder_keys",
    "shares",
    "signature_cache",
    "documents",
)
_CHANGED = (
    "the vault was changed outside Learner Wallet: {what}. Nothing was changed; restore a "
    "backup you made, or open the vault with the copy of the file you trust"
)


def credential_terms(
    cipher: RecordCipher, cid: str, dedupe: str, summary_version: int, original_version: int
) -> int:
    return cipher.index_term(
        "credentials.summary", cid, summary_version, dedupe.encode()
    ) ^ cipher.index_term("credentials.original", cid, original_version)


def scan(conn: sqlite3.Connection, cipher: RecordCipher) -> int:
    """The accumulator of the records on disk now (a pass over every id and version)."""
    accumulator = 0
    present = {str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    for table in VERSIONED_TABLES:
        if table not in present:  # a table of a later format than this vault's (documents: v4)
            continue
        rows: Iterable[tuple[str, int]] = conn.execute(
            f"SELECT CAST(id AS TEXT), CAST(version AS INTEGER) FROM {table}"
        )
        for rid, version in rows:
            accumulator ^= cipher.index_term(table, rid, version)
    for cid, dedupe, summary_version, original_version in conn.execute(
        "SELECT CAST(id AS TEXT), CAST(dedupe AS TEXT), CAST(version AS INTEGER),"
        " CAST(original_version AS INTEGER) FROM credentials"
    ):
        accumulator ^= credential_terms(cipher, cid, dedupe, summary_version, original_version)
    return accumulator


@dataclass(frozen=True)
class RecordIndex:
    """The index as stored (a value: the store replaces it as transactions commit)."""

    generation: int
    accumulator: int
    mac: bytes

    @classmethod
    def empty(cls, cipher: RecordCipher) -> RecordIndex:
        return cls(0, 0, cipher.index_mac(0, 0))

    @classmethod
    def from_meta(cls, meta: dict[str, bytes]) -> RecordIndex:
        """Raises VaultChangedOutside when the index is missing or malformed."""
        try:
            generation = int(meta["index_generation"])
            accumulator = int.from_bytes(bytes(meta["index_accumulator"]))
            mac = bytes(meta["index_mac"])
        except (KeyError, ValueError, TypeError):
            raise VaultChangedOutside(_CHANGED.format(what="its record index is missing")) from None
        return cls(generation, accumulator, mac)

    def to_meta(self) -> dict[str, bytes]:
        return {
            "index_generation": str(self.generation).encode(),
            "index_accumulator": self.accumulator.to_bytes(32, "big"),
            "index_mac": self.mac,
        }

    def with_changes(self, cipher: RecordCipher, generation: int, delta: int) -> RecordIndex:
        """The index after a transaction at ``generation`` whose terms XOR to ``delta``."""
        accumulator = self.accumulator ^ delta
        return dataclasses.replace(
            self,
            generation=generation,
            accumulator=accumulator,
            mac=cipher.index_mac(generation, accumulator),
        )

    def check(self, conn: sqlite3.Connection, cipher: RecordCipher) -> None:
        """Raise :class:`VaultChangedOutside` unless this index is authentic and matches the
        records on disk."""
        if not hmac.compare_digest(self.mac, cipher.index_mac(self.generation, self.accumulator)):
            raise VaultChangedOutside(_CHANGED.format(what="its record index fails its check"))
        if scan(conn, cipher) != self.accumulator:
            raise VaultChangedOutside(
                _CHANGED.format(
                    what="a record was replaced by an older copy, removed or added, or the "
                    "header was rolled back"
                )
            )
