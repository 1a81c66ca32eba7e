"""Verification-method resolution, offline (STANDARDS §3).

``did:key`` and ``did:jwk`` are self-certifying and resolve here with no network. ``did:web`` and
https verification methods name a controller document on the web: offline they resolve to
:class:`Unresolved` with ``needs_network`` set, so the verdict is ``unverifiable``, never valid.
An https method whose fragment is itself a Multikey (the 1EdTech validator's shortcut) yields that
key for the signature check only, flagged ``bound=False``: anyone can mint such a URL (A1).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from wallet.dids.keys import KeyError_, PublicKey
from wallet.dids.multibase import MultibaseError, b64url_decode
from wallet.errors import InputError
from wallet.formats.jsontext import parse_json
from wallet.wording import shown

__all__ = [
    "ALL_RELATIONSHIPS",
    "MethodResolver",
    "Unresolved",
    "VerificationMethod",
    "did_jwk_for",
    "did_key_for",
    "did_key_method_for",
    "key_label",
    "resolve_method",
]

ALL_RELATIONSHIPS = frozenset(
    {"authentication", "assertionMethod", "capabilityInvocation", "capabilityDelegation"}
)


@dataclass(frozen=True)
class VerificationMethod:
    """A key and what its controller document says about it.

    ``bound`` is False when the key was read from the method's URL itself rather than from a
    controller document: the signature can be checked, the controller cannot. ``freshness`` is
    empty for self-certifying keys; for a key read from a fetched controller document it says
    how fresh that document is ("checked online at ...", "from a copy fetched at ..."), for the
    check's message (DESIGN "Network").
    """

    id: str
    controller: str
    key: PublicKey
    relationships: frozenset[str]
    bound: bool = True
    freshness: str = ""


@dataclass(frozen=True)
class Unresolved:
    """Why a verification method gave no key.

    ``needs_network``: the key is on the web (unverifiable offline). ``unsupported``: a DID method
    or URL scheme the wallet does not implement (unverifiable, DESIGN "Verification report").
    Neither set: the reference itself is broken (a malformed key), which makes the proof invalid.
    """

    reason: str
    needs_network: bool
    unsupported: bool = False


# Turns a verification-method reference into a key: resolve_method offline;
# wallet.dids.web.online_resolver adds did:web and https controller documents over a Fetcher.
MethodResolver = Callable[[Any], "VerificationMethod | Unresolved"]


def key_label(method_id: str) -> str:
    """How a person reads a verification method id: a did:key's key is its DID, once."""
    did, _, fragment = method_id.partition("#")
    if did.startswith("did:key:") and fragment == did[len("did:key:") :]:
        return did
    return method_id


def did_key_for(key: PublicKey) -> str:
    return f"did:key:{key.to_multikey()}"


def did_key_method_for(key: PublicKey) -> str:
    """``did:key:z6Mk…#z6Mk…``: the one verification method a did:key document lists."""
    did = did_key_for(key)
    return f"{did}#{did.removeprefix('did:key:')}"


def did_jwk_for(key: PublicKey) -> str:
    from wallet.dids.multibase import b64url_encode

    compact = json.dumps(key.to_jwk(), separators=(",", ":"), sort_keys=True)
    return "did:jwk:" + b64url_encode(compact.encode("utf-8"))


def resolve_method(reference: Any) -> VerificationMethod | Unresolved:
    """Resolve a proof's ``verificationMethod`` (a URL, or an embedded object with an ``id``)."""
    if isinstance(reference, dict):
        reference = reference.get("id")
    if not isinstance(reference, str) or not reference:
        return Unresolved("the proof names no verification method", needs_network=False)
    did, _, fragment = reference.partition("#")
    if did.startswith("did:key:"):
        return _resolve_did_key(reference, did, fragment)
    if did.startswith("did:jwk:"):
        return _resolve_did_jwk(reference, did, fragment)
    if did.startswith("did:web:"):
        return Unresolved(f"{did} is a did:web key: checking it needs the network", True)
    if did.startswith("did:"):
        method = did.split(":", 2)[1] if did.count(":") >= 2 else ""
        return Unresolved(
            f"the DID method {shown(method)} is not supported",
            needs_network=False,
            unsupported=True,
        )
    if did.startswith("https://") or did.startswith("http://"):
        return _resolve_url_fragment(reference, did, fragment)
    scheme = did.split(":", 1)[0] if ":" in did else ""
    if not scheme:
        return Unresolved(
            f"verification method {shown(reference)} is not a URL", needs_network=False
        )
    return Unresolved(
        f"verification methods of scheme {shown(scheme)} are not supported", False, unsupported=True
    )


def _resolve_did_key(reference: str, did: str, fragment: str) -> VerificationMethod | Unresolved:
    multikey = did[len("did:key:") :]
    if fragment and fragment != multikey:
        return Unresolved(f"{reference} names a key other than its DID's", needs_network=False)
    try:
        key = PublicKey.from_multikey(multikey)
    except KeyError_ as exc:
        return Unresolved(f"{shown(did, 60)}: {exc}", needs_network=False)
    if key.to_multikey() != multikey:
        # did:key §3.1.2: the DID is the key's one canonical encoding (base58btc "z", minimal
        # varint, compressed point). Any other spelling of the same key would give one issuer
        # several DIDs, so it is refused rather than read.
        return Unresolved(
            f"{shown(did, 60)} is not the canonical did:key of its key "
            f"(did:key:{key.to_multikey()})",
            needs_network=False,
        )
    return VerificationMethod(f"{did}#{multikey}", did, key, ALL_RELATIONSHIPS)


def _resolve_did_jwk(reference: str, did: str, fragment: str) -> VerificationMethod | Unresolved:
    if fragment not in ("", "0"):
        return Unresolved(f"{reference}: a did:jwk has one key, '#0'", needs_network=False)
    try:
        # Bounded like every JSON the wallet reads: a did:jwk nested 100,000 deep is refused.
        jwk = parse_json(b64url_decode(did[len("did:jwk:") :]), max_bytes=8192)
        if not isinstance(jwk, dict):
            raise ValueError("its JWK is not a JSON object")
        key = PublicKey.from_jwk(jwk)
    except (MultibaseError, ValueError, KeyError_, InputError) as exc:
        return Unresolved(f"malformed did:jwk: {exc}", needs_network=False)
    if jwk.get("use") == "enc":
        relationships: frozenset[str] = frozenset({"keyAgreement"})
    else:
        relationships = ALL_RELATIONSHIPS
    return VerificationMethod(f"{did}#0", did, key, relationships)


def _resolve_url_fragment(
    reference: str, controller: str, fragment: str
) -> VerificationMethod | Unresolved:
    if fragment.startswith("z"):
        try:
            key = PublicKey.from_multikey(fragment)
        except KeyError_:
            pass
        else:
            return VerificationMethod(reference, controller, key, ALL_RELATIONSHIPS, bound=False)
    return Unresolved(
        f"the key {reference} is published on the web: checking it needs the network", True
    )
