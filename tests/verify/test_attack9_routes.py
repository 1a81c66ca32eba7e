"""Attack 9: a foreign marker cannot turn a forged credential's failing signature into
"cannot be checked".

An input is first sorted by what it looks like: a Blockcerts certificate (a Merkle proof under
``signature`` or ``proof``, or the Blockcerts context), a JWS in JSON serialization (a
``signatures`` member, or ``protected`` beside ``signature``), an Open Badges 2.0 or 1.x
assertion. Those formats are verified by their own rules, and the first two cannot be checked
at all, so they are ``unverifiable``. An attacker who rewrites a genuine credential (a new name,
"Doctor of Medicine") and adds any of those markers had it shown, with the forged name, as
something the wallet merely cannot check, while the credential's own proof, which the wallet
can check, fails. A proof the wallet checks now decides, whatever else the document looks like.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.verify.forgery import signed_credential
from tests.verify.hostile import NOW, check
from tests.verify.test_foreign import BLOCKCERTS_2, BLOCKCERTS_3
from wallet.verify import Report, Status, Verdict, VerifyOptions, verify_document, verify_input

MERKLE = {"type": "MerkleProof2019", "proofValue": "z7veGu1qoKR3AS5Aa"}


def _forged(suite: str = "eddsa-rdfc-2022") -> dict[str, Any]:
    forged = signed_credential(suite, expired=False)
    forged["name"] = "Doctor of Medicine"
    forged["credentialSubject"]["achievement"]["name"] = "Doctor of Medicine"
    return forged


def _blockcerts_signature(d: dict[str, Any]) -> None:
    d["signature"] = dict(MERKLE)


def _merkle_in_the_proof_set(d: dict[str, Any]) -> None:
    d["proof"] = [d["proof"], dict(MERKLE)]


def _blockcerts_context(d: dict[str, Any]) -> None:
    d["@context"] = [*d["@context"], "https://w3id.org/blockcerts/v3"]


def _jws_json_signatures(d: dict[str, Any]) -> None:
    d["signatures"] = [{"protected": "e30", "signature": "AA"}]


def _jws_json_flattened(d: dict[str, Any]) -> None:
    d["protected"], d["signature"] = "e30", "AA"


def _ob2_assertion(d: dict[str, Any]) -> None:
    d["@context"] = [*d["@context"], "https://w3id.org/openbadges/v2"]
    d["type"] = [*d["type"], "Assertion"]


MARKERS: dict[str, Callable[[dict[str, Any]], None]] = {
    "a Blockcerts signature member": _blockcerts_signature,
    "a Merkle proof in the proof set": _merkle_in_the_proof_set,
    "the Blockcerts context": _blockcerts_context,
    "a JWS JSON signatures member": _jws_json_signatures,
    "a flattened JWS JSON signature": _jws_json_flattened,
    "an OB 2.0 context and Assertion type": _ob2_assertion,
}


def _verify(document: dict[str, Any]) -> Report:
    return verify_input(json.dumps(document).encode(), VerifyOptions(now=NOW))


def test_the_forgery_without_a_marker_is_invalid() -> None:
    assert _verify(_forged()).verdict is Verdict.INVALID


@pytest.mark.parametrize("suite", ["eddsa-rdfc-2022", "Ed25519Signature2020"])
@pytest.mark.parametrize("marker", sorted(MARKERS))
def test_a_foreign_marker_does_not_soften_a_forgery(suite: str, marker: str) -> None:
    forged = _forged(suite)
    MARKERS[marker](forged)
    report = _verify(forged)
    assert report.verdict is Verdict.INVALID, report.checks
    assert check(report, "signature")[0] is Status.FAIL


def test_a_merkle_proof_beside_a_checkable_one_is_judged_as_any_unknown_proof() -> None:
    """Not as a Blockcerts certificate: the same checks as for any proof set with a proof the
    wallet does not know (STANDARDS §7 A7), here a format failure (its terms are undefined)."""
    genuine = signed_credential("eddsa-rdfc-2022", expired=False)
    _merkle_in_the_proof_set(genuine)
    report = _verify(genuine)
    assert report.checks == verify_document(genuine, VerifyOptions(now=NOW)).checks
    assert check(report, "signature")[0] is Status.PASS


@pytest.mark.parametrize("certificate", [BLOCKCERTS_2, BLOCKCERTS_3])
def test_real_blockcerts_certificates_stay_unverifiable(certificate: dict[str, Any]) -> None:
    report = _verify(copy.deepcopy(certificate))
    assert report.verdict is Verdict.UNVERIFIABLE
    assert "Blockcerts" in check(report, "signature")[1]


@settings(max_examples=20, deadline=None)
@given(
    markers=st.sets(st.sampled_from(sorted(MARKERS)), min_size=1),
    suite=st.sampled_from(["eddsa-rdfc-2022", "Ed25519Signature2020", "ecdsa-rdfc-2019"]),
)
def test_no_mix_of_markers_softens_a_forgery(markers: set[str], suite: str) -> None:
    """Property: whatever markers are added, a forgery with a checkable proof is invalid."""
    forged = _forged(suite)
    for marker in sorted(markers):
        MARKERS[marker](forged)
    assert _verify(forged).verdict is Verdict.INVALID


def test_content_beside_a_blockcerts_marker_is_labelled_unsigned() -> None:
    """The reproducer for the app (tests/fixtures/attack9): no proof the wallet checks, so the
    view says it is signed by nothing; the app must show it as such."""
    from pathlib import Path

    fixtures = Path(__file__).resolve().parents[1] / "fixtures" / "attack9"
    path = fixtures / "blockcerts-marker-unsigned-content.json"
    report = verify_input(path.read_bytes(), VerifyOptions(now=NOW))
    assert report.verdict is Verdict.UNVERIFIABLE
    assert report.view.basis == "unsigned"
    assert report.about["name"] == "Doctor of Medicine"
