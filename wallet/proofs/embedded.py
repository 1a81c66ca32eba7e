"""Verify one embedded proof (``proof`` member) of a credential or presentation.

Follows the common skeleton of STANDARDS §0: purpose, proof configuration, hashes, key, signature.
Never raises for a bad proof: the result says what failed. The caller decides what a result means
for the issuer or holder binding (wallet.verify.binding).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from wallet.dids.keys import JOSE_ALGORITHMS, PublicKey
from wallet.dids.multibase import MultibaseError, b64url_decode, multibase_decode
from wallet.dids.resolve import (
    MethodResolver,
    Unresolved,
    VerificationMethod,
    key_label,
    resolve_method,
)
from wallet.errors import UnknownContextError
from wallet.jsonld import CanonicalizationError, canonicalize
from wallet.proofs.suites import Suite, suite_for
from wallet.verify.dates import parse_datetime

__all__ = ["ProofResult", "verify_embedded_proof"]


@dataclass(frozen=True)
class ProofResult:
    """The outcome of one proof.

    ``verified`` is True (signature good), False (bad: tampered, wrong key, malformed) or None
    (could not be checked: unsupported suite, key needs the network). ``method`` is the resolved
    verification method when there was one, for the binding checks.
    """

    verified: bool | None
    message: str
    suite: str = ""
    method: VerificationMethod | None = None
    unresolved: Unresolved | None = None


def _fail(message: str, suite: str = "") -> ProofResult:
    return ProofResult(False, message, suite)


def verify_embedded_proof(
    document: dict[str, Any],
    proof: dict[str, Any],
    *,
    purpose: str,
    now: datetime,
    document_rdfc: Callable[[str], str],
    all_proofs: list[dict[str, Any]] | None = None,
    challenge: str | None = None,
    domain: str | None = None,
    resolver: MethodResolver = resolve_method,
) -> ProofResult:
    """Check ``proof`` over ``document`` (which still carries its ``proof`` member).

    ``document_rdfc(hash_name)`` returns the canonical N-Quads of the document without its
    proofs, RDFC-1.0 run with that hash (computed once per hash by the caller and shared between
    proofs); a proof with ``previousProof`` is hashed over
    the document with the proofs it references instead (VC-DI 1.0 §4.4, proof chains).
    """
    if not isinstance(proof, dict):
        return _fail("a proof must be a JSON object")
    suite = suite_for(proof)
    proof_type = proof.get("type")
    if suite is None:
        name = proof.get("cryptosuite") or proof_type
        return ProofResult(None, f"the proof type {name!r} is not supported")
    for member in ("verificationMethod", "proofPurpose"):
        if member not in proof:
            return _fail(f"the proof has no {member}", suite.name)
    if suite.needs_cryptosuite and not isinstance(proof.get("cryptosuite"), str):
        return _fail("the proof has no cryptosuite", suite.name)
    if proof["proofPurpose"] != purpose:
        # STANDARDS §7 A2: an authentication proof lifted from a presentation proves no issuance.
        return _fail(
            f"the proof's purpose is {proof['proofPurpose']!r}, expected {purpose!r}", suite.name
        )
    if challenge is not None and proof.get("challenge") != challenge:
        return _fail(
            f"the proof's challenge {proof.get('challenge')!r} is not {challenge!r}", suite.name
        )
    if domain is not None and not _domain_matches(proof.get("domain"), domain):
        return _fail(f"the proof's domain {proof.get('domain')!r} is not {domain!r}", suite.name)
    timing = _check_times(proof, now)
    if timing:
        return _fail(timing, suite.name)

    method = resolver(proof["verificationMethod"])
    if isinstance(method, Unresolved):
        verdict = None if method.needs_network or method.unsupported else False
        return ProofResult(verdict, method.reason, suite.name, unresolved=method)
    if method.key.type not in suite.key_types:
        return ProofResult(
            False, f"{suite.name} cannot use a {method.key.type} key", suite.name, method
        )

    try:
        signature, signing_input_prefix, alg = _signature_of(proof, suite, method.key)
        unsecured = {k: v for k, v in document.items() if k != "proof"}
        previous = proof.get("previousProof")
        if previous is not None:
            chained = _previous_proofs(previous, all_proofs or [])
            if chained is None:
                return _fail("the proof's previousProof is not in this document", suite.name)
            unsecured = {**unsecured, "proof": chained}
        # VC-DI-ECDSA §3.3.2: RDFC-1.0 hashes with the suite's hash (SHA-384 for P-384 keys).
        rdfc_hash = suite.hash_name(method.key.type)
        chained_doc = unsecured if previous is not None else None

        def unsecured_rdfc() -> str:
            if chained_doc is None:
                return document_rdfc(rdfc_hash)
            return canonicalize(chained_doc, hash_algorithm=rdfc_hash)

        config = {k: v for k, v in proof.items() if k not in ("proofValue", "jws")}
        problem = _proof_context_problem(config, document)
        if problem:
            return _fail(problem, suite.name)
        config["@context"] = document.get("@context")
        hash_data = suite.proof_hash(config, method.key.type) + suite.document_hash(
            unsecured, method.key.type, unsecured_rdfc
        )
    except _BadProof as exc:
        return _fail(str(exc), suite.name)
    except (CanonicalizationError, UnknownContextError) as exc:
        return _fail(f"the signed data cannot be canonicalized: {exc}", suite.name)

    if not method.key.verify(signature, signing_input_prefix + hash_data, alg=alg):
        return ProofResult(
            False,
            f"the {suite.name} signature does not match the data: it was changed after signing "
            "or signed by another key",
            suite.name,
            method,
        )
    return ProofResult(
        True, f"{suite.name} signature verified with {key_label(method.id)}", suite.name, method
    )


class _BadProof(ValueError):
    pass


def _signature_of(
    proof: dict[str, Any], suite: Suite, key: PublicKey
) -> tuple[bytes, bytes, str | None]:
    """The raw signature, the bytes to prepend to hashData, and the JOSE alg when detached JWS."""
    if not suite.detached_jws:
        value = proof.get("proofValue")
        if not isinstance(value, str):
            raise _BadProof("the proof has no proofValue")
        if not value.startswith("z"):
            raise _BadProof("the proofValue is not base58btc multibase ('z…')")
        try:
            return multibase_decode(value), b"", None
        except MultibaseError as exc:
            raise _BadProof(f"malformed proofValue: {exc}") from None
    jws = proof.get("jws")
    if not isinstance(jws, str) or jws.count(".") != 2:
        raise _BadProof("the proof has no detached JWS")
    header_b64, payload, signature_b64 = jws.split(".")
    if payload:
        raise _BadProof("the JWS is not detached")
    try:
        header = json.loads(b64url_decode(header_b64))
        signature = b64url_decode(signature_b64)
    except (MultibaseError, ValueError):
        raise _BadProof("the detached JWS is malformed") from None
    if not isinstance(header, dict):
        raise _BadProof("the JWS header is not a JSON object")
    # RFC 7797 §3, §6: unencoded payload, and b64 must be declared critical.
    if header.get("b64") is not False or header.get("crit") != ["b64"]:
        raise _BadProof("the JWS header must have b64: false and crit: ['b64']")
    alg = header.get("alg")
    if not isinstance(alg, str) or JOSE_ALGORITHMS.get(alg) is not key.type:
        raise _BadProof(f"JWS algorithm {alg!r} does not fit a {key.type} key")
    return signature, header_b64.encode("ascii") + b".", alg


def _previous_proofs(previous: Any, proofs: list[dict[str, Any]]) -> list[dict[str, Any]] | None:
    wanted = previous if isinstance(previous, list) else [previous]
    by_id = {p.get("id"): p for p in proofs if isinstance(p, dict) and p.get("id")}
    found = [by_id.get(ref) for ref in wanted]
    if not wanted or any(p is None for p in found):
        return None
    return [p for p in found if p is not None]


def _proof_context_problem(config: dict[str, Any], document: dict[str, Any]) -> str | None:
    """VC-DI 1.0 §4.2 step 4: a proof's own @context must be a prefix of the document's."""
    if "@context" not in config:
        return None
    own = config["@context"]
    own_list = own if isinstance(own, list) else [own]
    doc_ctx = document.get("@context")
    doc_list = doc_ctx if isinstance(doc_ctx, list) else [doc_ctx]
    if doc_list[: len(own_list)] != own_list:
        return "the proof's @context does not match the document's"
    return None


def _check_times(proof: dict[str, Any], now: datetime) -> str | None:
    for member in ("created", "expires"):
        if member in proof and parse_datetime(proof[member]) is None:
            return f"the proof's {member} {proof[member]!r} is not a valid date-time"
    expires = parse_datetime(proof.get("expires"))
    if expires is not None and expires < now:
        return f"the proof expired on {proof['expires']}"
    return None


def _domain_matches(value: Any, expected: str) -> bool:
    if isinstance(value, list):
        return expected in value
    return bool(value == expected)
