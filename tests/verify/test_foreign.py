"""Credentials the wallet recognises but cannot check (Blockcerts, JAdES seals, European Digital
Credentials in XML) are named and unverifiable: never invalid, never valid, never a crash."""

from __future__ import annotations

import json
from typing import Any

import pytest

from wallet.dids.multibase import b64url_encode
from wallet.errors import InputError
from wallet.verify import Report, Status, Verdict, verify_input

BLOCKCERTS_3 = {
    "@context": ["https://www.w3.org/2018/credentials/v1", "https://w3id.org/blockcerts/v3"],
    "type": ["VerifiableCredential", "BlockcertsCredential"],
    "issuer": "https://example.edu/issuer.json",
    "issuanceDate": "2022-01-01T00:00:00Z",
    "credentialSubject": {"id": "did:example:ebfeb1f712ebc6f1c276e12ec21", "name": "Ada"},
    "proof": {
        "type": "MerkleProof2019",
        "created": "2022-01-01T00:00:00Z",
        "proofValue": "z7veGu1qoKR3AS5Aa",
        "proofPurpose": "assertionMethod",
        "verificationMethod": "https://example.edu/issuer.json#key-1",
    },
}
BLOCKCERTS_2 = {
    "@context": ["https://w3id.org/openbadges/v2", "https://w3id.org/blockcerts/v2"],
    "type": "Assertion",
    "recipient": {"identity": "ada@example.org", "type": "email", "hashed": False},
    "badge": {"name": "Certificate of Completion", "issuer": {"id": "https://example.edu/i"}},
    "signature": {"type": ["MerkleProof2017", "Extension"], "merkleRoot": "68f3"},
}


def _b64(value: dict[str, Any]) -> str:
    return b64url_encode(json.dumps(value).encode())


def _jades(header: dict[str, Any]) -> bytes:
    payload = {
        "iss": "did:ebsi:zabc",
        "vc": {
            "type": ["VerifiableCredential", "VerifiableDiploma"],
            "issuer": "did:ebsi:zabc",
            "credentialSubject": {"id": "did:key:z6MkAda", "name": "Ada"},
        },
    }
    return f"{_b64(header)}.{_b64(payload)}.c2lnbmF0dXJl".encode()


EDC_XML = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n'
    b'<europassCredential xmlns="http://data.europa.eu/snb" id="urn:credential:1">'
    b"<title>Master of Science</title></europassCredential>"
)


def _check(report: Report, check_id: str) -> tuple[Status, str]:
    found = next(c for c in report.checks if c.id == check_id)
    return found.status, found.message


@pytest.mark.parametrize(
    ("data", "named", "issuer"),
    [
        (json.dumps(BLOCKCERTS_3).encode(), "Blockcerts", "https://example.edu/issuer.json"),
        (json.dumps(BLOCKCERTS_2).encode(), "Blockcerts", "https://example.edu/i"),
        (
            _jades({"alg": "ES256", "sigT": "2024-01-01T00:00:00Z", "x5c": ["MIIB"]}),
            "JAdES",
            "did:ebsi:zabc",
        ),
        (_jades({"alg": "ES256", "typ": "jades", "kid": "k"}), "JAdES", "did:ebsi:zabc"),
        (EDC_XML, "XAdES", None),
    ],
    ids=["blockcerts-3", "blockcerts-2", "jades-sigT", "jades-typ", "edc-xml"],
)
def test_a_recognised_credential_is_named_and_unverifiable(
    data: bytes, named: str, issuer: str | None
) -> None:
    report = verify_input(data)
    assert report.verdict is Verdict.UNVERIFIABLE
    status, message = _check(report, "signature")
    assert status is Status.WARN and named in message and "cannot check yet" in message
    assert _check(report, "format")[0] is Status.PASS
    # nothing the wallet checked covers what it says (the XML is not read at all)
    assert report.view.basis == ("none" if data is EDC_XML else "unsigned")
    if issuer is not None:
        assert issuer in _check(report, "trust")[1]


def test_a_blockcerts_certificate_is_shown_as_written() -> None:
    report = verify_input(json.dumps(BLOCKCERTS_3).encode())
    assert report.view.data["credentialSubject"]["name"] == "Ada"


def test_a_seal_whose_payload_is_damaged_is_unreadable_with_a_reason() -> None:
    token = f"{_b64({'alg': 'ES256', 'sigT': '2024-01-01T00:00:00Z'})}.bm90IGpzb24.c2ln"
    with pytest.raises(InputError, match="payload is not JSON"):
        verify_input(token.encode())
