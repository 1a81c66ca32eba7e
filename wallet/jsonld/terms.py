"""Active contexts: JSON-LD 1.1 context processing over pinned context documents.

Implements the Context Processing (JSON-LD 1.1 API §4.1), Create Term Definition (§4.2) and IRI
Expansion (§5.2) algorithms with a null base IRI, for the features the bundled contexts and real
credentials use: ``@version``, ``@vocab``, ``@language``, ``@protected``, ``@propagate``, term
definitions with ``@id``/``@reverse``/``@type``/``@container``/``@context``/``@language``/
``@prefix``, compact IRIs, remote context URLs (pinned only) and ``null`` resets.

An :class:`ActiveContext` never changes once built. Processing a local context on top of one
returns a new context; results for pinned local contexts (which never change either) are
remembered on the parent, so a credential's contexts are processed once per process.

Inline contexts a credential carries may only add or redefine terms (issue 10): ``@vocab``,
``@base``, ``@import``, ``@direction`` and containers this engine does not read raise
:class:`UnsupportedJsonLd`. Invalid JSON-LD raises :class:`JsonLdSyntaxError`.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from wallet.jsonld.inline import InlineAllowance, InlineTooLarge
from wallet.jsonld.iri import is_absolute_iri, is_keyword_form
from wallet.wording import shown

__all__ = [
    "KEYWORDS",
    "ActiveContext",
    "JsonLdSyntaxError",
    "LoadContext",
    "TermDefinition",
    "UnsupportedJsonLd",
    "expand_iri",
    "has_iri_form",
    "process_context",
]

KEYWORDS = frozenset(
    {
        *("@base", "@container", "@context", "@direction", "@graph", "@id", "@import"),
        *("@included", "@index", "@json", "@language", "@list", "@nest", "@none", "@prefix"),
        *("@propagate", "@protected", "@reverse", "@set", "@type", "@value", "@version"),
        "@vocab",
    }
)
_GEN_DELIMS = frozenset(":/?#[]@")
_CONTAINERS = frozenset({"@list", "@set", "@graph", "@language", "@index", "@id", "@type"})
_READ_CONTAINERS = frozenset({"@list", "@set", "@graph"})
_TERM_KEYS = frozenset(
    {
        *("@id", "@reverse", "@container", "@context", "@direction", "@index", "@language"),
        *("@nest", "@prefix", "@protected", "@type"),
    }
)
# How deep remote and scoped contexts may nest: the bundled ones nest three deep.
MAX_CONTEXT_DEPTH = 16


class JsonLdSyntaxError(ValueError):
    """The document or one of its contexts is not valid JSON-LD (a ``format`` failure)."""


class UnsupportedJsonLd(ValueError):
    """Valid JSON-LD that uses a feature this engine does not read (``unverifiable``)."""


# url -> the context document's "@context" value; raises UnknownContextError for other URLs.
LoadContext = Callable[[str], Any]

_UNSET: Any = object()


@dataclass(frozen=True, slots=True)
class TermDefinition:
    """One term: what it expands to and how its values are read (JSON-LD 1.1 API §4.2)."""

    iri: str | None  # an absolute IRI, a blank node id, a keyword, or None (explicitly unmapped)
    reverse: bool = False
    type: str | None = None  # "@id", "@vocab", "@json", "@none" or a datatype IRI
    container: frozenset[str] = frozenset()
    language: Any = _UNSET  # a lower-case tag, None (explicitly no language) or unset
    context: Any = _UNSET  # the term's scoped context, unprocessed
    protected: bool = False
    prefix: bool = False

    def same_as(self, other: TermDefinition) -> bool:
        """Equal but for the protected flag (JSON-LD 1.1 API §4.2.2 step 27.1)."""
        return replace(self, protected=False) == replace(other, protected=False)

    @property
    def has_language(self) -> bool:
        return self.language is not _UNSET

    @property
    def has_context(self) -> bool:
        return self.context is not _UNSET


@dataclass(eq=False)
class ActiveContext:
    """The terms in force at one point of a document. Treat as immutable once built."""

    terms: dict[str, TermDefinition] = field(default_factory=dict)
    vocab: str | None = None
    language: str | None = None
    # Set when a type-scoped context (propagate false) was applied: where to return on entering
    # a nested node object (§4.1.2 step 3, expansion §5.1.2 step 7).
    previous: ActiveContext | None = None
    _derived: dict[tuple[Any, ...], ActiveContext] = field(default_factory=dict, repr=False)
    _by_iri: dict[str, tuple[str, ...]] | None = field(default=None, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def clone(self) -> ActiveContext:
        return ActiveContext(dict(self.terms), self.vocab, self.language, self.previous)

    def has_protected(self) -> bool:
        return any(t.protected for t in self.terms.values())

    def terms_for(self, iri: str) -> tuple[str, ...]:
        """Every term that expands to ``iri`` here (shortest first, then alphabetical)."""
        index = self._by_iri
        if index is None:
            found: dict[str, list[str]] = {}
            for term, definition in self.terms.items():
                if definition.iri is not None and not definition.reverse:
                    found.setdefault(definition.iri, []).append(term)
            index = {k: tuple(sorted(v, key=lambda t: (len(t), t))) for k, v in found.items()}
            self._by_iri = index
        return index.get(iri, ())

    def remembered(self, key: tuple[Any, ...]) -> ActiveContext | None:
        return self._derived.get(key)

    def remember(self, key: tuple[Any, ...], result: ActiveContext) -> ActiveContext:
        with self._lock:
            if len(self._derived) > 4096:
                self._derived.clear()
            return self._derived.setdefault(key, result)


@dataclass
class _Run:
    """State of one context-processing call: where contexts come from, which may be kept."""

    load: LoadContext
    is_pinned: Callable[[object], bool]
    allowance: InlineAllowance
    depth: int = 0


def process_context(
    active: ActiveContext,
    local: Any,
    load: LoadContext,
    is_pinned: Callable[[object], bool],
    *,
    override_protected: bool = False,
    propagate: bool = True,
    allowance: InlineAllowance | None = None,
) -> ActiveContext:
    """The context that results from applying ``local`` to ``active`` (§4.1.2).

    ``load`` serves pinned context documents by URL; ``is_pinned`` tells whether an object is
    part of one (such results are remembered). What inline contexts define is drawn from
    ``allowance`` (one per document: :mod:`wallet.jsonld.inline`). Raises
    :class:`JsonLdSyntaxError`, :class:`UnsupportedJsonLd` (also past the allowance) or the
    loader's :class:`UnknownContextError`.
    """
    run = _Run(load, is_pinned, allowance or InlineAllowance())
    try:
        return _process(active, local, run, override_protected, propagate, ())
    except InlineTooLarge as exc:
        raise UnsupportedJsonLd(str(exc)) from None


def _process(
    active: ActiveContext,
    local: Any,
    run: _Run,
    override_protected: bool,
    propagate: bool,
    remote: tuple[str, ...],
) -> ActiveContext:
    if run.depth > MAX_CONTEXT_DEPTH:
        raise JsonLdSyntaxError("contexts nest too deeply (context overflow)")
    cacheable = isinstance(local, str) or run.is_pinned(local)
    key = (local if isinstance(local, str) else id(local), override_protected, propagate)
    if cacheable:
        hit = active.remembered(key)
        if hit is not None:
            return hit
    run.depth += 1
    try:
        result = _process_uncached(active, local, run, override_protected, propagate, remote)
    finally:
        run.depth -= 1
    if cacheable:
        result = active.remember(key, result)
    return result


def _process_uncached(
    active: ActiveContext,
    local: Any,
    run: _Run,
    override_protected: bool,
    propagate: bool,
    remote: tuple[str, ...],
) -> ActiveContext:
    contexts = local if isinstance(local, list) else [local]
    if isinstance(local, dict) and "@propagate" in local:
        if not isinstance(local["@propagate"], bool):
            raise JsonLdSyntaxError("@propagate must be true or false")
        propagate = local["@propagate"]
    result = active
    if not propagate and result.previous is None:
        result = result.clone()
        result.previous = active
    for context in contexts:
        if context is None:
            # §4.1.2 step 5.1: a null context resets, unless that would drop protected terms.
            if not override_protected and result.has_protected():
                raise JsonLdSyntaxError(
                    "a null @context cannot clear protected terms (invalid context nullification)"
                )
            previous = result.previous if not propagate else None
            result = ActiveContext(previous=previous)
            continue
        if isinstance(context, str):
            if context in remote:
                raise JsonLdSyntaxError(f"the context {context} includes itself")
            loaded = run.load(context)
            result = _process(result, loaded, run, False, True, (*remote, context))
            continue
        if not isinstance(context, dict):
            raise JsonLdSyntaxError("a @context must be a URL, an object or null")
        result = _define_all(result, context, run, override_protected, remote)
    return result


def _define_all(
    active: ActiveContext,
    context: dict[str, Any],
    run: _Run,
    override_protected: bool,
    remote: tuple[str, ...],
) -> ActiveContext:
    """One context object's entries (§4.1.2 step 5.5 onwards)."""
    inline = not run.is_pinned(context)
    if inline:
        _refuse_inline_features(context)
        run.allowance.spend_context()
    result = active.clone()
    if "@version" in context and context["@version"] != 1.1:
        raise JsonLdSyntaxError(f"@version {shown(context['@version'])} is not 1.1")
    if "@vocab" in context:
        vocab = context["@vocab"]
        if vocab is None:
            result.vocab = None
        elif isinstance(vocab, str):
            expanded = expand_iri(result, vocab, vocab=True)
            if expanded is None or not (is_absolute_iri(expanded) or expanded.startswith("_:")):
                raise JsonLdSyntaxError(f"@vocab {shown(vocab)} is not an IRI")
            result.vocab = expanded
        else:
            raise JsonLdSyntaxError("@vocab must be a string or null")
    if "@language" in context:
        language = context["@language"]
        if language is not None and not isinstance(language, str):
            raise JsonLdSyntaxError("@language must be a string or null")
        result.language = language.lower() if isinstance(language, str) else None
    protected = context.get("@protected", False)
    if not isinstance(protected, bool):
        raise JsonLdSyntaxError("@protected must be true or false")
    defined: dict[str, bool] = {}
    for term in context:
        if term in ("@base", "@direction", "@import", "@language", "@propagate"):
            continue
        if term in ("@protected", "@version", "@vocab"):
            continue
        _define_term(result, context, term, defined, protected, override_protected, run, remote)
    return result


def _refuse_inline_features(context: dict[str, Any]) -> None:
    """Issue 10: an inline context may add terms; anything that changes how undefined terms,
    relative IRIs or text direction are read would change what safe mode can see."""
    for keyword in ("@vocab", "@base", "@import", "@direction", "@propagate"):
        if keyword in context:
            raise UnsupportedJsonLd(
                f"an inline @context with {keyword}: this wallet reads inline contexts that "
                "only add terms"
            )


def _define_term(
    active: ActiveContext,
    local: dict[str, Any],
    term: str,
    defined: dict[str, bool],
    protected: bool,
    override_protected: bool,
    run: _Run,
    remote: tuple[str, ...],
) -> None:
    """Create Term Definition (§4.2.2), writing into ``active`` (which is being built)."""
    state = defined.get(term)
    if state is True:
        return
    if state is False:
        raise JsonLdSyntaxError(
            f"the term {shown(term)} is defined through itself (cyclic IRI mapping)"
        )
    if term == "":
        raise JsonLdSyntaxError("a term may not be empty")
    if not run.is_pinned(local):
        run.allowance.spend_term()
    defined[term] = False
    value = local[term]
    if (
        term == "@type"
        and isinstance(value, dict)
        and value
        and set(value)
        <= {
            "@container",
            "@protected",
        }
    ):
        if value.get("@container", "@set") != "@set":
            raise JsonLdSyntaxError("@type may only be redefined as a @set")
    elif term in KEYWORDS:
        raise JsonLdSyntaxError(f"the keyword {term} cannot be redefined")
    elif is_keyword_form(term):
        defined[term] = True  # §4.2.2 step 5: reserved form, ignored with a warning
        return
    previous = active.terms.pop(term, None)
    active._by_iri = None
    simple = isinstance(value, str)
    if value is None:
        value = {"@id": None}
    elif simple:
        value = {"@id": value}
    elif not isinstance(value, dict):
        raise JsonLdSyntaxError(f"the definition of {shown(term)} must be a string or an object")
    unknown = set(value) - _TERM_KEYS
    if unknown:
        raise JsonLdSyntaxError(
            f"the definition of {shown(term)} has unknown entries {sorted(unknown)}"
        )
    term_protected = value.get("@protected", protected)
    if not isinstance(term_protected, bool):
        raise JsonLdSyntaxError("@protected must be true or false")
    for entry in ("@index", "@nest", "@direction"):
        if entry in value:
            raise UnsupportedJsonLd(
                f"the term {shown(term)} uses {entry}, which this wallet cannot read"
            )

    type_mapping = None
    if "@type" in value:
        raw_type = value["@type"]
        if not isinstance(raw_type, str):
            raise JsonLdSyntaxError(f"the @type of {shown(term)} must be a string")
        type_mapping = _expand_local(active, local, raw_type, defined, run, remote, protected)
        if type_mapping not in ("@id", "@json", "@none", "@vocab") and not (
            isinstance(type_mapping, str) and is_absolute_iri(type_mapping)
        ):
            raise JsonLdSyntaxError(f"the @type of {shown(term)} is not an IRI")

    container = _container_of(term, value)
    if "@reverse" in value:
        if "@id" in value or "@nest" in value:
            raise JsonLdSyntaxError(f"the reverse term {shown(term)} may not have @id or @nest")
        raw = value["@reverse"]
        if not isinstance(raw, str) or is_keyword_form(raw):
            raise JsonLdSyntaxError(f"the @reverse of {shown(term)} must be an IRI")
        reverse = _expand_local(active, local, raw, defined, run, remote, protected)
        if reverse is None or not (is_absolute_iri(reverse) or reverse.startswith("_:")):
            raise JsonLdSyntaxError(f"the @reverse of {shown(term)} is not an IRI")
        if container - {"@set", "@index"}:
            raise JsonLdSyntaxError(f"the reverse term {shown(term)} has an invalid container")
        definition = TermDefinition(
            reverse, reverse=True, type=type_mapping, container=container, protected=term_protected
        )
        _store(active, term, definition, previous, override_protected, defined)
        return

    prefix = False
    raw_id = value.get("@id", _UNSET)
    iri: str | None
    if raw_id is not _UNSET and raw_id != term:
        if raw_id is None:
            iri = None
        elif not isinstance(raw_id, str):
            raise JsonLdSyntaxError(f"the @id of {shown(term)} must be a string")
        elif raw_id not in KEYWORDS and is_keyword_form(raw_id):
            defined[term] = True
            return
        else:
            iri = _expand_local(active, local, raw_id, defined, run, remote, protected)
            if iri is None or not (iri in KEYWORDS or is_absolute_iri(iri) or iri.startswith("_:")):
                raise JsonLdSyntaxError(f"the term {shown(term)} does not map to an IRI")
            if iri == "@context":
                raise JsonLdSyntaxError("no term may map to @context")
            if (":" in term[1:-1]) or "/" in term:
                defined[term] = True
                if _expand_local(active, local, term, defined, run, remote, protected) != iri:
                    raise JsonLdSyntaxError(
                        f"the term {shown(term)} looks like an IRI but maps to another one"
                    )
            elif simple and (iri[-1:] in _GEN_DELIMS or iri.startswith("_:")):
                prefix = True
    elif ":" in term[1:]:
        head, _, rest = term.partition(":")
        if head in local and not rest.startswith("//"):
            _define_term(active, local, head, defined, protected, override_protected, run, remote)
        head_definition = active.terms.get(head)
        if head_definition is not None and head_definition.iri is not None:
            iri = head_definition.iri + rest
        else:
            iri = term
    elif "/" in term:
        iri = expand_iri(active, term, vocab=True)
        if iri is None or not is_absolute_iri(iri):
            raise JsonLdSyntaxError(f"the term {shown(term)} is not an absolute IRI")
    elif term == "@type":
        iri = "@type"
    elif active.vocab is not None:
        iri = active.vocab + term
    else:
        raise JsonLdSyntaxError(f"the term {shown(term)} maps to no IRI (no @id and no @vocab)")

    if "@prefix" in value:
        if not isinstance(value["@prefix"], bool) or ":" in term or "/" in term:
            raise JsonLdSyntaxError(f"the @prefix of {shown(term)} is invalid")
        prefix = value["@prefix"]
        if prefix and iri in KEYWORDS:
            raise JsonLdSyntaxError(f"the keyword alias {shown(term)} cannot be a prefix")
    scoped = _UNSET
    if "@context" in value:
        scoped = value["@context"]
        # §4.2.2 step 21.3: the scoped context must itself be valid; check it now, on a copy:
        # ``active`` is still being built, so nothing processed on it may be remembered.
        _process(active.clone(), scoped, run, True, True, remote)
    language = _UNSET
    if "@language" in value and "@type" not in value:
        raw_language = value["@language"]
        if raw_language is not None and not isinstance(raw_language, str):
            raise JsonLdSyntaxError(f"the @language of {shown(term)} must be a string or null")
        language = raw_language.lower() if isinstance(raw_language, str) else None
    definition = TermDefinition(
        iri,
        type=type_mapping,
        container=container,
        language=language,
        context=scoped,
        protected=term_protected,
        prefix=prefix,
    )
    _store(active, term, definition, previous, override_protected, defined)


def _container_of(term: str, value: dict[str, Any]) -> frozenset[str]:
    if "@container" not in value:
        return frozenset()
    raw = value["@container"]
    if raw is None:
        return frozenset()
    items = raw if isinstance(raw, list) else [raw]
    if not all(isinstance(i, str) and i in _CONTAINERS for i in items):
        raise JsonLdSyntaxError(f"the @container of {shown(term)} is invalid")
    container = frozenset(items)
    if "@list" in container and len(container) > 1:
        raise JsonLdSyntaxError(f"the @container of {shown(term)} mixes @list with others")
    if container - _READ_CONTAINERS:
        raise UnsupportedJsonLd(
            f"the term {shown(term)} uses a {' '.join(sorted(container - _READ_CONTAINERS))} "
            "container, which this wallet cannot read"
        )
    return container


def _store(
    active: ActiveContext,
    term: str,
    definition: TermDefinition,
    previous: TermDefinition | None,
    override_protected: bool,
    defined: dict[str, bool],
) -> None:
    if previous is not None and previous.protected and not override_protected:
        # §4.2.2 step 27: a protected term may only be "redefined" to the same definition.
        if not definition.same_as(previous):
            raise JsonLdSyntaxError(f"the protected term {shown(term)} cannot be redefined")
        definition = previous
    active.terms[term] = definition
    active._by_iri = None
    defined[term] = True


def _expand_local(
    active: ActiveContext,
    local: dict[str, Any],
    value: str,
    defined: dict[str, bool],
    run: _Run,
    remote: tuple[str, ...],
    protected: bool,
) -> str | None:
    """IRI expansion while a context is being defined (§5.2.2 steps 3 and 4)."""
    if value in local and defined.get(value) is not True and value not in KEYWORDS:
        _define_term(active, local, value, defined, protected, False, run, remote)
    if ":" in value[1:]:
        head = value.split(":", 1)[0]
        if head in local and defined.get(head) is not True and head not in KEYWORDS:
            _define_term(active, local, head, defined, protected, False, run, remote)
    return expand_iri(active, value, vocab=True)


def expand_iri(active: ActiveContext, value: str, *, vocab: bool = False) -> str | None:
    """IRI Expansion (§5.2.2) with a null base: relative references stay as they are.

    Returns None for an explicitly unmapped term and for the reserved ``@``-letters form.
    """
    if value in KEYWORDS:
        return value
    if value[:1] == "@" and is_keyword_form(value):
        return None
    if vocab:
        definition = active.terms.get(value)
        if definition is not None:
            return definition.iri
    colon = value.find(":")
    if colon > 0:
        head, rest = value[:colon], value[colon + 1 :]
        if head == "_" or rest.startswith("//"):
            return value
        definition = active.terms.get(head)
        if definition is not None and definition.iri is not None and definition.prefix:
            return definition.iri + rest
        if has_iri_form(value):
            return value
    if vocab and active.vocab is not None:
        return active.vocab + value
    return value


# Their pattern is /^([A-Za-z][A-Za-z0-9+-.]*|_):[^\s]*$/, where "+-." is a range that also
# admits ",": kept, so both sides agree on every input.
_IRI_FORM = re.compile(r"^([A-Za-z][A-Za-z0-9+,\-.]*|_):[^\s]*$")


def has_iri_form(value: str) -> bool:
    """The loose "form of an absolute IRI" JSON-LD processors test (jsonld.js, pyld): a scheme
    and no whitespace. Expansion must decide as they do, or the signed statements would differ;
    :mod:`wallet.jsonld.iri` then applies RDF's stricter rules to the result."""
    return _IRI_FORM.match(value) is not None
