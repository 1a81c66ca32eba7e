"""The whole path a learner takes, driven through the real window and a real vault:
create a wallet, import by drag and drop and by paste, search, tag, lock, unlock."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import PASSPHRASE
from ui.importing.sources import sample_paths
from ui.organise.tags import TagsDialog

TIMEOUT = 20_000


def _drop(window, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(200, 200), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    window.dropEvent(event)


def _create(window, qtbot) -> None:
    assert window.pages.currentWidget() is window.start_page
    assert window.start_page.create_button.isVisible()
    window.start_page.create_wallet(PASSPHRASE)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.splitter, timeout=TIMEOUT)


def test_create_import_search_tag_lock_unlock(window, qtbot, tmp_path: Path) -> None:
    window.imports.show_report = False
    _create(window, qtbot)
    library = window.library
    qtbot.waitUntil(lambda: library.body.currentWidget() is library.empty, timeout=TIMEOUT)

    # Drag and drop: a folder (three samples in it) and one file beside it.
    folder = tmp_path / "dropped"
    folder.mkdir()
    samples = sample_paths()
    for path in samples[:3]:
        (folder / path.name).write_bytes(path.read_bytes())
    with qtbot.waitSignal(window.imports.finished, timeout=TIMEOUT) as dropped:
        _drop(window, [folder, samples[3]])
    assert sorted(str(o.status) for o in dropped.args[0]) == ["imported"] * 4
    qtbot.waitUntil(lambda: window.state.library.total() == 4, timeout=TIMEOUT)
    assert library.body.currentWidget() is library.view

    # Paste: a credential's JSON, then text that is no credential, with Ctrl+V on the library.
    QGuiApplication.clipboard().setText(samples[4].read_text("utf-8"))
    library.view.setFocus()
    with qtbot.waitSignal(window.imports.finished, timeout=TIMEOUT) as pasted:
        qtbot.keyClick(library.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert [str(o.status) for o in pasted.args[0]] == ["imported"]
    QGuiApplication.clipboard().setText("hello, this is not a credential")
    with qtbot.waitSignal(window.imports.finished, timeout=TIMEOUT) as rejected:
        window.paste()
    outcome = rejected.args[0][0]
    assert str(outcome.status) == "rejected" and outcome.reason
    qtbot.waitUntil(lambda: window.state.library.total() == 5, timeout=TIMEOUT)

    # The same file again is "already there", not a second copy.
    with qtbot.waitSignal(window.imports.finished, timeout=TIMEOUT) as again:
        _drop(window, [samples[0]])
    assert [str(o.status) for o in again.args[0]] == ["already there"]

    # Search follows each keystroke, over names, issuers, descriptions and skills.
    qtbot.keyClicks(library.search, "sql")
    assert library.model.rowCount() == 1
    assert library.model.summary_at(0).name == "SQL for Analysts"
    library.search.clear()
    qtbot.keyClicks(library.search, "stakeholder communication")  # a skill, two credentials
    assert library.model.rowCount() == 2
    library.search.clear()
    assert library.model.rowCount() == 5

    # Tag a credential through its page and the tags dialog, then filter by the tag.
    target = next(s for s in library.model.summaries() if s.name == "First Aid at Work")
    window.open_credential(str(target.id))
    qtbot.waitUntil(lambda: window.content.currentWidget() is window.credential, timeout=TIMEOUT)
    assert "First Aid at Work" in window.credential.title.text()
    assert window.credential.chip.text() == "Expired"

    def fill_tags() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, TagsDialog)
        dialog.edit.setText("health, renew soon")
        dialog.accept()

    QTimer.singleShot(50, fill_tags)
    window.credential.tags_button.click()
    qtbot.waitUntil(
        lambda: any(s.tags == ("health", "renew soon") for s in library.model.summaries()),
        timeout=TIMEOUT,
    )
    window.credential.back_button.click()
    library.tag.setCurrentIndex(library.tag.findData("health"))
    assert library.model.rowCount() == 1
    library.tag.setCurrentIndex(0)

    # Lock: every model is emptied and the unlock page shows.
    window.lock_now()
    assert window.state.library.total() == 0
    assert library.model.rowCount() == 0
    assert window.credential.title.text() == ""
    assert window.pages.currentWidget() is window.start_page
    start = window.start_page
    qtbot.waitUntil(lambda: start.passphrase.isEnabled() and start.stack.isEnabled())

    # Unlock: a wrong passphrase says so; the right one brings everything back.
    start.passphrase.setText("not the passphrase")
    start.unlock_button.click()
    qtbot.waitUntil(lambda: "does not unlock" in start.message.text(), timeout=TIMEOUT)
    start.passphrase.setText(PASSPHRASE)
    qtbot.keyClick(start.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.state.library.total() == 5, timeout=TIMEOUT)
    assert window.pages.currentWidget() is window.splitter
    assert start.passphrase.text() == ""


def test_samples_from_the_empty_library_and_a_collection(window, qtbot) -> None:
    window.imports.show_report = False
    _create(window, qtbot)
    with qtbot.waitSignal(window.imports.finished, timeout=TIMEOUT):
        window.library.samples_button.click()
    qtbot.waitUntil(lambda: window.state.library.total() == len(sample_paths()), timeout=TIMEOUT)
    names = {s.name for s in window.state.library.summaries()}
    assert "Introduction to Data Analysis" in names
    issuers = {s.issuer_name for s in window.state.library.summaries()}
    assert issuers == {"Learner Wallet Demo Issuer (not a real institution)"}

    course = next(s for s in window.state.library.summaries() if s.name.startswith("Intro"))
    window.state.call(lambda s: s.create_collection("For data jobs"))
    qtbot.waitUntil(lambda: len(window.state.collections) == 1, timeout=TIMEOUT)
    window.organise.toggle_collection(str(window.state.collections[0].id), str(course.id), True)
    qtbot.waitUntil(
        lambda: bool(window.state.collections and window.state.collections[0].members),
        timeout=TIMEOUT,
    )
    window.sidebar.select("collection", str(window.state.collections[0].id))
    assert window.library.heading.text() == "For data jobs"
    assert window.library.model.rowCount() == 1


def test_a_damaged_vault_is_named_as_such(window, qtbot, access) -> None:
    access.path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    window.start()
    page = window.start_page
    qtbot.waitUntil(lambda: "damaged" in page.damaged_text.text(), timeout=TIMEOUT)
    # No dead end (issue 13): where the file is, and the two ways on from there.
    assert str(access.path) in page.damaged_path.text()
    assert page.restore_damaged_button.isVisible() and page.open_another_button.isVisible()
    assert not access.path.with_name(access.path.name + ".lock").exists()  # no stale lock


def test_auto_lock_empties_the_models(window, qtbot) -> None:
    _create(window, qtbot)
    window.imports.show_report = False
    with qtbot.waitSignal(window.imports.finished, timeout=TIMEOUT):
        window.imports.add_samples()
    qtbot.waitUntil(lambda: window.state.library.total() > 0, timeout=TIMEOUT)
    window.idle.set_timeout_ms(100)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.start_page, timeout=TIMEOUT)
    assert window.state.library.total() == 0
    assert not window.state.is_unlocked


def test_pasted_json_of_a_presentation_is_rejected_with_a_reason(window, qtbot) -> None:
    window.imports.show_report = False
    _create(window, qtbot)
    document = {"@context": ["https://www.w3.org/ns/credentials/v2"],
                "type": ["VerifiablePresentation"]}  # fmt: skip
    with qtbot.waitSignal(window.imports.finished, timeout=TIMEOUT) as done:
        window.imports.import_text(json.dumps(document))
    outcome = done.args[0][0]
    assert str(outcome.status) == "rejected"
    assert "presentation" in outcome.reason
