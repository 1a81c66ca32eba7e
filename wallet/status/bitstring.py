"""Decode a status list's ``encodedList`` and read one entry's value (STANDARDS §6).

Bitstring Status List v1.0 §4.2-4.3: ``encodedList`` is multibase base64url (``u`` prefix) of
the GZIP of the bitstring; StatusList2021 and RevocationList2020 write base64 without a prefix
(the DCC library writes base64url without padding, Open edX standard base64: both are read).
The bitstring is at least 16 KiB (131,072 bits) whatever the statusSize (§4.3 "minimum
length"); bit 0 is the most significant bit of byte 0; entry ``i`` of ``statusSize`` bits
starts at bit ``i * statusSize``.

Inflation is capped (:data:`MAX_INFLATED_BYTES`), so a gzip bomb is a malformed list, not a
full memory; a list that cannot be read is :class:`ListError`, never "not revoked".
"""

from __future__ import annotations

import base64
import binascii
import re

from wallet.net.inflate import InflateError, InflateTooLarge, gunzip_bounded

__all__ = ["MAX_INFLATED_BYTES", "MIN_BITS", "ListError", "decode_list", "entry_value"]

MIN_BITS = 131_072
MAX_INFLATED_BYTES = 16 * 1024 * 1024  # 134 million one-bit entries
MAX_ENCODED_CHARS = 4 * 1024 * 1024
_BASE64 = re.compile(r"^[A-Za-z0-9+/_-]*={0,2}$")


class ListError(ValueError):
    """The list is malformed: not base64, not gzip, too short, too large, index out of range."""


def decode_list(encoded: object, *, multibase: bool) -> bytes:
    """The bitstring of ``encodedList``. ``multibase`` requires the ``u`` prefix (Bitstring
    Status List); otherwise plain base64 or base64url (StatusList2021, RevocationList2020)."""
    if not isinstance(encoded, str) or not encoded:
        raise ListError("the list has no encodedList")
    if len(encoded) > MAX_ENCODED_CHARS:
        raise ListError("encodedList is larger than any status list needs")
    text = encoded
    if multibase:
        if not text.startswith("u"):
            raise ListError("encodedList is not multibase base64url (it must start with 'u')")
        text = text[1:]
    elif text.startswith("u") and text[1:3] == "H4":  # some writers add the prefix anyway
        text = text[1:]
    if not _BASE64.match(text):
        raise ListError("encodedList is not base64")
    text = text.replace("-", "+").replace("_", "/").rstrip("=")
    try:
        compressed = base64.b64decode(text + "=" * (-len(text) % 4), validate=True)
    except (binascii.Error, ValueError):
        raise ListError("encodedList is not base64") from None
    try:
        bits = gunzip_bounded(compressed, MAX_INFLATED_BYTES)
    except InflateTooLarge:
        raise ListError(f"the list inflates past {MAX_INFLATED_BYTES:,} bytes") from None
    except InflateError as exc:
        raise ListError(f"encodedList is not GZIP data: {exc}") from None
    if len(bits) * 8 < MIN_BITS:
        raise ListError(
            f"the list has {len(bits) * 8:,} bits; a status list has at least {MIN_BITS:,}"
        )
    return bits


def entry_value(bits: bytes, index: int, size: int = 1) -> int:
    """The ``size``-bit value of entry ``index`` (most significant bit first)."""
    start = index * size
    if index < 0 or size < 1 or start + size > len(bits) * 8:
        raise ListError(f"index {index} is outside the list ({len(bits) * 8 // size:,} entries)")
    value = 0
    for position in range(start, start + size):
        byte = bits[position // 8]
        value = (value << 1) | ((byte >> (7 - position % 8)) & 1)
    return value
