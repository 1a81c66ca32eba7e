"""The embedded proof suites: how each turns a document and a proof into bytes to verify.

Data Integrity (VC-DI 1.0 §4) for every suite here: ``hashData = H(canon(proofConfig)) ‖
H(canon(unsecuredDocument))`` — the proof configuration's hash first (VC-DI-EdDSA §3.3.4) — then
a signature over ``hashData``. Suites differ in canonicalization (RDFC-1.0 or JCS), hash (SHA-256,
SHA-384 for P-384 keys, VC-DI-ECDSA §3.3.4) and signature encoding (multibase ``proofValue`` or a
detached JWS for the 2018/2020 JWS suites, RFC 7797).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

import rfc8785

from wallet.dids.keys import KeyType
from wallet.jsonld import canonicalize

__all__ = ["SUITES", "Suite", "suite_for"]


@dataclass(frozen=True)
class Suite:
    """One proof suite. ``name`` is what the report shows."""

    name: str
    canonicalization: str  # "rdfc" or "jcs"
    key_types: frozenset[KeyType]
    detached_jws: bool = False
    # VC-DI-EdDSA §2.2.1: the proof names its cryptosuite; the 2020 suite predates the field.
    needs_cryptosuite: bool = True
    # VC-DI-ECDSA §3.3.4: P-384 keys hash with SHA-384; every other suite uses SHA-256.
    hash_by_curve: bool = False
    # The Linked Data suites before VC-DI let a proof carry its own @context (jsonld-signatures:
    # the proof options are {"@context": document's, ...proof}); Data Integrity proofs take the
    # document's (VC-DI 1.0 §4.2).
    legacy_context: bool = False

    def hash_name(self, key_type: KeyType) -> str:
        return "sha384" if self.hash_by_curve and key_type is KeyType.P384 else "sha256"

    def digest(self, canonical: bytes, key_type: KeyType) -> bytes:
        return hashlib.new(self.hash_name(key_type), canonical).digest()

    def canonical(self, document: dict[str, Any], key_type: KeyType) -> bytes:
        """The canonical bytes of a whole document (RDFC-1.0 or JCS), for signing.

        Raises CanonicalizationError / UnknownContextError (RDFC), ValueError (JCS numbers).
        """
        if self.canonicalization == "jcs":
            canonical: bytes = rfc8785.dumps(document)
            return canonical
        return canonicalize(document, hash_algorithm=self.hash_name(key_type)).encode("utf-8")


_ED = frozenset({KeyType.ED25519})
_EC = frozenset({KeyType.P256, KeyType.P384})
_JWS = frozenset({KeyType.ED25519, KeyType.P256, KeyType.P384, KeyType.SECP256K1, KeyType.RSA})

SUITES: dict[tuple[str, str | None], Suite] = {
    ("DataIntegrityProof", "eddsa-rdfc-2022"): Suite("eddsa-rdfc-2022", "rdfc", _ED),
    # The 2023 drafts' name for the same algorithm; 1EdTech still accepts it with a warning.
    ("DataIntegrityProof", "eddsa-2022"): Suite("eddsa-2022", "rdfc", _ED),
    ("DataIntegrityProof", "eddsa-jcs-2022"): Suite("eddsa-jcs-2022", "jcs", _ED),
    ("DataIntegrityProof", "ecdsa-rdfc-2019"): Suite(
        "ecdsa-rdfc-2019", "rdfc", _EC, hash_by_curve=True
    ),
    ("DataIntegrityProof", "ecdsa-jcs-2019"): Suite(
        "ecdsa-jcs-2019", "jcs", _EC, hash_by_curve=True
    ),
    ("Ed25519Signature2020", None): Suite(
        "Ed25519Signature2020", "rdfc", _ED, needs_cryptosuite=False, legacy_context=True
    ),
    ("Ed25519Signature2018", None): Suite(
        "Ed25519Signature2018",
        "rdfc",
        _ED,
        detached_jws=True,
        needs_cryptosuite=False,
        legacy_context=True,
    ),
    ("JsonWebSignature2020", None): Suite(
        "JsonWebSignature2020",
        "rdfc",
        _JWS,
        detached_jws=True,
        needs_cryptosuite=False,
        legacy_context=True,
    ),
}


def suite_for(proof: dict[str, Any]) -> Suite | None:
    """The suite a proof uses, or None when we do not support it."""
    proof_type = proof.get("type")
    if proof_type == "DataIntegrityProof":
        cryptosuite = proof.get("cryptosuite")
        return SUITES.get((proof_type, cryptosuite)) if isinstance(cryptosuite, str) else None
    if isinstance(proof_type, str):
        return SUITES.get((proof_type, None))
    return None
