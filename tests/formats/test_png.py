"""PNG baking and unbaking (OB 3.0 §5.3.1, OB 2.0), and the bounded chunk reader (A8)."""

from __future__ import annotations

import struct
import zlib

import pytest

from tests.formats.helpers import OB2, OB3
from wallet.errors import InputError, InputTooLarge
from wallet.formats.png import (
    MAX_PNG_CHUNKS,
    OB2_KEYWORD,
    OB3_KEYWORD,
    PNG_SIGNATURE,
    bake_png,
    find_png_badge,
)

UNBAKED = (OB2 / "bakery" / "unbaked.png").read_bytes()


def chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png_with(*extra: bytes) -> bytes:
    ihdr = chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0))
    idat = chunk(b"IDAT", zlib.compress(b"\0\0"))
    return PNG_SIGNATURE + ihdr + b"".join(extra) + idat + chunk(b"IEND", b"")


def itxt(text: bytes, keyword: bytes = b"openbadgecredential", flag: int = 0) -> bytes:
    return chunk(b"iTXt", keyword + b"\0" + bytes([flag, 0]) + b"\0\0" + text)


@pytest.mark.parametrize(
    ("sample", "keyword"),
    [
        (OB3 / "simple-json.png", OB3_KEYWORD),
        (OB3 / "simple-jwt.png", OB3_KEYWORD),
        (OB2 / "validator-samples" / "simple-badge.png", OB2_KEYWORD),
    ],
)
def test_round_trip_through_the_samples(sample: object, keyword: str) -> None:
    original = find_png_badge(sample.read_bytes())  # type: ignore[attr-defined]
    assert original is not None and original.keyword == keyword
    baked = bake_png(UNBAKED, original.text, keyword)
    again = find_png_badge(baked)
    assert again is not None and again.text == original.text and again.keyword == keyword
    # Re-baking replaces: still exactly one badge chunk, now the new text.
    rebaked = find_png_badge(bake_png(baked, '{"id": "x"}', keyword))
    assert rebaked is not None and rebaked.text == '{"id": "x"}'
    # The image data is untouched.
    assert baked.count(b"IDAT") == UNBAKED.count(b"IDAT")


def test_an_unbaked_png_has_no_badge() -> None:
    assert find_png_badge(UNBAKED) is None


def test_a_pre_1_0_text_url_is_read() -> None:
    data = png_with(chunk(b"tEXt", b"openbadges\0https://example.org/assertion/1"))
    badge = find_png_badge(data)
    assert badge is not None and badge.chunk == "tEXt"
    assert badge.text == "https://example.org/assertion/1"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (png_with(itxt(b"x\x9c...", flag=1)), "compressed"),
        (png_with(chunk(b"zTXt", b"openbadges\0\0" + zlib.compress(b"{}"))), "compressed"),
        (png_with(itxt(b"{}"), itxt(b"{}")), "ambiguous"),
        (png_with(itxt(b"{}"))[:-20], "truncated"),
        (PNG_SIGNATURE + chunk(b"IDAT", b"") + chunk(b"IEND", b""), "IHDR"),
        (png_with(itxt(b"{}")).replace(b"{}", b"{!"), "CRC"),
        (png_with(chunk(b"iTXt", b"openbadgecredential\0\0\0")), "incomplete"),
        (png_with(itxt(b"\xff\xfe")), "UTF-8"),
        (PNG_SIGNATURE + struct.pack(">I", 0xFFFFFFF0) + b"IHDR", "truncated"),
    ],
    ids=["itxt-compressed", "ztxt", "two", "cut", "no-ihdr", "crc", "header", "utf8", "huge"],
)
def test_hostile_pngs_are_refused(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        find_png_badge(data)


def test_chunk_count_is_bounded() -> None:
    many = chunk(b"tIME", b"\0" * 7) * (MAX_PNG_CHUNKS + 1)
    with pytest.raises(InputError, match="more than"):
        find_png_badge(png_with(many))


def test_badge_chunk_size_is_bounded() -> None:
    with pytest.raises(InputTooLarge):
        find_png_badge(png_with(itxt(b" " * (3 * 1024 * 1024))))
