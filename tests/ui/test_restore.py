"""Restore from the welcome page: a wrong backup passphrase or a damaged backup is named and
leaves no wallet (nor any other file) behind; the right one opens the restored wallet."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.factories import make_badges
from tests.ui.conftest import MemoryKeyring
from wallet.service import ImportItem, WalletService
from wallet.vault.kdf import TEST_COST

TIMEOUT = 60_000
BACKUP_SECRET = "harbour violet compass 77"


@pytest.fixture
def backup(tmp_path: Path) -> Path:
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    options = {"kdf_cost": TEST_COST, "keyring": MemoryKeyring(), "workers": 1}
    with WalletService.create(folder / "old.vault", "old passphrase", **options) as svc:
        svc.import_many([ImportItem(f"b{i}", b) for i, b in enumerate(make_badges(3))])
        svc.backup(folder / "w.lwbackup", BACKUP_SECRET)
    return folder / "w.lwbackup"


def _beside(window) -> list[str]:
    folder = window.start_page.access.path.parent
    return sorted(p.name for p in folder.iterdir() if p.is_file() and p.name != "ui.ini")


def test_failed_restores_leave_nothing_and_a_good_one_opens(window, qtbot, backup, tmp_path):
    page = window.start_page
    assert page.stack.currentIndex() == 0  # welcome: no wallet yet
    page.restore(backup, "not the backup's passphrase")
    qtbot.waitUntil(lambda: "does not unlock this backup" in page.message.text(), timeout=TIMEOUT)
    assert not window.start_page.access.exists() and _beside(window) == []

    damaged = tmp_path / "damaged.lwbackup"
    data = bytearray(backup.read_bytes())
    data[-20] ^= 0x01
    damaged.write_bytes(bytes(data))
    page.restore(damaged, BACKUP_SECRET)
    qtbot.waitUntil(lambda: "backup file is damaged" in page.message.text(), timeout=TIMEOUT)
    assert not window.start_page.access.exists() and _beside(window) == ["damaged.lwbackup"]

    page.restore(backup, BACKUP_SECRET)
    qtbot.waitUntil(lambda: window.state.is_unlocked, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: window.state.library.total() == 3, timeout=TIMEOUT)
    assert window.start_page.access.exists()
    assert not [name for name in _beside(window) if name.startswith(".")]
