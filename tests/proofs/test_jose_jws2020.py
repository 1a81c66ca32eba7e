"""JsonWebSignature2020: the detached-JWS branch of wallet.proofs.embedded (STANDARDS §1).

The vector's verification method is an https URL, so offline the proof is unverifiable; the
signature itself is checked here with ``keypair_0`` through the same suite and JWS helpers
``verify_embedded_proof`` uses once a key is in hand.
"""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

# Loaded first: importing wallet.proofs.embedded on its own hits the embedded -> verify.dates ->
# verify/__init__ -> pipeline -> embedded import cycle (reported; not this test's to fix).
import wallet.verify  # noqa: F401
from wallet.dids.keys import PublicKey
from wallet.jsonld import canonicalize
from wallet.proofs.embedded import _signature_of, verify_embedded_proof
from wallet.proofs.suites import SUITES
from wallet.verify.pipeline import read_document

SUITE = SUITES[("JsonWebSignature2020", None)]


def _vc0(vectors: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((vectors / "jws-2020/credentials.json").read_text())
    return loaded["vc_0"]


def _key0(vectors: Path) -> PublicKey:
    pairs = json.loads((vectors / "jws-2020/keypairs.json").read_text())
    return PublicKey.from_jwk(pairs["keypair_0"]["publicKeyJwk"])


def _verifies(document: dict[str, Any], key: PublicKey) -> bool:
    """VC-DI §4 skeleton with the JWS suite: hashData, then the RFC 7797 signing input."""
    proof = document["proof"]
    signature, prefix, alg = _signature_of(proof, SUITE, key)
    config = {k: v for k, v in proof.items() if k != "jws"}
    config["@context"] = document["@context"]
    unsecured = {k: v for k, v in document.items() if k != "proof"}
    hash_data = SUITE.digest(SUITE.canonical(config, key.type), key.type) + SUITE.digest(
        canonicalize(unsecured).encode(), key.type
    )
    return key.verify(signature, prefix + hash_data, alg=alg)


def test_vc_0_verifies_with_keypair_0(vectors: Path) -> None:
    assert _verifies(_vc0(vectors), _key0(vectors))


@pytest.mark.parametrize(
    "tamper",
    [
        lambda d: d["credentialSubject"]["degree"].update(name="Master of Arts"),
        lambda d: d.update(issuanceDate="2021-03-10T04:24:12.164Z"),
        lambda d: d["proof"].update(created="2019-12-11T03:50:56Z"),
        lambda d: d["proof"].update(proofPurpose="authentication"),
    ],
    ids=["subject", "issuanceDate", "proof-created", "proof-purpose"],
)
def test_vc_0_fails_when_tampered(vectors: Path, tamper: Any) -> None:
    document = copy.deepcopy(_vc0(vectors))
    tamper(document)
    assert not _verifies(document, _key0(vectors))


def test_a_jws_header_without_b64_false_is_refused(vectors: Path) -> None:
    document = copy.deepcopy(_vc0(vectors))
    # {"alg":"EdDSA"} alone: an attached-payload header passed off as detached (RFC 7797 §6).
    signature = document["proof"]["jws"].split(".")[2]
    document["proof"]["jws"] = f"eyJhbGciOiJFZERTQSJ9..{signature}"
    with pytest.raises(ValueError, match="b64"):
        _signature_of(document["proof"], SUITE, _key0(vectors))


def test_vc_0_offline_is_unverifiable_not_invalid(vectors: Path) -> None:
    document = _vc0(vectors)
    result = verify_embedded_proof(
        read_document(document),
        document["proof"],
        purpose="assertionMethod",
        now=datetime(2024, 1, 1, tzinfo=UTC),
    )
    # https://example.com/issuer/123#ovsDK… names a key on the web: it needs the network.
    assert result.verified is None
    assert "network" in result.message
