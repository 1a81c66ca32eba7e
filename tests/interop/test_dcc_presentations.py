"""Presentations made here verify in the DCC stack; what the DCC stack issues verifies here."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.interop.conftest import DccStack
from wallet.demo import DemoIssuer
from wallet.present.holder import HolderKey
from wallet.present.presentation import PresentationRequest, Purpose, sign_presentation
from wallet.verify import Verdict, VerifyOptions, verify_document

SUITES = ("eddsa-rdfc-2022", "Ed25519Signature2020")
CHALLENGE, DOMAIN = "c7f1e0d2-interop", "employer.example"


@pytest.fixture(scope="module")
def holder() -> HolderKey:
    return HolderKey.generate(datetime.now(UTC))


def _presentation(holder: HolderKey, suite: str, purpose: Purpose) -> dict[str, Any]:
    credential = DemoIssuer().achievement_credential(
        "Data Analysis", suite=suite, subject_id=holder.did, skills=("SQL",)
    )
    request = PresentationRequest(challenge=CHALLENGE, domain=DOMAIN, purpose=purpose)
    return sign_presentation([credential], holder, request).document


def test_our_presentations_verify_in_digitalcredentials_vc(
    dcc: DccStack, holder: HolderKey
) -> None:
    cases = [(suite, purpose) for suite in SUITES for purpose in Purpose]
    requests = [
        {
            "presentation": _presentation(holder, suite, purpose),
            "challenge": CHALLENGE,
            "domain": DOMAIN,
            "purpose": purpose.value,
        }
        for suite, purpose in cases
    ]
    # The same presentations with the wrong challenge: the other side must refuse them.
    replays = [
        {**r, "challenge": "another-challenge"}
        for r in requests
        if r["purpose"] == "authentication"
    ]
    results = dcc.run("verify-vc", requests + replays)
    for (suite, purpose), result in zip(cases, results, strict=False):
        assert result["verified"], (suite, purpose, result)
        assert result["presentationVerified"]
        assert all(c["verified"] for c in result["credentials"])
    for result in results[len(requests) :]:
        assert not result["presentationVerified"], result
        assert "challenge" in (result["error"] or "").lower()


def test_our_assertion_method_presentations_verify_in_verifier_core(
    dcc: DccStack, holder: HolderKey
) -> None:
    """verifier-core (VerifierPlus) checks presentations with AssertionProofPurpose."""
    requests = [
        {"presentation": _presentation(holder, suite, purpose), "challenge": CHALLENGE}
        for suite in SUITES
        for purpose in (Purpose.ASSERTION_METHOD, Purpose.AUTHENTICATION)
    ]
    results = dcc.run("verify-core", requests)
    signatures = [r.get("signature") for r in results]
    # authentication-purpose proofs are what verifier-core refuses: hence --purpose assertionMethod.
    assert signatures == ["valid", "invalid", "valid", "invalid"], results
    for result in results:
        for credential in result["credentials"]:
            assert credential["errors"] == []
            steps = {step["id"]: step["valid"] for step in credential["log"]}
            assert steps["valid_signature"] is True
            assert steps["expiration"] is True


def test_what_the_dcc_stack_issues_and_presents_verifies_here(dcc: DccStack) -> None:
    template = DemoIssuer().achievement_credential("Interop Badge")
    unsigned = {k: v for k, v in template.items() if k != "proof"}
    legacy = DemoIssuer().achievement_credential("Interop Badge", suite="Ed25519Signature2020")
    unsigned_legacy = {k: v for k, v in legacy.items() if k != "proof"}
    requests = [
        {
            "credential": credential,
            "issuerSeed": "11" * 32,
            "holderSeed": "22" * 32,
            "suite": suite,
            "challenge": CHALLENGE,
            "domain": DOMAIN,
        }
        for suite, credential in zip(SUITES, (unsigned, unsigned_legacy), strict=True)
    ]
    for suite, issued in zip(SUITES, dcc.run("issue", requests), strict=True):
        proof = issued["presentation"]["proof"]
        assert proof["proofPurpose"] == "authentication"
        assert (proof.get("cryptosuite") or proof["type"]) == suite
        credential_report = verify_document(issued["credential"], VerifyOptions())
        assert credential_report.verdict is Verdict.VALID, credential_report.to_json()
        options = VerifyOptions(challenge=CHALLENGE, domain=DOMAIN)
        report = verify_document(issued["presentation"], options)
        assert report.verdict is Verdict.VALID, report.to_json()
        assert [c.verdict for c in report.credentials] == [Verdict.VALID]
        wrong = verify_document(issued["presentation"], VerifyOptions(challenge="other"))
        assert wrong.verdict is Verdict.INVALID
