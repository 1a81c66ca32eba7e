"""JSON-LD to CBOR-LD, byte-compatible with ``@digitalcredentials/cborld`` 4.x (DCC ``vpqr``).

A JSON-LD document becomes a CBOR map whose keys are term ids and whose values are compressed by
the type their term definition gives them. Readers (Learner Credential Wallet, VerifierPlus, and
:mod:`.decoder`) recover the terms by walking the document the same way, so this walk is the
decoder's in the other direction, over the same :class:`~.context.TermTable` (whose docstring
lists the library's quirks that both repeat): apply the node's ``@context`` (never popped: its
later siblings see it), then its type-scoped contexts, then write its entries sorted by term,
applying property-scoped contexts and the value codecs of :mod:`.codecs`.

Output: ``0xd9 0x05 0x01`` (CBOR tag 0x0501, "compressed CBOR-LD, mode 1") + the CBOR map, written
by :mod:`.cbor_writer` with the conventions of the library's CBOR writer.
"""

from __future__ import annotations

from typing import Any

from wallet.errors import InputError
from wallet.formats.cborld.cbor_writer import CborWriteError, dumps
from wallet.formats.cborld.codecs import (
    NOT_ENCODED,
    CborldEncodeError,
    encode_context,
    encode_typed,
    encode_uri,
    encode_vocab,
)
from wallet.formats.cborld.context import (
    ActiveContext,
    ContextLoader,
    TermTable,
    js_order,
    truthy,
)
from wallet.formats.cborld.numbering import DCC, bundled_loader
from wallet.formats.cborld.registry import CBORLD_COMPRESSED_TAG, KEYWORDS

__all__ = ["CBORLD_COMPRESSED_TAG", "CborldEncodeError", "ContextLoader", "encode_cborld"]

_CONTEXT, _CONTEXTS = KEYWORDS["@context"], KEYWORDS["@context"] + 1


def encode_cborld(
    document: dict[str, Any] | list[dict[str, Any]], load: ContextLoader | None = None
) -> bytes:
    """The compressed CBOR-LD bytes of ``document`` (tag included); an array of documents shares
    one numbering, as the decoder reads it.

    ``load`` serves context documents by URL; by default the bundled store with the numbering the
    DCC apps read (:data:`~.numbering.DCC`), which raises UnknownContextError for any other URL
    (contexts are never fetched). Raises :class:`CborldEncodeError` when a term is defined by no
    context, a context is malformed, or a value cannot be written as the readers expect.
    """
    compressor = _Compressor(load or DCC.loader(bundled_loader))
    try:
        if isinstance(document, list):
            return CBORLD_COMPRESSED_TAG + dumps([compressor.transform(d, []) for d in document])
        return CBORLD_COMPRESSED_TAG + dumps(compressor.transform(document, []))
    except (CborWriteError, InputError) as exc:
        # InputError: the shared TermTable's report on the contexts, the decoder's wording.
        raise CborldEncodeError(str(exc)) from None


def _or(encoded: Any, original: Any) -> Any:
    return original if encoded is NOT_ENCODED else encoded


class _Compressor:
    def __init__(self, load: ContextLoader) -> None:
        self._table = TermTable(load)

    def transform(self, node: dict[str, Any], stack: list[ActiveContext]) -> dict[int, Any]:
        if not isinstance(node, dict):
            raise CborldEncodeError("CBOR-LD can only compress JSON objects")
        table = self._table
        out: dict[int, Any] = {}
        contexts = node.get("@context")
        table.apply_embedded(stack, contexts)  # as cborld: never popped
        if truthy(contexts):
            if isinstance(contexts, list):
                out[_CONTEXTS] = [_or(encode_context(c), c) for c in contexts]
            else:
                out[_CONTEXT] = _or(encode_context(contexts), contexts)
        child_stack = list(stack)
        active, top = table.apply_type_scoped(stack, node)
        for term, term_id, definition, value in self._entries(node, active):
            if term == "@id" or term in active.id_aliases:
                out[term_id] = _or(encode_uri(value), value)
            elif term == "@type" or term in active.type_aliases:
                values = value if isinstance(value, list) else [value]
                types = [_or(encode_vocab(v, table.term_to_id), v) for v in values]
                out[term_id] = types if isinstance(value, list) else types[0]
            else:
                out[term_id] = self._property(term, definition, value, active, stack, child_stack)
        del stack[top:]
        return out

    def _property(
        self,
        term: str,
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
            raise CborldEncodeError("a JSON-LD keyword is used as a property")
        term_type = table.term_type(active, definition)
        values = value if isinstance(value, list) else [value]
        encoded = [self._value(v, term_type, property_stack) for v in values]
        if scoped is not None:
            del stack[scoped[1] :]
        return encoded if isinstance(value, list) else encoded[0]

    def _value(self, value: Any, term_type: str | None, stack: list[ActiveContext]) -> Any:
        if value is None:
            return None
        encoded = encode_typed(term_type, value, self._table.term_to_id)
        if encoded is not NOT_ENCODED:
            return encoded
        if isinstance(value, list):
            return [self.transform(item, stack) for item in value]
        if isinstance(value, dict):
            return self.transform(value, stack)
        return value

    def _entries(
        self, node: dict[str, Any], active: ActiveContext
    ) -> list[tuple[str, int, Any, Any]]:
        """The node's entries in the order the library writes them: term, id, definition, value."""
        entries = []
        for term in sorted(node, key=js_order):
            if term == "@context":
                continue
            definition = active.terms.get(term)  # definitions are never null: None is a keyword
            if definition is None and term not in KEYWORDS:
                raise CborldEncodeError(f"the term {term!r} is not defined by any context")
            value = node[term]
            term_id = self._table.id_for_term(term, isinstance(value, list))
            entries.append((term, term_id, definition, value))
        return entries
