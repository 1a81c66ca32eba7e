"""The signature-cache seam: remember the checks that depend only on a document's bytes.

``format``, ``signature``, ``issuer`` and ``schema`` depend on nothing but the document (and this
engine), so the vault can keep them and re-verification only rechecks dates, status and trust,
which change with time. A result that depends on the clock (a proof with an ``expires``) is
never kept. The key binds the engine version, so a newer engine never trusts an older
engine's answer.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any, Protocol

from wallet.verify.report import Check

__all__ = ["ENGINE_VERSION", "STATIC_CHECKS", "MemorySignatureCache", "SignatureCache", "cache_key"]

# Bump whenever a change could alter a format, signature, issuer or schema result.
ENGINE_VERSION = b"learner-wallet-verify/2"
STATIC_CHECKS = frozenset({"format", "signature", "issuer", "schema"})


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


def cache_key(document: Any) -> bytes:
    """SHA-256 over the engine version and the document's exact JSON value."""
    text = json.dumps(document, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(ENGINE_VERSION + b"\0" + text.encode("utf-8")).digest()
