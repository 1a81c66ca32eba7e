"""DCQL, the Digital Credentials Query Language (OpenID4VP 1.0 §6), for W3C credentials.

A verifier's ``dcql_query`` lists credential queries (``id``, ``format``, ``meta``, ``claims``,
``multiple``) and optionally ``credential_sets`` saying which combinations satisfy it. Here:

- formats ``ldp_vc`` (Data Integrity-secured JSON-LD) and ``jwt_vc_json`` (VC-JWT); others are
  read and reported as not answerable;
- ``meta.type_values`` (Appendix B.1.1) is a list of alternatives, each a set of *expanded* type
  IRIs that must all be among the credential's types after its ``@context`` is applied. They
  are matched against the types the credential's signed statements carry
  (:meth:`wallet.verify.reading.Reading.root_types`), never against the short names of its
  JSON, so a context that renames a type cannot make a credential match, or miss;
- ``claims`` paths (§7) are followed in the signed view (``report.view``): a string selects a
  member, ``null`` every element of a list, an integer one element; ``values`` must hold one
  of the listed values. ``claim_sets`` take the first option the credential satisfies;
- ``credential_sets``: each required set needs one option whose every query has a match.

Parsing is bounded: at most :data:`MAX_QUERIES` queries and :data:`MAX_PATH` path elements.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from wallet.jsonld.vocabulary import vocabulary

__all__ = [
    "FORMATS",
    "MAX_PATH",
    "MAX_QUERIES",
    "Candidate",
    "ClaimQuery",
    "CredentialQuery",
    "DcqlError",
    "DcqlQuery",
    "parse_dcql",
]

FORMATS = frozenset({"ldp_vc", "jwt_vc_json"})
MAX_QUERIES = 50
MAX_PATH = 16
_LIST = object()


class DcqlError(ValueError):
    """A ``dcql_query`` that is not well formed (the message says where)."""


@dataclass(frozen=True)
class ClaimQuery:
    path: tuple[str | int | None, ...]
    values: tuple[Any, ...] | None
    id: str | None


@dataclass(frozen=True)
class CredentialQuery:
    id: str
    format: str
    type_values: tuple[frozenset[str], ...]
    claims: tuple[ClaimQuery, ...]
    claim_sets: tuple[tuple[str, ...], ...]
    multiple: bool

    def words(self) -> str:
        """What this query asks for, for a person: "a credential of type OpenBadgeCredential
        showing credentialSubject › achievement › name"."""
        names = vocabulary()
        kinds = []
        for alternative in self.type_values:
            short = sorted(_short(names.type_name(iri)) for iri in alternative)
            # Every W3C credential is a VerifiableCredential: say it only when it is all asked.
            kinds.append(" and ".join([t for t in short if t != "VerifiableCredential"] or short))
        what = "credentials" if self.multiple else "a credential"
        text = f"{what} of type {' or '.join(kinds)}" if kinds else what
        shown = [" › ".join("any" if p is None else str(p) for p in c.path) for c in self.claims]
        if shown:
            text += " showing " + ", ".join(shown)
        return text


def _short(name: str) -> str:
    return name.rsplit("#", 1)[-1].rsplit("/", 1)[-1] if "://" in name else name


@dataclass(frozen=True)
class Candidate:
    """A stored credential as DCQL sees it: its format, its expanded types, its signed view."""

    key: str
    format: str
    types: frozenset[str]
    view: dict[str, Any]


@dataclass(frozen=True)
class DcqlQuery:
    credentials: tuple[CredentialQuery, ...]
    credential_sets: tuple[tuple[tuple[str, ...], ...], ...]  # required sets' options only

    def matches(self, candidates: Sequence[Candidate]) -> dict[str, list[Candidate]]:
        """Each query id -> the candidates that satisfy it, in the order given."""
        return {q.id: [c for c in candidates if _satisfies(q, c)] for q in self.credentials}

    def answerable(self, found: dict[str, list[Candidate]]) -> list[str] | None:
        """The query ids to answer, or None when what is held cannot satisfy the query."""
        if not self.credential_sets:
            ids = [q.id for q in self.credentials]
            return ids if all(found.get(i) for i in ids) else None
        chosen: list[str] = []
        for options in self.credential_sets:
            option = next((o for o in options if all(found.get(i) for i in o)), None)
            if option is None:
                return None
            chosen += [i for i in option if i not in chosen]
        return chosen


def parse_dcql(value: Any) -> DcqlQuery:
    """Read a ``dcql_query`` (a JSON object, or its JSON text). Raises DcqlError."""
    if isinstance(value, str):
        import json

        try:
            value = json.loads(value)
        except json.JSONDecodeError:
            raise DcqlError("the dcql_query is not JSON") from None
    if not isinstance(value, dict):
        raise DcqlError("the dcql_query is not a JSON object")
    queries = value.get("credentials")
    if not isinstance(queries, list) or not queries:
        raise DcqlError("the dcql_query lists no credentials")
    if len(queries) > MAX_QUERIES:
        raise DcqlError(f"the dcql_query lists more than {MAX_QUERIES} credentials")
    parsed = tuple(_credential_query(q, n) for n, q in enumerate(queries, 1))
    ids = [q.id for q in parsed]
    if len(set(ids)) != len(ids):
        raise DcqlError("two credential queries share an id")
    sets = []
    for entry in value.get("credential_sets") or []:
        if not isinstance(entry, dict) or not isinstance(entry.get("options"), list):
            raise DcqlError("a credential set has no options")
        if entry.get("required", True) is False:
            continue
        options = tuple(tuple(str(i) for i in o) for o in entry["options"] if isinstance(o, list))
        if not options or any(i not in ids for o in options for i in o):
            raise DcqlError("a credential set names a query that does not exist")
        sets.append(options)
    return DcqlQuery(parsed, tuple(sets))


def _credential_query(value: Any, n: int) -> CredentialQuery:
    if not isinstance(value, dict) or not isinstance(value.get("id"), str):
        raise DcqlError(f"credential query {n} has no id")
    fmt = value.get("format")
    if not isinstance(fmt, str):
        raise DcqlError(f"credential query {n} names no format")
    meta = value.get("meta")
    meta = meta if isinstance(meta, dict) else {}
    raw_types = meta.get("type_values", [])
    if not isinstance(raw_types, list) or not all(isinstance(t, list) for t in raw_types):
        raise DcqlError(f"credential query {n}: type_values is not a list of lists")
    type_values = tuple(frozenset(str(iri) for iri in t) for t in raw_types)
    claims = tuple(_claim(c, n) for c in value.get("claims") or [])
    claim_sets = tuple(
        tuple(str(i) for i in s) for s in value.get("claim_sets") or [] if isinstance(s, list)
    )
    return CredentialQuery(
        value["id"], fmt, type_values, claims, claim_sets, value.get("multiple") is True
    )


def _claim(value: Any, n: int) -> ClaimQuery:
    path = value.get("path") if isinstance(value, dict) else None
    if not isinstance(path, list) or not path or len(path) > MAX_PATH:
        raise DcqlError(f"credential query {n} has a claim without a usable path")
    if not all(p is None or (isinstance(p, str | int) and not isinstance(p, bool)) for p in path):
        raise DcqlError(f"credential query {n} has a claim path with a value of the wrong kind")
    values = value.get("values")
    claim_id = value.get("id")
    return ClaimQuery(
        tuple(path),
        tuple(values) if isinstance(values, list) else None,
        claim_id if isinstance(claim_id, str) else None,
    )


def _satisfies(query: CredentialQuery, candidate: Candidate) -> bool:
    if query.format != candidate.format or query.format not in FORMATS:
        return False
    if not query.type_values or not any(t <= candidate.types for t in query.type_values):
        return False  # B.1.1: type_values is REQUIRED for W3C formats
    if query.claim_sets:
        by_id = {c.id: c for c in query.claims if c.id}
        return any(
            all(i in by_id and _claim_holds(by_id[i], candidate.view) for i in option)
            for option in query.claim_sets
        )
    return all(_claim_holds(c, candidate.view) for c in query.claims)


def _claim_holds(claim: ClaimQuery, data: dict[str, Any]) -> bool:
    selected = select(data, claim.path)
    if not selected:
        return False
    if claim.values is None:
        return True
    return any(value == wanted for value in selected for wanted in claim.values)


def select(data: Any, path: Sequence[str | int | None]) -> list[Any]:
    """OpenID4VP 1.0 §7.1: the values ``path`` selects in ``data`` (empty when none)."""
    current = [data]
    for component in path:
        following: list[Any] = []
        for item in current:
            if component is None:
                if isinstance(item, list):
                    following += item
                else:
                    following.append(item)  # the view writes one value without a list
            elif isinstance(component, int):
                if isinstance(item, list) and 0 <= component < len(item):
                    following.append(item[component])
                elif component == 0 and not isinstance(item, list):
                    following.append(item)
            elif isinstance(item, dict) and component in item:
                following.append(item[component])
        current = following
        if not current:
            return []
    return [v for v in current if v is not None]
