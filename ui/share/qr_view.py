"""A QR code drawn large and crisp on screen, for a verifier's phone to scan.

Whole pixels per module (never fewer than 4, the least phone scanners read reliably, as
``wallet.present.qr`` says), black on white whatever the palette — a dark-mode inverted code does
not scan — and the 4-module quiet zone ISO/IEC 18004 asks for. Where the window leaves too little
room for 4 px a module (a dense code in a dialog on a 1366×768 laptop), no code is drawn at all,
only the sentence to press F11 for interview mode: a code too fine to scan would only fail.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from wallet.present.qr import MIN_MODULE_PX, QUIET_ZONE, QrCode, module_px_for

# The least room the view asks of its dialog, so the dialog fits any screen; a code that needs
# more than it gets says so instead of being drawn too small.
_MINIMUM_SIDE = 240

__all__ = ["QrView"]


class QrView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code: QrCode | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("QR code"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_code(self, code: QrCode | None) -> None:
        self.code = code
        if code is not None:
            side = min(self.minimum_side(code), _MINIMUM_SIDE)
            self.setMinimumSize(side, side)
            self.setAccessibleDescription(
                self.tr("QR code version %1 with %2 modules a side")
                .replace("%1", str(code.version))
                .replace("%2", str(code.size))
            )
        self.update()

    @staticmethod
    def minimum_side(code: QrCode) -> int:
        return (code.size + 2 * QUIET_ZONE) * MIN_MODULE_PX

    def module_px(self) -> int:
        """Pixels per module at the current size: 0 when there is no code or no room for
        :data:`MIN_MODULE_PX`."""
        if self.code is None:
            return 0
        return module_px_for(self.code, min(self.width(), self.height()))

    def sizeHint(self) -> QSize:
        if self.code is None:
            return QSize(240, 240)
        side = (self.code.size + 2 * QUIET_ZONE) * 8
        return QSize(min(side, 640), min(side, 640))

    def paintEvent(self, event: QPaintEvent) -> None:
        code = self.code
        if code is None:
            return
        px = self.module_px()
        painter = QPainter(self)
        if px == 0:
            painter.drawText(
                self.rect().adjusted(24, 24, -24, -24),
                int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                self.tr(
                    "This code is too dense to scan at this size. Press F11 to show it full screen."
                ),
            )
            painter.end()
            return
        side = (code.size + 2 * QUIET_ZONE) * px
        left, top = (self.width() - side) // 2, (self.height() - side) // 2
        painter.fillRect(QRect(left, top, side, side), QColor("#ffffff"))
        black = QColor("#000000")
        origin = QUIET_ZONE * px
        for y, start, end in code.dark_runs():
            painter.fillRect(
                left + origin + start * px, top + origin + y * px, (end - start) * px, px, black
            )
        painter.end()
