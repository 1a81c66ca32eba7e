"""The signature-cache seam: remember the checks that depend only on a document and its keys.

``format``, ``signature``, ``issuer`` and ``schema`` depend on nothing but the document, the keys
its proofs name and this engine, so the vault can keep them and re-verification only rechecks
dates, status and trust, which change with time. The key binds:

- the engine version, so a newer engine never trusts an older engine's answer;
- the document's exact JSON value;
- every proof's key *as it resolves now* (:func:`resolved_keys`): its id, controller, key bytes,
  relationships and whether a controller document listed it. A result made offline, where a
  did:web or https key does not resolve, is therefore never found again once the network is
  back, and a did:web document that dropped the key or moved it out of ``assertionMethod``
  misses the cache and is judged anew (issue 12). This subsumes an online/offline salt: the
  offline resolver and the online one give the same answer exactly for the self-certifying
  keys (did:key, did:jwk), whose results may be shared.

A result that depends on the clock (a proof with an ``expires``) is never kept, and results
that could not be settled (``unverifiable``: a key that needs the network, an unknown
context) are never cached (:func:`settled`), so the next verification tries again.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Protocol

from wallet.dids.resolve import MethodResolver, VerificationMethod
from wallet.verify.report import Check
from wallet.verify.structure import as_list

__all__ = [
    "ENGINE_VERSION",
    "STATIC_CHECKS",
    "MemorySignatureCache",
    "ResolvedKeys",
    "SignatureCache",
    "cache_key",
    "key_freshness",
    "resolved_keys",
    "settled",
]

# Bump whenever a change could alter a format, signature, issuer or schema result.
ENGINE_VERSION = b"learner-wallet-verify/2"
STATIC_CHECKS = frozenset({"format", "signature", "issuer", "schema"})
_MAX_PROOFS = 8  # as signatures.MAX_PROOFS: more are refused before any key is resolved


class SignatureCache(Protocol):
    """Where cached static checks live (the vault keeps them encrypted). Thread-safe."""

    def get(self, key: bytes) -> tuple[Check, ...] | None: ...

    def put(self, key: bytes, checks: tuple[Check, ...]) -> None: ...


class MemorySignatureCache:
    """A process-local cache, for the CLI and tests."""

    def __init__(self) -> None:
        self._entries: dict[bytes, tuple[Check, ...]] = {}

    def get(self, key: bytes) -> tuple[Check, ...] | None:
        return self._entries.get(key)

    def put(self, key: bytes, checks: tuple[Check, ...]) -> None:
        self._entries[key] = checks

    def __len__(self) -> int:
        return len(self._entries)


@dataclass(frozen=True)
class ResolvedKeys:
    """What a document's proofs' keys resolve to now: the part of the cache key that depends
    on them, and the methods themselves (for the ``issuer`` check's freshness)."""

    salt: bytes
    methods: tuple[VerificationMethod, ...]


def resolved_keys(document: dict[str, Any], resolver: MethodResolver) -> ResolvedKeys:
    """Resolve every proof's ``verificationMethod`` (through the run's memo and cache when the
    resolver fetches) into the salt :func:`cache_key` takes."""
    parts: list[Any] = []
    methods: list[VerificationMethod] = []
    proofs = as_list(document.get("proof"))
    for proof in proofs[:_MAX_PROOFS] if len(proofs) <= _MAX_PROOFS else ():
        if not isinstance(proof, dict):
            parts.append(None)
            continue
        found = resolver(proof.get("verificationMethod"))
        if isinstance(found, VerificationMethod):
            methods.append(found)
            parts.append(
                [
                    found.id,
                    found.controller,
                    str(found.key.type),
                    found.key.raw().hex(),
                    sorted(found.relationships),
                    found.bound,
                ]
            )
        else:
            parts.append(["unresolved", found.reason, found.needs_network, found.unsupported])
    salt = json.dumps(parts, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return ResolvedKeys(salt, tuple(methods))


def cache_key(document: Any, salt: bytes = b"") -> bytes:
    """SHA-256 over the engine version, the document's exact JSON value and ``salt`` (the
    :attr:`ResolvedKeys.salt` of its proofs)."""
    text = json.dumps(document, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    digest = hashlib.sha256(ENGINE_VERSION + b"\0" + text.encode("utf-8") + b"\0" + salt)
    return digest.digest()


def settled(checks: Iterable[Check]) -> bool:
    """False when any check could not be settled (``unverifiable``): such a result is worth
    nothing tomorrow, when the key's document may be reachable."""
    return all(c.outcome != "unverifiable" for c in checks)


def key_freshness(methods: Iterable[VerificationMethod], party: str | None) -> str:
    """How fresh the document that lists the signing key is ("the DID document, checked online
    at …"): the method ``party`` controls first, else any; "" for self-certifying keys."""
    listed = [m for m in methods if m.freshness]
    mine = [m for m in listed if m.controller == party]
    chosen = mine or listed
    return chosen[0].freshness if chosen else ""
