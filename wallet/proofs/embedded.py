"""Verify one embedded proof (``proof`` member) of a credential or presentation.

Follows the common skeleton of STANDARDS §0: the proof configuration, its purpose and times, the
key, the hashes, the signature. Never raises for a bad proof: the result says what failed. The
caller decides what a result means for the issuer or holder binding (wallet.verify.binding).

The proof's options (purpose, verification method, challenge, domain, times, previous proofs) are
read from the proof configuration's own statements, as its hash covers them, never from the JSON
(issue 9): written under another key (``https://w3id.org/security#expiration`` for ``expires``)
an option would otherwise be signed but unseen. The configuration is the proof without its value
and with the document's ``@context`` (VC-DI 1.0 §4.2); the legacy Linked Data suites
(Ed25519Signature2018/2020, JsonWebSignature2020) keep a ``@context`` of their own when the proof
carries one, as jsonld-signatures specified them (issue 10).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import rfc8785

from wallet.dids.keys import JOSE_ALGORITHMS, PublicKey
from wallet.dids.multibase import MultibaseError, b64url_decode, multibase_decode
from wallet.dids.resolve import (
    MethodResolver,
    Unresolved,
    VerificationMethod,
    key_label,
    resolve_method,
)
from wallet.errors import InputError
from wallet.formats.jsontext import parse_json
from wallet.jsonld import CanonicalizationError, TooMuchWorkError, canonicalize
from wallet.proofs.suites import Suite, suite_for
from wallet.verify.dates import CLOCK_SKEW, parse_datetime
from wallet.verify.reading import Reading
from wallet.wording import shown

__all__ = ["ProofResult", "proof_references", "verify_embedded_proof"]


@dataclass(frozen=True)
class ProofResult:
    """The outcome of one proof.

    ``verified`` is True (signature good), False (bad: tampered, wrong key, malformed) or None
    (could not be checked: unsupported suite, key needs the network). ``method`` is the resolved
    verification method when there was one, for the binding checks. ``warnings`` are worth
    telling a person without changing the result (a proof made in the future).
    """

    verified: bool | None
    message: str
    suite: str = ""
    method: VerificationMethod | None = None
    unresolved: Unresolved | None = None
    warnings: tuple[str, ...] = ()
    purpose: str | None = None
    id: str | None = None
    previous: tuple[str, ...] = ()
    # Set when the signature verifies but for another challenge or domain than the verifier's:
    # the holder check reports it (a replayed presentation), not the signature check.
    replay: str | None = None
    # The proof's own options as its signature covers them (read from the proof configuration's
    # statements, never from its JSON): when and for which challenge and domain it was made.
    created: str | None = None
    challenge: str | None = None
    domain: str | None = None
    # The proof's own expiry, as its statements give it: a result that depends on the clock
    # (the signature cache must not keep it).
    expires: datetime | None = None


def _fail(message: str, suite: str = "", **extra: Any) -> ProofResult:
    return ProofResult(False, message, suite, **extra)


def proof_references(value: Any) -> tuple[str, ...]:
    """The ids a ``previousProof`` names (VC-DI 1.0 §2.1.2: one id or a list).

    A reference that is not an id (an object without one, a list, a number) is named as what it
    is ("an object"), so that it matches no proof and the chain fails, saying so.
    """
    items = value if isinstance(value, list) else [value]
    references = []
    for item in items:
        if item is None:
            continue
        ident = item.get("id") if isinstance(item, dict) else item
        references.append(ident if isinstance(ident, str) else shown(item))
    return tuple(references)


def verify_embedded_proof(
    reading: Reading,
    proof: Any,
    *,
    purpose: str,
    now: datetime,
    all_proofs: list[dict[str, Any]] | None = None,
    challenge: str | None = None,
    domain: str | None = None,
    resolver: MethodResolver = resolve_method,
) -> ProofResult:
    """Check ``proof`` over the document ``reading`` read (which still carries its proofs).

    A proof with ``previousProof`` is hashed over the document with the proofs it references
    (VC-DI 1.0 §4.4, proof chains); whether those verify is the caller's to check.
    """
    if not isinstance(proof, dict):
        return _fail("a proof must be a JSON object")
    suite = suite_for(proof)
    if suite is None:
        name = proof.get("cryptosuite") or proof.get("type")
        return ProofResult(None, f"the proof type {shown(name)} is not supported")
    document = reading.document
    config, problem = _configuration(proof, suite, document)
    if problem:
        return _fail(problem, suite.name)
    config_reading = Reading.of(config, "json" if suite.canonicalization == "jcs" else "rdf")
    if config_reading.failure is not None:
        failure = config_reading.failure
        verdict = None if failure.kind in ("unknown-context", "unsupported") else False
        if failure.kind == "too-much-work":
            return ProofResult(None, _TOO_MUCH_WORK, suite.name)
        return ProofResult(verdict, f"the proof cannot be read: {failure.message}", suite.name)
    failures, _ = config_reading.problems(contexts=False)
    if failures:
        return _fail(f"the proof {_lowercase(failures[0])}", suite.name)
    options = config_reading.view().data
    ident = proof.get("id") if isinstance(proof.get("id"), str) else None
    previous = proof_references(options.get("previousProof"))
    method_ref = _id_of(options.get("verificationMethod"))
    declared = options.get("proofPurpose")
    extra: dict[str, Any] = {
        "purpose": declared if isinstance(declared, str) else None,
        "id": ident,
        "previous": previous,
        **_signed_options(options),
        "expires": parse_datetime(options.get("expires")),
    }
    if method_ref is None:
        return _fail("the proof has no verificationMethod", suite.name, **extra)
    if not isinstance(declared, str):
        return _fail("the proof has no proofPurpose", suite.name, **extra)
    if suite.needs_cryptosuite and not isinstance(options.get("cryptosuite"), str):
        return _fail("the proof has no cryptosuite", suite.name, **extra)
    if declared != purpose:
        # STANDARDS §7 A2: an authentication proof lifted from a presentation proves no issuance.
        return _fail(
            f"the proof's purpose is {shown(declared)}, expected {shown(purpose)}",
            suite.name,
            **extra,
        )
    replay = None
    if challenge is not None and options.get("challenge") != challenge:
        replay = (
            f"it was signed for the challenge {shown(options.get('challenge'))}, not "
            f"{shown(challenge)}: it may be a copy made for someone else"
        )
    elif domain is not None and not _domain_matches(options.get("domain"), domain):
        replay = (
            f"it was signed for the domain {shown(options.get('domain'))}, not {shown(domain)}: "
            "it may be a copy made for someone else"
        )
    timing = _check_times(options, now)
    if timing:
        return _fail(timing, suite.name, **extra)
    warnings = _time_warnings(options, now)

    method = resolver(method_ref)
    if isinstance(method, Unresolved):
        verdict = None if method.needs_network or method.unsupported else False
        return ProofResult(verdict, method.reason, suite.name, unresolved=method, **extra)
    if method.key.type not in suite.key_types:
        return ProofResult(
            False, f"{suite.name} cannot use a {method.key.type} key", suite.name, method, **extra
        )
    try:
        signature, prefix, alg = _signature_of(proof, suite, method.key)
        hash_data = _proof_hash(suite, config, config_reading, method.key) + _document_hash(
            suite, reading, proof, previous, all_proofs or [], method.key
        )
    except _BadProof as exc:
        return _fail(str(exc), suite.name, method=method, **extra)
    except TooMuchWorkError:
        return ProofResult(None, _TOO_MUCH_WORK, suite.name, method, **extra)
    except CanonicalizationError as exc:
        return _fail(f"the signed data cannot be canonicalized: {exc}", suite.name, **extra)
    if not method.key.verify(signature, prefix + hash_data, alg=alg):
        return ProofResult(
            False,
            f"the {suite.name} signature does not match the data: it was changed after signing "
            "or signed by another key",
            suite.name,
            method,
            **extra,
        )
    return ProofResult(
        True,
        f"{suite.name} signature verified with {key_label(method.id)}",
        suite.name,
        method,
        warnings=warnings,
        replay=replay,
        **extra,
    )


def _signed_options(options: dict[str, Any]) -> dict[str, str | None]:
    """``created``, ``challenge`` and ``domain`` from the proof's signed options (one value each;
    a list of domains is named by its first)."""
    found: dict[str, str | None] = {}
    for name in ("created", "challenge", "domain"):
        value = options.get(name)
        if isinstance(value, list):
            value = value[0] if value else None
        found[name] = value if isinstance(value, str) else None
    return found


class _BadProof(ValueError):
    pass


# Issue 9: a count, not a clock, decides, so a busy machine gives the same answer.
_TOO_MUCH_WORK = (
    "checking this signature needs more canonicalization work than any genuine credential "
    "does, so it was not checked"
)


def _lowercase(message: str) -> str:
    """'the key ...' reads on after 'the proof'; other messages get a colon."""
    return message[4:] if message.startswith("the ") else f"has a problem: {message}"


def _configuration(
    proof: dict[str, Any], suite: Suite, document: dict[str, Any]
) -> tuple[dict[str, Any], str | None]:
    """The proof configuration (VC-DI 1.0 §4.2 step 3, or the legacy suites' rule)."""
    config = {k: v for k, v in proof.items() if k not in ("proofValue", "jws")}
    if "@context" in proof and not suite.legacy_context:
        # VC-DI 1.0 §4.2 step 4: a Data Integrity proof's @context must prefix the document's.
        own = proof["@context"]
        own_list = own if isinstance(own, list) else [own]
        doc_ctx = document.get("@context")
        doc_list = doc_ctx if isinstance(doc_ctx, list) else [doc_ctx]
        if doc_list[: len(own_list)] != own_list:
            return config, "the proof's @context does not match the document's"
    if "@context" not in proof or not suite.legacy_context:
        config["@context"] = document.get("@context")
    return config, None


def _proof_hash(suite: Suite, config: dict[str, Any], reading: Reading, key: PublicKey) -> bytes:
    hash_name = suite.hash_name(key.type)
    if suite.canonicalization == "jcs":
        canonical = _jcs(config)
    else:
        canonical = reading.rdfc(hash_name).encode("utf-8")
    return hashlib.new(hash_name, canonical).digest()


def _document_hash(
    suite: Suite,
    reading: Reading,
    proof: dict[str, Any],
    previous: tuple[str, ...],
    all_proofs: list[dict[str, Any]],
    key: PublicKey,
) -> bytes:
    # VC-DI-ECDSA §3.3.2: RDFC-1.0 hashes with the suite's hash (SHA-384 for P-384 keys).
    hash_name = suite.hash_name(key.type)
    unsecured = {k: v for k, v in reading.document.items() if k != "proof"}
    if previous:
        chained = _previous_proofs(previous, all_proofs)
        if chained is None:
            raise _BadProof("the proof's previousProof is not in this document")
        unsecured = {**unsecured, "proof": chained}
    if suite.canonicalization == "jcs":
        canonical = _jcs(unsecured)
    elif previous:
        canonical = canonicalize(
            unsecured, hash_algorithm=hash_name, overrides=reading.overrides
        ).encode("utf-8")
    else:
        canonical = reading.rdfc(hash_name).encode("utf-8")
    return hashlib.new(hash_name, canonical).digest()


def _jcs(value: Any) -> bytes:
    try:
        canonical: bytes = rfc8785.dumps(value)
    except (rfc8785.CanonicalizationError, TypeError, ValueError) as exc:
        raise _BadProof(
            "the signed JSON holds a number that canonical JSON (RFC 8785) cannot write "
            f"exactly ({exc.__class__.__name__})"
        ) from None
    return canonical


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
        header = parse_json(b64url_decode(header_b64), max_bytes=4096)
        signature = b64url_decode(signature_b64)
    except (MultibaseError, InputError, ValueError):
        raise _BadProof("the detached JWS is malformed") from None
    if not isinstance(header, dict):
        raise _BadProof("the JWS header is not a JSON object")
    # RFC 7797 §3, §6: unencoded payload, and b64 must be declared critical.
    if header.get("b64") is not False or header.get("crit") != ["b64"]:
        raise _BadProof("the JWS header must have b64: false and crit: ['b64']")
    alg = header.get("alg")
    if not isinstance(alg, str) or JOSE_ALGORITHMS.get(alg) is not key.type:
        raise _BadProof(f"JWS algorithm {shown(alg)} does not fit a {key.type} key")
    return signature, header_b64.encode("ascii") + b".", alg


def _previous_proofs(
    wanted: tuple[str, ...], proofs: list[dict[str, Any]]
) -> list[dict[str, Any]] | None:
    by_id = {p["id"]: p for p in proofs if isinstance(p, dict) and isinstance(p.get("id"), str)}
    found = [by_id.get(ref) for ref in wanted]
    if not wanted or any(p is None for p in found):
        return None
    return [p for p in found if p is not None]


def _id_of(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("id")
    return value if isinstance(value, str) else None


def _check_times(options: dict[str, Any], now: datetime) -> str | None:
    for member in ("created", "expires"):
        if member in options and parse_datetime(options[member]) is None:
            return f"the proof's {member} {shown(options[member])} is not a valid date-time"
    expires = parse_datetime(options.get("expires"))
    if expires is not None and expires < now:
        return f"the proof expired on {options['expires']}"
    return None


def _time_warnings(options: dict[str, Any], now: datetime) -> tuple[str, ...]:
    """VC-DI allows a ``created`` in the future, but a person should know (issue 9)."""
    created = parse_datetime(options.get("created"))
    if created is not None and created > now + CLOCK_SKEW:
        return (f"the proof says it was made on {options['created']}, which is in the future",)
    return ()


def _domain_matches(value: Any, expected: str) -> bool:
    if isinstance(value, list):
        return expected in value
    return bool(value == expected)
