"""VP1- payloads: CBOR writing, value codecs, and byte-equality with DCC vpqr's own output."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from wallet.errors import UnknownContextError
from wallet.formats.cborld import CborldEncodeError, encode_cborld
from wallet.formats.cborld.cbor_writer import CborWriteError, dumps
from wallet.formats.cborld.codecs import (
    NOT_ENCODED as KEEP,
)
from wallet.formats.cborld.codecs import (
    encode_context,
    encode_date,
    encode_datetime,
    encode_multibase,
    encode_uri,
)
from wallet.present.vpqr import vp1_payload

GOLDEN = Path(__file__).parent / "golden"
KEY = "z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK"
UUID = "0f5e6c2a-9b1d-4c3e-8f7a-1b2c3d4e5f60"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (0, "00"),
        (23, "17"),
        (24, "1818"),
        (1000, "1903e8"),
        (1000000, "1a000f4240"),
        (-1, "20"),
        (-1000, "3903e7"),
        (1.5, "f93e00"),
        (100000.0, "1a000186a0"),  # an integral float is a JavaScript integer
        (1.1, "fb3ff199999999999a"),
        (3.4028234663852886e38, "fa7f7fffff"),
        (True, "f5"),
        (None, "f6"),
        ("a", "6161"),
        ("ü", "62c3bc"),
        (b"\x01\x02", "420102"),
        ([1, [2, 3]], "8201820203"),
        ({"b": 1, "aa": 2}, "a2616201626161" + "02"),  # length first, then bytewise
        ({101: "x", 4: "y"}, "a2046179186561" + "78"),
    ],
)
def test_cbor_writer_matches_rfc_8949_and_cborg(value: Any, expected: str) -> None:
    assert dumps(value).hex() == expected


def test_cbor_writer_refuses_what_json_cannot_hold() -> None:
    with pytest.raises(CborWriteError):
        dumps({1: object()})


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-01-15T00:00:00Z", 1705276800),
        ("2024-01-15T00:00:00.250Z", [1705276800, 250]),
        ("2024-01-15T00:00:00+00:00", KEEP),  # lossy: the offset would be lost
        ("2024-01-15T00:00:00.25Z", KEEP),
        ("2024-02-30T00:00:00Z", KEEP),
        ("1969-12-31T23:59:59Z", KEEP),
        ("2024-01-15", KEEP),
        (17, KEEP),
    ],
)
def test_datetime_compresses_only_when_lossless(value: Any, expected: Any) -> None:
    assert encode_datetime(value) == expected


def test_dates() -> None:
    assert encode_date("2024-01-15") == 1705276800
    assert encode_date("2024-01-15T00:00:00Z") is KEEP
    assert encode_date("15/01/2024") is KEEP


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("https://example.org/a?b#c", [2, "example.org/a?b#c"]),
        ("http://example.org/", [1, "example.org/"]),
        ("https://example.org:8443/a", KEEP),  # as cborld: the scheme is all but the last colon
        ("https://exa mple.org/", KEEP),  # not a URL to a WHATWG parser
        (f"urn:uuid:{UUID}", [3, bytes.fromhex(UUID.replace("-", ""))]),
        (f"urn:uuid:{UUID.upper()}", [3, UUID.upper()]),
        (f"did:key:{KEY}#{KEY}", None),
        ("did:key:notbase58!", [1025, "notbase58!"]),
        ("did:example:123", KEEP),
        ("Badge", KEEP),
        (7, KEEP),
    ],
)
def test_uri_codec(value: Any, expected: Any) -> None:
    encoded = encode_uri(value)
    if expected is None:
        assert encoded[0] == 1025
        assert isinstance(encoded[1], bytes) and encoded[1][:2] == b"\xed\x01"
        assert encoded[2] == encoded[1]
        assert len(encoded) == 3
    else:
        assert encoded == expected


def test_a_malformed_lowercase_uuid_is_refused_as_cborld_refuses_it() -> None:
    with pytest.raises(CborldEncodeError, match="UUID"):
        encode_uri("urn:uuid:not-a-uuid")


def test_multibase_and_context_codecs() -> None:
    assert encode_multibase("z2") == b"z\x01"
    assert encode_multibase("MAQI=") == b"M\x01\x02"
    assert encode_multibase("u01") is KEEP
    with pytest.raises(CborldEncodeError):
        encode_multibase("z0OIl")
    assert encode_context("https://www.w3.org/2018/credentials/v1") == 0x11
    assert encode_context("https://www.w3.org/ns/credentials/v2") == (
        "https://www.w3.org/ns/credentials/v2"
    )
    assert encode_context({"@vocab": "x"}) is KEEP


def test_an_undefined_term_is_refused() -> None:
    document = {"@context": ["https://www.w3.org/ns/credentials/v2"], "gpa": "4.0"}
    with pytest.raises(CborldEncodeError, match="gpa"):
        encode_cborld(document)


def test_an_unknown_context_is_refused_not_fetched() -> None:
    with pytest.raises(UnknownContextError):
        encode_cborld({"@context": "https://example.org/unknown-context"})


def test_cborld_tag_and_registered_context() -> None:
    encoded = encode_cborld({"@context": "https://www.w3.org/2018/credentials/v1"})
    assert encoded == bytes.fromhex("d90501a10011")


@pytest.mark.parametrize("path", sorted(GOLDEN.glob("vp1-*.json")), ids=lambda p: p.stem)
def test_payload_is_byte_identical_to_dcc_vpqr(path: Path) -> None:
    golden = json.loads(path.read_text("utf-8"))
    assert vp1_payload(golden["presentation"]) == golden["payload"]
