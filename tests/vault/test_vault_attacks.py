"""Damage and snooping: bit flips, truncation, swapped records, readable secrets, bad backups."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

from tests.vault.conftest import PASS, open_vault
from wallet.errors import VaultCorrupted, VaultError, WrongPassphrase
from wallet.service import WalletService
from wallet.vault.models import ImportItem

TYPED = (VaultCorrupted, WrongPassphrase)


def _filled(service: WalletService, badges: list[bytes]) -> Path:
    service.import_many([ImportItem("b", b) for b in badges[:4]])
    service.set_note(service.list_credentials()[0].id, "private note about Dr Quill")
    service.put_holder_key("other-slot", b"HOLDER-PRIVATE-KEY-0123456789")
    path = service.path
    service.close()
    return path


def _open_and_read(path: Path) -> None:
    with open_vault(path) as svc:
        for summary in svc.list_credentials():
            svc.get(summary.id)


def test_no_secret_is_readable_in_any_file_the_vault_writes(
    service: WalletService, badges: list[bytes], tmp_path: Path
) -> None:
    path = _filled(service, badges)
    with open_vault(path) as svc:
        svc.backup(tmp_path / "b.lwb", "backup pass")
    secrets = [b"Badge number", b"Issuer 0 College", b"did:key:z6Mk", b"Dr Quill", b"Teamwork",
               b"HOLDER-PRIVATE-KEY", b"urn:uuid:6d1c1a8e", PASS.encode()]  # fmt: skip
    files = [p for p in tmp_path.iterdir() if p.is_file()]
    assert any(p.suffix == ".vault" for p in files)
    for file in files:
        data = file.read_bytes()
        for secret in secrets:
            for form in (secret, secret.decode().encode("utf-16-le")):
                assert form not in data, f"{secret!r} readable in {file.name}"


def test_bit_flip_sweep_gives_only_typed_errors(
    service: WalletService, badges: list[bytes], tmp_path: Path
) -> None:
    path = _filled(service, badges)
    original = path.read_bytes()
    rng = random.Random(4)
    positions = sorted(rng.sample(range(len(original)), 150)) + list(range(0, 100, 7))
    outcomes = {"ok": 0, "typed": 0}
    for position in positions:
        damaged = bytearray(original)
        damaged[position] ^= 1 << rng.randrange(8)
        target = tmp_path / f"flip{position}.vault"
        target.write_bytes(bytes(damaged))
        try:
            _open_and_read(target)
            outcomes["ok"] += 1
        except TYPED:
            outcomes["typed"] += 1
        except VaultError as exc:  # any other leaf of the tree is still a typed answer
            outcomes["typed"] += 1
            assert not isinstance(exc, type(None))
    assert outcomes["typed"] > 0


def test_truncation_sweep_gives_only_typed_errors(
    service: WalletService, badges: list[bytes], tmp_path: Path
) -> None:
    path = _filled(service, badges)
    original = path.read_bytes()
    for length in [0, 1, 50, 99, 100, 1024, 4096, 4097, *range(8192, len(original), 4096)]:
        target = tmp_path / f"cut{length}.vault"
        target.write_bytes(original[:length])
        with pytest.raises(VaultError):
            _open_and_read(target)


def test_swapped_records_fail_and_name_the_credential(
    service: WalletService, badges: list[bytes]
) -> None:
    path = _filled(service, badges)
    with sqlite3.connect(path) as conn:
        (a, a_blob), (b, _) = conn.execute("SELECT id, original FROM credentials LIMIT 2")
        conn.execute("UPDATE credentials SET original = ? WHERE id = ?", (a_blob, b))
    conn.close()
    with open_vault(path) as svc:
        assert len(svc.list_credentials()) == 4  # summaries are intact, the rest readable
        with pytest.raises(VaultCorrupted) as caught:
            svc.get(b)
        assert caught.value.record == b
        svc.get(a)


def test_one_corrupted_summary_leaves_the_rest_readable(
    service: WalletService, badges: list[bytes]
) -> None:
    path = _filled(service, badges)
    with sqlite3.connect(path) as conn:
        (victim,) = conn.execute("SELECT id FROM credentials LIMIT 1").fetchone()
        conn.execute(
            "UPDATE credentials SET summary = x'01' || randomblob(60) WHERE id = ?", (victim,)
        )
    conn.close()
    with open_vault(path) as svc:
        assert len(svc.list_credentials()) == 3
        assert svc.damaged() == [victim]
        with pytest.raises(VaultCorrupted) as caught:
            svc.get(victim)
        assert caught.value.record == victim


def test_backup_round_trip_with_its_own_passphrase(
    service: WalletService, badges: list[bytes], tmp_path: Path
) -> None:
    path = _filled(service, badges)
    backup = tmp_path / "b.lwb"
    with open_vault(path) as svc:
        assert svc.backup(backup, "backup pass") == 4
    assert WalletService.verify_backup(backup, "backup pass") == 4
    with pytest.raises(WrongPassphrase):
        WalletService.verify_backup(backup, PASS)
    from wallet.vault.kdf import TEST_COST

    with WalletService.create(tmp_path / "new.vault", "other", kdf_cost=TEST_COST) as fresh:
        own = fresh.holder_key("holder")
        result = fresh.restore(backup, "backup pass")
        assert len(result.added) == 4
        assert fresh.holder_key("other-slot") == b"HOLDER-PRIVATE-KEY-0123456789"
        assert fresh.holder_key("holder") != own and len(result.holder_keys_added) == 1
        noted = [s for s in fresh.list_credentials() if fresh.note(s.id)]
        assert len(noted) == 1
        again = fresh.restore(backup, "backup pass")
        assert len(again.duplicates) == 4 and again.added == ()


def test_damaged_backup_sweep_gives_only_typed_errors(
    service: WalletService, badges: list[bytes], tmp_path: Path
) -> None:
    path = _filled(service, badges)
    backup = tmp_path / "b.lwb"
    with open_vault(path) as svc:
        svc.backup(backup, "bp")
    data = backup.read_bytes()
    rng = random.Random(9)
    for position in [*range(0, 200, 3), *rng.sample(range(len(data)), 40)]:
        damaged = bytearray(data)
        damaged[position] ^= 0x10
        backup.write_bytes(bytes(damaged))
        with pytest.raises(VaultError):
            WalletService.verify_backup(backup, "bp")
    for length in (0, 8, 13, 100, len(data) - 1):
        backup.write_bytes(data[:length])
        with pytest.raises(VaultError):
            WalletService.verify_backup(backup, "bp")
