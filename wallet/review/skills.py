"""The skills a portfolio evidences, aggregated across its credentials and grouped by framework.

Read from each item's signed view (issue 9), where the standards put them:

- Open Badges 3.0 §B.1.2 ``Achievement.alignment`` (``targetName``, ``targetFramework``,
  ``targetUrl``, ``targetCode``);
- §B.1.18 ``ResultDescription.alignment`` (what a graded result is about);
- Open Badges 2.0 ``BadgeClass.alignment`` (``AlignmentObject``: the same target names);
- a CLR 2.0's nested achievement credentials, which are items of their own.

A skill is one target: the same ``targetUrl``, else the same name in the same framework. Only
valid items count as its evidence; items that name it but are not valid (expired, revoked,
tampered, unverifiable) are listed apart, so a skill claimed only by an expired badge shows as
such rather than as evidenced. A valid credential presented as someone else's (its subject is
not the holder) is not evidence of this learner's skills either.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from wallet.review.portfolio import ReviewItem
from wallet.verify.about import first_text
from wallet.verify.structure import as_list

__all__ = ["NO_FRAMEWORK", "Skill", "SkillClaim", "SkillsOverview", "claims_of", "overview"]

NO_FRAMEWORK = ""


@dataclass(frozen=True)
class SkillClaim:
    """One alignment in one credential; ``where`` names the field it was read from."""

    name: str
    framework: str
    url: str
    code: str
    where: str

    @property
    def key(self) -> tuple[str, str]:
        if self.url:
            return ("url", self.url)
        return (self.framework.casefold(), " ".join(self.name.casefold().split()))


@dataclass(frozen=True)
class Skill:
    """A skill of the portfolio: ``evidence`` are the indices of the items that name it and count
    (:attr:`ReviewItem.counts`), ``others`` those that name it but do not."""

    name: str
    framework: str
    url: str
    code: str
    evidence: tuple[int, ...]
    others: tuple[int, ...]

    @property
    def evidenced(self) -> bool:
        return bool(self.evidence)

    def to_json(self) -> dict[str, Any]:
        """DESIGN ``review --json``: ``{"name", "framework", "url", "evidence"}``."""
        return {
            "name": self.name,
            "framework": self.framework or None,
            "url": self.url or None,
            "evidence": list(self.evidence),
        }


@dataclass(frozen=True)
class SkillsOverview:
    """Every skill, evidenced first (most evidence first), then those only claimed."""

    skills: tuple[Skill, ...]

    @property
    def evidenced(self) -> tuple[Skill, ...]:
        return tuple(s for s in self.skills if s.evidenced)

    @property
    def unsupported(self) -> tuple[Skill, ...]:
        """Skills only non-valid items name: shown apart, never counted as evidence."""
        return tuple(s for s in self.skills if not s.evidenced)

    def frameworks(self) -> dict[str, list[Skill]]:
        """Framework name ("" when an alignment names none) -> its skills, by name."""
        groups: dict[str, list[Skill]] = {}
        for skill in sorted(self.skills, key=lambda s: (s.framework.casefold(), s.name.casefold())):
            groups.setdefault(skill.framework, []).append(skill)
        return groups

    def framework_names(self) -> list[str]:
        """The frameworks the portfolio's alignments name (for matching against one)."""
        return sorted({s.framework for s in self.skills if s.framework}, key=str.casefold)


def _text(value: Any) -> str:
    found = first_text(value)
    return " ".join(found.split()) if found else ""


def _url(value: Any) -> str:
    for item in as_list(value):
        candidate = item.get("id") if isinstance(item, dict) else item
        if isinstance(candidate, str) and candidate.strip():
            return candidate.strip()
    return ""


def _alignments(node: Any, where: str) -> list[SkillClaim]:
    claims = []
    for alignment in as_list(node.get("alignment")) if isinstance(node, dict) else []:
        if not isinstance(alignment, dict):
            continue
        # OB 3.0 names the target targetName; OB 2.0's context maps targetName to schema:name,
        # which the view calls "name".
        name = _text(alignment.get("targetName")) or _text(alignment.get("name"))
        if not name:
            continue
        claims.append(
            SkillClaim(
                name=name,
                framework=_text(alignment.get("targetFramework")),
                url=_url(alignment.get("targetUrl")) or _url(alignment.get("url")),
                code=_text(alignment.get("targetCode")),
                where=where,
            )
        )
    return claims


def achievements_of(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The achievements a credential's subjects hold (OB 3.0 / CLR 2.0), or an OB 2.0 badge."""
    found = []
    for subject in as_list(data.get("credentialSubject")):
        if isinstance(subject, dict):
            found += [a for a in as_list(subject.get("achievement")) if isinstance(a, dict)]
    badge = data.get("badge")
    if isinstance(badge, dict):
        found.append(badge)
    return found


def claims_of(data: dict[str, Any]) -> list[SkillClaim]:
    """Every alignment a credential's signed view states, without duplicates."""
    claims: list[SkillClaim] = []
    legacy = isinstance(data.get("badge"), dict)
    for achievement in achievements_of(data):
        where = "BadgeClass alignment" if legacy else "achievement alignment"
        claims += _alignments(achievement, where)
        for description in as_list(achievement.get("resultDescription")):
            claims += _alignments(description, "result description alignment")
    unique: dict[tuple[str, str], SkillClaim] = {}
    for claim in claims:
        unique.setdefault(claim.key, claim)
    return list(unique.values())


def overview(items: Sequence[ReviewItem]) -> SkillsOverview:
    """Aggregate every item's alignments (fast: no verification, only the views)."""
    named: dict[tuple[str, str], SkillClaim] = {}
    valid: dict[tuple[str, str], list[int]] = {}
    other: dict[tuple[str, str], list[int]] = {}
    for item in items:
        for claim in claims_of(item.report.view.data):
            named.setdefault(claim.key, claim)
            (valid if item.counts else other).setdefault(claim.key, []).append(item.index)
    skills = [
        Skill(
            name=claim.name,
            framework=claim.framework,
            url=claim.url,
            code=claim.code,
            evidence=tuple(valid.get(key, ())),
            others=tuple(other.get(key, ())),
        )
        for key, claim in named.items()
    ]
    skills.sort(key=lambda s: (-len(s.evidence), -len(s.others), s.name.casefold()))
    return SkillsOverview(tuple(skills))


def item_claims(items: Iterable[ReviewItem]) -> dict[int, list[SkillClaim]]:
    """Item index -> its claims, for the per-credential view."""
    return {item.index: claims_of(item.report.view.data) for item in items}
