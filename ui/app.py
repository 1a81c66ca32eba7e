"""Start the desktop application: the Qt application, translations, theme, the main window.

One window per wallet (:mod:`ui.incoming.instance`): a launch that finds the window already open
hands it its files and links and exits. ``LEARNER_WALLET_SMOKE_TEST=1`` makes the app quit as
soon as its first window is shown, printing ``learner-wallet: window shown ...`` (the bundle
test and the start-up benchmark read it); ``LEARNER_WALLET_DEBUG=1`` logs to standard error.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ui.common.language import install_translations
from ui.common.mishaps import install_excepthook
from ui.common.theme import apply_theme
from ui.incoming.instance import Role, SingleInstance
from ui.incoming.router import FileOpenEvents
from ui.window.session import VaultAccess
from ui.window.shell import MainWindow
from wallet.handoff import Handoff
from wallet.resources import resource_path

__all__ = ["app_icon", "build_window", "run_app"]

DESKTOP_NAME = "learner-wallet"  # the .desktop entry and the icon (resources/desktop/)


def app_icon() -> QIcon:
    """The app's icon at every size it ships (``resources/icons/hicolor``)."""
    icon = QIcon()
    for png in sorted(resource_path("icons", "hicolor").glob(f"*/apps/{DESKTOP_NAME}.png")):
        icon.addFile(str(png))
    return icon


def build_window(access: VaultAccess | None = None) -> MainWindow:
    """The main window, started (welcome or unlock). Needs a QApplication."""
    window = MainWindow(access or VaultAccess())
    window.start()
    return window


def _smoke_test(app: QApplication, window: MainWindow) -> None:
    """Runs once the event loop has shown the window: say so, and quit."""
    how = "bundled" if getattr(sys, "frozen", False) else "from source"
    if window.isVisible():
        print(f"learner-wallet: window shown: {window.windowTitle()} ({how})", flush=True)
        app.exit(0)
    else:
        print("learner-wallet: the window was not shown", flush=True)
        app.exit(1)


def run_app(vault: Path | None = None, handoff: Handoff | None = None) -> int:
    """Open the window for ``vault`` (default: the user's) and deliver ``handoff`` to it, or
    hand it to the window already open for that vault. Returns the exit status."""
    if os.environ.get("LEARNER_WALLET_DEBUG"):
        logging.basicConfig(level=logging.INFO, format="learner-wallet: %(name)s: %(message)s")
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName("Learner Wallet")
    app.setApplicationName("Learner Wallet")
    app.setApplicationDisplayName("Learner Wallet")
    app.setDesktopFileName(DESKTOP_NAME)  # Wayland matches the window to the .desktop entry
    app.setWindowIcon(app_icon())
    access = VaultAccess(vault) if vault is not None else VaultAccess()
    handoff = handoff or Handoff()
    instance = SingleInstance(access.path, app)
    role = instance.start(handoff)
    if role is Role.HANDED:
        print("learner-wallet: handed to the Learner Wallet window already open", flush=True)
        return 0
    if role is Role.UNANSWERED:
        print(f"learner-wallet: {instance.reason}", file=sys.stderr)
        return 2
    apply_theme(app)
    install_translations(app)  # the system's language, or the one chosen in Settings
    install_excepthook()
    window = build_window(access)
    instance.received.connect(window.incoming.deliver)
    app.installEventFilter(FileOpenEvents(window.incoming))
    window.show()
    window.incoming.deliver(handoff)
    if os.environ.get("LEARNER_WALLET_SMOKE_TEST") == "1":
        QTimer.singleShot(0, lambda: _smoke_test(app, window))
    return int(app.exec())
