"""Attack 9: a document's own contexts cannot make reading it cost more than any credential's.

Pinned contexts are processed once per process. A context the document carries was processed
wherever it applied, and within the 2 MB input cap that was quadratic: a scoped context of
3,000 terms on 5,000 nodes took 120 s (a 173 KB file), 30,000 terms each with a scoped context
22 s, 5,000 small inline contexts 8 s. Now the expansion processes each (context, local
context) pair once, and a per-document allowance bounds what inline contexts define
(:mod:`wallet.jsonld.inline`); past it the document cannot be read here (unverifiable).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.bounded import CPU_SECONDS, run_bounded
from tests.jsonld.oracle import pyld_canonical
from tests.verify.hostile import NOW, badge, check, sign, unsecured, verify
from wallet.jsonld import canonical_form, expand_document
from wallet.jsonld.inline import MAX_INLINE_CONTEXTS, MAX_INLINE_TERMS
from wallet.verify import Status, Verdict


def _scoped_on_many_nodes(terms: int, nodes: int) -> dict[str, Any]:
    document = unsecured(badge())
    scoped = {f"t{i}": f"https://example.org/t{i}" for i in range(terms)}
    document["@context"] = [
        *document["@context"],
        {"part": {"@id": "https://example.org/part", "@context": scoped}},
    ]
    document["credentialSubject"]["achievement"]["part"] = [{"t0": f"p{n}"} for n in range(nodes)]
    return document


def _many_scoped_terms(terms: int) -> dict[str, Any]:
    document = unsecured(badge())
    definitions = {f"t{i}": {"@id": f"https://e.org/{i}", "@context": {}} for i in range(terms)}
    document["@context"] = [*document["@context"], definitions]
    return document


def _many_contexts(count: int) -> dict[str, Any]:
    document = unsecured(badge())
    extra = [{f"c{j}t{i}": f"https://e.org/{j}/{i}" for i in range(10)} for j in range(count)]
    document["@context"] = [*document["@context"], *extra]
    return document


def test_a_scoped_context_on_many_nodes_is_read_once_and_signed() -> None:
    """400 terms on 3,000 nodes: within the allowance, read once, and genuinely signed."""
    report = verify(sign(_scoped_on_many_nodes(400, 3000)))
    assert report.verdict is Verdict.VALID, report.checks
    parts = report.view.data["credentialSubject"]["achievement"]["https://example.org/part"]
    assert len(parts) == 3000


@pytest.mark.parametrize(
    ("document", "why"),
    [
        (lambda: _scoped_on_many_nodes(MAX_INLINE_TERMS + 1, 5000), "define more than"),
        # each term's scoped context is a context object read to validate it (JSON-LD 1.1 §4.2.2)
        (lambda: _many_scoped_terms(30_000), "contexts of its own"),
        (lambda: _many_contexts(MAX_INLINE_CONTEXTS + 1), "define more than"),
    ],
    ids=["scoped-on-nodes", "many-scoped-terms", "many-contexts"],
)
def test_past_the_allowance_a_document_cannot_be_read(document: Any, why: str) -> None:
    report = verify(document())
    status, message = check(report, "format")
    assert status is Status.WARN and why in message
    assert report.view.data == {}


@pytest.mark.parametrize(
    "shape", ["scoped-on-nodes", "many-scoped-terms", "many-contexts"]
)
def test_each_shape_at_the_input_cap_is_within_the_budget(shape: str, tmp_path: Path) -> None:
    """Each shape grown to ~1.7 MB, verified in a child under 1 GiB and 5 s of CPU."""
    document = {
        "scoped-on-nodes": lambda: _scoped_on_many_nodes(3000, 40_000),
        "many-scoped-terms": lambda: _many_scoped_terms(30_000),
        "many-contexts": lambda: _many_contexts(5000),
    }[shape]()
    path = tmp_path / "input.json"
    path.write_text(json.dumps(document), "utf-8")
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
    assert measured.result in ("unsigned", "invalid", "unverifiable")
    assert measured.cpu < CPU_SECONDS, measured


_IRIS = ["https://example.org/p", "https://schema.org/name", "urn:x", "ex:thing"]
_definition = st.sampled_from(_IRIS) | st.fixed_dictionaries(
    {"@id": st.sampled_from(_IRIS)},
    optional={
        "@context": st.dictionaries(
            st.sampled_from(["a", "b", "ex"]), st.sampled_from(_IRIS), max_size=2
        ),
        "@type": st.sampled_from(["@id", "http://www.w3.org/2001/XMLSchema#string"]),
    },
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    definitions=st.dictionaries(st.sampled_from(["part", "ex", "a", "b"]), _definition, min_size=1),
    nodes=st.lists(
        st.dictionaries(st.sampled_from(["a", "b", "part", "ex:thing"]), st.just("v"), max_size=2),
        max_size=6,
    ),
)
def test_reading_each_context_once_changes_no_statement(
    definitions: dict[str, Any], nodes: list[dict[str, Any]]
) -> None:
    """Property: with contexts applied at many nodes, the statements are pyld's."""
    document = unsecured(badge())
    document["@context"] = [*document["@context"], {"ex": "https://example.org/ex#", **definitions}]
    document["credentialSubject"]["achievement"]["part"] = nodes
    try:
        expected = pyld_canonical(document)
    except Exception:
        return  # invalid JSON-LD for pyld too: nothing to compare
    statements = expand_document(document).statements()
    if statements.problems:
        return
    assert canonical_form(statements.quads) == expected
