"""The badge-image cache: pictures are read and raster ones decoded (Pillow) off the GUI thread;
Qt draws only on it (an SVG, and the wrapping of the pixels).

A worker that builds a Qt image reader while holding the GIL can deadlock with the GUI thread
disconnecting a signal (a hung share test showed it), so the rule is checked here directly.
"""

from __future__ import annotations

import io
import threading

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage

import ui.library.images as images
from ui.library.images import ImageCache, drawable

SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40">'
    b'<rect width="40" height="40" fill="#0a0"/></svg>'
)


def _png(width: int, height: int) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#123456"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def test_pictures_are_read_in_the_background_and_decoded_on_the_gui_thread(qtbot, monkeypatch):
    gui = threading.get_ident()
    read_on: list[int] = []
    decoded_on: list[int] = []
    blobs = {"png": _png(300, 200), "svg": SVG, "junk": b"not a picture", "gone": None}

    def loader(h: str) -> bytes | None:
        read_on.append(threading.get_ident())
        return blobs[h]

    real_decode = images.decode_image

    def decode(data: bytes, size: int) -> QImage | None:
        decoded_on.append(threading.get_ident())
        return real_decode(data, size)

    monkeypatch.setattr(images, "decode_image", decode)
    thumbnailed_on: list[int] = []
    real_thumbnail = images.thumbnail

    def thumbnail(data: bytes, size: int) -> images.Thumbnail | None:
        thumbnailed_on.append(threading.get_ident())
        return real_thumbnail(data, size)

    monkeypatch.setattr(images, "thumbnail", thumbnail)
    cache = ImageCache(loader, size=64)
    for h in blobs:
        assert cache.pixmap(h) is None and cache.pending(h)
    qtbot.waitUntil(lambda: not any(cache.pending(h) for h in blobs), timeout=30_000)
    png, svg = cache.pixmap("png"), cache.pixmap("svg")
    assert png is not None and png.width() == 64 and png.height() in (42, 43)
    assert svg is not None and max(svg.width(), svg.height()) <= 64
    assert cache.pixmap("junk") is None and cache.pixmap("gone") is None
    assert read_on and gui not in read_on
    assert decoded_on and set(decoded_on) == {gui}  # the SVG only
    assert len(decoded_on) == 1
    assert len(thumbnailed_on) == 2 and gui not in thumbnailed_on  # the PNG and the junk


def test_a_picture_declaring_more_pixels_than_allowed_is_no_thumbnail() -> None:
    from PIL import Image

    big = Image.new("1", (8000, 8000))  # 64 megapixels, a few kilobytes compressed
    buffer = io.BytesIO()
    big.save(buffer, "PNG")
    assert len(buffer.getvalue()) < 200_000
    assert images.thumbnail(buffer.getvalue(), 96) is None
    small = images.thumbnail(_png(10, 20), 96)
    assert small is not None and (small.width, small.height) == (10, 20)
    assert images.thumbnail(b"\x89PNG\r\n\x1a\n broken", 96) is None


def test_an_svg_with_an_outside_reference_is_cleaned_before_any_decoding() -> None:
    hostile = (
        b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
        b'<image xlink:href="file:///etc/passwd"/></svg>'
    )
    cleaned = drawable(hostile)
    assert cleaned is not None and b"/etc/passwd" not in cleaned
    assert drawable(b"<!DOCTYPE svg [<!ENTITY a 'b'>]><svg/>") is None
    assert drawable(b"") is None and drawable(None) is None
