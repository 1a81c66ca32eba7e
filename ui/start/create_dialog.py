"""Create a wallet: a passphrase with a strength meter, its confirmation, and — only when an OS
keyring exists — "remember on this device". The dialog only collects; the caller creates the
vault through ``ui.common.tasks`` (Argon2id is slow)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from ui.start.strength import MIN_LENGTH, estimate_bits, strength_label

__all__ = ["CreateWalletDialog", "PassphraseFields"]


class PassphraseFields(QWidget):
    """A new passphrase, its strength and its confirmation. ``valid()`` when usable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("New passphrase"))
        self.confirm = QLineEdit(self)
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setAccessibleName(self.tr("Confirm passphrase"))
        self.meter = QProgressBar(self)
        self.meter.setRange(0, 100)
        self.meter.setTextVisible(True)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("Passphrase problem"))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow(self.tr("Strength:"), self.meter)
        form.addRow(self.tr("&Confirm:"), self.confirm)
        form.addRow(self.problem)
        for label, field in ((0, self.passphrase), (2, self.confirm)):
            item = form.itemAt(label, QFormLayout.ItemRole.LabelRole)
            if item is not None and isinstance(item.widget(), QLabel):
                item.widget().setBuddy(field)  # type: ignore[union-attr]
        self.passphrase.textChanged.connect(self._update)
        self.confirm.textChanged.connect(self._update)
        self._update()

    def valid(self) -> bool:
        text = self.passphrase.text()
        return len(text) >= MIN_LENGTH and text == self.confirm.text()

    def _update(self) -> None:
        text = self.passphrase.text()
        bits = estimate_bits(text)
        self.meter.setValue(min(int(bits), 100))
        self.meter.setFormat(strength_label(bits) if text else self.tr("Empty"))
        if text and len(text) < MIN_LENGTH:
            problem = self.tr("Use at least %n characters.", "", MIN_LENGTH)
        elif self.confirm.text() and self.confirm.text() != text:
            problem = self.tr("The two passphrases differ.")
        elif text and bits < 40:
            problem = self.tr("Weak: a few unrelated words make a strong, memorable passphrase.")
        else:
            problem = ""
        self.problem.setText(problem)


class CreateWalletDialog(QDialog):
    """``keyring_reason`` is ``None`` when a keyring exists, else why "remember" is unavailable."""

    def __init__(self, keyring_reason: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Create your wallet"))
        intro = QLabel(
            self.tr(
                "Your credentials are kept encrypted on this computer. Choose a passphrase: "
                "nobody, including us, can recover the wallet without it."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.fields = PassphraseFields(self)
        self.remember = QCheckBox(self.tr("&Remember on this device (system keyring)"), self)
        self.remember.setAccessibleName(self.tr("Remember on this device"))
        if keyring_reason is not None:
            # The core words its reason to follow a colon on the command line; alone here it
            # is a sentence.
            keyring_reason = keyring_reason[:1].upper() + keyring_reason[1:]
            self.remember.setEnabled(False)
            self.remember.setToolTip(keyring_reason)
            self.remember.setAccessibleDescription(keyring_reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create wallet"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.fields)
        layout.addWidget(self.remember)
        if keyring_reason is not None:
            note = QLabel(keyring_reason, self)
            note.setTextFormat(Qt.TextFormat.PlainText)
            note.setWordWrap(True)
            note.setEnabled(False)
            layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.fields.passphrase.textChanged.connect(self._update)
        self.fields.confirm.textChanged.connect(self._update)
        self._update()
        self.resize(460, self.sizeHint().height())

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.fields.valid())

    def passphrase(self) -> str:
        return self.fields.passphrase.text()

    def wants_remember(self) -> bool:
        return self.remember.isEnabled() and self.remember.isChecked()
