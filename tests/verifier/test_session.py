"""The verifier's check of what a learner shows, end to end through the real pipeline: the
presentation judged first (forged at the top even when its credentials are genuine, another
challenge or a proof made before the challenge shown as a replay), each credential from its
signed data, and a PDF pack read from its signed attachment, never its printed pages."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime, timedelta

import pytest

from wallet.demo import DemoIssuer
from wallet.errors import InputError
from wallet.present.holder import HolderKey
from wallet.present.presentation import PresentationRequest, Purpose, sign_presentation
from wallet.present.vp_jwt import sign_vp_jwt
from wallet.present.vpqr import vp1_payload
from wallet.verifier import Outcome, check_received, new_challenge
from wallet.verify import Status, Verdict

NOW = datetime.now(UTC).replace(microsecond=0)
ISSUED = new_challenge(lambda: NOW - timedelta(minutes=2), "hr.example")


@pytest.fixture(scope="module")
def holder() -> HolderKey:
    return HolderKey.generate(NOW)


@pytest.fixture(scope="module")
def credential(holder: HolderKey) -> dict[str, object]:
    return DemoIssuer().achievement_credential(
        "Forklift Safety", subject_id=holder.did, skills=("Safety", "Loading")
    )


def _signed(holder, credentials, challenge, domain="hr.example", when=NOW, purpose=None):
    request = PresentationRequest(
        challenge=challenge,
        domain=domain,
        purpose=purpose or Purpose.ASSERTION_METHOD,
        clock=lambda: when,
    )
    return sign_presentation(credentials, holder, request).document


def test_the_answer_to_a_challenge_is_accepted_with_what_it_says(holder, credential) -> None:
    document = _signed(holder, [credential], ISSUED.challenge)
    finding = check_received(vp1_payload(document).encode(), ISSUED, clock=lambda: NOW)
    assert finding.outcome is Outcome.ACCEPT and finding.report.verdict is Verdict.VALID
    presentation = finding.presentation
    assert presentation is not None and presentation.signer == holder.did
    assert presentation.challenge is Status.PASS and presentation.domain is Status.PASS
    assert presentation.freshness.status is Status.PASS
    assert [s.bound for s in presentation.subjects] == [True]
    (shown,) = finding.credentials
    assert shown.name == "Forklift Safety" and shown.verdict is Verdict.VALID
    assert shown.recipient == holder.did and shown.issuer_name
    assert any("Safety" in s for s in shown.skills)
    assert finding.container == "VP1" and not finding.online and finding.note is None
    exported = json.loads(json.dumps(finding.to_json()))
    assert exported["outcome"] == "accept" and exported["mode"] == "offline"
    assert exported["challenge"]["challenge"] == ISSUED.challenge
    assert exported["credentials"][0]["name"] == "Forklift Safety"
    assert exported["report"]["kind"] == "presentation"


def _jwt(holder, credentials, challenge, domain="hr.example", when=NOW):
    request = PresentationRequest(challenge=challenge, domain=domain, clock=lambda: when)
    return sign_vp_jwt(credentials, holder, request).token


def test_a_vp_jwt_answering_the_challenge_is_accepted(holder, credential) -> None:
    # Its nonce, aud and iat are the challenge, domain and time, as a JSON-LD proof's options.
    token = _jwt(holder, [credential], ISSUED.challenge)
    finding = check_received(token.encode(), ISSUED, clock=lambda: NOW)
    assert finding.outcome is Outcome.ACCEPT and finding.report.verdict is Verdict.VALID
    presentation = finding.presentation
    assert presentation is not None and presentation.signer == holder.did
    assert presentation.challenge is Status.PASS and presentation.domain is Status.PASS
    assert presentation.freshness.status is Status.PASS
    assert "after the challenge was issued" in presentation.freshness.message
    assert presentation.holder.status is Status.PASS
    exported = finding.to_json()["presentation"]
    assert (exported["challenge"], exported["domain"]) == ("pass", "pass")


def test_a_vp_jwt_with_another_nonce_or_audience_or_time_is_a_replay(holder, credential) -> None:
    for token, row in (
        (_jwt(holder, [credential], "someone-elses"), "challenge"),
        (_jwt(holder, [credential], ISSUED.challenge, domain="other.example"), "domain"),
        (_jwt(holder, [credential], ISSUED.challenge, when=NOW - timedelta(hours=3)), None),
    ):
        finding = check_received(token.encode(), ISSUED, clock=lambda: NOW)
        assert finding.outcome is Outcome.REPLAYED, row
        presentation = finding.presentation
        assert presentation is not None and presentation.holder.status is Status.FAIL
        if row == "challenge":
            assert presentation.challenge is Status.FAIL
            assert "someone-elses" in presentation.holder.message
        elif row == "domain":
            assert presentation.challenge is Status.PASS and presentation.domain is Status.FAIL
        else:
            assert presentation.freshness.status is Status.FAIL
            assert "before" in presentation.holder.message


def test_another_challenge_is_a_replay_and_never_valid(holder, credential) -> None:
    document = _signed(holder, [credential], "someone-elses")
    finding = check_received(json.dumps(document).encode(), ISSUED, clock=lambda: NOW)
    assert finding.outcome is Outcome.REPLAYED and finding.report.verdict is Verdict.INVALID
    assert finding.presentation is not None
    assert finding.presentation.challenge is Status.FAIL
    assert "someone-elses" in finding.presentation.holder.message
    assert finding.credentials[0].verdict is Verdict.VALID  # the credential itself is genuine


def test_another_domain_is_a_replay(holder, credential) -> None:
    document = _signed(holder, [credential], ISSUED.challenge, domain="other.example")
    finding = check_received(json.dumps(document).encode(), ISSUED, clock=lambda: NOW)
    assert finding.outcome is Outcome.REPLAYED
    assert finding.presentation is not None and finding.presentation.domain is Status.FAIL


def test_signed_before_the_challenge_existed_is_refused(holder, credential) -> None:
    document = _signed(holder, [credential], ISSUED.challenge, when=NOW - timedelta(hours=3))
    finding = check_received(json.dumps(document).encode(), ISSUED, clock=lambda: NOW)
    assert finding.outcome is Outcome.REPLAYED and finding.report.verdict is Verdict.INVALID
    holder_row = finding.report.check("holder")
    assert holder_row is not None and "before this challenge was issued" in holder_row.message


def test_a_forged_holder_proof_is_forged_at_the_top_though_its_credential_is_genuine(
    holder, credential
) -> None:
    document = _signed(holder, [credential], ISSUED.challenge)
    value = document["proof"]["proofValue"]
    document["proof"]["proofValue"] = value[:-4] + ("AAAA" if value[-4:] != "AAAA" else "BBBB")
    finding = check_received(json.dumps(document).encode(), ISSUED, clock=lambda: NOW)
    assert finding.outcome is Outcome.FORGED and finding.report.verdict is Verdict.INVALID
    assert [c.verdict for c in finding.credentials] == [Verdict.VALID]


def test_a_presentation_signed_by_someone_else_than_its_holder_is_forged(
    holder, credential
) -> None:
    thief = HolderKey.generate(NOW)
    document = _signed(thief, [credential], ISSUED.challenge)
    document["holder"] = holder.did  # claims the learner as holder; signed by another key
    finding = check_received(json.dumps(document).encode(), ISSUED, clock=lambda: NOW)
    assert finding.outcome is Outcome.FORGED
    assert finding.presentation is not None and finding.presentation.signer is None


def test_a_credential_about_someone_else_is_flagged(holder) -> None:
    stranger = DemoIssuer().achievement_credential("Not Mine", subject_id="did:example:other")
    document = _signed(holder, [stranger], ISSUED.challenge)
    finding = check_received(json.dumps(document).encode(), ISSUED, clock=lambda: NOW)
    assert finding.presentation is not None
    assert [s.bound for s in finding.presentation.subjects] == [False]
    assert finding.report.check("holder").status is Status.WARN
    assert finding.report.verdict is Verdict.VALID
    assert finding.outcome is Outcome.NOT_THE_SUBJECT  # genuine, but whose?


def test_a_lone_credential_and_unreadable_input(credential) -> None:
    finding = check_received(json.dumps(credential).encode(), None, clock=lambda: NOW)
    assert finding.presentation is None and finding.outcome is Outcome.ACCEPT
    assert finding.credentials[0].name == "Forklift Safety"
    with pytest.raises(InputError):
        check_received(b"\x00\x01 not anything", None)


def test_a_pdf_pack_is_read_from_its_signed_attachment_not_its_pages(
    qapp: object, holder, credential
) -> None:
    from pypdf import PdfReader

    from ui.export.evidence_pack import evidence_pack_pdf
    from wallet.present.evidence import EvidenceItem
    from wallet.verify import VerifyOptions, verify_input

    printed = DemoIssuer().achievement_credential("Chief Surgeon", subject_id=holder.did)
    original = json.dumps(printed).encode()
    item = EvidenceItem(
        printed["id"],
        "Chief Surgeon",
        printed,
        verify_input(original, VerifyOptions()),
        NOW,
        original,
    )
    # The pages describe "Chief Surgeon"; the signed presentation attached holds the forklift.
    attached = _signed(holder, [credential], ISSUED.challenge)
    pdf = evidence_pack_pdf([item], attached, made=NOW)
    assert "Chief Surgeon" in " ".join(PdfReader(io.BytesIO(pdf)).pages[1].extract_text().split())
    finding = check_received(pdf, ISSUED, clock=lambda: NOW)
    assert finding.container == "PDF" and finding.note and "not evidence" in finding.note
    assert [c.name for c in finding.credentials] == ["Forklift Safety"]
    assert finding.outcome is Outcome.ACCEPT
