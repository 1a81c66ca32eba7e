"""Value codecs of CBOR-LD (DCC ``cborld`` 4.x): compact forms of URIs, terms, dates, multibase.

Each ``decode_*`` function returns the JSON-LD value, or :data:`NOT_ENCODED` when the CBOR value
is not in that codec's compact form (the value is then used as it is, as the reference does).
Malformed compact values raise :class:`InputError`. Encoders will sit beside these, using the
same tables from :mod:`wallet.formats.cborld.registry`.
"""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta
from typing import Any, Final

from wallet.dids.multibase import b58encode
from wallet.errors import InputError
from wallet.formats.cborld.registry import (
    CONTEXT_ID_TO_URL,
    DID_SCHEME_IDS,
    HTTP_ID,
    HTTPS_ID,
    TYPE_DATE,
    TYPE_DATETIME,
    TYPE_MULTIBASE,
    UUID_URN_ID,
)

__all__ = [
    "NOT_ENCODED",
    "decode_context",
    "decode_typed",
    "decode_uri",
    "decode_vocab",
]


class _NotEncoded:
    def __repr__(self) -> str:
        return "NOT_ENCODED"


NOT_ENCODED: Final = _NotEncoded()
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def decode_context(value: Any) -> Any:
    """A ``@context`` entry: a registered context id, or an inline value kept as it is."""
    if not _is_number(value):
        return value
    url = CONTEXT_ID_TO_URL.get(value) if _is_int(value) else None
    if url is None:
        raise InputError(f"CBOR-LD compressed context {value} is not in the registry")
    return url


def decode_uri(value: Any) -> Any:
    """``[scheme id, rest...]`` back to a URI string: http(s) URLs, ``urn:uuid:``, ``did:key:``."""
    if not isinstance(value, list) or not value:
        return NOT_ENCODED
    scheme = value[0]
    if not _is_int(scheme):
        return NOT_ENCODED
    if scheme in (HTTP_ID, HTTPS_ID):
        if len(value) != 2 or not isinstance(value[1], str):
            return NOT_ENCODED
        return ("https://" if scheme == HTTPS_ID else "http://") + value[1]
    if scheme == UUID_URN_ID:
        if len(value) != 2:
            return NOT_ENCODED
        if isinstance(value[1], str):
            return "urn:uuid:" + value[1]
        if isinstance(value[1], bytes):
            if len(value[1]) != 16:
                raise InputError("a compressed urn:uuid must be 16 bytes")
            text = value[1].hex()
            return f"urn:uuid:{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"
        return NOT_ENCODED
    prefix = DID_SCHEME_IDS.get(scheme)
    if prefix is None or not 2 <= len(value) <= 3:
        return NOT_ENCODED
    uri = prefix + _base58_part(value[1])
    if len(value) == 3:
        uri += "#" + _base58_part(value[2])
    return uri


def _base58_part(part: Any) -> str:
    if isinstance(part, str):
        return part
    if isinstance(part, bytes):
        return "z" + b58encode(part)
    raise InputError("a compressed DID URL part must be text or bytes")


def decode_vocab(value: Any, id_to_term: dict[int, str]) -> Any:
    """A ``@type`` value or ``@vocab``-typed term: a term id, or a compressed URI."""
    if isinstance(value, list):
        return decode_uri(value)
    if _is_int(value):
        term = id_to_term.get(value)
        return NOT_ENCODED if term is None else term
    return NOT_ENCODED


def _multibase(value: Any) -> Any:
    if not isinstance(value, bytes) or not value:
        return NOT_ENCODED
    if value[0] == 0x7A:  # "z": base58btc
        return "z" + b58encode(value[1:])
    if value[0] == 0x4D:  # "M": base64 with padding
        return "M" + base64.b64encode(value[1:]).decode("ascii")
    return NOT_ENCODED


def _iso(milliseconds: int, keep_zero_millis: bool) -> str:
    """JavaScript's ``Date.prototype.toISOString`` for years 0001-9999."""
    try:
        moment = _EPOCH + timedelta(milliseconds=milliseconds)
    except OverflowError:
        raise InputError("a compressed date is out of range") from None
    if not 1 <= moment.year <= 9999:
        raise InputError("a compressed date is out of range")
    text = moment.strftime("%Y-%m-%dT%H:%M:%S") + f".{moment.microsecond // 1000:03d}Z"
    if not keep_zero_millis:
        text = text.replace(".000Z", "Z")
    return text


def _millis(seconds: Any) -> int:
    # new Date(x) truncates a fractional time value towards zero (ECMA-262 TimeClip).
    total = seconds * 1000
    if isinstance(total, float) and (total != total or abs(total) > 8.64e15):
        raise InputError("a compressed date is out of range")
    return int(total)


def _date(value: Any) -> Any:
    if not _is_number(value):
        return NOT_ENCODED
    return _iso(_millis(value), True).split("T", 1)[0]


def _datetime(value: Any) -> Any:
    if _is_number(value):
        return _iso(_millis(value), False)
    if isinstance(value, list) and len(value) == 2 and any(_is_number(v) for v in value):
        if not all(_is_number(v) for v in value):
            raise InputError("a compressed date-time must be two numbers")
        return _iso(_millis(value[0]) + int(value[1]), True)
    return NOT_ENCODED


def decode_typed(term_type: str | None, value: Any, id_to_term: dict[int, str]) -> Any:
    """Decode a property value by its term's type; :data:`NOT_ENCODED` when no codec applies."""
    if term_type is None:
        return NOT_ENCODED
    if term_type == "@id":
        return decode_uri(value)
    if term_type == "@vocab":
        return decode_vocab(value, id_to_term)
    if term_type == TYPE_MULTIBASE:
        return _multibase(value)
    if term_type == TYPE_DATE:
        return _date(value)
    if term_type == TYPE_DATETIME:
        return _datetime(value)
    return NOT_ENCODED
