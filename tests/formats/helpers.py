"""Test inputs for the format readers: sample paths, generated QR images and screenshots."""

from __future__ import annotations

import io
from pathlib import Path

import qrcode
from PIL import Image, ImageDraw

from tests.conftest import ROOT, VECTORS

__all__ = ["FIXTURES", "OB2", "OB3", "qr_png", "qr_screenshot"]

OB2 = VECTORS / "ob2"
OB3 = VECTORS / "ob3" / "validator-samples"
FIXTURES = ROOT / "tests" / "fixtures" / "formats"


def _qr_image(text: str) -> Image.Image:
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_L, border=4)
    code.add_data(text)
    code.make(fit=True)
    return code.make_image().get_image().convert("L")


def qr_png(text: str) -> bytes:
    """A plain QR code image, as a wallet would export it."""
    out = io.BytesIO()
    _qr_image(text).save(out, "PNG")
    return out.getvalue()


def qr_screenshot(text: str, fmt: str = "JPEG") -> bytes:
    """A 'screenshot': a window with a title bar and text, the QR code scaled off-centre."""
    qr = _qr_image(text)
    qr = qr.resize((qr.width * 3 // 2, qr.height * 3 // 2), Image.Resampling.NEAREST)
    canvas = Image.new("RGB", (qr.width + 400, qr.height + 260), (236, 239, 244))
    draw = ImageDraw.Draw(canvas)
    draw.rectangle((0, 0, canvas.width, 40), fill=(40, 44, 52))
    draw.text((12, 12), "Learner Credential Wallet - Share", fill=(255, 255, 255))
    draw.text((40, 80), "Show this code to the verifier", fill=(20, 20, 20))
    canvas.paste(qr.convert("RGB"), (260, 140))
    out = io.BytesIO()
    canvas.save(out, fmt, quality=90) if fmt == "JPEG" else canvas.save(out, fmt)
    return out.getvalue()


def read(path: Path) -> bytes:
    return path.read_bytes()
