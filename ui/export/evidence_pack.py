"""The PDF evidence pack, drawn with Qt's PDF writer (QTextDocument → QPdfWriter).

A cover page lists the credentials; then one page per credential (a long one flows on): what it
says, its QR code sized for paper, and its verification report with the time it was made
(:mod:`ui.export.evidence_html` writes the markup). The original credential files and the signed
presentation are then attached (:mod:`wallet.present.pdf_attachments`) so the pack can be
verified by software, not just read.

Pages, footers and the writer are :mod:`ui.export.paged_pdf`'s, shared with the review report.
Lengths in the markup are CSS pixels, so a QR code printed "100 mm" wide is 100 mm on paper.
GUI thread or the command line's only thread; :func:`write_evidence_pack_offscreen` makes the
application the command line needs.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument

from ui.export.evidence_html import CSS, attachment_name, pack_html
from ui.export.paged_pdf import ensure_offscreen_app, markup_px_per_mm, paged_pdf
from ui.library.images import decode_image
from wallet.present.evidence import EvidenceItem
from wallet.present.pdf_attachments import attach_files
from wallet.present.qr import QUIET_ZONE, QrCode

__all__ = ["attachment_name", "evidence_pack_pdf", "write_evidence_pack_offscreen"]

_MARGIN_MM = 18.0
_QR_MODULE_PX = 4
_BADGE_PX = 512  # the 26 mm badge at 300 dpi is 307 px: drawn no larger than it prints


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
    px_per_mm = markup_px_per_mm()
    markup = pack_html(items, str(presentation.get("holder", "")), made, px_per_mm)

    def fill(document: QTextDocument, _width: float) -> None:
        document.setDefaultStyleSheet(CSS)
        for name, data in markup.images.items():
            _add_image(document, name, data)
        for name, code in markup.codes.items():
            document.addResource(
                QTextDocument.ResourceType.ImageResource, QUrl(name), _code_image(code)
            )
        document.setHtml(f"<html><body>{markup.body}</body></html>")

    pdf = paged_pdf("Evidence pack", _MARGIN_MM, fill, "Evidence pack")
    files = [(attachment_name(i, item), item.original) for i, item in enumerate(items, 1)]
    files.append(
        ("presentation.json", json.dumps(presentation, indent=2, ensure_ascii=False).encode())
    )
    return attach_files(pdf, files)


def write_evidence_pack_offscreen(
    items: Sequence[EvidenceItem], presentation: dict[str, Any]
) -> bytes:
    """:func:`evidence_pack_pdf` for the command line: makes an offscreen application first."""
    ensure_offscreen_app()
    return evidence_pack_pdf(items, presentation)
