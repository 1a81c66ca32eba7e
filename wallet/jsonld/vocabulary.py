"""The wallet's own names for the IRIs credentials use: how the signed view is keyed.

The view of a credential (:mod:`wallet.jsonld.statements`) is built from its statements, which
name properties and types by IRI. Every consumer reads it by short names (``validUntil``,
``achievement``, ``name``), and those names come from here: a fixed table taken once from the
pinned contexts, never from the document's own ``@context``. A document cannot therefore make
``expiry`` mean ``validUntil`` by adding a term (an inline context may add terms, issue 10): the
view would still show the statement under ``validUntil``, because that is its IRI.

Priority: when contexts give one IRI several names, the first context in :data:`_PRIORITY` (then
the others, by URL, then earlier revisions) decides, and within a context the term it defines
first (``OpenBadgeCredential`` before its alias ``AchievementCredential``). Two IRIs may share a
name (``issuer`` in VCDM and in Open Badges 2.0): the view never puts both in one node.

The table is computed from the pinned contexts by :func:`build_names` and kept in
``resources/contexts/vocabulary.json`` (written by ``scripts/sync_contexts.py``; a test checks
it is what the contexts give), so starting the app does not process 78 contexts.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from wallet.jsonld.contexts import ContextStore, default_store
from wallet.jsonld.expansion import ISSUER_DEPENDENT
from wallet.jsonld.terms import KEYWORDS, ActiveContext, JsonLdSyntaxError, process_context

__all__ = ["VOCABULARY_FILE", "Vocabulary", "build_names", "vocabulary"]

VOCABULARY_FILE = "vocabulary.json"

_PRIORITY = (
    "https://www.w3.org/ns/credentials/v2",
    "https://www.w3.org/2018/credentials/v1",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json",
    "https://w3id.org/security/data-integrity/v2",
    "https://w3id.org/security/multikey/v1",
    "https://w3id.org/security/suites/ed25519-2020/v1",
    "https://w3id.org/vc/status-list/2021/v1",
    "https://www.w3.org/ns/credentials/status/v1",
    "https://w3id.org/openbadges/v2",
)
# Namespaces of terms no context defines: the view shows the bare term.
_UNDEFINED_NAMESPACES = (
    ISSUER_DEPENDENT,
    "urn:x-undefined-term:",
    "https://www.w3.org/ns/credentials/undefined-term#",
)


@dataclass
class Vocabulary:
    """IRI -> short names: ``names`` for properties (and vocabulary values), ``types`` for
    classes. Contexts sometimes give a class and a property one IRI (OB 3.0 ``criteria`` and
    ``Criteria``); a property then takes the lower-case term, a type the capitalised one."""

    names: dict[str, str] = field(default_factory=dict)
    types: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_candidates(cls, candidates: dict[str, list[str]]) -> Vocabulary:
        names = {iri: _pick(terms, str.islower) for iri, terms in candidates.items()}
        types = {iri: _pick(terms, str.isupper) for iri, terms in candidates.items()}
        return cls(names, types)

    def type_name(self, iri: str) -> str:
        return self.types.get(iri, iri)

    def name(self, iri: str) -> str:
        """The short name for ``iri``, or ``iri`` itself when it has none."""
        found = self.names.get(iri)
        if found is not None:
            return found
        for namespace in _UNDEFINED_NAMESPACES:
            if iri.startswith(namespace):
                local = iri[len(namespace) :]
                return local if local and local not in self.taken else iri
        return iri

    @property
    def taken(self) -> frozenset[str]:
        cached = self.__dict__.get("_taken")
        if cached is None:
            cached = frozenset(self.names.values())
            self.__dict__["_taken"] = cached
        result: frozenset[str] = cached
        return result


def _pick(terms: list[str], prefer: Callable[[str], bool]) -> str:
    return next((t for t in terms if prefer(t[:1])), terms[0])


def _collect(
    store: ContextStore,
    active: ActiveContext,
    names: dict[str, list[str]],
    seen: set[int],
    depth: int,
) -> None:
    for term, definition in active.terms.items():
        iri = definition.iri
        if iri is None or iri in KEYWORDS or definition.reverse or ":" in term:
            continue
        found = names.setdefault(iri, [])
        if term not in found:
            found.append(term)
    if depth > 6:
        return
    for definition in active.terms.values():
        scoped = definition.context if definition.has_context else None
        if not isinstance(scoped, dict | list) or id(scoped) in seen:
            continue
        seen.add(id(scoped))
        try:
            inner = process_context(
                active, scoped, store.loader(), store.is_pinned_object, override_protected=True
            )
        except (JsonLdSyntaxError, ValueError):
            continue
        _collect(store, inner, names, seen, depth + 1)


def build_names(store: ContextStore) -> dict[str, list[str]]:
    """IRI -> its names, by priority, from every pinned context (slow: ~0.3 s)."""
    names: dict[str, list[str]] = {}
    urls = [u for u in _PRIORITY if store.knows(u)]
    urls += sorted(u for u in store.urls if u not in _PRIORITY)
    for url in urls:
        _add(store, {}, url, names)
    for url in sorted(store.urls):
        for revision in store.revisions(url):
            _add(store, {url: revision}, url, names)
    return names


def _add(
    store: ContextStore, overrides: dict[str, str], url: str, names: dict[str, list[str]]
) -> None:
    try:
        active = process_context(
            store.initial(overrides), url, store.loader(overrides), store.is_pinned_object
        )
    except (JsonLdSyntaxError, ValueError):
        return  # a published revision that is not a processable context (rev-20220310)
    _collect(store, active, names, set(), 0)


_cache: dict[int, Vocabulary] = {}
_lock = threading.Lock()


def vocabulary(store: ContextStore | None = None) -> Vocabulary:
    """The table for ``store`` (the bundled contexts by default), built once per process."""
    store = store or default_store()
    found = _cache.get(id(store))
    if found is None:
        with _lock:
            found = _cache.get(id(store))
            if found is None:
                found = _cache[id(store)] = Vocabulary.from_candidates(_load(store))
    return found


def _load(store: ContextStore) -> dict[str, list[str]]:
    path = store.folder / VOCABULARY_FILE
    if path.is_file():
        names: dict[str, list[str]] = json.loads(path.read_text("utf-8"))
        return names
    return build_names(store)  # a store without the precomputed table (tests' own folders)
