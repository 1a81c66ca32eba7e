"""What a credential says, read out of its signed view for people: plain values, no Qt.

The view (``wallet.verify.view.SignedView``) holds only what the signature covers (issue 9);
nothing here ever reads the JSON a credential arrived as.

Field names follow Open Badges 3.0 §B.1 (Achievement, AchievementSubject, Result, Evidence,
Alignment, Profile) and CLR 2.0 §B.1 (ClrSubject: ``verifiableCredential``, ``achievement``,
``association``). Anything absent is simply left out; nothing here raises on odd input.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

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
    "text",
]


def _list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def text(value: Any) -> str:
    """A string from a string, a language map or a value object; "" otherwise."""
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return f"{value:g}"
    if isinstance(value, dict):
        for key in ("@value", "en", "name", "narrative"):
            if isinstance(value.get(key), str):
                return str(value[key])
    return ""


def _url(value: Any) -> str:
    candidate = value.get("id") if isinstance(value, dict) else value
    if isinstance(candidate, str) and candidate.startswith(("https://", "http://")):
        return candidate
    return ""


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
    narrative: str
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
class Endorsement:
    issuer: str
    comment: str


@dataclass(frozen=True)
class Node:
    """One achievement in a CLR's tree."""

    name: str
    kind: str
    issuer: str
    children: tuple[Node, ...] = ()


@dataclass(frozen=True)
class CredentialView:
    name: str = ""
    kind: str = ""  # achievementType: Course, Certificate, Badge...
    level: str = ""
    code: str = ""
    field_of_study: str = ""
    description: str = ""
    criteria: str = ""
    criteria_url: str = ""
    evidence: tuple[Evidence, ...] = ()
    results: tuple[Result, ...] = ()
    credits: str = ""
    duration: str = ""
    skills: tuple[str, ...] = ()
    alignments: tuple[Alignment, ...] = ()
    issuer: Issuer = field(default_factory=lambda: Issuer("", "", "", "", ""))
    issued: str = ""
    expires: str = ""
    awarded: str = ""
    endorsements: tuple[Endorsement, ...] = ()
    nested: tuple[Node, ...] = ()
    is_clr: bool = False


def achievement_of(document: dict[str, Any]) -> dict[str, Any]:
    for subject in _list(document.get("credentialSubject")):
        if isinstance(subject, dict) and isinstance(subject.get("achievement"), dict):
            found: dict[str, Any] = subject["achievement"]
            return found
    return {}


def _subject(document: dict[str, Any]) -> dict[str, Any]:
    subjects = [s for s in _list(document.get("credentialSubject")) if isinstance(s, dict)]
    return subjects[0] if subjects else {}


def alignments_of(achievement: dict[str, Any]) -> list[Alignment]:
    return [
        Alignment(
            name=text(a.get("targetName")),
            framework=text(a.get("targetFramework")),
            url=_url(a.get("targetUrl")),
            target_type=text(a.get("targetType")),
            code=text(a.get("targetCode")),
            description=text(a.get("targetDescription")),
        )
        for a in _list(achievement.get("alignment"))
        if isinstance(a, dict) and text(a.get("targetName"))
    ]


def _ident(value: Any) -> Any:
    """A reference's id: the view writes a node that says no more than its id as {"id": …}."""
    return value.get("id") if isinstance(value, dict) else value


def _results(subject: dict[str, Any], achievement: dict[str, Any]) -> tuple[Result, ...]:
    described = {
        d.get("id"): d for d in _list(achievement.get("resultDescription")) if isinstance(d, dict)
    }
    out = []
    for result in _list(subject.get("result")):
        if not isinstance(result, dict):
            continue
        description = described.get(_ident(result.get("resultDescription")), {})
        name = text(description.get("name")) or "Result"
        value = text(result.get("value")) or text(result.get("status"))
        level_id = _ident(result.get("achievedLevel"))
        for level in _list(description.get("rubricCriterionLevel")):
            if isinstance(level, dict) and level.get("id") == level_id:
                value = value or text(level.get("name"))
        if value:
            out.append(Result(name, value))
    return tuple(out)


def _level(subject: dict[str, Any], achievement: dict[str, Any]) -> str:
    for description in _list(achievement.get("resultDescription")):
        if not isinstance(description, dict):
            continue
        for result in _list(subject.get("result")):
            if isinstance(result, dict) and result.get("achievedLevel"):
                for level in _list(description.get("rubricCriterionLevel")):
                    if isinstance(level, dict) and level.get("id") == _ident(
                        result["achievedLevel"]
                    ):
                        return text(level.get("name")) or text(level.get("level"))
    return text(achievement.get("specialization"))


def _issuer(value: Any) -> Issuer:
    if isinstance(value, str):
        return Issuer(value, value, _url(value), "", "")
    if not isinstance(value, dict):
        return Issuer("", "", "", "", "")
    ident = text(value.get("id"))
    return Issuer(
        name=text(value.get("name")) or ident,
        id=ident,
        url=_url(value.get("url")),
        email=text(value.get("email")),
        description=text(value.get("description")),
    )


def _endorsements(document: dict[str, Any], achievement: dict[str, Any]) -> list[Endorsement]:
    out = []
    for item in _list(document.get("endorsement")) + _list(achievement.get("endorsement")):
        if isinstance(item, dict):
            subject = _subject(item)
            out.append(
                Endorsement(
                    _issuer(item.get("issuer")).name, text(subject.get("endorsementComment"))
                )
            )
        elif isinstance(item, str):
            out.append(Endorsement("", "a signed endorsement (JWT)"))
    return out


def _nested(document: dict[str, Any]) -> tuple[Node, ...]:
    """A CLR's achievements: its credentials, arranged by ``association`` when it has any."""
    subject = _subject(document)
    nodes: dict[str, Node] = {}
    order: list[str] = []
    for i, credential in enumerate(_list(subject.get("verifiableCredential"))):
        if not isinstance(credential, dict):
            nodes[f"#{i}"] = Node("A signed credential (JWT)", "", "")
            order.append(f"#{i}")
            continue
        achievement = achievement_of(credential)
        key = text(achievement.get("id")) or f"#{i}"
        nodes[key] = Node(
            text(achievement.get("name")) or text(credential.get("name")) or "Achievement",
            text(achievement.get("achievementType")),
            _issuer(credential.get("issuer")).name,
        )
        order.append(key)
    children: dict[str, list[str]] = {}
    has_parent: set[str] = set()
    for association in _list(subject.get("association")):
        if not isinstance(association, dict):
            continue
        kind = association.get("associationType")
        source = _ident(association.get("sourceId"))
        target = _ident(association.get("targetId"))
        if kind == "isChildOf":
            source, target = target, source
        elif kind != "isParentOf":
            continue
        if source in nodes and target in nodes and source != target:
            children.setdefault(str(source), []).append(str(target))
            has_parent.add(str(target))

    def build(key: str, seen: frozenset[str]) -> Node:
        node = nodes[key]
        kids = tuple(build(k, seen | {k}) for k in children.get(key, []) if k not in seen)
        return Node(node.name, node.kind, node.issuer, kids)

    return tuple(build(k, frozenset({k})) for k in order if k not in has_parent)


def describe(view: SignedView) -> CredentialView:
    """Everything the credential page shows, from a credential's signed view."""
    document = view.data
    if not document:
        return CredentialView(name="Credential")
    achievement = achievement_of(document)
    subject = _subject(document)
    criteria = achievement.get("criteria")
    start, end = text(subject.get("activityStartDate")), text(subject.get("activityEndDate"))
    duration = f"{start[:10]} – {end[:10]}" if start and end else (start or end)[:10]
    earned, available = (
        text(subject.get("creditsEarned")),
        text(achievement.get("creditsAvailable")),
    )
    credits = f"{earned} of {available}" if earned and available else (earned or available)
    alignments = alignments_of(achievement)
    types = _list(document.get("type"))
    return CredentialView(
        name=text(document.get("name")) or text(achievement.get("name")) or "Credential",
        kind=text(achievement.get("achievementType")),
        level=_level(subject, achievement),
        code=text(achievement.get("humanCode")),
        field_of_study=text(achievement.get("fieldOfStudy")),
        description=text(achievement.get("description")) or text(document.get("description")),
        criteria=text(criteria) if isinstance(criteria, dict) else "",
        criteria_url=_url(criteria),
        evidence=tuple(
            Evidence(
                text(e.get("name")), text(e.get("narrative")) or text(e.get("description")), _url(e)
            )
            for e in _list(document.get("evidence"))
            if isinstance(e, dict)
        ),
        results=_results(subject, achievement),
        credits=credits,
        duration=duration,
        skills=tuple(t for t in (text(v) for v in _list(achievement.get("tag"))) if t),
        alignments=tuple(alignments),
        issuer=_issuer(document.get("issuer")),
        issued=text(document.get("validFrom")) or text(document.get("issuanceDate")),
        expires=text(document.get("validUntil")) or text(document.get("expirationDate")),
        awarded=text(document.get("awardedDate")),
        endorsements=tuple(_endorsements(document, achievement)),
        nested=_nested(document),
        is_clr="ClrCredential" in types,
    )
