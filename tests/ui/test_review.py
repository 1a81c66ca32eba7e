"""The career advisor's review mode, driven as an advisor drives it (pytest-qt): a portfolio of
valid, expired, tampered, unverifiable and wrong-holder items; the summary, the holder row, the
skills view, the job match, the micro-credential elements, the notes and the exported PDF
(rendered with poppler)."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from ui.common.tasks import busy, wait_for_tasks
from ui.window.shell import MainWindow
from wallet.review.portfolio import PortfolioFile
from wallet.review.sample import SAMPLE_JOB, sample

PASS = "advisor passphrase 1"


def settle(qtbot: object) -> None:
    qtbot.waitUntil(lambda: not busy(), timeout=30_000)  # type: ignore[attr-defined]


def open_review(qtbot: object, window: MainWindow, learner: str = "Ada Lovelace") -> None:
    assert window.start_page.review_button.isVisible()
    qtbot.mouseClick(window.start_page.review_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    settle(qtbot)
    assert window.pages.currentWidget() is window.review
    window.review.desk_page.create_review(learner, PASS, remember=False)
    settle(qtbot)
    assert window.review.currentWidget() is window.review.page


def add_sample(qtbot: object, window: MainWindow) -> None:
    page = window.review.page
    page.add_files([PortfolioFile(n, d) for n, d in sample().files()])
    settle(qtbot)
    assert page.review is not None


def test_a_portfolio_is_verified_and_explained_without_a_wallet(
    qtbot: object, window: MainWindow, access: object
) -> None:
    open_review(qtbot, window)
    add_sample(qtbot, window)
    page = window.review.page
    assert not Path(str(access.path)).exists()  # type: ignore[attr-defined]  # no wallet made
    assert page.title.text() == "Ada Lovelace"
    assert page.summary.text() == "6 credentials: 3 valid, 1 invalid, 1 expired, 1 unverifiable"
    assert page.holder.text().startswith("! Holder: ")
    assert "someone other than the holder" in page.holder.text()
    tree = page.credentials.tree
    names = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert names[5] == "Team Leadership (someone else's)"
    assert [tree.topLevelItem(i).text(2) for i in range(6)] == [
        "Valid", "Valid", "Expired", "Invalid", "Unverifiable", "Valid"
    ]  # fmt: skip
    assert "changed after signing" in tree.topLevelItem(3).text(3)
    # The challenge the advisor gave: the right one passes, another one is a replay.
    page.challenge.setText("advisor-7f3a-2025")
    page.challenge.editingFinished.emit()
    settle(qtbot)
    assert "challenge as expected" in page.holder.text()
    page.challenge.setText("another-challenge")
    page.challenge.editingFinished.emit()
    settle(qtbot)
    assert page.holder.text().startswith("✗ Holder: ")
    assert "not “another-challenge”" in page.holder.text()
    page.credentials.set_grouping("verdict")
    groups = sorted(tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount()))
    assert groups == ["Expired", "Invalid", "Unverifiable", "Valid"]
    page.credentials.set_grouping("issuer")
    assert tree.topLevelItemCount() == 2
    page.credentials.select_index(0)
    assert "micro-credential in the sense of the EU" in page.credentials.conclusion.text()
    elements = page.credentials.elements
    first = [elements.topLevelItem(i).text(1) for i in range(elements.topLevelItemCount())]
    assert first[:11] == ["yes"] * 11
    page.credentials.select_index(1)
    assert "participation badge" in page.credentials.conclusion.text()
    page.credentials.select_index(5)
    checks = page.credentials.checks
    rows = [checks.topLevelItem(i).text(0) for i in range(checks.topLevelItemCount())]
    assert rows[-1] == "Holder"


def test_skills_job_and_framework_follow_each_change(qtbot: object, window: MainWindow) -> None:
    open_review(qtbot, window)
    add_sample(qtbot, window)
    page = window.review.page
    bars = {b.label: (b.evidenced, b.unsupported) for b in page.skills_panel.chart.bars}
    assert bars["SQL"] == (1, 0) and bars["lead a team"] == (0, 1)
    assert (
        "Python (computer programming): 1 valid" in page.skills_panel.chart.accessibleDescription()
    )
    page.tabs.setCurrentWidget(page.job)
    qtbot.waitUntil(lambda: page.index is not None, timeout=30_000)  # type: ignore[attr-defined]
    page.job.editor.setPlainText(SAMPLE_JOB)
    qtbot.waitUntil(lambda: page.job.match is not None, timeout=5_000)  # type: ignore[attr-defined]
    match = page.job.match
    assert match is not None
    assert {s.name for s in match.matched} == {"SQL", "Python (computer programming)"}
    result = page.job.result
    matched = result.topLevelItem(0)
    assert matched.text(0) == "Matched (2)"
    assert "the job says “SQL”" in matched.child(0).text(1)
    assert "Data Analysis with Python and SQL" in matched.child(0).text(1)
    index = page.job.against.findData("ESCO")
    page.job.against.setCurrentIndex(index)
    qtbot.waitUntil(lambda: page.job.match.source == "framework", timeout=5_000)  # type: ignore[attr-defined, union-attr]
    assert {s.name for s in page.job.match.missing} >= {"statistics", "lead a team"}  # type: ignore[union-attr]
    quality = page.quality.tree
    rows = {quality.topLevelItem(i).text(0): quality.topLevelItem(i).text(1) for i in range(14)}
    assert (
        rows["the title"] == "6 / 6"
        and rows["the level (EQF, QF-EHEA), where applicable"] == "1 / 6"
    )


def test_notes_are_kept_and_the_report_exports(
    qtbot: object, window: MainWindow, tmp_path: Path
) -> None:
    open_review(qtbot, window)
    add_sample(qtbot, window)
    page = window.review.page
    page.credentials.select_index(2)
    page.credentials.note.setPlainText("Ask for the renewed first aid certificate.")
    page.notes_panel.editor.setPlainText("Strong data skills.\nLeadership badge is not hers.")
    page.job.editor.setPlainText(SAMPLE_JOB)
    qtbot.waitUntil(lambda: page.index is not None, timeout=30_000)  # type: ignore[attr-defined]
    page.credentials.select_index(0)  # switching flushes the note being typed
    page.close_workspace()
    settle(qtbot)
    assert window.review.currentWidget() is window.review.desk_page
    entries = window.review.desk_page.list
    qtbot.waitUntil(lambda: entries.count() == 1, timeout=10_000)  # type: ignore[attr-defined]
    assert entries.item(0).text().startswith("Locked workspace")  # not remembered: no name shown
    window.review.desk_page.unlock(window.review.desk.paths()[0], PASS)
    settle(qtbot)
    settle(qtbot)
    assert page.notes_panel.editor.toPlainText().startswith("Strong data skills.")
    page.credentials.select_index(2)
    assert page.credentials.note.toPlainText() == "Ask for the renewed first aid certificate."
    assert page.job.text() == SAMPLE_JOB
    qtbot.waitUntil(lambda: page.index is not None, timeout=30_000)  # type: ignore[attr-defined]
    report = page.build_report()
    assert report is not None and report.job is not None
    target = tmp_path / "review.pdf"
    page.export(report, target)
    settle(qtbot)
    wait_for_tasks()
    assert target.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftoppm") is None or shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils is not installed")
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(target), str(tmp_path / "p")], check=True)
    pages = sorted(tmp_path.glob("p-*.png"))
    assert len(pages) >= 3
    text = subprocess.run(
        ["pdftotext", "-layout", str(target), "-"], capture_output=True, check=True, text=True
    ).stdout
    # Qt's PDF engine writes ligatures ("ﬁ"); NFKC reads them as the letters they are.
    text = " ".join(unicodedata.normalize("NFKC", text).split())
    for expected in (
        "Portfolio review: Ada Lovelace",
        "Holder binding",
        "Summary",
        "Data Analysis with Python and SQL",
        "changed after signing",
        "Job match",
        "Micro-credential elements",
        "Ask for the renewed first aid certificate.",
        "Leadership badge is not hers.",
        "This service uses the ESCO classification of the European Commission.",
    ):
        assert expected in text, expected
    assert "\\u000a" not in text  # a note's line break is a line break, not an escape
