"""The skills a credential evidences, read from its signed view (and its parts' views), for the
library's Skills view and search.

Where skills are stated:

- OB 3.0 §B.1.1 ``Achievement.alignment`` (and ``tag``, a keyword without a framework);
- OB 3.0 §B.1.16 ``ResultDescription.alignment`` (what a result is measured against);
- OB 2.0 §BadgeClass ``alignment`` (and ``tags``);
- a CLR's achievements: each achievement credential's own alignments, read from that
  credential's own report, and the achievements the ClrSubject lists (CLR 2.0 §B.1.3).

One skill stated twice (a CLR's course and the course's own credential) is one entry:
:func:`skill_key` is its ``targetUrl`` when it has one, else its name with case and spacing
normalised. Every text is cut at 200 characters.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from wallet.verify import Report
from wallet.verify.structure import as_list

__all__ = ["Skill", "skill_key", "skills_of"]

_LIMIT = 200


@dataclass(frozen=True)
class Skill:
    """One skill, competency or standard: its name, framework ("" when none is named) and URL."""

    name: str
    framework: str = ""
    url: str = ""


def _text(value: Any) -> str:
    for item in as_list(value):
        if isinstance(item, str) and item.strip():
            return " ".join(item.split())[:_LIMIT]
        if isinstance(item, dict):
            for key in ("@value", "name"):
                if isinstance(item.get(key), str) and item[key].strip():
                    return " ".join(item[key].split())[:_LIMIT]
    return ""


def _url(value: Any) -> str:
    candidate = value.get("id") if isinstance(value, dict) else value
    if isinstance(candidate, str) and candidate.lower().startswith(("https://", "http://")):
        return candidate[:2_000]
    return ""


def skill_key(skill: Skill) -> str:
    """What makes two entries the same skill: the target URL, else the normalised name."""
    return skill.url or " ".join(skill.name.casefold().split())


def _from_alignments(holder: dict[str, Any]) -> Iterable[Skill]:
    for alignment in as_list(holder.get("alignment")):
        if isinstance(alignment, dict) and _text(alignment.get("targetName")):
            yield Skill(
                _text(alignment.get("targetName")),
                _text(alignment.get("targetFramework")),
                _url(alignment.get("targetUrl")),
            )


def _from_achievement(achievement: dict[str, Any]) -> Iterable[Skill]:
    yield from _from_alignments(achievement)
    for description in as_list(achievement.get("resultDescription")):
        if isinstance(description, dict):
            yield from _from_alignments(description)
    for tag in as_list(achievement.get("tag")) + as_list(achievement.get("tags")):
        if _text(tag):
            yield Skill(_text(tag))


def _achievements(data: dict[str, Any]) -> Iterable[dict[str, Any]]:
    badge = data.get("badge")
    if isinstance(badge, dict):  # Open Badges 2.0: the BadgeClass
        yield badge
    for subject in as_list(data.get("credentialSubject")):
        if isinstance(subject, dict):
            for achievement in as_list(subject.get("achievement")):
                if isinstance(achievement, dict):
                    yield achievement


def skills_of(report: Report) -> list[Skill]:
    """Every skill the credential states, its CLR achievements' included, once each (first
    spelling kept)."""
    found: dict[str, Skill] = {}
    reports = [report, *(r for r in report.credentials if r.label.startswith("achievement"))]
    for each in reports:
        data = each.view.data
        if not data:
            continue
        for achievement in _achievements(data):
            for skill in _from_achievement(achievement):
                key = skill_key(skill)
                if key not in found or (skill.framework and not found[key].framework):
                    found[key] = skill
    return list(found.values())
