"""A4 PDFs drawn from a QTextDocument, a page at a time with a numbered footer: the evidence
pack and the advisor's review report.

The document is laid out on the PDF writer itself, one QTextDocument page per PDF page, and each
page is painted here with a footer ("Evidence pack · page 2 of 6"), rather than by
``QTextDocument.print_``, which clones the document and adds its own 2 cm margins on top of the
page layout's. Lengths in the markup are CSS pixels at Qt's default DPI (:func:`markup_px_per_mm`),
which Qt scales to the writer.

GUI thread (the app) or the command line's only thread: QTextDocument and QPdfWriter are Qt
objects, and one built in a worker holding the GIL can deadlock with the GUI thread (see
ui/library/images.py). Needs a QGuiApplication; :func:`ensure_offscreen_app` makes one for the
command line.
"""

from __future__ import annotations

from collections.abc import Callable
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
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

__all__ = ["ensure_offscreen_app", "markup_px_per_mm", "paged_pdf"]

RESOLUTION = 300  # dots per inch of the writer
FOOTER_MM = 8.0  # below each page's text: the page number

_keep: list[Any] = []  # the application must outlive the call that made it


def ensure_offscreen_app() -> None:
    """An offscreen application for command-line use, when the process has none yet.

    A full QApplication, not a QGuiApplication: a process may go on to show widgets (the app, or
    a test suite), and Qt allows one application object per process.
    """
    if QGuiApplication.instance() is None:
        from PySide6.QtWidgets import QApplication

        _keep.append(QApplication(["learner-wallet", "-platform", "offscreen"]))


def markup_px_per_mm() -> float:
    """CSS pixels per millimetre as Qt reads markup lengths (qt_defaultDpiY in qfont.cpp), which
    it scales to the writer's resolution when laying out on it."""
    app = QCoreApplication.instance()
    if app is not None and app.testAttribute(Qt.ApplicationAttribute.AA_Use96Dpi):
        return 96.0 / 25.4
    screen = QGuiApplication.primaryScreen()
    return (float(round(screen.logicalDotsPerInchY())) if screen is not None else 100.0) / 25.4


def paged_pdf(
    title: str,
    margin_mm: float,
    fill: Callable[[QTextDocument, float], None],
    footer: str,
) -> bytes:
    """The PDF bytes of an A4 document with ``margin_mm`` margins. ``fill(document, width)``
    sets the document's resources and markup for a text width of ``width`` CSS pixels; each page
    gets "``footer`` · page N of M" below it."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("Learner Wallet")
    writer.setResolution(RESOLUTION)
    margins = QMarginsF(margin_mm, margin_mm, margin_mm, margin_mm)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            margins,
            QPageLayout.Unit.Millimeter,
        )
    )
    px_per_mm = markup_px_per_mm()
    area = writer.pageLayout().paintRect(QPageLayout.Unit.Millimeter)
    document = QTextDocument()
    option = document.defaultTextOption()
    option.setUseDesignMetrics(True)  # unhinted widths: what the PDF draws is what was laid out
    document.setDefaultTextOption(option)
    document.setDocumentMargin(0)
    fill(document, area.width() * px_per_mm)
    document.setPageSize(QSizeF(area.width() * px_per_mm, (area.height() - FOOTER_MM) * px_per_mm))
    _paint(writer, document, RESOLUTION / (px_per_mm * 25.4), footer)
    del writer  # finishes the PDF
    buffer.close()
    return bytes(QByteArray(buffer.data()).data())


def _paint(writer: QPdfWriter, document: QTextDocument, scale: float, footer_text: str) -> None:
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
                f"{footer_text} · page {n + 1} of {count}",
            )
    finally:
        painter.end()
