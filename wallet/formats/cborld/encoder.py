"""CBOR-LD compression, byte-compatible with ``@digitalcredentials/cborld`` 4.x (DCC ``vpqr``).

A JSON-LD document becomes a CBOR map whose keys are term ids and whose values are compressed
by the type their term definition gives them. Term ids are handed out two at a time from 100, in
the order the contexts' terms are first met (each context's keys sorted), so the reader, walking
the document the same way, recovers the same terms. Readers are Learner Credential Wallet and
VerifierPlus; for them to read what we write, this module walks documents exactly as that
library does — including its quirks, each marked "as cborld" below (the reader repeats them):

* an object's embedded contexts stay on the context stack its later siblings see;
* a context whose ``@context`` is an array is read as an object keyed "0", "1", …;
* a term a URL context sets to ``null`` does not hide the same term from an earlier context.

Output: ``0xd9 0x05 0x01`` (CBOR tag 0x0501, "compressed CBOR-LD, mode 1") + the CBOR map.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from wallet.jsonld import default_store
from wallet.present.cbor_writer import CborWriteError, dumps
from wallet.present.cborld_codecs import (
    KEEP,
    KEYWORDS,
    CborldEncodeError,
    encode_context,
    encode_date,
    encode_datetime,
    encode_multibase,
    encode_uri,
)

__all__ = ["CBORLD_COMPRESSED_TAG", "CborldEncodeError", "encode_cborld"]

CBORLD_COMPRESSED_TAG = b"\xd9\x05\x01"
FIRST_CUSTOM_TERM_ID = 100
_MISSING: Any = object()

ContextLoader = Callable[[str], Any]
"""Returns the parsed document at a context URL, or raises (UnknownContextError)."""


@dataclass
class _Active:
    """An active context: term definitions, scoped contexts and ``@id``/``@type`` aliases."""

    terms: dict[str, Any] = field(default_factory=dict)
    scoped: dict[str, Any] = field(default_factory=dict)
    id_aliases: list[str] = field(default_factory=list)
    type_aliases: list[str] = field(default_factory=list)
    source: Any = None

    def copy(self, source: Any) -> _Active:
        return _Active(
            dict(self.terms),
            dict(self.scoped),
            list(self.id_aliases),
            list(self.type_aliases),
            source,
        )


def encode_cborld(document: dict[str, Any], load: ContextLoader | None = None) -> bytes:
    """The compressed CBOR-LD bytes of ``document`` (tag included).

    Raises :class:`CborldEncodeError` when a term is defined by no context or a value cannot be
    written as the readers expect, and UnknownContextError for a context that is not bundled.
    """
    compressor = _Compressor(load or default_store().document)
    transformed = compressor.transform(document, [])
    try:
        return CBORLD_COMPRESSED_TAG + dumps(transformed)
    except CborWriteError as exc:
        raise CborldEncodeError(str(exc)) from None


def _js_sorted(keys: Any) -> list[str]:
    """Array.prototype.sort on strings: UTF-16 code unit order."""
    return sorted(keys, key=lambda k: k.encode("utf-16-be", "surrogatepass"))


def _truthy(value: Any) -> bool:
    """JavaScript truthiness for JSON values: [] and {} are true, "" and 0 are false."""
    if isinstance(value, list | dict):
        return True
    return bool(value)


class _Compressor:
    def __init__(self, load: ContextLoader) -> None:
        self._load = load
        self._entries: dict[Any, _Active] = {}
        self._keep_alive: list[Any] = []  # objects whose id() keys self._entries
        self._term_ids: dict[str, int] = dict(KEYWORDS)
        self._next_id = FIRST_CUSTOM_TERM_ID

    # --- walking the document -----------------------------------------------------------------
    def transform(self, node: dict[str, Any], stack: list[_Active]) -> dict[int, Any]:
        if not isinstance(node, dict):
            raise CborldEncodeError("CBOR-LD can only compress JSON objects")
        out: dict[int, Any] = {}
        self._update_stack(stack, node.get("@context"))  # as cborld: never popped
        self._encode_contexts(node, out)
        child_stack = list(stack)
        type_top = len(stack)
        active = self._apply_type_scoped(node, stack)
        for term, term_id, definition, value in self._entries_of(node, active):
            if term == "@id" or term in active.id_aliases:
                out[term_id] = _or(encode_uri(value), value)
                continue
            if term == "@type" or term in active.type_aliases:
                values = value if isinstance(value, list) else [value]
                encoded = [_or(self._vocab(v), v) for v in values]
                out[term_id] = encoded if isinstance(value, list) else encoded[0]
                continue
            property_stack, value_context, scoped_top = child_stack, active, None
            scoped = active.scoped.get(term)
            if _truthy(scoped):
                scoped_top = len(stack)
                self._update_stack(stack, scoped)
                value_context = stack[-1] if stack else _Active()
                property_stack = list(stack)
            term_type = self._term_type(value_context, definition)
            values = value if isinstance(value, list) else [value]
            encoded = [self._value(v, term_type, property_stack) for v in values]
            if scoped_top is not None:
                del stack[scoped_top:]
            out[term_id] = encoded if isinstance(value, list) else encoded[0]
        del stack[type_top:]
        return out

    def _value(self, value: Any, term_type: str | None, stack: list[_Active]) -> Any:
        if value is None:
            return None
        if term_type is not None:
            encoded = self._typed(value, term_type)
            if encoded is not KEEP:
                return encoded
        if isinstance(value, list):
            return [self.transform(item, stack) for item in value]
        if isinstance(value, dict):
            return self.transform(value, stack)
        return value

    def _typed(self, value: Any, term_type: str) -> Any:
        if term_type == "@id":
            return encode_uri(value)
        if term_type == "@vocab":
            return self._vocab(value)
        if term_type == "https://w3id.org/security#multibase":
            return encode_multibase(value)
        if term_type == "http://www.w3.org/2001/XMLSchema#date":
            return encode_date(value)
        if term_type == "http://www.w3.org/2001/XMLSchema#dateTime":
            return encode_datetime(value)
        return KEEP

    def _vocab(self, value: Any) -> Any:
        """A term name becomes its id; anything else is a URI."""
        if isinstance(value, str) and value in self._term_ids:
            return self._term_ids[value]
        return encode_uri(value)

    def _encode_contexts(self, node: dict[str, Any], out: dict[int, Any]) -> None:
        contexts = node.get("@context")
        if not _truthy(contexts):
            return
        if isinstance(contexts, list):
            out[KEYWORDS["@context"] + 1] = [_or(encode_context(c), c) for c in contexts]
        else:
            out[KEYWORDS["@context"]] = _or(encode_context(contexts), contexts)

    def _entries_of(self, node: dict[str, Any], active: _Active) -> list[tuple[str, int, Any, Any]]:
        entries = []
        for term in _js_sorted(node):
            if term == "@context":
                continue
            definition = active.terms.get(term, _MISSING)
            if definition is _MISSING and term not in KEYWORDS:
                raise CborldEncodeError(f"the term {term!r} is not defined by any context")
            term_id = self._term_ids.get(term)
            if term_id is None:
                raise CborldEncodeError(f"the term {term!r} has no CBOR-LD id")
            value = node[term]
            entries.append((term, term_id + isinstance(value, list), definition, value))
        return entries

    def _term_type(self, active: _Active, definition: Any) -> str | None:
        if definition is _MISSING:
            raise CborldEncodeError("a JSON-LD keyword is used as a property")
        declared = definition.get("@type") if isinstance(definition, dict) else None
        if not isinstance(declared, str) or not declared:
            return None
        prefix, *suffix = declared.split(":")
        prefix_definition = active.terms.get(prefix, _MISSING)
        if prefix_definition is _MISSING:
            return declared
        if isinstance(prefix_definition, str):
            return prefix_definition + ":".join(suffix)
        if isinstance(prefix_definition, dict) and isinstance(prefix_definition.get("@id"), str):
            return str(prefix_definition["@id"]) + ":".join(suffix)
        raise CborldEncodeError(f"the prefix {prefix!r} has an invalid definition")

    # --- contexts -----------------------------------------------------------------------------
    def _apply_type_scoped(self, node: dict[str, Any], stack: list[_Active]) -> _Active:
        active = stack[-1] if stack else _Active()
        found: list[str] = []
        for term in ["@type", *active.type_aliases]:
            value = node.get(term)
            for item in value if isinstance(value, list) else [value]:
                if isinstance(item, str) and item not in found:
                    found.append(item)
        scoped = active.scoped
        for type_name in _js_sorted(found):
            contexts = scoped.get(type_name)
            if _truthy(contexts):
                self._update_stack(stack, contexts)
                active = stack[-1]
                scoped = active.scoped
        return active

    def _update_stack(self, stack: list[_Active], contexts: Any) -> None:
        if not _truthy(contexts):
            return
        for context in contexts if isinstance(contexts, list) else [contexts]:
            entry = self._entries.get(self._key(context))
            if entry is None:
                if isinstance(context, str):
                    entry = self._add_context(self._document(context), context)
                else:
                    entry = self._add_context(context, None)
            new = entry.copy(context)
            old = stack[-1] if stack else None
            stack.append(new)
            if old is None:
                continue
            nulled = context if isinstance(context, dict) else {}
            for mine, theirs in (
                (new.id_aliases, old.id_aliases),
                (new.type_aliases, old.type_aliases),
            ):
                for alias in theirs:
                    kept = not (nulled.get(alias, 0) is None or alias in new.terms)
                    if kept and alias not in mine:
                        mine.append(alias)
            for key, value in old.scoped.items():
                if not (nulled.get(key, 0) is None or key in new.scoped):
                    new.scoped[key] = value
            for key, value in old.terms.items():
                if not (nulled.get(key, 0) is None or key in new.terms):
                    new.terms[key] = value

    def _key(self, context: Any) -> Any:
        return ("url", context) if isinstance(context, str) else ("object", id(context))

    def _document(self, url: str) -> Any:
        document = self._load(url)
        if not isinstance(document, dict):
            raise CborldEncodeError(f"the context document {url} is not a JSON object")
        return document.get("@context")

    def _add_context(self, context: Any, url: str | None) -> _Active:
        if isinstance(context, list):
            context = {str(i): v for i, v in enumerate(context)}  # as cborld: Object.keys
        if not isinstance(context, dict):
            raise CborldEncodeError("a JSON-LD context must be an object")
        imported = context.get("@import")
        if isinstance(imported, str) and imported:
            base = self._entries.get(self._key(imported))
            if base is None:
                base = self._add_context(self._document(imported), imported)
            context = {**base.source, **context}
        entry = _Active(source=context)
        for key in _js_sorted(context):
            definition = context[key]
            if not _truthy(definition):
                continue
            named = definition.get("id") if isinstance(definition, dict) else definition
            if named == "@id":
                entry.id_aliases.append(key)
            elif named == "@type":
                entry.type_aliases.append(key)
            if key in KEYWORDS:
                continue
            if key not in self._term_ids:
                self._term_ids[key] = self._next_id
                self._next_id += 2
            entry.terms[key] = definition
            scoped = definition.get("@context") if isinstance(definition, dict) else None
            if _truthy(scoped):
                entry.scoped[key] = scoped
        self._keep_alive.append(context)
        self._entries[("url", url) if url else self._key(context)] = entry
        return entry


def _or(encoded: Any, original: Any) -> Any:
    return original if encoded is KEEP else encoded
