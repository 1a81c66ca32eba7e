"""Attack 9: whatever JSON a proof's members hold, verification answers with a report.

A proof's members were read from the JSON in two places that used them as keys: the purpose
every proof of a presentation declares (a set of values) and the ids a proof set is chained by
(a map of ids). An object or a list there, where a string belongs, ended in ``TypeError:
unhashable type``: a traceback instead of a verdict, and in ``verify A B C`` or an import, a
line lost for a presentation a holder had signed. Such a proof is judged like any malformed one.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.verify.hostile import ATTACKER, NOW, badge, check, unsecured
from tests.verify.test_signed_view import _sign_proof
from wallet.present.holder import HolderKey
from wallet.present.presentation import PresentationRequest, sign_presentation
from wallet.verify import Report, Status, Verdict, VerifyOptions, verify_input

HOLDER = HolderKey.generate(NOW)
PREVIOUS = {
    "id": "urn:proof:0",
    "type": "DataIntegrityProof",
    "cryptosuite": "eddsa-rdfc-2022",
    "verificationMethod": ATTACKER.verification_method,
    "proofPurpose": "assertionMethod",
    "proofValue": "z" + "1" * 60,
}
ODD = [{}, {"id": "urn:proof:0"}, ["urn:proof:0"], [["x"]], 7, None, True]


def _presentation() -> dict[str, Any]:
    request = PresentationRequest(challenge="c", clock=lambda: NOW)
    return sign_presentation([badge()], HOLDER, request).document


def _chained() -> dict[str, Any]:
    return _sign_proof(unsecured(badge()), previous=copy.deepcopy(PREVIOUS))


def _verify(document: dict[str, Any]) -> Report:
    return verify_input(json.dumps(document).encode(), VerifyOptions(now=NOW, challenge="c"))


@pytest.mark.parametrize("value", ODD, ids=repr)
def test_a_presentation_proof_purpose_that_is_not_a_string_is_a_failed_proof(value: Any) -> None:
    presentation = _presentation()
    presentation["proof"]["proofPurpose"] = value
    report = _verify(presentation)
    assert report.verdict is Verdict.INVALID
    assert check(report, "signature")[0] is Status.FAIL


@pytest.mark.parametrize("value", ODD, ids=repr)
def test_a_proof_id_that_is_not_a_string_breaks_the_chain_not_the_verifier(value: Any) -> None:
    chained = _chained()
    chained["proof"][0]["id"] = value
    report = _verify(chained)
    assert report.verdict is Verdict.INVALID


def test_the_genuine_presentation_is_valid() -> None:
    assert _verify(_presentation()).verdict is Verdict.VALID


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner),
    max_leaves=6,
)
_MEMBERS = [
    *("id", "type", "cryptosuite", "proofPurpose", "verificationMethod", "created"),
    *("expires", "challenge", "domain", "previousProof", "proofValue", "@context"),
]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    which=st.sampled_from(["presentation", "chain"]),
    edits=st.lists(st.tuples(st.integers(0, 1), st.sampled_from(_MEMBERS), _json), max_size=3),
)
def test_any_json_in_any_proof_member_gets_a_report(
    which: str, edits: list[tuple[int, str, Any]]
) -> None:
    """Property: any value in any member of any proof (one proof, or a chained set) gives a
    report, never an exception."""
    document = _presentation() if which == "presentation" else _chained()
    proofs = document["proof"] if isinstance(document["proof"], list) else [document["proof"]]
    for index, member, value in edits:
        proofs[index % len(proofs)][member] = value
    report = _verify(document)
    assert report.verdict in set(Verdict)
