"""What expanded entries make (JSON-LD 1.1 API §5.1.2, §5.3.2): a value, a list, a set or a node.

Split from :mod:`wallet.jsonld.expansion`, which walks the document; these turn one map's
expanded entries, or one scalar under a term, into the item the expanded form holds.
"""

from __future__ import annotations

from typing import Any

from wallet.jsonld.model import Item, ListValue, Node, Value
from wallet.jsonld.terms import ActiveContext, JsonLdSyntaxError, expand_iri, has_iri_form
from wallet.wording import shown

__all__ = ["classify", "coerces", "expand_value"]


def coerces(type_mapping: str | None) -> bool:
    return type_mapping is not None and type_mapping not in ("@id", "@vocab", "@none", "@json")


def expand_value(active: ActiveContext, prop: str | None, value: Any) -> Item:
    """Value Expansion (§5.3.2)."""
    definition = active.terms.get(prop) if prop is not None else None
    type_mapping = definition.type if definition is not None else None
    if isinstance(value, str):
        if type_mapping == "@id":
            return Node(id=expand_iri(active, value))
        if type_mapping == "@vocab":
            return Node(id=expand_iri(active, value, vocab=True))
    if coerces(type_mapping):
        return Value(value, type_mapping)
    if isinstance(value, str):
        if definition is not None and definition.has_language:
            language = definition.language
        else:
            language = active.language
        if language is not None:
            return Value(value, language=language)
    return Value(value)


def classify(
    out: dict[str, Any], prop: str | None, expanded_prop: str | None, inside_list: bool
) -> Item | list[Item] | None:
    """§5.1.2 steps 14-19: what the expanded entries make (value, list, set or node object)."""
    if "@value" in out:
        allowed = {"@value", "@type", "@type-array", "@language", "@direction", "@index"}
        if set(out) - allowed:
            raise JsonLdSyntaxError("a value object may only have @type or @language beside it")
        types = out.get("@type")
        if types is not None and ("@language" in out or "@direction" in out):
            raise JsonLdSyntaxError("a value object cannot have both @type and @language")
        if types is not None and (out.get("@type-array") or len(types) != 1):
            raise JsonLdSyntaxError("a value object's @type must be one IRI")
        datatype = types[0] if types else None
        value = out["@value"]
        if datatype == "@json":
            return Value(value, "@json")
        if value is None:
            return None
        if "@language" in out and not isinstance(value, str):
            raise JsonLdSyntaxError("only strings may carry a language")
        if datatype is not None and (not has_iri_form(datatype) or datatype.startswith("_:")):
            raise JsonLdSyntaxError(f"the datatype {shown(datatype)} is not an IRI")
        return Value(value, datatype, out.get("@language"))
    if "@list" in out or "@set" in out:
        if set(out) - {"@list", "@set", "@index"} or ("@list" in out and "@set" in out):
            raise JsonLdSyntaxError("@list and @set may only have @index beside them")
        if "@set" in out:
            items: list[Item] = out["@set"]
            return items
        list_value: ListValue = out["@list"]
        if not inside_list and (prop is None or expanded_prop == "@graph"):
            return None
        return list_value
    if out and set(out) <= {"@language"}:
        return None
    node = Node(
        id=out.get("@id"),
        types=out.get("@type", []),
        properties={k: v for k, v in out.items() if not k.startswith("@")},
        reverse=out.get("@reverse", {}),
        graph=out.get("@graph"),
        included=out.get("@included", []),
    )
    free_floating = not inside_list and (prop is None or expanded_prop == "@graph")
    if free_floating and (node.is_empty() or node.is_reference()):
        return None  # §5.1.2 step 19
    return node
