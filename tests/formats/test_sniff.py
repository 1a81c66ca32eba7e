"""Recognising inputs from their content: every kind of the issue, and one sentence for bad ones."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.formats.helpers import FIXTURES, OB2, OB3, qr_png
from wallet.errors import InputError
from wallet.formats.sniff import read_input
from wallet.verify.dispatch import verify_unpacked
from wallet.verify.options import VerifyOptions
from wallet.verify.report import Verdict

SAMPLES = [
    (OB3 / "simple.json", "JSON", "vc", "an Open Badges 3.0 credential"),
    (OB3 / "simple.jwt", "JWT", "jwt", "an Open Badges 3.0 credential as a JWT"),
    (
        OB3 / "simple-json.png",
        "PNG",
        "vc",
        "an Open Badges 3.0 credential baked in a PNG (iTXt openbadgecredential)",
    ),
    (
        OB3 / "simple-jwt.png",
        "PNG",
        "jwt",
        "an Open Badges 3.0 credential as a JWT baked in a PNG (iTXt openbadgecredential)",
    ),
    (
        OB3 / "simple-json.svg",
        "SVG",
        "vc",
        "an Open Badges 3.0 credential baked in an SVG (<openbadges:credential>)",
    ),
    (
        OB3 / "simple-jwt.svg",
        "SVG",
        "jwt",
        "baked in an SVG (<openbadges:credential> verify attribute)",
    ),
    (
        OB2 / "validator-samples" / "simple-badge.png",
        "PNG",
        "ob2",
        "an Open Badges 2.0 assertion (hosted) baked in a PNG (iTXt openbadges)",
    ),
    (OB2 / "validator-samples" / "simple.jwt", "JWT", "ob2-jws", "Open Badges 2.0 signed"),
    (OB2 / "validator-samples" / "basic-assertion.json", "JSON", "ob2", "Open Badges 2.0"),
    (OB2 / "bakery" / "baked.svg", "SVG", "ob1", "an Open Badges 1.x assertion (legacy)"),
    (OB2 / "bakery" / "no-json.svg", "SVG", "link", "a link to a credential (http://example.org)"),
    (
        FIXTURES / "vp1" / "ob3-v2-presentation.vp1.txt",
        "VP1",
        "vc",
        "a presentation holding 1 credential from a VP1- QR payload",
    ),
]


@pytest.mark.parametrize(("path", "kind", "format", "found"), SAMPLES, ids=lambda v: str(v)[-40:])
def test_recognises_each_kind_from_content(
    path: Path, kind: str, format: str, found: str, tmp_path: Path
) -> None:
    # The name says nothing: the same bytes under a misleading name read the same.
    disguised = tmp_path / "credential.txt"
    disguised.write_bytes(path.read_bytes())
    unpacked = read_input(disguised.read_bytes())
    assert (unpacked.kind, unpacked.format) == (kind, format)
    assert found in unpacked.found


def test_a_url_is_recorded_as_the_source_and_not_fetched() -> None:
    unpacked = read_input(b"https://badges.example.edu/assertions/42\n")
    assert unpacked.format == "link"
    assert unpacked.source == "https://badges.example.edu/assertions/42"
    report = verify_unpacked(unpacked, VerifyOptions())
    assert report.verdict is Verdict.UNVERIFIABLE
    assert "network" in unpacked.found


def test_a_qr_code_holding_a_url_is_a_link() -> None:
    unpacked = read_input(qr_png("https://badges.example.edu/assertions/42"))
    assert (unpacked.kind, unpacked.format) == ("QR", "link")
    assert "in a QR code (PNG image)" in unpacked.found


def _one_sentence(message: str) -> None:
    assert message and "\n" not in message and "Traceback" not in message
    assert len(message) < 200


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ((OB2 / "bakery" / "unbaked.png").read_bytes(), "a PNG image with no badge baked in it"),
        ((OB2 / "bakery" / "bad-json.svg").read_bytes(), "holds broken JSON"),
        ((OB2 / "bakery" / "unbaked.svg").read_bytes(), "an SVG image with no badge baked in it"),
        (b"eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJodHRwczovL2V4YW1w", "the JWT is truncated"),
        (b"eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJodHRwczovL2V4YW1w.c2ln", "the JWT is truncated"),
        (os.urandom(0) + bytes(range(256)) * 8, "not a credential"),
        (b"<html><body>hello</body></html>", "not an SVG image"),
        (b"VP1-B!!!!", "not base32"),
        (b"", "empty"),
    ],
    ids=[
        "png-no-badge",
        "svg-bad-json",
        "svg-no-badge",
        "jwt-2-parts",
        "jwt-cut",
        "binary",
        "html",
        "vp1-garbage",
        "empty",
    ],
)
def test_bad_inputs_get_one_clear_sentence(data: bytes, expected: str) -> None:
    with pytest.raises(InputError) as caught:
        read_input(data)
    _one_sentence(str(caught.value))
    assert expected in str(caught.value)


def test_an_ob2_badgeclass_is_not_taken_for_a_credential() -> None:
    with pytest.raises(InputError, match="BadgeClass"):
        read_input((OB2 / "validator-samples" / "assets" / "badgeclass1.json").read_bytes())


def test_json_with_no_credential_shape_at_all_is_not_taken_for_a_credential() -> None:
    # An OB 2.0 criteria file, as it sits beside the badges in a folder (audit 13-16 gap 9).
    criteria = (OB2 / "validator-samples" / "assets" / "badgecriteria.json").read_bytes()
    for data in (criteria, b"{}", b'{"name": "Welding", "description": "not signed"}'):
        with pytest.raises(InputError, match=r"^this JSON has no @context, type, issuer or"):
            read_input(data)
    # Anything with a credential's shape is still read as one (and fails format when wrong).
    assert read_input(b'{"credentialSubject": {"id": "did:example:1"}}').format == "vc"


def test_a_vc_jwt_is_not_taken_for_an_ob2_assertion() -> None:
    assert read_input((OB3 / "simple.jwt").read_bytes()).format == "jwt"
    assert read_input((OB2 / "validator-samples" / "simple.jwt").read_bytes()).format == "ob2-jws"
