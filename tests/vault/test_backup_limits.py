"""Backups ask for bounded work (issue 11): the Argon2id cost a file may demand, the size of the
file and of its inflated contents. Each hostile file is opened under 1 GiB of address space and
judged on the CPU time it cost (tests/bounded.py)."""

from __future__ import annotations

import json
import secrets
import zlib
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.bounded import CPU_SECONDS, run_bounded
from wallet.errors import VaultCorrupted, WrongPassphrase
from wallet.service import WalletService
from wallet.vault.backup import (
    BACKUP_FORMAT,
    MAX_BACKUP_BYTES,
    MAX_PAYLOAD_BYTES,
    open_backup,
    seal_backup,
)
from wallet.vault.kdf import BOUNDS, DEFAULT_COST, TEST_COST, KdfCost, KdfParams, derive_key
from wallet.vault.records import wrap_data_key

PASSPHRASE = "backup passphrase"


def _backup_with(kdf: dict[str, object], plaintext: bytes, passphrase: str = PASSPHRASE) -> bytes:
    """A backup file as Learner Wallet lays it out, with any KDF parameters and any compressed
    contents (``plaintext`` goes in as it is, already deflated)."""
    kdf_json = json.dumps(kdf, sort_keys=True).encode()
    file_key, backup_id = secrets.token_bytes(32), secrets.token_bytes(16)
    try:
        kek = derive_key(passphrase, KdfParams.from_json(kdf_json))
    except VaultCorrupted:
        kek = secrets.token_bytes(32)  # a hostile cost: the wrapped key is never reached
    wrapped = wrap_data_key(kek, file_key, backup_id, kdf_json)
    header = json.dumps(
        {"id": backup_id.hex(), "kdf": kdf_json.decode(), "key": wrapped.hex()}, sort_keys=True
    ).encode()
    preamble = b"LWBACKUP" + bytes([BACKUP_FORMAT]) + len(header).to_bytes(4, "big") + header
    nonce = secrets.token_bytes(12)
    return preamble + nonce + AESGCM(file_key).encrypt(nonce, plaintext, preamble)


def _kdf(cost: KdfCost) -> dict[str, object]:
    return {"alg": "argon2id", "m": cost.memory_kib, "t": cost.iterations, "p": cost.lanes,
            "salt": "00" * 16}  # fmt: skip


def _bomb(total: int) -> bytes:
    """Deflated contents that inflate to ``total`` bytes of zeros, made without deflating them:
    after a full flush each further megabyte of zeros compresses to the very same bytes."""
    block = bytes(1024 * 1024)
    deflater = zlib.compressobj(9)
    head = deflater.compress(block) + deflater.flush(zlib.Z_FULL_FLUSH)
    unit = deflater.compress(block) + deflater.flush(zlib.Z_FULL_FLUSH)
    return head + unit * (total // len(block) - 1) + deflater.flush()


_OPEN = """
from pathlib import Path
from wallet.errors import WalletError
from wallet.vault.backup import open_backup, read_backup
path = Path({path!r})
def work():
    try:
        open_backup(read_backup(path), {passphrase!r})
    except WalletError as exc:
        return f"{{type(exc).__name__}}: {{exc}}"
    return "opened"
"""


def _open_bounded(tmp_path: Path, data: bytes, passphrase: str = PASSPHRASE) -> tuple[str, float]:
    path = tmp_path / "hostile.lwb"
    path.write_bytes(data)
    measured = run_bounded(_OPEN.format(path=str(path), passphrase=passphrase))
    return measured.result, measured.cpu


@pytest.mark.parametrize(
    "cost",
    [
        KdfCost(1024 * 1024, 16, 16),  # the 400-byte header: 13 s before the fix
        KdfCost(4 * 1024 * 1024, 1, 1),  # 4 GiB of memory
        KdfCost(8 * 1024, 10_000, 1),  # cheap memory, endless passes
        KdfCost(512 * 1024, 6, 8),  # each parameter at its ceiling: four times the work
        KdfCost(64 * 1024, 3, 64),  # lanes no version of the wallet writes
    ],
)
def test_a_hand_made_kdf_cost_is_refused_at_once(tmp_path: Path, cost: KdfCost) -> None:
    data = _backup_with(_kdf(cost), zlib.compress(b"{}"))
    assert len(data) < 600
    result, cpu = _open_bounded(tmp_path, data)
    assert result.startswith("VaultCorrupted: the file asks for"), result
    assert "not written by Learner Wallet" in result
    assert cpu < 0.2, cpu


@pytest.mark.parametrize(
    "cost",
    [KdfCost(2 * DEFAULT_COST.memory_kib, DEFAULT_COST.iterations, 2 * DEFAULT_COST.lanes),
     KdfCost(DEFAULT_COST.memory_kib, 2 * DEFAULT_COST.iterations, 2 * DEFAULT_COST.lanes)],
)  # fmt: skip
def test_the_costliest_allowed_header_still_answers_within_the_budget(
    tmp_path: Path, cost: KdfCost
) -> None:
    """Twice what the wallet writes is allowed, so a file from a slower build still opens; its
    cost to a wrong passphrase is the worst a backup header can ask."""
    KdfParams(cost, bytes(16)).check()
    data = _backup_with(_kdf(cost), zlib.compress(b"{}"), passphrase="the other one")
    result, cpu = _open_bounded(tmp_path, data)
    assert result.startswith("WrongPassphrase"), result
    assert cpu < CPU_SECONDS, cpu


def test_what_the_wallet_writes_is_within_the_bounds() -> None:
    KdfParams(DEFAULT_COST, bytes(16)).check()
    assert BOUNDS.memory_kib[1] == 2 * DEFAULT_COST.memory_kib
    assert BOUNDS.work == 2 * DEFAULT_COST.memory_kib * DEFAULT_COST.iterations


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 1 << 33), st.integers(0, 1 << 20), st.integers(0, 1 << 10))
def test_property_no_accepted_cost_exceeds_twice_the_default(m: int, t: int, p: int) -> None:
    try:
        KdfParams(KdfCost(m, t, p), bytes(16)).check()
    except VaultCorrupted:
        return
    assert m <= 2 * DEFAULT_COST.memory_kib and t <= 2 * DEFAULT_COST.iterations
    assert p <= 2 * DEFAULT_COST.lanes
    assert m * t <= 2 * DEFAULT_COST.memory_kib * DEFAULT_COST.iterations


def test_a_payload_inflating_to_4_gb_is_refused_while_streaming(tmp_path: Path) -> None:
    bomb = _bomb(4 * 1024 * 1024 * 1024)
    assert len(bomb) < 8 * 1024 * 1024
    result, cpu = _open_bounded(tmp_path, _backup_with(_kdf(TEST_COST), bomb))
    assert result == (
        "VaultCorrupted: the backup's contents inflate past 256 MB, more than any wallet holds"
    )
    assert cpu < CPU_SECONDS, cpu


def test_contents_just_under_the_cap_are_not_refused_for_size() -> None:
    almost = zlib.compress(b"[" + b" " * (MAX_PAYLOAD_BYTES - 3) + b"]")
    with pytest.raises(VaultCorrupted, match="unreadable"):  # read in full: a list, not a dict
        open_backup(_backup_with(_kdf(TEST_COST), almost), PASSPHRASE)


def test_a_file_larger_than_any_backup_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "hostile.lwb"
    with path.open("wb") as handle:
        handle.write(b"LWBACKUP\x01")
        handle.truncate(MAX_BACKUP_BYTES + 1)  # sparse: cheap to make, 257 MB to read
    measured = run_bounded(_OPEN.format(path=str(path), passphrase="x"))
    assert measured.result.startswith("VaultCorrupted: hostile.lwb is larger than any")
    assert measured.cpu < 0.2
    with pytest.raises(VaultCorrupted, match="larger than any"):
        WalletService.verify_backup(path, "x")


def test_a_real_backup_still_round_trips() -> None:
    payload = {"format": 1, "credentials": [], "text": "é" * 1000}
    data = seal_backup(payload, PASSPHRASE, TEST_COST)
    assert open_backup(data, PASSPHRASE) == payload
    with pytest.raises(WrongPassphrase):
        open_backup(data, "wrong")
