"""Canonicalization cannot be made to run for long, and its bound is a count (STANDARDS §7 A8).

A poison graph (or any document that would need more canonicalization work than a genuine
credential) is ``unverifiable``: nothing shows it is forged, only that it cannot be checked, and
the same document gets the same answer on a busy machine as on an idle one (issue 9). The timing
guards here are generous backstops for a slow CI; the speed itself is in ``benchmarks/``.
"""

from __future__ import annotations

import time
from typing import Any

import pytest

from tests.verify.hostile import ISSUER, badge, check, poison_graph, sign, verify
from wallet.jsonld import CanonicalizationError, TooMuchWorkError, canonicalize
from wallet.jsonld.budget import current_meter, work_budget
from wallet.jsonld.rdfc import WorkMeter
from wallet.verify import Status, Verdict

ABOUT = "https://schema.org/about"
GENEROUS = 10.0


def _with_subject_data(value: Any, *, signed: bool) -> dict[str, Any]:
    document = badge()
    document["credentialSubject"][ABOUT] = value
    return sign(document) if signed else document


def _timed_verify(document: dict[str, Any]) -> tuple[Any, float]:
    started = time.process_time()
    report = verify(document)
    return report, time.process_time() - started


# --- poison graphs -----------------------------------------------------------------------------
def test_a_poison_graph_is_unverifiable_quickly() -> None:
    report, elapsed = _timed_verify(_with_subject_data(poison_graph(12), signed=False))
    status, message = check(report, "signature")
    assert status is Status.WARN
    assert "more canonicalization work than any genuine credential" in message
    assert report.verdict is Verdict.UNVERIFIABLE
    assert elapsed < GENEROUS


def test_the_answer_does_not_depend_on_the_machine() -> None:
    document = _with_subject_data(poison_graph(9), signed=False)
    first, second = verify(document), verify(document)
    assert first.checks == second.checks


def test_a_poison_graph_cannot_be_signed_either() -> None:
    """The verifier cannot afford to canonicalize it, and neither can the wallet's signer."""
    document = badge()
    document["credentialSubject"][ABOUT] = poison_graph(12)
    with pytest.raises(TooMuchWorkError, match="poison graph"):
        sign(document)


def test_a_small_symmetric_graph_is_canonicalized_and_signed_normally() -> None:
    """The bound is not a blanket refusal of blank nodes: five alike nodes are fine."""
    report = verify(_with_subject_data(poison_graph(5), signed=True))
    assert check(report, "signature")[0] is Status.PASS
    assert report.verdict is Verdict.VALID


def test_many_proofs_over_a_poison_graph_share_one_meter() -> None:
    """8 chained proofs each re-canonicalize the document; together they get one meter."""
    document = _with_subject_data(poison_graph(12), signed=False)
    first = dict(document["proof"], id="urn:proof:0")
    chained = [dict(first, id=f"urn:proof:{i}", previousProof="urn:proof:0") for i in range(1, 8)]
    document["proof"] = [first, *chained]
    report, elapsed = _timed_verify(document)
    assert report.verdict is not Verdict.VALID
    assert elapsed < GENEROUS


def test_poison_inside_every_proof_shares_one_meter() -> None:
    document = badge()
    document["proof"] = [dict(document["proof"], **{ABOUT: poison_graph(12)})] * 8
    report, elapsed = _timed_verify(document)
    assert report.verdict is not Verdict.VALID
    assert elapsed < GENEROUS


def test_a_presentation_of_many_poisoned_credentials_shares_one_meter() -> None:
    inner = _with_subject_data(poison_graph(12), signed=False)
    presentation = {
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "type": ["VerifiablePresentation"],
        "verifiableCredential": [dict(inner, id=f"urn:uuid:{i}") for i in range(6)],
    }
    report, elapsed = _timed_verify(presentation)
    assert [c.verdict for c in report.credentials] == [Verdict.UNVERIFIABLE] * 6
    assert elapsed < GENEROUS


# --- many values: linear, not quadratic ----------------------------------------------------------
def test_thousands_of_values_for_one_property_are_read_quickly() -> None:
    """pyld's node map compared each new value with all earlier ones (minutes for 20,000);
    the wallet's statements are a set."""
    document = badge()
    document["credentialSubject"]["achievement"]["tag"] = [f"tag {i}" for i in range(20_000)]
    report, elapsed = _timed_verify(document)
    assert check(report, "signature")[0] is Status.FAIL  # added after signing
    assert elapsed < GENEROUS
    signed, elapsed = _timed_verify(sign(document))
    assert signed.verdict is Verdict.VALID
    assert elapsed < GENEROUS


# --- the meter itself ----------------------------------------------------------------------------
def test_an_exhausted_meter_refuses_further_canonicalization() -> None:
    document = _with_subject_data(poison_graph(4), signed=False)
    unsecured = {k: v for k, v in document.items() if k != "proof"}
    with work_budget(units=10), pytest.raises(TooMuchWorkError):
        canonicalize(unsecured)
    canonicalize(unsecured)  # a fresh meter outside


def test_a_meter_is_spent_across_canonicalizations() -> None:
    document = _with_subject_data(poison_graph(5), signed=False)
    unsecured = {k: v for k, v in document.items() if k != "proof"}
    with work_budget(units=1_000_000) as shared:
        canonicalize(unsecured)
        spent = 1_000_000 - shared.left
    assert spent > 0
    with work_budget(units=spent + spent // 2):
        canonicalize(unsecured)
        with pytest.raises(TooMuchWorkError):
            canonicalize(unsecured)
    assert WorkMeter(7).left == 7


def test_nested_budgets_share_the_outer_one() -> None:
    with work_budget(units=5) as outer, work_budget(units=100) as inner:
        assert inner is outer
        assert current_meter() is outer


def test_each_verification_gets_a_fresh_meter() -> None:
    """A spent meter does not leak into the next verification on the same thread."""
    poisoned = _with_subject_data(poison_graph(12), signed=False)
    assert verify(poisoned).verdict is Verdict.UNVERIFIABLE
    assert verify(badge()).verdict is Verdict.VALID


def test_invalid_json_ld_is_not_too_much_work() -> None:
    with pytest.raises(CanonicalizationError) as caught:
        canonicalize({"@context": "https://www.w3.org/ns/credentials/v2", "@id": 5})
    assert not isinstance(caught.value, TooMuchWorkError)


def test_the_real_issuer_signs_the_ordinary_badge() -> None:
    assert badge()["issuer"]["id"] == ISSUER.did
