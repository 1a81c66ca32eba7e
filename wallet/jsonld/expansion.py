"""JSON-LD 1.1 expansion (JSON-LD 1.1 API §5.1), with the checks a verifier needs on the way.

The result is the document's expanded form (:mod:`wallet.jsonld.model`), from which
:mod:`wallet.jsonld.rdf` derives the statements a signature covers. While expanding, every key is
looked at in the context in force there, so the expansion can also say where the JSON says
something those statements do not, or says it in a form its contexts would not produce
(STANDARDS §7 A4, A12; issue 9):

- a term no context defines (dropped by JSON-LD, or caught by VCDM 2.0's issuer-dependent
  ``@vocab``): ``undefined``;
- a key or type written as a full or compact IRI, or a keyword, where the contexts have a term
  for it (``https://www.w3.org/2018/credentials#validUntil`` for ``validUntil``, ``@id`` for
  ``id``), or a value written as an explicit typed value where the term coerces it: ``alias``;
- ``@``-letters keys that are not keywords (JSON-LD ignores them): ``reserved``;
- text JSON-LD drops without a word: a list or a value standing alone at the top of a document
  or a graph, a ``@language`` on a node object: ``dropped`` (attack 9; a language tag that is
  not one is found where the statements are written, :mod:`wallet.jsonld.rdf`);
- ``@direction``, which RDF does not keep: ``unsigned`` (a warning: it only says which way text
  runs, and VCDM 2.0 recommends it);
- ``@index``, which RDF does not keep either but which can hold any text: ``index`` (fails under
  an RDF proof like any text the statements do not carry; a warning under a JSON signature).

Keys are taken in sorted order, as jsonld.js and pyld take them, so the expanded form (and the
blank nodes it creates) come out in the same order as theirs. Raises
:class:`~wallet.jsonld.terms.JsonLdSyntaxError` for invalid JSON-LD and
:class:`~wallet.jsonld.terms.UnsupportedJsonLd` for features this engine does not read.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from wallet.jsonld.inline import InlineAllowance
from wallet.jsonld.iri import is_keyword_form
from wallet.jsonld.model import Item, ListValue, Node, Value
from wallet.jsonld.objects import classify, coerces, expand_value
from wallet.jsonld.terms import (
    KEYWORDS,
    ActiveContext,
    JsonLdSyntaxError,
    LoadContext,
    UnsupportedJsonLd,
    expand_iri,
    has_iri_form,
    process_context,
)
from wallet.wording import shown

__all__ = ["Expander", "ExpansionNote", "Found"]

# VCDM 2.0 §5.2: the base context maps every term it does not define here; such terms are
# "undefined" in the sense of VC-DI's safe mode even though they expand.
ISSUER_DEPENDENT = "https://www.w3.org/ns/credentials/issuer-dependent#"
_NOT_SCALAR = (dict, list)


@dataclass(frozen=True)
class ExpansionNote:
    """Something the JSON says that its statements do not (or not in this form).

    ``kind``: ``undefined``, ``undefined-type``, ``alias``, ``reserved``, ``unsigned``, ``index``,
    ``dropped`` or ``null``; ``subject`` is the key or type it is about, as written.
    """

    kind: str
    message: str
    subject: str = ""


@dataclass(frozen=True)
class Found:
    """A raw JSON value found under a watched property (a credential inside a credential).

    ``path`` names the properties from the root to it by their expanded IRIs.
    """

    property: str
    value: Any
    path: tuple[str, ...]


@dataclass
class _State:
    notes: dict[tuple[str, str], ExpansionNote] = field(default_factory=dict)
    found: list[Found] = field(default_factory=list)


class Expander:
    """Expands one document. Not thread-safe; make one per expansion.

    ``undefined_vocab``: where terms no context defines go. None (the default) drops them, as
    JSON-LD does: what an RDF signature covers. A JSON signature covers them as written, so its
    view keeps them under this vocabulary instead. ``watch``: property IRIs whose raw values are
    reported in :attr:`found` (nested credentials, to verify on their own).
    """

    def __init__(
        self,
        initial: ActiveContext,
        load: LoadContext,
        is_pinned: Callable[[object], bool],
        *,
        undefined_vocab: str | None = None,
        defining_vocabs: frozenset[str] = frozenset(),
        watch: frozenset[str] = frozenset(),
    ) -> None:
        self._initial = initial
        self._load = load
        self._is_pinned = is_pinned
        self._undefined_vocab = undefined_vocab
        self._defining_vocabs = defining_vocabs
        self._watch = watch
        self._state = _State()
        self._allowance = InlineAllowance()
        self._processed: dict[tuple[int, int, bool, bool], tuple[Any, Any, ActiveContext]] = {}

    @property
    def notes(self) -> list[ExpansionNote]:
        return list(self._state.notes.values())

    @property
    def found(self) -> list[Found]:
        return list(self._state.found)

    def document(self, element: Any) -> list[Node]:
        """The expanded document: its top-level node objects (§5.1 "expand" API, steps 8-9)."""
        result = self._expand(self._initial, None, element, False, ())
        if isinstance(result, Node) and result.graph is not None and _only_graph(result):
            result = result.graph
        items = result if isinstance(result, list) else [] if result is None else [result]
        return [item for item in items if isinstance(item, Node)]

    # --- the algorithm ---------------------------------------------------------------------
    def _context(
        self,
        active: ActiveContext,
        local: Any,
        *,
        override_protected: bool = False,
        propagate: bool = True,
    ) -> ActiveContext:
        """``local`` applied to ``active``, once per pair in this document (attack 9: a scoped
        context is applied at every node it covers; both are unchanged while expanding, so the
        result is too). Pinned contexts are remembered for the process in ``terms`` already."""
        key = (id(active), id(local), override_protected, propagate)
        hit = self._processed.get(key)
        if hit is not None and hit[0] is active and hit[1] is local:
            return hit[2]
        result = process_context(
            active,
            local,
            self._load,
            self._is_pinned,
            override_protected=override_protected,
            propagate=propagate,
            allowance=self._allowance,
        )
        self._processed[key] = (active, local, result)  # holding both keeps their ids unique
        return result

    def _expand(
        self,
        active: ActiveContext,
        prop: str | None,
        element: Any,
        inside_list: bool,
        path: tuple[str, ...],
    ) -> Item | list[Item] | None:
        if element is None:
            return None
        definition = active.terms.get(prop) if prop is not None else None
        if isinstance(element, list):
            in_list = inside_list or (definition is not None and "@list" in definition.container)
            out: list[Item] = []
            for member in element:
                expanded = self._expand(active, prop, member, in_list, path)
                if in_list and isinstance(expanded, list):
                    expanded = ListValue(expanded)
                if expanded is None:
                    continue
                if isinstance(expanded, list):
                    out.extend(expanded)
                else:
                    out.append(expanded)
            return out
        if not isinstance(element, dict):
            if not inside_list and (
                prop is None or expand_iri(active, prop, vocab=True) == "@graph"
            ):
                self._free_floating()
                return None  # §5.1.2 step 4.1: a free-floating scalar
            if definition is not None and definition.has_context:
                active = self._context(active, definition.context, override_protected=True)
            return expand_value(active, prop, element)
        return self._expand_map(active, prop, element, inside_list, path)

    def _expand_map(
        self,
        active: ActiveContext,
        prop: str | None,
        element: dict[str, Any],
        inside_list: bool,
        path: tuple[str, ...],
    ) -> Item | list[Item] | None:
        definition = active.terms.get(prop) if prop is not None else None
        expanded_prop = expand_iri(active, prop, vocab=True) if prop is not None else None
        if active.previous is not None and _reverts(active, element):
            active = active.previous  # §5.1.2 step 7: type-scoped terms end at a new node
        if definition is not None and definition.has_context:
            active = self._context(active, definition.context, override_protected=True)
        if "@context" in element:
            active = self._context(active, element["@context"])
        type_scoped = active
        type_keys = sorted(k for k in element if expand_iri(active, k, vocab=True) == "@type")
        for key in type_keys:
            values = element[key]
            for term in sorted(
                v for v in (values if isinstance(values, list) else [values]) if isinstance(v, str)
            ):
                scoped = type_scoped.terms.get(term)
                if scoped is not None and scoped.has_context:
                    active = self._context(active, scoped.context, propagate=False)
        input_is_json = False
        if type_keys:
            values = element[type_keys[0]]
            last = values[-1] if isinstance(values, list) and values else values
            input_is_json = isinstance(last, str) and (
                expand_iri(active, last, vocab=True) == "@json"
            )
        out = self._entries(active, type_scoped, prop, expanded_prop, element, input_is_json, path)
        result = classify(out, prop, expanded_prop, inside_list)
        if "@language" in out and "@value" not in out:
            # JSON-LD keeps a language only on a string; on a node object it labels nothing.
            self._note(
                "dropped",
                "@language",
                "a @language on an object that is not a text value labels nothing, so it is "
                "not signed",
            )
        free = not inside_list and (prop is None or expanded_prop == "@graph")
        if free and isinstance(result, Value | ListValue):
            self._free_floating()  # §5.1 expand API step 9: only node objects are kept
        return result

    def _free_floating(self) -> None:
        self._note(
            "dropped",
            "free-floating",
            "a value or a list standing alone at the top of the document or of a graph belongs "
            "to no node, so it is not signed",
        )

    def _entries(
        self,
        active: ActiveContext,
        type_scoped: ActiveContext,
        prop: str | None,
        expanded_prop: str | None,
        element: dict[str, Any],
        input_is_json: bool,
        path: tuple[str, ...],
    ) -> dict[str, Any]:
        """§5.1.2 step 13: every entry of a map, expanded (keywords, then properties)."""
        out: dict[str, Any] = {}
        # In a value object the keywords are the object's own shape, which a reader of the
        # statements sees whatever their spelling; only node objects are held to their aliases.
        value_object = "@value" in element or any(
            expand_iri(active, k, vocab=True) == "@value" for k in element
        )
        for key in sorted(element):
            if key == "@context":
                continue
            value = element[key]
            expanded = expand_iri(active, key, vocab=True)
            if value_object and expanded in KEYWORDS:
                self._keyword(
                    active,
                    type_scoped,
                    prop,
                    expanded_prop,
                    key,
                    expanded,
                    value,
                    out,
                    input_is_json,
                    path,
                )
                continue
            expanded = self._check_key(active, key, expanded)
            if expanded is None:
                continue
            if expanded in KEYWORDS:
                if expanded_prop == "@reverse":
                    raise JsonLdSyntaxError("a keyword cannot be a @reverse property")
                if expanded in out and expanded not in ("@included", "@type"):
                    raise JsonLdSyntaxError(f"{expanded} is given twice (colliding keywords)")
                self._keyword(
                    active,
                    type_scoped,
                    prop,
                    expanded_prop,
                    key,
                    expanded,
                    value,
                    out,
                    input_is_json,
                    path,
                )
                continue
            self._property(active, key, expanded, value, out, path)
        return out

    def _check_key(self, active: ActiveContext, key: str, expanded: str | None) -> str | None:
        """Notes on ``key``; returns the property to expand it to, or None to drop it."""
        if key in KEYWORDS:
            if active.terms_for(key):
                self._note("alias", key, _altered(f"the key {shown(key)}"))
            return key
        definition = active.terms.get(key)
        if definition is not None:
            if definition.iri is None:
                self._note(
                    "undefined",
                    key,
                    f"the key {shown(key)} is ignored by its contexts, so its data is not signed",
                )
                return self._undefined(key)
            if definition.iri in KEYWORDS:
                preferred = active.terms_for(definition.iri)
                if preferred and preferred[0] != key:
                    self._note("alias", key, _altered(f"the key {shown(key)}"))
            return expanded
        if is_keyword_form(key):
            self._note(
                "reserved",
                key,
                f"the key {shown(key)} is not a JSON-LD keyword, so its data is not signed",
            )
            return None
        if expanded is not None and ":" in key:
            if has_iri_form(expanded) and active.terms_for(expanded):
                self._note("alias", key, _altered(f"the key {shown(key)}"))
            if has_iri_form(expanded):
                return expanded
        if expanded is not None and active.vocab is not None and expanded == active.vocab + key:
            if active.vocab not in self._defining_vocabs:
                self._note("undefined", key, f"the term {shown(key)} is not defined by any context")
            return expanded
        self._note("undefined", key, f"the term {shown(key)} is not defined by any context")
        return self._undefined(key)

    def _undefined(self, key: str) -> str | None:
        return None if self._undefined_vocab is None else self._undefined_vocab + key

    def _note(self, kind: str, subject: str, message: str) -> None:
        self._state.notes.setdefault((kind, subject), ExpansionNote(kind, message, subject))

    def _keyword(
        self,
        active: ActiveContext,
        type_scoped: ActiveContext,
        prop: str | None,
        expanded_prop: str | None,
        key: str,
        keyword: str,
        value: Any,
        out: dict[str, Any],
        input_is_json: bool,
        path: tuple[str, ...],
    ) -> None:
        if keyword == "@id":
            if not isinstance(value, str):
                raise JsonLdSyntaxError("an @id must be a string")
            out["@id"] = expand_iri(active, value)
        elif keyword == "@type":
            out.setdefault("@type", []).extend(self._types(type_scoped, value))
            if isinstance(value, list):
                out["@type-array"] = True
        elif keyword == "@graph":
            expanded = self._expand(active, "@graph", value, False, path)
            out["@graph"] = _as_list(expanded)
        elif keyword == "@included":
            expanded = _as_list(self._expand(active, None, value, False, path))
            if not all(isinstance(i, Node) for i in expanded):
                raise JsonLdSyntaxError("@included must hold node objects")
            out.setdefault("@included", []).extend(expanded)
        elif keyword == "@value":
            if not input_is_json and isinstance(value, _NOT_SCALAR):
                raise JsonLdSyntaxError("an @value must be a string, number, boolean or null")
            out["@value"] = value
        elif keyword == "@language":
            if value is None:
                return
            if not isinstance(value, str):
                raise JsonLdSyntaxError("an @language must be a string")
            out["@language"] = value.lower()  # a tag that is not one: see wallet.jsonld.rdf
        elif keyword == "@direction":
            if value not in ("ltr", "rtl"):
                raise JsonLdSyntaxError("an @direction must be 'ltr' or 'rtl'")
            self._note(
                "unsigned",
                "@direction",
                "a text direction (@direction) is not part of what is signed, so it is ignored",
            )
            out["@direction"] = value
        elif keyword == "@index":
            if not isinstance(value, str):
                raise JsonLdSyntaxError("an @index must be a string")
            self._note(
                "index",
                "@index",
                f"the @index {shown(value)} is text that the signed statements do not carry",
            )
            out["@index"] = value
        elif keyword == "@list":
            if expanded_prop is None or expanded_prop == "@graph":
                self._free_floating()
                return  # §5.1.2 step 13.4.12.1: a free-floating list
            items = _as_list(self._expand(active, prop, value, True, path))
            out["@list"] = ListValue(items)
        elif keyword == "@set":
            out["@set"] = _as_list(self._expand(active, prop, value, False, path))
        elif keyword == "@reverse":
            if not isinstance(value, dict):
                raise JsonLdSyntaxError("an @reverse must be an object")
            reversed_ = self._expand_reverse_map(active, value, path)
            for prop_iri, items in reversed_.pop("@reverse", {}).items():
                out.setdefault(prop_iri, []).extend(items)
            target = out.setdefault("@reverse", {})
            for prop_iri, items in reversed_.items():
                for item in items:
                    if not isinstance(item, Node):
                        raise JsonLdSyntaxError("an @reverse value must be a node object")
                    target.setdefault(prop_iri, []).append(item)
        elif keyword == "@nest":
            raise UnsupportedJsonLd(
                f"the key {shown(key)} nests properties (@nest), which this wallet cannot read"
            )
        else:
            raise JsonLdSyntaxError(f"the keyword {keyword} cannot be used as a key here")

    def _expand_reverse_map(
        self, active: ActiveContext, value: dict[str, Any], path: tuple[str, ...]
    ) -> dict[str, Any]:
        out = self._entries(active, active, "@reverse", "@reverse", value, False, path)
        return {k: v for k, v in out.items() if not k.startswith("@") or k == "@reverse"}

    def _types(self, type_scoped: ActiveContext, value: Any) -> list[str]:
        values = value if isinstance(value, list) else [value]
        if not all(isinstance(v, str) for v in values):
            raise JsonLdSyntaxError("an @type must be a string or a list of strings")
        expanded: list[str] = []
        for item in values:
            iri = expand_iri(type_scoped, item, vocab=True)
            if iri is None:
                self._note("undefined", item, f"the type {shown(item)} is ignored by its contexts")
                continue
            if item not in type_scoped.terms:
                if ":" in item and has_iri_form(iri) and type_scoped.terms_for(iri):
                    self._note("alias", item, _altered(f"the type {shown(item)}"))
                elif ":" not in item:
                    vocab = type_scoped.vocab
                    if vocab is None or vocab not in self._defining_vocabs:
                        # Issue 10: a type no context defines is not a forgery; it is noted
                        # (and never counts, e.g. as OpenBadgeCredential without its context).
                        self._note(
                            "undefined-type",
                            item,
                            f"the type {shown(item)} is not defined by any context",
                        )
                        if vocab is None and self._undefined_vocab is not None:
                            iri = self._undefined_vocab + item
            expanded.append(iri)
        return expanded

    def _property(
        self,
        active: ActiveContext,
        key: str,
        iri: str,
        value: Any,
        out: dict[str, Any],
        path: tuple[str, ...],
    ) -> None:
        definition = active.terms.get(key)
        here = (*path, iri)
        if value is None and (definition is None or definition.type != "@json"):
            # Issue 10: an optional member set to null reads as absent (JSON-LD drops it).
            self._note("null", key, f"{key} is null, so it is read as absent")
            return
        if iri in self._watch:
            for member in value if isinstance(value, list) else [value]:
                self._state.found.append(Found(iri, member, path))
        if definition is not None and definition.type == "@json":
            expanded: Item | list[Item] | None = Value(value, "@json")
        else:
            if definition is not None and coerces(definition.type):
                self._check_typed_values(active, key, value)
            expanded = self._expand(active, key, value, False, here)
        if expanded is None:
            return
        container = definition.container if definition is not None else frozenset()
        if "@list" in container and not isinstance(expanded, ListValue):
            expanded = ListValue(_as_list(expanded))
        if "@graph" in container:
            expanded = [Node(graph=[item]) for item in _as_list(expanded)]
        if definition is not None and definition.reverse:
            target = out.setdefault("@reverse", {})
            for item in _as_list(expanded):
                if not isinstance(item, Node):
                    raise JsonLdSyntaxError("a reverse property's value must be a node object")
                target.setdefault(iri, []).append(item)
            return
        out.setdefault(iri, []).extend(_as_list(expanded))

    def _check_typed_values(self, active: ActiveContext, key: str, value: Any) -> None:
        for member in value if isinstance(value, list) else [value]:
            if isinstance(member, dict) and any(
                expand_iri(active, k, vocab=True) == "@value" for k in member
            ):
                self._note(
                    "alias",
                    key,
                    f"the value of {shown(key)} is written as an explicit typed value, which its "
                    "contexts do not produce; the credential may have been altered",
                )


def _altered(what: str) -> str:
    return f"{what} is not how its contexts write this; the credential may have been altered"


def _only_graph(node: Node) -> bool:
    """A top-level map with nothing but ``@graph`` (§5.1 expand API step 8)."""
    return (
        node.id is None
        and not node.types
        and not node.properties
        and not node.reverse
        and not node.included
    )


def _reverts(active: ActiveContext, element: dict[str, Any]) -> bool:
    """§5.1.2 step 7: a node object (not a value object, not a lone @id) drops type-scoped terms."""
    for key in element:
        expanded = expand_iri(active, key, vocab=True)
        if expanded == "@value":
            return False
        if expanded == "@id" and len(element) == 1:
            return False
    return True


def _as_list(value: Item | list[Item] | None) -> list[Item]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]
