"""QR codes in photos and screenshots: decode the image (Pillow) and read the code (zxing-cpp).

Images are capped before any pixel is decoded: by file size, and by pixel count from the header
(a small file can declare a huge canvas: a decompression bomb). Only the raster formats a phone or
a screenshot tool writes are opened. The text found is handed back to the sniffer, which treats
it like any other input text (a ``VP1-`` payload, a URL, a JWT).
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

from wallet.errors import InputError, InputTooLarge

__all__ = [
    "IMAGE_FORMATS",
    "MAX_IMAGE_BYTES",
    "MAX_IMAGE_PIXELS",
    "QrText",
    "image_format",
    "read_qr_text",
]

MAX_IMAGE_BYTES = 20 * 1024 * 1024
# A 48-megapixel phone photo; anything larger is refused before decoding.
MAX_IMAGE_PIXELS = 50_000_000
# What a photo or a screenshot arrives as, by magic number; Pillow opens these plugins only.
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


def read_qr_text(data: bytes) -> QrText | None:
    """The text of the first QR code in the image ``data``, or None when there is none.

    Raises :class:`InputTooLarge` for images over the byte or pixel caps and :class:`InputError`
    for images that cannot be decoded.
    """
    if len(data) > MAX_IMAGE_BYTES:
        raise InputTooLarge(f"an image of {len(data):,} bytes is over the limit")
    kind = image_format(data)
    if kind is None:
        raise InputError("not an image this wallet reads (PNG, JPEG, GIF, BMP or WebP)")
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
            image.draft("L", (2048, 2048))  # JPEG: decode at a reduced size when huge
            gray = image.convert("L")
    except InputError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise InputTooLarge("the image declares more pixels than it could hold") from None
    except Exception as exc:  # Pillow's decoders raise many types for damaged files
        raise InputError(f"the {kind} image cannot be decoded ({type(exc).__name__})") from None
    import zxingcpp

    codes = zxingcpp.read_barcodes(
        gray, formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)
    )
    for code in codes:
        if code.valid and code.text:
            return QrText(code.text, kind)
    return None
