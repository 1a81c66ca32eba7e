"""Paints one credential as a card (grid) or a row (list): badge, name, issuer, date, chip.

Painting reads only the row's summary and the image cache, so scrolling 10,000 rows costs what
is on screen and nothing more.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ui.common.verdicts import Chip, chip_colors, chip_for, chip_label
from ui.library.images import ImageCache, placeholder
from ui.library.model import SUMMARY_ROLE

__all__ = ["CARD_SIZE", "CredentialDelegate", "paint_chip"]

CARD_SIZE = QSize(208, 232)
ROW_HEIGHT = 60
_Index = QModelIndex | QPersistentModelIndex


def paint_chip(painter: QPainter, rect: QRect, chip: Chip, palette: QPalette) -> int:
    """Paint a rounded verdict chip whose left edge is ``rect.left()``; returns its width."""
    font = QFont(painter.font())
    font.setPointSizeF(max(font.pointSizeF() * 0.85, 7.0))
    font.setBold(True)
    metrics = QFontMetrics(font)
    label = chip_label(chip)
    width = metrics.horizontalAdvance(label) + 16
    height = metrics.height() + 4
    box = QRectF(rect.left(), rect.top() + (rect.height() - height) / 2, width, height)
    background, text = chip_colors(chip, palette)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(background)
    painter.drawRoundedRect(box, height / 2, height / 2)
    painter.setPen(text)
    painter.setFont(font)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
    painter.restore()
    return width


class CredentialDelegate(QStyledItemDelegate):
    """``cards=True`` paints grid cards, otherwise list rows."""

    def __init__(self, images: ImageCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.images = images
        self.cards = True
        self._placeholders: dict[tuple[str, int], QPixmap] = {}

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        return CARD_SIZE if self.cards else QSize(option.rect.width(), ROW_HEIGHT)

    def _badge(self, summary: Any, size: int) -> QPixmap:
        pixmap = self.images.pixmap(summary.image_hash)
        if pixmap is not None:
            return pixmap
        key = (summary.issuer_name + "\0" + summary.name[:1], size)
        if key not in self._placeholders:
            if len(self._placeholders) > 512:
                self._placeholders.clear()
            self._placeholders[key] = placeholder(summary.name, summary.issuer_name, size)
        return self._placeholders[key]

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        summary = index.data(SUMMARY_ROLE)
        if summary is None:
            return
        palette = option.palette
        rect: QRect = option.rect
        state = option.state
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        frame = QRectF(rect.adjusted(4, 4, -4, -4))
        selected = bool(state & QStyle.StateFlag.State_Selected)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.setBrush(
            palette.color(QPalette.ColorRole.Highlight)
            if selected
            else palette.color(QPalette.ColorRole.Base)
        )
        painter.drawRoundedRect(frame, 8, 8)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        if state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(palette.color(QPalette.ColorRole.Highlight).darker(140))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(frame.adjusted(1, 1, -1, -1), 7, 7)
        chip = chip_for(summary.verdict)
        issued = (summary.issued or "")[:10]
        if self.cards:
            self._paint_card(painter, frame.toRect(), summary, chip, issued, palette, text_role)
        else:
            self._paint_row(painter, frame.toRect(), summary, chip, issued, palette, text_role)
        painter.restore()

    def _paint_card(
        self,
        painter: QPainter,
        r: QRect,
        summary: Any,
        chip: Chip,
        issued: str,
        palette: QPalette,
        text_role: QPalette.ColorRole,
    ) -> None:
        size = 88
        painter.drawPixmap(
            QRect(r.center().x() - size // 2, r.top() + 12, size, size), self._badge(summary, size)
        )
        text_rect = QRect(r.left() + 10, r.top() + 108, r.width() - 20, 40)
        bold = QFont(painter.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(palette.color(text_role))
        name = _elide_lines(summary.name, QFontMetrics(bold), text_rect.width(), 2)
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, name)
        painter.setFont(QFont(option_font(painter)))
        metrics = QFontMetrics(painter.font())
        muted = palette.color(text_role)
        muted.setAlpha(170)
        painter.setPen(muted)
        issuer = metrics.elidedText(
            summary.issuer_name, Qt.TextElideMode.ElideRight, r.width() - 20
        )
        painter.drawText(
            QRect(r.left() + 10, r.top() + 150, r.width() - 20, metrics.height()),
            Qt.AlignmentFlag.AlignHCenter,
            issuer,
        )
        chip_row = QRect(r.left() + 10, r.bottom() - 32, r.width() - 20, 24)
        painter.drawText(
            chip_row, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, issued
        )
        paint_chip(painter, chip_row, chip, palette)

    def _paint_row(
        self,
        painter: QPainter,
        r: QRect,
        summary: Any,
        chip: Chip,
        issued: str,
        palette: QPalette,
        text_role: QPalette.ColorRole,
    ) -> None:
        size = r.height() - 12
        painter.drawPixmap(QRect(r.left() + 8, r.top() + 6, size, size), self._badge(summary, size))
        left = r.left() + size + 20
        right_width = 250
        width = max(r.width() - (left - r.left()) - right_width, 60)
        bold = QFont(painter.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        painter.setFont(bold)
        painter.setPen(palette.color(text_role))
        half = r.height() // 2
        painter.drawText(
            QRect(left, r.top() + 4, width, half - 4),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
            metrics.elidedText(summary.name, Qt.TextElideMode.ElideRight, width),
        )
        painter.setFont(option_font(painter))
        muted = palette.color(text_role)
        muted.setAlpha(170)
        painter.setPen(muted)
        plain = QFontMetrics(painter.font())
        detail = summary.issuer_name
        if summary.achievement_type:
            detail += " · " + summary.achievement_type
        painter.drawText(
            QRect(left, r.top() + half, width, half - 4),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            plain.elidedText(detail, Qt.TextElideMode.ElideRight, width),
        )
        side = QRect(r.right() - right_width, r.top(), right_width - 10, r.height())
        painter.drawText(
            side.adjusted(0, 0, -110, 0),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            issued,
        )
        paint_chip(
            painter, QRect(side.right() - 100, side.top(), 100, side.height()), chip, palette
        )


def option_font(painter: QPainter) -> QFont:
    font = QFont(painter.font())
    font.setBold(False)
    return font


def _elide_lines(text: str, metrics: QFontMetrics, width: int, lines: int) -> str:
    """Wrap ``text`` into at most ``lines`` lines of ``width`` pixels, eliding the last."""
    words = text.split()
    out: list[str] = []
    current = ""
    for i, word in enumerate(words):
        trial = f"{current} {word}".strip()
        if metrics.horizontalAdvance(trial) <= width or not current:
            current = trial
            continue
        out.append(current)
        current = word
        if len(out) == lines - 1:
            current = " ".join(words[i:])
            break
    out.append(metrics.elidedText(current, Qt.TextElideMode.ElideRight, width))
    return "\n".join(out[:lines])
