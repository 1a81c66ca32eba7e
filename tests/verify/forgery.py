"""Forgeries that keep a genuine RDF signature intact (issue 9), built from signed credentials.

Each function takes a genuinely signed credential and returns a rewritten copy whose canonical
statements are unchanged (so the issuer's signature still verifies over them) while its JSON
says something else: under another key, in a node RDF drops, or smuggled into the N-Quads. A
verifier that reads the JSON would show the forgery; the wallet must not.
"""

from __future__ import annotations

import copy
from datetime import UTC, datetime
from typing import Any

from tests.verify.hostile import ISSUER, SIGNED_AT
from wallet.dids.keys import KeyType, PrivateKey
from wallet.dids.resolve import did_key_for, did_key_method_for
from wallet.proofs.sign import sign_document

__all__ = [
    "CRED",
    "SEC",
    "SUITES",
    "alias_as_full_iri",
    "ghost_node",
    "keyword_alias",
    "language_injection",
    "signed_credential",
    "with_at_id",
]

CRED = "https://www.w3.org/2018/credentials#"
SEC = "https://w3id.org/security#"
XSD_DATETIME = "http://www.w3.org/2001/XMLSchema#dateTime"
SUITES = ("eddsa-rdfc-2022", "Ed25519Signature2020", "ecdsa-rdfc-2019")
_P256 = PrivateKey.from_raw(KeyType.P256, bytes(range(1, 33)))
EXPIRED = datetime(2024, 6, 1, tzinfo=UTC)


def signed_credential(suite: str, *, expired: bool = True) -> dict[str, Any]:
    """A genuine OB 3.0 credential signed with ``suite``; expired at the tests' NOW by default,
    so hiding its expiry would turn ``expired`` into ``valid``."""
    until = EXPIRED if expired else None
    if suite != "ecdsa-rdfc-2019":
        return ISSUER.achievement_credential(
            "Intro to Python", suite=suite, issued=SIGNED_AT, valid_until=until
        )
    document = ISSUER.achievement_credential("Intro to Python", issued=SIGNED_AT, valid_until=until)
    document = {k: v for k, v in document.items() if k != "proof"}
    did = did_key_for(_P256.public_key())
    document["issuer"] = {**document["issuer"], "id": did}
    return sign_document(
        document,
        _P256,
        did_key_method_for(_P256.public_key()),
        suite="ecdsa-rdfc-2019",
        created=SIGNED_AT,
    )


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
