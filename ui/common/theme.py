"""The look: the system's own style and palette (light or dark), plus a few proportions.

No hard-coded colours outside this module and ``ui.common.verdicts`` (whose chip hues have a
light and a dark variant chosen from the palette), so the app follows the system theme,
high-contrast included. Where the app picks the style itself (Fusion: offscreen, minimal, or no
platform style) it also picks the palette: Fusion's light one, or :func:`dark_palette` when the
system asks for dark. Both keep WCAG 2.x AA contrast (4.5:1) for the text roles the app uses
(``tests/ui/test_contrast.py``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

__all__ = ["apply_theme", "dark_palette", "is_dark", "light_palette"]


def is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    if hints.colorScheme() == Qt.ColorScheme.Dark:
        return True
    return QGuiApplication.palette().window().color().lightness() < 128


def light_palette() -> QPalette:
    """Fusion's own light palette, with the two roles it draws below 4.5:1 darkened: white on
    its selection blue (#308cc6, 3.7:1) and its half-transparent placeholder text (4.0:1)."""
    palette = QStyleFactory.create("Fusion").standardPalette()
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#1f6aa5"))  # 5.5:1 under white
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#646464"))  # 5.9:1 on white
    return palette


def dark_palette() -> QPalette:
    """A dark palette for Fusion: light grey text on near-black, a blue that white text reads on."""
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#202124"),
        (roles.WindowText, "#e8eaed"),
        (roles.Base, "#17181a"),
        (roles.AlternateBase, "#26282b"),
        (roles.Text, "#e8eaed"),
        (roles.PlaceholderText, "#9aa0a6"),
        (roles.Button, "#2d2f33"),
        (roles.ButtonText, "#e8eaed"),
        (roles.BrightText, "#ffffff"),
        (roles.Highlight, "#2f62b8"),
        (roles.HighlightedText, "#ffffff"),
        (roles.ToolTipBase, "#2d2f33"),
        (roles.ToolTipText, "#e8eaed"),
        (roles.Link, "#8ab4f8"),
        (roles.LinkVisited, "#c58af9"),
        (roles.Light, "#3c4043"),
        (roles.Midlight, "#34373b"),
        (roles.Mid, "#2a2c30"),
        (roles.Dark, "#111214"),
        (roles.Shadow, "#000000"),
    ):
        palette.setColor(role, QColor(colour))
    # Disabled text is exempt from WCAG's minimum (1.4.3), but must still be told apart.
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#80868b"))
    return palette


def apply_theme(app: QApplication) -> None:
    """Use the platform style; Fusion where the platform offers none (offscreen, minimal), with
    the light or dark palette the system asks for."""
    if app.platformName() in ("offscreen", "minimal") or not app.style().objectName():
        app.setStyle("Fusion")
        app.setPalette(dark_palette() if is_dark() else light_palette())
