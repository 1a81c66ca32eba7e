"""Verify all: one item per credential, the summary by verdict, the holder binding at the top."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from wallet.review.holder import SOMEONE_ELSE
from wallet.review.portfolio import PortfolioFile, PortfolioReview, verify_portfolio
from wallet.review.sample import SAMPLE_CHALLENGE, SamplePortfolio
from wallet.verify import Status, Verdict, VerifyOptions


def test_every_credential_is_an_item_with_the_verdict_it_deserves(
    portfolio: SamplePortfolio, reviewed: PortfolioReview
) -> None:
    assert [i.verdict.value for i in reviewed.items] == [c.verdict for c in portfolio.credentials]
    assert [i.name for i in reviewed.items] == [c.name for c in portfolio.credentials]
    assert reviewed.summary() == {
        "valid": 3,
        "invalid": 1,
        "expired": 1,
        "not-yet-valid": 0,
        "revoked": 0,
        "suspended": 0,
        "unsigned": 0,
        "unverifiable": 1,
    }
    tampered = reviewed.items[3]
    assert "changed after signing" in tampered.reason()
    # What the report shows is what was signed, not the JSON's edited name.
    assert tampered.report.view.data["credentialSubject"]["achievement"]["name"] == (
        "Project Management Foundations"
    )
    assert "did:web" in reviewed.items[4].reason()
    assert reviewed.items[2].reason() == "validity: expired on 2025-01-31T00:00:00Z"


def test_the_holder_binding_names_the_learner_the_challenge_and_the_stranger(
    portfolio: SamplePortfolio, reviewed: PortfolioReview
) -> None:
    holder = reviewed.holder
    assert holder is not None
    assert holder.holder_id == portfolio.holder.did
    assert holder.status is Status.WARN  # signed and fresh, but one credential is someone else's
    assert "challenge as expected" in holder.message()
    rows = [i.holder for i in reviewed.items]
    assert all(r is not None for r in rows)
    assert [r.status for r in rows if r] == [Status.PASS] * 5 + [Status.WARN]
    stranger = reviewed.items[5]
    assert stranger.valid and not stranger.counts
    assert stranger.holder is not None and stranger.holder.outcome == SOMEONE_ELSE
    assert "did:example:another-learner" in stranger.holder.message


def test_a_replayed_presentation_fails_the_holder_and_names_what_it_was_signed_for(
    portfolio: SamplePortfolio,
) -> None:
    files = [PortfolioFile(n, d) for n, d in portfolio.files()]
    replay = verify_portfolio(files, VerifyOptions(challenge="the-one-i-gave"))
    assert replay.holder is not None and replay.holder.status is Status.FAIL
    assert SAMPLE_CHALLENGE in replay.holder.message()
    unasked = verify_portfolio(files, VerifyOptions())
    assert unasked.holder is not None
    assert f"signed for the challenge “{SAMPLE_CHALLENGE}”" in unasked.holder.message()


def test_loose_files_have_no_holder_and_bad_ones_are_named_not_raised(
    portfolio: SamplePortfolio,
) -> None:
    files = [PortfolioFile(n, d) for n, d in portfolio.loose_files()]
    files.insert(1, PortfolioFile("notes.txt", b"just some text"))
    files.append(PortfolioFile("cut.json", b'{"@context": ['))
    review = verify_portfolio(files, VerifyOptions())
    assert review.holder is None
    assert all(i.holder is None for i in review.items)
    assert len(review.items) == 6
    assert [u.name for u in review.unreadable] == ["notes.txt", "cut.json"]
    assert all(u.reason for u in review.unreadable)
    # Without a presentation nothing says the stranger is a stranger: it counts.
    assert review.items[5].counts


def test_progress_counts_inputs_and_cancel_stops(portfolio: SamplePortfolio) -> None:
    files = [PortfolioFile(n, d) for n, d in portfolio.loose_files()]
    seen: list[tuple[int, int]] = []
    verify_portfolio(files, VerifyOptions(), progress=lambda d, t: seen.append((d, t)))
    assert seen == [(n, 6) for n in range(1, 7)]
    seen.clear()
    stopped = verify_portfolio(
        files,
        VerifyOptions(),
        progress=lambda d, t: seen.append((d, t)),
        cancel=lambda: len(seen) >= 2,
    )
    assert stopped.cancelled and len(stopped.items) == 2 and stopped.inputs == 6


def test_a_pdf_evidence_pack_and_a_vp1_code_are_portfolios_too(qapp: object) -> None:
    """What Learner Wallet itself hands out, read back by the review."""
    from datetime import UTC, datetime

    from ui.export.evidence_pack import write_evidence_pack_offscreen
    from wallet.demo import DemoIssuer
    from wallet.present.evidence import EvidenceItem
    from wallet.present.holder import HolderKey
    from wallet.present.presentation import PresentationRequest, Purpose, sign_presentation
    from wallet.present.vpqr import vp1_payload
    from wallet.verify import verify_document

    holder = HolderKey.generate(datetime.now(UTC))
    credential = DemoIssuer().achievement_credential("Welding Basics", subject_id=holder.did)
    request = PresentationRequest(challenge="c-1", purpose=Purpose.ASSERTION_METHOD)
    vp = sign_presentation([credential], holder, request).document

    item = EvidenceItem(
        "id-1",
        "Welding Basics",
        credential,
        verify_document(credential),
        datetime.now(UTC),
        json.dumps(credential).encode(),
    )
    pdf = write_evidence_pack_offscreen([item], vp)
    vp1 = vp1_payload(vp)
    review = verify_portfolio(
        [PortfolioFile("pack.pdf", pdf), PortfolioFile("qr.txt", vp1.encode())],
        VerifyOptions(challenge="c-1"),
    )
    assert [i.name for i in review.items] == ["Welding Basics", "Welding Basics"]
    assert all(i.verdict is Verdict.VALID for i in review.items)
    assert review.holder is not None and review.holder.holder_id == holder.did


@settings(max_examples=40, deadline=None)
@given(st.lists(st.binary(max_size=300), min_size=1, max_size=4))
def test_any_bytes_are_a_review_never_an_exception(blobs: list[bytes]) -> None:
    """Close the class: whatever an advisor is handed, the review answers with items or with
    one sentence per unreadable input, and counts every verdict."""
    review = verify_portfolio(
        [PortfolioFile(f"f{n}", b) for n, b in enumerate(blobs)], VerifyOptions()
    )
    names = [u.name for u in review.unreadable]
    assert len(names) == len(set(names)) and set(names) <= {f"f{n}" for n in range(len(blobs))}
    assert sum(review.summary().values()) == len(review.items)
    assert set(review.summary()) == {v.value for v in Verdict}
    for unreadable in review.unreadable:
        assert unreadable.reason and "Traceback" not in unreadable.reason
