"""Offline JSON-LD for verification: expansion, statements and RDFC-1.0, over pinned contexts.

One expansion per document serves three purposes: the notes on what the JSON says beyond its
statements (safe mode, aliases; :mod:`wallet.jsonld.expansion`), the statements a signature
covers (:mod:`wallet.jsonld.rdf`) and, from them, the canonical N-Quads (:mod:`wallet.jsonld.rdfc`)
and the signed view (:mod:`wallet.jsonld.statements`).

Errors: :class:`UnknownContextError` for a context URL that is not bundled (the credential is
unverifiable), :class:`UnsupportedJsonLd` for JSON-LD this engine does not read (unverifiable),
:class:`CanonicalizationError` for a document that is not valid JSON-LD or asks for too much work.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from wallet.errors import UnknownContextError
from wallet.jsonld.budget import current_meter
from wallet.jsonld.contexts import ContextStore, Overrides, default_store
from wallet.jsonld.expansion import Expander, ExpansionNote, Found
from wallet.jsonld.model import Node
from wallet.jsonld.rdf import Quad, Statements, to_statements
from wallet.jsonld.rdfc import TooMuchWork, canonical_nquads
from wallet.jsonld.terms import JsonLdSyntaxError, UnsupportedJsonLd

__all__ = [
    "RDFC_HASHES",
    "SENTINEL_VOCAB",
    "CanonicalizationError",
    "Expansion",
    "ExpansionNote",
    "TooMuchWorkError",
    "UnsupportedJsonLd",
    "canonical_form",
    "canonicalize",
    "expand_document",
]

# Where a JSON signature's terms that no context defines are kept for its view (never signed
# as RDF: only documents whose signature covers the JSON itself are expanded this way).
SENTINEL_VOCAB = "urn:x-undefined-term:"
# RDFC-1.0 §4.4 lets the caller choose the hash; VC-DI-ECDSA §3.3.2 uses SHA-384 for P-384.
RDFC_HASHES = frozenset({"sha256", "sha384"})
# No genuine credential comes near; a 2 MB document of tiny values makes ~200,000.
MAX_QUADS = 250_000


class CanonicalizationError(Exception):
    """The document cannot be turned into statements (invalid JSON-LD, or too much work)."""


class TooMuchWorkError(CanonicalizationError):
    """Canonicalizing would take more work than any genuine credential needs (a poison graph).

    Not a sign of forgery: the document simply cannot be checked (``unverifiable``, issue 9).
    """


@dataclass(frozen=True)
class Expansion:
    """A document expanded once: its top-level nodes, the notes made on the way, the raw
    values found under watched properties, and the context revisions it was read with."""

    nodes: list[Node]
    notes: tuple[ExpansionNote, ...]
    found: tuple[Found, ...] = ()
    overrides: Overrides = field(default_factory=dict)

    def statements(self, *, without_root: frozenset[str] = frozenset()) -> Statements:
        """The document's statements; ``without_root`` leaves out those top-level properties
        (``proof``: the unsecured document a Data Integrity proof signs, VC-DI §4.2)."""
        nodes = self.nodes
        if without_root:
            nodes = [_without(node, without_root) for node in nodes]
        statements = to_statements(nodes)
        if len(statements.quads) > MAX_QUADS:
            raise CanonicalizationError("the document holds more statements than any credential")
        return statements


def _without(node: Node, properties: frozenset[str]) -> Node:
    kept = {k: v for k, v in node.properties.items() if k not in properties}
    return Node(node.id, node.types, kept, node.reverse, node.graph, node.included)


def expand_document(
    document: Any,
    store: ContextStore | None = None,
    *,
    keep_undefined: bool = False,
    overrides: Overrides | None = None,
    watch: frozenset[str] = frozenset(),
) -> Expansion:
    """Expand ``document`` with pinned contexts only.

    ``keep_undefined`` keeps terms no context defines (under :data:`SENTINEL_VOCAB`) for the
    view of a document whose signature covers its JSON. ``overrides`` serves context URLs from
    earlier revisions. Raises :class:`UnknownContextError`, :class:`UnsupportedJsonLd`,
    :class:`CanonicalizationError`.
    """
    store = store or default_store()
    if not isinstance(document, dict):
        raise CanonicalizationError("a JSON-LD document must be an object")
    contexts = document.get("@context")
    if contexts is None:
        raise CanonicalizationError("the document has no @context")
    for url in contexts if isinstance(contexts, list) else [contexts]:
        if isinstance(url, str) and not store.knows(url):
            raise UnknownContextError(url)
    expander = Expander(
        store.initial(overrides),
        store.loader(overrides),
        store.is_pinned_object,
        undefined_vocab=SENTINEL_VOCAB if keep_undefined else None,
        defining_vocabs=store.defining_vocabs,
        watch=watch,
    )
    try:
        nodes = expander.document(document)
    except JsonLdSyntaxError as exc:
        raise CanonicalizationError(f"not valid JSON-LD: {exc}") from None
    except RecursionError:
        raise CanonicalizationError("the document nests too deeply to read") from None
    return Expansion(nodes, tuple(expander.notes), tuple(expander.found), dict(overrides or {}))


def canonical_form(quads: list[Quad], hash_algorithm: str = "sha256") -> str:
    """RDFC-1.0 canonical N-Quads, drawing on the current verification's work meter."""
    if hash_algorithm not in RDFC_HASHES:
        raise CanonicalizationError(f"RDFC-1.0 with {hash_algorithm} is not supported")
    try:
        return canonical_nquads(quads, hash_algorithm, current_meter())
    except TooMuchWork as exc:
        raise TooMuchWorkError(str(exc)) from None


def canonicalize(
    document: dict[str, Any],
    store: ContextStore | None = None,
    *,
    hash_algorithm: str = "sha256",
    overrides: Overrides | None = None,
) -> str:
    """Canonical N-Quads of a whole JSON-LD document (a proof configuration, a document to sign).

    Raises :class:`CanonicalizationError` also when a statement would be dropped: what is
    canonicalized must be everything the document says.
    """
    statements = expand_document(document, store, overrides=overrides).statements()
    if statements.problems:
        raise CanonicalizationError("; ".join(statements.problems[:3]))
    return canonical_form(statements.quads, hash_algorithm)
