"""The page shown while no wallet is open: welcome (create or restore) or unlock.

Every slow step — creating (Argon2id), opening, unlocking, restoring — runs through
``ui.common.tasks``; the page shows a busy bar meanwhile and, on failure, one sentence that says
what happened and what to do (wrong passphrase, damaged vault, vault in use, vault too new).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.common.display import plain_label
from ui.common.language import LanguageBox
from ui.common.tasks import run_task
from ui.start.create_dialog import CreateWalletDialog
from ui.start.restore_dialog import RestoreDialog
from ui.window.session import VaultAccess
from ui.window.wallet_state import WalletState
from wallet.errors import (
    KeyringUnavailable,
    VaultChangedOutside,
    VaultCorrupted,
    VaultInUse,
    VaultTooNew,
    WalletError,
    WrongPassphrase,
)

__all__ = ["StartPage"]


class StartPage(QWidget):
    """``opened`` fires once the wallet is unlocked and handed to ``state``."""

    opened = Signal()
    review_requested = Signal()  # the advisor's review mode, which needs no wallet
    check_credentials = Signal()  # "Check someone's credentials": verifier mode, no wallet

    def __init__(self, access: VaultAccess, state: WalletState, parent: QWidget | None = None):
        super().__init__(parent)
        self.access = access
        self.state = state
        self.title = QLabel(self)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.title.setFont(font)
        self.open_another: Callable[[], None] | None = None  # the window's "Open another wallet…"
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._welcome_panel())
        self.stack.addWidget(self._unlock_panel())
        self.stack.addWidget(self._damaged_panel())
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Working"))
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column = QVBoxLayout()
        column.addStretch(2)
        column.addWidget(self.title)
        column.addSpacing(16)
        column.addWidget(self.stack)
        column.addWidget(self.busy)
        column.addWidget(self.message)
        # A button like the welcome panel's, not a flat one: flat, it read as a line of text
        # (new-user finding 10); a framed button draws its keyboard focus too.
        self.review_button = QPushButton(self.tr("Re&view a learner's portfolio…"), self)
        self.review_button.setAccessibleName(
            self.tr("Review a learner's portfolio, without a wallet")
        )
        self.review_button.setFixedWidth(self.check_button.maximumWidth())
        self.review_button.setToolTip(
            self.tr("For advisors and employers: no wallet of your own is needed")
        )
        self.review_button.clicked.connect(self.review_requested)
        column.addSpacing(12)
        column.addWidget(self.review_button, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(3)
        # Before any wallet is open, too (the window's QSettings: the machine's, not a wallet's).
        window = parent.window() if parent is not None else None
        self.language = LanguageBox(getattr(window, "settings", None), self, save_at_once=True)
        column.addWidget(self.language, 0, Qt.AlignmentFlag.AlignHCenter)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 2)
        outer.addStretch(1)

    # --- panels ---------------------------------------------------------------------------
    def _welcome_panel(self) -> QWidget:
        panel = QWidget(self)
        text = QLabel(
            self.tr(
                "Keep your certificates, badges and course records in one encrypted wallet on "
                "this computer, check they are genuine, and share the ones you choose."
            ),
            panel,
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.create_button = QPushButton(self.tr("&Create a new wallet…"), panel)
        self.create_button.setDefault(True)
        self.restore_button = QPushButton(self.tr("&Restore from a backup…"), panel)
        self.create_button.clicked.connect(self.ask_create)
        self.restore_button.clicked.connect(self.ask_restore)
        self.check_button = QPushButton(self.tr("Check &someone's credentials…"), panel)
        self.check_button.setAccessibleName(
            self.tr("Check someone's credentials, without a wallet")
        )
        self.check_button.setToolTip(
            self.tr("For employers and advisors: verify what a learner shows you; nothing is kept")
        )
        self.check_button.clicked.connect(self.check_credentials)
        layout = QVBoxLayout(panel)
        layout.addWidget(text)
        layout.addSpacing(12)
        # Buttons as wide as their longest label (plus room), centred: not the window's width.
        buttons = (self.create_button, self.restore_button, self.check_button)
        width = max(b.sizeHint().width() for b in buttons) + 48
        for button in buttons:
            if button is self.check_button:
                layout.addSpacing(12)
            button.setFixedWidth(max(width, 240))
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        return panel

    def _unlock_panel(self) -> QWidget:
        panel = QWidget(self)
        label = QLabel(self.tr("&Passphrase:"), panel)
        self.passphrase = QLineEdit(panel)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        label.setBuddy(self.passphrase)
        self.unlock_button = QPushButton(self.tr("&Unlock"), panel)
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock)
        self.passphrase.returnPressed.connect(self.unlock)
        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.unlock_button)
        layout = QVBoxLayout(panel)
        layout.addWidget(label)
        layout.addLayout(row)
        layout.addStretch(1)  # keep the label on its field when the welcome panel is taller
        return panel

    def _damaged_panel(self) -> QWidget:
        """A wallet that cannot be opened: where it is, and the two ways on from here."""
        panel = QWidget(self)
        self.damaged_text = plain_label(QLabel(panel))
        self.damaged_text.setWordWrap(True)
        self.damaged_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.damaged_path = plain_label(QLabel(panel))
        self.damaged_path.setWordWrap(True)
        self.damaged_path.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.damaged_path.setAccessibleName(self.tr("Where the wallet file is"))
        self.damaged_path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.restore_damaged_button = QPushButton(self.tr("&Restore from a backup…"), panel)
        self.restore_damaged_button.clicked.connect(self.ask_restore_damaged)
        self.open_another_button = QPushButton(self.tr("&Open another wallet…"), panel)
        self.open_another_button.clicked.connect(
            lambda: self.open_another() if self.open_another is not None else None
        )
        layout = QVBoxLayout(panel)
        layout.addWidget(self.damaged_text)
        layout.addWidget(self.damaged_path)
        layout.addSpacing(12)
        for button in (self.restore_damaged_button, self.open_another_button):
            button.setMinimumWidth(240)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        return panel

    def show_damaged(self, error: BaseException) -> None:
        self._working(False)
        self.title.setText(self.tr("This wallet cannot be opened"))
        self.damaged_text.setText(explain(error))
        self.damaged_path.setText(
            self.tr("The wallet file: %1").replace("%1", str(self.access.path))
        )
        self.stack.setCurrentIndex(2)
        self.message.clear()
        self.restore_damaged_button.setFocus()

    def ask_restore_damaged(self) -> None:
        """Restore a backup in the damaged wallet's place; the damaged file is kept beside it,
        renamed, never deleted (it may still hold what the backup does not)."""
        dialog = RestoreDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        path = self.access.path
        self.state.close()  # a wallet changed outside is open: let it go (background, first)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        kept = path.with_name(f"{path.name}.damaged-{stamp}")
        try:
            if path.exists():
                path.rename(kept)
        except OSError as exc:
            self.message.setText(explain(exc))
            return
        self.message.setText(self.tr("The damaged file is kept as %1.").replace("%1", str(kept)))
        self.restore(Path(dialog.path()), dialog.passphrase())

    # --- entry ----------------------------------------------------------------------------
    def start(self) -> None:
        """Show welcome when there is no vault yet, otherwise open it and ask to unlock."""
        self.message.clear()
        if not self.access.exists():
            self.title.setText(self.tr("Welcome to Learner Wallet"))
            self.stack.setCurrentIndex(0)
            self.create_button.setFocus()
            return
        self.title.setText(self.tr("Unlock your wallet"))
        self.stack.setCurrentIndex(1)
        if self.state.service is None:
            self._working(True)
            run_task(self, lambda _: self._open_and_try_keyring(), self._opened, self._failed)
        else:
            self._ready_for_passphrase()

    def _open_and_try_keyring(self) -> tuple[Any, bool]:
        service = self.access.open()
        try:
            unlocked = service.keyring_unavailable_reason() is None and bool(
                service.unlock_from_keyring()
            )
        except (KeyringUnavailable, WrongPassphrase):
            unlocked = False  # a stale or unreachable secret: ask for the passphrase
        return service, unlocked

    def _opened(self, result: tuple[Any, bool]) -> None:
        service, unlocked = result
        self.state.set_service(service)
        if unlocked:
            self._done()
        else:
            self._ready_for_passphrase()

    def _ready_for_passphrase(self) -> None:
        self._working(False)
        self.passphrase.setFocus()

    # --- actions --------------------------------------------------------------------------
    def unlock(self) -> None:
        passphrase = self.passphrase.text()
        service = self.state.service
        if not passphrase or service is None:
            return
        self._working(True, self.tr("Unlocking…"))
        run_task(self, lambda _: service.unlock(passphrase), lambda _: self._done(), self._failed)

    def ask_create(self) -> None:
        reason = self.access.keyring_reason()
        dialog = CreateWalletDialog(reason, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        passphrase, remember = dialog.passphrase(), dialog.wants_remember()
        self.create_wallet(passphrase, remember)

    def create_wallet(self, passphrase: str, remember: bool = False) -> None:
        """Create the vault (background) and open it."""
        access = self.access

        def work(_: object) -> Any:
            service = access.create(passphrase)
            if remember:
                service.remember_on_this_device(True)
            return service

        self._working(True, self.tr("Creating your wallet…"))
        run_task(self, work, self._created, self._failed)

    def ask_restore(self) -> None:
        dialog = RestoreDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.restore(Path(dialog.path()), dialog.passphrase())

    def restore(self, backup: Path, passphrase: str) -> None:
        """Make a wallet holding the backup, with the backup's passphrase. It is built beside the
        wallet's place and moved there only when complete: a failure leaves no wallet behind."""
        access = self.access
        self._working(True, self.tr("Restoring your wallet…"))
        run_task(
            self, lambda _: access.restore(backup, passphrase), self._created, self._restore_failed
        )

    def _restore_failed(self, error: BaseException) -> None:
        """The backup's own words: its passphrase, its file. Nothing was made (restore_new)."""
        if isinstance(error, WrongPassphrase):
            text = self.tr(
                "That passphrase does not unlock this backup. Check Caps Lock and try again."
            )
        elif isinstance(error, VaultCorrupted):
            text = self.tr("The backup file is damaged or is not a Learner Wallet backup: ") + str(
                error
            )
        else:
            self._failed(error)
            return
        self._working(False)
        self.message.setText(text + " " + self.tr("No wallet was made."))

    def _created(self, service: Any) -> None:
        self.state.set_service(service)
        self._done()

    def _done(self) -> None:
        self._working(False)
        self.passphrase.clear()
        self.state.after_unlock()
        self.opened.emit()

    def _failed(self, error: BaseException) -> None:
        self._working(False)
        cannot_open = isinstance(error, VaultCorrupted | VaultTooNew) and self.state.service is None
        if cannot_open or isinstance(error, VaultChangedOutside):
            self.show_damaged(error)  # no way through here: offer the ways on
            return
        self.message.setText(explain(error))
        if isinstance(error, WrongPassphrase):
            self.passphrase.selectAll()
            self.passphrase.setFocus()

    def _working(self, busy: bool, text: str = "") -> None:
        self.busy.setVisible(busy)
        self.stack.setEnabled(not busy)
        self.message.setText(text)


def explain(error: BaseException) -> str:
    """One sentence for a person, by error class (STYLE.md rule 4)."""
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate  # literal calls: what pyside6-lupdate reads

    if isinstance(error, WrongPassphrase):
        return translate(
            "StartPage",
            "That passphrase does not unlock this wallet. Check Caps Lock and try again.",
        )
    if isinstance(error, VaultInUse):
        return translate(
            "StartPage",
            "This wallet is open in another Learner Wallet window or program. Close it, "
            "then try again.",
        )
    if isinstance(error, VaultTooNew):
        return translate(
            "StartPage",
            "This wallet was made by a newer version of Learner Wallet. Update the app to open it.",
        )
    if isinstance(error, VaultCorrupted):
        return translate(
            "StartPage",
            "The wallet file is damaged and cannot be opened. Restore it from a backup.",
        ) + (f" ({error})")
    if isinstance(error, WalletError):
        return str(error)
    if isinstance(error, OSError):
        return translate("StartPage", "The file could not be read or written: ") + (
            error.strerror or str(error)
        )
    return translate("StartPage", "Something went wrong: ") + str(error)
