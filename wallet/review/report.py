"""The review report's content, as plain data: what the PDF says, made once for app and CLI.

Issue 15 lists what the report holds: the learner and the date; the holder binding; the summary;
each credential's status and reason, from the signed data; the skills overview with its chart;
the job match, when one was made; the micro-credential elements; the notes. ``ui/review/
report_pdf.py`` draws it (Qt); ``learner-wallet review --report`` and the app's "Export report"
build it here from the same review, so the two write the same report.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime

from wallet.review.esco import ATTRIBUTION
from wallet.review.job import JobMatch, match_framework, match_job
from wallet.review.portfolio import PortfolioReview
from wallet.review.quality import PortfolioQuality, portfolio_quality
from wallet.review.skills import SkillsOverview, overview
from wallet.verify.report import Status, Verdict

__all__ = ["Bar", "ReviewReport", "chart_bars"]


@dataclass(frozen=True)
class Bar:
    """One bar of the skills chart: a label, the valid evidence and the rest (not valid)."""

    label: str
    evidenced: int
    unsupported: int


def chart_bars(skills: SkillsOverview, by: str = "skill", limit: int = 12) -> list[Bar]:
    """Bars per skill (most evidence first) or per framework, for the chart the app paints and
    the PDF prints. ``limit`` keeps the chart readable; the table below it lists everything."""
    if by == "framework":
        bars = []
        for framework, members in skills.frameworks().items():
            bars.append(
                Bar(
                    framework or "no framework named",
                    sum(1 for s in members if s.evidenced),
                    sum(1 for s in members if not s.evidenced),
                )
            )
        bars.sort(key=lambda b: (-b.evidenced, -b.unsupported, b.label.casefold()))
        return bars[:limit]
    return [Bar(s.name, len(s.evidence), len(s.others)) for s in skills.skills[:limit]]


@dataclass(frozen=True)
class ReviewReport:
    """Everything the report prints. ``notes`` maps item index -> the advisor's note."""

    learner: str
    made: datetime
    review: PortfolioReview
    skills: SkillsOverview
    quality: PortfolioQuality
    job: JobMatch | None = None
    framework: JobMatch | None = None
    portfolio_note: str = ""
    notes: Mapping[int, str] = field(default_factory=dict)
    attribution: str = ATTRIBUTION

    @classmethod
    def build(
        cls,
        review: PortfolioReview,
        *,
        learner: str = "",
        made: datetime | None = None,
        job_text: str | None = None,
        framework: str | None = None,
        portfolio_note: str = "",
        notes: Mapping[int, str] | None = None,
    ) -> ReviewReport:
        """Aggregate skills, quality and (with ``job_text``) the job match from ``review``.
        Reads the bundled ESCO index only when a job description is given."""
        skills = overview(review.items)
        job = None
        if job_text and job_text.strip():
            from wallet.review.esco import esco_index

            job = match_job(job_text, skills, esco_index())
        return cls(
            learner=learner or _learner_of(review),
            made=made or datetime.now(UTC),
            review=review,
            skills=skills,
            quality=portfolio_quality(review.items),
            job=job,
            framework=match_framework(framework, skills) if framework else None,
            portfolio_note=portfolio_note,
            notes=dict(notes or {}),
        )

    def bars(self, by: str = "skill") -> list[Bar]:
        return chart_bars(self.skills, by)


def _learner_of(review: PortfolioReview) -> str:
    """The learner as the credentials name them, else the holder's DID, else "the learner".

    Only a credential that may be about the learner names them: one whose subject is the holder
    comes first; a forged one, or one the holder row says is about someone else, names no one
    (a portfolio may carry another person's badge; the report must not take their name).
    """
    holder = review.holder.holder_id if review.holder is not None else None
    names: list[str] = []
    for item in review.items:
        if item.verdict is Verdict.INVALID:
            continue
        if item.holder is not None and item.holder.status is Status.FAIL:
            continue
        subject = item.report.about.get("subject") or {}
        name = subject.get("name")
        if not isinstance(name, str) or not name.strip():
            continue
        if holder is not None and subject.get("id") == holder:
            return name
        names.append(name)
    if names:
        return names[0]
    if review.holder is not None and review.holder.holder_id:
        from wallet.present.evidence import elide_identifier

        return "the holder " + elide_identifier(review.holder.holder_id)
    return "the learner"
