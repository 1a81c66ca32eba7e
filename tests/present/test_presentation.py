"""Presentations made here verify in our own verifier; changing anything breaks them."""

from __future__ import annotations

import copy
from datetime import UTC, datetime
from typing import Any

import pytest

from wallet.demo import DemoIssuer
from wallet.present.holder import HolderKey
from wallet.present.presentation import (
    PresentationRequest,
    Purpose,
    build_presentation,
    sign_presentation,
)
from wallet.verify import Status, Verdict, VerifyOptions, verify_document
from wallet.verify.pipeline import read_document, verify_presentation

NOW = datetime(2025, 3, 1, 12, tzinfo=UTC)


@pytest.fixture(scope="module")
def holder() -> HolderKey:
    return HolderKey.generate(NOW)


def _credential(
    holder: HolderKey, suite: str = "eddsa-rdfc-2022", name: str = "Teamwork"
) -> dict[str, Any]:
    return DemoIssuer().achievement_credential(name, suite=suite, subject_id=holder.did)


def test_no_credentials_is_refused(holder: HolderKey) -> None:
    with pytest.raises(ValueError, match="at least one"):
        build_presentation([], holder.did)


def test_a_non_credential_is_refused(holder: HolderKey) -> None:
    with pytest.raises(ValueError, match="verifiable credentials"):
        build_presentation([{"@context": [], "type": ["Thing"]}], holder.did)


def test_a_jwt_credential_cannot_travel_in_a_1_1_presentation(holder: HolderKey) -> None:
    with pytest.raises(ValueError, match="JWT"):
        build_presentation(["a.b.c"], holder.did, data_model="1.1")


@pytest.mark.parametrize(
    ("suites", "expected"),
    [
        (["eddsa-rdfc-2022"], "eddsa-rdfc-2022"),
        (["Ed25519Signature2020"], "Ed25519Signature2020"),
        (["Ed25519Signature2020", "Ed25519Signature2020"], "Ed25519Signature2020"),
        (["Ed25519Signature2020", "eddsa-rdfc-2022"], "eddsa-rdfc-2022"),
    ],
)
def test_suite_follows_the_credentials_data_model(
    holder: HolderKey, suites: list[str], expected: str
) -> None:
    credentials = [_credential(holder, s, f"Badge {i}") for i, s in enumerate(suites)]
    signed = sign_presentation(
        credentials, holder, PresentationRequest(challenge="c", clock=lambda: NOW)
    )
    assert signed.suite == expected
    proof = signed.document["proof"]
    assert (proof.get("cryptosuite") or proof["type"]) == expected
    report = verify_document(signed.document, VerifyOptions(challenge="c", now=NOW))
    assert report.verdict is Verdict.VALID, report.to_json()
    assert [c.verdict for c in report.credentials] == [Verdict.VALID] * len(suites)


def test_challenge_and_domain_are_bound(holder: HolderKey) -> None:
    request = PresentationRequest(challenge="abc", domain="jobs.example", clock=lambda: NOW)
    signed = sign_presentation([_credential(holder)], holder, request)
    proof = signed.document["proof"]
    assert (proof["challenge"], proof["domain"], proof["proofPurpose"]) == (
        "abc",
        "jobs.example",
        "authentication",
    )
    assert proof["created"] == "2025-03-01T12:00:00Z"
    good = verify_document(signed.document, VerifyOptions(challenge="abc", domain="jobs.example"))
    assert good.verdict is Verdict.VALID
    for options in (
        VerifyOptions(challenge="abd", domain="jobs.example"),
        VerifyOptions(challenge="abc", domain="evil.example"),
    ):
        bad = verify_document(signed.document, options)
        assert bad.verdict is Verdict.INVALID


def test_a_random_challenge_is_made_when_none_is_given(holder: HolderKey) -> None:
    first = sign_presentation([_credential(holder)], holder)
    second = sign_presentation([_credential(holder)], holder)
    assert len(first.challenge) >= 20
    assert first.challenge != second.challenge
    assert first.document["proof"]["challenge"] == first.challenge
    assert "domain" not in first.document["proof"]


def test_assertion_method_purpose_on_request(holder: HolderKey) -> None:
    request = PresentationRequest(challenge="c", purpose=Purpose.ASSERTION_METHOD)
    signed = sign_presentation([_credential(holder)], holder, request)
    assert signed.document["proof"]["proofPurpose"] == "assertionMethod"
    # Our verifier accepts the DCC convention, but says it is not a login-style proof ...
    report = verify_document(signed.document, VerifyOptions(challenge="c"))
    assert report.verdict is Verdict.VALID
    holder_check = report.check("holder")
    assert holder_check is not None and holder_check.status is Status.WARN
    assert "assertionMethod rather than authentication" in holder_check.message
    # ... still insists on the challenge ...
    wrong = verify_document(signed.document, VerifyOptions(challenge="other"))
    assert wrong.verdict is Verdict.INVALID
    # ... and a verifier that checks presentations with assertionMethod accepts it plainly.
    report = verify_presentation(
        read_document(signed.document), VerifyOptions(challenge="c"), purpose="assertionMethod"
    )
    assert report.verdict is Verdict.VALID
    assert report.check("holder") is not None
    assert report.check("holder").status is Status.PASS  # type: ignore[union-attr]


@pytest.mark.parametrize("suite", ["eddsa-rdfc-2022", "Ed25519Signature2020"])
def test_tampering_after_signing_is_detected(holder: HolderKey, suite: str) -> None:
    signed = sign_presentation(
        [_credential(holder, suite)], holder, PresentationRequest(challenge="c")
    )
    tampered = copy.deepcopy(signed.document)
    tampered["holder"] = "did:example:someone-else"
    report = verify_document(tampered, VerifyOptions(challenge="c"))
    assert report.verdict is Verdict.INVALID
    swapped = copy.deepcopy(signed.document)
    swapped["verifiableCredential"][0] = _credential(holder, suite, "Another badge")
    report = verify_document(swapped, VerifyOptions(challenge="c"))
    assert report.verdict is Verdict.INVALID
    assert next(c for c in report.checks if c.id == "signature").status is Status.FAIL


def test_a_jwt_credential_is_enveloped(holder: HolderKey) -> None:
    document = build_presentation([_credential(holder), "eyJ.eyJ.sig"], holder.did)
    assert document["@context"] == ["https://www.w3.org/ns/credentials/v2"]
    envelope = document["verifiableCredential"][1]
    assert envelope["type"] == "EnvelopedVerifiableCredential"
    assert envelope["id"] == "data:application/vc+jwt,eyJ.eyJ.sig"
