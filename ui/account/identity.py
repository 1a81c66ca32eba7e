"""My identity: the holder DID the learner's presentations are signed with, to copy and give
to a verifier who asks for it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.common.plurals import english

__all__ = ["IdentityDialog"]


class IdentityDialog(QDialog):
    def __init__(self, did: str, older: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.did = did
        self.setWindowTitle(self.tr("My identity"))
        intro = QLabel(
            self.tr(
                "Your presentations are signed with this identifier (a did:key made on this "
                "computer and kept in your encrypted wallet). A verifier can use it to check "
                "that what you share comes from you."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.value = QLabel(did, self)
        self.value.setWordWrap(True)
        self.value.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.value.setAccessibleName(self.tr("Your holder DID"))
        # A did:key has no spaces to break at: allow a break anywhere.
        self.value.setText("\u200b".join(did))
        self.copy_button = QPushButton(self.tr("&Copy"), self)
        self.copy_button.setAccessibleName(self.tr("Copy your holder DID"))
        self.copy_button.clicked.connect(self.copy)
        self.copied = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.value)
        if older:
            note = QLabel(
                english(self.tr("You also have %n older identifier(s).", "", older), older), self
            )
            layout.addWidget(note)
        layout.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.copied)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.did)
        self.copied.setText(self.tr("Copied."))
