"""Start the desktop application: the Qt application, translations, theme, the main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from ui.common.mishaps import install_excepthook
from ui.common.theme import apply_theme
from ui.window.session import VaultAccess
from ui.window.shell import MainWindow
from wallet.resources import resource_path

__all__ = ["build_window", "run_app"]


def _install_translations(app: QApplication) -> None:
    """Qt's own strings and ours (``resources/translations/learner_wallet_<lang>.qm``)."""
    locale = QLocale.system()
    for name, folder in (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("learner_wallet", str(resource_path("translations"))),
    ):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)


def build_window(access: VaultAccess | None = None) -> MainWindow:
    """The main window, started (welcome or unlock). Needs a QApplication."""
    window = MainWindow(access or VaultAccess())
    window.start()
    return window


def run_app() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName("Learner Wallet")
    app.setApplicationName("Learner Wallet")
    app.setApplicationDisplayName("Learner Wallet")
    apply_theme(app)
    _install_translations(app)
    install_excepthook()
    window = build_window()
    window.show()
    return int(app.exec())
