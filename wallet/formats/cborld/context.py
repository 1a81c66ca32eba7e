"""Active JSON-LD contexts and term ids, exactly as CBOR-LD (DCC ``cborld`` 4.x) computes them.

CBOR-LD replaces each JSON key with an integer. The integers are not in the payload's header: both
sides recompute them by walking the document in the same order and numbering every term of every
context the first time that context is met (its keys sorted, two ids per term: singular and
plural). A decoder is therefore only compatible if it reproduces that walk to the letter,
including its quirks, which are kept here on purpose and marked "quirk":

- contexts reached by URL are never searched for ``null`` term overrides (only inline ones are);
- a term definition aliases ``@id``/``@type`` when it is that string, or an object whose *plain*
  ``id`` member (not ``@id``) is that string;
- keys such as ``@import`` or ``@propagate`` are not in the keyword table and so get term ids;
- a context given as an array is numbered by its indices ("0", "1", ...), as JavaScript's
  ``Object.keys`` would.

The decoder and the encoder both walk with this module, so they cannot drift apart. It only
computes, it never fetches: the ``loader`` returns bundled context documents and raises for others.

Which bytes a context URL stands for is part of the numbering, because adding one term shifts the
ids of every term sorted after it and of every context met later. The loader decides: which copy
of a context each side numbers with, and how a reader tells them apart, is :mod:`.numbering` and
:mod:`.reading`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from wallet.errors import InputError
from wallet.formats.cborld.registry import FIRST_CUSTOM_TERM_ID, KEYWORDS

__all__ = ["ActiveContext", "ContextLoader", "TermTable", "js_order", "truthy"]

ContextLoader = Callable[[str], Any]
"""Returns the document served for a context URL (an object with ``@context``)."""

# Hostile payloads could name contexts without end; real VPs use fewer than twenty.
MAX_CONTEXTS = 256
MAX_TERMS = 20_000


def truthy(value: Any) -> bool:
    """JavaScript truthiness, which the reference implementation tests definitions with."""
    if value is None or value is False or value == "":
        return False
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value == value and value != 0
    return True


def js_order(text: str) -> bytes:
    """Sort key equal to JavaScript's default string order (UTF-16 code units)."""
    return text.encode("utf-16-be", "surrogatepass")


def _as_mapping(context: Any) -> dict[str, Any] | None:
    """A context's members as JavaScript sees its keys (quirk: arrays by index)."""
    if isinstance(context, dict):
        return context
    if isinstance(context, list):
        return {str(index): item for index, item in enumerate(context)}
    return None


def _nulled(context: Any) -> frozenset[str]:
    """The keys this context value sets to null (quirk: a URL context sets none)."""
    members = _as_mapping(context)
    if not members:
        return frozenset()
    return frozenset(key for key, value in members.items() if value is None)


@dataclass
class ActiveContext:
    """What applies at one place in a document: aliases, scoped contexts, term definitions."""

    id_aliases: dict[str, None] = field(default_factory=dict)
    type_aliases: dict[str, None] = field(default_factory=dict)
    scoped: dict[str, Any] = field(default_factory=dict)
    terms: dict[str, Any] = field(default_factory=dict)

    def copy(self) -> ActiveContext:
        return ActiveContext(
            dict(self.id_aliases), dict(self.type_aliases), dict(self.scoped), dict(self.terms)
        )


@dataclass
class _Entry:
    context: dict[str, Any]
    active: ActiveContext


class TermTable:
    """Term ids and processed contexts for one document (one encode or decode; not shared)."""

    def __init__(self, loader: ContextLoader) -> None:
        self._loader = loader
        self.term_to_id: dict[str, int] = dict(KEYWORDS)
        self.id_to_term: dict[int, str] = {value: key for key, value in KEYWORDS.items()}
        self._next_id = FIRST_CUSTOM_TERM_ID
        self._entries: dict[Any, _Entry] = {}
        self._alive: list[Any] = []  # inline contexts keyed by id(): keep them alive

    # --- ids ------------------------------------------------------------------------------------
    def term_for_id(self, key: Any) -> tuple[str, bool]:
        """The term an id stands for, and whether it is the plural (array) form."""
        if not isinstance(key, int) or isinstance(key, bool):
            raise InputError(f"CBOR-LD term id {key!r} is not an integer")
        plural = key & 1 == 1
        term = self.id_to_term.get(key - 1 if plural else key)
        if term is None:
            raise InputError(f"CBOR-LD term id {key} is not defined by the payload's contexts")
        return term, plural

    def id_for_term(self, term: str, plural: bool) -> int:
        key = self.term_to_id.get(term)
        if key is None:
            raise InputError(f"the term {term!r} is not defined by any JSON-LD context")
        return key + 1 if plural else key

    # --- contexts -------------------------------------------------------------------------------
    def push(self, stack: list[ActiveContext], contexts: Any) -> None:
        """Apply ``contexts`` (one value or an array) on top of ``stack``."""
        if not truthy(contexts):
            return
        for context in contexts if isinstance(contexts, list) else [contexts]:
            entry = self._entry(context)
            new = entry.active.copy()
            old = stack[-1] if stack else None
            stack.append(new)
            if old is None:
                continue
            nulled, terms, scoped = _nulled(context), new.terms, new.scoped
            for alias in old.id_aliases:
                if alias not in nulled and alias not in terms:
                    new.id_aliases[alias] = None
            for alias in old.type_aliases:
                if alias not in nulled and alias not in terms:
                    new.type_aliases[alias] = None
            for key, value in old.scoped.items():
                if key not in nulled and key not in scoped:
                    scoped[key] = value
            for key, value in old.terms.items():
                if key not in nulled and key not in terms:
                    terms[key] = value

    def apply_embedded(
        self, stack: list[ActiveContext], contexts: Any
    ) -> tuple[ActiveContext, int]:
        """Push a node's own contexts; returns the active context and the height to revert to."""
        top = len(stack)
        self.push(stack, contexts)
        return (stack[-1] if stack else ActiveContext()), top

    def apply_type_scoped(
        self, stack: list[ActiveContext], node: dict[str, Any]
    ) -> tuple[ActiveContext, int]:
        """Push the contexts scoped to the node's types, in JSON-LD's lexicographic type order.

        ``node`` is the node with text keys; its ``@type`` and aliases of ``@type`` are read.
        """
        top = len(stack)
        active = stack[-1] if stack else ActiveContext()
        types: set[str] = set()
        for term in ("@type", *active.type_aliases):
            found = node.get(term)
            for item in found if isinstance(found, list) else [found]:
                if isinstance(item, str):
                    types.add(item)
        names = sorted(types, key=js_order)
        for name in names:
            scoped = active.scoped.get(name)
            if scoped is not None:
                self.push(stack, scoped)
                active = stack[-1]
        return active, top

    def apply_property_scoped(
        self, stack: list[ActiveContext], active: ActiveContext, term: str
    ) -> tuple[ActiveContext, int] | None:
        """Push the context scoped to property ``term``, if it has one.

        Returns the active context its values are typed in and the height to revert to, or None.
        """
        scoped = active.scoped.get(term)
        if scoped is None:
            return None
        return self.apply_embedded(stack, scoped)

    def term_type(self, active: ActiveContext, definition: Any) -> str | None:
        """The expanded ``@type`` of a term definition (CURIEs resolved), or None."""
        if not isinstance(definition, dict):
            return None
        kind = definition.get("@type")
        if not truthy(kind):
            return None
        if not isinstance(kind, str):
            raise InputError("a JSON-LD term definition has a @type that is not a string")
        prefix, _, rest = kind.partition(":")
        prefix_definition = active.terms.get(prefix)
        if prefix_definition is None:
            return kind
        if isinstance(prefix_definition, str):
            return prefix_definition + rest
        if isinstance(prefix_definition, dict) and isinstance(prefix_definition.get("@id"), str):
            return str(prefix_definition["@id"]) + rest
        raise InputError("JSON-LD term definitions must be strings or objects with @id")

    def _entry(self, context: Any) -> _Entry:
        key: Any = context if isinstance(context, str) else id(context)
        entry = self._entries.get(key)
        if entry is not None:
            return entry
        if len(self._entries) >= MAX_CONTEXTS:
            raise InputError("the payload uses more JSON-LD contexts than any credential needs")
        if isinstance(context, str):
            value = self._context_of(context)
            entry = self._add(value, context)
        else:
            self._alive.append(context)
            entry = self._add(context, None)
        return entry

    def _context_of(self, url: str) -> Any:
        document = self._loader(url)
        if not isinstance(document, dict):
            raise InputError(f"the JSON-LD context {url} is not an object")
        return document.get("@context")

    def _add(self, context: Any, url: str | None) -> _Entry:
        members = _as_mapping(context)
        if members is None:
            raise InputError("a JSON-LD context must be a URL, an object or an array")
        imported = members.get("@import")
        if truthy(imported):
            if not isinstance(imported, str):
                raise InputError("a JSON-LD @import must be a URL")
            base = self._entries.get(imported) or self._add(self._context_of(imported), imported)
            members = {**base.context, **members}
        active = ActiveContext()
        for key in sorted(members, key=js_order):
            definition = members[key]
            if not truthy(definition):
                continue
            plain_id = definition.get("id") if isinstance(definition, dict) else None
            if definition == "@id" or plain_id == "@id":
                active.id_aliases[key] = None
            elif definition == "@type" or plain_id == "@type":
                active.type_aliases[key] = None
            if key in KEYWORDS:
                continue
            if key not in self.term_to_id:
                if len(self.term_to_id) >= MAX_TERMS:
                    raise InputError("the payload's contexts define too many terms")
                self.term_to_id[key] = self._next_id
                self.id_to_term[self._next_id] = key
                self._next_id += 2
            active.terms[key] = definition
            scoped = definition.get("@context") if isinstance(definition, dict) else None
            if truthy(scoped):
                active.scoped[key] = scoped
        entry = _Entry(members, active)
        self._entries[url if url is not None else id(context)] = entry
        return entry
