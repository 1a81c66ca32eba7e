"""QR codes in photos and screenshots: decode the image (Pillow) and read the code (zxing-cpp).

Images are capped before any pixel is decoded: by file size, and by pixel count from the header
(a small file can declare a huge canvas: a decompression bomb). Only the raster formats a phone or
a screenshot tool writes are opened. The text found is handed back to the sniffer, which treats
it like any other input text (a ``VP1-`` payload, a URL, a JWT).

Scanning is bounded too. zxing's search for finder patterns grows faster than the pixel count
(measured here: 0.9 s of CPU for a 1024-pixel square tiled with finder look-alikes, 6.6 s at
2048; the issue's 7000x7000 image took 79 s), so zxing never sees more than
:data:`SCAN_SIDE` pixels a side: first the whole image reduced to fit, then, when nothing was
found in a larger image, overlapping tiles of it at up to twice that resolution (a dense code
that is small in a big photo). Tiles stop once :data:`SCAN_SECONDS` of this thread's CPU time
are spent, and the image is then refused with a sentence saying so.
"""

from __future__ import annotations

import io
import math
import time
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from wallet.errors import InputError, InputTooLarge

__all__ = [
    "IMAGE_FORMATS",
    "MAX_IMAGE_BYTES",
    "MAX_IMAGE_PIXELS",
    "SCAN_SECONDS",
    "SCAN_SIDE",
    "QrText",
    "image_format",
    "read_qr_pixels",
    "read_qr_text",
]

MAX_IMAGE_BYTES = 20 * 1024 * 1024
# A 48-megapixel phone photo; anything larger is refused before decoding.
MAX_IMAGE_PIXELS = 50_000_000
# What a photo or a screenshot arrives as, by magic number; Pillow opens these plugins only.
SCAN_SIDE = 1024  # the largest square zxing is handed (see the module docstring)
SCAN_SECONDS = 2.0  # CPU time after which no further tile is tried
# Tiles overlap by half, so any code up to half a tile wide lies whole in one of them.
_TILE_STRIDE = SCAN_SIDE // 2
IMAGE_FORMATS: dict[str, tuple[bytes, ...]] = {
    "PNG": (b"\x89PNG\r\n\x1a\n",),
    "JPEG": (b"\xff\xd8\xff",),
    "GIF": (b"GIF87a", b"GIF89a"),
    "BMP": (b"BM",),
    "WEBP": (b"RIFF",),
}


@dataclass(frozen=True)
class QrText:
    text: str
    image_format: str  # "PNG", "JPEG", ...


def image_format(data: bytes) -> str | None:
    """The raster format ``data`` starts like, or None."""
    for name, magics in IMAGE_FORMATS.items():
        if any(data.startswith(m) for m in magics):
            if name == "WEBP" and data[8:12] != b"WEBP":
                continue
            return name
    return None


def read_qr_text(data: bytes, clock: Callable[[], float] = time.thread_time) -> QrText | None:
    """The text of the first QR code in the image ``data``, or None when there is none.

    Raises :class:`InputTooLarge` for images over the byte or pixel caps, or whose search for a
    code would take longer than :data:`SCAN_SECONDS` (``clock`` measures it: this thread's CPU
    time), and :class:`InputError` for images that cannot be decoded.
    """
    if len(data) > MAX_IMAGE_BYTES:
        raise InputTooLarge(f"an image of {len(data):,} bytes is over the limit")
    kind = image_format(data)
    if kind is None:
        raise InputError("not an image this wallet reads (PNG, JPEG, GIF, BMP or WebP)")
    text = _search(_decoded(data, kind), clock)
    return None if text is None else QrText(text, kind)


def read_qr_pixels(
    width: int, height: int, gray: bytes, clock: Callable[[], float] = time.thread_time
) -> str | None:
    """The text of the first QR code in a grey-level picture (one byte a pixel, rows of
    ``width`` bytes): a screen grab or a camera frame, which arrive as pixels, not files.

    Raises :class:`InputTooLarge` past :data:`MAX_IMAGE_PIXELS` or the scan budget, and
    ValueError when ``gray`` does not hold ``width`` × ``height`` bytes.
    """
    from PIL import Image

    if width <= 0 or height <= 0 or len(gray) != width * height:
        raise ValueError("the pixels do not match the picture's size")
    if width * height > MAX_IMAGE_PIXELS:
        raise InputTooLarge(f"the picture is {width}x{height} pixels; the limit is exceeded")
    return _search(Image.frombytes("L", (width, height), gray), clock)


def _search(gray: Any, clock: Callable[[], float]) -> str | None:
    started = clock()
    for view in _views(gray):
        if clock() - started > SCAN_SECONDS:
            raise InputTooLarge(
                "the image is too busy to search for a QR code in reasonable time; "
                "crop it to the code and try again"
            )
        text = _scan(view)
        if text is not None:
            return text
    return None


def _decoded(data: bytes, kind: str) -> Any:
    """The image in grey levels (a Pillow image). Raises InputTooLarge, InputError."""
    from PIL import Image

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=[kind])
            width, height = image.size
            if width * height > MAX_IMAGE_PIXELS:
                raise InputTooLarge(
                    f"the image is {width}x{height} pixels; the limit is {MAX_IMAGE_PIXELS:,}"
                )
            image.draft("L", (2 * SCAN_SIDE, 2 * SCAN_SIDE))  # JPEG: decode at a reduced size
            return image.convert("L")
    except InputError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise InputTooLarge("the image declares more pixels than it could hold") from None
    except Exception as exc:  # Pillow's decoders raise many types for damaged files
        raise InputError(f"the {kind} image cannot be decoded ({type(exc).__name__})") from None


def _fit(image: Any, side: int) -> Any:
    """``image`` reduced by a whole factor (a box filter: sharp module edges stay sharp) so that
    neither side exceeds ``side``."""
    factor = math.ceil(max(image.size) / side)
    return image.reduce(factor) if factor > 1 else image


def _views(gray: Any) -> Iterator[Any]:
    """What zxing is shown, in order: the whole image fitted to :data:`SCAN_SIDE`; then, for a
    larger image, overlapping :data:`SCAN_SIDE` tiles of it fitted to twice that."""
    yield _fit(gray, SCAN_SIDE)
    if max(gray.size) <= SCAN_SIDE:
        return
    finer = _fit(gray, 2 * SCAN_SIDE)
    width, height = finer.size
    for top in _starts(height):
        for left in _starts(width):
            yield finer.crop((left, top, left + SCAN_SIDE, top + SCAN_SIDE))


def _starts(length: int) -> list[int]:
    if length <= SCAN_SIDE:
        return [0]
    starts = list(range(0, length - SCAN_SIDE, _TILE_STRIDE))
    return [*starts, length - SCAN_SIDE]


def _scan(view: Any) -> str | None:
    import zxingcpp

    codes = zxingcpp.read_barcodes(
        view, formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)
    )
    for code in codes:
        if code.valid and code.text:
            return str(code.text)
    return None
