"""Issue 13, "No dead ends" and "The command line, made consistent": another wallet, the Help
menu, ``learner-wallet --vault PATH`` opening the app, and one kind of message for each case."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, VECTORS
from tests.factories import Issuer, make_badge
from tests.ui.conftest import PASSPHRASE
from ui.window.help import bundled_licences
from wallet.cli import main
from wallet.service import WalletService
from wallet.vault.kdf import TEST_COST

TIMEOUT = 60_000


def test_open_another_wallet_closes_this_one_and_lists_it_as_recent(window, qtbot, tmp_path):
    window.imports.show_report = False
    window.start_page.create_wallet(PASSPHRASE)
    qtbot.waitUntil(lambda: window.state.is_unlocked, timeout=TIMEOUT)
    first = window.access.path
    other = tmp_path / "work.vault"
    window.wallets.open(other)
    qtbot.waitUntil(lambda: window.start_page.create_button.isVisible(), timeout=TIMEOUT)
    assert not window.state.is_unlocked and window.access.path == other
    window.start_page.create_wallet("another passphrase here")
    qtbot.waitUntil(lambda: window.state.is_unlocked, timeout=TIMEOUT)
    assert other.exists() and window.state.service.path == other
    assert window.wallets.recent()[:2] == [other, first]
    window.wallets._fill_recent()
    assert [a.text() for a in window.wallets.recent_menu.actions()] == [str(first)]
    # Back to the first: it asks for its passphrase.
    window.wallets.open(first)
    qtbot.waitUntil(lambda: window.start_page.stack.currentIndex() == 1, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: window.start_page.stack.isEnabled(), timeout=TIMEOUT)
    window.start_page.passphrase.setText(PASSPHRASE)
    window.start_page.unlock()
    qtbot.waitUntil(lambda: window.state.is_unlocked, timeout=TIMEOUT)
    assert window.state.service.path == first


def test_the_help_menu_has_about_shortcuts_and_where_the_data_is(window, qtbot) -> None:
    titles = [a.text() for a in window.help.menu.actions()]
    assert titles == ["&Keyboard shortcuts", "&Where is my data?", "&About Learner Wallet"]
    about = window.help.show_about()
    assert "Learner Wallet 0." in about.text() and "W3C Software and Document License" in (
        about.text()
    )
    assert ("contexts", ["W3C Software and Document License (LICENSE.md)"]) in [
        (folder, names[:1]) for folder, names in bundled_licences()
    ] or any(folder == "contexts" for folder, _ in bundled_licences())
    data = window.help.show_data()
    assert str(window.access.path) in data.text()
    shortcuts = window.help.show_shortcuts().text()
    assert "Ctrl+Shift+S" in shortcuts and "Share" in shortcuts
    for box in (about, data):
        box.close()


def test_learner_wallet_with_only_vault_opens_the_app_on_that_wallet(tmp_path: Path) -> None:
    vault = tmp_path / "mine.vault"
    WalletService.create(vault, PASSPHRASE, kdf_cost=TEST_COST).close()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "LEARNER_WALLET_SMOKE_TEST": "1",
        "XDG_RUNTIME_DIR": str(tmp_path / "run"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    (tmp_path / "run").mkdir(mode=0o700)
    done = subprocess.run(
        [sys.executable, "-m", "wallet.cli", "--vault", str(vault)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "window shown" in done.stdout


@pytest.fixture
def vault(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("LEARNER_WALLET_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("LEARNER_WALLET_BACKUP_PASSPHRASE", "the backup one")
    path = tmp_path / "w.vault"
    WalletService.create(path, PASSPHRASE, kdf_cost=TEST_COST).close()
    return path


def test_each_case_reads_the_same_kind_of_message(
    vault: Path, tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    missing_vault = tmp_path / "none.vault"
    assert main(["--vault", str(missing_vault), "list"]) == 2
    assert capsys.readouterr().err.strip() == (
        f"learner-wallet: no wallet at {missing_vault}: create one with `learner-wallet init`"
    )
    missing = str(tmp_path / "nothere.json")
    assert main(["verify", missing]) == 2
    said_by_verify = capsys.readouterr().err
    assert main(["--vault", str(vault), "import", missing]) == 2
    assert capsys.readouterr().err == said_by_verify == f"learner-wallet: {missing}: no such file\n"
    assert main(["--vault", str(vault), "restore", str(tmp_path / "no.bak")]) == 2
    assert "no.bak: no such file" in capsys.readouterr().err
    backup = tmp_path / "b.bak"
    assert main(["--vault", str(vault), "backup", str(backup)]) == 0
    wrote = capsys.readouterr().out.strip()
    assert wrote == f"wrote an encrypted backup of 0 credentials to {backup}"
    monkeypatch.setenv("LEARNER_WALLET_BACKUP_PASSPHRASE", "not the backup one")
    assert main(["backup", "--verify", str(backup)]) == 2
    assert "the backup passphrase is wrong" in capsys.readouterr().err


def test_import_reads_folders_recursively_like_verify(vault: Path, tmp_path: Path, capsys):
    folder = tmp_path / "inbox" / "deeper"
    folder.mkdir(parents=True)
    issuer = Issuer.from_seed(b"cli folder", "Folder College")
    (folder / "one").write_text(json.dumps(make_badge(issuer, 1)))
    (tmp_path / "inbox" / "two.txt").write_text(json.dumps(make_badge(issuer, 2)))
    (tmp_path / "inbox" / "ob2.png").write_bytes(
        (VECTORS / "ob2" / "validator-samples" / "simple-badge.png").read_bytes()
    )
    assert main(["--vault", str(vault), "import", str(tmp_path / "inbox")]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 3 and all(": imported as " in line for line in out)
    assert main(["verify", "--json", str(tmp_path / "inbox")]) == 1  # the OB 2.0 one is hosted
    verdicts = [json.loads(line)["verdict"] for line in capsys.readouterr().out.splitlines()]
    assert sorted(verdicts) == ["unverifiable", "valid", "valid"]
    assert main(["--vault", str(vault), "list"]) == 0
    listed = capsys.readouterr().out
    assert "Badge from example.org" in listed and " — \n" not in listed
    assert "1 credentials" not in listed


def test_a_damaged_wallet_is_restored_in_its_place_and_the_damaged_file_kept(
    window, qtbot, tmp_path
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui.start.restore_dialog import RestoreDialog

    source = tmp_path / "elsewhere"
    source.mkdir()
    issuer = Issuer.from_seed(b"damaged restore", "Backup College")
    with WalletService.create(source / "old.vault", "old one", kdf_cost=TEST_COST) as old:
        old.import_bytes(json.dumps(make_badge(issuer, 1)).encode())
        old.backup(source / "w.backup", "backup secret")
    damaged = window.access.path
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x07" * 400)
    window.start()
    page = window.start_page
    qtbot.waitUntil(lambda: page.stack.currentIndex() == 2, timeout=TIMEOUT)

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RestoreDialog):
            QTimer.singleShot(20, fill)
            return
        dialog.file.setText(str(source / "w.backup"))
        dialog.secret.setText("backup secret")
        dialog.accept()

    QTimer.singleShot(20, fill)
    page.restore_damaged_button.click()
    qtbot.waitUntil(lambda: window.state.is_unlocked, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: window.state.library.total() == 1, timeout=TIMEOUT)
    kept = [p for p in damaged.parent.iterdir() if p.name.startswith(damaged.name + ".damaged-")]
    assert len(kept) == 1 and kept[0].read_bytes().startswith(b"SQLite format 3\x00\x07")
    assert window.state.service.path == damaged
