"""CBOR-LD to JSON-LD, as the DCC ``cborld`` 4.x library decodes (``VP1-`` QR payloads).

The walk mirrors the reference decompressor step by step (see :mod:`.context` for why it must):
for each CBOR map, decode its ``@context`` and apply it, decode its types and apply their scoped
contexts, then visit its entries sorted by term, applying property-scoped contexts and the value
codecs of :mod:`.codecs`. :mod:`.encoder` walks the same way in the other direction. One
deliberate sharing is kept: a nested node's inline contexts stay on the stack its later siblings
start from, as they do in the reference.

Raises :class:`InputError` (never anything else) for bytes that are not CBOR-LD, unknown term ids
or contexts, and CBOR features a credential never uses (tags, cycles, deep nesting).
"""

from __future__ import annotations

import io
from typing import Any

import cbor2

from wallet.errors import InputError, InputTooDeep, InputTooLarge
from wallet.formats.cborld.codecs import (
    NOT_ENCODED,
    decode_context,
    decode_typed,
    decode_uri,
    decode_vocab,
)
from wallet.formats.cborld.context import (
    ActiveContext,
    ContextLoader,
    TermTable,
    js_order,
    truthy,
)
from wallet.formats.cborld.registry import (
    CBORLD_TAG_PREFIX,
    COMPRESSED,
    KEYWORDS,
    UNCOMPRESSED,
)

__all__ = ["MAX_CBORLD_BYTES", "MAX_CBORLD_DEPTH", "decode_cborld"]

# A QR code holds at most 2,953 bytes; other wallets' files may be larger, but not this large.
MAX_CBORLD_BYTES = 256 * 1024
MAX_CBORLD_DEPTH = 48
_CONTEXT, _CONTEXTS = KEYWORDS["@context"], KEYWORDS["@context"] + 1
_TYPE, _ID = "@type", "@id"


def _refuse_tag(decoder: Any) -> Any:
    raise cbor2.CBORDecodeError("CBOR tags are not used by CBOR-LD documents")


# cbor2 decodes these tags itself (dates, sets, shared references, regexes, MIME messages, ...):
# none belongs in CBOR-LD, and shared references could build cycles.
_SEMANTIC_REFUSED = {
    tag: _refuse_tag
    for tag in (0, 1, 2, 3, 4, 5, 25, 28, 29, 30, 35, 36, 37, 100, 256, 258, 260, 261, 1004, 55799)
}


def _unknown_tag(decoder: Any, tag: Any) -> Any:
    raise cbor2.CBORDecodeError(f"unexpected CBOR tag {tag.tag}")


def _load_cbor(data: bytes) -> Any:
    stream = io.BytesIO(data)
    try:
        decoder = cbor2.CBORDecoder(
            stream,
            tag_hook=_unknown_tag,
            semantic_decoders=_SEMANTIC_REFUSED,
            max_depth=MAX_CBORLD_DEPTH,
            allow_duplicate_keys=False,
        )
        value = decoder.decode()
    except RecursionError:
        raise InputTooDeep("the CBOR-LD payload is nested too deeply") from None
    except (cbor2.CBORDecodeError, ValueError, TypeError, OverflowError, EOFError) as exc:
        message = str(exc).split("\n", 1)[0][:120] or type(exc).__name__
        if "depth" in message:
            raise InputTooDeep("the CBOR-LD payload is nested too deeply") from None
        raise InputError(f"the CBOR-LD payload is not valid CBOR ({message})") from None
    if stream.tell() != len(data):
        raise InputError("the CBOR-LD payload has bytes after its end")
    _check_shape(value)
    return value


def _check_shape(value: Any) -> None:
    """Only JSON-like values, no shared or cyclic containers, finite numbers."""
    seen: set[int] = set()
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict | list):
            if id(item) in seen:
                raise InputError("the CBOR-LD payload reuses a container")
            seen.add(id(item))
            if isinstance(item, dict):
                for key in item:
                    if not isinstance(key, int | str) or isinstance(key, bool):
                        raise InputError("CBOR-LD map keys must be integers or text")
                stack.extend(item.values())
            else:
                stack.extend(item)
        elif isinstance(item, float):
            if item != item or item in (float("inf"), float("-inf")):
                raise InputError("the CBOR-LD payload holds a number that is not finite")
        elif item is not None and not isinstance(item, bool | int | str | bytes):
            raise InputError(f"the CBOR-LD payload holds an unexpected {type(item).__name__}")


def decode_cborld(data: bytes, loader: ContextLoader) -> Any:
    """The JSON-LD document (or array of documents) encoded in ``data``.

    ``loader`` serves context documents by URL (bundled ones only; it raises for others).
    """
    if len(data) > MAX_CBORLD_BYTES:
        raise InputTooLarge(f"a CBOR-LD payload of {len(data):,} bytes is over the limit")
    if data[:2] != CBORLD_TAG_PREFIX:
        raise InputError("not CBOR-LD: the payload does not start with the CBOR-LD tag")
    if len(data) < 3:
        raise InputError("not CBOR-LD: the payload ends inside its tag")
    mode = data[2]
    if mode not in (UNCOMPRESSED, COMPRESSED):
        raise InputError(f"CBOR-LD compression mode {mode} is not supported")
    value = _load_cbor(data[3:])
    if mode == UNCOMPRESSED:
        return _plain(value)
    decoder = _Decompressor(loader)
    if isinstance(value, list):
        return [decoder.document(item) for item in value]
    return decoder.document(value)


def _plain(value: Any) -> Any:
    """Uncompressed CBOR-LD is the JSON-LD itself, with text keys."""
    if isinstance(value, dict):
        if not all(isinstance(k, str) for k in value):
            raise InputError("uncompressed CBOR-LD must have text keys")
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, bytes):
        raise InputError("uncompressed CBOR-LD cannot hold raw bytes")
    return value


class _Decompressor:
    def __init__(self, loader: ContextLoader) -> None:
        self._table = TermTable(loader)

    def document(self, node: Any) -> dict[str, Any]:
        result: dict[str, Any] = {}
        self._node(result, node, [])
        return result

    def _node(self, obj: dict[str, Any], node: Any, stack: list[ActiveContext]) -> None:
        if not isinstance(node, dict):
            raise InputError("CBOR-LD nodes must be maps")
        table = self._table
        self._contexts(obj, node)
        active, _ = table.apply_embedded(stack, obj.get("@context"))
        child_stack = list(stack)
        self._types(obj, node, active)
        active, top = table.apply_type_scoped(stack, obj)
        for term, plural, definition, value in self._entries(node, active):
            if term == _ID or term in active.id_aliases:
                decoded = decode_uri(value)
                obj[term] = value if decoded is NOT_ENCODED else decoded
                continue
            if term == _TYPE or term in active.type_aliases:
                obj[term] = self._type_value(value, plural)
                continue
            obj[term] = self._property(term, plural, definition, value, active, stack, child_stack)
        del stack[top:]

    def _property(
        self,
        term: str,
        plural: bool,
        definition: Any,
        value: Any,
        active: ActiveContext,
        stack: list[ActiveContext],
        child_stack: list[ActiveContext],
    ) -> Any:
        table = self._table
        property_stack = child_stack
        scoped = table.apply_property_scoped(stack, active, term)
        if scoped is not None:
            active = scoped[0]
            property_stack = list(stack)
        if definition is None:
            # The reference cannot read keyword entries such as @value here either.
            raise InputError(f"the CBOR-LD payload uses the keyword {term} where a term belongs")
        term_type = table.term_type(active, definition)
        if plural and not isinstance(value, list):
            raise InputError(f"CBOR-LD plural term {term!r} does not hold an array")
        entries: list[Any] = []
        for item in value if plural else [value]:
            entries.append(self._value(item, term_type, property_stack))
        if scoped is not None:
            del stack[scoped[1] :]
        return entries if plural else entries[0]

    def _value(self, item: Any, term_type: str | None, stack: list[ActiveContext]) -> Any:
        if item is None:
            return None
        decoded = decode_typed(term_type, item, self._table.id_to_term)
        if decoded is not NOT_ENCODED:
            return decoded
        if isinstance(item, list):
            children = []
            for child in item:
                result: dict[str, Any] = {}
                self._node(result, child, stack)
                children.append(result)
            return children
        if isinstance(item, dict):
            result = {}
            self._node(result, item, stack)
            return result
        if isinstance(item, bytes):
            raise InputError("the CBOR-LD payload holds bytes where no codec expects them")
        return item

    def _contexts(self, obj: dict[str, Any], node: dict[Any, Any]) -> None:
        single, plural = node.get(_CONTEXT), node.get(_CONTEXTS)
        if truthy(single):
            obj["@context"] = _inline(decode_context(single))
        if truthy(plural):
            if truthy(single):
                raise InputError("a CBOR-LD node has both a singular and a plural @context")
            if not isinstance(plural, list):
                raise InputError("a CBOR-LD plural @context must be an array")
            obj["@context"] = [_inline(decode_context(item)) for item in plural]

    def _types(self, obj: dict[str, Any], node: dict[Any, Any], active: ActiveContext) -> None:
        """Decode the node's types first: they select type-scoped contexts."""
        for term in (_TYPE, *active.type_aliases):
            key = self._table.term_to_id.get(term)
            if key is None:
                continue
            if key in node:
                value = node[key]
            elif key + 1 in node:
                value = node[key + 1]
            else:
                continue
            obj[term] = self._type_value(value, isinstance(value, list))

    def _type_value(self, value: Any, plural: bool) -> Any:
        if plural and not isinstance(value, list):
            raise InputError("a CBOR-LD plural @type does not hold an array")
        decoded = []
        for item in value if plural else [value]:
            result = decode_vocab(item, self._table.id_to_term)
            decoded.append(item if result is NOT_ENCODED else result)
        return decoded if plural else decoded[0]

    def _entries(
        self, node: dict[Any, Any], active: ActiveContext
    ) -> list[tuple[str, bool, Any, Any]]:
        entries = []
        for key, value in node.items():
            if key in (_CONTEXT, _CONTEXTS):
                continue
            term, plural = self._table.term_for_id(key)
            definition = active.terms.get(term)
            if definition is None and term not in KEYWORDS:
                raise InputError(f"the CBOR-LD term {term!r} is not defined where it is used")
            entries.append((term, plural, definition, value))
        entries.sort(key=lambda entry: js_order(entry[0]))
        return entries


def _inline(context: Any) -> Any:
    """Inline contexts arrive as CBOR maps; they must have text keys like any JSON object."""
    if isinstance(context, dict | list):
        return _plain(context)
    return context
