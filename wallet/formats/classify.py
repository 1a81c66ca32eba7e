"""What a parsed document is, from its content: a W3C credential or presentation, an Open Badges
2.0 assertion (hosted JSON or signed JWS), a legacy OB 1.x assertion, or something that is not a
credential at all; and a short description of it for the report ("found: ...").
"""

from __future__ import annotations

from typing import Any, Literal

from wallet.errors import InputError
from wallet.formats.jws import CompactJws

__all__ = [
    "OB2_CONTEXTS",
    "Format",
    "classify_json",
    "classify_jws",
    "describe",
    "has_ob2_context",
    "is_ob1",
    "is_ob2_assertion",
]

Format = Literal["vc", "jwt", "ob2", "ob2-jws", "ob1", "link", "blockcerts", "sealed"]

# The OB 2.0 context under its canonical URL and the aliases 1EdTech serves it from.
OB2_CONTEXTS = frozenset(
    {
        "https://w3id.org/openbadges/v2",
        "https://openbadgespec.org/v2/context.json",
        "https://purl.imsglobal.org/spec/ob/v2p0/context/context.json",
    }
)
_OB1_CONTEXTS = frozenset(
    {"https://w3id.org/openbadges/v1", "https://w3id.org/openbadges/legacy-v1"}
)
_OB2_DESCRIPTIONS = {
    "BadgeClass": "an Open Badges 2.0 BadgeClass (the description of a badge)",
    "Issuer": "an Open Badges 2.0 issuer profile",
    "Profile": "an Open Badges 2.0 issuer profile",
    "CryptographicKey": "an Open Badges 2.0 public key",
    "RevocationList": "an Open Badges 2.0 revocation list",
    "Endorsement": "an Open Badges 2.0 endorsement",
}


# A member any credential, presentation or assertion has at least one of (VCDM §4, OB 2.0
# Assertion, VC-JWT claims): a JSON object with none of them is some other document.
_CREDENTIAL_MEMBERS = frozenset(
    {
        "@context",
        "type",
        "credentialSubject",
        "issuer",
        "proof",
        "verifiableCredential",
        "holder",
        "vc",
        "vp",
        "recipient",
        "badge",
        "verify",
    }
)


def _list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _strings(value: Any) -> set[str]:
    return {v for v in _list(value) if isinstance(v, str)}


def has_ob2_context(document: dict[str, Any]) -> bool:
    """The OB 2.0 context by URL, or inline (issuers' own files often inline it)."""
    contexts = document.get("@context")
    if _strings(contexts) & OB2_CONTEXTS:
        return True
    return any(
        isinstance(c, dict) and c.get("obi") == "https://w3id.org/openbadges#"
        for c in _list(contexts)
    )


def is_ob2_assertion(document: Any) -> bool:
    """An OB 2.0 Assertion: the OB 2.0 context, type Assertion, and no VC claims."""
    return (
        isinstance(document, dict)
        and has_ob2_context(document)
        and "Assertion" in _strings(document.get("type"))
        and "vc" not in document
        and "vp" not in document
    )


def _looks_like_ob2(document: dict[str, Any]) -> bool:
    """An assertion with a wrong context or type is still reported as one (and fails format)."""
    return (
        {"recipient", "badge"} <= document.keys()
        and ("verification" in document or "issuedOn" in document)
        and not _strings(document.get("type")) & {"VerifiableCredential", "VerifiablePresentation"}
    )


def is_ob1(document: dict[str, Any]) -> bool:
    """An OB 0.5/1.x assertion (the 1.x context, or no context and the 1.x shape)."""
    contexts = _strings(document.get("@context"))
    if contexts & _OB1_CONTEXTS:
        return True
    # OB 0.5/1.0 assertions have no @context: a recipient and a badge, or a verify object.
    return "@context" not in document and (
        isinstance(document.get("verify"), dict) or {"recipient", "badge"} <= document.keys()
    )


_BLOCKCERTS_PROOFS = frozenset({"MerkleProof2017", "MerkleProof2019", "ChainpointSHA256v2"})
_JADES_HEADERS = frozenset({"sigT", "sigD", "x5t#S256", "etsiU", "srCms", "sigPl"})


def is_blockcerts(document: dict[str, Any]) -> bool:
    """A Blockcerts certificate: a Merkle proof anchored on a blockchain (under ``signature``
    in Blockcerts 2, ``proof`` in 3), or the Blockcerts context."""
    if any("blockcerts" in c for c in _strings(document.get("@context"))):
        return True
    for member in ("signature", "proof"):
        for proof in _list(document.get(member)):
            if isinstance(proof, dict) and _strings(proof.get("type")) & _BLOCKCERTS_PROOFS:
                return True
    return False


def is_jades(header: dict[str, Any]) -> bool:
    """A JAdES signature (ETSI TS 119 182-1): its JOSE header carries JAdES parameters."""
    crit = _strings(header.get("crit"))
    typ = header.get("typ")
    return bool(
        (header.keys() | crit) & _JADES_HEADERS
        or (isinstance(typ, str) and typ.lower().startswith("jades"))
        or ("x5c" in header and "b64" in header)
    )


def is_json_jws(document: dict[str, Any]) -> bool:
    """A JWS in JSON serialization (RFC 7515 §7.2), flattened or general."""
    return ("signature" in document and "protected" in document) or "signatures" in document


def classify_json(document: Any) -> Format:
    """The format of a parsed JSON document. Raises :class:`InputError` for what is not a
    credential (an OB 2.0 BadgeClass, a JSON array, ...), with the reason."""
    if not isinstance(document, dict):
        raise InputError("the JSON is not an object, so it is not a credential")
    if is_blockcerts(document):
        return "blockcerts"
    if is_json_jws(document):
        return "sealed"
    if has_ob2_context(document):
        if is_ob2_assertion(document) or _looks_like_ob2(document):
            return "ob2"
        kinds = _strings(document.get("type"))
        for kind, what in _OB2_DESCRIPTIONS.items():
            if kind in kinds:
                raise InputError(f"this is {what}, not a credential anyone earned")
        raise InputError("Open Badges 2.0 JSON that is not an Assertion, so not a credential")
    if is_ob1(document):
        return "ob1"
    if _looks_like_ob2(document):
        return "ob2"
    if not document.keys() & _CREDENTIAL_MEMBERS:
        # Such as an OB 2.0 criteria file ({"narrative": ...}) kept beside the badges.
        raise InputError(
            "this JSON has no @context, type, issuer or credentialSubject, so it is not a "
            "credential"
        )
    return "vc"


def classify_jws(jws: CompactJws) -> Format:
    """An OB 2.0 signed assertion (its payload is the Assertion), a JAdES-sealed credential
    (European Digital Credentials), or a VC/VP JWT."""
    if is_jades(jws.header):
        return "sealed"
    return "ob2-jws" if is_ob2_assertion(jws.payload) else "jwt"


def _vc_description(document: dict[str, Any]) -> str:
    types = _strings(document.get("type"))
    if "VerifiablePresentation" in types:
        count = len(_list(document.get("verifiableCredential")))
        noun = "credential" if count == 1 else "credentials"
        return f"a presentation holding {count} {noun}"
    if "ClrCredential" in types:
        return "a CLR 2.0 credential"
    if types & {"OpenBadgeCredential", "AchievementCredential"}:
        return "an Open Badges 3.0 credential"
    if "EndorsementCredential" in types:
        return "an Open Badges 3.0 endorsement"
    return "a verifiable credential"


def describe(format: Format, document: Any) -> str:
    """A short noun phrase for what was found ("an Open Badges 3.0 credential", ...)."""
    if format == "ob2":
        return "an Open Badges 2.0 assertion (hosted)"
    if format == "ob2-jws":
        return "an Open Badges 2.0 signed assertion (JWS)"
    if format == "ob1":
        return "an Open Badges 1.x assertion (legacy)"
    if format == "link":
        return f"a link to a credential ({str(document)[:200]})"
    if format == "blockcerts":
        return "a Blockcerts certificate"
    if format == "sealed":
        if isinstance(document, str):
            return "a European Digital Credential (XML, sealed with XAdES)"
        return "a credential sealed with an electronic seal (JAdES)"
    if format == "jwt":
        payload = document.payload if isinstance(document, CompactJws) else None
        inner = (
            payload.get("vc") or payload.get("vp") or payload if isinstance(payload, dict) else None
        )
        if isinstance(inner, dict):
            return _vc_description(inner) + " as a JWT"
        return "a JWT"
    return _vc_description(document) if isinstance(document, dict) else "a document"
