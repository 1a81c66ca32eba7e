"""JWT credentials and presentations made here, hostile ones first (wallet.verify.jwt)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from wallet.dids.keys import KeyType, PrivateKey
from wallet.dids.multibase import b64url_encode
from wallet.dids.resolve import did_jwk_for, did_key_for
from wallet.errors import InputError, InputTooLarge
from wallet.formats.sniff import read_input
from wallet.proofs.jose import sign_jwt
from wallet.verify.dispatch import verify_unpacked
from wallet.verify.jwt import verify_compact_jwt, verify_embedded_jwt
from wallet.verify.options import VerifyOptions
from wallet.verify.report import Report, Status, Verdict

NOW = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)
V1 = "https://www.w3.org/2018/credentials/v1"
V2 = "https://www.w3.org/ns/credentials/v2"
ISSUER_KEY = PrivateKey.from_raw(KeyType.ED25519, bytes(range(32)))
HOLDER_KEY = PrivateKey.from_raw(KeyType.ED25519, bytes(range(32, 64)))
OTHER_KEY = PrivateKey.from_raw(KeyType.P256, bytes(range(1, 33)))
ISSUER = did_key_for(ISSUER_KEY.public_key())
HOLDER = did_key_for(HOLDER_KEY.public_key())
SUBJECT = "did:example:learner"


def _kid(key: PrivateKey) -> str:
    did = did_key_for(key.public_key())
    return f"{did}#{did.removeprefix('did:key:')}"


def _at(moment: datetime) -> int:
    return int(moment.timestamp())


def vc_jwt(**claims: Any) -> dict[str, Any]:
    """A VCDM 1.1 VC-JWT payload that leaves issuer, subject id, id and dates to the claims."""
    payload: dict[str, Any] = {
        "iss": ISSUER,
        "sub": SUBJECT,
        "jti": "urn:uuid:3978344f-8596-4c3a-a978-8fcaba3903c5",
        "nbf": _at(NOW - timedelta(days=30)),
        "vc": {"@context": [V1], "type": ["VerifiableCredential"], "credentialSubject": {}},
    }
    payload.update(claims)
    return {k: v for k, v in payload.items() if v is not None}


def vc2() -> dict[str, Any]:
    return {
        "@context": [V2],
        "type": ["VerifiableCredential"],
        "issuer": ISSUER,
        "validFrom": "2025-01-01T00:00:00Z",
        "credentialSubject": {"id": SUBJECT},
    }


def sign(payload: dict[str, Any], key: PrivateKey = ISSUER_KEY, **header: Any) -> str:
    header.setdefault("kid", _kid(key))
    return sign_jwt({k: v for k, v in header.items() if v is not None}, payload, key)


def forge(header: dict[str, Any], payload: dict[str, Any], key: PrivateKey = ISSUER_KEY) -> str:
    """Sign whatever header is given, bypassing sign_jwt's own alg discipline."""
    encoded = ".".join(b64url_encode(json.dumps(p).encode()) for p in (header, payload))
    return f"{encoded}.{b64url_encode(key.sign(encoded.encode()))}"


def verify(token: str, **options: Any) -> Report:
    return verify_compact_jwt(token, VerifyOptions(now=NOW, **options))


def status(report: Report, check_id: Any) -> Status | None:
    check = report.check(check_id)
    return None if check is None else check.status


def message(report: Report, check_id: Any) -> str:
    check = report.check(check_id)
    return "" if check is None else check.message


# --- not a JWT at all: an input error ---------------------------------------------------------
@pytest.mark.parametrize("token", ["hello", "a.b", "e30.e30.e30.e30", "!!.e30.", "WzFd.e30.sig"])
def test_garbage_is_an_input_error(token: str) -> None:
    with pytest.raises(InputError):
        verify(token)


def test_an_oversized_token_is_an_input_error() -> None:
    with pytest.raises(InputTooLarge):
        verify("e30." + "A" * (4 * 1024 * 1024) + ".")


def test_nested_garbage_is_a_report_not_an_exception() -> None:
    for value in ("not-a-credential", "a.b", "data:text/plain,hello", "data:application/vc+jwt"):
        report = verify_embedded_jwt(value, VerifyOptions(now=NOW), label="credential 1", depth=1)
        assert report.verdict is Verdict.INVALID
        assert report.label == "credential 1"


# --- a well-formed JWS with bad contents: a report --------------------------------------------
def test_a_payload_that_is_not_json_fails_format() -> None:
    token = forge({"alg": "EdDSA", "kid": _kid(ISSUER_KEY)}, {})
    header, _, signature = token.split(".")
    report = verify(f"{header}.{b64url_encode(b'{not json')}.{signature}")
    assert status(report, "format") is Status.FAIL
    assert "payload is not valid JSON" in message(report, "format")


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ({"alg": "none"}, "unsecured"),
        ({"alg": "HS256"}, "shared-secret"),
        ({"alg": "EdDSA", "crit": ["exp"], "exp": 1}, "critical"),
        ({"alg": "ES256"}, "cannot be used with a Ed25519 key"),
    ],
)
def test_refused_algorithms_fail_the_signature(header: dict[str, Any], expected: str) -> None:
    report = verify(forge({**header, "kid": _kid(ISSUER_KEY)}, vc_jwt()))
    assert status(report, "signature") is Status.FAIL
    assert expected in message(report, "signature")
    assert report.verdict is Verdict.INVALID


def test_a_header_jwk_with_a_private_part_is_refused() -> None:
    jwk = {**ISSUER_KEY.public_key().to_jwk(), "d": b64url_encode(ISSUER_KEY.raw())}
    report = verify(sign(vc_jwt(), jwk=jwk, kid=None))
    assert status(report, "signature") is Status.FAIL
    assert "private key material" in message(report, "signature")


def test_a_tampered_payload_fails_the_signature() -> None:
    token = sign(vc_jwt())
    header, _, signature = token.split(".")
    payload = b64url_encode(json.dumps(vc_jwt(sub="did:example:someone-else")).encode())
    report = verify(f"{header}.{payload}.{signature}")
    assert status(report, "signature") is Status.FAIL
    assert report.verdict is Verdict.INVALID


@pytest.mark.parametrize(
    ("claims", "expected"),
    [
        (
            {"vc": {**vc_jwt()["vc"], "issuer": "did:example:mallory"}},
            "is not the credential's issuer",
        ),
        (
            {
                "sub": "did:example:mallory",
                "vc": {**vc_jwt()["vc"], "credentialSubject": {"id": SUBJECT}},
            },
            "is not the credentialSubject's id",
        ),
        ({"vc": {**vc_jwt()["vc"], "id": "urn:uuid:other"}}, "is not the credential's id"),
        (
            {"vc": {**vc_jwt()["vc"], "issuanceDate": "2020-01-01T00:00:00Z"}},
            "is not the credential's issuanceDate",
        ),
        ({"nbf": "2025-01-01"}, "is not a NumericDate"),
        ({"exp": True}, "is not a NumericDate"),
    ],
)
def test_claims_that_disagree_with_the_credential_fail_format(
    claims: dict[str, Any], expected: str
) -> None:
    report = verify(sign(vc_jwt(**claims)))
    assert status(report, "format") is Status.FAIL
    assert expected in message(report, "format")
    assert report.verdict is Verdict.INVALID


def test_a_kid_of_another_did_fails_the_issuer_binding() -> None:
    report = verify(sign(vc_jwt(), key=OTHER_KEY))
    assert status(report, "signature") is Status.PASS
    assert status(report, "issuer") is Status.FAIL
    assert report.verdict is Verdict.INVALID


def test_an_inline_jwk_under_a_did_key_issuer_that_is_another_key_fails_the_issuer() -> None:
    jwk = OTHER_KEY.public_key().to_jwk()
    report = verify(sign(vc_jwt(), key=OTHER_KEY, jwk=jwk, kid=None))
    assert status(report, "signature") is Status.PASS
    assert status(report, "issuer") is Status.FAIL  # did:key issuers have exactly one key
    assert report.verdict is Verdict.INVALID


def test_an_inline_jwk_under_a_web_issuer_is_unverifiable() -> None:
    payload = vc_jwt(iss="https://university.example/issuers/1")
    jwk = ISSUER_KEY.public_key().to_jwk()
    report = verify(sign(payload, jwk=jwk, kid=None))
    # It verifies with the header's key, which proves nothing: never shown as passed (issue 10).
    assert status(report, "signature") is Status.WARN
    assert "anyone could have put that key there" in message(report, "signature")
    assert status(report, "issuer") is Status.WARN
    assert report.verdict is Verdict.UNVERIFIABLE


def test_a_did_web_kid_is_unverifiable_offline() -> None:
    payload = vc_jwt(iss="did:web:university.example")
    report = verify(sign(payload, kid="did:web:university.example#key-1"))
    assert status(report, "signature") is Status.WARN
    assert "network" in message(report, "signature")
    assert report.verdict is Verdict.UNVERIFIABLE


# --- time: nbf and exp with clock skew --------------------------------------------------------
@pytest.mark.parametrize(
    ("claims", "verdict"),
    [
        ({"nbf": _at(NOW + timedelta(minutes=2))}, Verdict.VALID),
        ({"nbf": _at(NOW + timedelta(hours=1))}, Verdict.NOT_YET_VALID),
        ({"exp": _at(NOW - timedelta(minutes=2))}, Verdict.VALID),
        ({"exp": _at(NOW - timedelta(hours=1))}, Verdict.EXPIRED),
        ({"exp": _at(NOW + timedelta(days=1))}, Verdict.VALID),
    ],
    ids=["nbf-within-skew", "nbf-future", "exp-within-skew", "exp-past", "exp-future"],
)
def test_nbf_and_exp_decide_validity(claims: dict[str, Any], verdict: Verdict) -> None:
    report = verify(sign(vc_jwt(**claims)))
    assert report.verdict is verdict, report.checks


def test_exp_becomes_the_expiration_date() -> None:
    exp = NOW + timedelta(days=1)
    report = verify(sign(vc_jwt(exp=_at(exp))))
    assert report.view.data["expirationDate"] == exp.strftime("%Y-%m-%dT%H:%M:%SZ")
    assert "valid until" in message(report, "validity")


# --- what verifies ----------------------------------------------------------------------------
def test_a_vc_jwt_fills_the_credential_from_its_claims() -> None:
    report = verify(sign(vc_jwt(), typ="JWT"))
    assert report.verdict is Verdict.VALID, report.checks
    document = report.view.data
    assert document["issuer"] == {"id": ISSUER}
    assert document["credentialSubject"]["id"] == SUBJECT
    assert document["id"] == "urn:uuid:3978344f-8596-4c3a-a978-8fcaba3903c5"
    assert document["issuanceDate"] == "2025-05-02T12:00:00Z"
    assert "VC-JWT EdDSA signature verified" in message(report, "signature")
    assert status(report, "issuer") is Status.PASS


@pytest.mark.parametrize("kind", [KeyType.P256, KeyType.P384])
def test_ecdsa_issuers_verify(kind: KeyType) -> None:
    key = PrivateKey.from_raw(kind, bytes(range(7, 7 + (32 if kind is KeyType.P256 else 48))))
    report = verify(sign(vc_jwt(iss=did_key_for(key.public_key())), key=key))
    assert report.verdict is Verdict.VALID, report.checks


def test_an_inline_jwk_whose_did_jwk_is_the_issuer_is_bound() -> None:
    issuer = did_jwk_for(ISSUER_KEY.public_key())
    jwk = ISSUER_KEY.public_key().to_jwk()
    report = verify(sign(vc_jwt(iss=issuer), jwk=jwk, kid=None))
    assert status(report, "issuer") is Status.PASS
    assert report.verdict is Verdict.VALID


def test_a_did_key_issuer_without_kid_names_its_own_key() -> None:
    report = verify(sign(vc_jwt(), kid=None))
    assert report.verdict is Verdict.VALID


def test_a_vc_jose_credential_verifies_and_checks_iss() -> None:
    report = verify(sign(vc2(), typ="vc+jwt", cty="vc"))
    assert report.verdict is Verdict.VALID, report.checks
    assert "VC-JOSE" in message(report, "signature")
    mismatched = verify(sign({**vc2(), "iss": "did:example:mallory"}, typ="vc+jwt"))
    assert "is not the credential's issuer" in message(mismatched, "format")
    assert mismatched.verdict is Verdict.INVALID


def test_a_vc_jose_relative_kid_is_read_against_the_issuer() -> None:
    fragment = ISSUER.removeprefix("did:key:")
    report = verify(sign(vc2(), typ="vc+jwt", kid=f"#{fragment}"))
    assert status(report, "issuer") is Status.PASS


def test_through_read_input_a_jwt_file_is_verified() -> None:
    token = sign(vc_jwt())
    report = verify_unpacked(read_input(f"{token}\n".encode()), VerifyOptions(now=NOW))
    assert report.verdict is Verdict.VALID


# --- presentations ----------------------------------------------------------------------------
def vp_jwt(credentials: list[Any], **claims: Any) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "iss": HOLDER,
        "nonce": "c-123",
        "aud": "employer.example",
        "vp": {
            "@context": [V1],
            "type": ["VerifiablePresentation"],
            "verifiableCredential": credentials,
        },
    }
    payload.update(claims)
    return payload


def test_a_vp_jwt_verifies_its_holder_and_each_credential() -> None:
    inner = sign(vc_jwt(sub=HOLDER))
    token = sign(vp_jwt([inner]), key=HOLDER_KEY)
    report = verify(token, challenge="c-123", domain="employer.example")
    assert report.kind == "presentation"
    assert report.verdict is Verdict.VALID, report.checks
    assert status(report, "holder") is Status.PASS
    (nested,) = report.credentials
    assert nested.verdict is Verdict.VALID
    assert nested.label == "credential 1"


@pytest.mark.parametrize(
    ("options", "expected"),
    [({"challenge": "other"}, "nonce"), ({"domain": "attacker.example"}, "audience")],
)
def test_a_replayed_vp_jwt_fails(options: dict[str, str], expected: str) -> None:
    token = sign(vp_jwt([sign(vc_jwt(sub=HOLDER))]), key=HOLDER_KEY)
    report = verify(token, **options)
    # The holder's key signed it, for another verifier or moment: the holder check says so.
    assert status(report, "signature") is Status.PASS
    assert status(report, "holder") is Status.FAIL
    assert expected in message(report, "holder")
    assert report.verdict is Verdict.INVALID


def test_a_vp_jwt_signed_by_someone_else_fails_the_holder() -> None:
    token = sign(vp_jwt([]), key=OTHER_KEY)
    report = verify(token)
    assert status(report, "holder") is Status.FAIL


def test_a_tampered_nested_credential_is_invalid_on_its_own() -> None:
    inner = sign(vc_jwt(sub=HOLDER))
    header, _, signature = inner.split(".")
    forged_payload = b64url_encode(json.dumps(vc_jwt(sub=HOLDER, jti="urn:uuid:x")).encode())
    token = sign(vp_jwt([f"{header}.{forged_payload}.{signature}"]), key=HOLDER_KEY)
    report = verify(token)
    assert status(report, "signature") is Status.PASS
    (nested,) = report.credentials
    assert nested.verdict is Verdict.INVALID
    assert status(nested, "signature") is Status.FAIL


def test_a_vp_jwt_envelope_with_sd_jwt_and_cose_is_unverifiable_per_credential() -> None:
    enveloped = [
        {"@context": V2, "type": "EnvelopedVerifiableCredential", "id": f"data:{media},x"}
        for media in ("application/vc+sd-jwt", "application/vc+cose")
    ]
    enveloped.append(
        {
            "@context": V2,
            "type": "EnvelopedVerifiableCredential",
            "id": f"data:application/vc+jwt,{sign(vc2(), typ='vc+jwt')}",
        }
    )
    vp = {"@context": [V2], "type": ["VerifiablePresentation"], "verifiableCredential": enveloped}
    report = verify(sign({**vp, "holder": HOLDER}, key=HOLDER_KEY, typ="vp+jwt", cty="vp"))
    assert status(report, "signature") is Status.PASS
    verdicts = [r.verdict for r in report.credentials]
    assert verdicts == [Verdict.UNVERIFIABLE, Verdict.UNVERIFIABLE, Verdict.VALID]


def test_a_vc_jwt_string_in_a_clr_is_verified_as_a_nested_credential() -> None:
    # Anything the pipeline nests reaches verify_embedded_jwt; a VC-JWT string passes through.
    report = verify_embedded_jwt(
        sign(vc_jwt()), VerifyOptions(now=NOW), label="endorsement JWT 1 of the issuer", depth=2
    )
    assert report.verdict is Verdict.VALID
    assert report.label == "endorsement JWT 1 of the issuer"
