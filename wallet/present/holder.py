"""The learner's holder identity: Ed25519 ``did:key`` keys kept in the vault's holder-key slot.

The slot stores one opaque record (:class:`HolderKeyring` serialised by :meth:`to_record`); the
vault encrypts it like every other record (DESIGN.md, "The vault"). The newest key signs; older
keys stay in the ring so the wallet can still show which DIDs its past presentations were signed
with (a ``did:key`` presentation remains checkable without them, since the DID *is* the key).

Record format, version 1 (JSON, UTF-8)::

    {"version": 1, "keys": [{"secretKeyMultibase": "z3u2…", "created": "2024-…Z"}, …]}
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from wallet.dids.keys import KeyError_, KeyType, PrivateKey
from wallet.dids.resolve import did_key_for, did_key_method_for
from wallet.errors import VaultCorrupted
from wallet.verify.dates import format_datetime, parse_datetime

__all__ = [
    "HolderKey",
    "HolderKeySlot",
    "HolderKeyring",
    "KeyRecordStore",
    "ServiceKeySlot",
    "ensure_holder",
    "rotate_holder",
]

RECORD_VERSION = 1


class HolderKeySlot(Protocol):
    """Where the keyring lives: the vault's encrypted holder-key slot (one opaque record)."""

    def get_holder_key_record(self) -> bytes | None: ...

    def put_holder_key_record(self, record: bytes) -> None: ...


class KeyRecordStore(Protocol):
    """Named opaque key records (``WalletService.holder_key`` / ``put_holder_key``)."""

    def holder_key(self, slot: str) -> bytes | None: ...

    def put_holder_key(self, slot: str, record: bytes | None) -> None: ...


@dataclass(frozen=True)
class ServiceKeySlot:
    """The vault's ``"holder"`` key record as a :class:`HolderKeySlot`."""

    store: KeyRecordStore
    name: str = "holder"

    def get_holder_key_record(self) -> bytes | None:
        return self.store.holder_key(self.name)

    def put_holder_key_record(self, record: bytes) -> None:
        self.store.put_holder_key(self.name, record)


@dataclass(frozen=True)
class HolderKey:
    """One holder key: its Ed25519 private key and when it was made."""

    key: PrivateKey
    created: datetime

    @property
    def did(self) -> str:
        return did_key_for(self.key.public_key())

    @property
    def verification_method(self) -> str:
        """``did:key:z6Mk…#z6Mk…``: the method a did:key document lists for this key."""
        return did_key_method_for(self.key.public_key())

    @classmethod
    def generate(cls, now: datetime) -> HolderKey:
        return cls(PrivateKey.generate(KeyType.ED25519), now)


@dataclass(frozen=True)
class HolderKeyring:
    """Every holder key the learner has had, oldest first; the last one is current."""

    keys: tuple[HolderKey, ...]

    @property
    def current(self) -> HolderKey:
        return self.keys[-1]

    def with_new_key(self, now: datetime) -> HolderKeyring:
        return HolderKeyring((*self.keys, HolderKey.generate(now)))

    def merged_with(self, other: HolderKeyring, *, adopt: bool = False) -> HolderKeyring:
        """Both rings' keys, each DID once. This ring's current key stays current unless
        ``adopt``: then ``other``'s current key becomes current (a wallet restored from a
        backup speaks as the learner it was made for). Never drops a key."""
        mine = {k.did for k in self.keys}
        theirs = tuple(k for k in other.keys if k.did not in mine)
        if adopt:
            ours = tuple(k for k in self.keys if k.did not in {t.did for t in other.keys})
            return HolderKeyring((*ours, *other.keys))
        return HolderKeyring((*theirs, *self.keys))

    def find(self, did: str) -> HolderKey | None:
        return next((k for k in self.keys if k.did == did), None)

    def to_record(self) -> bytes:
        body = {
            "version": RECORD_VERSION,
            "keys": [
                {"secretKeyMultibase": k.key.to_multikey(), "created": format_datetime(k.created)}
                for k in self.keys
            ],
        }
        return json.dumps(body, separators=(",", ":")).encode("utf-8")

    @classmethod
    def from_record(cls, record: bytes) -> HolderKeyring:
        """Parse a slot record. Raises :class:`VaultCorrupted` when it is not one we wrote."""
        try:
            body = json.loads(record.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise VaultCorrupted("the holder key record is not readable") from None
        if not isinstance(body, dict) or body.get("version") != RECORD_VERSION:
            raise VaultCorrupted("the holder key record has an unknown format")
        entries = body.get("keys")
        if not isinstance(entries, list) or not entries:
            raise VaultCorrupted("the holder key record holds no key")
        keys = []
        for entry in entries:
            created = parse_datetime(entry.get("created")) if isinstance(entry, dict) else None
            secret = entry.get("secretKeyMultibase") if isinstance(entry, dict) else None
            if created is None or not isinstance(secret, str):
                raise VaultCorrupted("a holder key entry is malformed")
            try:
                key = PrivateKey.from_multikey(secret)
            except KeyError_ as exc:
                raise VaultCorrupted(f"a holder key is unusable: {exc}") from None
            if key.type is not KeyType.ED25519:
                raise VaultCorrupted("a holder key is not an Ed25519 key")
            keys.append(HolderKey(key, created))
        return cls(tuple(keys))


def ensure_holder(slot: HolderKeySlot, clock: Callable[[], datetime]) -> HolderKeyring:
    """The vault's keyring, creating the first holder key when the slot is empty."""
    record = slot.get_holder_key_record()
    if record is not None:
        return HolderKeyring.from_record(record)
    ring = HolderKeyring((HolderKey.generate(clock()),))
    slot.put_holder_key_record(ring.to_record())
    return ring


def rotate_holder(slot: HolderKeySlot, clock: Callable[[], datetime]) -> HolderKeyring:
    """Make a new current holder key, keeping the old ones. Returns the new keyring."""
    ring = ensure_holder(slot, clock).with_new_key(clock())
    slot.put_holder_key_record(ring.to_record())
    return ring
