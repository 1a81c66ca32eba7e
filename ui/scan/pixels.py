"""A QImage as the grey-level pixels :func:`wallet.formats.qrimage.read_qr_pixels` reads.

Qt pads every image row to 4 bytes (``bytesPerLine``); the core wants rows of exactly ``width``
bytes, so padded rows are cut here. Safe on any thread: QImage is not a widget.
"""

from __future__ import annotations

from PySide6.QtGui import QImage

__all__ = ["gray_pixels"]


def gray_pixels(image: QImage) -> tuple[int, int, bytes]:
    """``(width, height, one byte a pixel)`` for ``image``, converted to 8-bit grey."""
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = gray.width(), gray.height(), gray.bytesPerLine()
    data = bytes(gray.constBits())[: stride * height]
    if stride == width:
        return width, height, data
    return width, height, b"".join(data[y * stride : y * stride + width] for y in range(height))
