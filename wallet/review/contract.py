"""``learner-wallet review --json``: the one object DESIGN.md fixes, and the text form of it.

Shape (DESIGN "Command line", a contract other programs test)::

    {"summary": {<every verdict>: <count>},
     "holder": null | {"id", "status", "message"},
     "items": [{"input", "name", "issuer", "verdict", "checks": [{"id", "status", "message"}]}],
     "skills": [{"name", "framework", "url", "evidence": [<item index>, ...]}],
     "job": {"matched": [...], "missing": [...]}}          # only with --job

``items`` are the portfolio's credentials in input order (:mod:`wallet.review.portfolio`); a
presented credential's checks end with its ``holder`` row. ``skills`` lists the skills valid
items evidence (:mod:`wallet.review.skills`); ``evidence`` indexes ``items``.
"""

from __future__ import annotations

from typing import Any

from wallet.review.job import JobMatch
from wallet.review.portfolio import PortfolioReview, ReviewItem
from wallet.review.skills import SkillsOverview
from wallet.wording import plain

__all__ = ["review_json", "review_text"]


def _item_json(item: ReviewItem) -> dict[str, Any]:
    return {
        "input": item.input,
        "name": item.report.about.get("name"),
        "issuer": (item.report.about.get("issuer") or {}).get("name")
        or (item.report.about.get("issuer") or {}).get("id"),
        "verdict": item.verdict.value,
        "checks": [c.to_json() for c in item.checks()],
    }


def review_json(
    review: PortfolioReview, skills: SkillsOverview, job: JobMatch | None = None
) -> dict[str, Any]:
    """The contract's object for one review (``job`` only when a job description was given)."""
    data: dict[str, Any] = {
        "summary": review.summary(),
        "holder": review.holder.to_json() if review.holder is not None else None,
        "items": [_item_json(item) for item in review.items],
        "skills": [skill.to_json() for skill in skills.evidenced],
    }
    if job is not None:
        data["job"] = job.to_json()
    return data


def review_text(
    review: PortfolioReview, skills: SkillsOverview, job: JobMatch | None = None
) -> str:
    """What a person reads in a terminal: the summary, the holder, one line per item, skills."""
    counts = ", ".join(f"{n} {v}" for v, n in review.summary().items() if n)
    total = len(review.items)  # issue 13: real plurals ("1 credential")
    lines = [f"{total} credential{'' if total == 1 else 's'}: {counts or 'none'}"]
    if review.holder is not None:
        lines.append(f"holder: {review.holder.status.value}: {review.holder.message()}")
    for item in review.items:
        lines.append(
            f"[{item.index}] {item.verdict.value.upper()}: {plain(item.name)} from "
            f"{plain(item.issuer)} ({plain(item.where)})"
        )
        lines.append(f"      {item.reason()}")
        if item.holder is not None and item.holder.status.value != "pass":
            lines.append(f"      holder: {item.holder.message}")
    for unreadable in review.unreadable:
        lines.append(f"unreadable: {plain(unreadable.name)}: {unreadable.reason}")
    if skills.skills:
        lines.append("skills:")
        for skill in skills.skills:
            where = f" ({plain(skill.framework)})" if skill.framework else ""
            support = (
                f"evidenced by {', '.join(f'[{i}]' for i in skill.evidence)}"
                if skill.evidence
                else f"only named by credentials that are not valid: {list(skill.others)}"
            )
            lines.append(f"  {plain(skill.name)}{where}: {support}")
    if job is not None:
        lines.append(f"job: {len(job.matched)} matched, {len(job.missing)} missing")
        for found in job.matched:
            lines.append(f"  matched {plain(found.name)}: {found.explanation()}")
        for found in job.missing:
            lines.append(f"  missing {plain(found.name)}: {found.explanation()}")
    return "\n".join(lines)
