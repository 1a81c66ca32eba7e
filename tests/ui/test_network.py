"""Checking online in the app (issue 12), with a real vault and a real HTTPS server on loopback:
the one question after unlock (nothing online before it is answered), the choice in Settings
with what was fetched, the background re-check that changes the library's verdicts in place,
and "Check again now" on a credential's page. Every service call runs in the background."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.net.conftest import https_server, settings, test_ca  # noqa: F401 (fixtures)
from tests.net.issuers import badge, publish_did_web
from tests.net.scenario import publish_scenario
from tests.net.status_lists import bitstring_list, encode_bits, publish
from tests.ui.conftest import PASSPHRASE
from ui.settings.dialog import SettingsDialog
from ui.settings.network import NetworkBox
from ui.window.session import VaultAccess
from wallet.net import NetworkSettings
from wallet.vault.kdf import TEST_COST
from wallet.vault.network import NetworkChoice
from wallet.verify import Verdict

TIMEOUT = 60_000


@pytest.fixture
def access(tmp_path: Path, keyring, settings: NetworkSettings) -> VaultAccess:  # noqa: F811
    options = {
        "kdf_cost": TEST_COST,
        "keyring": keyring,
        "workers": 1,
        "network_settings": settings,
        "registries": [],
    }
    return VaultAccess(tmp_path / "wallet.vault", options)


@pytest.fixture
def fresh(window, qtbot):
    """A new wallet, unlocked: the question is asked."""
    window.imports.show_report = False
    window.start_page.create_wallet(PASSPHRASE)
    qtbot.waitUntil(lambda: window.state.is_unlocked, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: window.network_question.isVisible(), timeout=TIMEOUT)
    return window


def _import(window, qtbot, document: dict) -> str:
    found: list = []
    data = json.dumps(document).encode()
    window.state.call(lambda s: found.append(s.import_bytes(data, "c.json")))
    qtbot.waitUntil(lambda: bool(found) and window.state.library.total() >= 1, timeout=TIMEOUT)
    return str(found[0].credential_id)


def _unlock(window, qtbot) -> None:
    page = window.start_page
    qtbot.waitUntil(lambda: page.passphrase.isVisible() and page.passphrase.isEnabled(),
                    timeout=TIMEOUT)  # fmt: skip
    page.passphrase.setText(PASSPHRASE)
    page.unlock()


def _verdict(window, credential_id: str):
    row = window.state.library.row_of(credential_id)
    return None if row < 0 else window.state.library.summary_at(row).verdict


def test_nothing_goes_online_before_the_question_is_answered(
    fresh,
    qtbot,
    https_server,  # noqa: F811
) -> None:
    issuer = publish_did_web(https_server, "app-unasked")
    before = https_server.connections
    cid = _import(fresh, qtbot, issuer.sign(badge(issuer.id)))
    qtbot.waitUntil(lambda: _verdict(fresh, cid) is Verdict.UNVERIFIABLE, timeout=TIMEOUT)
    assert fresh.network_question.isVisible()
    assert fresh.network_question.online.isDefault()  # the default answer: check online
    assert fresh.network_question.accessibleName()
    assert https_server.connections == before


def test_answering_yes_re_checks_in_the_background_and_the_library_changes_in_place(
    fresh,
    qtbot,
    https_server,  # noqa: F811
) -> None:
    issuer = publish_did_web(https_server, "app-answer")
    cid = _import(fresh, qtbot, issuer.sign(badge(issuer.id)))
    qtbot.waitUntil(lambda: _verdict(fresh, cid) is Verdict.UNVERIFIABLE, timeout=TIMEOUT)
    with qtbot.waitSignal(fresh.rechecks.finished, timeout=TIMEOUT):
        qtbot.mouseClick(fresh.network_question.online, Qt.MouseButton.LeftButton)
        assert not fresh.network_question.isVisible()
    qtbot.waitUntil(lambda: _verdict(fresh, cid) is Verdict.VALID, timeout=TIMEOUT)
    assert https_server.hits("/app-answer/did.json") == 1
    choice = fresh.state.service.network.choice()
    assert choice == NetworkChoice(verify=True, images=False)
    assert "Checked 1 credential online." in fresh.statusBar().currentMessage()


def test_after_unlock_the_days_check_runs_once(
    window,
    qtbot,
    https_server,  # noqa: F811
    tmp_path,
) -> None:
    issuer = publish_did_web(https_server, "app-daily")
    window.imports.show_report = False
    window.start_page.create_wallet(PASSPHRASE)
    qtbot.waitUntil(lambda: window.state.is_unlocked, timeout=TIMEOUT)
    window.state.call(lambda s: s.network.choose(NetworkChoice(verify=True)))
    cid = _import(window, qtbot, issuer.sign(badge(issuer.id)))
    assert _verdict(window, cid) is Verdict.VALID  # imported online
    window.lock_now()
    qtbot.waitUntil(lambda: not window.state.is_unlocked, timeout=TIMEOUT)
    with qtbot.waitSignal(window.rechecks.finished, timeout=TIMEOUT):
        _unlock(window, qtbot)
    assert not window.network_question.isVisible()  # answered already
    window.lock_now()
    qtbot.waitUntil(lambda: not window.state.is_unlocked, timeout=TIMEOUT)
    before = https_server.connections
    _unlock(window, qtbot)
    qtbot.waitUntil(lambda: window.state.is_unlocked, timeout=TIMEOUT)
    qtbot.wait(300)
    assert not window.rechecks.running  # checked today: not again
    assert https_server.connections == before


def test_check_again_now_shows_a_revocation(
    fresh,
    qtbot,
    https_server,  # noqa: F811
) -> None:
    scenario = publish_scenario(https_server, "app-again", 3)
    fresh.state.call(lambda s: s.network.choose(NetworkChoice(verify=True)))
    fresh.network_question.setVisible(False)
    cid = _import(fresh, qtbot, scenario.credentials[2])
    fresh.open_credential(cid)
    qtbot.waitUntil(lambda: fresh.credential.credential_id == cid, timeout=TIMEOUT)
    page = fresh.credential
    assert page.report is not None and page.report.verdict is Verdict.VALID
    assert page.check_button.isVisible() and page.check_button.accessibleName()
    revoked = bitstring_list(
        https_server.url(scenario.list_path), scenario.issuer.id, encode_bits({2: 1})
    )
    publish(https_server, scenario.list_path, scenario.issuer.sign(revoked))
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: page.report is not None and page.report.verdict is Verdict.REVOKED,
        timeout=TIMEOUT,
    )
    assert page.chip.text() == "Revoked"
    qtbot.waitUntil(lambda: _verdict(fresh, cid) is Verdict.REVOKED, timeout=TIMEOUT)


def test_settings_keep_the_choice_and_show_what_was_fetched(
    fresh,
    qtbot,
    https_server,  # noqa: F811
) -> None:
    issuer = publish_did_web(https_server, "app-settings")
    fresh.state.call(lambda s: s.network.choose(NetworkChoice(verify=True)))
    _import(fresh, qtbot, issuer.sign(badge(issuer.id)))
    dialog = SettingsDialog({"network": NetworkChoice(verify=True).to_json()}, fresh)
    qtbot.addWidget(dialog)
    box: NetworkBox = dialog.network
    qtbot.waitUntil(lambda: box.documents.count() == 1, timeout=TIMEOUT)
    item = box.documents.item(0)
    assert item.toolTip() == https_server.url("/app-settings/did.json")
    assert "1 document kept" in box.hint.text()
    assert box.group.checkedId() == 0
    never = box.group.button(2)
    assert never.accessibleName() == "Never go online"
    never.setChecked(True)
    assert dialog.values()["network"] == {"verify": False, "images": False}


def test_the_settings_box_offers_the_default_when_never_asked(qtbot) -> None:
    box = NetworkBox(NetworkChoice(), None)
    qtbot.addWidget(box)
    assert box.choice() == NetworkChoice(verify=True)  # default: yes, for verification only
    assert not box.documents.isEnabled()
