"""A small deterministic CBOR writer (RFC 8949) with the conventions of the ``cborg`` JS library.

VP1- payloads must be byte-identical to what ``@digitalcredentials/cborld`` writes, so the choices
``cborg`` makes are made here too: shortest integer heads; floats in the shortest of half, single
and double precision that keeps the value (RFC 8949 §4.2.2 "preferred serialization"); a float
with an integral value written as an integer (JavaScript has one number type); map keys sorted
length-first, then bytewise, on their encoded form (RFC 7049 §3.9 canonical order, cborg's
``mapSorter``).
"""

from __future__ import annotations

import math
import struct
from typing import Any

__all__ = ["CborWriteError", "dumps"]

_MAX_SAFE_INTEGER = 2**53 - 1


class CborWriteError(ValueError):
    """A value with no CBOR form here (a Python object that JSON cannot hold)."""


def dumps(value: Any) -> bytes:
    out = bytearray()
    _write(out, value)
    return bytes(out)


def _head(out: bytearray, major: int, argument: int) -> None:
    kind = major << 5
    if argument < 24:
        out.append(kind | argument)
    elif argument < 0x100:
        out += bytes((kind | 24, argument))
    elif argument < 0x10000:
        out.append(kind | 25)
        out += argument.to_bytes(2, "big")
    elif argument < 0x100000000:
        out.append(kind | 26)
        out += argument.to_bytes(4, "big")
    elif argument < 0x10000000000000000:
        out.append(kind | 27)
        out += argument.to_bytes(8, "big")
    else:
        raise CborWriteError("integer too large for CBOR")


def _text(value: str) -> bytes:
    try:
        return value.encode("utf-8")
    except UnicodeEncodeError:
        # A lone surrogate: JavaScript's TextEncoder writes U+FFFD for it.
        units = value.encode("utf-16-be", "surrogatepass")
        return units.decode("utf-16-be", "replace").encode("utf-8")


def _write(out: bytearray, value: Any) -> None:
    if value is None:
        out.append(0xF6)
    elif value is True:
        out.append(0xF5)
    elif value is False:
        out.append(0xF4)
    elif isinstance(value, int):
        _integer(out, value)
    elif isinstance(value, float):
        if value.is_integer() and abs(value) <= _MAX_SAFE_INTEGER:
            _integer(out, int(value))
        else:
            _float(out, value)
    elif isinstance(value, str):
        raw = _text(value)
        _head(out, 3, len(raw))
        out += raw
    elif isinstance(value, bytes | bytearray):
        _head(out, 2, len(value))
        out += value
    elif isinstance(value, list | tuple):
        _head(out, 4, len(value))
        for item in value:
            _write(out, item)
    elif isinstance(value, dict):
        pairs = sorted((dumps(k), v) for k, v in value.items())
        pairs.sort(key=lambda pair: len(pair[0]))  # stable: length first, then bytewise
        _head(out, 5, len(pairs))
        for key, item in pairs:
            out += key
            _write(out, item)
    else:
        raise CborWriteError(f"cannot write {type(value).__name__} as CBOR")


def _integer(out: bytearray, value: int) -> None:
    if value >= 0:
        _head(out, 0, value)
    else:
        _head(out, 1, -1 - value)


def _float(out: bytearray, value: float) -> None:
    if math.isnan(value):
        out += b"\xf9\x7e\x00"
        return
    for marker, fmt in ((0xF9, ">e"), (0xFA, ">f")):
        try:
            packed = struct.pack(fmt, value)
        except OverflowError:
            continue
        if struct.unpack(fmt, packed)[0] == value:
            out.append(marker)
            out += packed
            return
    out.append(0xFB)
    out += struct.pack(">d", value)
