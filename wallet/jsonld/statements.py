"""A tree read from RDF statements: the signed view's data (issue 9, "read from the statements").

Given a document's statements and the subject its top-level node became, :func:`tree_of`
rebuilds the familiar JSON shape: each subject's properties under the wallet's fixed names
(:mod:`wallet.jsonld.vocabulary`), blank nodes embedded where they are used, named graphs (a
presentation's credentials) embedded where they are named, RDF lists as lists. Nothing in the
tree comes from anywhere but the statements, so nothing in it can be unsigned.

An IRI that names nothing further is ``{"id": iri}`` (or, for a vocabulary value such as an
``achievementType``, its name). Literals become JSON values by datatype (``xsd:integer`` ->
int, ``xsd:boolean`` -> bool, ``xsd:double`` -> float, ``rdf:JSON`` -> the JSON value); dates
and everything else stay the
strings that were signed. A value with one member is that member; several are a list, in the
order the document gave them.

Bounds: a subject used from many places is embedded in each, so the number of embedded nodes is
capped (:data:`MAX_EMBEDDED`), and so is the number of values they hold (:data:`MAX_VIEW_VALUES`:
one node of 10,000 values used from 2,400 places made 24 million, attack 9); past either, nodes
appear as their ids. Cycles end at an id. Nodes
written side by side can name each other in a chain as long as the document, so the tree is
also capped in depth (:data:`MAX_VIEW_LEVELS` JSON levels, below the JSON parser's own cap):
past it, a node is its id, a list is empty. Both are counts, never the call stack (attack 9).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from wallet.jsonld.rdf import (
    RDF_FIRST,
    RDF_JSON,
    RDF_LANGSTRING,
    RDF_NIL,
    RDF_REST,
    RDF_TYPE,
    XSD_BOOLEAN,
    XSD_DOUBLE,
    XSD_INTEGER,
    XSD_STRING,
    Literal,
    Quad,
)
from wallet.jsonld.vocabulary import Vocabulary

__all__ = ["MAX_EMBEDDED", "MAX_VIEW_LEVELS", "MAX_VIEW_VALUES", "tree_of"]

MAX_EMBEDDED = 5_000
# Above MAX_QUADS (250,000): a document whose subjects are each used once always fits.
MAX_VIEW_VALUES = 300_000
# JSON levels of the tree (an object or a list is one level): below MAX_JSON_DEPTH (64), so a
# view is never deeper than a document the wallet would read, and far above what credentials
# use (a CLR in a presentation is a dozen levels).
MAX_VIEW_LEVELS = 56
_MAX_JSON_LITERAL = 1_000_000

_Graph = dict[str, list[tuple[str, "str | Literal"]]]


@dataclass
class _Index:
    graphs: dict[str | None, _Graph] = field(default_factory=dict)
    objects: dict[str | None, set[str]] = field(default_factory=dict)


def _index(quads: list[Quad]) -> _Index:
    index = _Index()
    for s, p, o, g in quads:
        index.graphs.setdefault(g, {}).setdefault(s, []).append((p, o))
        if isinstance(o, str):
            index.objects.setdefault(g, set()).add(o)
    return index


def tree_of(quads: list[Quad], root: str, vocabulary: Vocabulary) -> dict[str, Any]:
    """The tree of ``root``'s statements in the default graph (see the module docstring)."""
    reader = _Reader(_index(quads), vocabulary)
    return reader.node(root, None, frozenset(), 1)


class _Reader:
    """Reads the tree. ``level`` is the JSON level the value being built will sit at (the
    root object is level 1): each object and list is one more."""

    def __init__(self, index: _Index, vocabulary: Vocabulary) -> None:
        self._index = index
        self._vocabulary = vocabulary
        self._embedded = 0
        self._values = 0

    def node(
        self, subject: str, graph: str | None, path: frozenset[str], level: int
    ) -> dict[str, Any]:
        self._embedded += 1
        found: dict[str, Any] = {}
        if not subject.startswith("_:"):
            found["id"] = subject
        # The members of this object sit one level down, and a list of values two.
        full = self._embedded > MAX_EMBEDDED or self._values > MAX_VIEW_VALUES
        if full or level + 2 > MAX_VIEW_LEVELS:
            return found
        inner = path | {subject}
        types: list[str] = []
        grouped: dict[str, list[str | Literal]] = {}
        owner: dict[str, str] = {}
        for prop, obj in self._index.graphs.get(graph, {}).get(subject, []):
            if prop == RDF_TYPE:
                if isinstance(obj, str) and not obj.startswith("_:"):
                    types.append(self._vocabulary.type_name(obj))
                continue
            key = self._vocabulary.name(prop)
            if owner.setdefault(key, prop) != prop:
                key = prop  # another IRI already holds this name in this node
            grouped.setdefault(key, []).append(obj)
        if types:
            found["type"] = types[0] if len(types) == 1 else types
        self._values += len(types) + sum(len(objects) for objects in grouped.values())
        for key, objects in grouped.items():
            if len(objects) == 1:
                found[key] = self.value(objects[0], graph, inner, level + 1)
            else:
                found[key] = [self.value(o, graph, inner, level + 2) for o in objects]
        return found

    def value(self, obj: str | Literal, graph: str | None, path: frozenset[str], level: int) -> Any:
        if isinstance(obj, Literal):
            return _literal(obj)
        if obj == RDF_NIL:
            return []
        if obj in path:
            return {} if obj.startswith("_:") else {"id": obj}
        subjects = self._index.graphs.get(graph, {})
        properties = subjects.get(obj)
        if obj.startswith("_:") and properties is not None and _is_list(properties):
            return self._list(obj, graph, path, level)
        if obj in self._index.graphs and obj is not None:
            return self._graph(obj, path, level)
        if properties is not None:
            return self.node(obj, graph, path, level)
        if obj.startswith("_:"):
            return {}
        # A vocabulary value (achievementType "Certificate", a proof purpose) by its name; any
        # other IRI as a node that says nothing more than its id, as JSON-LD writes one.
        named = self._vocabulary.types.get(obj) or self._vocabulary.names.get(obj)
        return named if named is not None else {"id": obj}

    def _list(self, head: str, graph: str | None, path: frozenset[str], level: int) -> list[Any]:
        items: list[Any] = []
        if level + 1 > MAX_VIEW_LEVELS:
            return items
        subjects = self._index.graphs.get(graph, {})
        current: str | Literal = head
        seen: set[str] = set()
        while isinstance(current, str) and current != RDF_NIL and current not in seen:
            seen.add(current)
            following: str | Literal = RDF_NIL
            for prop, obj in subjects.get(current, []):
                if prop == RDF_FIRST:
                    items.append(self.value(obj, graph, path | seen, level + 1))
                elif prop == RDF_REST:
                    following = obj
            current = following
        return items

    def _graph(self, name: str, path: frozenset[str], level: int) -> Any:
        """A named graph's content: its root nodes (those no other node in it points to)."""
        subjects = self._index.graphs.get(name, {})
        pointed = self._index.objects.get(name, set())
        roots = [s for s in subjects if s not in pointed] or list(subjects)
        inner = path | {name}
        if len(roots) == 1:
            return self.node(roots[0], name, inner, level)
        return [self.node(s, name, inner, level + 1) for s in roots]


def _is_list(properties: list[tuple[str, str | Literal]]) -> bool:
    names = {p for p, _ in properties}
    return RDF_FIRST in names and names <= {RDF_FIRST, RDF_REST}


def _literal(literal: Literal) -> Any:
    datatype, lexical = literal.datatype, literal.lexical
    if datatype in (XSD_STRING, RDF_LANGSTRING):
        return lexical
    if datatype == XSD_BOOLEAN and lexical in ("true", "false", "1", "0"):
        return lexical in ("true", "1")
    if datatype == XSD_INTEGER:
        try:
            return int(lexical)
        except ValueError:
            return lexical
    if datatype == XSD_DOUBLE:
        try:
            return float(lexical)
        except ValueError:
            return lexical
    if datatype == RDF_JSON and len(lexical) <= _MAX_JSON_LITERAL:
        try:
            return json.loads(lexical)
        except (ValueError, RecursionError):
            return lexical
    return lexical
