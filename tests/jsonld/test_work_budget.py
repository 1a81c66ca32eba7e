"""Canonicalization cannot be made to run for long (STANDARDS §7 A8).

Failure first: each hostile shape must end in a failed ``signature`` check that says why, not in
a hang. The timing guards are generous (a slow CI machine must not fail them); the speed itself is
measured in ``benchmarks/``.
"""

from __future__ import annotations

import copy
import time
from typing import Any

import pytest

from tests.verify.hostile import ISSUER, badge, check, poison_graph, sign, verify
from wallet.jsonld import CanonicalizationError, canonicalize, canonicalize_expanded
from wallet.jsonld.budget import (
    MAX_NODE_MAP_COMPARISONS,
    VERIFY_CANON_SECONDS,
    current_budget,
    node_map_comparisons,
    work_budget,
)
from wallet.verify import Status

ABOUT = "https://schema.org/about"
GENEROUS = 4 * VERIFY_CANON_SECONDS + 2.0


def _with_subject_data(value: Any, *, signed: bool) -> dict[str, Any]:
    document = badge()
    document["credentialSubject"][ABOUT] = value
    return sign(document) if signed else document


def _timed_verify(document: dict[str, Any]) -> tuple[Any, float]:
    started = time.monotonic()
    report = verify(document)
    return report, time.monotonic() - started


# --- poison graphs -----------------------------------------------------------------------------
def test_a_poison_graph_fails_the_signature_check_quickly() -> None:
    report, elapsed = _timed_verify(_with_subject_data(poison_graph(12), signed=False))
    status, message = check(report, "signature")
    assert status is Status.FAIL
    assert "poison graph" in message
    assert report.verdict.value == "invalid"
    assert elapsed < GENEROUS


def test_a_poison_graph_signed_by_its_issuer_still_fails() -> None:
    """Signing does not help: the verifier cannot afford to canonicalize it either."""
    document = badge()
    document["credentialSubject"][ABOUT] = poison_graph(12)
    with pytest.raises(CanonicalizationError, match="poison graph"):
        sign(document)


def test_a_small_symmetric_graph_is_canonicalized_and_signed_normally() -> None:
    """The bound is not a blanket refusal of blank nodes: five alike nodes are fine."""
    report = verify(_with_subject_data(poison_graph(5), signed=True))
    assert check(report, "signature")[0] is Status.PASS
    assert report.verdict.value == "valid"


def test_many_proofs_over_a_poison_graph_share_one_budget() -> None:
    """8 chained proofs each re-canonicalize the document; together they get one budget."""
    document = _with_subject_data(poison_graph(12), signed=False)
    first = dict(document["proof"], id="urn:proof:0")
    chained = [dict(first, id=f"urn:proof:{i}", previousProof="urn:proof:0") for i in range(1, 8)]
    document["proof"] = [first, *chained]
    report, elapsed = _timed_verify(document)
    assert check(report, "signature")[0] is Status.FAIL
    assert elapsed < GENEROUS


def test_poison_inside_every_proof_shares_one_budget() -> None:
    document = badge()
    document["proof"] = [dict(document["proof"], **{ABOUT: poison_graph(12)})] * 8
    report, elapsed = _timed_verify(document)
    assert check(report, "signature")[0] is Status.FAIL
    assert elapsed < GENEROUS


def test_a_presentation_of_many_poisoned_credentials_shares_one_budget() -> None:
    inner = _with_subject_data(poison_graph(12), signed=False)
    presentation = {
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "type": ["VerifiablePresentation"],
        "verifiableCredential": [dict(inner, id=f"urn:uuid:{i}") for i in range(6)],
    }
    report, elapsed = _timed_verify(presentation)
    assert [c.verdict.value for c in report.credentials] == ["invalid"] * 6
    assert elapsed < GENEROUS


# --- quadratic node maps ---------------------------------------------------------------------
def test_thousands_of_values_for_one_property_are_refused() -> None:
    """pyld compares each new value with all earlier ones; 20,000 tags took minutes."""
    document = badge()
    document["credentialSubject"]["achievement"]["tag"] = [f"tag {i}" for i in range(20_000)]
    report, elapsed = _timed_verify(document)
    status, message = check(report, "signature")
    assert status is Status.FAIL
    assert "too many values" in message
    assert elapsed < GENEROUS


def test_values_spread_over_copies_of_one_node_still_count_together() -> None:
    copies = [{"@id": "urn:x:same", "https://schema.org/keywords": f"k{i}"} for i in range(2000)]
    assert node_map_comparisons(copies) == 2000 * 1999 // 2
    with pytest.raises(CanonicalizationError, match="too many values"):
        canonicalize_expanded(copies)


def test_the_comparison_estimate_counts_each_property_of_each_subject() -> None:
    expanded = [
        {
            "@id": "urn:a",
            "@type": ["urn:T1", "urn:T2"],
            "urn:p": [{"@value": str(i)} for i in range(10)],
            "urn:q": [{"@id": "urn:b", "urn:p": [{"@value": "x"}, {"@value": "y"}]}],
        }
    ]
    assert node_map_comparisons(expanded) == 1 + 45 + 0 + 1


def test_an_ordinary_credential_costs_little() -> None:
    from wallet.jsonld import expand_strict

    expansion = expand_strict(badge())
    assert node_map_comparisons(expansion.expanded) < MAX_NODE_MAP_COMPARISONS // 100


# --- the budget itself -------------------------------------------------------------------------
def test_an_exhausted_budget_refuses_further_canonicalization() -> None:
    document = {k: v for k, v in badge().items() if k != "proof"}
    with work_budget() as budget:
        budget.deadline = time.monotonic() - 1
        with pytest.raises(CanonicalizationError, match="ran out of time"):
            canonicalize(document)


def test_a_budget_spent_on_comparisons_refuses_further_canonicalization() -> None:
    document = copy.deepcopy(badge())
    document["credentialSubject"]["achievement"]["tag"] = [f"t{i}" for i in range(100)]
    unsecured = {k: v for k, v in document.items() if k != "proof"}
    with work_budget(comparisons=6_000):
        canonicalize(unsecured)  # ~4,950 comparisons: fits
        with pytest.raises(CanonicalizationError, match="too many values"):
            canonicalize(unsecured)  # the second does not


def test_nested_budgets_share_the_outer_one() -> None:
    assert current_budget() is None
    with work_budget(seconds=5) as outer, work_budget(seconds=100) as inner:
        assert inner is outer
        assert current_budget() is outer
    assert current_budget() is None


def test_each_verification_gets_a_fresh_budget() -> None:
    """A spent budget does not leak into the next verification on the same thread."""
    poisoned = _with_subject_data(poison_graph(12), signed=False)
    assert verify(poisoned).verdict.value == "invalid"
    assert current_budget() is None
    assert verify(badge()).verdict.value == "valid"


def test_the_real_issuer_signs_the_ordinary_badge() -> None:
    assert badge()["issuer"]["id"] == ISSUER.did
