"""Safe-mode JSON-LD expansion and bounded RDFC-1.0 canonicalization, over pinned contexts only.

pyld has no "safe mode": it drops terms no context defines, so data added to a signed credential
after signing would be shown but not signed (STANDARDS §7 A4). :func:`expand_strict` appends a
sentinel ``@vocab`` to a copy of the document's context, expands once, and reports every term that
fell through to it, every relative IRI and every inline context. The same expansion then feeds
:func:`canonicalize_expanded`, so a credential is expanded once per verification.

RDFC-1.0 (URDNA2015) can take exponential time on "poison graphs" of symmetric blank nodes; the
canonicalizer here counts its N-degree hashing steps and stops at a budget and a deadline, and
every canonicalization draws on the verification's shared :mod:`wallet.jsonld.budget`.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass
from typing import Any

from pyld import jsonld
from pyld.canon import URDNA2015
from pyld.identifier_issuer import IdentifierIssuer

from wallet.errors import UnknownContextError
from wallet.jsonld.budget import MAX_NODE_MAP_COMPARISONS, current_budget, node_map_comparisons
from wallet.jsonld.contexts import ContextStore, default_store
from wallet.jsonld.resolver import CachingProcessor, resolver_for

__all__ = [
    "CanonicalizationError",
    "ExpansionProblem",
    "canonicalize",
    "canonicalize_expanded",
    "expand_strict",
]

_SENTINEL = "urn:x-undefined-term:"
_NQUADS = "application/n-quads"
# A verifiable credential canonicalizes in a few hundred N-degree steps at most; a poison graph
# needs millions. The deadline is the backstop for what the step count does not catch.
MAX_NDEGREE_STEPS = 5_000
CANON_DEADLINE_SECONDS = 1.0


class CanonicalizationError(Exception):
    """The document cannot be turned into canonical N-Quads (bad JSON-LD or too much work).

    Raised by this module only; the verification pipeline turns it into a failed check.
    """


@dataclass(frozen=True)
class ExpansionProblem:
    """One reason the document is not safe to show as signed data (a ``format`` failure)."""

    message: str


@dataclass(frozen=True)
class Expansion:
    """A document expanded once, with what safe mode found wrong with it."""

    expanded: list[Any]
    problems: tuple[ExpansionProblem, ...]


def _unknown_context_in(exc: BaseException) -> UnknownContextError | None:
    """pyld wraps loader errors in JsonLdError chains; find ours inside."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, UnknownContextError):
            return current
        seen.add(id(current))
        details = getattr(current, "details", None)
        nested = details.get("cause") if isinstance(details, dict) else None
        if isinstance(nested, BaseException):
            current = nested
            continue
        current = current.__cause__ or current.__context__ or getattr(current, "cause", None)
    return None


_PROCESSORS: dict[int, CachingProcessor] = {}


def _expand(document: Any, store: ContextStore) -> list[Any]:
    processor = _PROCESSORS.get(id(store))
    if processor is None:
        processor = _PROCESSORS.setdefault(id(store), CachingProcessor(store))
    options = _options(store)
    options.setdefault("extractAllScripts", True)
    options.setdefault("processingMode", "json-ld-1.1")
    result: list[Any] = processor.expand(document, options)
    return result


def _options(store: ContextStore) -> dict[str, Any]:
    return {
        "documentLoader": store.pyld_loader,
        "contextResolver": resolver_for(store),
        "base": None,
    }


# VCDM 2.0 §5.2: this context maps undefined terms to an "undefined term" vocabulary, i.e. it
# marks them as unsigned-meaning data; the sentinel overrides it so they are reported (A4).
_UNDEFINED_TERMS_CONTEXT = "https://www.w3.org/ns/credentials/undefined-terms/v2"


# JSON-LD 1.1 §9.1: the keywords. Any other key of the form "@" + letters is reserved, and a
# processor ignores it: data under such a key is dropped from what the signature covers (A4).
_KEYWORDS = frozenset(
    {
        *("@base", "@container", "@context", "@direction", "@graph", "@id", "@import"),
        *("@included", "@index", "@json", "@language", "@list", "@nest", "@none", "@prefix"),
        *("@propagate", "@protected", "@reverse", "@set", "@type", "@value", "@version"),
        "@vocab",
    }
)


def _context_problems(document: Any) -> list[ExpansionProblem]:
    """Inline contexts, the undefined-terms context (A3, A4) and keys JSON-LD would drop (A4)."""
    problems: list[ExpansionProblem] = []
    ignored: set[str] = set()
    stack = [document]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
            continue
        if not isinstance(node, dict):
            continue
        if "@context" in node:
            contexts = node["@context"]
            for ctx in contexts if isinstance(contexts, list) else [contexts]:
                if not isinstance(ctx, str):
                    problems.append(ExpansionProblem("an inline @context object is not allowed"))
                elif ctx == _UNDEFINED_TERMS_CONTEXT:
                    # VCDM 2.0 §5.2: it gives terms no context defines an "undefined term" IRI:
                    # data whose meaning nobody defined. A strict verifier flags it.
                    problems.append(
                        ExpansionProblem(
                            f"the context {ctx} marks data whose terms no context defines"
                        )
                    )
        ignored.update(k for k in node if k.startswith("@") and k not in _KEYWORDS)
        stack.extend(value for key, value in node.items() if key != "@context")
    for key in sorted(ignored):
        problems.append(
            ExpansionProblem(f"the key {key!r} is not a JSON-LD keyword, so its data is not signed")
        )
    return problems


def _walk_expanded(expanded: Any, problems: list[ExpansionProblem]) -> None:
    """Report terms that expanded to the sentinel and IRIs that stayed relative."""
    undefined: set[str] = set()
    relative: set[str] = set()
    stack = [expanded]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
            continue
        if not isinstance(node, dict):
            continue
        for key, value in node.items():
            if key.startswith(_SENTINEL):
                undefined.add(key[len(_SENTINEL) :])
            elif key == "@id" and isinstance(value, str):
                if value.startswith(_SENTINEL):
                    undefined.add(value[len(_SENTINEL) :])
                elif not _is_absolute(value):
                    relative.add(value)
                continue
            elif key == "@type":
                for item in value if isinstance(value, list) else [value]:
                    if isinstance(item, str) and item.startswith(_SENTINEL):
                        undefined.add(item[len(_SENTINEL) :])
                    elif isinstance(item, str) and not _is_absolute(item):
                        relative.add(item)
                continue
            elif key == "@value":
                continue
            if isinstance(value, dict | list):
                stack.append(value)
    for term in sorted(undefined):
        problems.append(ExpansionProblem(f"the term {term!r} is not defined by any context"))
    for iri in sorted(relative):
        problems.append(ExpansionProblem(f"relative IRI {iri!r} is not allowed"))


def _is_absolute(iri: str) -> bool:
    if iri.startswith("_:"):
        return True
    scheme, sep, _ = iri.partition(":")
    return bool(sep) and scheme[:1].isalpha() and all(c.isalnum() or c in "+-." for c in scheme)


def expand_strict(document: dict[str, Any], store: ContextStore | None = None) -> Expansion:
    """Expand ``document`` once, in safe mode, with pinned contexts only.

    Returns the expansion and the problems found (undefined terms, relative IRIs, inline contexts).
    When there are none the expansion is exactly what plain expansion gives, so it can be
    canonicalized. Raises :class:`UnknownContextError` for a context URL that is not bundled and
    :class:`CanonicalizationError` when the document is not valid JSON-LD.
    """
    store = store or default_store()
    problems = _context_problems(document)
    contexts = document.get("@context")
    if contexts is None:
        raise CanonicalizationError("the document has no @context")
    context_list = list(contexts) if isinstance(contexts, list) else [contexts]
    for ctx in context_list:
        if isinstance(ctx, str) and not store.knows(ctx):
            raise UnknownContextError(ctx)
    if node_map_comparisons(document) > MAX_NODE_MAP_COMPARISONS:
        # Judged on the JSON before expanding it: expanding such a document is itself slow, and
        # a count gives the same answer on a busy machine as on an idle one.
        raise CanonicalizationError(_TOO_MANY_VALUES)
    probe = dict(document)
    if any(_gives_every_term_a_meaning(store, ctx) for ctx in context_list):
        probe["@context"] = context_list
    else:
        probe["@context"] = [*context_list, {"@vocab": _SENTINEL}]
    try:
        expanded = _expand(probe, store)
    except Exception as exc:  # pyld raises JsonLdError and, on odd input, plain Python errors
        unknown = _unknown_context_in(exc)
        if unknown is not None:
            raise unknown from None
        raise CanonicalizationError(f"JSON-LD expansion failed: {_describe(exc)}") from None
    _walk_expanded(expanded, problems)
    if problems:
        # The sentinel changed the expansion; give the signature check the plain one.
        expanded = _plain_expand(document, store)
    return Expansion(expanded=expanded, problems=tuple(problems))


def _gives_every_term_a_meaning(store: ContextStore, url: Any) -> bool:
    """True for a pinned context with its own top-level ``@vocab`` (the examples contexts).

    Such a context defines every term, so nothing is dropped and the sentinel would only
    override it. Only test and example contexts do this; production ones define each term.
    """
    if not isinstance(url, str) or url == _UNDEFINED_TERMS_CONTEXT or not store.knows(url):
        return False
    body = store.document(url).get("@context")
    return isinstance(body, dict) and "@vocab" in body


def _plain_expand(document: dict[str, Any], store: ContextStore) -> list[Any]:
    try:
        result: list[Any] = _expand(document, store)
    except Exception as exc:
        raise CanonicalizationError(f"JSON-LD expansion failed: {_describe(exc)}") from None
    return result


def _describe(exc: BaseException) -> str:
    parts: list[str] = []
    current: BaseException | None = exc
    while current is not None and len(parts) < 4:
        message = getattr(current, "message", None) or str(current).split("\n", 1)[0]
        parts.append(str(message)[:160])
        current = current.__cause__ or getattr(current, "cause", None)
    return ": ".join(dict.fromkeys(parts))


# RDFC-1.0 §4.4 lets the caller choose the hash; VC-DI-ECDSA §3.3.2 uses SHA-384 for P-384 keys,
# which changes the blank-node labels (and so the signed bytes) whenever labelling needs hashing.
RDFC_HASHES = frozenset({"sha256", "sha384"})


class _BoundedURDNA2015(URDNA2015):  # type: ignore[misc]
    """URDNA2015 that stops after a fixed number of N-degree hashing steps or a deadline."""

    def __init__(self, deadline: float, hash_algorithm: str = "sha256") -> None:
        super().__init__()
        self._steps = 0
        self._deadline = deadline
        self._hash_algorithm = hash_algorithm

    def create_hash(self) -> Any:
        return hashlib.new(self._hash_algorithm)

    def hash_n_degree_quads(self, id_: str, issuer: Any) -> Any:
        self._steps += 1
        if self._steps > MAX_NDEGREE_STEPS or time.monotonic() > self._deadline:
            raise CanonicalizationError(
                "canonicalization needs too much work (a blank-node 'poison graph')"
            )
        return super().hash_n_degree_quads(id_, issuer)


_PROCESSOR = jsonld.JsonLdProcessor()


def _draw_on_budget(expanded: list[Any]) -> float:
    """Charge this canonicalization to the open work budget; return its deadline.

    Raises :class:`CanonicalizationError` before any quadratic or exponential work starts when
    the document alone is too much, or the verification it belongs to has spent its budget.
    """
    comparisons = node_map_comparisons(expanded)
    deadline = time.monotonic() + CANON_DEADLINE_SECONDS
    budget = current_budget()
    if budget is None:
        if comparisons > MAX_NODE_MAP_COMPARISONS:
            raise CanonicalizationError(_TOO_MANY_VALUES)
        return deadline
    # The count is deterministic and the clock is not: judge by the count first, so the same
    # document gets the same reason on a busy machine and an idle one.
    budget.comparisons -= comparisons
    if budget.comparisons < 0:
        raise CanonicalizationError(_TOO_MANY_VALUES)
    if budget.seconds_left() <= 0:
        raise CanonicalizationError(
            "the verification ran out of time for canonicalization (too much signed data)"
        )
    return min(deadline, budget.deadline)


_TOO_MANY_VALUES = "the document has too many values for one property to canonicalize safely"


def canonicalize_expanded(expanded: list[Any], *, hash_algorithm: str = "sha256") -> str:
    """RDFC-1.0 canonical N-Quads of an already expanded document.

    ``hash_algorithm`` is RDFC-1.0's internal hash (``sha256``, or ``sha384`` for ECDSA P-384).
    Reuses pyld's node-map and RDF conversion (pinned pyld version) so the expansion done for the
    safe-mode check is not repeated. Raises :class:`CanonicalizationError`.
    """
    if hash_algorithm not in RDFC_HASHES:
        raise CanonicalizationError(f"RDFC-1.0 with {hash_algorithm} is not supported")
    deadline = _draw_on_budget(expanded)
    issuer = IdentifierIssuer("_:b")
    node_map: dict[str, Any] = {"@default": {}}
    try:
        _PROCESSOR._create_node_map(expanded, node_map, "@default", issuer)
        dataset = {}
        options = {
            "produceGeneralizedRdf": False,
            "rdfDirection": None,
            "processingMode": "json-ld-1.1",
        }
        for graph_name, graph in sorted(node_map.items()):
            if graph_name == "@default" or _is_absolute(graph_name):
                dataset[graph_name] = _PROCESSOR._graph_to_rdf(graph, issuer, options)
        canonicalizer = _BoundedURDNA2015(deadline, hash_algorithm)
        result: str = canonicalizer.main(dataset, {"format": _NQUADS})
    except CanonicalizationError:
        raise
    except Exception as exc:
        raise CanonicalizationError(f"canonicalization failed: {_describe(exc)}") from None
    return result


def canonicalize(
    document: dict[str, Any],
    store: ContextStore | None = None,
    *,
    hash_algorithm: str = "sha256",
) -> str:
    """Canonical N-Quads of a JSON-LD document (expansion without safe-mode checks).

    Used for proof configurations, whose terms are fixed by the suite. Raises
    :class:`UnknownContextError` or :class:`CanonicalizationError`.
    """
    store = store or default_store()
    try:
        expanded = _expand(document, store)
    except Exception as exc:
        unknown = _unknown_context_in(exc)
        if unknown is not None:
            raise unknown from None
        raise CanonicalizationError(f"JSON-LD expansion failed: {_describe(exc)}") from None
    return canonicalize_expanded(expanded, hash_algorithm=hash_algorithm)
