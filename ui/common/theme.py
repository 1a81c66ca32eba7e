"""The look: the system's own style and palette (light or dark), plus a few proportions.

No hard-coded colours outside ``ui.common.verdicts`` (whose chip hues have a light and a dark
variant chosen from the palette), so the app follows the system theme, high-contrast included.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

__all__ = ["apply_theme", "is_dark"]


def is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    if hints.colorScheme() == Qt.ColorScheme.Dark:
        return True
    return QGuiApplication.palette().window().color().lightness() < 128


def apply_theme(app: QApplication) -> None:
    """Use the platform style; Fusion where the platform offers none (offscreen, minimal)."""
    if app.platformName() in ("offscreen", "minimal") or not app.style().objectName():
        app.setStyle("Fusion")
