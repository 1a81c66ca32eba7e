"""RDF Dataset Canonicalization (RDFC-1.0, W3C Recommendation 2024), with a deterministic bound.

Steps follow RDFC-1.0 §4.4 (the algorithm), §4.6 (hash first degree quads), §4.7 (hash related
blank node) and §4.8 (hash N-degree quads). The hash is a parameter (§4.4: SHA-256 by default;
VC-DI-ECDSA §3.3.2 runs it with SHA-384 for P-384 keys).

A blank node's quads are a set, as rdf-canonize (the reference implementation) keeps them: a
quad that names the same blank node twice counts once.

"Poison graphs" of symmetric blank nodes make §4.8 exponential. Every permutation tried and every
N-degree call draws one unit from a :class:`WorkMeter`; when it runs out the canonicalization
stops with :class:`TooMuchWork`, as it does when §4.8 would recurse more than :data:`MAX_DEPTH`
deep (a chain of alike blank nodes). The bounds are counts, not a clock or the stack, so the same
document gets the same answer on a busy machine and an idle one (issue 9). Permutations of equal
related blank nodes give equal paths, so only distinct ones are tried: the result is the same,
the work less.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass

from wallet.jsonld.rdf import Literal, Quad, nquad

__all__ = ["MAX_DEPTH", "TooMuchWork", "WorkMeter", "canonical_nquads"]

# A credential needs a few dozen units; a presentation of many CLRs a few thousand. A poison
# graph asks for millions.
DEFAULT_WORK = 20_000
# How deep §4.8 may recurse into related blank nodes. A chain of alike blank nodes (a ring, a
# long list of equal values) recurses once per link; past a few hundred that would exhaust
# Python's stack (a RecursionError, whose threshold depends on how deep the caller already is)
# long before the meter runs out. Counted like the work, so the answer is the same anywhere.
MAX_DEPTH = 200


class TooMuchWork(Exception):
    """Canonicalization would need more work than any genuine credential does."""


class WorkMeter:
    """Units of canonicalization work left; shared by every canonicalization of one input."""

    def __init__(self, units: int = DEFAULT_WORK) -> None:
        self.left = units

    def spend(self, units: int = 1) -> None:
        self.left -= units
        if self.left < 0:
            raise TooMuchWork("canonicalization needs too much work (a blank-node 'poison graph')")


class _Issuer:
    """An identifier issuer (RDFC-1.0 §4.5): issues ``prefix + n`` in order of first request."""

    __slots__ = ("_counter", "_prefix", "issued")

    def __init__(self, prefix: str) -> None:
        self._prefix = prefix
        self._counter = 0
        self.issued: dict[str, str] = {}

    def issue(self, existing: str) -> str:
        found = self.issued.get(existing)
        if found is None:
            found = self.issued[existing] = f"{self._prefix}{self._counter}"
            self._counter += 1
        return found

    def copy(self) -> _Issuer:
        other = _Issuer(self._prefix)
        other._counter = self._counter
        other.issued = dict(self.issued)
        return other


@dataclass
class _Result:
    hash: str
    issuer: _Issuer


class _Canonicalizer:
    def __init__(self, quads: list[Quad], hash_name: str, meter: WorkMeter) -> None:
        self._hash_name = hash_name
        self._meter = meter
        self._quads_of: dict[str, list[Quad]] = {}
        for quad in quads:
            seen: set[str] = set()
            for term in (quad[0], quad[2], quad[3]):
                if isinstance(term, str) and term.startswith("_:") and term not in seen:
                    seen.add(term)
                    self._quads_of.setdefault(term, []).append(quad)
        self._first_degree: dict[str, str] = {}
        self.canonical = _Issuer("_:c14n")

    def _hash(self, text: str) -> str:
        return hashlib.new(self._hash_name, text.encode("utf-8")).hexdigest()

    def run(self) -> None:
        """§4.4.3 steps 3-5: issue canonical identifiers for every blank node."""
        by_hash: dict[str, list[str]] = {}
        for node in self._quads_of:
            by_hash.setdefault(self.first_degree(node), []).append(node)
        shared: list[str] = []
        for digest in sorted(by_hash):
            nodes = by_hash[digest]
            if len(nodes) == 1:
                self.canonical.issue(nodes[0])
            else:
                shared.append(digest)
        for digest in shared:
            results: list[_Result] = []
            for node in by_hash[digest]:
                if node in self.canonical.issued:
                    continue
                temporary = _Issuer("_:b")
                temporary.issue(node)
                results.append(self.n_degree(node, temporary))
            for result in sorted(results, key=lambda r: r.hash):
                for existing in result.issuer.issued:
                    self.canonical.issue(existing)

    def first_degree(self, node: str) -> str:
        """§4.6.3: the hash of the node's quads, itself as ``_:a`` and others as ``_:z``."""
        cached = self._first_degree.get(node)
        if cached is not None:
            return cached
        lines = sorted(
            nquad(*(_mark(term, node) for term in quad))  # type: ignore[arg-type]
            for quad in self._quads_of[node]
        )
        digest = self._hash("".join(lines))
        self._first_degree[node] = digest
        return digest

    def _related(self, related: str, quad: Quad, issuer: _Issuer, position: str) -> str:
        """§4.7.3: hash of a blank node as seen from another, through one quad."""
        label = self.canonical.issued.get(related) or issuer.issued.get(related)
        if label is None:
            label = self.first_degree(related)
        text = position if position == "g" else f"{position}<{quad[1]}>"
        return self._hash(text + label)

    def n_degree(self, node: str, issuer: _Issuer, depth: int = 0) -> _Result:
        """§4.8.3: hash N-degree quads (``depth``: how many calls this one is nested in)."""
        self._meter.spend()
        if depth > MAX_DEPTH:
            raise TooMuchWork("canonicalization recurses too deep (a chain of alike blank nodes)")
        related_by_hash: dict[str, list[str]] = {}
        for quad in self._quads_of[node]:
            for term, position in ((quad[0], "s"), (quad[2], "o"), (quad[3], "g")):
                if isinstance(term, str) and term.startswith("_:") and term != node:
                    digest = self._related(term, quad, issuer, position)
                    related_by_hash.setdefault(digest, []).append(term)
        data = []
        for digest in sorted(related_by_hash):
            data.append(digest)
            chosen_path = ""
            chosen_issuer: _Issuer | None = None
            for permutation in _distinct_permutations(related_by_hash[digest]):
                self._meter.spend()
                path, copy = self._path(permutation, issuer, chosen_path, depth)
                if path is not None and (not chosen_path or path < chosen_path):
                    chosen_path, chosen_issuer = path, copy
            data.append(chosen_path)
            assert chosen_issuer is not None
            issuer = chosen_issuer
        return _Result(self._hash("".join(data)), issuer)

    def _path(
        self, permutation: tuple[str, ...], issuer: _Issuer, chosen: str, depth: int
    ) -> tuple[str | None, _Issuer]:
        """§4.8.3 step 5.4: one permutation's path, or None once it cannot beat ``chosen``."""
        copy = issuer.copy()
        path = ""
        recursion: list[str] = []
        for related in permutation:
            label = self.canonical.issued.get(related)
            if label is not None:
                path += label
            else:
                if related not in copy.issued:
                    recursion.append(related)
                path += copy.issue(related)
            if chosen and len(path) >= len(chosen) and path > chosen:
                return None, copy
        for related in recursion:
            result = self.n_degree(related, copy, depth + 1)
            path += copy.issue(related)
            path += f"<{result.hash}>"
            copy = result.issuer
            if chosen and len(path) >= len(chosen) and path > chosen:
                return None, copy
        return path, copy


def _mark(term: str | Literal | None, node: str) -> str | Literal | None:
    if isinstance(term, str) and term.startswith("_:"):
        return "_:a" if term == node else "_:z"
    return term


def _distinct_permutations(items: list[str]) -> Iterator[tuple[str, ...]]:
    """Every ordering of ``items`` once, equal items not told apart (lexicographic order)."""
    pool = sorted(items)
    size = len(pool)
    while True:
        yield tuple(pool)
        # Narayana's next permutation.
        i = size - 2
        while i >= 0 and pool[i] >= pool[i + 1]:
            i -= 1
        if i < 0:
            return
        j = size - 1
        while pool[j] <= pool[i]:
            j -= 1
        pool[i], pool[j] = pool[j], pool[i]
        pool[i + 1 :] = reversed(pool[i + 1 :])


def canonical_nquads(
    quads: list[Quad], hash_name: str = "sha256", meter: WorkMeter | None = None
) -> str:
    """The canonical N-Quads document of ``quads`` (RDFC-1.0 §4.4.3 step 6).

    Raises :class:`TooMuchWork` when the meter runs out.
    """
    canonicalizer = _Canonicalizer(quads, hash_name, meter or WorkMeter())
    canonicalizer.run()
    labels = canonicalizer.canonical.issued

    def relabel(term: str | Literal | None) -> str | Literal | None:
        if isinstance(term, str) and term.startswith("_:"):
            return labels[term]
        return term

    lines = {nquad(*(relabel(t) for t in quad)) for quad in quads}  # type: ignore[arg-type]
    return "".join(sorted(lines))
