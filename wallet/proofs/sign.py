"""Add an embedded Data Integrity proof to a document (the holder's presentations, demo samples).

The inverse of :mod:`wallet.proofs.embedded`, with the same hashing (VC-DI 1.0 §4.2: the proof
configuration's hash first) so that what we sign is what every verifier checks.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from wallet.dids.keys import PrivateKey
from wallet.dids.multibase import multibase_encode
from wallet.proofs.suites import SUITES, Suite
from wallet.verify.dates import format_datetime
from wallet.wording import shown

__all__ = ["sign_document"]

_SUITE_BY_NAME = {suite.name: (key[0], suite) for key, suite in SUITES.items()}


def sign_document(
    document: dict[str, Any],
    key: PrivateKey,
    verification_method: str,
    *,
    suite: str = "eddsa-rdfc-2022",
    purpose: str = "assertionMethod",
    created: datetime,
    challenge: str | None = None,
    domain: str | None = None,
) -> dict[str, Any]:
    """A copy of ``document`` with one more proof (a proof set when it already had one).

    Supports the multibase-``proofValue`` suites (eddsa-*, ecdsa-*, Ed25519Signature2020).
    Raises ``ValueError`` for a suite we cannot sign with or a key it cannot use, and
    CanonicalizationError / UnknownContextError for documents that cannot be canonicalized.
    """
    proof_type, chosen = _suite(suite)
    if key.type not in chosen.key_types:
        raise ValueError(f"{suite} cannot sign with a {key.type} key")
    proof: dict[str, Any] = {"type": proof_type}
    if chosen.needs_cryptosuite:
        proof["cryptosuite"] = suite
    proof.update(
        {
            "created": format_datetime(created),
            "verificationMethod": verification_method,
            "proofPurpose": purpose,
        }
    )
    if challenge is not None:
        proof["challenge"] = challenge
    if domain is not None:
        proof["domain"] = domain
    unsecured = {k: v for k, v in document.items() if k != "proof"}
    config = {**proof, "@context": document.get("@context")}
    hash_data = chosen.digest(chosen.canonical(config, key.type), key.type) + chosen.digest(
        chosen.canonical(unsecured, key.type), key.type
    )
    proof["proofValue"] = multibase_encode(key.sign(hash_data))
    existing = document.get("proof")
    proofs = [] if existing is None else existing if isinstance(existing, list) else [existing]
    return {**document, "proof": [*proofs, proof] if proofs else proof}


def _suite(name: str) -> tuple[str, Suite]:
    found = _SUITE_BY_NAME.get(name)
    if found is None or found[1].detached_jws:
        raise ValueError(f"cannot sign with {shown(name)}")
    return found
