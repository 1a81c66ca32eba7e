"""Trusting an issuer from a credential's page, and the list in Settings, with a real vault:
offered only where the issuer check passed, the rows update after each change, and trusting
never makes a forged credential look better."""

from __future__ import annotations

import json

import pytest

from tests.ui.conftest import open_with_samples
from tests.verify.hostile import ATTACKER, sign
from ui.common.display import tip_text
from ui.settings.dialog import DEFAULTS, SettingsDialog
from wallet.demo import DemoIssuer
from wallet.verify import Status

TIMEOUT = 60_000
DEMO = DemoIssuer()


@pytest.fixture
def wallet(window, qtbot):
    """The window, unlocked, with the shipped samples (all from the demo issuer) imported."""
    open_with_samples(window, qtbot, TIMEOUT)
    return window


def _open(window, qtbot, credential_id: str) -> None:
    window.credential.credential_id = ""
    window.open_credential(credential_id)
    qtbot.waitUntil(lambda: window.credential.credential_id == credential_id, timeout=TIMEOUT)


def _trust_status(window) -> Status | None:
    report = window.credential.report
    check = report.check("trust") if report is not None else None
    return None if check is None else check.status


def _trust_row(window) -> str:
    view = window.credential.report_view
    rows = [view.topLevelItem(i) for i in range(view.topLevelItemCount())]
    return next(tip_text(r.toolTip(2)) for r in rows if r.text(0) == "Trusted issuer")


# --- failure first --------------------------------------------------------------------------
def test_a_forged_credential_naming_a_trusted_issuer_offers_nothing_and_stays_invalid(
    wallet, qtbot
) -> None:
    window = wallet
    forged = json.dumps(sign(DEMO.achievement_credential("Forged"), ATTACKER)).encode()
    found: list = []
    window.state.call(lambda s: (s.trust_issuer(DEMO.did), found.append(s.import_bytes(forged))))
    qtbot.waitUntil(lambda: bool(found), timeout=TIMEOUT)
    _open(window, qtbot, str(found[0].credential_id))
    page = window.credential
    assert page.chip.text() == "Invalid"
    assert page.trust_bar.isHidden()
    assert _trust_status(window) is Status.SKIP
    assert _trust_row(window).startswith("does not apply")


def test_nothing_is_trusted_until_the_learner_says_so(wallet, qtbot) -> None:
    window = wallet
    _open(window, qtbot, str(window.state.library.summaries()[0].id))
    assert _trust_status(window) is Status.WARN
    dialog = SettingsDialog(dict(DEFAULTS), window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "no issuers yet" in dialog.trusted.hint.text(), timeout=TIMEOUT)
    assert dialog.trusted.list.count() == 0


# --- trusting and removing ------------------------------------------------------------------
def test_trust_from_the_page_then_remove_in_settings(wallet, qtbot) -> None:
    window = wallet
    page = window.credential
    valid = next(s for s in window.state.library.summaries() if s.verdict.value == "valid")
    _open(window, qtbot, str(valid.id))
    assert page.trust_bar.isVisible()
    assert page.trust_bar.button.text() == "Trust this issuer"
    assert "will show it as trusted" in page.trust_bar.explanation.text()

    page.trust_bar.button.click()
    qtbot.waitUntil(lambda: _trust_status(window) is Status.PASS, timeout=TIMEOUT)
    assert _trust_row(window).startswith(f"you trust the issuer {valid.issuer_name} ({DEMO.did})")
    assert page.trust_bar.button.text() == "Stop trusting this issuer"
    assert page.chip.text() == "Valid"  # trust never changes a verdict
    assert "You now trust" in window.statusBar().currentMessage()

    dialog = SettingsDialog(dict(DEFAULTS), window)
    qtbot.addWidget(dialog)
    box = dialog.trusted
    qtbot.waitUntil(lambda: box.list.count() == 1, timeout=TIMEOUT)
    assert tip_text(box.list.item(0).toolTip()) == DEMO.did  # shown shortened in the middle
    assert not box.remove_button.isEnabled()
    box.list.setCurrentRow(0)
    box.remove_button.click()
    assert box.list.count() == 0
    assert _trust_status(window) is Status.PASS  # nothing changes until OK
    dialog.accept()
    qtbot.waitUntil(lambda: _trust_status(window) is Status.WARN, timeout=TIMEOUT)
    assert page.trust_bar.button.text() == "Trust this issuer"


def test_cancel_keeps_the_trusted_issuers(wallet, qtbot) -> None:
    window = wallet
    done: list = []
    window.state.call(lambda s: done.append(s.trust_issuer(DEMO.did, "Demo")))
    qtbot.waitUntil(lambda: bool(done), timeout=TIMEOUT)
    dialog = SettingsDialog(dict(DEFAULTS), window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.trusted.list.count() == 1, timeout=TIMEOUT)
    dialog.trusted.list.setCurrentRow(0)
    dialog.trusted.remove_button.click()
    dialog.reject()
    listed: list = []
    window.state.call(lambda s: listed.extend(s.trusted_issuers()), refresh=False)
    qtbot.waitUntil(lambda: bool(listed), timeout=TIMEOUT)
    assert [t.id for t in listed] == [DEMO.did]
