"""Value codecs of CBOR-LD (DCC ``cborld`` 4.x): compact forms of URIs, terms, dates, multibase.

Each codec comes as a pair over the tables of :mod:`wallet.formats.cborld.registry`:

- ``encode_*`` returns the compact CBOR value, or :data:`NOT_ENCODED` when the value stays as it
  is (the library's "cannot compress" cases: whatever would not round-trip exactly). Where that
  library throws (a malformed lowercase UUID, a ``z`` multibase value that is not base58),
  :class:`CborldEncodeError` is raised: a payload the readers could not produce is not one to print.
- ``decode_*`` returns the JSON-LD value, or :data:`NOT_ENCODED` when the CBOR value is not in that
  codec's compact form (it is then used as it is, as the reference does). Malformed compact values
  raise :class:`InputError`.
"""

from __future__ import annotations

import base64
import binascii
import re
from datetime import UTC, datetime, timedelta
from typing import Any, Final

from wallet.dids.multibase import MultibaseError, b58decode, b58encode
from wallet.errors import InputError
from wallet.formats.cborld.registry import (
    CONTEXT_ID_TO_URL,
    CONTEXT_URL_TO_ID,
    DID_PREFIX_TO_SCHEME_ID,
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
    "CborldEncodeError",
    "decode_context",
    "decode_typed",
    "decode_uri",
    "decode_vocab",
    "encode_context",
    "encode_date",
    "encode_datetime",
    "encode_multibase",
    "encode_typed",
    "encode_uri",
    "encode_vocab",
]


class CborldEncodeError(ValueError):
    """The document cannot be written as CBOR-LD the way VP1- readers expect."""


class _NotEncoded:
    def __repr__(self) -> str:
        return "NOT_ENCODED"


NOT_ENCODED: Final = _NotEncoded()
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
# uuid@8 validate(): versions 1-5 and RFC 4122 variant, or the nil UUID.
_UUID = re.compile(
    r"^(?:[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"
    r"|00000000-0000-0000-0000-000000000000)$",
    re.IGNORECASE,
)
# WHATWG URL: characters that make a special-scheme host invalid (URL standard §3.5).
_FORBIDDEN_HOST = set(" \t\n\r#%/:<>?@[\\]^|")
_SECONDS_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


# --- @context ------------------------------------------------------------------------------------
def encode_context(value: Any) -> Any:
    """A registered context URL becomes its id; other strings and inline objects stay."""
    if isinstance(value, str):
        return CONTEXT_URL_TO_ID.get(value, value)
    return NOT_ENCODED


def decode_context(value: Any) -> Any:
    """A ``@context`` entry: a registered context id, or an inline value kept as it is."""
    if not _is_number(value):
        return value
    url = CONTEXT_ID_TO_URL.get(value) if _is_int(value) else None
    if url is None:
        raise InputError(f"CBOR-LD compressed context {value} is not in the registry")
    return url


# --- URIs (@id-typed values) ---------------------------------------------------------------------
def encode_uri(value: Any) -> Any:
    """``@id``-typed values: https/http URLs, ``urn:uuid:`` and ``did:key:`` get compact forms."""
    if not isinstance(value, str) or not _parses_as_url(value):
        return NOT_ENCODED
    scheme = ":".join(value.split(":")[:-1])  # as cborld: all but the last colon
    if scheme in ("http", "https"):
        if value.startswith("https://"):
            return [HTTPS_ID, value[len("https://") :]]
        if value.startswith("http://"):
            return [HTTP_ID, value[len("http://") :]]
        return NOT_ENCODED
    if scheme == "urn:uuid":
        rest = value[len("urn:uuid:") :]
        if rest.lower() != rest:
            return [UUID_URN_ID, rest]
        if not _UUID.match(rest):
            raise CborldEncodeError(f"{value!r} is not a valid UUID URN")
        return [UUID_URN_ID, bytes.fromhex(rest.replace("-", ""))]
    scheme_id = DID_PREFIX_TO_SCHEME_ID.get(scheme + ":")
    if scheme_id is None:
        return NOT_ENCODED
    parts = value[len(scheme) + 1 :].split("#")
    tokens: list[Any] = [scheme_id, _multibase58(parts[0])]
    if len(parts) > 1:
        tokens.append(_multibase58(parts[1]))
    return tokens


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


def _multibase58(text: str) -> bytes | str:
    if text.startswith("z"):
        try:
            return b58decode(text[1:])
        except MultibaseError:
            pass
    return text


def _base58_part(part: Any) -> str:
    if isinstance(part, str):
        return part
    if isinstance(part, bytes):
        return "z" + b58encode(part)
    raise InputError("a compressed DID URL part must be text or bytes")


def _parses_as_url(value: str) -> bool:
    """Would ``new URL(value)`` accept it? Exact for the schemes that have codecs."""
    scheme, colon, rest = value.partition(":")
    if not colon or not scheme or not (scheme[0].isascii() and scheme[0].isalpha()):
        return False
    if not all(c.isascii() and (c.isalnum() or c in "+-.") for c in scheme):
        return False
    if scheme.lower() not in ("http", "https"):
        return True
    authority = rest.lstrip("/\\")
    host = re.split(r"[/?#\\]", authority, maxsplit=1)[0].rpartition("@")[2]
    if host.count(":") == 1:
        host, _, port = host.partition(":")
        if port and not port.isdigit():
            return False
    if not host or any(c in _FORBIDDEN_HOST for c in host):
        return False
    try:
        host.encode("idna")
    except UnicodeError:
        return False
    return True


# --- @vocab-typed values and @type ---------------------------------------------------------------
def encode_vocab(value: Any, term_to_id: dict[str, int]) -> Any:
    """A term name (any met so far, keywords included) becomes its id; anything else is a URI."""
    if isinstance(value, str) and value in term_to_id:
        return term_to_id[value]
    return encode_uri(value)


def decode_vocab(value: Any, id_to_term: dict[int, str]) -> Any:
    """A ``@type`` value or ``@vocab``-typed term: a term id, or a compressed URI."""
    if isinstance(value, list):
        return decode_uri(value)
    if _is_int(value):
        term = id_to_term.get(value)
        return NOT_ENCODED if term is None else term
    return NOT_ENCODED


# --- multibase -----------------------------------------------------------------------------------
def encode_multibase(value: Any) -> Any:
    """``z`` (base58btc) and ``M`` (base64pad) multibase strings become prefix byte + bytes."""
    if not isinstance(value, str) or not value or value[0] not in "zM":
        return NOT_ENCODED
    if value[0] == "z":
        try:
            return b"z" + b58decode(value[1:])
        except MultibaseError:
            raise CborldEncodeError(f"{value[:20]!r}… is not base58btc") from None
    try:
        return b"M" + base64.b64decode(value[1:] + "=" * (-len(value[1:]) % 4))
    except (binascii.Error, ValueError):
        raise CborldEncodeError(f"{value[:20]!r}… is not base64") from None


def _decode_multibase(value: Any) -> Any:
    if not isinstance(value, bytes) or not value:
        return NOT_ENCODED
    if value[0] == 0x7A:  # "z": base58btc
        return "z" + b58encode(value[1:])
    if value[0] == 0x4D:  # "M": base64 with padding
        return "M" + base64.b64encode(value[1:]).decode("ascii")
    return NOT_ENCODED


# --- xsd:date and xsd:dateTime -------------------------------------------------------------------
def encode_datetime(value: Any) -> Any:
    """``YYYY-MM-DDThh:mm:ssZ`` → seconds since the epoch; with ``.mmm`` → [seconds, ms].

    Anything else (offsets, other precisions, dates before 1970) stays a string, as the
    library leaves every value whose compression would not round-trip exactly.
    """
    if not isinstance(value, str) or "T" not in value or not _SECONDS_DATETIME.match(value):
        return NOT_ENCODED
    moment = _seconds(value[:19], "%Y-%m-%dT%H:%M:%S")
    if moment is None or moment < 0:
        return NOT_ENCODED
    if value[19] == ".":
        return [moment, int(value[20:23])]
    return moment


def encode_date(value: Any) -> Any:
    """``YYYY-MM-DD`` → seconds since the epoch of that day's midnight UTC."""
    if not isinstance(value, str) or "T" in value or not _DATE.match(value):
        return NOT_ENCODED
    moment = _seconds(value, "%Y-%m-%d")
    return NOT_ENCODED if moment is None or moment < 0 else moment


def _seconds(text: str, pattern: str) -> int | None:
    try:
        return int(datetime.strptime(text, pattern).replace(tzinfo=UTC).timestamp())
    except ValueError:
        return None


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


def _decode_date(value: Any) -> Any:
    if not _is_number(value):
        return NOT_ENCODED
    return _iso(_millis(value), True).split("T", 1)[0]


def _decode_datetime(value: Any) -> Any:
    if _is_number(value):
        return _iso(_millis(value), False)
    if isinstance(value, list) and len(value) == 2 and any(_is_number(v) for v in value):
        if not all(_is_number(v) for v in value):
            raise InputError("a compressed date-time must be two numbers")
        return _iso(_millis(value[0]) + int(value[1]), True)
    return NOT_ENCODED


# --- by term type --------------------------------------------------------------------------------
def encode_typed(term_type: str | None, value: Any, term_to_id: dict[str, int]) -> Any:
    """Encode a property value by its term's type; :data:`NOT_ENCODED` when no codec applies."""
    if term_type == "@id":
        return encode_uri(value)
    if term_type == "@vocab":
        return encode_vocab(value, term_to_id)
    if term_type == TYPE_MULTIBASE:
        return encode_multibase(value)
    if term_type == TYPE_DATE:
        return encode_date(value)
    if term_type == TYPE_DATETIME:
        return encode_datetime(value)
    return NOT_ENCODED


def decode_typed(term_type: str | None, value: Any, id_to_term: dict[int, str]) -> Any:
    """Decode a property value by its term's type; :data:`NOT_ENCODED` when no codec applies."""
    if term_type == "@id":
        return decode_uri(value)
    if term_type == "@vocab":
        return decode_vocab(value, id_to_term)
    if term_type == TYPE_MULTIBASE:
        return _decode_multibase(value)
    if term_type == TYPE_DATE:
        return _decode_date(value)
    if term_type == TYPE_DATETIME:
        return _decode_datetime(value)
    return NOT_ENCODED
