"""Badges baked into PNG images: find and write the text chunk that carries the credential.

OB 3.0 §5.3.1 (Baking): one ``iTXt`` chunk, keyword ``openbadgecredential``, compression flag 0,
text = JSON or a compact JWS. OB 2.0 uses keyword ``openbadges`` (JSON, a JWS or a URL); badges
from before OB 1.0 carry a URL in a ``tEXt`` chunk with that keyword.

Reading is bounded (STANDARDS §7 A8): chunk headers are checked against the file size, at most
:data:`MAX_PNG_CHUNKS` chunks are walked, only the badge chunk's data is read and CRC-checked, a
compressed badge chunk is refused (nothing is ever inflated), and two badge chunks are an error.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass

from wallet.errors import InputError, InputTooLarge
from wallet.formats.jsontext import MAX_JSON_BYTES

__all__ = [
    "MAX_PNG_BYTES",
    "MAX_PNG_CHUNKS",
    "OB2_KEYWORD",
    "OB3_KEYWORD",
    "PNG_SIGNATURE",
    "PngBadge",
    "bake_png",
    "find_png_badge",
    "is_png",
]

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
MAX_PNG_BYTES = 20 * 1024 * 1024
# A 20 MB image written in 8 KB IDAT chunks has about 2,600 chunks.
MAX_PNG_CHUNKS = 20_000
OB3_KEYWORD, OB2_KEYWORD = "openbadgecredential", "openbadges"
_KEYWORDS = (OB3_KEYWORD, OB2_KEYWORD)
_TEXT_CHUNKS = (b"iTXt", b"tEXt", b"zTXt")


@dataclass(frozen=True)
class PngBadge:
    """The baked text, its keyword and the chunk type it came in (for the report)."""

    keyword: str
    chunk: str
    text: str


@dataclass(frozen=True)
class _Chunk:
    type: bytes
    start: int  # offset of the length field
    data_start: int
    data_end: int  # the CRC follows

    @property
    def end(self) -> int:
        return self.data_end + 4


def is_png(data: bytes) -> bool:
    return data.startswith(PNG_SIGNATURE)


def _chunks(data: bytes) -> list[_Chunk]:
    if len(data) > MAX_PNG_BYTES:
        raise InputTooLarge(
            f"a PNG of {len(data):,} bytes is over the {MAX_PNG_BYTES:,}-byte limit"
        )
    if not is_png(data):
        raise InputError("not a PNG image")
    chunks: list[_Chunk] = []
    offset = len(PNG_SIGNATURE)
    while True:
        if len(chunks) >= MAX_PNG_CHUNKS:
            raise InputError(f"the PNG has more than {MAX_PNG_CHUNKS:,} chunks")
        if offset + 8 > len(data):
            raise InputError("the PNG is truncated: it ends before its IEND chunk")
        length, kind = struct.unpack_from(">I4s", data, offset)
        if length > 0x7FFFFFFF or offset + 12 + length > len(data):
            raise InputError("the PNG is truncated or damaged: a chunk runs past the end")
        if not kind.isalpha():
            raise InputError("the PNG is damaged: a chunk type is not four letters")
        chunks.append(_Chunk(kind, offset, offset + 8, offset + 8 + length))
        offset += 12 + length
        if kind == b"IEND":
            break
    if chunks[0].type != b"IHDR":
        raise InputError("the PNG is damaged: it does not start with an IHDR chunk")
    return chunks


def _keyword(data: bytes, chunk: _Chunk) -> str | None:
    """The chunk's keyword when it is a badge keyword, without reading the rest of the chunk."""
    # PNG §11.3.4: keywords are 1-79 bytes, then a null separator.
    end = data.find(b"\0", chunk.data_start, min(chunk.data_end, chunk.data_start + 80))
    if end < 0:
        return None
    keyword = data[chunk.data_start : end].decode("latin-1")
    return keyword if keyword in _KEYWORDS else None


def _badge_text(data: bytes, chunk: _Chunk, keyword: str) -> str:
    length = chunk.data_end - chunk.data_start
    if length > MAX_JSON_BYTES + 1024:
        raise InputTooLarge(f"the PNG's {keyword} chunk of {length:,} bytes is over the limit")
    body = data[chunk.data_start : chunk.data_end]
    (crc,) = struct.unpack_from(">I", data, chunk.data_end)
    if zlib.crc32(chunk.type + body) != crc:
        raise InputError(f"the PNG's {keyword} chunk is damaged (its CRC does not match)")
    rest = body[len(keyword) + 1 :]
    if chunk.type == b"zTXt":
        raise InputError(f"the PNG's {keyword} chunk is compressed, which badges must not be")
    if chunk.type == b"tEXt":
        return rest.decode("latin-1")
    if len(rest) < 2 or rest[0] != 0:
        raise InputError(f"the PNG's {keyword} chunk is compressed, which badges must not be")
    if rest[1] != 0:
        raise InputError(f"the PNG's {keyword} chunk names an unknown compression method")
    language_end = rest.find(b"\0", 2)
    translated_end = rest.find(b"\0", language_end + 1) if language_end >= 0 else -1
    if translated_end < 0:
        raise InputError(f"the PNG's {keyword} chunk is damaged (its iTXt header is incomplete)")
    try:
        return rest[translated_end + 1 :].decode("utf-8")
    except UnicodeDecodeError:
        raise InputError(f"the PNG's {keyword} chunk is not UTF-8 text") from None


def find_png_badge(data: bytes) -> PngBadge | None:
    """The credential baked in ``data``, or None when the PNG carries none.

    Raises :class:`InputError` for a damaged PNG, a compressed or damaged badge chunk, or more
    than one badge chunk (OB 3.0: "MUST be only one"; an OB 2.0 chunk beside an OB 3.0 one too).
    """
    found: list[tuple[_Chunk, str]] = []
    for chunk in _chunks(data):
        if chunk.type in _TEXT_CHUNKS:
            keyword = _keyword(data, chunk)
            if keyword is not None:
                found.append((chunk, keyword))
    if not found:
        return None
    if len(found) > 1:
        # Issue 9: two badges (an OB 3.0 and an OB 2.0 chunk, or two of one kind): which one
        # the image shows cannot be told, and readers disagree on which they take.
        keywords = " and ".join(sorted({keyword for _, keyword in found}))
        raise InputError(
            f"the PNG holds {len(found)} badge chunks ({keywords}), so which one it carries "
            "cannot be told: refused as ambiguous"
        )
    chunk, keyword = found[0]
    text = _badge_text(data, chunk, keyword).strip()
    if not text:
        raise InputError(f"the PNG's {keyword} chunk is empty")
    return PngBadge(keyword, chunk.type.decode("ascii"), text)


def _make_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def bake_png(data: bytes, text: str, keyword: str = OB3_KEYWORD) -> bytes:
    """``data`` with ``text`` baked in an uncompressed ``iTXt`` chunk right after ``IHDR``.

    Any badge chunk already in the image is removed first, so re-baking replaces the credential.
    """
    if keyword not in _KEYWORDS:
        raise ValueError(f"unknown badge keyword {keyword!r}")
    encoded = text.encode("utf-8")
    if len(encoded) > MAX_JSON_BYTES:
        raise InputTooLarge("the credential is too large to bake")
    chunks = _chunks(data)
    body = keyword.encode("latin-1") + b"\0\0\0\0\0" + encoded
    parts = [data[: chunks[0].end], _make_chunk(b"iTXt", body)]
    for chunk in chunks[1:]:
        if chunk.type in _TEXT_CHUNKS and _keyword(data, chunk) is not None:
            continue
        parts.append(data[chunk.start : chunk.end])
    return b"".join(parts)
