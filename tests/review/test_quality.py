"""The EU micro-credential elements (Council Recommendation 2022/C 243/02, Annex I) per credential
and for the portfolio, read from the signed view."""

from __future__ import annotations

import json

from wallet.review.portfolio import PortfolioReview
from wallet.review.quality import ELEMENTS, assess, portfolio_quality
from wallet.verify import verify_input


def test_a_complete_micro_credential_states_every_element_and_where(
    reviewed: PortfolioReview,
) -> None:
    report = assess(reviewed.items[0])
    assert report.complete and report.missing == ()
    where = {f.element.key: f.where for f in report.findings if f.stated}
    assert where["title"] == "achievement.name"
    assert where["country"] == "issuer.address"
    assert where["workload"] == "achievement.creditsAvailable"
    assert where["level"] == "achievement.alignment"
    assert where["assessment"] == "achievement.resultDescription"
    assert where["participation"] == "achievement.tag"
    assert where["quality_assurance"] == "endorsement 1 of the issuer"
    assert where["grade"] == "credentialSubject.result"
    assert report.finding("workload").value == "6 credits"
    assert "ECTS" in report.finding("workload").note
    assert "micro-credential in the sense of the EU" in report.conclusion()


def test_a_participation_badge_is_called_one_and_its_gaps_named(reviewed: PortfolioReview) -> None:
    report = assess(reviewed.items[1])
    assert not report.complete
    missing = {f.element.key for f in report.missing}
    assert missing == {
        "country",
        "outcomes",
        "workload",
        "level",
        "assessment",
        "participation",
        "quality_assurance",
    }
    assert "participation badge" in report.conclusion()
    assert "not stated: the issuer's country or region" in report.conclusion()


def test_the_portfolio_view_counts_each_element(reviewed: PortfolioReview) -> None:
    quality = portfolio_quality(reviewed.items)
    rows = {e.key: (stating, total) for e, stating, total in quality.rows()}
    assert rows["title"] == (6, 6)
    assert rows["level"] == (1, 6)
    assert quality.complete() == [0]
    assert [e.key for e, _, _ in quality.rows()] == [e.key for e in ELEMENTS]


def test_a_1edtech_sample_is_read_where_the_spec_puts_things(vectors: object) -> None:
    """The 1EdTech validator's complete OB 3.0 sample: address, credits, result descriptions."""
    from pathlib import Path

    from wallet.review.portfolio import ReviewItem

    path = Path(str(vectors)) / "ob3" / "validator-samples" / "complete.json"
    report = verify_input(path.read_bytes())
    found = assess(ReviewItem(0, "complete.json", "", report))
    assert found.finding("country").value == "TX, USA, US"
    assert found.finding("workload").stated and "36" in found.finding("workload").value
    assert found.finding("assessment").where == "achievement.resultDescription"
    assert found.finding("outcomes").stated
    assert json.dumps([f.sentence() for f in found.findings])  # every line reads
