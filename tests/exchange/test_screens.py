"""The receive and respond screens, driven with qtbot against the peers on 127.0.0.1: the link,
the code, the steps, the consent screen, the result; failures in words, nothing stored."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel

from tests.exchange.peers import Peers
from tests.exchange.test_respond import OB, VC
from tests.ui import conftest as ui
from wallet.handoff import parse_link
from wallet.present.qr import fit_qr

TIMEOUT = 20_000
pytestmark = pytest.mark.usefixtures("environment")
# The app's fixtures (tests/ui/conftest.py): a real window over a cheap-KDF vault.
keyring, access, window = ui.keyring, ui.access, ui.window
PASSPHRASE = ui.PASSPHRASE


def _create(window, qtbot) -> None:
    window.start_page.create_wallet(PASSPHRASE)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.splitter, timeout=TIMEOUT)


def _receive(window, qtbot, link: str):
    dialog = window.exchanges.receive()
    dialog.link_page.field.setText(link)
    dialog.link_page.go.click()
    qtbot.waitUntil(
        lambda: dialog.pages.currentIndex() in (1, 0) and not _busy(dialog), timeout=TIMEOUT
    )
    return dialog


def _busy(dialog) -> bool:
    return dialog.pages.currentWidget() is dialog.steps


def test_receiving_from_an_offer_with_a_code_shows_each_step_and_stores(
    window,
    qtbot,
    peers: Peers,
) -> None:
    _create(window, qtbot)
    dialog = _receive(window, qtbot, peers.offer(txCode="1357", name="Screen badge"))
    assert dialog.pages.currentIndex() == 1
    assert dialog.offer_text.text() == "127.0.0.1 offers to send you credentials (OpenID4VCI)."
    assert dialog.code.isVisibleTo(dialog) and "(4 characters)" in dialog.code_hint.text()
    dialog.code.setText("1357")
    dialog.receive_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 3, timeout=TIMEOUT)
    assert dialog.result_text.text() == "1 credential received and stored."
    shown = [dialog.steps.steps.item(i).text() for i in range(dialog.steps.steps.count())]
    assert "Asking the issuer for an access token…" in shown
    assert "Checking what the issuer sent…" in shown
    assert dialog.outcomes.item(0).text() == "credential 1 from 127.0.0.1: Valid"
    qtbot.waitUntil(lambda: window.state.library.total() == 1, timeout=TIMEOUT)


def test_a_wrong_code_says_so_and_offers_to_type_it_again(window, qtbot, peers: Peers) -> None:
    _create(window, qtbot)
    dialog = _receive(window, qtbot, peers.offer(txCode="1357"))
    dialog.code.setText("0000")
    dialog.receive_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 3, timeout=TIMEOUT)
    assert dialog.result_text.text().startswith("The issuer did not accept the transaction code:")
    assert dialog.retry.isVisibleTo(dialog)
    dialog.retry.click()
    assert dialog.pages.currentIndex() == 1 and "Invalid 'tx_code'" in dialog.code_error.text()
    assert window.state.service.list_credentials() == []


def test_a_tampered_credential_names_the_step_and_stores_nothing(
    window,
    qtbot,
    peers: Peers,
) -> None:
    _create(window, qtbot)
    dialog = _receive(window, qtbot, peers.offer(tamper=True))
    dialog.receive_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 3, timeout=TIMEOUT)
    text = dialog.result_text.text()
    assert text.startswith(
        "Failed while checking what the issuer sent: credential 1 is not genuine"
    )
    assert text.endswith("Nothing was stored.")
    assert window.state.service.list_credentials() == []


def test_an_offer_qr_shown_in_a_window_is_read_with_scan_the_screen(
    window,
    qtbot,
    peers: Peers,
) -> None:
    _create(window, qtbot)
    code = fit_qr(peers.offer(name="Scanned badge"), "url")
    assert code is not None
    shown = QLabel()  # the issuer's page, in a browser or a video call
    pixmap = QPixmap()
    assert pixmap.loadFromData(code.png(4))
    shown.setPixmap(pixmap)
    qtbot.addWidget(shown)
    shown.move(0, 460)  # below the receive dialog on the offscreen plugin's 800×800 screen
    shown.show()
    qtbot.waitExposed(shown)
    dialog = window.exchanges.receive()
    labels = [b.text() for b in dialog.link_page.source_buttons]
    assert labels[:3] == ["&Paste", "Open a &QR image…", "Scan the sc&reen"]
    qtbot.wait(200)  # painted, as a person would see it before pressing the button
    (scan,) = [b for b in dialog.link_page.source_buttons if b.text() == "Scan the sc&reen"]
    scan.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=TIMEOUT)
    assert dialog.link_page.field.text() == code.text
    assert dialog.offer_text.text() == "127.0.0.1 offers to send you credentials (OpenID4VCI)."
    respond = window.exchanges.respond()
    assert "Scan the sc&reen" in [b.text() for b in respond.link_page.source_buttons]


def test_an_offer_link_handed_to_the_app_opens_the_receive_screen(
    window,
    qtbot,
    peers: Peers,
) -> None:
    _create(window, qtbot)
    link = parse_link(peers.offer())
    assert link is not None
    window.incoming.links.open(link)
    dialog = window.exchanges.receive_dialog
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=TIMEOUT)
    assert not dialog.code.isVisibleTo(dialog)


def test_the_consent_screen_shows_who_what_and_matches_and_sends_only_on_send(
    window,
    qtbot,
    peers: Peers,
) -> None:
    _create(window, qtbot)
    receive = _receive(window, qtbot, peers.offer(name="Consent badge"))
    receive.receive_button.click()
    qtbot.waitUntil(lambda: receive.pages.currentIndex() == 3, timeout=TIMEOUT)
    receive.close()
    dcql = {"credentials": [{"id": "b", "format": "ldp_vc", "meta": {"type_values": [[VC, OB]]}}]}
    made = peers.control("/control/vp-request", {"client": "did", "dcql": dcql})
    dialog = window.exchanges.respond()
    dialog.link_page.take(made["link"])
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=TIMEOUT)
    assert dialog.who_domain.text() == "127.0.0.1 (OpenID4VP)"
    assert dialog.who_how.text().startswith("Its request is signed by did:key:")
    top = dialog.matches.topLevelItem(0)
    assert top.text(0) == "a credential of type OpenBadgeCredential (required)"
    item = top.child(0)
    assert item.text(0) == "Consent badge — Exchange Test Issuer" and item.text(1) == "Valid"
    assert item.checkState(0) == Qt.CheckState.Checked
    assert dialog.will_send.text().startswith("Will be sent to 127.0.0.1: Consent badge,")
    assert peers.control(f"/control/vp-request?id={made['id']}")["result"] is None
    item.setCheckState(0, Qt.CheckState.Unchecked)
    assert not dialog.send_button.isEnabled()
    assert "Nothing can be sent" in dialog.will_send.text()
    item.setCheckState(0, Qt.CheckState.Checked)
    dialog.send_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 3, timeout=TIMEOUT)
    assert dialog.result_text.text().startswith("The verifier accepted your answer.")
    assert peers.control(f"/control/vp-request?id={made['id']}")["result"]["ok"] is True


def test_a_request_that_cannot_be_authenticated_is_not_answered(
    window,
    qtbot,
    peers: Peers,
) -> None:
    _create(window, qtbot)
    dcql = {"credentials": [{"id": "b", "format": "ldp_vc", "meta": {"type_values": [[VC, OB]]}}]}
    made = peers.control("/control/vp-request", {"client": "x509", "byValue": True, "dcql": dcql})
    dialog = window.exchanges.respond()
    dialog.link_page.take(made["link"])
    qtbot.waitUntil(lambda: dialog.link_page.error.isVisibleTo(dialog), timeout=TIMEOUT)
    assert dialog.link_page.error.text().startswith("Learner Wallet does not answer this request:")


def test_a_dialog_dropped_without_finishing_closes_its_connections(qtbot) -> None:
    """The app quitting, or a dialog never shown: its exchanges close when it goes, not when
    the garbage collector reaches their sockets."""
    import shiboken6
    from PySide6.QtWidgets import QWidget

    from ui.exchange.parts import ExchangeSession

    class Counted:
        closed = 0

        def close(self) -> None:
            Counted.closed += 1

    parent = QWidget()
    session = ExchangeSession(object(), parent)
    session._exchanges = Counted()  # type: ignore[assignment]  # as the first step makes them
    shiboken6.delete(parent)
    assert Counted.closed == 1
