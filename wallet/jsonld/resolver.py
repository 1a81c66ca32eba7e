"""A pyld context resolver that skips re-hashing pinned context objects.

pyld keys every embedded context object (type-scoped and property-scoped contexts inside the
bundled files) by its JCS serialisation, computed afresh on each use: about half the time of
expanding an Open Badges 3.0 credential. Pinned documents never change and live for the whole
process, so their objects can be keyed by identity instead. Objects that are not part of a pinned
document (anything from a credential) still take pyld's own path.
"""

from __future__ import annotations

from typing import Any

from cachetools import LRUCache
from pyld.context_resolver import ContextResolver

from wallet.jsonld.contexts import ContextStore

__all__ = ["PinnedContextResolver", "resolver_for"]

_SHARED_CACHES: dict[int, Any] = {}


class PinnedContextResolver(ContextResolver):  # type: ignore[misc]
    """pyld's resolver, with identity-keyed results for objects inside pinned contexts."""

    def __init__(self, store: ContextStore, shared_cache: Any, by_identity: dict[int, Any]) -> None:
        super().__init__(shared_cache, store.pyld_loader)
        self._store = store
        self._by_identity = by_identity

    def resolve(self, active_ctx: Any, context: Any, base: Any, cycles: Any = None) -> Any:
        target = context
        if isinstance(target, dict) and "@context" in target:
            target = target["@context"]
        if isinstance(target, dict) and self._store.is_pinned_object(target):
            hit = self._by_identity.get(id(target))
            if hit is None:
                hit = super().resolve(active_ctx, target, base, cycles)
                self._by_identity[id(target)] = hit
            return hit
        return super().resolve(active_ctx, context, base, cycles)


def resolver_for(store: ContextStore) -> PinnedContextResolver:
    """A fresh resolver (pyld keeps per-operation state in it) sharing the store's caches."""
    caches = _SHARED_CACHES.get(id(store))
    if caches is None:
        caches = (store, LRUCache(maxsize=256), {})
        _SHARED_CACHES[id(store)] = caches
    return PinnedContextResolver(store, caches[1], caches[2])
