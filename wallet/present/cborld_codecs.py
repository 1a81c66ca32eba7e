"""CBOR-LD value codecs, encoding side, as ``@digitalcredentials/cborld`` 4.x writes them.

Each ``encode_*`` returns the compressed CBOR value, or :data:`KEEP` when the value stays as it is
(the library's "cannot compress" cases). Where that library throws (a malformed lowercase UUID, a
``z`` multibase value that is not base58), :class:`CborldEncodeError` is raised: a payload the
readers could not produce is not one we want to print.

Tables (cbor-ld-spec "term codec registry"; the values are fixed forever by printed QR codes):
context URLs → small integers; URI schemes → ``[scheme id, rest]`` arrays.
"""

from __future__ import annotations

import base64
import binascii
import re
from datetime import UTC, datetime
from typing import Any, Final

from wallet.dids.multibase import MultibaseError, b58decode

__all__ = [
    "CONTEXT_IDS",
    "KEEP",
    "KEYWORDS",
    "CborldEncodeError",
    "encode_context",
    "encode_date",
    "encode_datetime",
    "encode_multibase",
    "encode_uri",
]


class CborldEncodeError(ValueError):
    """The document cannot be written as CBOR-LD the way VP1- readers expect."""


class _Keep:
    def __repr__(self) -> str:
        return "KEEP"


KEEP: Final = _Keep()

# Keyword term ids (singular even, plural = id + 1); context terms start at 100.
KEYWORDS: Final[dict[str, int]] = {
    "@context": 0,
    "@type": 2,
    "@id": 4,
    "@value": 6,
    "@direction": 8,
    "@graph": 10,
    "@included": 12,
    "@index": 14,
    "@json": 16,
    "@language": 18,
    "@list": 20,
    "@nest": 22,
    "@reverse": 24,
    "@base": 26,
    "@container": 28,
    "@default": 30,
    "@embed": 32,
    "@explicit": 34,
    "@none": 36,
    "@omitDefault": 38,
    "@prefix": 40,
    "@preserve": 42,
    "@protected": 44,
    "@requireAll": 46,
    "@set": 48,
    "@version": 50,
    "@vocab": 52,
}

CONTEXT_IDS: Final[dict[str, int]] = {
    "https://www.w3.org/ns/activitystreams": 0x10,
    "https://www.w3.org/2018/credentials/v1": 0x11,
    "https://www.w3.org/ns/did/v1": 0x12,
    "https://w3id.org/security/suites/ed25519-2018/v1": 0x13,
    "https://w3id.org/security/suites/ed25519-2020/v1": 0x14,
    "https://w3id.org/cit/v1": 0x15,
    "https://w3id.org/age/v1": 0x16,
    "https://w3id.org/security/suites/x25519-2020/v1": 0x17,
    "https://w3id.org/veres-one/v1": 0x18,
    "https://w3id.org/webkms/v1": 0x19,
    "https://w3id.org/zcap/v1": 0x1A,
    "https://w3id.org/security/suites/hmac-2019/v1": 0x1B,
    "https://w3id.org/security/suites/aes-2019/v1": 0x1C,
    "https://w3id.org/vaccination/v1": 0x1D,
    "https://w3id.org/vc-revocation-list-2020/v1": 0x1E,
    "https://w3id.org/dcc/v1": 0x1F,
    "https://w3id.org/vc/status-list/v1": 0x20,
    "https://w3id.org/security/data-integrity/v1": 0x30,
    "https://w3id.org/security/multikey/v1": 0x31,
    "https://purl.imsglobal.org/spec/ob/v3p0/context.json": 0x32,
}

_HTTP, _HTTPS, _UUID_URN = 1, 2, 3
_DID_SCHEMES: Final[dict[str, int]] = {"did:v1:nym:": 1024, "did:key:": 1025}
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


def encode_context(value: Any) -> Any:
    """A registered context URL becomes its id; other strings and inline objects stay."""
    if isinstance(value, str):
        return CONTEXT_IDS.get(value, value)
    return KEEP


def encode_uri(value: Any) -> Any:
    """``@id``-typed values: https/http URLs, ``urn:uuid:`` and ``did:key:`` get compact forms."""
    if not isinstance(value, str) or not _parses_as_url(value):
        return KEEP
    scheme = ":".join(value.split(":")[:-1])
    if scheme in ("http", "https"):
        if value.startswith("https://"):
            return [_HTTPS, value[len("https://") :]]
        if value.startswith("http://"):
            return [_HTTP, value[len("http://") :]]
        return KEEP
    if scheme == "urn:uuid":
        rest = value[len("urn:uuid:") :]
        if rest.lower() != rest:
            return [_UUID_URN, rest]
        if not _UUID.match(rest):
            raise CborldEncodeError(f"{value!r} is not a valid UUID URN")
        return [_UUID_URN, bytes.fromhex(rest.replace("-", ""))]
    for prefix, scheme_id in _DID_SCHEMES.items():
        if scheme + ":" == prefix:
            parts = value[len(prefix) :].split("#")
            tokens = [scheme_id, _multibase58(parts[0])]
            if len(parts) > 1:
                tokens.append(_multibase58(parts[1]))
            return tokens
    return KEEP


def _multibase58(text: str) -> bytes | str:
    if text.startswith("z"):
        try:
            return b58decode(text[1:])
        except MultibaseError:
            pass
    return text


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


def encode_multibase(value: Any) -> Any:
    """``z`` (base58btc) and ``M`` (base64pad) multibase strings become prefix byte + bytes."""
    if not isinstance(value, str) or not value or value[0] not in "zM":
        return KEEP
    if value[0] == "z":
        try:
            return b"z" + b58decode(value[1:])
        except MultibaseError:
            raise CborldEncodeError(f"{value[:20]!r}… is not base58btc") from None
    try:
        return b"M" + base64.b64decode(value[1:] + "=" * (-len(value[1:]) % 4))
    except (binascii.Error, ValueError):
        raise CborldEncodeError(f"{value[:20]!r}… is not base64") from None


def encode_datetime(value: Any) -> Any:
    """``YYYY-MM-DDThh:mm:ssZ`` → seconds since the epoch; with ``.mmm`` → [seconds, ms].

    Anything else (offsets, other precisions, dates before 1970) stays a string, as the
    library leaves every value whose compression would not round-trip exactly.
    """
    if not isinstance(value, str) or "T" not in value or not _SECONDS_DATETIME.match(value):
        return KEEP
    moment = _parse(value[:19], "%Y-%m-%dT%H:%M:%S")
    if moment is None or moment < 0:
        return KEEP
    if value[19] == ".":
        return [moment, int(value[20:23])]
    return moment


def encode_date(value: Any) -> Any:
    """``YYYY-MM-DD`` → seconds since the epoch of that day's midnight UTC."""
    if not isinstance(value, str) or "T" in value or not _DATE.match(value):
        return KEEP
    moment = _parse(value, "%Y-%m-%d")
    return KEEP if moment is None or moment < 0 else moment


def _parse(text: str, pattern: str) -> int | None:
    try:
        return int(datetime.strptime(text, pattern).replace(tzinfo=UTC).timestamp())
    except ValueError:
        return None
