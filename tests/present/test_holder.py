"""The holder keyring: created once, rotated without losing old keys, refused when damaged."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from wallet.dids.keys import KeyType, PrivateKey
from wallet.errors import VaultCorrupted
from wallet.present.holder import HolderKeyring, ensure_holder, rotate_holder

NOW = datetime(2025, 3, 1, 12, tzinfo=UTC)


class MemorySlot:
    def __init__(self) -> None:
        self.record: bytes | None = None
        self.writes = 0

    def get_holder_key_record(self) -> bytes | None:
        return self.record

    def put_holder_key_record(self, record: bytes) -> None:
        self.record = record
        self.writes += 1


@pytest.mark.parametrize(
    "record",
    [
        b"",
        b"\xff\xfe",
        b"[]",
        b'{"version": 2, "keys": []}',
        b'{"version": 1, "keys": []}',
        b'{"version": 1, "keys": [{"secretKeyMultibase": "z3u2", "created": "2024-01-01"}]}',
        b'{"version": 1, "keys": [{"secretKeyMultibase": 7, "created": "2024-01-01T00:00:00Z"}]}',
        b'{"version": 1, "keys": ["x"]}',
    ],
)
def test_a_damaged_record_is_a_corrupted_vault_not_a_crash(record: bytes) -> None:
    with pytest.raises(VaultCorrupted):
        HolderKeyring.from_record(record)


def test_a_p256_key_is_not_a_holder_key() -> None:
    secret = PrivateKey.generate(KeyType.P256).to_multikey()
    entry = {"secretKeyMultibase": secret, "created": "2024-01-01T00:00:00Z"}
    record = json.dumps({"version": 1, "keys": [entry]}).encode()
    with pytest.raises(VaultCorrupted, match="Ed25519"):
        HolderKeyring.from_record(record)


def test_the_first_key_is_made_once_and_kept() -> None:
    slot = MemorySlot()
    ring = ensure_holder(slot, lambda: NOW)
    again = ensure_holder(slot, lambda: NOW)
    assert slot.writes == 1
    assert ring.current.did == again.current.did
    assert ring.current.did.startswith("did:key:z6Mk")
    assert ring.current.verification_method == f"{ring.current.did}#{ring.current.did[8:]}"
    assert again.current.created == NOW


def test_rotation_keeps_old_keys_and_signs_with_the_new_one() -> None:
    slot = MemorySlot()
    first = ensure_holder(slot, lambda: NOW).current
    ring = rotate_holder(slot, lambda: NOW)
    assert len(ring.keys) == 2
    assert ring.keys[0].did == first.did
    assert ring.current.did != first.did
    assert ring.find(first.did) is not None
    assert slot.record is not None
    assert HolderKeyring.from_record(slot.record).current.did == ring.current.did
    # The record never holds the key in a form the vault would have to trust blindly.
    assert b"z3u2" in slot.record
