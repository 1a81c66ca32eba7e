"""The published Data Integrity vectors: every canonical form, hash and signature reproduces.

Sources: W3C vc-di-eddsa and vc-di-ecdsa test vectors, the 1EdTech OB 3.0 / CLR 2.0
implementation-guide vectors (``tests/vectors``, provenance in its ``SOURCES.md``). Each
signed document must pass the ``signature`` check, and a copy with one signed value changed must
fail it. Failure cases come first (STYLE.md rule 9).
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import rfc8785

from tests.conftest import VECTORS
from wallet.dids.keys import KeyType, PrivateKey, PublicKey
from wallet.dids.multibase import multibase_decode, multibase_encode
from wallet.jsonld import canonicalize
from wallet.proofs.embedded import verify_embedded_proof
from wallet.proofs.suites import Suite, suite_for
from wallet.verify import Status, VerifyOptions, verify_document
from wallet.verify.pipeline import read_document

NOW = datetime(2025, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class W3CVector:
    """One folder of a W3C spec's test vectors: files named ``<stem><suffix>.<ext>``."""

    folder: str
    suffix: str
    keys: str  # key-pair file, relative to the vectors folder

    @property
    def id(self) -> str:
        return self.folder

    def text(self, stem: str) -> str:
        return (VECTORS / self.folder / f"{stem}{self.suffix}.txt").read_text("utf-8")

    def json(self, stem: str) -> Any:
        return json.loads((VECTORS / self.folder / f"{stem}{self.suffix}.json").read_text("utf-8"))


W3C_VECTORS = [
    W3CVector("di-eddsa/eddsa-rdfc-2022", "DataInt", "di-eddsa/keyPair.json"),
    W3CVector("di-eddsa/eddsa-rdfc-2022/employ", "DataInt", "di-eddsa/keyPair.json"),
    W3CVector("di-eddsa/eddsa-jcs-2022", "JCS", "di-eddsa/keyPair.json"),
    W3CVector("ed25519signature2020", "EdSig", "ed25519signature2020/keyPair.json"),
    W3CVector("di-ecdsa/ecdsa-rdfc-2019-p256", "ECDSAP256", "di-ecdsa/p256KeyPair.json"),
    W3CVector("di-ecdsa/ecdsa-rdfc-2019-p256/employ", "ECDSAP256", "di-ecdsa/p256KeyPair.json"),
    W3CVector("di-ecdsa/ecdsa-rdfc-2019-p384", "ECDSAP384", "di-ecdsa/p384KeyPair.json"),
    # The P-384 "employ" document has several blank nodes whose labels RDFC-1.0 derives from
    # hashes: it only reproduces with SHA-384 inside RDFC-1.0 (VC-DI-ECDSA §3.3.2). This vector
    # found that bug: the wallet used SHA-256 there and rejected a genuine P-384 signature.
    W3CVector("di-ecdsa/ecdsa-rdfc-2019-p384/employ", "ECDSAP384", "di-ecdsa/p384KeyPair.json"),
    W3CVector("di-ecdsa/ecdsa-jcs-2019-p256", "JCSECDSAP256", "di-ecdsa/p256KeyPair.json"),
    W3CVector("di-ecdsa/ecdsa-jcs-2019-p384", "JCSECDSAP384", "di-ecdsa/p384KeyPair.json"),
]
W3C_IDS = [v.id for v in W3C_VECTORS]


def _signed(vector: W3CVector) -> dict[str, Any]:
    document: dict[str, Any] = vector.json("signed")
    return document


def _parts(document: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any], Suite]:
    proof = document["proof"]
    if isinstance(proof, list):  # the CLR vector writes its one proof as a set
        (proof,) = proof
    suite = suite_for(proof)
    assert suite is not None, proof
    unsecured = {k: v for k, v in document.items() if k != "proof"}
    config = {k: v for k, v in proof.items() if k != "proofValue"}
    config["@context"] = document["@context"]
    return unsecured, config, suite


def _canon(suite: Suite, value: dict[str, Any], key_type: KeyType) -> bytes:
    if suite.canonicalization == "jcs":
        return bytes(rfc8785.dumps(value))
    return canonicalize(value, hash_algorithm=suite.hash_name(key_type)).encode("utf-8")


def _public_key(vector: W3CVector) -> PublicKey:
    pair = json.loads((VECTORS / vector.keys).read_text("utf-8"))
    return PublicKey.from_multikey(pair["publicKeyMultibase"])


def _private_key(vector: W3CVector) -> PrivateKey:
    pair = json.loads((VECTORS / vector.keys).read_text("utf-8"))
    secret = pair.get("privateKeyMultibase") or pair["secretKeyMultibase"]
    return PrivateKey.from_multikey(secret)


def _signature_status(document: dict[str, Any]) -> tuple[Status, str]:
    check = verify_document(document, VerifyOptions(now=NOW)).check("signature")
    assert check is not None
    return check.status, check.message


# --- failure first: one changed signed value breaks every vector -----------------------------
def _tamper(document: dict[str, Any]) -> dict[str, Any]:
    changed = copy.deepcopy(document)
    subject = changed["credentialSubject"]
    if "alumniOf" in subject:
        subject["alumniOf"] = "The School of Forgery"
    else:
        changed["validUntil"] = "2099-12-03T00:00:00Z"
    return changed


@pytest.mark.parametrize("vector", W3C_VECTORS, ids=W3C_IDS)
def test_a_changed_signed_value_fails_the_signature(vector: W3CVector) -> None:
    status, message = _signature_status(_tamper(_signed(vector)))
    assert status is Status.FAIL
    assert "does not match the data" in message


@pytest.mark.parametrize("vector", W3C_VECTORS, ids=W3C_IDS)
def test_a_changed_proof_option_fails_the_signature(vector: W3CVector) -> None:
    document = _signed(vector)
    document["proof"]["created"] = "2023-02-24T23:36:39Z"  # one second later
    status, _ = _signature_status(document)
    assert status is Status.FAIL


def test_the_p384_employ_vector_does_not_reproduce_with_sha256_inside_rdfc() -> None:
    """Documents the bug this vector exposed: SHA-256 labelling gives other bytes."""
    vector = W3C_VECTORS[W3C_IDS.index("di-ecdsa/ecdsa-rdfc-2019-p384/employ")]
    unsecured, _, _ = _parts(_signed(vector))
    sha256_form = canonicalize(unsecured, hash_algorithm="sha256")
    assert sha256_form != vector.text("canonDoc")
    # Same statements, other blank-node labels.
    assert _unlabelled(sha256_form) == _unlabelled(vector.text("canonDoc"))


def _unlabelled(nquads: str) -> list[str]:
    return sorted(re.sub(r"_:c14n\d+", "_:x", line) for line in nquads.splitlines())


# --- the published values reproduce ----------------------------------------------------------
@pytest.mark.parametrize("vector", W3C_VECTORS, ids=W3C_IDS)
def test_canonical_forms_and_hashes_reproduce(vector: W3CVector) -> None:
    document = _signed(vector)
    unsecured, config, suite = _parts(document)
    key_type = _public_key(vector).type
    assert config == vector.json("proofConfig")

    canon_doc = _canon(suite, unsecured, key_type)
    canon_proof = _canon(suite, config, key_type)
    assert canon_doc.decode("utf-8") == vector.text("canonDoc")
    assert canon_proof.decode("utf-8") == vector.text("proofCanon")

    doc_hash = hashlib.new(suite.hash_name(key_type), canon_doc).digest()
    proof_hash = hashlib.new(suite.hash_name(key_type), canon_proof).digest()
    assert doc_hash.hex() == vector.text("docHash").strip()
    assert proof_hash.hex() == vector.text("proofHash").strip()
    # VC-DI-EdDSA §3.3.4: the proof configuration's hash comes first.
    assert (proof_hash + doc_hash).hex() == vector.text("combinedHash").strip()
    # The suite object computes the same bytes the pipeline signs over.
    assert suite.digest(suite.canonical(config, key_type), key_type) + suite.digest(
        suite.canonical(unsecured, key_type), key_type
    ) == bytes.fromhex(vector.text("combinedHash").strip())


@pytest.mark.parametrize("vector", W3C_VECTORS, ids=W3C_IDS)
def test_the_signature_value_reproduces(vector: W3CVector) -> None:
    document = _signed(vector)
    signature = bytes.fromhex(vector.text("sigHex").strip())
    assert document["proof"]["proofValue"] == vector.text("sigBTC58").strip()
    assert multibase_decode(document["proof"]["proofValue"]) == signature
    combined = bytes.fromhex(vector.text("combinedHash").strip())
    public = _public_key(vector)
    assert public.verify(signature, combined)
    assert _private_key(vector).public_key().same_key(public)
    if public.type is KeyType.ED25519:
        # Ed25519 is deterministic (RFC 8032): re-signing reproduces the published bytes.
        assert _private_key(vector).sign(combined) == signature


@pytest.mark.parametrize("vector", W3C_VECTORS, ids=W3C_IDS)
def test_the_signed_document_passes_the_signature_check(vector: W3CVector) -> None:
    status, message = _signature_status(_signed(vector))
    assert status is Status.PASS, message


def test_w3c_vectors_are_invalid_for_us_only_because_of_the_issuer_binding() -> None:
    """Every W3C vector is signed by a did:key that is not its issuer (an https URL, or in the
    "employ" documents another did:key), so strict binding (STANDARDS §7 A1) fails the issuer.

    The examples context (``credentials/examples/v2``) gives terms like ``AlumniCredential`` a
    meaning through its ``@vocab``: nothing is dropped, so safe mode lets ``format`` pass for it.
    """
    for vector in W3C_VECTORS:
        report = verify_document(_signed(vector), VerifyOptions(now=NOW))
        statuses = {c.id: c.status for c in report.checks}
        assert statuses["format"] is Status.PASS, vector.id
        assert statuses["signature"] is Status.PASS, vector.id
        assert statuses["issuer"] is Status.FAIL, vector.id
        assert report.verdict.value == "invalid", vector.id


# --- proof sets and chains (vc-di-eddsa proof-set-chain) --------------------------------------
CHAIN = VECTORS / "di-eddsa/proof-set-chain"


def _chain_json(name: str) -> Any:
    return json.loads((CHAIN / name).read_text("utf-8"))


@pytest.mark.parametrize(
    "name",
    [
        "signedProofSet1.json",
        "signedProofSet2.json",
        "signedProofChain1.json",
        "signedProofChain2.json",
    ],
)
def test_every_proof_of_a_set_or_chain_verifies(name: str) -> None:
    document = _chain_json(name)
    proofs = document["proof"] if isinstance(document["proof"], list) else [document["proof"]]
    reading = read_document(document)
    results = [
        verify_embedded_proof(reading, proof, purpose="assertionMethod", now=NOW, all_proofs=proofs)
        for proof in proofs
    ]
    assert [r.verified for r in results] == [True] * len(proofs), [r.message for r in results]


def test_a_chain_without_the_proofs_it_references_fails() -> None:
    """``proofChainTempDoc2`` carries a proof whose ``previousProof`` ids are not in it (A7)."""
    status, message = _signature_status(_chain_json("proofChainTempDoc2.json"))
    assert status is Status.FAIL
    assert "previousProof" in message


def test_dropping_the_first_proof_of_a_chain_fails_it() -> None:
    document = _chain_json("signedProofChain2.json")
    document["proof"] = document["proof"][1:]
    status, message = _signature_status(document)
    assert status is Status.FAIL
    assert "previousProof" in message


def test_the_chain_signatures_reproduce_with_the_published_keys() -> None:
    """Re-sign each proof of signedProofChain2 (Ed25519 is deterministic) from its config."""
    pairs = _chain_json("multiKeyPairs.json")
    keys = {
        pair["publicKeyMultibase"]: PrivateKey.from_multikey(pair["privateKeyMultibase"])
        for pair in pairs.values()
    }
    document = _chain_json("signedProofChain2.json")
    by_id = {p.get("id"): p for p in document["proof"]}
    unsecured = {k: v for k, v in document.items() if k != "proof"}
    for proof in document["proof"]:
        config = {k: v for k, v in proof.items() if k != "proofValue"}
        config["@context"] = document["@context"]
        signed_over = dict(unsecured)
        previous = proof.get("previousProof")
        if previous is not None:
            wanted = previous if isinstance(previous, list) else [previous]
            signed_over["proof"] = [by_id[ref] for ref in wanted]
        hash_data = (
            hashlib.sha256(canonicalize(config).encode()).digest()
            + hashlib.sha256(canonicalize(signed_over).encode()).digest()
        )
        key = keys[proof["verificationMethod"].split("#")[1]]
        assert multibase_encode(key.sign(hash_data)) == proof["proofValue"]


# --- 1EdTech OB 3.0 and CLR 2.0 implementation-guide vectors ---------------------------------
SPEC_VECTORS = ["ob3/ob3-spec-vector", "clr2/clr2-spec-vector"]


def _spec(folder: str, name: str) -> Path:
    return VECTORS / folder / name


@pytest.mark.parametrize("folder", SPEC_VECTORS)
def test_spec_vector_tampered_credential_fails(folder: str) -> None:
    document = json.loads(_spec(folder, "credential-signed.json").read_text("utf-8"))
    document["name"] = str(document.get("name", "")) + " (edited)"
    status, _ = _signature_status(document)
    assert status is Status.FAIL


@pytest.mark.parametrize("folder", SPEC_VECTORS)
def test_spec_vector_reproduces(folder: str) -> None:
    expected = json.loads(_spec(folder, "expected.json").read_text("utf-8"))
    keys = json.loads(_spec(folder, "keyPair.json").read_text("utf-8"))
    document = json.loads(_spec(folder, "credential-signed.json").read_text("utf-8"))
    unsigned = json.loads(_spec(folder, "credential-unsigned.json").read_text("utf-8"))
    unsecured, config, _ = _parts(document)
    assert unsecured == unsigned

    canon_doc = canonicalize(unsecured)
    canon_proof = canonicalize(config)
    assert canon_doc == _spec(folder, "document-canon.txt").read_text("utf-8")
    assert canon_proof == _spec(folder, "proof-canon.txt").read_text("utf-8")
    doc_hash = hashlib.sha256(canon_doc.encode()).digest()
    proof_hash = hashlib.sha256(canon_proof.encode()).digest()
    assert doc_hash.hex() == expected["documentHashHex"]
    assert proof_hash.hex() == expected["proofHashHex"]
    assert (proof_hash + doc_hash).hex() == expected["dataToSignHex_proofHash_then_docHash"]

    seed = bytes.fromhex(keys["privateKeyHex_seed_plus_public"])[:32]
    key = PrivateKey.from_raw(KeyType.ED25519, seed)
    assert key.public_key().raw().hex() == keys["publicKeyHex"]
    assert key.public_key().to_multikey() == keys["publicKeyMultibase"]
    signature = key.sign(proof_hash + doc_hash)
    assert signature.hex() == expected["signatureHex"]
    assert multibase_encode(signature) == expected["proofValue_multibase_base58btc"]
    proof = document["proof"][0] if isinstance(document["proof"], list) else document["proof"]
    assert proof["proofValue"] == expected["proofValue_multibase_base58btc"]


@pytest.mark.parametrize("folder", SPEC_VECTORS)
def test_spec_vector_signature_passes_but_the_fragment_key_is_not_bound(folder: str) -> None:
    """The vm is ``https://example.edu/issuers/565049#z6Mk…``: the key comes from the URL's own
    fragment, which anyone can mint (A1). Signature pass, issuer warn, verdict unverifiable."""
    document = json.loads(_spec(folder, "credential-signed.json").read_text("utf-8"))
    report = verify_document(document, VerifyOptions(now=NOW))
    statuses = {c.id: c.status for c in report.checks}
    assert statuses["format"] is Status.PASS
    assert statuses["signature"] is Status.PASS
    assert statuses["issuer"] is Status.WARN
    assert report.verdict.value == "unverifiable"
