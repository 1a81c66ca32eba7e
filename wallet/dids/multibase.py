"""Multibase and multicodec: the text encodings of keys and proof values (STANDARDS §0).

Only what verifiable credentials use: ``z`` (base58btc) and ``u`` (base64url, no padding), and the
unsigned-varint multicodec prefixes of the key types we support.
"""

from __future__ import annotations

import base64
import binascii

from wallet.wording import shown

__all__ = [
    "MultibaseError",
    "b58decode",
    "b58encode",
    "b64url_decode",
    "b64url_encode",
    "multibase_decode",
    "multibase_encode",
    "split_multicodec",
]

_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_B58_INDEX = {c: i for i, c in enumerate(_B58)}
# A multibase value that long is not a key or a signature; refuse before the quadratic decode.
MAX_MULTIBASE_CHARS = 4096


class MultibaseError(ValueError):
    """A malformed multibase, base58, base64url or multicodec value."""


def b58encode(data: bytes) -> str:
    number = int.from_bytes(data, "big")
    out = []
    while number:
        number, rem = divmod(number, 58)
        out.append(_B58[rem])
    zeros = len(data) - len(data.lstrip(b"\0"))
    return "1" * zeros + "".join(reversed(out))


def b58decode(text: str) -> bytes:
    if len(text) > MAX_MULTIBASE_CHARS:
        raise MultibaseError("base58 value is too long")
    number = 0
    for char in text:
        digit = _B58_INDEX.get(char)
        if digit is None:
            raise MultibaseError(f"{shown(char)} is not a base58btc character")
        number = number * 58 + digit
    zeros = len(text) - len(text.lstrip("1"))
    body = number.to_bytes((number.bit_length() + 7) // 8, "big") if number else b""
    return b"\0" * zeros + body


def b64url_encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64url_decode(text: str) -> bytes:
    """Strict base64url without padding (RFC 7515 §2); standard-alphabet characters are refused."""
    if not isinstance(text, str) or any(c in text for c in "+/= \n\r\t"):
        raise MultibaseError("not base64url")
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError):
        raise MultibaseError("not base64url") from None


def multibase_decode(text: str) -> bytes:
    if not isinstance(text, str) or not text:
        raise MultibaseError("empty multibase value")
    if len(text) > MAX_MULTIBASE_CHARS:
        raise MultibaseError("multibase value is too long")
    prefix, body = text[0], text[1:]
    if prefix == "z":
        return b58decode(body)
    if prefix == "u":
        return b64url_decode(body)
    raise MultibaseError(f"unsupported multibase prefix {shown(prefix)}")


def multibase_encode(data: bytes, base: str = "z") -> str:
    if base == "z":
        return "z" + b58encode(data)
    if base == "u":
        return "u" + b64url_encode(data)
    raise MultibaseError(f"unsupported multibase prefix {shown(base)}")


def split_multicodec(data: bytes) -> tuple[int, bytes]:
    """Read the unsigned-varint codec at the start of ``data``; return (codec, rest)."""
    codec = 0
    for index in range(min(len(data), 4)):
        byte = data[index]
        codec |= (byte & 0x7F) << (7 * index)
        if not byte & 0x80:
            return codec, data[index + 1 :]
    raise MultibaseError("malformed multicodec prefix")
