"""File-menu commands on the wallet as a whole: back up, verify a backup, change the passphrase,
show the holder identity, settings. Dialogs collect on the GUI thread; Argon2id, writing and the
test restore run through ``ui.common.tasks`` with a progress dialog."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from ui.account.dialogs import BackupDialog, ChangePassphraseDialog, VerifyBackupDialog
from ui.account.identity import IdentityDialog
from ui.common.plurals import english
from ui.common.tasks import Task, run_task
from ui.settings.dialog import DEFAULTS, SettingsDialog
from ui.start.page import explain
from ui.window.wallet_state import WalletState
from wallet.present.holder import ServiceKeySlot, ensure_holder
from wallet.service import WalletService

__all__ = ["AccountCommands"]


def _now() -> datetime:
    return datetime.now(UTC)


class AccountCommands(QObject):
    """``settings_saved`` is called after new settings are stored (the window re-applies them)."""

    def __init__(self, state: WalletState, window: QWidget) -> None:
        super().__init__(window)
        self.state = state
        self.window = window
        self.settings_saved: Any = None

    # --- backups --------------------------------------------------------------------------
    def backup(self) -> None:
        service = self.state.service
        if service is None or not self.state.is_unlocked:
            return
        suggested = Path.home() / f"learner-wallet-{date.today():%Y-%m-%d}.lwbackup"
        dialog = BackupDialog(suggested, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        target, secret = dialog.target(), dialog.passphrase()

        def work(_: object) -> tuple[int, int]:
            written = service.backup(target, secret)
            return written, WalletService.verify_backup(target, secret)

        def done(counts: tuple[int, int]) -> None:
            written, restorable = counts
            text = english(
                self.tr("Wrote an encrypted backup of %n credential(s) to %1.", "", written),
                written,
            ).replace("%1", str(target))
            if restorable == written:
                text += " " + self.tr("It was checked: it opens and restores completely.")
            else:
                text += " " + self.tr("But the check found only %1: make it again.").replace(
                    "%1", str(restorable)
                )
            self._tell(self.tr("Backup written"), text)

        Task(self.window, work, done, self._failed).with_progress(
            self.tr("Writing the backup…")
        ).run()

    def verify_backup(self) -> None:
        dialog = VerifyBackupDialog(self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        source, secret = dialog.source(), dialog.passphrase()

        def done(count: int) -> None:
            text = english(
                self.tr("%1 opens with this passphrase and restores %n credential(s).", "", count),
                count,
            ).replace("%1", source.name)
            self._tell(self.tr("The backup is good"), text)

        Task(
            self.window, lambda _: WalletService.verify_backup(source, secret), done, self._failed
        ).with_progress(self.tr("Checking the backup…")).run()

    # --- passphrase and identity ----------------------------------------------------------
    def change_passphrase(self) -> None:
        """Ask for the current passphrase and the new one; in the background, check the current
        one (Argon2id at the vault's cost) and only then re-wrap the key."""
        service = self.state.service
        if service is None or not self.state.is_unlocked:
            return
        dialog = ChangePassphraseDialog(self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        current, new = dialog.current_passphrase(), dialog.passphrase()

        def work(_: object) -> bool:
            if not service.check_passphrase(current):
                return False  # nothing changed
            service.change_passphrase(new)
            return True

        def done(changed: bool) -> None:
            if not changed:
                QMessageBox.warning(
                    self.window,
                    self.tr("Passphrase not changed"),
                    self.tr(
                        "That is not the passphrase that unlocks this wallet now, so nothing "
                        "was changed. Check Caps Lock and try again."
                    ),
                )
                return
            self._tell(
                self.tr("Passphrase changed"),
                self.tr("Use the new passphrase the next time you unlock this wallet."),
            )

        Task(self.window, work, done, self._failed).with_progress(
            self.tr("Checking the current passphrase…")
        ).run()

    def show_identity(self) -> None:
        service = self.state.service
        if service is None or not self.state.is_unlocked:
            return

        def work(_: object) -> tuple[str, int]:
            ring = ensure_holder(ServiceKeySlot(service), _now)
            return ring.current.did, len(ring.keys) - 1

        def show(found: tuple[str, int]) -> None:
            IdentityDialog(found[0], found[1], self.window).exec()

        run_task(self.window, work, show, self._failed)

    # --- settings -------------------------------------------------------------------------
    def open_settings(self) -> None:
        service = self.state.service

        def read(_: object) -> dict[str, Any]:
            return {k: service.setting(k, v) for k, v in DEFAULTS.items()}

        run_task(self.window, read, self._show_settings, self._failed)

    def _show_settings(self, values: dict[str, Any]) -> None:
        dialog = SettingsDialog(values, self.window)
        if dialog.exec():
            chosen = dialog.values()

            def save(service: Any) -> None:
                for key, value in chosen.items():
                    service.set_setting(key, value)

            then = self.settings_saved
            self.state.call(save, lambda _: then() if then else None, refresh=False)

    # --- telling --------------------------------------------------------------------------
    def _tell(self, title: str, text: str) -> None:
        QMessageBox.information(self.window, title, text)

    def _failed(self, error: BaseException) -> None:
        QMessageBox.warning(self.window, self.tr("Learner Wallet"), explain(error))
