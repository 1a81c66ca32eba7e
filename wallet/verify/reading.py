"""One JSON-LD document as the verifier reads it: its expansion, its statements, its view, and
what its JSON says beyond them.

A :class:`Reading` is made once per document and context revision and serves everything: the
``format`` problems (:meth:`Reading.problems`), the canonical N-Quads the RDF proofs hash
(:meth:`Reading.rdfc`, computed once per hash), the signed view (:meth:`Reading.view`) and the
raw values of credentials nested inside it (:attr:`Reading.nested`). Reading never raises for a
bad document: what went wrong is in :attr:`Reading.failure`.

How a note counts depends on what the signature covers (issue 10): under an RDF proof, or with
no proof at all, JSON that its statements do not carry fails ``format``; under a JSON signature
(JWT, ``*-jcs-*``) the JSON itself is signed, so the same note is a warning.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from wallet.errors import UnknownContextError
from wallet.jsonld import (
    CanonicalizationError,
    Expansion,
    TooMuchWorkError,
    UnsupportedJsonLd,
    canonical_form,
    expand_document,
)
from wallet.jsonld.contexts import Overrides
from wallet.jsonld.expansion import Found
from wallet.jsonld.rdf import Statements
from wallet.jsonld.statements import tree_of
from wallet.jsonld.vocabulary import vocabulary
from wallet.proofs.suites import suite_for
from wallet.verify.view import EMPTY_VIEW, SignedView, ViewBasis
from wallet.wording import plain

__all__ = [
    "NESTED_PROPERTIES",
    "PROOF",
    "Failure",
    "Reading",
    "SignatureBasis",
]

PROOF = "https://w3id.org/security#proof"
_VC = "https://www.w3.org/2018/credentials#"
_OB = "https://purl.imsglobal.org/spec/vc/ob/vocab.html#"
_CLR = "https://purl.imsglobal.org/spec/vc/clr/vocab.html#"
# Credentials inside credentials, verified each on their own (STANDARDS §7 A10): found by the
# IRI of the property that holds them, whatever key the JSON wrote it with.
NESTED_PROPERTIES = frozenset(
    {
        _VC + "verifiableCredential",
        _CLR + "verifiableCredential",
        _OB + "endorsement",
        _OB + "endorsementJwt",
        "https://purl.imsglobal.org/spec/ob/v3p0/vocab.html#endorsement",
        "https://imsglobal.github.io/openbadges-specification/ob_v3p0.html#endorsement",
    }
)
_UNDEFINED_TERMS_CONTEXT = "https://www.w3.org/ns/credentials/undefined-terms/v2"

# What the signature covers: "rdf" (an RDF proof, or none), "json" (JWT, JCS).
SignatureBasis = Literal["rdf", "json"]


@dataclass(frozen=True)
class Failure:
    """Why a document could not be read. ``kind``: ``unknown-context`` and ``unsupported``
    make a credential unverifiable; ``invalid`` (not JSON-LD) and ``too-much-work`` do not."""

    kind: Literal["unknown-context", "unsupported", "invalid", "too-much-work"]
    message: str
    url: str | None = None


@dataclass
class Reading:
    """See the module docstring. Build with :meth:`of`."""

    document: dict[str, Any]
    basis: SignatureBasis
    expansion: Expansion | None = None
    failure: Failure | None = None
    overrides: Overrides = field(default_factory=dict)
    _statements: Statements | None = None
    _rdfc: dict[str, str] = field(default_factory=dict)
    _view: SignedView | None = None

    @classmethod
    def of(
        cls,
        document: dict[str, Any],
        basis: SignatureBasis,
        overrides: Overrides | None = None,
    ) -> Reading:
        reading = cls(document, basis, overrides=dict(overrides or {}))
        try:
            reading.expansion = expand_document(
                _as_linked_data(document),
                keep_undefined=basis == "json",
                overrides=overrides,
                watch=NESTED_PROPERTIES,
            )
        except UnknownContextError as exc:
            reading.failure = Failure(
                "unknown-context",
                f"it uses the JSON-LD context {plain(exc.url)}, which this wallet does not carry, "
                "so what it says cannot be read",
                exc.url,
            )
        except UnsupportedJsonLd as exc:
            reading.failure = Failure("unsupported", f"it cannot be read here: {exc}")
        except CanonicalizationError as exc:
            reading.failure = Failure("invalid", str(exc))
        return reading

    @property
    def nested(self) -> tuple[Found, ...]:
        """Raw values under the nested-credential properties (found by IRI while expanding).

        A JSON-signed document whose context is unknown has no expansion; its signed JSON is
        searched by the terms' usual names instead (the signature covers those keys).
        """
        if self.expansion is not None:
            return self.expansion.found
        if self.basis == "json" and self.failure is not None:
            return tuple(_found_by_name(self.document))
        return ()

    def root_types(self) -> list[str]:
        """The expanded types of the document's node (IRIs)."""
        if self.expansion is None or not self.expansion.nodes:
            return []
        return list(self.expansion.nodes[0].types)

    def statements(self) -> Statements:
        """The unsecured document's statements (without its proofs: VC-DI §4.2)."""
        if self._statements is None:
            if self.expansion is None:
                raise CanonicalizationError(self.failure.message if self.failure else "unread")
            self._statements = self.expansion.statements(without_root=frozenset({PROOF}))
        return self._statements

    def rdfc(self, hash_name: str = "sha256") -> str:
        """Canonical N-Quads of the unsecured document. Raises :class:`CanonicalizationError`
        (for a statement that would be dropped too: what is hashed is what is shown)."""
        cached = self._rdfc.get(hash_name)
        if cached is None:
            statements = self.statements()
            cached = canonical_form(statements.quads, hash_name)
            self._rdfc[hash_name] = cached
        return cached

    def view(self, basis: ViewBasis | None = None) -> SignedView:
        """The document's signed view (``basis`` as the verdict established it)."""
        if self._view is None:
            self._view = self._make_view(basis or self.basis)
        return self._view

    def _make_view(self, basis: ViewBasis) -> SignedView:
        if self.expansion is None:
            unreadable = self.failure is not None and self.failure.kind in (
                "unknown-context",
                "unsupported",
            )
            if basis == "json" and unreadable:
                # The signature covers this JSON as it is; only its meaning is unknown.
                return SignedView(self.document, "json")
            return EMPTY_VIEW
        try:
            statements = self.statements()
        except CanonicalizationError:
            return EMPTY_VIEW
        if not statements.roots:
            return EMPTY_VIEW
        data = tree_of(statements.quads, statements.roots[0], vocabulary())
        contexts = self.document.get("@context")
        if isinstance(contexts, list | str):
            data = {"@context": contexts, **data}
        revision = next(iter(self.overrides.values()), None)
        return SignedView(data, basis, revision)

    def problems(self, *, contexts: bool = True) -> tuple[list[str], list[str]]:
        """(failures, warnings) for the ``format`` check. ``contexts=False`` leaves out what
        only the document's @context list says (a proof configuration repeats that list)."""
        fail: list[str] = []
        warn: list[str] = []
        if self.failure is not None:
            if self.failure.kind in ("invalid", "too-much-work"):
                fail.append(self.failure.message)
            return fail, warn
        strict = self.basis == "rdf"
        listed = self.document.get("@context")
        if contexts and _UNDEFINED_TERMS_CONTEXT in (
            listed if isinstance(listed, list) else [listed]
        ):
            (fail if strict else warn).append(
                f"the context {_UNDEFINED_TERMS_CONTEXT} marks data whose terms no context defines"
            )
        assert self.expansion is not None
        for note in self.expansion.notes:
            if note.kind == "null":
                continue  # the schema row says it (schema_notes), once
            if note.kind in ("unsigned", "undefined-type"):
                warn.append(note.message)
            elif strict:
                fail.append(note.message)
            else:
                warn.append(_as_signed_json(note.message))
        try:
            dropped = self.statements().problems
        except TooMuchWorkError:
            return fail, warn
        except CanonicalizationError as exc:
            return [*fail, str(exc)], warn
        (fail if strict else warn).extend(dropped)
        return fail, warn

    def schema_notes(self) -> list[str]:
        """Notes that belong to the ``schema`` row (null members)."""
        if self.expansion is None:
            return []
        return [n.message for n in self.expansion.notes if n.kind == "null"]

    def undefined_types(self) -> frozenset[str]:
        """The types the document names that no context defines (not in its statements)."""
        if self.expansion is None:
            return frozenset()
        return frozenset(n.subject for n in self.expansion.notes if n.kind == "undefined-type")


def _as_linked_data(document: dict[str, Any]) -> dict[str, Any]:
    """The document as JSON-LD reads it. A legacy Linked Data proof (Ed25519Signature2018/2020,
    JsonWebSignature2020) that carries its own ``@context`` is a document of its own: the suites
    hash it with that context and the credential without it (jsonld-signatures), so read inside
    the credential it is not valid JSON-LD when its context redefines a term the credential's
    protects (``https://w3id.org/security/v2`` under VCDM 1.1's ``Ed25519Signature2018``). It is
    left out here; :mod:`wallet.proofs.embedded` reads it, strictly, as its configuration."""
    proofs = document.get("proof")
    items = proofs if isinstance(proofs, list) else [proofs]
    kept = [p for p in items if not _reads_itself(p)]
    if len(kept) == len(items):
        return document
    rest = {k: v for k, v in document.items() if k != "proof"}
    if kept:
        rest["proof"] = kept if isinstance(proofs, list) else kept[0]
    return rest


def _reads_itself(proof: Any) -> bool:
    if not isinstance(proof, dict) or "@context" not in proof:
        return False
    suite = suite_for(proof)
    return suite is not None and suite.legacy_context


_BY_NAME = {
    "verifiableCredential": _VC + "verifiableCredential",
    "endorsement": _OB + "endorsement",
    "endorsementJwt": _OB + "endorsementJwt",
}
_PLACES_BY_NAME = {
    "credentialSubject": _VC + "credentialSubject",
    "issuer": _VC + "issuer",
    "achievement": _OB + "achievement",
}


def _found_by_name(document: dict[str, Any]) -> list[Found]:
    """Nested credentials of a document read as plain JSON, at the places OB 3.0 puts them."""
    found: list[Found] = []
    places: list[tuple[tuple[str, ...], Any]] = [((), document)]
    path: tuple[str, ...]
    for key in ("issuer", "credentialSubject"):
        for item in _as_list(document.get(key)):
            if isinstance(item, dict):
                places.append(((_PLACES_BY_NAME[key],), item))
                achievement = item.get("achievement")
                if isinstance(achievement, dict):
                    path = (_PLACES_BY_NAME[key], _PLACES_BY_NAME["achievement"])
                    places.append((path, achievement))
    for path, node in places:
        for name, iri in _BY_NAME.items():
            for value in _as_list(node.get(name)):
                found.append(Found(iri, value, path))
    return found


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _as_signed_json(message: str) -> str:
    if "not defined by any context" in message:
        return message.replace(
            "is not defined by any context", "is shown as signed JSON; no context defines it"
        )
    return message
