"""What a credential says, read out of its signed view for people: plain values, no Qt.

The view (``wallet.verify.view.SignedView``) holds only what the signature covers (issue 9);
nothing here ever reads the JSON a credential arrived as. Nested credentials (endorsements, a
CLR's achievement credentials) are read from their *own* reports and views, each with its own
verdict (:mod:`ui.credential.parts`). Every text is bounded and its invisible characters made
visible by :mod:`ui.common.display` here, once, before any widget sees it.

Field names follow Open Badges 3.0 §B.1 (Achievement, AchievementSubject, Result, Evidence,
Alignment, Profile), CLR 2.0 §B.1 (ClrSubject) and, for legacy badges, Open Badges 2.0
(:mod:`ui.credential.legacy`). Anything absent is simply left out; nothing here raises on odd
input.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ui.common.display import line, passage
from ui.credential.legacy import Legacy, LinkedDetails, is_legacy, read_legacy
from ui.credential.parts import Endorsement, Node, achievement_of, endorsements, tree
from ui.credential.reading import ident, listed, text, url
from wallet.verify import Report
from wallet.verify.about import title_of
from wallet.verify.recipient import Recipient, matching_identity, recipient_of
from wallet.verify.view import SignedView

__all__ = [
    "Alignment",
    "CredentialView",
    "Endorsement",
    "Evidence",
    "Issuer",
    "Node",
    "Result",
    "achievement_of",
    "alignments_of",
    "describe",
    "describe_report",
    "text",
]


@dataclass(frozen=True)
class Alignment:
    name: str
    framework: str
    url: str
    target_type: str
    code: str
    description: str


@dataclass(frozen=True)
class Evidence:
    name: str
    narrative: str  # Markdown
    url: str


@dataclass(frozen=True)
class Result:
    name: str
    value: str


@dataclass(frozen=True)
class Issuer:
    name: str
    id: str
    url: str
    email: str
    description: str


@dataclass(frozen=True)
class CredentialView:
    name: str = ""
    kind: str = ""  # achievementType: Course, Certificate, Badge...
    level: str = ""
    code: str = ""
    field_of_study: str = ""
    description: str = ""  # Markdown, at most display.TEXT_LIMIT characters
    description_cut: bool = False  # longer in the credential: offer "show all"
    full_description: str = ""  # the whole text, for "show all" (plain, in a scroll area)
    criteria: str = ""  # Markdown
    criteria_url: str = ""
    narrative: str = ""  # Markdown: the subject's or assertion's own narrative
    evidence: tuple[Evidence, ...] = ()
    results: tuple[Result, ...] = ()
    credits: str = ""
    duration: str = ""
    skills: tuple[str, ...] = ()
    alignments: tuple[Alignment, ...] = ()
    issuer: Issuer = field(default_factory=lambda: Issuer("", "", "", "", ""))
    recipient: Recipient = field(default_factory=Recipient)
    recipient_match: str = ""  # the learner's own address a hashed recipient matches
    issued: str = ""
    expires: str = ""
    awarded: str = ""
    endorsements: tuple[Endorsement, ...] = ()
    nested: tuple[Node, ...] = ()
    is_clr: bool = False
    legacy: Legacy | None = None  # Open Badges 2.0 / 1.x


def alignments_of(holder: dict[str, Any]) -> list[Alignment]:
    """OB 3.0 §B.1.4 / OB 2.0 §AlignmentObject entries that name their target."""
    return [
        Alignment(
            name=line(text(a.get("targetName"))),
            framework=line(text(a.get("targetFramework"))),
            url=url(a.get("targetUrl")),
            target_type=line(text(a.get("targetType"))),
            code=line(text(a.get("targetCode"))),
            description=passage(text(a.get("targetDescription")), 2_000)[0],
        )
        for a in listed(holder.get("alignment"))
        if isinstance(a, dict) and text(a.get("targetName"))
    ]


def _subject(document: dict[str, Any]) -> dict[str, Any]:
    return next((s for s in listed(document.get("credentialSubject")) if isinstance(s, dict)), {})


def _results(subject: dict[str, Any], achievement: dict[str, Any]) -> tuple[Result, ...]:
    described = {
        ident(d.get("id")): d
        for d in listed(achievement.get("resultDescription"))
        if isinstance(d, dict)
    }
    out = []
    for result in listed(subject.get("result")):
        if not isinstance(result, dict):
            continue
        description = described.get(ident(result.get("resultDescription")), {})
        name = text(description.get("name")) or "Result"
        value = text(result.get("value")) or text(result.get("status"))
        level_id = ident(result.get("achievedLevel"))
        for level in listed(description.get("rubricCriterionLevel")):
            if isinstance(level, dict) and ident(level.get("id")) == level_id:
                value = value or text(level.get("name"))
        if value:
            out.append(Result(line(name), line(value)))
    return tuple(out)


def _level(subject: dict[str, Any], achievement: dict[str, Any]) -> str:
    for description in listed(achievement.get("resultDescription")):
        if not isinstance(description, dict):
            continue
        for result in listed(subject.get("result")):
            if isinstance(result, dict) and result.get("achievedLevel"):
                for level in listed(description.get("rubricCriterionLevel")):
                    if isinstance(level, dict) and ident(level.get("id")) == ident(
                        result["achievedLevel"]
                    ):
                        return line(text(level.get("name")) or text(level.get("level")))
    return line(text(achievement.get("specialization")))


def _issuer(value: Any) -> Issuer:
    value = next(iter(listed(value)), None)
    if isinstance(value, str):
        return Issuer(line(value), line(value), url(value), "", "")
    if not isinstance(value, dict):
        return Issuer("", "", "", "", "")
    identifier = text(value.get("id"))
    return Issuer(
        name=line(text(value.get("name")) or identifier),
        id=line(identifier, 400),
        url=url(value.get("url")),
        email=line(text(value.get("email"))),
        description=passage(text(value.get("description")), 2_000)[0],
    )


def _described(holder: dict[str, Any], document: dict[str, Any]) -> dict[str, Any]:
    raw = text(holder.get("description")) or text(document.get("description"))
    shown, cut = passage(raw)
    return {
        "description": shown,
        "description_cut": cut,
        "full_description": passage(raw, len(raw) + 1)[0] if cut else "",
    }


def _criteria(criteria: Any) -> tuple[str, str]:
    node = next((c for c in listed(criteria) if isinstance(c, dict)), None)
    narrative = passage(text(node.get("narrative")))[0] if node else ""
    return narrative, url(criteria if node is None else node)


def _evidence(document: dict[str, Any]) -> tuple[Evidence, ...]:
    return tuple(
        Evidence(
            line(text(e.get("name"))),
            passage(text(e.get("narrative")) or text(e.get("description")))[0],
            url(e),
        )
        for e in listed(document.get("evidence"))
        if isinstance(e, dict)
    )


def _skills(*holders: dict[str, Any]) -> tuple[str, ...]:
    found: dict[str, str] = {}
    for holder in holders:
        for tag in listed(holder.get("tag")) + listed(holder.get("tags")):
            name = line(text(tag))
            if name:
                found.setdefault(name.casefold(), name)
    return tuple(found.values())


def describe(
    view: SignedView,
    nested: Sequence[Report] = (),
    *,
    linked: LinkedDetails | None = None,
    identities: Sequence[str] = (),
) -> CredentialView:
    """Everything the credential page shows, from a credential's signed view, the reports of the
    credentials inside it (``nested``: ``Report.credentials``), the OB 2.0 details fetched for
    it (``linked``) and the learner's own addresses (``identities``, to name which one a hashed
    recipient is)."""
    document = view.data
    if not document:
        return CredentialView(name=title_of({}))
    recipient = recipient_of(document)
    match = matching_identity(document, identities) if recipient.hashed and identities else None
    common: dict[str, Any] = {
        "recipient": recipient,
        "recipient_match": match or "",
        "endorsements": endorsements(nested, view),
    }
    if is_legacy(document):
        return _describe_legacy(document, read_legacy(document, linked), common)
    types = listed(document.get("type"))
    is_clr = "ClrCredential" in types
    # A CLR's subject lists its achievements (CLR 2.0 §B.1.3): they are the tree below, each
    # with its own credential, not a description of the record itself.
    achievement = {} if is_clr else achievement_of(document)
    subject = _subject(document)
    criteria, criteria_url = _criteria(achievement.get("criteria"))
    start, end = text(subject.get("activityStartDate")), text(subject.get("activityEndDate"))
    duration = f"{start[:10]} – {end[:10]}" if start and end else (start or end)[:10]
    earned, available = (
        text(subject.get("creditsEarned")),
        text(achievement.get("creditsAvailable")),
    )
    credits = f"{earned} of {available}" if earned and available else (earned or available)
    return CredentialView(
        name=line(title_of(document)),
        kind=line(text(achievement.get("achievementType"))),
        level=_level(subject, achievement),
        code=line(text(achievement.get("humanCode"))),
        field_of_study=line(text(achievement.get("fieldOfStudy"))),
        **_described(achievement, document),
        criteria=criteria,
        criteria_url=criteria_url,
        narrative=passage(text(subject.get("narrative")))[0],
        evidence=_evidence(document),
        results=_results(subject, achievement),
        credits=line(credits),
        duration=line(duration),
        skills=_skills(achievement),
        alignments=tuple(alignments_of(achievement)),
        issuer=_issuer(document.get("issuer")),
        issued=line(text(document.get("validFrom")) or text(document.get("issuanceDate"))),
        expires=line(text(document.get("validUntil")) or text(document.get("expirationDate"))),
        awarded=line(text(document.get("awardedDate"))),
        nested=tree(nested, view),
        is_clr=is_clr,
        **common,
    )


def _describe_legacy(
    document: dict[str, Any], legacy: Legacy, common: dict[str, Any]
) -> CredentialView:
    badge = legacy.badge
    criteria, criteria_url = _criteria(badge.get("criteria"))
    issuer = legacy.issuer
    return CredentialView(
        name=line(text(badge.get("name")) or title_of(document)),
        kind="",
        **_described(badge, {}),
        criteria=criteria,
        criteria_url=criteria_url,
        narrative=legacy.narrative,
        evidence=tuple(Evidence(n, m, u) for n, m, u in legacy.evidence),
        skills=_skills(badge),
        alignments=tuple(alignments_of(badge)),
        issuer=_issuer(issuer) if issuer else Issuer("", "", "", "", ""),
        issued=line(text(document.get("issuedOn")) or text(document.get("issued_on"))),
        expires=line(text(document.get("expires"))),
        legacy=legacy,
        **common,
    )


def describe_report(
    report: Report | None,
    *,
    linked: LinkedDetails | None = None,
    identities: Sequence[str] = (),
) -> CredentialView:
    """:func:`describe` over a report's own view and nested reports."""
    if report is None:
        return CredentialView(name=title_of({}))
    return describe(report.view, report.credentials, linked=linked, identities=identities)
