"""Which wallet the window has open, and switching to another (issue 13, "No dead ends").

File > "Open another wallet…" chooses a vault file (or a new place for one) and the window locks
and closes the one it has, then opens the other: the start page asks for its passphrase, or
offers to create one there. The last few opened are listed under "Recent wallets" (their paths
only, in the window's ``QSettings``: nothing private).

One window per wallet is kept by a lock on each vault (``wallet.vault.lock``): a wallet another
window has open is refused there with its own sentence.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from ui.common.display import menu_text

__all__ = ["RECENT_KEY", "WalletSwitcher"]

RECENT_KEY = "wallets/recent"
MAX_RECENT = 6


class WalletSwitcher(QObject):
    """``switch(path)`` is the window's: it closes the open wallet and opens ``path``."""

    def __init__(
        self,
        window: QWidget,
        settings: QSettings,
        current: Callable[[], Path],
        switch: Callable[[Path], None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.current = current
        self.switch = switch
        self.open_action = QAction(self.tr("Open &another wallet…"), window)
        self.open_action.setToolTip(self.tr("Close this wallet and open, or create, another one"))
        self.open_action.triggered.connect(self.choose)
        self.recent_menu = QMenu(self.tr("&Recent wallets"), window)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.remember(current())

    def install(self, files: QMenu) -> None:
        """Put "Open another wallet…" and "Recent wallets" at the top of the File menu."""
        actions = files.actions()
        if not actions:
            files.addAction(self.open_action)
            files.addMenu(self.recent_menu)
            return
        first = actions[0]
        files.insertAction(first, self.open_action)
        files.insertMenu(first, self.recent_menu)
        files.insertSeparator(first)

    def recent(self) -> list[Path]:
        value = self.settings.value(RECENT_KEY, [])
        items: list[object] = (
            [value] if isinstance(value, str) else list(value) if isinstance(value, list) else []
        )
        return [Path(p) for p in items if isinstance(p, str) and p]

    def remember(self, path: Path) -> None:
        listed = [path, *(p for p in self.recent() if p != path)][:MAX_RECENT]
        self.settings.setValue(RECENT_KEY, [str(p) for p in listed])

    def choose(self) -> None:
        start = str(self.current().parent)
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Open another wallet"),
            start,
            self.tr("Learner Wallet vaults (*.vault);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.open(Path(path))

    def open(self, path: Path) -> None:
        if path == self.current():
            return
        self.remember(path)
        self.switch(path)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        others = [p for p in self.recent() if p != self.current()]
        for path in others:
            action = self.recent_menu.addAction(menu_text(str(path), 120))
            action.triggered.connect(partial(self.open, path))
        if not others:
            none = self.recent_menu.addAction(self.tr("No other wallet opened yet"))
            none.setEnabled(False)
