"""Restore a wallet from a backup file: which file, and the passphrase it was made with."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

__all__ = ["RestoreDialog"]


class RestoreDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from a backup"))
        intro = QLabel(
            self.tr(
                "Choose a Learner Wallet backup file. Your restored wallet will use the same "
                "passphrase as the backup; you can change it later."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.file = QLineEdit(self)
        self.file.setAccessibleName(self.tr("Backup file"))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.setAccessibleName(self.tr("Browse for a backup file"))
        browse.clicked.connect(self._browse)
        self.secret = QLineEdit(self)
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(self.tr("Backup passphrase"))
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Backup &file:"), row)
        form.addRow(self.tr("&Passphrase:"), self.secret)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Restore"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.file.textChanged.connect(self._update)
        self.secret.textChanged.connect(self._update)
        self._update()

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup"), "", self.tr("Wallet backups (*.lwbackup);;All (*)")
        )
        if path:
            self.file.setText(path)

    def _update(self) -> None:
        ok = bool(self.file.text().strip() and self.secret.text())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def path(self) -> str:
        return self.file.text().strip()

    def passphrase(self) -> str:
        return self.secret.text()
