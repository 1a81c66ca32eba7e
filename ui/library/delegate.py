"""Paints one credential as a card (grid) or a row (list): badge, name, issuer, date, chip.

Painting reads only the row's summary and the image cache, so scrolling 10,000 rows costs what
is on screen and nothing more.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ui.common.verdicts import Chip, chip_colors, chip_for, chip_label
from ui.library.images import ImageCache, placeholder
from ui.library.model import SHOWN_ROLE, SUMMARY_ROLE, Shown

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

    def _badge(self, summary: Any, shown: Shown, size: int) -> QPixmap | None:
        """The credential's picture; ``None`` while it is being decoded (nothing is painted
        then: a letter avatar stands only for a credential that has no picture at all)."""
        if summary.image_hash:
            pixmap = self.images.pixmap(summary.image_hash)
            if pixmap is not None or self.images.pending(summary.image_hash):
                return pixmap
        key = (shown.issuer + "\0" + shown.name[:1], size)
        if key not in self._placeholders:
            if len(self._placeholders) > 512:
                self._placeholders.clear()
            self._placeholders[key] = placeholder(shown.name, shown.issuer, size)
        return self._placeholders[key]

    @staticmethod
    def _draw_badge(painter: QPainter, box: QRect, pixmap: QPixmap | None) -> None:
        """Centred in ``box``, its aspect ratio kept (badges are not all square)."""
        if pixmap is None or pixmap.isNull():
            return
        scaled = pixmap.size().scaled(box.size(), Qt.AspectRatioMode.KeepAspectRatio)
        target = QRect(0, 0, scaled.width(), scaled.height())
        target.moveCenter(box.center())
        painter.drawPixmap(target, pixmap)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        summary = index.data(SUMMARY_ROLE)
        shown = index.data(SHOWN_ROLE)
        if summary is None or shown is None:
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
        if self.cards:
            self._paint_card(painter, frame.toRect(), summary, shown, chip, palette, text_role)
        else:
            self._paint_row(painter, frame.toRect(), summary, shown, chip, palette, text_role)
        painter.restore()

    def _paint_card(
        self,
        painter: QPainter,
        r: QRect,
        summary: Any,
        shown: Shown,
        chip: Chip,
        palette: QPalette,
        text_role: QPalette.ColorRole,
    ) -> None:
        size = 84
        box = QRect(r.center().x() - size // 2, r.top() + 10, size, size)
        self._draw_badge(painter, box, self._badge(summary, shown, size))
        text_rect = QRect(r.left() + 10, r.top() + 100, r.width() - 20, 40)
        bold = QFont(painter.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(palette.color(text_role))
        name = _elide_lines(shown.name, QFontMetrics(bold), text_rect.width(), 2)
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, name)
        painter.setFont(QFont(option_font(painter)))
        metrics = QFontMetrics(painter.font())
        muted = palette.color(text_role)
        muted.setAlpha(170)
        painter.setPen(muted)
        width = r.width() - 20
        for offset, text in ((142, shown.issuer), (142 + metrics.height(), shown.recipient)):
            if text:
                painter.drawText(
                    QRect(r.left() + 10, r.top() + offset, width, metrics.height()),
                    Qt.AlignmentFlag.AlignHCenter,
                    metrics.elidedText(text, Qt.TextElideMode.ElideRight, width),
                )
        if shown.caveat:
            painter.setPen(_warning(palette))
            painter.drawText(
                QRect(r.left() + 10, r.bottom() - 32 - metrics.height(), width, metrics.height()),
                Qt.AlignmentFlag.AlignHCenter,
                metrics.elidedText("⚠ " + shown.caveat, Qt.TextElideMode.ElideRight, width),
            )
            painter.setPen(muted)
        chip_row = QRect(r.left() + 10, r.bottom() - 30, r.width() - 20, 24)
        painter.drawText(
            chip_row, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, shown.issued
        )
        paint_chip(painter, chip_row, chip, palette)

    def _paint_row(
        self,
        painter: QPainter,
        r: QRect,
        summary: Any,
        shown: Shown,
        chip: Chip,
        palette: QPalette,
        text_role: QPalette.ColorRole,
    ) -> None:
        size = r.height() - 12
        box = QRect(r.left() + 8, r.top() + 6, size, size)
        self._draw_badge(painter, box, self._badge(summary, shown, size))
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
            metrics.elidedText(shown.name, Qt.TextElideMode.ElideRight, width),
        )
        painter.setFont(option_font(painter))
        muted = palette.color(text_role)
        muted.setAlpha(170)
        painter.setPen(muted)
        plain = QFontMetrics(painter.font())
        detail = " · ".join(
            t for t in (shown.issuer, summary.achievement_type or "", shown.recipient) if t
        )
        if shown.caveat:
            painter.setPen(_warning(palette))
            detail = "⚠ " + shown.caveat + (" · " + detail if detail else "")
        painter.drawText(
            QRect(left, r.top() + half, width, half - 4),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            plain.elidedText(detail, Qt.TextElideMode.ElideRight, width),
        )
        painter.setPen(muted)
        side = QRect(r.right() - right_width, r.top(), right_width - 10, r.height())
        painter.drawText(
            side.adjusted(0, 0, -110, 0),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            shown.issued,
        )
        paint_chip(
            painter, QRect(side.right() - 100, side.top(), 100, side.height()), chip, palette
        )


def _warning(palette: QPalette) -> QColor:
    """A readable warning colour on this palette (dark amber on light, light amber on dark)."""
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return QColor("#f0c060" if dark else "#8a4b00")


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
