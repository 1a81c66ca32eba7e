"""From the expanded form to RDF statements, and RDF statements to canonical N-Quads.

Deserialize JSON-LD to RDF (JSON-LD 1.1 API §8.1-§8.6), with ``rdfDirection`` null and no
generalized RDF, as Data Integrity's RDF suites use it. Where a JSON-LD processor silently
drops a statement (a subject, predicate, object or graph name that is not an absolute IRI, a
malformed language tag), this writer records why instead and leaves the statement out, so the
caller can refuse the document: what the wallet shows must be what the signature covers
(STANDARDS §7 A12).

N-Quads lines follow the canonical form RDFC-1.0 uses (RDF 1.2 N-Quads, as rdf-canonize 4
writes it): backspace, tab, newline, form feed, carriage return, quote and backslash as ECHAR
escapes, the other C0 controls and U+007F as ``\\uXXXX``.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

import rfc8785

from wallet.jsonld.iri import iri_problem, is_language_tag
from wallet.jsonld.model import Item, ListValue, Node, Value
from wallet.wording import shown

__all__ = [
    "RDF_JSON",
    "RDF_LANGSTRING",
    "RDF_TYPE",
    "XSD_STRING",
    "Literal",
    "Quad",
    "Statements",
    "nquad",
    "to_statements",
]

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDF_TYPE = RDF + "type"
RDF_FIRST = RDF + "first"
RDF_REST = RDF + "rest"
RDF_NIL = RDF + "nil"
RDF_JSON = RDF + "JSON"
RDF_LANGSTRING = RDF + "langString"
XSD = "http://www.w3.org/2001/XMLSchema#"
XSD_STRING = XSD + "string"
XSD_BOOLEAN = XSD + "boolean"
XSD_INTEGER = XSD + "integer"
XSD_DOUBLE = XSD + "double"
_NO_SCHEME = "is not an absolute IRI (it has no scheme)"
# Beyond this an integer has no exact double, so implementations in JavaScript read another
# number than the one written: the signed statement would depend on who reads it.
_EXACT_INTEGER = 2**53


@dataclass(frozen=True, slots=True)
class Literal:
    lexical: str
    datatype: str
    language: str | None = None


# (subject, predicate, object, graph): IRIs and "_:" blank nodes as str, None = default graph.
Quad = tuple[str, str, str | Literal, str | None]


@dataclass
class Statements:
    """The RDF dataset of a document, the subject each top-level node became, and what was
    left out on the way (each a sentence naming the value)."""

    quads: list[Quad]
    roots: list[str]
    problems: list[str] = field(default_factory=list)


def to_statements(nodes: list[Node]) -> Statements:
    """The statements of an expanded document (its top-level ``nodes``), in the default graph."""
    writer = _Writer()
    roots = [writer.node(node, None) for node in nodes]
    return Statements(list(writer.quads), roots, writer.problems)


class _Writer:
    def __init__(self) -> None:
        self.quads: dict[Quad, None] = {}
        self.problems: list[str] = []
        self._labels: dict[str, str] = {}
        self._counter = 0
        self._checked: dict[str, str | None] = {}

    def _fresh(self) -> str:
        label = f"_:b{self._counter}"
        self._counter += 1
        return label

    def _term(self, value: str) -> str:
        """A subject/object/graph term: blank nodes get this document's own labels."""
        if value.startswith("_:"):
            label = self._labels.get(value)
            if label is None:
                label = self._labels[value] = self._fresh()
            return label
        return value

    def _bad(self, value: str, role: str) -> bool:
        """Record why ``value`` cannot be an RDF term here; True when it cannot."""
        problem = self._checked.get(value, "")
        if problem == "":
            problem = self._checked[value] = iri_problem(value)
        if problem is None:
            return False
        message = f"the {role} {shown(value)} {problem}, so what it says is not signed"
        if message not in self.problems:
            self.problems.append(message)
        return True

    def _emit(self, s: str, p: str, o: str | Literal, g: str | None) -> None:
        if self._bad(s, "subject IRI") or self._bad(p, "property IRI"):
            return
        if p.startswith("_:"):
            self._record("a property named by a blank node is not signed")
            return
        if isinstance(o, str) and self._bad(o, "IRI"):
            return
        if g is not None and self._bad(g, "graph name"):
            return
        self.quads[(s, p, o, g)] = None

    def _record(self, message: str) -> None:
        if message not in self.problems:
            self.problems.append(message)

    def node(self, node: Node, graph: str | None) -> str:
        subject = self._fresh() if node.id is None else self._term(node.id)
        for type_ in node.types:
            if not type_.startswith("_:") and iri_problem(type_) == _NO_SCHEME:
                continue  # a type no context defines: the expansion noted it (issue 10)
            self._emit(subject, RDF_TYPE, self._term(type_), graph)
        for prop, items in node.properties.items():
            for item in items:
                target = self._object(item, graph)
                if target is not None:
                    self._emit(subject, prop, target, graph)
        for prop, nodes in node.reverse.items():
            for other in nodes:
                self._emit(self.node(other, graph), prop, subject, graph)
        if node.graph is not None:
            for member in node.graph:
                if isinstance(member, Node):
                    self.node(member, subject)
        for member in node.included:
            self.node(member, graph)
        return subject

    def _object(self, item: Item, graph: str | None) -> str | Literal | None:
        if isinstance(item, Node):
            return self.node(item, graph)
        if isinstance(item, ListValue):
            return self._list(item.items, graph)
        return self._literal(item)

    def _list(self, items: list[Item], graph: str | None) -> str:
        """An RDF collection (JSON-LD 1.1 API §8.5): rdf:first/rdf:rest, ending in rdf:nil."""
        if not items:
            return RDF_NIL
        head = self._fresh()
        current = head
        for index, item in enumerate(items):
            target = self._object(item, graph)
            if target is not None:
                self._emit(current, RDF_FIRST, target, graph)
            following = RDF_NIL if index == len(items) - 1 else self._fresh()
            self._emit(current, RDF_REST, following, graph)
            current = following
        return head

    def _literal(self, value: Value) -> Literal | None:
        """Object to RDF Conversion (JSON-LD 1.1 API §8.6), rdfDirection null."""
        raw, datatype = value.value, value.type
        if datatype == "@json":
            try:
                text = rfc8785.dumps(raw).decode("utf-8")
            except (rfc8785.CanonicalizationError, TypeError, ValueError):
                self._record("a JSON value cannot be canonicalized (RFC 8785), so it is not signed")
                return None
            return Literal(text, RDF_JSON)
        if isinstance(raw, bool):
            return Literal("true" if raw else "false", datatype or XSD_BOOLEAN)
        if isinstance(raw, int | float):
            return self._number(raw, datatype)
        if datatype == XSD_DOUBLE and isinstance(raw, str):
            try:
                number = float(raw)
            except ValueError:
                return Literal(raw, XSD_DOUBLE)
            if math.isfinite(number):
                return Literal(canonical_double(number), XSD_DOUBLE)
            return Literal(raw, XSD_DOUBLE)
        if not isinstance(raw, str):
            return None
        if value.language is not None:
            if not is_language_tag(value.language):
                # Never written into N-Quads, where a newline in it would make a statement of
                # its own; whether it came from the value, its term or a context's default.
                self._record(
                    f"the language tag {shown(value.language[:40])} is not a valid BCP 47 tag, "
                    "so the text it labels is not signed"
                )
                return None
            return Literal(raw, RDF_LANGSTRING, value.language)
        if datatype is not None and self._bad(datatype, "datatype IRI"):
            return None
        return Literal(raw, datatype or XSD_STRING)

    def _number(self, raw: float, datatype: str | None) -> Literal | None:
        if isinstance(raw, float) and not math.isfinite(raw):
            self._record("a number is not finite, so it is not signed")
            return None
        if isinstance(raw, int) and abs(raw) > _EXACT_INTEGER and abs(raw) < 10**21:
            self._record(f"the number {raw} is too large to be read the same by every verifier")
        if (
            (isinstance(raw, float) and not raw.is_integer())
            or abs(raw) >= 1e21
            or datatype == XSD_DOUBLE
        ):
            return Literal(canonical_double(float(raw)), datatype or XSD_DOUBLE)
        return Literal(str(int(raw)), datatype or XSD_INTEGER)


def canonical_double(value: float) -> str:
    """The canonical lexical form of an xsd:double as JSON-LD writes it (``1.5E0``)."""
    mantissa, _, exponent = f"{value:.15E}".partition("E")
    mantissa = mantissa.rstrip("0")
    if mantissa.endswith("."):
        mantissa += "0"  # XSD keeps one digit after the point: 1.0E0
    return f"{mantissa}E{int(exponent)}"


_LITERAL_ESCAPES = {
    **{c: f"\\u{c:04X}" for c in (*range(0x20), 0x7F)},
    0x08: "\\b",
    0x09: "\\t",
    0x0A: "\\n",
    0x0C: "\\f",
    0x0D: "\\r",
    0x22: '\\"',
    0x5C: "\\\\",
}
_IRI_ESCAPES = {c: f"\\u{c:04X}" for c in (*range(0x21), *map(ord, '<>"{}|^`\\'))}


_NEEDS_LITERAL_ESCAPE = re.compile(r'[\x00-\x1f\x7f"\\]')
_NEEDS_IRI_ESCAPE = re.compile(r'[\x00-\x20<>"{}|^`\\]')
# Predicates and types repeat in every document: their N-Quads text is worth remembering.
_IRI_TEXT: dict[str, str] = {}


def _iri(value: str) -> str:
    text = _IRI_TEXT.get(value)
    if text is None:
        escaped = _NEEDS_IRI_ESCAPE.search(value) is not None
        text = "<" + (value.translate(_IRI_ESCAPES) if escaped else value) + ">"
        if len(_IRI_TEXT) > 50_000:
            _IRI_TEXT.clear()
        _IRI_TEXT[value] = text
    return text


def _term_text(term: str) -> str:
    return term if term.startswith("_:") else _iri(term)


def nquad(s: str, p: str, o: str | Literal, g: str | None) -> str:
    """One canonical N-Quads line (with its newline)."""
    if isinstance(o, Literal):
        lexical = o.lexical
        if _NEEDS_LITERAL_ESCAPE.search(lexical):
            lexical = lexical.translate(_LITERAL_ESCAPES)
        text = '"' + lexical + '"'
        if o.datatype == RDF_LANGSTRING:
            text += "@" + (o.language or "")
        elif o.datatype != XSD_STRING:
            text += "^^" + _iri(o.datatype)
    else:
        text = _term_text(o)
    line = f"{_term_text(s)} {_iri(p)} {text}"
    if g is not None:
        line += " " + _term_text(g)
    return line + " .\n"
