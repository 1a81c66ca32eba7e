"""The vault's promises: typed errors first, then round trips, duplicates, keys and migrations."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.vault.conftest import PASS, open_vault
from wallet.errors import (
    VaultCorrupted,
    VaultInUse,
    VaultLocked,
    VaultTooNew,
    WrongPassphrase,
)
from wallet.service import WalletService
from wallet.vault.kdf import TEST_COST, KdfCost, KdfParams, calibrate, derive_key
from wallet.vault.models import CredentialId, ImportItem, ImportStatus
from wallet.verify import Verdict

Reopen = Callable[..., WalletService]


def test_wrong_passphrase_is_its_own_error(service: WalletService) -> None:
    path = service.path
    service.close()
    with pytest.raises(WrongPassphrase):
        open_vault(path, "not it")


def test_second_process_gets_vault_in_use(service: WalletService) -> None:
    with pytest.raises(VaultInUse):
        WalletService.open(service.path)


def test_vault_from_newer_version_is_refused(service: WalletService) -> None:
    path = service.path
    service.close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE meta SET value = ? WHERE name = 'format_version'", (b"99",))
    with pytest.raises(VaultTooNew):
        open_vault(path)


def test_locked_vault_refuses_reads(service: WalletService) -> None:
    service.lock()
    with pytest.raises(VaultLocked):
        service.list_credentials()
    service.unlock(PASS)
    assert service.list_credentials() == []


@pytest.mark.parametrize(
    ("name", "value"),
    [("m", 64 * 1024 * 1024), ("t", 10_000), ("p", 255), ("m", 0), ("salt", "00")],
)
def test_hostile_kdf_parameters_are_rejected_before_any_derivation(
    service: WalletService, name: str, value: object
) -> None:
    import json

    path = service.path
    service.close()
    with sqlite3.connect(path) as conn:
        kdf = json.loads(conn.execute("SELECT value FROM meta WHERE name='kdf'").fetchone()[0])
        kdf[name] = value
        conn.execute("UPDATE meta SET value = ? WHERE name='kdf'", (json.dumps(kdf).encode(),))
    calls: list[object] = []

    class Spy:
        def __init__(self, **kwargs: object) -> None:
            calls.append(kwargs)

    import wallet.vault.kdf as kdf_module

    real = kdf_module.Argon2id
    kdf_module.Argon2id = Spy  # type: ignore[misc,assignment]
    try:
        with pytest.raises(VaultCorrupted):
            open_vault(path)
    finally:
        kdf_module.Argon2id = real  # type: ignore[misc]
    assert calls == []


def test_import_list_get_round_trip(
    service: WalletService, badges: list[bytes], reopen: Reopen
) -> None:
    outcomes = service.import_many([ImportItem(f"b{i}", b) for i, b in enumerate(badges[:5])])
    assert [o.status for o in outcomes] == [ImportStatus.IMPORTED] * 5
    assert all(o.verdict is Verdict.VALID for o in outcomes)
    path = service.path
    service.close()
    with reopen(path) as again:
        listed = again.list_credentials()
        assert len(listed) == 5
        first = next(s for s in listed if s.id == outcomes[0].credential_id)
        assert first.kind == "Open Badges 3.0"
        assert first.issuer_name == "Issuer 0 College"
        detail = again.get(first.id)
        assert detail.original == badges[0]  # the exact bytes, not a re-serialisation
        assert detail.report.verdict is Verdict.VALID
        assert detail.document["id"].endswith("000000000000")


def test_same_credential_twice_is_kept_once(service: WalletService, badges: list[bytes]) -> None:
    first = service.import_bytes(badges[0], "a.json")
    again = service.import_bytes(badges[0].replace(b", ", b",  "), "copy.json")
    in_one_batch = service.import_many([ImportItem("x", badges[1]), ImportItem("y", badges[1])])
    assert again.status is ImportStatus.ALREADY_THERE
    assert again.credential_id == first.credential_id
    assert "already in your wallet" in again.line()
    assert [o.status for o in in_one_batch] == [ImportStatus.IMPORTED, ImportStatus.ALREADY_THERE]
    assert len(service.list_credentials()) == 2


def test_unreadable_input_is_rejected_with_the_reason(service: WalletService) -> None:
    outcome = service.import_bytes(b"\x89PNG not really", "x.png")
    assert outcome.status is ImportStatus.REJECTED
    assert outcome.reason
    assert service.list_credentials() == []


def test_tampered_credential_is_stored_as_invalid(
    service: WalletService, badges: list[bytes]
) -> None:
    forged = badges[2].replace(b"Badge number 2", b"Badge number 9")
    outcome = service.import_bytes(forged, "forged.json")
    assert outcome.verdict is Verdict.INVALID


def test_search_tags_notes_collections_settings_keys_shares(
    service: WalletService, badges: list[bytes], reopen: Reopen
) -> None:
    ids = [o.credential_id for o in service.import_many([ImportItem("b", b) for b in badges[:5]])]
    a, b = CredentialId(str(ids[0])), CredentialId(str(ids[1]))
    assert {s.id for s in service.search("python")} == {b}  # make_badges: skill by serial
    service.set_tags(a, ["portfolio", "2024"])
    service.set_note(a, "ask Dr Rao for a reference")
    shelf = service.create_collection("For employers")
    service.save_collection(type(shelf)(shelf.id, shelf.name, 0, (b, a)))
    service.set_setting("auto_lock_minutes", 5)
    service.put_holder_key("holder", b"\x01secret-key-bytes")
    service.record_share([a], {"format": "vp", "domain": "jobs.example"})
    path = service.path
    service.close()
    with reopen(path) as again:
        assert [s.id for s in again.search("PORTFOLIO")] == [a]
        assert again.note(a) == "ask Dr Rao for a reference"
        assert again.collections()[0].members == (b, a)
        assert again.setting("auto_lock_minutes") == 5
        assert again.holder_key("holder") == b"\x01secret-key-bytes"
        assert again.shares()[0].details["domain"] == "jobs.example"
        again.remove(a)
        assert a not in {s.id for s in again.list_credentials()}
        with pytest.raises(KeyError):
            again.get(a)


def test_change_passphrase_rewraps_only(
    service: WalletService, badges: list[bytes], reopen: Reopen
) -> None:
    service.import_bytes(badges[0])
    service.change_passphrase("a new passphrase")
    path = service.path
    service.close()
    with pytest.raises(WrongPassphrase):
        reopen(path, PASS)
    with reopen(path, "a new passphrase") as again:
        assert len(again.list_credentials()) == 1


def test_reverify_reuses_signature_results_but_rechecks_dates(
    tmp_path: Path, badges: list[bytes]
) -> None:
    from datetime import UTC, datetime

    from tests.factories import Issuer, make_badge

    now = [datetime(2025, 1, 1, tzinfo=UTC)]
    issuer = Issuer.from_seed(b"dated")
    import json

    expiring = json.dumps(make_badge(issuer, 7, valid_until="2026-01-01T00:00:00Z")).encode()
    with WalletService.create(
        tmp_path / "v", PASS, kdf_cost=TEST_COST, clock=lambda: now[0], workers=1
    ) as svc:
        cid = svc.import_bytes(expiring).credential_id
        assert cid is not None
        now[0] = datetime(2027, 1, 1, tzinfo=UTC)
        assert svc.reverify_all() == {cid: "expired"}
        assert svc.get(cid).summary.verdict is Verdict.EXPIRED


def test_calibration_raises_passes_on_fast_machines() -> None:
    ticks = iter([0.0, 0.01])
    cost = calibrate(KdfCost(8, 1, 1), target_seconds=0.5, clock=lambda: next(ticks))
    assert cost.iterations == 6  # capped at twice what the wallet writes, 50x wanted
    assert len(derive_key("x", KdfParams.fresh(TEST_COST))) == 32


GOLDEN = Path(__file__).parent / "golden"


@pytest.mark.parametrize("version", [1, 2, 3, 4])
def test_golden_vault_of_every_format_version_opens(tmp_path: Path, version: int) -> None:
    source = GOLDEN / f"vault-v{version}.vault"
    target = tmp_path / "copy.vault"
    target.write_bytes(source.read_bytes())
    with open_vault(target, "golden passphrase") as svc:
        names = sorted(s.name for s in svc.list_credentials())
        assert names == ["Badge number 0", "Badge number 1"]
        assert svc.get(svc.list_credentials()[0].id).report.verdict is Verdict.VALID
        assert svc.setting("golden") == version
    with open_vault(target, "golden passphrase") as svc:  # migrated once, still fine
        assert len(svc.list_credentials()) == 2
