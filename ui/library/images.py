"""Badge images, decoded lazily and cached.

The view asks :meth:`ImageCache.pixmap` while painting. A cached image comes back at once; an
uncached one is queued, and a moment later one background read (``ui.common.tasks.run_read``, which
does not wait behind an import) fetches the queued images' bytes and decodes every PNG, JPEG,
GIF or WebP into a thumbnail with Pillow (:func:`thumbnail`). The GUI thread only wraps those
pixels in a ``QPixmap``. Qt is never called off the GUI thread here: a worker that builds or
drops a Qt object while holding the GIL can deadlock with the GUI thread disconnecting a signal
(Qt's connection locks are shared between unrelated objects, and PySide6 takes the GIL under
them; a hung test showed it, with ``QImageReader`` probing the SVG plugin in a worker). So an
SVG, once cleaned (:func:`drawable`), is drawn on the GUI thread, a few per turn of the event
loop. Until then the delegate paints a placeholder. Only what is on screen is ever decoded, and
the cache keeps the most recently used few hundred.
"""

from __future__ import annotations

import hashlib
import io
import time
import warnings
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QObject, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QImage, QImageReader, QPainter, QPainterPath, QPixmap

from ui.common.tasks import run_read
from wallet.formats.svg_picture import safe_svg_picture

__all__ = ["ImageCache", "Thumbnail", "decode_image", "drawable", "placeholder", "thumbnail"]

Loader = Callable[[str], bytes | None]


def _looks_like_svg(data: bytes) -> bool:
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"<") and b"<svg" in head


def drawable(data: bytes | None) -> bytes | None:
    """The bytes to decode: an SVG with nothing in it pointing outside itself
    (:func:`wallet.formats.svg_picture.safe_svg_picture`), other bytes as they are, or None.
    Any thread: pure Python."""
    if not data:
        return None
    if _looks_like_svg(data):
        return safe_svg_picture(data)
    return data


MAX_PIXELS = 50_000_000  # as a QR image may have (wallet.formats.qrimage)


@dataclass(frozen=True)
class Thumbnail:
    """RGBA pixels, ``width`` × ``height``, made off the GUI thread."""

    width: int
    height: int
    rgba: bytes

    def image(self) -> QImage:
        """A QImage owning a copy of the pixels (GUI thread)."""
        wrapped = QImage(
            self.rgba, self.width, self.height, 4 * self.width, QImage.Format.Format_RGBA8888
        )
        return wrapped.copy()


def thumbnail(data: bytes, size: int) -> Thumbnail | None:
    """A raster picture (PNG, JPEG, GIF, WebP) fitted into ``size`` pixels, or None when it is
    not one Pillow reads within :data:`MAX_PIXELS`. Any thread: no Qt."""
    from PIL import Image

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            opened = Image.open(io.BytesIO(data), formats=["PNG", "JPEG", "GIF", "WEBP"])
            width, height = opened.size
            if width * height > MAX_PIXELS or not width or not height:
                return None
            opened.draft("RGBA", (size, size))  # JPEG: decode at a reduced size
            picture = opened.convert("RGBA")
            if width > size or height > size:
                picture.thumbnail((size, size), Image.Resampling.LANCZOS)
            return Thumbnail(picture.width, picture.height, picture.tobytes())
    except Exception:  # Pillow's decoders raise many types for damaged or hostile files
        return None


def decode_image(data: bytes, size: int) -> QImage | None:
    """Decode PNG/SVG/JPEG bytes into a ``size``-pixel square-fitting image. GUI thread only
    (see the module docstring); pass SVG bytes through :func:`drawable` first (this does it
    again when they were not)."""
    safe = drawable(data)
    if safe is None:
        return None
    buffer = QBuffer()
    buffer.setData(QByteArray(safe))
    reader = QImageReader(buffer)
    original = reader.size()
    if original.isValid() and (original.width() > size or original.height() > size):
        reader.setScaledSize(original.scaled(QSize(size, size), Qt.AspectRatioMode.KeepAspectRatio))
    elif not original.isValid():
        reader.setScaledSize(QSize(size, size))
    image = reader.read()
    return None if image.isNull() else image


class ImageCache(QObject):
    """Thumbnails by image hash. ``loaded`` fires (GUI thread) when queued images arrive."""

    loaded = Signal()

    def __init__(
        self, loader: Loader, size: int = 96, capacity: int = 400, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._loader = loader
        self.size = size
        self._capacity = capacity
        self._cache: OrderedDict[str, QPixmap | None] = OrderedDict()
        self._queued: set[str] = set()
        self._pending: set[str] = set()
        self._to_decode: OrderedDict[str, Thumbnail | bytes | None] = OrderedDict()
        self._batch = QTimer(self)
        self._batch.setSingleShot(True)
        self._batch.setInterval(15)
        self._batch.timeout.connect(self._load_queued)
        self._decoder = QTimer(self)
        self._decoder.setInterval(0)
        self._decoder.timeout.connect(self._decode_some)

    def pixmap(self, image_hash: str | None) -> QPixmap | None:
        """The cached thumbnail, or ``None`` (and a load is queued) when it is not here yet."""
        if not image_hash:
            return None
        if image_hash in self._cache:
            self._cache.move_to_end(image_hash)
            return self._cache[image_hash]
        if image_hash not in self._pending:
            self._queued.add(image_hash)
            self._batch.start()
        return None

    def pending(self, image_hash: str) -> bool:
        """True while the image is queued or being decoded (the view paints nothing there yet,
        rather than a letter that would flash before the picture)."""
        return image_hash in self._queued or image_hash in self._pending

    def clear(self) -> None:
        """Drop every image (on lock)."""
        self._cache.clear()
        self._queued.clear()
        self._pending.difference_update(self._to_decode)
        self._to_decode.clear()
        self._decoder.stop()

    def _load_queued(self) -> None:
        hashes = sorted(self._queued)
        self._queued.clear()
        self._pending.update(hashes)
        loader, size = self._loader, self.size

        def work(_: object) -> dict[str, Thumbnail | bytes | None]:
            found: dict[str, Thumbnail | bytes | None] = {}
            for h in hashes:
                try:
                    data = loader(h)
                except Exception:  # a locked or closed vault: show the placeholder
                    data = None
                if data and _looks_like_svg(data):
                    found[h] = drawable(data)  # drawn on the GUI thread (module docstring)
                else:
                    found[h] = thumbnail(data, size) if data else None
            return found

        run_read(
            self, work, self._queue_decoding, lambda _e: self._pending.difference_update(hashes)
        )

    def _queue_decoding(self, found: dict[str, Thumbnail | bytes | None]) -> None:
        self._to_decode.update(found)
        self._decoder.start()

    def _decode_some(self, budget_ms: float = 12.0) -> None:
        """Decode queued bytes until ``budget_ms`` is spent (GUI thread), then let Qt paint."""
        started = time.perf_counter()
        while self._to_decode and (time.perf_counter() - started) * 1000 < budget_ms:
            h, found = self._to_decode.popitem(last=False)
            if isinstance(found, Thumbnail):
                image: QImage | None = found.image()
            else:
                image = decode_image(found, self.size) if found else None
            self._pending.discard(h)
            self._cache[h] = QPixmap.fromImage(image) if image is not None else None
        while len(self._cache) > self._capacity:
            self._cache.popitem(last=False)
        if not self._to_decode:
            self._decoder.stop()
        self.loaded.emit()


def placeholder(name: str, seed: str, size: int) -> QPixmap:
    """A badge-shaped placeholder: the name's first letter on a colour chosen by ``seed``."""
    hue = hashlib.sha256(seed.encode()).digest()[0] * 360 // 256
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    path = QPainterPath()
    path.addEllipse(QRectF(2, 2, size - 4, size - 4))
    painter.fillPath(path, QColor.fromHsl(hue, 110, 150))
    painter.setPen(QColor.fromHsl(hue, 90, 70))
    inner = QRectF(size * 0.14, size * 0.14, size * 0.72, size * 0.72)
    painter.drawEllipse(inner)
    font = QFont()
    font.setPixelSize(int(size * 0.36))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    letter = next((c for c in name if c.isalnum()), "?").upper()
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, letter)
    painter.end()
    return pixmap
