"""Attack 9: a proof's expiry cannot be spelled so that a cached verdict outlives it.

The signature cache keeps ``format``/``signature``/``issuer``/``schema`` for a document's exact
bytes, so the vault's re-verification only rechecks what changes with time. A proof that
expires changes with time too, and was kept out of the cache when its JSON had the key
``expires``. But the proof's options are read from its statements, and an inline context may
add a term of its own for ``sec:expiration`` (the same statements, so the issuer's signature
still verifies): the proof expired, and the cached "signature verified" lived on. Whether a
result may be cached is decided from what the proof's statements say now.
"""

from __future__ import annotations

import copy
from datetime import UTC, datetime
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.verify.hostile import badge, check, unsecured, verify
from tests.verify.test_signed_view import _sign_proof
from wallet.verify import Status, Verdict
from wallet.verify.cache import MemorySignatureCache

SEC_EXPIRATION = "https://w3id.org/security#expiration"
XSD_DATETIME = "http://www.w3.org/2001/XMLSchema#dateTime"
BEFORE = datetime(2025, 1, 1, tzinfo=UTC)
AFTER = datetime(2025, 7, 1, tzinfo=UTC)


def _expiring() -> dict[str, Any]:
    return _sign_proof(unsecured(badge()), expires="2025-06-01T00:00:00Z")


def _respelled(document: dict[str, Any], term: str) -> dict[str, Any]:
    """The proof's ``expires`` under an inline term for the same IRI: the same statements."""
    forged = copy.deepcopy(document)
    definition = {"@id": SEC_EXPIRATION, "@type": XSD_DATETIME}
    forged["@context"] = [*forged["@context"], {term: definition}]
    forged["proof"][term] = forged["proof"].pop("expires")
    return forged


def _cached_twice(document: dict[str, Any]) -> tuple[Any, Any]:
    cache = MemorySignatureCache()
    return (
        verify(document, now=BEFORE, signature_cache=cache),
        verify(document, now=AFTER, signature_cache=cache),
    )


def test_an_expiring_proof_expires_with_or_without_the_cache() -> None:
    before, after = _cached_twice(_expiring())
    assert before.verdict is Verdict.VALID
    assert check(after, "signature") == (Status.FAIL, "the proof expired on 2025-06-01T00:00:00Z")


def test_a_respelled_expiry_still_expires_the_cached_proof() -> None:
    forged = _respelled(_expiring(), "proofExpiry")
    assert verify(forged, now=AFTER).verdict is Verdict.INVALID  # fresh: already caught
    before, after = _cached_twice(forged)
    assert before.verdict is Verdict.VALID
    assert after.verdict is Verdict.INVALID, after.checks
    assert check(after, "signature") == (Status.FAIL, "the proof expired on 2025-06-01T00:00:00Z")


def test_a_proof_that_does_not_expire_is_still_cached() -> None:
    cache = MemorySignatureCache()
    verify(badge(), signature_cache=cache)
    assert len(cache) == 1


@settings(max_examples=8, deadline=None)
@given(term=st.from_regex(r"\A[a-z][A-Za-z]{2,12}\Z").filter(lambda t: t != "expires"))
def test_no_spelling_of_the_expiry_outlives_it(term: str) -> None:
    """Property: under any inline term, the cached answer after expiry is the fresh one."""
    forged = _respelled(_expiring(), term)
    fresh = verify(forged, now=AFTER)
    _, cached = _cached_twice(forged)
    assert cached.verdict is fresh.verdict
    assert check(cached, "signature") == check(fresh, "signature")
