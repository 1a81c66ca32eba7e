"""Attack 9: statements that chain deeper than the call stack answer, never crash.

JSON is capped at 64 levels, but its statements are not: nodes written side by side (under
``@included``, or as a list) can name one another, so the graph they make is as deep as the
document is long. The view reader and RDFC-1.0's N-degree hashing both followed such chains by
recursion, and a few hundred links ended in ``RecursionError``: a traceback instead of a
verdict, decided by how deep the caller's stack already was. Both are bounded by counts now:
the view embeds nodes to :data:`MAX_VIEW_LEVELS` levels (past it, a node is its id) and N-degree
hashing recurses at most :data:`MAX_DEPTH` deep (past it, the canonicalization is too much work:
``unverifiable``, the same on any machine and any stack).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.bounded import CPU_SECONDS, run_bounded
from tests.verify.hostile import NOW, badge, check, sign, unsecured
from wallet.formats.jsontext import MAX_JSON_DEPTH
from wallet.jsonld.rdf import Literal
from wallet.jsonld.rdfc import MAX_DEPTH, TooMuchWork, WorkMeter, canonical_nquads
from wallet.jsonld.statements import MAX_VIEW_LEVELS, MAX_VIEW_VALUES
from wallet.verify import Report, Verdict, VerifyOptions, verify_input

KNOWS = "https://schema.org/knows"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_T = TypeVar("_T")


def _chain(size: int, prefix: str, *, ring: bool = False) -> list[dict[str, Any]]:
    """``size`` nodes side by side in the JSON, each naming the next: one level of JSON, a
    chain (or a ring) ``size`` links deep in the statements."""
    return [
        {"id": f"{prefix}{i}", KNOWS: {"id": f"{prefix}{(i + 1) % size if ring else i + 1}"}}
        for i in range(size)
    ]


def _credential(nodes: list[dict[str, Any]], head: str, *, signed: bool) -> dict[str, Any]:
    document = unsecured(badge()) if signed else badge()
    document["credentialSubject"]["achievement"][KNOWS] = {"id": head}
    document["@included"] = nodes
    return sign(document) if signed else document  # unsigned: the issuer's proof no longer fits


def _verify(document: dict[str, Any]) -> Report:
    return verify_input(json.dumps(document).encode(), VerifyOptions(now=NOW))


def _depth(value: Any) -> int:
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict | list):
            deepest = max(deepest, level)
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, level + 1) for child in children)
    return deepest


def _at_stack_depth(frames: int, work: Callable[[], _T]) -> _T:
    """``work()`` run ``frames`` calls deeper than here (as inside a presentation, a thread)."""
    if frames <= 0:
        return work()
    return _at_stack_depth(frames - 1, work)


def test_a_signed_credential_whose_statements_chain_3000_deep_is_verified() -> None:
    """IRIs chained 3,000 deep: nothing to canonicalize there, so it is genuinely signed."""
    report = _verify(_credential(_chain(3000, "urn:n"), "urn:n0", signed=True))
    assert report.verdict is Verdict.VALID, report.checks
    assert _depth(report.view.data) <= MAX_VIEW_LEVELS < MAX_JSON_DEPTH
    # The view still holds the start of the chain, as signed; past the bound, nodes are ids.
    chain = report.view.data["credentialSubject"]["achievement"][KNOWS]
    assert chain["id"] == "urn:n0" and chain[KNOWS]["id"] == "urn:n1"


def test_a_blank_node_chain_is_read_not_a_crash() -> None:
    report = _verify(_credential(_chain(3000, "_:n"), "_:n0", signed=False))
    assert report.verdict is Verdict.UNVERIFIABLE
    assert "more canonicalization work" in check(report, "signature")[1]


def test_a_ring_of_blank_nodes_is_too_much_work_not_a_recursion_error() -> None:
    quads = [(f"_:n{i}", KNOWS, f"_:n{(i + 1) % 600}", None) for i in range(600)]
    with pytest.raises(TooMuchWork):
        canonical_nquads(quads, "sha256", WorkMeter(10**9))  # only the depth bound stops it


def test_a_long_list_of_equal_values_is_bounded_by_depth() -> None:
    """A list of equal items is a chain of alike blank nodes: each one's hash needs the next."""
    size = MAX_DEPTH + 50
    quads: list[Any] = [("urn:root", KNOWS, "_:l0", None)]
    for i in range(size):
        quads.append((f"_:l{i}", RDF + "first", Literal("x", RDF + "PlainLiteral"), None))
        following = f"_:l{i + 1}" if i < size - 1 else RDF + "nil"
        quads.append((f"_:l{i}", RDF + "rest", following, None))
    with pytest.raises(TooMuchWork):
        canonical_nquads(quads, "sha256", WorkMeter(10**9))


def test_shallow_blank_node_structures_still_canonicalize() -> None:
    quads = [(f"_:n{i}", KNOWS, f"_:n{(i + 1) % 20}", None) for i in range(20)]
    assert canonical_nquads(quads).count("\n") == 20


@settings(max_examples=12, deadline=None)
@given(
    size=st.integers(1, 900),
    shape=st.sampled_from(["iri-chain", "blank-chain", "blank-ring"]),
    frames=st.sampled_from([0, 400]),
)
def test_any_chain_gets_a_verdict_that_does_not_depend_on_the_stack(
    size: int, shape: str, frames: int
) -> None:
    """Property: whatever the chain, verification answers, within the view's depth bound, and
    the answer is the same called from deep inside a stack as from the top."""
    prefix = "urn:n" if shape == "iri-chain" else "_:n"
    nodes = _chain(size, prefix, ring=shape == "blank-ring")
    document = _credential(nodes, f"{prefix}0", signed=False)
    top = _verify(document)
    deep = _at_stack_depth(frames, lambda: _verify(document))
    assert top.checks == deep.checks
    assert top.verdict in (Verdict.INVALID, Verdict.UNVERIFIABLE)
    assert _depth(top.view.data) <= MAX_VIEW_LEVELS


def _shared_node(values: int, uses: int) -> dict[str, Any]:
    """One node of ``values`` values, used from ``uses`` other nodes: each use embeds it."""
    document = unsecured(badge())
    document["credentialSubject"]["achievement"][KNOWS] = [
        {"id": f"urn:r{i}", KNOWS: {"id": "urn:x"}} for i in range(uses)
    ]
    document["@included"] = [
        {"id": "urn:x", "https://schema.org/keywords": [f"k{i}" for i in range(values)]}
    ]
    return document


def _values(tree: Any) -> int:
    count, stack = 0, [tree]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
        count += 1
    return count


def test_a_node_used_from_many_places_cannot_multiply_the_view() -> None:
    """10,000 values used from 2,400 places were 24 million values in the view (14 s)."""
    report = _verify(sign(_shared_node(10_000, 2_400)))
    assert report.verdict is Verdict.VALID
    assert _values(report.view.data) <= 2 * MAX_VIEW_VALUES
    uses = report.view.data["credentialSubject"]["achievement"][KNOWS]
    first = uses[0][KNOWS]  # the first use, whole
    assert any(isinstance(v, list) and len(v) == 10_000 for v in first.values())
    assert "k9999" not in json.dumps(uses[-1])  # past the bound, ids only


def test_a_shared_node_at_the_input_cap_is_within_the_budget(tmp_path: Path) -> None:
    path = tmp_path / "shared.json"
    path.write_text(json.dumps(_shared_node(100_000, 6_000)), "utf-8")
    measured = run_bounded(
        f"""
        from datetime import datetime
        from pathlib import Path
        from wallet.verify import VerifyOptions, verify_input
        DATA = Path({str(path)!r}).read_bytes()
        def work():
            now = datetime.fromisoformat({NOW.isoformat()!r})
            return verify_input(DATA, VerifyOptions(now=now)).verdict.value
        """
    )
    assert measured.result in ("invalid", "unverifiable", "unsigned")
    assert measured.cpu < CPU_SECONDS, measured
