"""Files and links handed to the window (``learner-wallet open``, a second launch, macOS file
open events): they wait while the wallet is locked, then files are imported and links go to
the screen registered for them, or to the plain "not available yet" message."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFileOpenEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.ui.conftest import PASSPHRASE
from ui.importing.sources import sample_paths
from ui.incoming.router import FileOpenEvents
from wallet.handoff import Handoff, Link, parse_link

TIMEOUT = 20_000
OFFER = (
    "openid-credential-offer://?credential_offer="
    "%7B%22credential_issuer%22%3A%22https%3A%2F%2Fissuer.example.edu%22%7D"
)
REQUEST = "openid4vp://?client_id=https%3A%2F%2Fjobs.employer.example&request_uri=x"
DCC = "https://lcw.app/request?issuer=https%3A%2F%2Fdcc.example&vc_request_url=https%3A%2F%2Fdcc.example%2Fx"


def _link(url: str) -> Link:
    link = parse_link(url)
    assert link is not None
    return link


def _create(window, qtbot) -> None:
    window.start_page.create_wallet(PASSPHRASE)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.splitter, timeout=TIMEOUT)


def test_a_link_handed_to_a_locked_wallet_waits_then_opens_its_screen(window, qtbot) -> None:
    window.incoming.deliver(Handoff(links=(_link(REQUEST),)))
    assert window.exchanges.respond_dialog is None
    assert "1 link" in window.statusBar().currentMessage()
    assert window.incoming.waiting.links == (_link(REQUEST),)

    _create(window, qtbot)
    dialog = window.exchanges.respond_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.link_page.field.text() == REQUEST
    # Its request_uri is no https address: read, refused with the reason, nothing sent.
    qtbot.waitUntil(lambda: dialog.link_page.error.isVisible(), timeout=TIMEOUT)
    assert "is not an https address" in dialog.link_page.error.text()
    assert window.incoming.links.last_message is None
    assert window.incoming.waiting == Handoff()
    dialog.close()


def test_each_kind_of_link_is_named_for_what_it_is(window) -> None:
    screens = window.incoming.links
    assert screens.describe(_link(OFFER)) == (
        "Credential offer",
        "This link is a credential offer from issuer.example.edu: an issuer offers to send "
        "you credentials.",
    )
    title, sentence = screens.describe(_link(DCC))
    assert title == "Credential request" and "lcw.app" in sentence
    title, sentence = screens.describe(_link("openid4vp://authorize"))
    assert sentence == (
        "This link is a presentation request: a verifier asks you to show credentials."
    )


def test_a_registered_screen_gets_its_links_instead_of_the_message(window, qtbot) -> None:
    received: list[Link] = []
    window.incoming.links.register("receive", received.append)
    _create(window, qtbot)
    window.incoming.deliver(Handoff(links=(_link(OFFER), _link(DCC), _link(REQUEST))))
    assert [link.url for link in received] == [OFFER, DCC]
    dialog = window.exchanges.respond_dialog  # the respond screen the window registered
    assert dialog is not None and dialog.link_page.field.text() == REQUEST
    assert window.incoming.links.last_message is None
    dialog.close()


def test_files_handed_over_are_imported_once_the_wallet_opens(window, qtbot) -> None:
    window.imports.show_report = False
    samples = sample_paths()[:2]
    window.incoming.deliver(Handoff(files=(samples[0],)))
    window.incoming.deliver(Handoff(files=(samples[1], samples[0])))
    assert "2 files" in window.statusBar().currentMessage()
    with qtbot.waitSignal(window.imports.finished, timeout=TIMEOUT) as imported:
        _create(window, qtbot)
    assert sorted(str(o.status) for o in imported.args[0]) == ["imported", "imported"]
    qtbot.waitUntil(lambda: window.state.library.total() == 2, timeout=TIMEOUT)


def test_a_file_open_event_is_a_handoff_and_a_bad_one_a_sentence(window, qtbot) -> None:
    app = QApplication.instance()
    events = FileOpenEvents(window.incoming)
    app.installEventFilter(events)
    try:
        QApplication.sendEvent(app, QFileOpenEvent(str(Path("/no/such/badge.json"))))
        assert window.statusBar().currentMessage() == "/no/such/badge.json: no such file"
        QApplication.sendEvent(app, QFileOpenEvent(REQUEST))
        assert window.incoming.waiting.links == (_link(REQUEST),)
    finally:
        app.removeEventFilter(events)


def test_the_not_available_message_is_plain_and_closable(window) -> None:
    box = window.incoming.links.not_available(_link(OFFER))
    assert box.icon() == QMessageBox.Icon.Information
    assert box.standardButtons() == QMessageBox.StandardButton.Close
    assert "Nothing was sent or stored." in box.informativeText()
    box.close()


def test_a_pasted_link_goes_to_its_screen_not_to_the_import(window, qtbot) -> None:
    _create(window, qtbot)
    imports: list[object] = []
    window.imports.finished.connect(imports.append)
    QGuiApplication.clipboard().setText(f"  {DCC}\n")
    window.paste()
    dialog = window.exchanges.receive_dialog
    assert dialog is not None and dialog.link_page.field.text() == DCC
    # A DCC request is read without the network: it says who asks, and sends nothing yet.
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=TIMEOUT)
    assert dialog.offer_text.text() == (
        "dcc.example offers to send you credentials (DCC credential request)."
    )
    dialog.close()
    qtbot.wait(50)
    assert imports == []
