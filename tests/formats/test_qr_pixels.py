"""QR codes read from raw pixels (a screen grab, a camera frame): any picture answers with a
text, None or one clear error, within the scan budget; a code drawn into a large busy picture
is found."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wallet.errors import InputTooLarge
from wallet.formats.qrimage import read_qr_pixels
from wallet.present.qr import fit_qr


@given(
    st.integers(min_value=1, max_value=300),
    st.integers(min_value=1, max_value=300),
    st.binary(max_size=4096),
)
@settings(max_examples=60, deadline=None)
def test_any_pixels_answer_or_refuse_plainly(width: int, height: int, seed: bytes) -> None:
    pixels = (seed or b"\x00") * (width * height // max(len(seed), 1) + 1)
    try:
        found = read_qr_pixels(width, height, pixels[: width * height])
    except InputTooLarge as exc:
        assert "too busy" in str(exc)
    else:
        assert found is None or isinstance(found, str)


def test_wrong_sizes_are_refused() -> None:
    with pytest.raises(ValueError, match="do not match"):
        read_qr_pixels(10, 10, b"\x00" * 99)
    with pytest.raises(ValueError):
        read_qr_pixels(0, 10, b"")


def test_a_code_on_a_1920x1080_screen_is_found() -> None:
    code = fit_qr("VP1-BHELLOSCREEN", "vp1")
    assert code is not None
    width, height, px, left, top = 1920, 1080, 5, 1300, 400
    screen = bytearray(b"\xd0" * (width * height))  # a light grey desktop
    side = code.size + 8
    for y in range(side * px):
        row = (top + y) * width + left
        screen[row : row + side * px] = b"\xff" * (side * px)
    for y, start, end in code.dark_runs():
        for dy in range(px):
            row = (top + (y + 4) * px + dy) * width + left
            screen[row + (start + 4) * px : row + (end + 4) * px] = b"\x00" * ((end - start) * px)
    assert read_qr_pixels(width, height, bytes(screen)) == "VP1-BHELLOSCREEN"
