"""Offline verification-method resolution and key decoding (STANDARDS §0, §2, §3).

Failure first: every malformed or unsupported reference says why, and whether the verdict it
leads to is invalid (broken reference) or unverifiable (needs the network, or unsupported).
"""

from __future__ import annotations

import json

import pytest

from wallet.dids.keys import KeyError_, KeyType, PrivateKey, PublicKey
from wallet.dids.multibase import (
    MultibaseError,
    b58decode,
    b58encode,
    b64url_decode,
    b64url_encode,
    multibase_decode,
    split_multicodec,
)
from wallet.dids.resolve import (
    Unresolved,
    VerificationMethod,
    did_jwk_for,
    did_key_for,
    resolve_method,
)

OB_KEY = "z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi"  # the OB 3.0 spec vector's key


@pytest.mark.parametrize(
    ("reference", "needs_network", "unsupported", "reason"),
    [
        (None, False, False, "names no verification method"),
        ("", False, False, "names no verification method"),
        ("z6Mkabc", False, False, "is not a URL"),
        (f"did:key:{OB_KEY}#z6MkOther", False, False, "names a key other than its DID's"),
        ("did:key:z6MkIl0O", False, False, "is not a base58btc character"),
        # STANDARDS §0: simple-err-proof-method.json's key has multicodec prefix 0x9fdd.
        ("did:key:zsdasZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi", False, False, "unsupported"),
        ("did:jwk:e30#1", False, False, "a did:jwk has one key"),
        ("did:web:college.example#key-1", True, False, "needs the network"),
        ("https://college.example/issuer#key-1", True, False, "needs the network"),
        ("did:example:123#key-1", False, True, "the DID method “example” is not supported"),
        ("xxx:abc", False, True, "scheme “xxx” are not supported"),
    ],
)
def test_unresolvable_references(
    reference: object, needs_network: bool, unsupported: bool, reason: str
) -> None:
    result = resolve_method(reference)
    assert isinstance(result, Unresolved)
    assert (result.needs_network, result.unsupported) == (needs_network, unsupported)
    assert reason in result.reason


def test_a_did_key_resolves_offline_with_every_relationship() -> None:
    result = resolve_method(f"did:key:{OB_KEY}#{OB_KEY}")
    assert isinstance(result, VerificationMethod)
    assert result.controller == f"did:key:{OB_KEY}"
    assert result.bound
    assert "assertionMethod" in result.relationships
    assert "authentication" in result.relationships
    assert result.key.raw().hex() == (
        "4bdeafde2ea8beefadd8c699b5c7e0704cf51154d52e17b20b71337ca04cc5a5"
    )


def test_a_bare_did_key_resolves_to_its_key() -> None:
    """Seen in 1EdTech's simple-did-key-method.json: no fragment."""
    result = resolve_method(f"did:key:{OB_KEY}")
    assert isinstance(result, VerificationMethod)
    assert result.id == f"did:key:{OB_KEY}#{OB_KEY}"


def test_an_https_fragment_key_is_readable_but_not_bound() -> None:
    result = resolve_method(f"https://example.edu/issuers/565049#{OB_KEY}")
    assert isinstance(result, VerificationMethod)
    assert result.bound is False
    assert result.controller == "https://example.edu/issuers/565049"


@pytest.mark.parametrize("kind", [KeyType.ED25519, KeyType.P256, KeyType.P384])
def test_did_key_and_did_jwk_round_trip(kind: KeyType) -> None:
    public = PrivateKey.generate(kind).public_key()
    for did in (did_key_for(public), did_jwk_for(public)):
        resolved = resolve_method(did)
        assert isinstance(resolved, VerificationMethod), did
        assert resolved.key.same_key(public)


def test_a_did_jwk_for_encryption_only_cannot_assert() -> None:
    jwk = {**PrivateKey.generate().public_key().to_jwk(), "use": "enc"}
    did = "did:jwk:" + b64url_encode(json.dumps(jwk).encode())
    resolved = resolve_method(did + "#0")
    assert isinstance(resolved, VerificationMethod)
    assert resolved.relationships == frozenset({"keyAgreement"})


# --- multibase and keys ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "empty"),
        ("m" + "A" * 10, "unsupported multibase prefix"),
        ("z0OIl", "not a base58btc character"),
        ("u+/==", "not base64url"),
        ("z" + "2" * 5000, "too long"),
    ],
)
def test_malformed_multibase(text: str, reason: str) -> None:
    with pytest.raises(MultibaseError, match=reason):
        multibase_decode(text)


def test_a_multicodec_prefix_that_never_ends_is_refused() -> None:
    with pytest.raises(MultibaseError):
        split_multicodec(b"\xff\xff\xff\xff\xff")


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("z6Mk", r"unsupported key type \(multicodec 0x46\)"),  # a prefix alone is no key
        ("zDn", r"unsupported key type \(multicodec 0x2\)"),
        ("z" + b58encode(b"\xed\x01" + b"\x00" * 31), "has 31 bytes, expected 32"),
        ("z" + b58encode(b"\x80\x24" + b"\x05" + b"\x00" * 32), "not a valid P-256 public key"),
        ("z" + b58encode(b"\xdd\x9f\x03" + b"\x00" * 32), "unsupported key type"),
    ],
)
def test_malformed_public_keys(value: str, reason: str) -> None:
    with pytest.raises(KeyError_, match=reason):
        PublicKey.from_multikey(value)


def test_a_jwk_with_a_private_part_is_refused() -> None:
    key = PrivateKey.generate(KeyType.P256)
    jwk = {**key.public_key().to_jwk(), "d": b64url_encode(key.raw())}
    with pytest.raises(KeyError_, match="private key material"):
        PublicKey.from_jwk(jwk)


def test_a_jwk_point_off_the_curve_is_refused() -> None:
    jwk = PrivateKey.generate(KeyType.P256).public_key().to_jwk()
    jwk["y"] = b64url_encode(b"\x01" * 32)
    with pytest.raises(KeyError_):
        PublicKey.from_jwk(jwk)


def test_base58_and_base64url_round_trip() -> None:
    for data in (b"", b"\x00", b"\x00\x00\x01", bytes(range(256))):
        assert b58decode(b58encode(data)) == data
        assert b64url_decode(b64url_encode(data)) == data


def test_ecdsa_signatures_are_raw_r_s_and_wrong_lengths_fail() -> None:
    key = PrivateKey.generate(KeyType.P384)
    signature = key.sign(b"message")
    assert len(signature) == 96
    assert key.public_key().verify(signature, b"message")
    assert not key.public_key().verify(signature[:-1], b"message")
    assert not key.public_key().verify(signature, b"other message")
