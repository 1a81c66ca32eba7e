"""The expanded form of a JSON-LD document, as the expansion builds it and RDF reads it.

These are the JSON-LD 1.1 expanded-form objects (node, value and list objects) as typed Python
values rather than dictionaries of keywords. They only carry what has meaning in RDF; ``@index``
and ``@direction`` are noted by the expansion (they are not signed) but not kept.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["Item", "ListValue", "Node", "Value"]


@dataclass(slots=True, eq=False)
class Node:
    """A node object: a subject with types and properties, maybe a named graph of its own."""

    id: str | None = None
    types: list[str] = field(default_factory=list)
    properties: dict[str, list[Item]] = field(default_factory=dict)
    reverse: dict[str, list[Node]] = field(default_factory=dict)
    graph: list[Item] | None = None  # the named graph's content (only node objects count)
    included: list[Node] = field(default_factory=list)

    def is_reference(self) -> bool:
        """Only an ``@id``: a pointer to a node described elsewhere (or nowhere)."""
        return (
            not self.types
            and not self.properties
            and not self.reverse
            and self.graph is None
            and not self.included
        )

    def is_empty(self) -> bool:
        return self.id is None and self.is_reference()


@dataclass(slots=True, frozen=True)
class Value:
    """A value object. ``type`` is a datatype IRI or ``"@json"``; ``value`` is the JSON value."""

    value: Any
    type: str | None = None
    language: str | None = None


@dataclass(slots=True, eq=False)
class ListValue:
    """A list object (``@list``): an ordered collection, an RDF list in the statements."""

    items: list[Item] = field(default_factory=list)


Item = Node | Value | ListValue
