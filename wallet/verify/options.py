"""What a verification may assume: the time, the network, the verifier's challenge and domain."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from wallet.dids.resolve import MethodResolver, resolve_method

if TYPE_CHECKING:
    from wallet.verify.cache import SignatureCache
    from wallet.verify.online import OnlineChecks

__all__ = ["VerifyOptions", "system_clock"]


def system_clock() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class VerifyOptions:
    """Inputs to a verification besides the document.

    ``now`` fixes the time (``--now``); otherwise ``clock`` is asked once per verification.
    ``offline`` says the run has no network layer (True unless ``online`` is set, by
    :meth:`wallet.verify.online.OnlineChecks.apply_to`).
    ``challenge``/``domain`` are the values a presentation's holder proof must carry.
    ``trusted_issuers`` are issuer ids the user or a registry vouches for (the ``trust`` check).
    ``signature_cache`` keeps the checks that depend only on a credential's bytes (format,
    signature, issuer, schema) so re-verification rechecks only dates, status and trust.
    ``resolver`` turns verification-method references into keys, for embedded proofs and JWTs
    alike (offline by default; a resolver that knows more keys must not share a signature cache
    with one that knows fewer).
    ``online`` is the network's part of the run (did:web and https keys, status lists, issuer
    registries, what was fetched); None verifies offline.
    """

    now: datetime | None = None
    offline: bool = True
    challenge: str | None = None
    domain: str | None = None
    trusted_issuers: frozenset[str] = frozenset()
    clock: Callable[[], datetime] = field(default=system_clock, compare=False)
    signature_cache: SignatureCache | None = field(default=None, compare=False)
    resolver: MethodResolver = field(default=resolve_method, compare=False)
    online: OnlineChecks | None = field(default=None, compare=False)

    def current_time(self) -> datetime:
        return self.now if self.now is not None else self.clock()

    def pinned(self) -> VerifyOptions:
        """These options with the clock read once, so every check of one verification (and of
        the credentials inside it) judges the same instant."""
        return self if self.now is not None else replace(self, now=self.clock())
