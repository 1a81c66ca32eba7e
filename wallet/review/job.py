"""Matching a portfolio against a job description, or against one framework, and saying why.

A job description names skills in its own words. :func:`match_job` finds them with ESCO's labels
(:mod:`wallet.review.esco`), and also finds any skill a credential of the portfolio aligns to
whose name the text uses word for word. Each skill the job names is then *matched* when a valid
credential evidences it, and each match says why, in one of three ways:

- the credential aligns to the same ESCO concept (its ``targetUrl`` is the concept's URI);
- the credential's skill name is one of that concept's ESCO labels;
- the words are the same: the job's words are all in the credential's skill name, or the other
  way round ("Python" and "Python programming").

Otherwise it is *missing*; credentials that would have matched but are not valid are named
apart (an expired certificate is not evidence). :func:`match_framework` does the same for the
skills of one framework the portfolio's alignments name. Offline, deterministic, no model.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from wallet.review.esco import Concept, EscoIndex, Mention, is_esco_uri, normalise
from wallet.review.skills import Skill, SkillsOverview
from wallet.wording import plain

__all__ = ["Evidence", "JobMatch", "JobSkill", "match_framework", "match_job"]

_WEAK = frozenset(
    [
        "a",
        "an",
        "and",
        "of",
        "the",
        "to",
        "in",
        "for",
        "with",
        "on",
        "or",
        "management",
        "skill",
        "skills",
    ]
)


@dataclass(frozen=True)
class Evidence:
    """One credential skill behind a match: the ``item`` index, its skill, and why it counts."""

    item: int
    skill: str
    because: str


@dataclass(frozen=True)
class JobSkill:
    """A skill the job (or framework) asks for: its name, ESCO URI when known, the words of the
    job text that named it, the valid evidence and the non-valid items that would have matched."""

    name: str
    url: str | None
    words: tuple[str, ...]
    evidence: tuple[Evidence, ...] = ()
    others: tuple[int, ...] = ()

    @property
    def matched(self) -> bool:
        return bool(self.evidence)

    @property
    def items(self) -> tuple[int, ...]:
        return tuple(sorted({e.item for e in self.evidence}))

    def explanation(self) -> str:
        """Why it matched (or did not), in a sentence or two for people."""
        said = ", ".join(f"“{plain(w)}”" for w in self.words)
        head = f"the job says {said}" if said else f"the framework names “{plain(self.name)}”"
        if self.evidence:
            reasons = "; ".join(dict.fromkeys(e.because for e in self.evidence))
            return f"{head}; {reasons}"
        if self.others:
            return (
                f"{head}; only credentials that do not count name it (not valid, or someone else's)"
            )
        return f"{head}; no credential of the portfolio names it"

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"name": self.name, "url": self.url, "words": list(self.words)}
        if self.evidence:
            data["evidence"] = list(self.items)
            data["because"] = list(dict.fromkeys(e.because for e in self.evidence))
        if self.others:
            data["not_valid"] = list(self.others)
        return data


@dataclass(frozen=True)
class JobMatch:
    """What a job description (``source`` "job") or a framework asks for, matched or missing."""

    source: Literal["job", "framework"]
    name: str
    matched: tuple[JobSkill, ...]
    missing: tuple[JobSkill, ...]

    def to_json(self) -> dict[str, Any]:
        """DESIGN ``review --job``: ``{"matched": [...], "missing": [...]}``."""
        return {
            "matched": [s.to_json() for s in self.matched],
            "missing": [s.to_json() for s in self.missing],
        }


@dataclass(frozen=True)
class _Known:
    """A portfolio skill with what it is matched by: its ESCO concepts and its words."""

    skill: Skill
    concepts: dict[str, str]  # uri -> why this skill is that concept
    words: tuple[str, ...]


def _known(skills: Sequence[Skill], index: EscoIndex) -> list[_Known]:
    known = []
    for skill in skills:
        concepts: dict[str, str] = {}
        if skill.url and is_esco_uri(skill.url):
            concept = index.concept(skill.url)
            if concept is not None:
                concepts[concept.uri] = f"it aligns to ESCO’s “{plain(concept.label)}”"
        for concept in index.lookup(skill.name):
            concepts.setdefault(
                concept.uri, f"“{plain(skill.name)}” is an ESCO label of “{plain(concept.label)}”"
            )
        known.append(_Known(skill, concepts, normalise(skill.name)))
    return known


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    size = len(shorter)
    return any(longer[i : i + size] == shorter for i in range(len(longer) - size + 1))


def _same_words(job: tuple[str, ...], skill: tuple[str, ...]) -> bool:
    """The job's words inside the skill's name or the other way round, as whole words, and more
    than filler ("management" alone matches nothing)."""
    if not job or not skill:
        return False
    shorter = job if len(job) <= len(skill) else skill
    if all(w in _WEAK for w in shorter) or (len(shorter) == 1 and len(shorter[0]) < 3):
        return False
    return _contains(skill, job) if len(job) <= len(skill) else _contains(job, skill)


def _evidence_for(
    concepts: Sequence[Concept], words: tuple[str, ...], known: Sequence[_Known]
) -> tuple[tuple[Evidence, ...], tuple[int, ...]]:
    evidence: list[Evidence] = []
    others: set[int] = set()
    for entry in known:
        reason = next((entry.concepts[c.uri] for c in concepts if c.uri in entry.concepts), None)
        if reason is None and _same_words(words, entry.words):
            reason = f"the credential’s skill “{plain(entry.skill.name)}” has the same words"
        if reason is None:
            continue
        evidence += [Evidence(i, entry.skill.name, reason) for i in entry.skill.evidence]
        others.update(entry.skill.others)
    return tuple(evidence), tuple(sorted(others - {e.item for e in evidence}))


def match_job(text: str, overview: SkillsOverview, index: EscoIndex) -> JobMatch:
    """The skills ``text`` names, each matched (with its evidence and why) or missing.

    Fast (a few milliseconds for a page of text and a portfolio of 50): no verification.
    """
    known = _known(overview.skills, index)
    spans: dict[tuple[int, int], list[Mention]] = {}
    for mention in index.find(text):
        spans.setdefault((mention.start, mention.end), []).append(mention)
    asked: dict[str, JobSkill] = {}
    for mentions in spans.values():
        concepts = [m.concept for m in mentions]
        words = normalise(mentions[0].words)
        evidence, others = _evidence_for(concepts, words, known)
        best = _best(mentions, evidence, known)
        _merge(
            asked,
            best.concept.uri,
            best.concept.label,
            best.concept.uri,
            best.words,
            evidence,
            others,
        )
    # Skills of the portfolio (any framework) whose names the text uses word for word.
    text_words = normalise(text)
    for entry in known:
        single = len(entry.words) == 1
        if single and (entry.words[0] in _WEAK or len(entry.words[0]) < 4):
            continue
        if not entry.words or not _contains(text_words, entry.words):
            continue
        if any(uri in asked for uri in entry.concepts):
            continue  # already asked for by its ESCO concept
        because = f"the job uses the words of the credential’s skill “{plain(entry.skill.name)}”"
        evidence = tuple(Evidence(i, entry.skill.name, because) for i in entry.skill.evidence)
        key = "name:" + " ".join(entry.words)
        _merge(
            asked,
            key,
            entry.skill.name,
            entry.skill.url or None,
            entry.skill.name,
            evidence,
            entry.skill.others,
        )
    skills = list(asked.values())
    return JobMatch(
        "job",
        "job description",
        tuple(s for s in skills if s.matched),
        tuple(s for s in skills if not s.matched),
    )


def _best(
    mentions: list[Mention], evidence: tuple[Evidence, ...], known: Sequence[_Known]
) -> Mention:
    """Of the concepts one phrase names, the one a credential evidences, else the one whose
    preferred label is the phrase, else the first."""
    for mention in mentions:
        if any(mention.concept.uri in k.concepts for k in known if k.skill.evidence):
            return mention
    for mention in mentions:
        if normalise(mention.concept.label) == normalise(mention.label):
            return mention
    return mentions[0]


def _merge(
    asked: dict[str, JobSkill],
    key: str,
    name: str,
    url: str | None,
    words: str,
    evidence: tuple[Evidence, ...],
    others: tuple[int, ...],
) -> None:
    found = asked.get(key)
    if found is None:
        asked[key] = JobSkill(name, url, (words,), evidence, others)
        return
    merged_words = found.words if words in found.words else (*found.words, words)
    seen = {(e.item, e.skill) for e in found.evidence}
    more = tuple(e for e in evidence if (e.item, e.skill) not in seen)
    asked[key] = JobSkill(
        found.name,
        found.url,
        merged_words,
        found.evidence + more,
        tuple(sorted(set(found.others) | set(others))),
    )


def match_framework(framework: str, overview: SkillsOverview) -> JobMatch:
    """The skills of ``framework`` the portfolio names: evidenced by a valid credential, or only
    claimed by credentials that are not valid."""
    matched: list[JobSkill] = []
    missing: list[JobSkill] = []
    for skill in overview.skills:
        if skill.framework.casefold() != framework.casefold():
            continue
        because = f"it aligns to “{plain(skill.name)}” in {plain(framework)}"
        evidence = tuple(Evidence(i, skill.name, because) for i in skill.evidence)
        entry = JobSkill(skill.name, skill.url or None, (), evidence, skill.others)
        (matched if evidence else missing).append(entry)
    return JobMatch("framework", framework, tuple(matched), tuple(missing))
