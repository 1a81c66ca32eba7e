"""Bounded gzip inflation, for HTTP ``Content-Encoding: gzip`` and status lists' ``encodedList``.

A few kilobytes of gzip can inflate to gigabytes (a "zip bomb"); ``zlib``'s ``max_length`` stops
inflating one byte past the cap, so memory stays bounded whatever the input.
"""

from __future__ import annotations

import zlib

__all__ = ["InflateError", "InflateTooLarge", "gunzip_bounded"]


class InflateError(ValueError):
    """Not a complete gzip stream (corrupt, truncated, or followed by other data)."""


class InflateTooLarge(InflateError):
    """The stream inflates past the cap; inflation stopped there."""


def gunzip_bounded(data: bytes, max_bytes: int) -> bytes:
    """The inflated bytes of the gzip member ``data``, at most ``max_bytes`` of them.

    Raises :class:`InflateTooLarge` past the cap and :class:`InflateError` for anything that is
    not exactly one complete gzip member (RFC 1952).
    """
    inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, max_bytes + 1)
    except zlib.error as exc:
        raise InflateError(f"not valid gzip data ({exc})") from None
    if len(out) > max_bytes or inflater.unconsumed_tail:
        raise InflateTooLarge(f"it inflates to more than {max_bytes:,} bytes")
    if not inflater.eof:
        raise InflateError("the gzip data is truncated")
    if inflater.unused_data:
        raise InflateError("other data follows the gzip data")
    return out
