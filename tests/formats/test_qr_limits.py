"""QR images cost bounded time and memory (issue 11): images tiled with finder-pattern
look-alikes at every scale are read under 1 GiB of address space and judged on the CPU time they
cost (tests/bounded.py); real codes in large photos are still read."""

from __future__ import annotations

import io
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, ImageDraw

from tests.bounded import CPU_SECONDS, run_bounded
from tests.formats.helpers import FIXTURES, _qr_image
from wallet.errors import InputTooLarge
from wallet.formats.qrimage import MAX_IMAGE_PIXELS, SCAN_SECONDS, read_qr_text

PAYLOAD = (FIXTURES / "vp1" / "ob3-v1-presentation.vp1.txt").read_text().strip()


def finder_field(side: int, module: int) -> Image.Image:
    """A ``side``-pixel square tiled with QR finder patterns (ISO/IEC 18004 §6.3.3: dark-light-
    dark-light-dark in 1:1:3:1:1) of ``module`` pixels a module: every one a candidate."""
    tile = Image.new("L", (8 * module, 8 * module), 255)
    draw = ImageDraw.Draw(tile)
    for ring, fill in ((0, 0), (1, 255), (2, 0)):
        draw.rectangle([ring * module, ring * module, (7 - ring) * module - 1,
                        (7 - ring) * module - 1], fill=fill)  # fmt: skip
    row = Image.new("L", (side, tile.height), 255)
    for left in range(0, side, tile.width):
        row.paste(tile, (left, 0))
    field = Image.new("L", (side, side), 255)
    for top in range(0, side, tile.height):
        field.paste(row, (0, top))
    return field


def _png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG", compress_level=1)
    return out.getvalue()


_SCAN = """
from pathlib import Path
from wallet.errors import WalletError
from wallet.formats.qrimage import read_qr_text
data = Path({path!r}).read_bytes()
def work():
    try:
        found = read_qr_text(data)
    except WalletError as exc:
        return f"{{type(exc).__name__}}: {{exc}}"
    return "none" if found is None else "found " + found.text[:20]
"""


@pytest.mark.parametrize(
    ("side", "module"),
    [(7000, 1), (7000, 2), (7000, 4), (7000, 7), (4096, 2), (2048, 1), (2048, 2), (1024, 1)],
)
def test_an_image_tiled_with_finder_look_alikes_is_answered_in_time(
    tmp_path: Path, side: int, module: int
) -> None:
    assert side * side <= MAX_IMAGE_PIXELS
    path = tmp_path / "finders.png"
    path.write_bytes(_png(finder_field(side, module)))
    measured = run_bounded(_SCAN.format(path=str(path)))
    assert measured.result in (
        "none",
        "InputTooLarge: the image is too busy to search for a QR code in reasonable time; "
        "crop it to the code and try again",
    ), measured.result
    assert measured.cpu < CPU_SECONDS, measured.cpu


def test_the_search_stops_when_its_time_is_spent() -> None:
    """With a clock that says each scan took a second, a large image gets the whole-image pass
    and two tiles, then the sentence (the clock is injected; nothing is patched)."""
    ticks = iter(float(n) for n in range(100))
    image = _png(Image.new("L", (4000, 4000), 255))
    with pytest.raises(InputTooLarge, match="too busy to search for a QR code"):
        read_qr_text(image, clock=lambda: next(ticks))
    assert next(ticks) == 4.0  # started, then a check before each of three views
    assert SCAN_SECONDS == 2.0


def _photo(side: tuple[int, int], qr_pixels: int, where: tuple[int, int]) -> bytes:
    qr = _qr_image(PAYLOAD).convert("L").resize((qr_pixels, qr_pixels), Image.Resampling.NEAREST)
    canvas = Image.new("RGB", side, (180, 170, 150))
    ImageDraw.Draw(canvas).rectangle((100, 100, side[0] - 100, side[1] - 100), fill=(90, 80, 70))
    canvas.paste(qr.convert("RGB"), where)
    out = io.BytesIO()
    canvas.save(out, "JPEG", quality=92)
    return out.getvalue()


@pytest.mark.parametrize(
    ("side", "qr_pixels", "where"),
    [
        ((4032, 3024), 1400, (1300, 800)),  # a phone photo, the code filling a third of it
        ((4032, 3024), 700, (2900, 2100)),  # small, in a corner: only the finer tiles see it
        ((7000, 7000), 1200, (3400, 3300)),  # on the seam between tiles
        ((1920, 1080), 600, (700, 240)),  # a screenshot
    ],
)
def test_a_real_code_in_a_large_photo_is_still_read(
    side: tuple[int, int], qr_pixels: int, where: tuple[int, int]
) -> None:
    found = read_qr_text(_photo(side, qr_pixels, where))
    assert found is not None and found.text == PAYLOAD


@settings(max_examples=12, deadline=None)
@given(st.integers(64, 3000), st.integers(1, 9), st.integers(0, 255))
def test_property_any_finder_field_is_answered_within_the_budget(
    side: int, module: int, background: int
) -> None:
    """Whatever the size, module and contrast of the field, an answer (none, or the refusal)
    within the budget of this thread's CPU time."""
    field = finder_field(side, module)
    if background:  # lighter fields, lower contrast: other binarizer paths
        field = field.point(lambda v: max(v, background))
    started = time.thread_time()
    try:
        read_qr_text(_png(field))
    except InputTooLarge as exc:
        assert "too busy" in str(exc)
    assert time.thread_time() - started < CPU_SECONDS
