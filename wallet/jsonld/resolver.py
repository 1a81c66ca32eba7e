"""A pyld context resolver that skips re-hashing pinned context objects.

pyld keys every embedded context object (type-scoped and property-scoped contexts inside the
bundled files) by its JCS serialisation, computed afresh on each use: about half the time of
expanding an Open Badges 3.0 credential. Pinned documents never change and live for the whole
process, so their objects can be keyed by identity instead. Objects that are not part of a pinned
document (anything from a credential) still take pyld's own path.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from cachetools import LRUCache
from pyld import jsonld
from pyld.context_resolver import ContextResolver

from wallet.jsonld.contexts import ContextStore

__all__ = ["CachingProcessor", "PinnedContextResolver", "resolver_for"]

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


class CachingProcessor(jsonld.JsonLdProcessor):  # type: ignore[misc]
    """pyld's processor, remembering non-propagating (type-scoped) context processing.

    pyld clones the active context before each type-scoped context and gives the clone a fresh
    ``_uuid``, so its per-context cache never hits and the scoped terms are re-defined for every
    node. Active contexts with a ``_uuid`` are not changed after pyld names them, and pinned
    context objects never change, so (active context id, local context object, flags) determines
    the result; only pinned local contexts are remembered.
    """

    def __init__(self, store: ContextStore) -> None:
        super().__init__()
        self._store = store
        self._scoped: LRUCache[tuple[Any, ...], Any] = LRUCache(maxsize=4096)

    def _process_context(
        self,
        active_ctx: Any,
        local_ctx: Any,
        options: Any,
        override_protected: bool = False,
        propagate: bool = True,
        validate_scoped: bool = True,
        cycles: Any = None,
    ) -> Any:
        uuid = active_ctx.get("_uuid") if isinstance(active_ctx, Mapping) else None
        cacheable = uuid is not None and cycles is None and self._store.is_pinned_object(local_ctx)
        if not cacheable:
            return super()._process_context(
                active_ctx,
                local_ctx,
                options,
                override_protected,
                propagate,
                validate_scoped,
                cycles,
            )
        key = (uuid, id(local_ctx), override_protected, propagate, validate_scoped)
        hit = self._scoped.get(key)
        if hit is None:
            hit = super()._process_context(
                active_ctx, local_ctx, options, override_protected, propagate, validate_scoped
            )
            self._scoped[key] = hit
        return hit
