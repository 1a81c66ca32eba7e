"""Compact JWS: parsing limits, refused algorithms, signing and verifying (wallet.proofs.jose)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wallet.dids.keys import KeyError_, KeyType, PrivateKey, PublicKey
from wallet.dids.multibase import b64url_encode
from wallet.proofs.jose import (
    MAX_TOKEN_CHARS,
    JwsError,
    MalformedJws,
    jwk_thumbprint,
    parse_compact,
    refused_algorithm,
    sign_jwt,
    verify_jws,
)


def _part(value: object) -> str:
    return b64url_encode(json.dumps(value).encode())


def _vm(vectors: Path, name: str) -> dict[str, object]:
    loaded: dict[str, object] = json.loads((vectors / "vc-jose/input" / name).read_text())
    return loaded


# --- failures first ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    "token",
    ["", "abc", "a.b", "a.b.c.d", ".e30.", "e30.e30.sig*", "bm90IGpzb24.e30.", "WzFd.e30."],
    ids=[
        "empty",
        "one-part",
        "two-parts",
        "four-parts",
        "no-header",
        "bad-b64",
        "header-text",
        "header-array",
    ],
)
def test_what_is_not_a_jws_is_malformed(token: str) -> None:
    with pytest.raises(MalformedJws):
        parse_compact(token)


def test_an_oversized_token_is_refused_before_decoding() -> None:
    with pytest.raises(JwsError, match="limit"):
        parse_compact("e30." + "A" * MAX_TOKEN_CHARS + ".")


@pytest.mark.parametrize(
    ("payload", "problem"),
    [
        (b"not json", "not valid JSON"),
        (b"[1, 2]", "not a JSON object"),
        (b'{"a": 1, "a": 2}', "duplicate"),
        (b'{"a": NaN}', "not valid JSON"),
        (b"\xff\xfe", "not valid JSON"),
    ],
)
def test_a_bad_payload_is_reported_not_raised(payload: bytes, problem: str) -> None:
    jws = parse_compact(f"{_part({'alg': 'EdDSA'})}.{b64url_encode(payload)}.")
    assert jws.payload is None
    assert problem in jws.payload_problem


@pytest.mark.parametrize(
    ("header", "problem"),
    [
        ({"alg": "none"}, "unsecured"),
        ({"alg": "None"}, "unsecured"),
        ({"alg": "HS256"}, "shared-secret"),
        ({"alg": "hs512"}, "shared-secret"),
        ({}, "names no algorithm"),
        ({"alg": ""}, "names no algorithm"),
        ({"alg": 7}, "names no algorithm"),
        ({"alg": "EdDSA", "crit": ["exp"]}, "critical"),
        ({"alg": "EdDSA", "crit": ["b64"], "b64": False}, "critical"),
    ],
)
def test_refused_algorithms(header: dict[str, object], problem: str) -> None:
    message = refused_algorithm(header)
    assert message is not None and problem in message


def test_supported_algorithms_are_not_refused() -> None:
    for alg in ("EdDSA", "ES256", "ES256K", "ES384", "RS256", "PS256", "ES512"):
        assert refused_algorithm({"alg": alg}) is None


def test_a_signature_under_an_algorithm_the_key_does_not_allow_fails() -> None:
    key = PrivateKey.from_raw(KeyType.ED25519, bytes(range(32)))
    token = sign_jwt({}, {"a": 1}, key)
    payload_b64 = token.split(".")[1]
    # Same key, same bytes signed, but the header claims ES256: the allow-list refuses it (A6).
    forged_header = _part({"alg": "ES256"})
    signature = key.sign(f"{forged_header}.{payload_b64}".encode())
    forged = parse_compact(f"{forged_header}.{payload_b64}.{b64url_encode(signature)}")
    assert not verify_jws(forged, key.public_key())
    unsecured = parse_compact(f"{_part({'alg': 'none'})}.{payload_b64}.")
    assert not verify_jws(unsecured, key.public_key())
    assert verify_jws(parse_compact(token), key.public_key())


def test_sign_refuses_an_alg_the_key_cannot_make() -> None:
    key = PrivateKey.from_raw(KeyType.ED25519, bytes(range(32)))
    with pytest.raises(KeyError_, match="EdDSA"):
        sign_jwt({"alg": "ES256"}, {}, key)


# --- what works -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("kind", "alg"), [(KeyType.ED25519, "EdDSA"), (KeyType.P256, "ES256"), (KeyType.P384, "ES384")]
)
def test_sign_then_verify_and_tamper(kind: KeyType, alg: str) -> None:
    key = PrivateKey.generate(kind)
    token = sign_jwt({"typ": "vc+jwt", "kid": "k"}, {"iss": "did:example:1", "n": "é"}, key)
    jws = parse_compact(token)
    assert jws.header == {"alg": alg, "typ": "vc+jwt", "kid": "k"}
    assert jws.payload == {"iss": "did:example:1", "n": "é"}
    assert verify_jws(jws, key.public_key())
    header_b64, _, signature_b64 = token.split(".")
    tampered = parse_compact(
        f"{header_b64}.{_part({'iss': 'did:example:2', 'n': 'é'})}.{signature_b64}"
    )
    assert not verify_jws(tampered, key.public_key())
    assert not verify_jws(jws, PrivateKey.generate(kind).public_key())


def test_the_vc_jose_suite_kids_are_rfc7638_thumbprints(vectors: Path) -> None:
    for name in ("vm-ed25519.json", "vm-p256.json", "vm-p384.json"):
        jwk = _vm(vectors, name)["publicKeyJwk"]
        assert isinstance(jwk, dict)
        assert jwk_thumbprint(PublicKey.from_jwk(jwk)) == jwk["kid"]


def test_the_vc_jose_suite_es256_token_verifies_with_its_raw_r_s_signature(
    vectors: Path,
) -> None:
    jwk = _vm(vectors, "vm-p256.json")["publicKeyJwk"]
    token = (vectors / "vc-jose/input/credential-jose-minimal.txt").read_text().strip()
    jws = parse_compact(token)
    assert len(jws.signature) == 64
    assert verify_jws(jws, PublicKey.from_jwk(jwk))


def test_the_secret_jwk_in_the_vectors_is_refused_as_a_public_key(vectors: Path) -> None:
    secret = _vm(vectors, "vm-ed25519.json")["secretKeyJwk"]
    with pytest.raises(KeyError_, match="private"):
        PublicKey.from_jwk(secret)
    assert isinstance(secret, dict)
    # ...and reproduces the suite's signatures as a signing key (Ed25519 is deterministic).
    token = (vectors / "vc-jose/input/credential-issuer-match-signed.txt").read_text().strip()
    signing_input, _, signature = token.rpartition(".")
    private = PrivateKey.from_jwk(secret)
    assert b64url_encode(private.sign(signing_input.encode())) == signature
