"""The learner's trusted issuers: kept encrypted in the vault, used by every verification the
service runs (imports, re-verification, the detail report), never given by default."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.vault.conftest import PASS, NoKeyring, open_vault
from tests.verify.hostile import ATTACKER, badge, sign
from wallet.demo import DemoIssuer
from wallet.errors import VaultCorrupted
from wallet.service import WalletService
from wallet.vault.kdf import TEST_COST
from wallet.vault.trusted import SETTING

WHEN = datetime(2025, 3, 4, 10, 30, tzinfo=UTC)
DEMO = DemoIssuer()


def _trust_row(service: WalletService, cid: str) -> tuple[str, str]:
    check = service.get(cid).report.check("trust")  # type: ignore[arg-type]
    assert check is not None
    return check.status.value, check.message


@pytest.fixture
def clocked(tmp_path: Path) -> WalletService:
    return WalletService.create(
        tmp_path / "t.vault",
        PASS,
        kdf_cost=TEST_COST,
        keyring=NoKeyring(),
        workers=1,
        clock=lambda: WHEN,
    )


def _add(service: WalletService, document: dict[str, object]) -> str:
    outcome = service.import_bytes(json.dumps(document).encode(), "c.json")
    assert outcome.credential_id is not None
    return outcome.credential_id


# --- failure first ------------------------------------------------------------------------------
def test_a_forged_credential_naming_a_trusted_issuer_stays_invalid(clocked: WalletService) -> None:
    with clocked as service:
        service.trust_issuer(DEMO.did, "Demo")
        cid = _add(service, sign(badge(DEMO), ATTACKER))
        assert service.get(cid).report.verdict.value == "invalid"  # type: ignore[arg-type]
        status, message = _trust_row(service, cid)
        assert status == "skip" and message.startswith("does not apply")


def test_a_damaged_trust_list_is_reported_not_trusted(clocked: WalletService) -> None:
    with clocked as service:
        service.set_setting(SETTING, ["not", "a", "map"])
        with pytest.raises(VaultCorrupted):
            service.trusted_issuers()
        service.set_setting(SETTING, {DEMO.did: {"name": "Demo"}})  # no date
        with pytest.raises(VaultCorrupted):
            service.trusted_issuers()


def test_an_empty_id_is_refused_and_unknown_ids_are_not_removed(clocked: WalletService) -> None:
    with clocked as service:
        with pytest.raises(ValueError):
            service.trust_issuer("  ")
        assert service.distrust_issuer("did:key:nobody") is False
        assert service.trusted_issuers() == []


def test_nothing_is_trusted_by_default_not_even_the_demo_issuer(clocked: WalletService) -> None:
    with clocked as service:
        cid = _add(service, DEMO.achievement_credential("Sample"))
        assert service.trusted_issuers() == []
        status, message = _trust_row(service, cid)
        assert status == "warn" and DEMO.did in message


# --- trusting and distrusting --------------------------------------------------------------------
def test_trusting_refreshes_stored_reports_and_names_who_is_trusted(
    clocked: WalletService,
) -> None:
    with clocked as service:
        cid = _add(service, DEMO.achievement_credential("Sample"))
        verdict = service.get(cid).report.verdict  # type: ignore[arg-type]
        trusted = service.trust_issuer(DEMO.did)  # the name comes from its credentials
        assert trusted.name == DEMO.name and trusted.since == WHEN
        assert service.trusted_issuers() == [trusted]
        assert _trust_row(service, cid) == (
            "pass",
            f"you trust the issuer {DEMO.name} ({DEMO.did}) since 2025-03-04",
        )
        assert service.get(cid).report.verdict == verdict  # type: ignore[arg-type]
        assert service.distrust_issuer(DEMO.did) is True
        assert _trust_row(service, cid)[0] == "warn"
        assert service.trusted_issuers() == []


def test_imports_after_trusting_are_verified_with_it(clocked: WalletService) -> None:
    with clocked as service:
        service.trust_issuer(DEMO.did, "  The   Demo\nIssuer ")
        cid = _add(service, DEMO.achievement_credential("Later"))
        assert _trust_row(service, cid)[1].startswith("you trust the issuer The Demo Issuer (")


def test_trusting_again_keeps_the_date_and_updates_the_name(tmp_path: Path) -> None:
    times = iter([WHEN, WHEN, datetime(2026, 1, 1, tzinfo=UTC)])
    with WalletService.create(
        tmp_path / "t.vault",
        PASS,
        kdf_cost=TEST_COST,
        keyring=NoKeyring(),
        workers=1,
        clock=lambda: next(times, WHEN),
    ) as service:
        service.trust_issuer(DEMO.did, "First")
        again = service.trust_issuer(DEMO.did, "Second")
        assert (again.name, again.since) == ("Second", WHEN)


def test_the_list_is_encrypted_and_survives_locking(tmp_path: Path) -> None:
    path = tmp_path / "w.vault"
    with WalletService.create(
        path, PASS, kdf_cost=TEST_COST, keyring=NoKeyring(), workers=1
    ) as service:
        service.trust_issuer("did:example:plainly-visible-issuer", "Plainly Visible College")
    raw = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.is_file())
    assert b"plainly-visible" not in raw and b"Plainly Visible" not in raw
    with open_vault(path) as service:
        assert [t.name for t in service.trusted_issuers()] == ["Plainly Visible College"]
