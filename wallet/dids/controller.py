"""Read one verification method out of a controller document (CID 1.0 §3.3 "Retrieve
Verification Method"; DID Core §5): a DID document, an Open Badges 3.0 issuer Profile or a
CID document that lists its keys.

The rules (STANDARDS §3, "Controller check"):
- the document's ``id`` must be the id it was fetched for (the DID, or the URL without fragment);
- the method is found by its id, listed in ``verificationMethod`` or embedded in a relationship;
  relative ids (``#key-1``) are read against the document's id;
- the method's ``controller`` must be the document's id;
- the relationships it is listed under (``assertionMethod``, ``authentication``, ...) are the
  ones the document names, nothing more;
- a ``revoked`` key resolves to nothing.

A document that breaks the first or third rule is answered, not dropped: the method comes back
with the document's (or the method's) own claim as its controller, so the ``issuer`` check fails
naming who really controls the key (DESIGN: "The DID document's id must equal the DID ... else
issuer fails").
"""

from __future__ import annotations

from typing import Any

from wallet.dids.keys import KeyError_, PublicKey
from wallet.dids.resolve import Unresolved, VerificationMethod
from wallet.wording import shown

__all__ = ["MAX_METHODS", "RELATIONSHIPS", "method_from_document"]

RELATIONSHIPS = (
    "assertionMethod",
    "authentication",
    "capabilityInvocation",
    "capabilityDelegation",
    "keyAgreement",
)
MAX_METHODS = 256  # no honest controller document lists more; a hostile one costs no more
_MULTIBASE_TYPES = frozenset({"Multikey", "Ed25519VerificationKey2020"})
_JWK_TYPES = frozenset({"JsonWebKey", "JsonWebKey2020", "EcdsaSecp256k1VerificationKey2019"})


def _absolute(value: Any, base: str) -> str | None:
    if not isinstance(value, str) or not value:
        return None
    return base + value if value.startswith("#") else value


def _entries(value: Any) -> list[Any]:
    items = value if isinstance(value, list) else [value] if value is not None else []
    return items[:MAX_METHODS]


def _find(document: dict[str, Any], base: str, method_id: str) -> dict[str, Any] | None:
    for name in ("verificationMethod", *RELATIONSHIPS):
        for entry in _entries(document.get(name)):
            if isinstance(entry, dict) and _absolute(entry.get("id"), base) == method_id:
                return entry
    return None


def _relationships(document: dict[str, Any], base: str, method_id: str) -> frozenset[str]:
    found = set()
    for name in RELATIONSHIPS:
        for entry in _entries(document.get(name)):
            listed = entry.get("id") if isinstance(entry, dict) else entry
            if _absolute(listed, base) == method_id:
                found.add(name)
    return frozenset(found)


def _key(method: dict[str, Any]) -> PublicKey | Unresolved:
    kind = method.get("type")
    try:
        if kind in _MULTIBASE_TYPES and isinstance(method.get("publicKeyMultibase"), str):
            return PublicKey.from_multikey(method["publicKeyMultibase"])
        if kind in _JWK_TYPES and "publicKeyJwk" in method:
            return PublicKey.from_jwk(method["publicKeyJwk"])
        if kind == "Ed25519VerificationKey2018" and isinstance(method.get("publicKeyBase58"), str):
            return PublicKey.from_base58(method["publicKeyBase58"])
    except KeyError_ as exc:
        return Unresolved(f"the key {str(method.get('id'))[:120]} is unusable: {exc}", False)
    return Unresolved(
        f"verification methods of type {shown(str(kind)[:60])} are not supported",
        needs_network=False,
        unsupported=True,
    )


def method_from_document(
    document: Any,
    expected_id: str,
    reference: str,
    *,
    where: str,
    freshness: str = "",
    fallback_key: PublicKey | None = None,
) -> VerificationMethod | Unresolved:
    """The method ``reference`` from the controller document fetched for ``expected_id``.

    ``where`` names the document for messages (its URL). ``fallback_key`` is the key a
    ``#z6Mk...`` fragment carries: when the document does not list the method, it is still the
    key that signed, now provably *not* listed by the controller (so ``issuer`` fails, A1).
    """
    if not isinstance(document, dict):
        return Unresolved(f"the document at {where} is not a JSON object", needs_network=True)
    claimed = document.get("id")
    base = claimed if isinstance(claimed, str) and claimed else expected_id
    # Relative ids read against the document's own id; a document claiming another id is still
    # searched as the one it was fetched as, so the key is found and its true owner named.
    method = _find(document, base, reference) or _find(document, expected_id, reference)
    if method is None and claimed == expected_id and fallback_key is not None:
        return VerificationMethod(
            reference, expected_id, fallback_key, frozenset(), True, freshness
        )
    if method is None:
        return Unresolved(f"{where} lists no verification method {reference}", needs_network=False)
    if method.get("revoked"):
        return Unresolved(f"the key {reference} was revoked on {method['revoked']}", False)
    key = _key(method)
    if isinstance(key, Unresolved):
        return key
    if claimed != expected_id:
        # Not the document it should be: whoever it claims to be controls this key, not the
        # party the credential names (an unnamed document controls nothing anyone can name).
        owner = claimed if isinstance(claimed, str) and claimed else f"the unnamed document {where}"
        return VerificationMethod(reference, owner[:200], key, frozenset(), True, freshness)
    controller = _absolute(method.get("controller"), base) or ""
    if controller != expected_id:
        owner = controller or f"no controller (the method at {where} names none)"
        return VerificationMethod(reference, owner[:200], key, frozenset(), True, freshness)
    relationships = _relationships(document, base, reference)
    return VerificationMethod(reference, expected_id, key, relationships, True, freshness)
