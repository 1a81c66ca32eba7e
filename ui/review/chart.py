"""The skills chart, painted with QPainter: one bar per skill (or framework), the valid evidence
in the verdict chips' "valid" colour, credentials that name it but do not count hatched beside
it. One painting function serves the widget and the PDF (:func:`paint_bars` onto any device).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QImage, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.common.verdicts import Chip, chip_colors
from wallet.review.report import Bar

__all__ = ["SkillsChart", "chart_image", "paint_bars"]

_ROW = 22.0


# pyside6-lupdate reads only literal translate("Context", "text") calls, not a wrapper.
translate = QCoreApplication.translate


_GAP = 6.0


def chart_height(count: int) -> float:
    return max(1, count) * (_ROW + _GAP) + 3 * _ROW


def paint_bars(painter: QPainter, area: QRectF, bars: Sequence[Bar], palette: QPalette) -> None:
    """Draw ``bars`` in ``area``: names on the left, bars scaled to the largest count."""
    text = palette.color(QPalette.ColorRole.WindowText)
    valid, _ = chip_colors(Chip.VALID, palette)
    valid = valid.darker(140) if valid.lightness() > 160 else valid.lighter(150)
    other = QColor(text)
    other.setAlpha(90)
    font = QFont(painter.font())
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    if not bars:
        painter.setPen(text)
        painter.drawText(
            area,
            int(Qt.AlignmentFlag.AlignCenter),
            translate("SkillsChart", "No credential names a skill."),
        )
        return
    label_width = min(
        area.width() * 0.42, max(metrics.horizontalAdvance(b.label) for b in bars) + 12
    )
    biggest = max(max(b.evidenced + b.unsupported for b in bars), 1)
    span = area.width() - label_width - 40
    y = area.top()
    for bar in bars:
        row = QRectF(area.left(), y, label_width - 8, _ROW)
        painter.setPen(text)
        label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, row.width())
        painter.drawText(
            row, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight), label
        )
        x = area.left() + label_width
        solid = span * bar.evidenced / biggest
        hatched = span * bar.unsupported / biggest
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(valid))
        painter.drawRect(QRectF(x, y + 3, solid, _ROW - 6))
        painter.setBrush(QBrush(other, Qt.BrushStyle.BDiagPattern))
        painter.setPen(QPen(other, 1))
        if hatched:
            painter.drawRect(QRectF(x + solid, y + 3, hatched, _ROW - 6))
        painter.setPen(text)
        count = f"{bar.evidenced}" + (f" + {bar.unsupported}" if bar.unsupported else "")
        painter.drawText(
            QRectF(x + solid + hatched + 6, y, 60, _ROW), int(Qt.AlignmentFlag.AlignVCenter), count
        )
        y += _ROW + _GAP
    legend = QRectF(area.left(), y + 4, area.width(), _ROW)
    painter.setBrush(QBrush(valid))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawRect(QRectF(legend.left() + label_width, legend.top() + 6, 12, 10))
    painter.setPen(text)
    painter.drawText(
        legend.adjusted(label_width + 18, 0, 0, 0),
        int(Qt.AlignmentFlag.AlignVCenter),
        translate("SkillsChart", "valid, about the learner"),
    )
    second = legend.translated(0, _ROW)
    painter.setBrush(QBrush(other, Qt.BrushStyle.BDiagPattern))
    painter.setPen(QPen(other, 1))
    painter.drawRect(QRectF(second.left() + label_width, second.top() + 6, 12, 10))
    painter.setPen(text)
    painter.drawText(
        second.adjusted(label_width + 18, 0, 0, 0),
        int(Qt.AlignmentFlag.AlignVCenter),
        translate(
            "SkillsChart",
            "named only by credentials that do not count (not valid, or someone else's)",
        ),
    )


def chart_image(bars: Sequence[Bar], width: int, palette: QPalette, scale: float = 2.0) -> QImage:
    """The chart as an image (for the PDF), ``scale`` device pixels per point."""
    height = chart_height(len(bars))
    image = QImage(int(width * scale), int(height * scale), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(scale, scale)
    light = QPalette(palette)
    light.setColor(QPalette.ColorRole.WindowText, QColor("#1b1b1b"))
    light.setColor(QPalette.ColorRole.Window, QColor("white"))
    paint_bars(painter, QRectF(4, 4, width - 8, height - 8), bars, light)
    painter.end()
    return image


class SkillsChart(QWidget):
    """The widget: ``set_bars`` and it repaints. Its accessible description lists the bars."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.setAccessibleName(self.tr("Skills chart"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    def set_bars(self, bars: Sequence[Bar]) -> None:
        self.bars = list(bars)
        self.setAccessibleDescription(
            "; ".join(f"{b.label}: {b.evidenced} valid, {b.unsupported} not counted" for b in bars)
        )
        self.setMinimumHeight(int(chart_height(len(self.bars))))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(480, int(chart_height(len(self.bars))))

    def paintEvent(self, event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_bars(painter, QRectF(self.rect()).adjusted(4, 4, -4, -4), self.bars, self.palette())
        painter.end()
