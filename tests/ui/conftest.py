"""Fixtures for driving the app with pytest-qt: a real vault on a temporary path with a cheap
Argon2id cost (STYLE.md rule 7), an in-memory keyring, and isolated window settings."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from ui.common.tasks import wait_for_tasks
from ui.window.session import VaultAccess
from ui.window.shell import MainWindow
from wallet.vault.kdf import TEST_COST

PASSPHRASE = "correct horse battery staple"


class MemoryKeyring:
    """A keyring that works (or, with ``reason``, says why it cannot)."""

    def __init__(self, reason: str | None = None) -> None:
        self.reason = reason
        self.secrets: dict[str, bytes] = {}

    def unavailable_reason(self) -> str | None:
        return self.reason

    def store(self, account: str, secret: bytes) -> None:
        self.secrets[account] = secret

    def load(self, account: str) -> bytes | None:
        return self.secrets.get(account)

    def forget(self, account: str) -> None:
        self.secrets.pop(account, None)


@pytest.fixture
def keyring() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def access(tmp_path: Path, keyring: MemoryKeyring) -> VaultAccess:
    return VaultAccess(
        tmp_path / "wallet.vault",
        {"kdf_cost": TEST_COST, "keyring": keyring, "workers": 1},
    )


@pytest.fixture
def window(qtbot, access: VaultAccess, tmp_path: Path) -> Iterator[MainWindow]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    win = MainWindow(access, settings)
    qtbot.addWidget(win)
    win.resize(1100, 720)
    win.show()
    win.start()
    yield win
    win.close()
    wait_for_tasks()


SAMPLES = 5  # the shipped demo credentials


def open_with_samples(window: MainWindow, qtbot: Any, timeout: int = 60_000) -> None:
    """A new wallet in ``window``, unlocked, with the shipped samples imported (no report)."""
    window.imports.show_report = False
    window.start_page.create_wallet(PASSPHRASE)
    qtbot.waitUntil(lambda: window.state.is_unlocked, timeout=timeout)
    window.imports.add_samples()
    qtbot.waitUntil(lambda: window.state.library.total() == SAMPLES, timeout=timeout)
