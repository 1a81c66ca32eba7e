"""Recognising and unpacking inputs: a 1 MB baked PNG (limit 20 ms), a VP1- payload of one
credential (limit 20 ms), and, for information, baking and reading a QR code screenshot.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

from benchmarks.timing import median_ms, report

ROOT = Path(__file__).resolve().parent.parent
VECTORS = ROOT / "tests" / "vectors"


def _noise_png(size: int) -> bytes:
    """A PNG of about ``size`` bytes: random pixels do not compress."""
    from PIL import Image

    side = int((size / 3) ** 0.5)
    out = io.BytesIO()
    Image.frombytes("RGB", (side, side), os.urandom(side * side * 3)).save(out, "PNG")
    return out.getvalue()


def main(argv: list[str]) -> None:
    sys.path.insert(0, str(ROOT))
    from tests.formats.helpers import qr_screenshot
    from wallet.formats.png import bake_png
    from wallet.formats.sniff import read_input

    runs = 50 if "--quick" in argv else 200
    credential = (VECTORS / "ob3" / "validator-samples" / "simple.json").read_text()
    image = _noise_png(1024 * 1024)
    baked = bake_png(image, credential)
    assert read_input(baked).format == "vc"
    print(f"   baked PNG: {len(baked):,} bytes")
    report(
        "bake a credential into a 1 MB PNG",
        median_ms(lambda: bake_png(image, credential), runs=runs),
    )
    report(
        "recognise + unpack a 1 MB baked PNG", median_ms(lambda: read_input(baked), runs=runs), 20
    )

    payload = ROOT / "tests" / "fixtures" / "formats" / "vp1" / "ob3-v1-presentation.vp1.txt"
    text = payload.read_bytes()
    print(f"   VP1- payload: {len(text):,} characters, one credential")
    report(
        "decode a VP1- payload (one credential)", median_ms(lambda: read_input(text), runs=runs), 20
    )

    screenshot = qr_screenshot(text.decode().strip(), "JPEG")
    print(f"   QR screenshot: {len(screenshot):,} bytes JPEG")
    report(
        "read a QR screenshot and decode its VP1- payload",
        median_ms(lambda: read_input(screenshot), warmup=3, runs=max(runs // 10, 5)),
    )
