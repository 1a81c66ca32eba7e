"""The PDF evidence pack, drawn with Qt's PDF writer (QTextDocument → QPdfWriter).

A cover page lists the credentials; then one page per credential (a long one flows on): what it
says, its QR code sized for paper, and its verification report with the time it was made
(:mod:`ui.export.evidence_html` writes the markup). The original credential files and the signed
presentation are then attached (:mod:`wallet.present.pdf_attachments`) so the pack can be
verified by software, not just read.

The document is laid out on the PDF writer itself, one QTextDocument page per PDF page, and each
page is painted here with a footer ("Evidence pack · page 2 of 6"), rather than by
``QTextDocument.print_``, which clones the document and adds its own 2 cm margins on top of the
page layout's. Lengths in the markup are CSS pixels at Qt's default DPI, which Qt scales to the
writer, so a QR code printed "100 mm" wide is 100 mm on paper.

Runs on the GUI thread (the app) or the command line's only thread: QTextDocument and QPdfWriter
are Qt objects, and one built in a worker holding the GIL can deadlock with the GUI thread (see
ui/library/images.py). Needs a QGuiApplication, which :func:`write_evidence_pack_offscreen`
creates for command-line use.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QRectF,
    QSizeF,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from ui.export.evidence_html import CSS, attachment_name, pack_html
from ui.library.images import decode_image
from wallet.present.evidence import EvidenceItem
from wallet.present.pdf_attachments import attach_files
from wallet.present.qr import QUIET_ZONE, QrCode

__all__ = ["attachment_name", "evidence_pack_pdf", "write_evidence_pack_offscreen"]

_RESOLUTION = 300
_MARGIN_MM = 18.0
_FOOTER_MM = 8.0
_QR_MODULE_PX = 4
_BADGE_PX = 512  # the 26 mm badge at 300 dpi is 307 px: drawn no larger than it prints


def _default_dpi() -> float:
    """The DPI Qt reads markup lengths in (qt_defaultDpiY in qfont.cpp), which it scales to the
    writer's 300 dpi when laying out on it."""
    app = QCoreApplication.instance()
    if app is not None and app.testAttribute(Qt.ApplicationAttribute.AA_Use96Dpi):
        return 96.0
    screen = QGuiApplication.primaryScreen()
    return float(round(screen.logicalDotsPerInchY())) if screen is not None else 100.0


def _add_image(document: QTextDocument, name: str, data: bytes) -> None:
    # Through the library's decoder, never QImage.fromData: Qt would draw a baked SVG with the
    # local files it names (the learner's photo printed into the pack they send) and every
    # <use> it multiplies (attack-files F3); the decoder draws only a cleaned, bounded picture.
    image = decode_image(data, _BADGE_PX)
    if image is not None:  # an unreadable badge image is left out; the text says enough
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)


def _code_image(code: QrCode) -> QImage:
    """The code with its quiet zone, 8-bit grey (Qt's PDF engine writes 1-bit images as stencil
    masks that poppler leaves blank), ``_QR_MODULE_PX`` pixels a module so that no viewer's
    scaling blurs a module edge into its neighbour."""
    side = code.size + 2 * QUIET_ZONE
    light = b"\xff" * QUIET_ZONE
    rows = [b"\xff" * side] * QUIET_ZONE
    rows += [light + bytes(0 if dark else 255 for dark in row) + light for row in code.modules]
    rows += [b"\xff" * side] * QUIET_ZONE
    data = b"".join(rows)  # QImage borrows this buffer: keep it alive until scaled() copies it
    small = QImage(data, side, side, side, QImage.Format.Format_Grayscale8)
    scaled = side * _QR_MODULE_PX
    return small.scaled(
        scaled,
        scaled,
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.FastTransformation,  # nearest neighbour: crisp modules
    )


def _paint(writer: QPdfWriter, document: QTextDocument, scale: float) -> None:
    """Every page of ``document`` (laid out in markup pixels, ``scale`` device pixels each),
    with a page-numbered footer in the space below it."""
    page = document.pageSize()
    count = document.pageCount()
    layout = document.documentLayout()
    painter = QPainter(writer)
    # Without this hint Qt's PDF engine stores images as JPEG: blurred QR modules, ~250 KB each.
    painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering)
    font = QFont("DejaVu Sans")
    font.setPointSizeF(7.5)
    bottom = writer.pageLayout().paintRectPixels(writer.resolution()).height()
    footer = QRectF(0, page.height() * scale, page.width() * scale, bottom - page.height() * scale)
    try:
        for n in range(count):
            if n:
                writer.newPage()
            view = QRectF(0, n * page.height(), page.width(), page.height())
            painter.save()
            painter.scale(scale, scale)
            painter.translate(0, -view.top())
            painter.setClipRect(view)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = view
            layout.draw(painter, context)
            painter.restore()
            painter.setFont(font)
            painter.setPen(Qt.GlobalColor.darkGray)
            painter.drawText(
                footer,
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
                f"Evidence pack · page {n + 1} of {count}",
            )
    finally:
        painter.end()


def evidence_pack_pdf(
    items: Sequence[EvidenceItem],
    presentation: dict[str, Any],
    *,
    made: datetime | None = None,
) -> bytes:
    """The evidence pack's PDF bytes, attachments included. Needs a QGuiApplication."""
    if not items:
        raise ValueError("an evidence pack needs at least one credential")
    made = made or datetime.now(UTC)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle("Evidence pack")
    writer.setCreator("Learner Wallet")
    writer.setResolution(_RESOLUTION)
    margins = QMarginsF(_MARGIN_MM, _MARGIN_MM, _MARGIN_MM, _MARGIN_MM)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            margins,
            QPageLayout.Unit.Millimeter,
        )
    )
    px_per_mm = _default_dpi() / 25.4
    markup = pack_html(items, str(presentation.get("holder", "")), made, px_per_mm)
    document = QTextDocument()
    option = document.defaultTextOption()
    option.setUseDesignMetrics(True)  # unhinted widths: what the PDF draws is what was laid out
    document.setDefaultTextOption(option)
    document.setDocumentMargin(0)
    document.setDefaultStyleSheet(CSS)
    for name, data in markup.images.items():
        _add_image(document, name, data)
    for name, code in markup.codes.items():
        document.addResource(
            QTextDocument.ResourceType.ImageResource, QUrl(name), _code_image(code)
        )
    document.setHtml(f"<html><body>{markup.body}</body></html>")
    area = writer.pageLayout().paintRect(QPageLayout.Unit.Millimeter)
    document.setPageSize(QSizeF(area.width() * px_per_mm, (area.height() - _FOOTER_MM) * px_per_mm))
    _paint(writer, document, _RESOLUTION / (px_per_mm * 25.4))
    del writer  # finishes the PDF
    buffer.close()
    pdf = bytes(QByteArray(buffer.data()).data())
    files = [(attachment_name(i, item), item.original) for i, item in enumerate(items, 1)]
    files.append(
        ("presentation.json", json.dumps(presentation, indent=2, ensure_ascii=False).encode())
    )
    return attach_files(pdf, files)


def write_evidence_pack_offscreen(
    items: Sequence[EvidenceItem], presentation: dict[str, Any]
) -> bytes:
    """:func:`evidence_pack_pdf` for the command line: makes an offscreen application first.

    A full QApplication, not a QGuiApplication: a process may go on to show widgets (the app, or
    a test suite), and Qt allows one application object per process.
    """
    if QGuiApplication.instance() is None:
        from PySide6.QtWidgets import QApplication

        _keep.append(QApplication(["learner-wallet", "-platform", "offscreen"]))
    return evidence_pack_pdf(items, presentation)


_keep: list[Any] = []  # the application must outlive the call that made it
