"""The private note on a credential's page, never lost (issue 13, "Notes").

What the learner types is saved by itself: a moment after they stop typing (debounced), and at
once when they leave the note (another credential, back to the library, lock, closing the
window). Nothing asks them to save. Only when saving fails are they asked what to do: try again,
or copy the note so it is not lost.

``save(credential_id, text)`` is the request; whoever saves answers with :meth:`NoteEditor.saved`
or :meth:`NoteEditor.failed` (``ui.organise.commands`` does, in the background).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QGuiApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QPlainTextEdit, QVBoxLayout, QWidget

from ui.common.display import plain_label

__all__ = ["DEBOUNCE_MS", "NoteEditor"]

DEBOUNCE_MS = 800


class _Edit(QPlainTextEdit):
    left = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.left.emit()


class NoteEditor(QWidget):
    save = Signal(str, str)  # credential id, text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.credential_id = ""
        self._stored = ""  # what the vault holds for this credential
        self._asking = False
        # The text whose save failed and was answered: not tried again by itself until the
        # learner changes it (or chooses "Try again"), so one failure asks once.
        self._given_up: str | None = None
        self.edit = _Edit(self)
        self.edit.setAccessibleName(self.tr("Private note"))
        self.edit.setPlaceholderText(
            self.tr("A private note, only for you (kept encrypted, saved as you type).")
        )
        self.edit.textChanged.connect(self._typed)
        self.edit.left.connect(self.flush)
        self.state = plain_label(QLabel(self))
        self.state.setAccessibleName(self.tr("Note status"))
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.flush)
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addWidget(self.state)

    def load(self, credential_id: str, text: str) -> None:
        """Show ``text`` as the stored note of ``credential_id`` (the previous one is saved
        first if it changed)."""
        self.flush()
        self.credential_id, self._stored, self._given_up = credential_id, text, None
        self.edit.blockSignals(True)
        self.edit.setPlainText(text)
        self.edit.blockSignals(False)
        self.state.clear()

    @property
    def dirty(self) -> bool:
        text = self.edit.toPlainText()
        return bool(self.credential_id) and text != self._stored and text != self._given_up

    def _typed(self) -> None:
        if self.dirty:
            self.state.setText(self.tr("Saving…"))
            self.timer.start()

    def flush(self) -> None:
        """Save now if anything is unsaved (also what leaving the page calls)."""
        self.timer.stop()
        if self.dirty:
            self.save.emit(self.credential_id, self.edit.toPlainText())

    def saved(self, credential_id: str, text: str) -> None:
        if credential_id == self.credential_id:
            self._stored = text
            self.state.setText(self.tr("Saved.") if not self.dirty else self.tr("Saving…"))

    def failed(self, credential_id: str, text: str, reason: str) -> None:
        """Saving failed: ask, once, whether to try again or copy the note."""
        if not shiboken6.isValid(self):
            return  # the window is gone (closing): nothing left to ask in
        if credential_id == self.credential_id:
            self.state.setText(self.tr("Not saved."))
            self._given_up = text
        if self._asking:
            return
        self._asking = True
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Note not saved"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            self.tr("Your note could not be saved: %1").replace("%1", reason or self.tr("error"))
        )
        again = box.addButton(self.tr("Try &again"), QMessageBox.ButtonRole.AcceptRole)
        copy = box.addButton(self.tr("&Copy the note"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        self._asking = False
        if not shiboken6.isValid(box):
            return
        if box.clickedButton() is again:
            self._given_up = None
            self.save.emit(credential_id, text)
        elif box.clickedButton() is copy:
            QGuiApplication.clipboard().setText(text)

    def clear(self) -> None:
        """Save what is pending, then forget (on lock)."""
        self.flush()
        self.credential_id, self._stored, self._given_up = "", "", None
        self.edit.blockSignals(True)
        self.edit.clear()
        self.edit.blockSignals(False)
        self.state.clear()
