"""Dialogs that only collect: a backup's file and passphrase, a backup to verify, the current
and a new passphrase. The callers run the slow part (Argon2id) through ``ui.common.tasks``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

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

from ui.start.create_dialog import PassphraseFields

__all__ = ["BACKUP_FILTER", "BackupDialog", "ChangePassphraseDialog", "VerifyBackupDialog"]

BACKUP_FILTER = "Wallet backups (*.lwbackup);;All files (*)"


class _FileRow(QWidget):
    """A path field with a Browse… button; ``choose(current) -> str`` opens the file dialog."""

    def __init__(self, name: str, choose: Callable[[str], str], parent: QWidget) -> None:
        super().__init__(parent)
        self.field = QLineEdit(self)
        self.field.setAccessibleName(name)
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.setAccessibleName(self.tr("Browse for the %1").replace("%1", name.lower()))
        browse.clicked.connect(
            lambda: self.field.setText(choose(self.field.text()) or self.field.text())
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.field, 1)
        row.addWidget(browse)

    def path(self) -> Path | None:
        text = self.field.text().strip()
        return Path(text).expanduser() if text else None


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def _intro(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


class BackupDialog(QDialog):
    """Where to write the backup and its own passphrase (asked twice, with a strength meter)."""

    def __init__(self, suggested: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Back up your wallet"))
        self.file = _FileRow(self.tr("Backup file"), self._choose, self)
        self.file.field.setText(str(suggested))
        self.fields = PassphraseFields(self)
        self.fields.passphrase.setAccessibleName(self.tr("Backup passphrase"))
        self.fields.confirm.setAccessibleName(self.tr("Confirm backup passphrase"))
        self.buttons = _buttons(self, self.tr("Back up"))
        form = QFormLayout()
        form.addRow(self.tr("Backup &file:"), self.file)
        layout = QVBoxLayout(self)
        layout.addWidget(
            _intro(
                self.tr(
                    "A backup is one encrypted file with everything in your wallet. It has its "
                    "own passphrase: keep the file somewhere else (a USB stick, cloud storage) "
                    "and the passphrase somewhere safe. It is checked right after it is written."
                ),
                self,
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.fields)
        layout.addWidget(self.buttons)
        for field in (self.file.field, self.fields.passphrase, self.fields.confirm):
            field.textChanged.connect(self._update)
        self._update()
        self.resize(520, self.sizeHint().height())

    def _choose(self, current: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the backup as"), current, self.tr(BACKUP_FILTER)
        )
        return path

    def _update(self) -> None:
        ok = self.fields.valid() and self.file.path() is not None
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def target(self) -> Path:
        path = self.file.path()
        assert path is not None  # OK is disabled without one
        return path

    def passphrase(self) -> str:
        return self.fields.passphrase.text()


class VerifyBackupDialog(QDialog):
    """A backup file and the passphrase it was made with."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Verify a backup"))
        self.file = _FileRow(self.tr("Backup file"), self._choose, self)
        self.secret = QLineEdit(self)
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(self.tr("Backup passphrase"))
        self.buttons = _buttons(self, self.tr("Verify"))
        form = QFormLayout()
        form.addRow(self.tr("Backup &file:"), self.file)
        form.addRow(self.tr("&Passphrase:"), self.secret)
        layout = QVBoxLayout(self)
        layout.addWidget(
            _intro(
                self.tr(
                    "Check that a backup opens with its passphrase and restores completely. "
                    "Nothing is changed: the test restore happens in memory only."
                ),
                self,
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.file.field.textChanged.connect(self._update)
        self.secret.textChanged.connect(self._update)
        self._update()
        self.resize(520, self.sizeHint().height())

    def _choose(self, current: str) -> str:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup"), current, self.tr(BACKUP_FILTER)
        )
        return path

    def _update(self) -> None:
        ok = self.file.path() is not None and bool(self.secret.text())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def source(self) -> Path:
        path = self.file.path()
        assert path is not None
        return path

    def passphrase(self) -> str:
        return self.secret.text()


class ChangePassphraseDialog(QDialog):
    """The current passphrase (checked by the caller: someone at an unlocked, unattended
    computer must not be able to take the wallet over) and the new one, asked twice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change passphrase"))
        self.current = QLineEdit(self)
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        self.current.setAccessibleName(self.tr("Current passphrase"))
        self.fields = PassphraseFields(self)
        # One form, so the current and the new passphrase line up: the current one first.
        form = self.fields.layout()
        assert isinstance(form, QFormLayout)
        form.insertRow(0, self.tr("C&urrent passphrase:"), self.current)
        new_label = form.itemAt(1, QFormLayout.ItemRole.LabelRole)
        if new_label is not None and isinstance(new_label.widget(), QLabel):
            new_label.widget().setText(self.tr("&New passphrase:"))  # type: ignore[union-attr]
        self.buttons = _buttons(self, self.tr("Change passphrase"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            _intro(
                self.tr(
                    "Type the passphrase that unlocks this wallet now, then choose the new one. "
                    "Your credentials stay as they are; backups you already made keep their own "
                    "passphrase."
                ),
                self,
            )
        )
        layout.addWidget(self.fields)
        layout.addWidget(self.buttons)
        self.current.textChanged.connect(self._update)
        self.fields.passphrase.textChanged.connect(self._update)
        self.fields.confirm.textChanged.connect(self._update)
        self._update()
        self.current.setFocus()
        self.resize(460, self.sizeHint().height())

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.current.text()) and self.fields.valid())

    def current_passphrase(self) -> str:
        return self.current.text()

    def passphrase(self) -> str:
        return self.fields.passphrase.text()
