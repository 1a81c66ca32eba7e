"""Preparing a presentation (``wallet.present.selection``): unknown ids named, a credential that
expired since its import refused with the reason (verified again, not its stored verdict), the
override, and the same step behind both the command line and the Share dialog."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.vault.conftest import NoKeyring
from wallet.demo import DemoIssuer
from wallet.errors import WalletError
from wallet.present.selection import select_for_presentation
from wallet.service import CredentialId, WalletService
from wallet.vault.kdf import TEST_COST
from wallet.verify import Verdict

PASS = "correct horse battery staple"
BEFORE = datetime(2025, 1, 1, tzinfo=UTC)
AFTER = datetime(2031, 1, 1, tzinfo=UTC)
UNTIL = datetime(2030, 6, 1, tzinfo=UTC)


@pytest.fixture
def wallet(tmp_path: Path) -> Iterator[tuple[WalletService, list[CredentialId]]]:
    issuer = DemoIssuer()
    with WalletService.create(
        tmp_path / "w.vault", PASS, kdf_cost=TEST_COST, keyring=NoKeyring(), workers=1
    ) as service:
        ids = []
        for credential in (
            issuer.achievement_credential("Teamwork"),
            issuer.achievement_credential("Short Course", valid_until=UNTIL),
        ):
            outcome = service.import_bytes(json.dumps(credential).encode(), "c.json")
            assert outcome.credential_id is not None and outcome.verdict is Verdict.VALID
            ids.append(outcome.credential_id)
        yield service, ids


def test_an_unknown_id_is_named_in_the_words_of_the_caller(wallet) -> None:
    service, ids = wallet
    with pytest.raises(WalletError, match="no credential nope in this vault"):
        select_for_presentation(service, [ids[0], "nope"], place="vault")
    with pytest.raises(WalletError, match="no credential nope in this wallet"):
        select_for_presentation(service, ["nope"])


def test_expired_since_import_is_refused_with_the_reason(wallet) -> None:
    service, ids = wallet
    selection = select_for_presentation(service, [ids[1], ids[0], ids[1]], lambda: AFTER)
    assert [c.id for c in selection.candidates] == [ids[1], ids[0]]  # order kept, once each
    (refused,) = selection.refusals
    assert refused.candidate.id == ids[1] and refused.candidate.report.verdict is Verdict.EXPIRED
    assert refused.candidate.checked == AFTER
    assert refused.line().startswith("Short Course is expired: ") and "2030-06-01" in refused.line()
    assert [c.id for c in selection.accepted] == [ids[0]]
    assert [c.id for c in selection.presented()] == [ids[0]]
    assert [c.id for c in selection.presented(allow_invalid=True)] == [ids[1], ids[0]]


def test_valid_now_means_no_refusals(wallet) -> None:
    service, ids = wallet
    selection = select_for_presentation(service, ids, lambda: BEFORE)
    assert selection.refusals == () and selection.accepted == selection.candidates
    assert all(c.original and c.document for c in selection.candidates)


def test_the_cli_and_the_share_dialog_take_this_one_step() -> None:
    import wallet.commands.present as cli

    presenting = pytest.importorskip("ui.share.presenting")
    assert cli.select_for_presentation is select_for_presentation
    assert presenting.select_for_presentation is select_for_presentation
    for module in (cli, presenting):
        source = Path(module.__file__ or "").read_text("utf-8")
        assert "verify_input" not in source  # no second copy of the re-verification
