"""QR codes in images: screenshots and photos go through zxing-cpp, with pixel caps first."""

from __future__ import annotations

import io
import struct
import zlib

import pytest
from PIL import Image

from tests.formats.helpers import FIXTURES, qr_png, qr_screenshot
from wallet.errors import InputError, InputTooLarge
from wallet.formats.qrimage import read_qr_text
from wallet.formats.sniff import read_input

PAYLOAD = (FIXTURES / "vp1" / "ob3-v1-presentation.vp1.txt").read_text().strip()


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP", "BMP"])
def test_a_screenshot_of_a_vp1_qr_code_is_read(fmt: str) -> None:
    unpacked = read_input(qr_screenshot(PAYLOAD, fmt))
    assert unpacked.kind == "QR"
    assert unpacked.found == f"a presentation holding 1 credential in a QR code ({fmt} image)"
    assert unpacked.document["type"] == ["VerifiablePresentation"]


def test_a_plain_qr_png_is_read() -> None:
    found = read_qr_text(qr_png(PAYLOAD))
    assert found is not None and found.text == PAYLOAD


def test_a_photo_without_a_qr_code_says_so() -> None:
    out = io.BytesIO()
    Image.new("RGB", (64, 64), (200, 10, 10)).save(out, "JPEG")
    with pytest.raises(InputError, match="a JPEG image with no QR code in it"):
        read_input(out.getvalue())


def test_a_decompression_bomb_is_refused_before_decoding() -> None:
    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + body))
        return struct.pack(">I", len(body)) + kind + body + crc

    header = struct.pack(">IIBBBBB", 60_000, 60_000, 8, 0, 0, 0, 0)
    bomb = (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\0" * 60_001 * 10))
        + chunk(b"IEND", b"")
    )
    with pytest.raises(InputTooLarge):
        read_input(bomb)


def test_a_damaged_jpeg_is_an_input_error() -> None:
    with pytest.raises(InputError):
        read_input(b"\xff\xd8\xff\xe0" + b"\x00" * 100)
