"""One learner's review: add what they handed over, verify all, read every item, the skills,
the job match, the micro-credential elements, keep notes, export the report.

Every workspace call and every verification runs through ``ui.common.tasks`` (one lane, so the
workspace is used by one thread at a time). Re-aggregating skills and re-matching the job run
on the GUI thread: they read the views already verified and take a few milliseconds, so the
panels follow each keystroke (debounced) well inside 200 ms. The tabs' contents are drawn by
:mod:`ui.review.panels`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.common.tasks import Task, TaskContext, run_task
from ui.common.verdicts import verdict_label
from ui.review.items_panel import CredentialsPanel, NotesPanel
from ui.review.panels import JobPanel, QualityPanel, SkillsPanel
from ui.review.saving import PendingSaves
from wallet.net.cache import DocumentCache
from wallet.review.esco import EscoIndex, esco_index
from wallet.review.inputs import read_paths
from wallet.review.portfolio import PortfolioFile, PortfolioReview, verify_portfolio
from wallet.review.report import ReviewReport
from wallet.review.skills import SkillsOverview, overview
from wallet.review.workspace import Workspace, item_key
from wallet.verify import Status, VerifyOptions
from wallet.wording import plain

__all__ = ["OptionsFor", "ReviewPage", "default_options"]

OptionsFor = Callable[[bool, DocumentCache], VerifyOptions]  # network allowed, cache -> options


def default_options(network: bool, cache: DocumentCache) -> VerifyOptions:
    """Offline, or with the network's part of the run (did:web keys, status lists, registries),
    as the advisor chose for this workspace, keeping what it fetches in ``cache`` (the
    workspace's own, encrypted)."""
    if not network:
        return VerifyOptions()
    from wallet.verify.online import OnlineChecks

    return VerifyOptions(offline=False, online=OnlineChecks.for_run(cache=cache))


class ReviewPage(QWidget):
    """``closed`` when the advisor goes back to the list of reviews (the workspace is closed)."""

    closed = Signal()

    def __init__(self, options_for: OptionsFor = default_options, parent: QWidget | None = None):
        super().__init__(parent)
        self.options_for = options_for
        self.workspace: Workspace | None = None
        self.review: PortfolioReview | None = None
        self.skills = SkillsOverview(())
        self.index: EscoIndex | None = None
        self.file_ids: dict[str, str] = {}
        self.notes: dict[str, str] = {}
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.back_button = QPushButton(self.tr("← &Reviews"), self)
        self.back_button.setAccessibleName(self.tr("Back to the list of reviews"))
        self.back_button.clicked.connect(self.close_workspace)
        self.add_button = QPushButton(self.tr("&Add files…"), self)
        self.add_button.setToolTip(
            self.tr("Presentations, credentials, PDF evidence packs, QR images, VP1- text")
        )
        self.add_button.clicked.connect(self.ask_files)
        self.folder_button = QPushButton(self.tr("Add a &folder…"), self)
        self.folder_button.clicked.connect(self.ask_folder)
        self.paste_button = QPushButton(self.tr("&Paste"), self)
        self.paste_button.setToolTip(self.tr("A pasted presentation, JWT or VP1- text"))
        self.paste_button.clicked.connect(self.paste)
        self.verify_button = QPushButton(self.tr("&Verify all"), self)
        self.verify_button.setDefault(True)
        self.verify_button.clicked.connect(self.verify_all)
        self.export_button = QPushButton(self.tr("E&xport report…"), self)
        self.export_button.clicked.connect(self.ask_export)
        self.network = QCheckBox(self.tr("Check &online"), self)
        self.network.setToolTip(
            self.tr("did:web keys, status lists and issuer registries; nothing else goes online")
        )
        self.network.toggled.connect(self._network_changed)
        self.challenge = QLineEdit(self)
        self.challenge.setPlaceholderText(self.tr("the challenge you gave"))
        self.challenge.setAccessibleName(self.tr("Challenge you gave the learner"))
        self.challenge.setToolTip(
            self.tr("The presentation must be signed for it: a copy made for someone else fails")
        )
        self.challenge.editingFinished.connect(self._challenge_changed)
        challenge_label = QLabel(self.tr("C&hallenge:"), self)
        challenge_label.setBuddy(self.challenge)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Verification progress"))
        self.progress.hide()
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setAccessibleName(self.tr("Summary"))
        self.holder = QLabel(self)
        self.holder.setTextFormat(Qt.TextFormat.PlainText)
        self.holder.setWordWrap(True)
        self.holder.setAccessibleName(self.tr("Holder binding"))
        self.holder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self.credentials = CredentialsPanel(self)
        self.credentials.note_changed.connect(self._note_edited)
        self.skills_panel = SkillsPanel(self)
        self.job = JobPanel(self)
        self.job.changed.connect(self._job_edited)
        self.quality = QualityPanel(self)
        self.notes_panel = NotesPanel(self)
        self.notes_panel.changed.connect(self._portfolio_note_edited)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Review sections"))
        self.tabs.addTab(self.credentials, self.tr("&Credentials"))
        self.tabs.addTab(self.skills_panel, self.tr("&Skills"))
        self.tabs.addTab(self.job, self.tr("&Job match"))
        self.tabs.addTab(self.quality, self.tr("&Micro-credential quality"))
        self.tabs.addTab(self.notes_panel, self.tr("&Notes"))
        self.saves = PendingSaves(self, lambda: self.workspace, self._failed)
        self._saved_job = ("", "")
        self._saved_challenge = ""
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        for widget in (
            self.add_button,
            self.folder_button,
            self.paste_button,
            challenge_label,
            self.challenge,
            self.network,
            self.verify_button,
            self.export_button,
        ):
            top.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addWidget(self.holder)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)

    # --- opening and closing --------------------------------------------------------------
    def set_workspace(self, workspace: Workspace) -> None:
        """Show ``workspace`` (unlocked) and verify what it holds."""
        self.workspace = workspace
        self.review = None
        self.message.clear()

        def read(_: object) -> tuple[Any, dict[str, str], str, str, bool, str]:
            card = workspace.card()
            return (
                card,
                workspace.notes(),
                str(workspace.setting("job", "")),
                str(workspace.setting("framework", "")),
                bool(workspace.setting("network", False)),
                str(workspace.setting("challenge", "")),
            )

        run_task(self, read, self._read, self._failed)
        if self.index is None:
            run_task(self, lambda _: esco_index(), self._index_ready, self._failed)

    def _read(self, found: tuple[Any, dict[str, str], str, str, bool, str]) -> None:
        card, notes, job, framework, network, challenge = found
        self.challenge.setText(challenge)
        self._saved_challenge = challenge
        self.title.setText(card.learner)
        self.notes = dict(notes)
        self.notes_panel.set_text(notes.get("portfolio", ""))
        self.job.set_text(job, framework)
        self._saved_job = (job, framework)
        self.network.blockSignals(True)
        self.network.setChecked(network)
        self.network.blockSignals(False)
        self.verify_all()

    def _index_ready(self, index: EscoIndex) -> None:
        self.index = index
        self.job.set_index(index)
        self.update_match()

    def close_workspace(self) -> None:
        """Save what is typed, close the workspace (background), go back."""
        workspace = self.workspace
        if workspace is None:
            self.closed.emit()
            return
        self.flush()
        self.workspace = None
        self.review = None
        self.credentials.clear()
        run_task(self, lambda _: workspace.close(), lambda _: self.closed.emit(), self._failed)

    # --- adding ---------------------------------------------------------------------------
    def ask_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Add the learner's files"))
        if names:
            self.add_paths([Path(n) for n in names])

    def ask_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Add a folder of credentials"))
        if name:
            self.add_paths([Path(name)])

    def paste(self) -> None:
        text = QApplication.clipboard().text().strip()
        if not text:
            self.message.setText(self.tr("The clipboard holds no text."))
            return
        self.add_files([PortfolioFile(self.tr("pasted text"), text.encode("utf-8"))])

    def add_paths(self, paths: list[Path]) -> None:
        def work(_: object) -> tuple[list[PortfolioFile], list[Any]]:
            return read_paths(paths)

        def read(found: tuple[list[PortfolioFile], list[Any]]) -> None:
            files, problems = found
            if problems:
                self.message.setText("; ".join(f"{p.name}: {p.reason}" for p in problems))
            if files:
                self.add_files(files)

        run_task(self, work, read, self._failed)

    def add_files(self, files: list[PortfolioFile]) -> None:
        workspace = self.workspace
        if workspace is None:
            return
        run_task(self, lambda _: workspace.add_files(files), self._added, self._failed)

    def _added(self, outcomes: list[Any]) -> None:
        kept = [o for o in outcomes if not o.added]
        if kept:
            self.message.setText(
                self.tr("Already in this review: ") + ", ".join(plain(o.name) for o in kept)
            )
        self.verify_all()

    # --- verifying ------------------------------------------------------------------------
    def verify_all(self) -> None:
        workspace = self.workspace
        if workspace is None:
            return
        cache = workspace.document_cache()
        options = self.options_for(self.network.isChecked(), cache)
        challenge = self.challenge.text().strip()
        if challenge:
            options = dataclasses.replace(options, challenge=challenge)
        self.verify_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()

        def work(task: TaskContext) -> tuple[PortfolioReview, dict[str, str]]:
            try:
                files = workspace.files()
                review = verify_portfolio(files, options, task.progress, task.cancelled)
            finally:
                if options.online is not None:
                    options.online.close()
                cache.flush()
            if not review.cancelled:
                workspace.record_review(review)
            return review, workspace.file_ids()

        Task(self, work, self._verified, self._failed).with_progress(
            self.tr("Verifying the portfolio…"), cancellable=True
        ).on_progress(self._progressed).run()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _verified(self, result: tuple[PortfolioReview, dict[str, str]]) -> None:
        review, file_ids = result
        self.review = review
        self.file_ids = file_ids
        self.progress.hide()
        self.verify_button.setEnabled(True)
        self.show_summary(review)
        self.credentials.show_review(review, self._note_keys(review), self.notes)
        self.update_skills()
        if review.unreadable:
            self.message.setText(
                self.tr("Not credentials: ")
                + "; ".join(f"{plain(u.name)}: {u.reason}" for u in review.unreadable)
            )

    def _note_keys(self, review: PortfolioReview) -> dict[int, str]:
        return {item.index: item_key(item, self.file_ids) for item in review.items}

    def show_summary(self, review: PortfolioReview) -> None:
        counts = [f"{n} {verdict_label(v).lower()}" for v, n in review.summary().items() if n]
        total = len(review.items)
        self.summary.setText(
            self.tr("%1 credentials: %2")
            .replace("%1", str(total))
            .replace("%2", ", ".join(counts) or self.tr("none yet"))
        )
        self.summary.setAccessibleDescription(self.summary.text())
        holder = review.holder
        if holder is None:
            self.holder.setText(
                self.tr("Holder: no presentation, so nothing shows who handed these over.")
            )
            return
        marks = {Status.PASS: "✓", Status.WARN: "!", Status.FAIL: "✗", Status.SKIP: "–"}
        self.holder.setText(
            f"{marks[holder.status]} " + self.tr("Holder: ") + plain(holder.message(), 600)
        )

    # --- skills and the job ---------------------------------------------------------------
    def update_skills(self) -> None:
        items = self.review.items if self.review is not None else ()
        self.skills = overview(items)
        self.skills_panel.show_skills(self.skills, items)
        self.quality.show_quality(items)
        self.job.set_frameworks(self.skills.framework_names())
        self.update_match()

    def update_match(self) -> None:
        items = self.review.items if self.review is not None else ()
        self.job.show_match(self.skills, items)

    def _job_edited(self) -> None:
        self.update_match()
        text, framework = self.job.text(), self.job.framework()
        self._saved_job = (text, framework)
        self.saves.put("job", text)
        self.saves.put("framework", framework)

    # --- notes ----------------------------------------------------------------------------
    def _note_edited(self, key: str, text: str) -> None:
        self.notes[key] = text
        self.saves.put(f"note:{key}", text)

    def _portfolio_note_edited(self, text: str) -> None:
        self.notes["portfolio"] = text
        self.saves.put("note:portfolio", text)

    def _challenge_changed(self) -> None:
        value = self.challenge.text().strip()
        if value == self._saved_challenge:
            return
        self._saved_challenge = value
        self.saves.put("challenge", value, now=True)
        self.verify_all()

    def _network_changed(self, on: bool) -> None:
        self.saves.put("network", on, now=True)

    def flush(self) -> None:
        """Everything typed so far, saved now: the note being typed, the job, the notes."""
        self.credentials.flush_note()
        if self.job.text() != self._saved_job[0] or self.job.framework() != self._saved_job[1]:
            self._saved_job = (self.job.text(), self.job.framework())
            self.saves.put("job", self.job.text())
            self.saves.put("framework", self.job.framework())
        self.saves.flush()

    # --- the report -----------------------------------------------------------------------
    def build_report(self) -> ReviewReport | None:
        if self.review is None:
            return None
        keys = self._note_keys(self.review)
        notes = {i: self.notes.get(k, "") for i, k in keys.items() if self.notes.get(k)}
        return ReviewReport.build(
            self.review,
            learner=self.title.text(),
            job_text=self.job.text() if self.index is not None else None,
            framework=self.job.framework() or None,
            portfolio_note=self.notes.get("portfolio", ""),
            notes=notes,
        )

    def ask_export(self) -> None:
        report = self.build_report()
        if report is None:
            self.message.setText(self.tr("Verify the portfolio first."))
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the review report"), "review-report.pdf", "PDF (*.pdf)"
        )
        if name:
            self.export(report, Path(name))

    def export(self, report: ReviewReport, target: Path) -> None:
        from ui.review.report_pdf import review_report_pdf
        from wallet.vault.files import write_atomically

        data = review_report_pdf(report)  # Qt's PDF writer: the GUI thread's fonts, quickly
        run_task(
            self,
            lambda _: write_atomically(target, data),
            lambda _: self.message.setText(self.tr("Report written to ") + str(target)),
            self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        self.progress.hide()
        self.verify_button.setEnabled(True)
        from ui.start.page import explain

        self.message.setText(explain(error).replace("wallet", "workspace"))
