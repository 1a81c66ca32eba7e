"""The review start page: every learner's workspace, with the learner's name, when it was last
opened and its last summary, and the way to start a new review.

Listing opens files and unlocks remembered ones, and creating or unlocking runs Argon2id: all of
it goes through ``ui.common.tasks``. A workspace whose key the keyring does not remember shows
as locked (with the file's date) until its passphrase opens it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.common.dates import local_time
from ui.common.plurals import english
from ui.common.tasks import run_task
from ui.common.verdicts import verdict_label
from ui.start.page import explain
from wallet.review.desk import DeskEntry, ReviewDesk
from wallet.review.workspace import Workspace
from wallet.wording import plain

__all__ = ["DeskPage", "NewReviewDialog", "UnlockDialog", "card_line"]

PATH_ROLE = Qt.ItemDataRole.UserRole + 1
MIN_PASSPHRASE = 8
# pyside6-lupdate reads only literal translate("Context", "text") calls.
translate = QCoreApplication.translate


def card_line(entry: DeskEntry) -> str:
    """Two lines for a workspace: the learner, then when and what."""
    if entry.card is None:
        when = local_time(entry.modified)  # the app's months, not the C library's
        why = f" ({entry.problem})" if entry.problem else ""
        return (
            translate("DeskPage", "Locked workspace")
            + why
            + "\n"
            + translate("DeskPage", "last changed %1").replace("%1", when)
        )
    card = entry.card
    opened = local_time(card.opened)
    counts = [
        f"{n} {verdict_label(v).lower()}" for v, n in card.summary.items() if n
    ]  # "3 valid, 1 expired"
    summary = ", ".join(counts) if counts else translate("DeskPage", "not verified yet")
    return f"{plain(card.learner)}\n" + translate("DeskPage", "opened %1 · %2").replace(
        "%1", opened
    ).replace("%2", summary)


class NewReviewDialog(QDialog):
    """The learner's name, the workspace's passphrase (twice), and whether to remember it."""

    def __init__(self, keyring_reason: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New review"))
        self.learner = QLineEdit(self)
        self.learner.setAccessibleName(self.tr("Learner's name"))
        self.first = QLineEdit(self)
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(self.tr("Workspace passphrase"))
        self.second = QLineEdit(self)
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(self.tr("Repeat the passphrase"))
        self.remember = QCheckBox(self.tr("&Remember on this computer (system keyring)"), self)
        self.remember.setAccessibleName(self.tr("Remember on this computer"))
        if keyring_reason:
            keyring_reason = keyring_reason[:1].upper() + keyring_reason[1:]  # a sentence here
            self.remember.setEnabled(False)
            self.remember.setToolTip(keyring_reason)
        else:
            self.remember.setChecked(True)
        self.problem = QLabel(self)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        explanation = QLabel(
            self.tr(
                "Each learner's portfolio is kept in its own encrypted workspace, apart from any "
                "wallet, with its own passphrase. Their files are kept exactly as received."
            ),
            self,
        )
        explanation.setWordWrap(True)
        explanation.setTextFormat(Qt.TextFormat.PlainText)
        form = QFormLayout()
        form.addRow(self.tr("&Learner:"), self.learner)
        form.addRow(self.tr("&Passphrase:"), self.first)
        form.addRow(self.tr("Re&peat:"), self.second)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.remember)
        if keyring_reason:
            reason = QLabel(keyring_reason, self)
            reason.setWordWrap(True)
            reason.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(reason)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        if not self.learner.text().strip():
            self.problem.setText(self.tr("Write the learner's name."))
        elif len(self.first.text()) < MIN_PASSPHRASE:
            self.problem.setText(self.tr("The passphrase needs at least 8 characters."))
        elif self.first.text() != self.second.text():
            self.problem.setText(self.tr("The two passphrases differ."))
        else:
            self.accept()


class UnlockDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open the workspace"))
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Workspace passphrase"))
        label = QLabel(self.tr("&Passphrase:"), self)
        label.setBuddy(self.passphrase)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.passphrase)
        layout.addWidget(buttons)


class DeskPage(QWidget):
    """``opened(workspace)`` once a workspace is unlocked; ``leave`` to go back to the wallet."""

    opened = Signal(object)
    leave = Signal()

    def __init__(self, desk: ReviewDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        title = QLabel(self.tr("Review a learner's portfolio"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(
            self.tr(
                "Open a learner's presentation, PDF evidence pack, QR code or folder of "
                "credentials, verify everything in one go, see the skills it evidences and "
                "export a review report. Nothing here touches your own wallet."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Review workspaces"))
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(lambda item: self.open_entry(item))
        self.empty = QLabel(self.tr("No reviews yet. Start one with “New review…”."), self)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.new_button = QPushButton(self.tr("&New review…"), self)
        self.new_button.clicked.connect(self.ask_new)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.clicked.connect(lambda: self.open_entry(self.list.currentItem()))
        self.back_button = QPushButton(self.tr("&Back"), self)
        self.back_button.clicked.connect(self.leave)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Working"))
        self.busy.hide()
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAccessibleName(self.tr("Message"))
        buttons = QHBoxLayout()
        for button in (self.new_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)

    # --- listing --------------------------------------------------------------------------
    def refresh(self) -> None:
        self._working(True)
        desk = self.desk
        run_task(self, lambda _: desk.entries(), self._listed, self._failed)

    def _listed(self, entries: list[DeskEntry]) -> None:
        self._working(False)
        self.list.clear()
        for entry in entries:
            item = QListWidgetItem(card_line(entry), self.list)
            item.setData(PATH_ROLE, str(entry.path))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, card_line(entry))
        self.empty.setVisible(not entries)
        self.open_button.setEnabled(bool(entries))
        if entries:
            self.list.setCurrentRow(0)
            self.list.setFocus()
        else:
            self.new_button.setFocus()

    # --- new ------------------------------------------------------------------------------
    def ask_new(self) -> None:
        dialog = NewReviewDialog(self.desk.keyring_reason(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.create_review(dialog.learner.text(), dialog.first.text(), dialog.remember.isChecked())

    def create_review(self, learner: str, passphrase: str, remember: bool) -> None:
        desk = self.desk
        self._working(True, self.tr("Making the workspace…"))

        def work(_: object) -> Workspace:
            workspace = desk.create(learner, passphrase, remember=remember)
            workspace.mark_opened()
            return workspace

        run_task(self, work, self._opened, self._failed)

    # --- open -----------------------------------------------------------------------------
    def open_entry(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        from pathlib import Path

        path = Path(str(item.data(PATH_ROLE)))
        desk = self.desk
        self._working(True, self.tr("Opening…"))

        def remembered(_: object) -> Workspace | None:
            workspace = desk.open_remembered(path)
            if workspace is not None:
                workspace.mark_opened()
            return workspace

        def done(workspace: Workspace | None) -> None:
            if workspace is not None:
                self._opened(workspace)
            else:
                self._ask_passphrase(path)

        run_task(self, remembered, done, self._failed)

    def _ask_passphrase(self, path: Any) -> None:
        self._working(False)
        dialog = UnlockDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.unlock(path, dialog.passphrase.text())

    def unlock(self, path: Any, passphrase: str) -> None:
        desk = self.desk
        self._working(True, self.tr("Unlocking…"))

        def work(_: object) -> Workspace:
            workspace = desk.open(path)
            try:
                workspace.unlock(passphrase)
                workspace.mark_opened()
            except BaseException:
                workspace.close()
                raise
            return workspace

        run_task(self, work, self._opened, self._failed)

    def _opened(self, workspace: Workspace) -> None:
        self._working(False)
        self.opened.emit(workspace)

    def _failed(self, error: BaseException) -> None:
        self._working(False)
        if isinstance(error, ValueError):
            self.message.setText(str(error))
        else:
            self.message.setText(explain(error).replace("wallet", "workspace"))

    def _working(self, busy: bool, text: str = "") -> None:
        self.busy.setVisible(busy)
        for button in (self.new_button, self.open_button):
            button.setEnabled(not busy)
        self.message.setText(text)

    def count_line(self, n: int) -> str:
        return english(self.tr("%n workspace(s)", "", n), n)
