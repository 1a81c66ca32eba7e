"""Forgeries that keep a genuine RDF signature intact (issue 9), built from signed credentials.

Each function takes a genuinely signed credential and returns a rewritten copy whose canonical
statements are unchanged (so the issuer's signature still verifies over them) while its JSON
says something else: under another key, in a node RDF drops, or smuggled into the N-Quads. A
verifier that reads the JSON would show the forgery; the wallet must not.
"""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime
from typing import Any

from tests.verify.hostile import ISSUER, SIGNED_AT
from wallet.dids.keys import KeyType, PrivateKey
from wallet.dids.multibase import b64url_encode, multibase_encode
from wallet.dids.resolve import did_jwk_for, did_key_for, did_key_method_for
from wallet.proofs.sign import sign_document
from wallet.proofs.suites import SUITES as PROOF_SUITES
from wallet.verify.dates import format_datetime

__all__ = [
    "CRED",
    "LEGACY",
    "SEC",
    "SUITES",
    "VCDM1",
    "alias_as_full_iri",
    "as_other_data_model",
    "ghost_node",
    "ghosts",
    "keyword_alias",
    "language_injection",
    "resign",
    "sign_legacy",
    "signed_credential",
    "with_at_id",
]

CRED = "https://www.w3.org/2018/credentials#"
SEC = "https://w3id.org/security#"
XSD_DATETIME = "http://www.w3.org/2001/XMLSchema#dateTime"
# Every RDF-canonicalized suite the wallet verifies. "ecdsa-rdfc-2019 P-384" is ecdsa-rdfc-2019
# with a P-384 key (SHA-384 throughout, VC-DI-ECDSA §3.3.4).
SUITES = (
    "eddsa-rdfc-2022",
    "Ed25519Signature2020",
    "ecdsa-rdfc-2019",
    "ecdsa-rdfc-2019 P-384",
    "Ed25519Signature2018",
    "JsonWebSignature2020",
)
# The Linked Data suites before VC-DI: a proof of their own, on a VCDM 1.1 credential.
LEGACY = ("Ed25519Signature2020", "Ed25519Signature2018", "JsonWebSignature2020")
VCDM1 = frozenset(LEGACY)
_P256 = PrivateKey.from_raw(KeyType.P256, bytes(range(1, 33)))
_P384 = PrivateKey.from_raw(KeyType.P384, bytes(range(1, 49)))
# JsonWebSignature2020 with an Ed25519 JWK: the issuer is the did:jwk of ISSUER's key.
JWK_ISSUER = did_jwk_for(ISSUER.key.public_key())
EXPIRED = datetime(2024, 6, 1, tzinfo=UTC)
_VC_V1 = "https://www.w3.org/2018/credentials/v1"
_OB3 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
_CONTEXTS = {
    "Ed25519Signature2020": [_VC_V1, _OB3, "https://w3id.org/security/suites/ed25519-2020/v1"],
    # VCDM 1.1's own context defines Ed25519Signature2018.
    "Ed25519Signature2018": [_VC_V1, _OB3],
    "JsonWebSignature2020": [_VC_V1, _OB3, "https://w3id.org/security/suites/jws-2020/v1"],
}


def signed_credential(suite: str, *, expired: bool = True) -> dict[str, Any]:
    """A genuine OB 3.0 credential signed with ``suite`` (one of :data:`SUITES`); expired at the
    tests' NOW by default, so hiding its expiry would turn ``expired`` into ``valid``. The legacy
    suites sign the VCDM 1.1 form, the others VCDM 2.0."""
    until = EXPIRED if expired else None
    form = "Ed25519Signature2020" if suite in VCDM1 else "eddsa-rdfc-2022"
    document = ISSUER.achievement_credential(
        "Intro to Python", suite=form, issued=SIGNED_AT, valid_until=until
    )
    if suite == form:
        return document
    document = {k: v for k, v in document.items() if k != "proof"}
    if suite in _CONTEXTS:
        document["@context"] = list(_CONTEXTS[suite])
    return resign(document, suite)


def resign(document: dict[str, Any], suite: str) -> dict[str, Any]:
    """``document`` (without its proof) signed with ``suite`` by the key that suite's
    credentials use here, its issuer id set to that key's DID."""
    document = {k: copy.deepcopy(v) for k, v in document.items() if k != "proof"}
    if suite.startswith("ecdsa-rdfc-2019"):
        key = _P384 if suite.endswith("P-384") else _P256
        _set_issuer(document, did_key_for(key.public_key()))
        method = did_key_method_for(key.public_key())
        return sign_document(document, key, method, suite="ecdsa-rdfc-2019", created=SIGNED_AT)
    if suite == "JsonWebSignature2020":
        _set_issuer(document, JWK_ISSUER)
        return sign_legacy(document, suite, f"{JWK_ISSUER}#0")
    _set_issuer(document, ISSUER.did)
    if suite == "Ed25519Signature2018":
        return sign_legacy(document, suite)
    return sign_document(
        document, ISSUER.key, ISSUER.verification_method, suite=suite, created=SIGNED_AT
    )


def _set_issuer(document: dict[str, Any], did: str) -> None:
    issuer = document.get("issuer")
    document["issuer"] = {**issuer, "id": did} if isinstance(issuer, dict) else did


def sign_legacy(
    document: dict[str, Any],
    proof_type: str,
    method: str | None = None,
    *,
    proof_context: Any = None,
    key: PrivateKey = ISSUER.key,
) -> dict[str, Any]:
    """A legacy Linked Data proof (Ed25519Signature2018/2020, JsonWebSignature2020) as
    jsonld-signatures makes it: the proof options hashed with the proof's own ``@context`` when
    it carries one (``proof_context``), else the document's, then the document; 2018 and the JWS
    suite sign ``header.`` ‖ hashData as a detached, unencoded JWS (RFC 7797)."""
    suite = PROOF_SUITES[(proof_type, None)]
    proof: dict[str, Any] = {
        "type": proof_type,
        "created": format_datetime(SIGNED_AT),
        "verificationMethod": method or ISSUER.verification_method,
        "proofPurpose": "assertionMethod",
    }
    if proof_context is not None:
        proof = {"@context": proof_context, **proof}
    unsecured = {k: v for k, v in document.items() if k != "proof"}
    config = {**proof, "@context": proof_context or document["@context"]}
    hash_data = suite.digest(suite.canonical(config, key.type), key.type) + suite.digest(
        suite.canonical(unsecured, key.type), key.type
    )
    if not suite.detached_jws:
        proof["proofValue"] = multibase_encode(key.sign(hash_data))
        return {**unsecured, "proof": proof}
    header = {"alg": "EdDSA", "b64": False, "crit": ["b64"]}
    encoded = b64url_encode(json.dumps(header, separators=(",", ":")).encode())
    signature = key.sign(encoded.encode("ascii") + b"." + hash_data)
    proof["jws"] = f"{encoded}..{b64url_encode(signature)}"
    return {**unsecured, "proof": proof}


def _end_name(document: dict[str, Any]) -> str:
    """The first validity date the document has (every credential here has a start)."""
    for name in ("expirationDate", "validUntil", "issuanceDate", "validFrom"):
        if name in document:
            return name
    raise ValueError("the document has no validity date")


def alias_as_full_iri(document: dict[str, Any], member: str | None = None) -> dict[str, Any]:
    """Family 1: a member moved under its full IRI, as an explicit typed value (same triple)."""
    forged = copy.deepcopy(document)
    name = member or _end_name(forged)
    value = forged.pop(name)
    if name in ("validUntil", "expirationDate", "validFrom", "issuanceDate"):
        forged[CRED + name] = {"@value": value, "@type": XSD_DATETIME}
    else:
        forged[CRED + name] = value
    return forged


def with_at_id(document: dict[str, Any]) -> dict[str, Any]:
    """Family 1: ``@id`` where the contexts define ``id`` (the same statements)."""
    forged = copy.deepcopy(document)
    subject = forged["credentialSubject"]
    subject["@id"] = subject.pop("id")
    return forged


def keyword_alias(document: dict[str, Any]) -> dict[str, Any]:
    """Family 1: an inline context defining another alias of ``@type`` (same statements)."""
    forged = copy.deepcopy(document)
    forged["@context"] = [*forged["@context"], {"kind": "@type"}]
    forged["kind"] = forged.pop("type")
    return forged


def ghost_node(
    document: dict[str, Any], iri: str = "urn:x\u00a0", name: str = "Doctor of Medicine"
) -> dict[str, Any]:
    """Family 2: an achievement whose IRI RDF does not allow: no triple, yet JSON shows it."""
    forged = copy.deepcopy(document)
    subject = forged["credentialSubject"]
    genuine = subject["achievement"]
    ghost = {
        "id": iri,
        "type": ["Achievement"],
        "name": name,
        "description": "Harvard Medical School",
        "criteria": {"narrative": "Four years of medical school."},
    }
    subject["achievement"] = [ghost, genuine]
    return forged


def language_injection(document: dict[str, Any]) -> dict[str, Any]:
    """Family 2: a language tag with a newline, written raw into N-Quads by naive processors,
    where it can carry a statement of its own."""
    forged = copy.deepcopy(document)
    achievement = forged["credentialSubject"]["achievement"]
    achievement["name"] = {
        "@value": "Doctor of Medicine",
        "@language": 'en .\n<urn:x> <https://schema.org/name> "forged"',
    }
    return forged


VC_V1 = "https://www.w3.org/2018/credentials/v1"
VC_V2 = "https://www.w3.org/ns/credentials/v2"
_V1_DATES = ("issuanceDate", "expirationDate")


def as_other_data_model(document: dict[str, Any]) -> dict[str, Any]:
    """Attack 9: a VCDM 1.1 credential relabelled VCDM 2.0 (its first ``@context`` swapped), its
    1.1 dates moved under their full IRIs. The v2 context has no term for those IRIs, so the full
    IRI is how it writes them and the statements do not change; a verifier that picks the date
    names from the first context then reads ``validFrom``/``validUntil`` and finds none."""
    forged = copy.deepcopy(document)
    assert forged["@context"][0] == VC_V1
    forged["@context"] = [VC_V2, *forged["@context"][1:]]
    for name in _V1_DATES:
        if name in forged:
            forged[CRED + name] = {"@value": forged.pop(name), "@type": XSD_DATETIME}
    return forged


def _ghost_copy(document: dict[str, Any], context: dict[str, Any]) -> dict[str, Any]:
    """The achievement once more, under its own id (so it merges into the signed node) but with
    a context that drops every string it holds."""
    forged = copy.deepcopy(document)
    subject = forged["credentialSubject"]
    genuine = subject["achievement"]
    ghost = {"@context": context, "id": genuine["id"], "name": "Doctor of Medicine"}
    subject["achievement"] = [ghost, genuine]
    return forged


def ghosts(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Attack 9: text JSON-LD drops without a word, each written into a genuinely signed
    credential as "Doctor of Medicine". The statements do not change, so the signature still
    verifies; the JSON says what nothing signs."""
    found: dict[str, dict[str, Any]] = {}
    found["a default language that is not a tag"] = _ghost_copy(document, {"@language": "x y"})
    term = copy.deepcopy(document)
    term["@context"] = [
        *term["@context"],
        {"title": {"@id": "https://schema.org/name", "@language": "x y"}},
    ]
    term["credentialSubject"]["achievement"]["title"] = "Doctor of Medicine"
    found["a term whose language is not a tag"] = term
    top_list = copy.deepcopy(document)
    top_list["@list"] = [{"https://schema.org/name": "Doctor of Medicine"}]
    found["a list at the top of the document"] = top_list
    graph_value = copy.deepcopy(document)
    graph_value["@included"] = [{"@graph": ["Doctor of Medicine"]}]
    found["a value alone in a graph"] = graph_value
    graph_object = copy.deepcopy(document)
    graph_object["@included"] = [{"@graph": [{"@value": "Doctor of Medicine"}]}]
    found["a value object alone in a graph"] = graph_object
    graph_list = copy.deepcopy(document)
    graph_list["@included"] = [{"@graph": [{"@list": ["Doctor of Medicine"]}]}]
    found["a list alone in a graph"] = graph_list
    node_language = copy.deepcopy(document)
    node_language["credentialSubject"]["achievement"]["@language"] = "MD-Harvard"
    found["a language on a node"] = node_language
    return found
