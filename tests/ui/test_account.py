"""File-menu commands on a real vault: a backup that restores, a wrong backup passphrase named as
such, a changed passphrase that is the only one that unlocks, and the holder DID to copy."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QMessageBox

from tests.ui.conftest import PASSPHRASE, open_with_samples
from ui.account.dialogs import BackupDialog, ChangePassphraseDialog, VerifyBackupDialog
from ui.account.identity import IdentityDialog
from wallet.present.holder import HolderKeyring
from wallet.service import WalletService

TIMEOUT = 60_000
BACKUP_SECRET = "harbour violet compass 77"


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """What the commands told the learner: ("info" | "warning", text)."""
    seen: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda _p, _t, text: seen.append(("info", text))
    )
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: seen.append(("warning", text)))
    return seen


def _answer(monkeypatch: pytest.MonkeyPatch, dialog_class: type, fill) -> None:
    """Make ``dialog_class.exec`` fill the dialog like a person would, then press OK."""

    def exec_(self) -> int:
        fill(self)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialog_class, "exec", exec_)


@pytest.fixture
def unlocked(window, qtbot):
    open_with_samples(window, qtbot, TIMEOUT)
    return window


def test_backup_is_written_checked_and_restores(unlocked, qtbot, told, monkeypatch, tmp_path):
    target = tmp_path / "my.lwbackup"

    def fill(dialog: BackupDialog) -> None:
        dialog.file.field.setText(str(target))
        dialog.fields.passphrase.setText(BACKUP_SECRET)
        dialog.fields.confirm.setText(BACKUP_SECRET + "x")
        assert not dialog.buttons.buttons()[0].isEnabled()  # confirmation differs: no OK
        dialog.fields.confirm.setText(BACKUP_SECRET)

    _answer(monkeypatch, BackupDialog, fill)
    unlocked.menu_actions.backup.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=TIMEOUT)
    kind, text = told[0]
    assert kind == "info" and "5 credentials" in text and "restores completely" in text
    assert WalletService.verify_backup(target, BACKUP_SECRET) == 5


def test_verify_backup_names_a_wrong_passphrase(unlocked, qtbot, told, monkeypatch, tmp_path):
    target = tmp_path / "b.lwbackup"
    unlocked.state.call(lambda s: s.backup(target, BACKUP_SECRET), refresh=False)
    qtbot.waitUntil(target.exists, timeout=TIMEOUT)

    def fill(dialog: VerifyBackupDialog) -> None:
        dialog.file.field.setText(str(target))
        dialog.secret.setText("not the one")

    _answer(monkeypatch, VerifyBackupDialog, fill)
    unlocked.menu_actions.verify_backup.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=TIMEOUT)
    assert told[0][0] == "warning" and "passphrase" in told[0][1].lower()
    told.clear()
    _answer(
        monkeypatch,
        VerifyBackupDialog,
        lambda d: (d.file.field.setText(str(target)), d.secret.setText(BACKUP_SECRET)),
    )
    unlocked.menu_actions.verify_backup.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=TIMEOUT)
    assert told[0] == ("info", "b.lwbackup opens with this passphrase and restores 5 credentials.")


def _fill_change(current: str, new: str):
    def fill(dialog: ChangePassphraseDialog) -> None:
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        dialog.fields.passphrase.setText(new)
        dialog.fields.confirm.setText(new)
        assert not ok.isEnabled()  # no current passphrase: no OK
        dialog.current.setText(current)
        assert ok.isEnabled()

    return fill


def test_a_wrong_current_passphrase_changes_nothing(unlocked, qtbot, told, monkeypatch):
    taken_over = "someone else's 2024"
    _answer(monkeypatch, ChangePassphraseDialog, _fill_change("a guess", taken_over))
    unlocked.menu_actions.passphrase.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=TIMEOUT)
    assert told[0][0] == "warning" and "nothing was changed" in told[0][1]
    unlocked.lock_now()
    page = unlocked.start_page
    qtbot.waitUntil(lambda: page.stack.isEnabled(), timeout=TIMEOUT)
    page.passphrase.setText(taken_over)
    page.unlock()
    qtbot.waitUntil(lambda: "does not unlock" in page.message.text(), timeout=TIMEOUT)
    page.passphrase.setText(PASSPHRASE)
    page.unlock()
    qtbot.waitUntil(lambda: unlocked.state.is_unlocked, timeout=TIMEOUT)


def test_changed_passphrase_is_the_only_one_that_unlocks(unlocked, qtbot, told, monkeypatch):
    new = "otter meadow kettle 19"
    _answer(monkeypatch, ChangePassphraseDialog, _fill_change(PASSPHRASE, new))
    unlocked.menu_actions.passphrase.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=TIMEOUT)
    assert told[0][0] == "info"
    unlocked.lock_now()
    page = unlocked.start_page
    qtbot.waitUntil(lambda: page.stack.isEnabled(), timeout=TIMEOUT)
    page.passphrase.setText(PASSPHRASE)
    page.unlock()
    qtbot.waitUntil(lambda: "does not unlock" in page.message.text(), timeout=TIMEOUT)
    page.passphrase.setText(new)
    page.unlock()
    qtbot.waitUntil(lambda: unlocked.state.is_unlocked, timeout=TIMEOUT)


def test_identity_shows_the_vaults_holder_did_and_copies_it(unlocked, qtbot, monkeypatch):
    shown: list[IdentityDialog] = []
    monkeypatch.setattr(IdentityDialog, "exec", lambda self: shown.append(self) or 0)
    unlocked.menu_actions.identity.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=TIMEOUT)
    record: list[bytes | None] = []
    unlocked.state.call(lambda s: record.append(s.holder_key("holder")), refresh=False)
    qtbot.waitUntil(lambda: bool(record), timeout=TIMEOUT)
    did = HolderKeyring.from_record(record[0] or b"").current.did
    dialog = shown[0]
    assert dialog.did == did and dialog.value.text().replace("\u200b", "") == did
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == did
