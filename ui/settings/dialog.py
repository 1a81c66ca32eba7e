"""Settings: auto-lock after idle time, the default presentation format, the learner's email
addresses, checking online (what is fetched, from where, what is kept: :mod:`ui.settings.network`),
the issuers the learner trusts (:mod:`ui.credential.trusted_issuers`, changed when OK is
pressed), and the language (:mod:`ui.common.language`, kept in ``QSettings``).

Values live in the vault (``WalletService.setting``), so they are the learner's, encrypted, and
travel with backups; the window layout lives in ``QSettings`` (it is the machine's, not secret).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.common.language import LanguageBox
from ui.credential.trust_bar import find_state
from ui.credential.trusted_issuers import TrustedIssuersBox
from ui.settings.network import NetworkBox
from wallet.vault.network import NetworkChoice

__all__ = ["DEFAULTS", "PRESENTATION_FORMATS", "SettingsDialog"]

DEFAULTS: dict[str, Any] = {
    "auto_lock_minutes": 5,
    "presentation_format": "vp",
    # The vault's NetworkChoice (wallet.vault.network): None until the learner answers.
    "network": None,
    # The learner's own email addresses: a badge issued to a hashed address says which it is.
    "my_identities": [],
}
PRESENTATION_FORMATS = ("vp", "vp-jwt", "qr-text", "qr-png", "pdf")


class SettingsDialog(QDialog):
    def __init__(self, values: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        values = {**DEFAULTS, **values}
        self.auto_lock = QSpinBox(self)
        self.auto_lock.setRange(0, 240)
        self.auto_lock.setSuffix(self.tr(" min"))
        self.auto_lock.setSpecialValueText(self.tr("Never"))
        self.auto_lock.setValue(int(values["auto_lock_minutes"]))
        self.auto_lock.setAccessibleName(self.tr("Lock after minutes idle"))
        self.auto_lock.setToolTip(
            self.tr("Auto-lock waits while a QR code is on screen, and resumes after.")
        )
        lock_note = QLabel(
            self.tr(
                "Auto-lock is paused while a QR code is on screen (interview mode or the Share "
                "dialog's code), so it never hides the code mid-interview; it resumes when the "
                "code is closed."
            ),
            self,
        )
        lock_note.setWordWrap(True)
        lock_note.setTextFormat(Qt.TextFormat.PlainText)
        lock_note.setAccessibleName(self.tr("About auto-lock while sharing"))
        self.format = QComboBox(self)
        self.format.setAccessibleName(self.tr("Default presentation format"))
        names = {
            "vp": self.tr("Signed presentation (JSON)"),
            "vp-jwt": self.tr("Signed presentation (JWT)"),
            "qr-text": self.tr("QR code text (VP1-)"),
            "qr-png": self.tr("QR code image"),
            "pdf": self.tr("PDF evidence pack"),
        }
        for key in PRESENTATION_FORMATS:
            self.format.addItem(names[key], key)
        self.format.setCurrentIndex(max(self.format.findData(values["presentation_format"]), 0))
        state = find_state(parent) if parent is not None else None
        service = state.service if state is not None and state.is_unlocked else None
        self.network = NetworkBox(NetworkChoice.from_json(values["network"]), service, self)
        self.identities = QPlainTextEdit(self)
        self.identities.setAccessibleName(self.tr("Your email addresses"))
        self.identities.setPlaceholderText(self.tr("one a line, such as sam@example.org"))
        self.identities.setTabChangesFocus(True)
        self.identities.setFixedHeight(70)
        mine = values.get("my_identities") or []
        self.identities.setPlainText("\n".join(v for v in mine if isinstance(v, str)))
        identities_note = QLabel(
            self.tr(
                "Many badges name you only by a hashed email address. List yours, and a badge's "
                "page says which one it was issued to. They stay in your encrypted wallet."
            ),
            self,
        )
        identities_note.setWordWrap(True)
        # The language is the machine's (QSettings, like the window layout), not the wallet's.
        window = parent.window() if parent is not None else None
        self.language = LanguageBox(getattr(window, "settings", None), self)
        form = QFormLayout()
        form.addRow(self.tr("&Lock after idle:"), self.auto_lock)
        form.addRow(lock_note)
        form.addRow(self.tr("&Presentation format:"), self.format)
        form.addRow(self.tr("Your &email addresses:"), self.identities)
        form.addRow(identities_note)
        form.addRow(self.language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.trusted = TrustedIssuersBox(state, self)
        general = QWidget(self)
        general.setLayout(form)
        # Tabs, so the dialog fits a small screen (a wrapped explanation squeezed by its
        # neighbours would be drawn over them).
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Settings"))
        self.tabs.addTab(general, self.tr("General"))
        self.tabs.addTab(self.network, self.tr("Checking online"))
        self.tabs.addTab(self.trusted, self.tr("Trusted issuers"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self.trusted.apply()
        self.language.apply()
        super().accept()

    def values(self) -> dict[str, Any]:
        return {
            "auto_lock_minutes": self.auto_lock.value(),
            "presentation_format": self.format.currentData(),
            "network": self.network.choice().to_json(),
            "my_identities": [
                a.strip() for a in self.identities.toPlainText().splitlines() if a.strip()
            ][:50],
        }
