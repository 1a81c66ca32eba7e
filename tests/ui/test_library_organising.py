"""Issue 13, "Finding and organising" and "Importing by content": the Skills view from real
alignments, bulk actions from right-click menus, collections on the page, notes that are never
lost, folders imported by content, and the import report."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.conftest import VECTORS
from tests.factories import Issuer, make_badge
from tests.ui.conftest import PASSPHRASE
from ui.credential.note import DEBOUNCE_MS
from ui.importing.report_dialog import ImportReportDialog
from ui.organise.skills import NO_FRAMEWORK, group_skills

TIMEOUT = 60_000


def _unlocked(window, qtbot) -> None:
    window.imports.show_report = False
    window.start_page.create_wallet(PASSPHRASE)
    qtbot.waitUntil(lambda: window.state.is_unlocked, timeout=TIMEOUT)


def _import(window, qtbot, paths: list[Path]) -> list:
    outcomes: list = []
    window.imports.finished.connect(outcomes.extend)
    with qtbot.waitSignal(window.imports.finished, timeout=TIMEOUT):
        window.imports.import_paths(paths)
    qtbot.waitUntil(lambda: window.state.library.total() > 0, timeout=TIMEOUT)
    return outcomes


def _answer_next_dialog(click) -> None:
    """Answer the next modal dialog (message box or input dialog) as a person would."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, answer)
            return
        click(dialog)

    QTimer.singleShot(20, answer)


def _yes(dialog) -> None:
    assert isinstance(dialog, QMessageBox)
    dialog.button(QMessageBox.StandardButton.Yes).click()


# --- skills ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Summary:
    id: str
    name: str
    issuer_name: str
    skills: tuple[str, ...]
    alignments: tuple[tuple[str, str, str], ...] | None


def test_skills_merge_by_target_url_else_by_normalised_name_and_group_by_framework() -> None:
    url = "https://example.org/skills/python"
    groups = group_skills(
        [
            (_Summary("a", "Course A", "Uni", (), (("", "Python programming", url),)), None),
            (_Summary("b", "Course B", "Bootcamp", (), (("Digital", "Python", url),)), None),
            (_Summary("c", "Course C", "Uni", (), (("", "  team   WORK ", ""),)), None),
            (_Summary("d", "Course D", "Uni", (), (("", "Teamwork", ""), ("", "Team work", ""))),
             None),
        ]
    )  # fmt: skip
    (python,) = groups["Digital"].values()  # one entry, filed under the framework named
    assert python.url == url and {c.credential_id for c in python.credentials} == {"a", "b"}
    team = [e for e in groups[NO_FRAMEWORK].values() if e.name.casefold().startswith("team")]
    assert sorted(len(e.credentials) for e in team) == [1, 2]  # "team work" twice, "teamwork"


def test_the_skills_view_fills_from_real_samples_and_says_so_when_there_are_none(
    window, qtbot, tmp_path
) -> None:
    _unlocked(window, qtbot)
    window.sidebar.select("skills")
    qtbot.waitUntil(lambda: window.skills.body.currentWidget() is window.skills.empty)
    assert "None of your credentials states a skill" in window.skills.empty.text()
    window.sidebar.select("library")
    window.imports.add_samples()
    qtbot.waitUntil(lambda: window.state.library.total() == 5, timeout=TIMEOUT)
    complete = VECTORS / "ob3" / "validator-samples" / "complete.json"
    _import(window, qtbot, [complete])
    window.sidebar.select("skills")
    qtbot.waitUntil(lambda: window.skills.body.currentWidget() is window.skills.tree)
    frameworks = set(window.skills.groups)
    assert "Demo Digital Skills Framework" in frameworks  # the samples' alignments
    assert any("1EdTech" in f or f == NO_FRAMEWORK for f in frameworks)


# --- bulk ------------------------------------------------------------------------------------
def _badges(tmp_path: Path, count: int) -> list[Path]:
    issuer = Issuer.from_seed(b"bulk test", "Bulk College")
    paths = []
    for i in range(count):
        path = tmp_path / f"b{i}.json"
        path.write_text(json.dumps(make_badge(issuer, 5000 + i)))
        paths.append(path)
    return paths


def test_a_selection_is_tagged_collected_and_removed_from_its_menu(window, qtbot, tmp_path):
    _unlocked(window, qtbot)
    _import(window, qtbot, _badges(tmp_path, 3))
    qtbot.waitUntil(lambda: window.state.library.total() == 3, timeout=TIMEOUT)
    ids = [str(s.id) for s in window.state.library.summaries()]
    menu = window.bulk.selection_menu(ids[:2])
    labels = [a.text() for a in menu.actions() if a.text()]
    assert "Add a &tag…" in labels and "&Remove 2 credentials from wallet…" in labels

    window.bulk.add_tag(ids[:2], "job hunt")
    qtbot.waitUntil(
        lambda: sum("job hunt" in s.tags for s in window.state.library.summaries()) == 2,
        timeout=TIMEOUT,
    )
    window.library.search.setText("job hunt")  # search covers tags
    assert window.state.library.rowCount() == 2
    window.library.search.clear()
    _answer_next_dialog(lambda d: (d.setTextValue("For data jobs"), d.accept()))
    window.bulk.new_collection_with(ids[:2])
    qtbot.waitUntil(lambda: len(window.state.collections) == 1, timeout=TIMEOUT)
    (collection,) = window.state.collections
    assert sorted(map(str, collection.members)) == sorted(ids[:2])
    window.bulk.take_from([ids[0]], collection)
    qtbot.waitUntil(lambda: len(window.state.collections[0].members) == 1, timeout=TIMEOUT)

    # The page shows the collections it is in.
    window.open_credential(ids[1])
    qtbot.waitUntil(lambda: window.credential.credential_id == ids[1], timeout=TIMEOUT)
    assert "For data jobs" in window.credential.in_collections.text()

    _answer_next_dialog(lambda d: (d.setTextValue("Data jobs 2026"), d.accept()))
    window.bulk.rename(str(collection.id))
    qtbot.waitUntil(lambda: window.state.collections[0].name == "Data jobs 2026", timeout=TIMEOUT)
    window.bulk.remove_tag(ids[:2], "job hunt")
    qtbot.waitUntil(
        lambda: not any(s.tags for s in window.state.library.summaries()), timeout=TIMEOUT
    )
    _answer_next_dialog(_yes)
    window.bulk.remove(ids[:2])
    qtbot.waitUntil(lambda: window.state.library.total() == 1, timeout=TIMEOUT)
    _answer_next_dialog(_yes)
    window.bulk.delete(str(collection.id))
    qtbot.waitUntil(lambda: not window.state.collections, timeout=TIMEOUT)
    assert window.state.library.total() == 1  # deleting a collection keeps its credentials


def test_the_library_opens_the_menu_on_right_click(window, qtbot, tmp_path) -> None:
    _unlocked(window, qtbot)
    _import(window, qtbot, _badges(tmp_path, 2))
    qtbot.waitUntil(lambda: window.state.library.total() == 2, timeout=TIMEOUT)
    asked: list = []
    window.library.menu_requested.disconnect()
    window.library.menu_requested.connect(lambda ids, at: asked.append(ids))
    view = window.library.view
    view.doItemsLayout()
    rect = view.visualRect(view.model().index(1, 0))
    view.customContextMenuRequested.emit(rect.center())
    assert asked == [[str(window.state.library.summary_at(1).id)]]


# --- notes -----------------------------------------------------------------------------------
def test_a_note_is_saved_as_typed_and_on_leaving_and_asks_only_when_saving_fails(
    window, qtbot, tmp_path
) -> None:
    _unlocked(window, qtbot)
    _import(window, qtbot, _badges(tmp_path, 1))
    cid = str(window.state.library.summaries()[0].id)
    window.open_credential(cid)
    qtbot.waitUntil(lambda: window.credential.credential_id == cid, timeout=TIMEOUT)
    note = window.credential.note
    qtbot.keyClicks(note.edit, "ask Dr Rao")
    qtbot.wait(DEBOUNCE_MS + 300)
    qtbot.waitUntil(lambda: window.state.service.note(cid) == "ask Dr Rao", timeout=TIMEOUT)
    qtbot.keyClicks(note.edit, " for a reference")
    window.credential.back_button.click()  # leaving at once: saved without waiting
    qtbot.waitUntil(
        lambda: window.state.service.note(cid) == "ask Dr Rao for a reference", timeout=TIMEOUT
    )
    # A save that fails (the vault locked underneath) asks; "Copy the note" keeps the text.
    window.open_credential(cid)
    qtbot.waitUntil(lambda: window.content.currentWidget() is window.credential, timeout=TIMEOUT)
    window.state.service.lock()
    note.edit.setPlainText("this must not be lost")

    def copy(dialog) -> None:
        assert isinstance(dialog, QMessageBox) and "could not be saved" in dialog.text()
        next(b for b in dialog.buttons() if "Copy" in b.text()).click()

    _answer_next_dialog(copy)
    note.flush()
    qtbot.waitUntil(
        lambda: QGuiApplication.clipboard().text() == "this must not be lost", timeout=TIMEOUT
    )
    assert note.state.text() == "Not saved."


# --- importing by content --------------------------------------------------------------------
def test_a_folder_imports_every_file_whatever_its_name(window, qtbot, tmp_path) -> None:
    _unlocked(window, qtbot)
    folder = tmp_path / "downloads"
    (folder / "nested").mkdir(parents=True)
    issuer = Issuer.from_seed(b"content test", "Content College")
    (folder / "badge.download").write_text(json.dumps(make_badge(issuer, 1)))
    (folder / "nested" / "no-extension").write_text(json.dumps(make_badge(issuer, 2)))
    (folder / "scan.ts").write_bytes((VECTORS / "ob3" / "validator-samples" / "simple.jwt")
                                     .read_bytes())  # fmt: skip
    (folder / ".hidden.json").write_text(json.dumps(make_badge(issuer, 3)))
    outcomes = _import(window, qtbot, [folder])
    assert sorted(o.name for o in outcomes) == [
        "downloads/badge.download", "downloads/nested/no-extension", "downloads/scan.ts",
    ]  # fmt: skip
    assert all(o.status.value == "imported" for o in outcomes)


def test_the_import_report_says_what_is_not_genuine_and_offers_to_remove_it(
    window, qtbot, tmp_path
) -> None:
    _unlocked(window, qtbot)
    good = _badges(tmp_path, 1)[0]
    forged = json.loads(good.read_text())
    forged["name"] = "Doctor of Medicine"
    bad = tmp_path / "forged.json"
    bad.write_text(json.dumps(forged))
    junk = tmp_path / "junk.bin"
    junk.write_bytes(b"\x00garbage" * 50)
    outcomes = _import(window, qtbot, [good, bad, junk])
    qtbot.waitUntil(lambda: window.state.library.total() == 2, timeout=TIMEOUT)
    removed: list = []
    dialog = ImportReportDialog(outcomes, window, removed.append)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.warning.isVisible() and "1 of the credentials imported is not genuine" in (
        dialog.warning.text()
    )
    rows = {dialog.table.topLevelItem(i).text(0): dialog.table.topLevelItem(i)
            for i in range(dialog.table.topLevelItemCount())}  # fmt: skip
    assert rows["forged.json"].text(2) == "Invalid"
    assert rows["junk.bin"].text(1) == "Rejected" and rows["junk.bin"].text(3)
    assert rows["junk.bin"].toolTip(3)  # the whole reason, also as a tooltip
    dialog.remove_button.click()
    forged_id = next(o.credential_id for o in outcomes if o.name == "forged.json")
    assert removed == [[str(forged_id)]]
    # Nothing to warn about: no warning, no button.
    calm = ImportReportDialog([o for o in outcomes if o.name != "forged.json"], window)
    qtbot.addWidget(calm)
    calm.show()
    assert not calm.warning.isVisible() and not calm.remove_button.isVisible()
