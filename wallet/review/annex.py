"""Where each element of the EU micro-credential Recommendation is found in an Open Badges 3.0
credential's signed view (Council Recommendation 2022/C 243/02, Annex I; the mapping is in
:mod:`wallet.review.quality`). One finder per element; each returns a :class:`Finding`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from wallet.review.portfolio import ReviewItem
from wallet.review.skills import achievements_of, claims_of
from wallet.verify import Status, Verdict
from wallet.verify.about import first_text
from wallet.verify.openbadges import ENDORSEMENT_LABEL
from wallet.verify.structure import as_list, party_id
from wallet.wording import plain

__all__ = ["ELEMENTS", "MANDATORY", "Element", "Finding", "find_elements"]


@dataclass(frozen=True)
class Element:
    key: str
    name: str
    mandatory: bool


ELEMENTS = (
    Element("learner", "the learner", True),
    Element("title", "the title", True),
    Element("country", "the issuer's country or region", True),
    Element("awarding_body", "the awarding body", True),
    Element("date", "the date of issuing", True),
    Element("outcomes", "the learning outcomes", True),
    Element("workload", "the notional workload (ECTS)", True),
    Element("level", "the level (EQF, QF-EHEA), where applicable", True),
    Element("assessment", "the type of assessment", True),
    Element("participation", "the form of participation", True),
    Element("quality_assurance", "the type of quality assurance", True),
    Element("grade", "the grade", False),
    Element("stackability", "integration or stackability", False),
    Element("prerequisites", "prerequisites", False),
)
_BY_KEY = {e.key: e for e in ELEMENTS}
MANDATORY = tuple(e for e in ELEMENTS if e.mandatory)

_PARTICIPATION = re.compile(
    r"\b(online|on-?line|on-?site|in[- ]person|face[- ]to[- ]face|blended|hybrid|distance|remote"
    r"|self-paced|classroom)\b",
    re.IGNORECASE,
)
_LEVEL = re.compile(r"\b(EQF|QF-EHEA|European Qualifications Framework)\b|/snb/eqf/", re.I)
_ECTS = re.compile(r"\bECTS\b", re.IGNORECASE)


@dataclass(frozen=True)
class Finding:
    """One element for one credential: stated or not, ``where`` (the field), the ``value``
    shown, and a ``note`` for what an advisor should know (a unit missing, an implied type)."""

    element: Element
    stated: bool
    where: str = ""
    value: str = ""
    note: str = ""

    def sentence(self) -> str:
        if not self.stated:
            return f"does not state {self.element.name}" + (f" ({self.note})" if self.note else "")
        text = f"{self.element.name}: {self.value}" if self.value else self.element.name
        text += f" — in {self.where}" if self.where else ""
        return text + (f" ({self.note})" if self.note else "")


def _text(value: Any) -> str:
    found = first_text(value)
    return " ".join(found.split()) if found else ""


def _number(value: Any) -> str:
    for item in as_list(value):
        if isinstance(item, bool):
            continue
        if isinstance(item, int | float):
            return f"{item:g}"
        if isinstance(item, str) and item.strip():
            return item.strip()
    return ""


def _subject(data: dict[str, Any]) -> dict[str, Any]:
    return next((s for s in as_list(data.get("credentialSubject")) if isinstance(s, dict)), {})


def _learner(data: dict[str, Any]) -> Finding:
    element = _BY_KEY["learner"]
    subject = _subject(data)
    ident = party_id(subject)
    if ident:
        return Finding(element, True, "credentialSubject.id", plain(ident))
    for identifier in as_list(subject.get("identifier")):
        if isinstance(identifier, dict):
            kind = _text(identifier.get("identityType")) or "an identifier"
            hashed = " (hashed)" if identifier.get("hashed") is True else ""
            return Finding(element, True, "credentialSubject.identifier", f"{kind}{hashed}")
    name = _text(subject.get("name"))
    if name:
        return Finding(element, True, "credentialSubject.name", plain(name))
    recipient = data.get("recipient")
    if isinstance(recipient, dict) and recipient.get("identity"):
        hashed = " (hashed)" if recipient.get("hashed") is True else ""
        kind = _text(recipient.get("type")) or "identity"
        return Finding(element, True, "recipient", f"{kind}{hashed}")
    return Finding(element, False)


def _issuer(data: dict[str, Any]) -> dict[str, Any]:
    issuer = data.get("issuer")
    badge = data.get("badge")
    if not isinstance(issuer, dict) and isinstance(badge, dict):
        issuer = badge.get("issuer")  # OB 2.0: the BadgeClass's Profile
    return issuer if isinstance(issuer, dict) else {}


def _country(data: dict[str, Any], achievements: list[dict[str, Any]]) -> Finding:
    element = _BY_KEY["country"]
    holders: list[tuple[str, Any]] = [("issuer", _issuer(data))]
    holders += [("achievement.creator", a.get("creator")) for a in achievements]
    for place, party in holders:
        if not isinstance(party, dict):
            continue
        for address in as_list(party.get("address")):
            if not isinstance(address, dict):
                continue
            parts = [
                _text(address.get(k))
                for k in ("addressRegion", "addressCountry", "addressCountryCode")
            ]
            shown = ", ".join(dict.fromkeys(p for p in parts if p))
            if shown:
                return Finding(element, True, f"{place}.address", plain(shown))
    return Finding(element, False, note="the issuer's profile has no address")


def _awarding_body(data: dict[str, Any]) -> Finding:
    element = _BY_KEY["awarding_body"]
    issuer = _issuer(data)
    name = _text(issuer.get("name"))
    where = "badge.issuer.name" if "badge" in data else "issuer.name"
    if name:
        return Finding(element, True, where, plain(name))
    ident = party_id(data.get("issuer"))
    if ident:
        return Finding(element, True, "issuer", plain(ident), "named only by its identifier")
    return Finding(element, False)


def _date(data: dict[str, Any]) -> Finding:
    element = _BY_KEY["date"]
    for key in ("awardedDate", "validFrom", "issuanceDate", "issuedOn"):
        value = data.get(key)
        if isinstance(value, str) and value.strip():
            return Finding(element, True, key, plain(value))
    return Finding(element, False)


def _outcomes(data: dict[str, Any], achievements: list[dict[str, Any]]) -> Finding:
    element = _BY_KEY["outcomes"]
    claims = claims_of(data)
    if claims:
        frameworks = sorted({c.framework for c in claims if c.framework}, key=str.casefold)
        names = ", ".join(c.name for c in claims[:4]) + (" …" if len(claims) > 4 else "")
        where = claims[0].where.replace("achievement alignment", "achievement.alignment")
        note = ("frameworks: " + ", ".join(frameworks)) if frameworks else "no framework named"
        return Finding(element, True, where, plain(names), note)
    for achievement in achievements:
        criteria = achievement.get("criteria")
        narrative = _text(criteria.get("narrative")) if isinstance(criteria, dict) else ""
        if narrative:
            return Finding(
                element,
                False,
                note="the criteria describe what was done, but no outcome is aligned to a "
                "framework such as ESCO",
            )
    return Finding(element, False)


def _alignment_texts(data: dict[str, Any]) -> list[tuple[str, str]]:
    """(text to search, what to show) for each alignment's framework, name, code and URL."""
    found = []
    for claim in claims_of(data):
        text = " ".join((claim.framework, claim.name, claim.code, claim.url))
        found.append((text, f"{claim.name} ({claim.framework})" if claim.framework else claim.name))
    return found


def _workload(data: dict[str, Any], achievements: list[dict[str, Any]]) -> Finding:
    element = _BY_KEY["workload"]
    ects = any(_ECTS.search(text) for text, _ in _alignment_texts(data))
    unit = "ECTS, as an alignment says" if ects else "OB 3.0 gives no unit: ECTS not stated"
    earned = _number(_subject(data).get("creditsEarned"))
    for achievement in achievements:
        available = _number(achievement.get("creditsAvailable"))
        if available:
            value = f"{earned} of {available} credits" if earned else f"{available} credits"
            return Finding(element, True, "achievement.creditsAvailable", value, unit)
    if earned:
        return Finding(element, True, "credentialSubject.creditsEarned", f"{earned} credits", unit)
    return Finding(element, False)


def _level(data: dict[str, Any]) -> Finding:
    element = _BY_KEY["level"]
    for text, shown in _alignment_texts(data):
        if _LEVEL.search(text):
            return Finding(element, True, "achievement.alignment", plain(shown))
    return Finding(element, False, note="needed only where a level applies")


def _search(node: Any, keys: tuple[str, ...], depth: int = 0) -> Any:
    """The first value under any of ``keys`` in a nested view node (bounded depth)."""
    if depth > 6:
        return None
    if isinstance(node, dict):
        for key in keys:
            if node.get(key) not in (None, [], {}):
                return node[key]
        for value in node.values():
            found = _search(value, keys, depth + 1)
            if found is not None:
                return found
    elif isinstance(node, list):
        for value in node[:50]:
            found = _search(value, keys, depth + 1)
            if found is not None:
                return found
    return None


def _assessment(achievements: list[dict[str, Any]]) -> Finding:
    element = _BY_KEY["assessment"]
    for achievement in achievements:
        assessments = _search(achievement, ("assessments",))
        if assessments is not None:
            kinds = [
                _text(a.get("assessmentOutput")) or _text(a.get("type"))
                for a in as_list(assessments)
                if isinstance(a, dict)
            ]
            value = ", ".join(k for k in kinds if k) or "described"
            return Finding(element, True, "achievement (assessment extension)", plain(value))
        for description in as_list(achievement.get("resultDescription")):
            if isinstance(description, dict):
                kind = _text(description.get("resultType")) or "a result"
                name = _text(description.get("name"))
                value = f"{name} ({kind})" if name else kind
                return Finding(
                    element,
                    True,
                    "achievement.resultDescription",
                    plain(value),
                    "implied by the graded result it describes",
                )
    return Finding(element, False)


def _participation(achievements: list[dict[str, Any]]) -> Finding:
    element = _BY_KEY["participation"]
    for achievement in achievements:
        for tag in as_list(achievement.get("tag")):
            match = _PARTICIPATION.search(_text(tag))
            if match:
                return Finding(element, True, "achievement.tag", plain(_text(tag)))
        for key, where in (("description", "achievement.description"),):
            match = _PARTICIPATION.search(_text(achievement.get(key)))
            if match:
                return Finding(element, True, where, f"mentions “{match.group(0)}”", "in its text")
        criteria = achievement.get("criteria")
        narrative = _text(criteria.get("narrative")) if isinstance(criteria, dict) else ""
        match = _PARTICIPATION.search(narrative)
        if match:
            value = f"mentions “{match.group(0)}”"
            return Finding(element, True, "achievement.criteria.narrative", value, "in its text")
    return Finding(element, False, note="Open Badges 3.0 has no field for it")


def _quality_assurance(item: ReviewItem, data: dict[str, Any]) -> Finding:
    element = _BY_KEY["quality_assurance"]
    accreditation = _search(_issuer(data), ("accreditationDate", "accreditingAgency"))
    if accreditation is not None:
        return Finding(element, True, "issuer (accreditation extension)", plain(str(accreditation)))
    for nested in item.report.credentials:
        if nested.label.startswith(ENDORSEMENT_LABEL) and nested.verdict is Verdict.VALID:
            issuer = nested.about.get("issuer") or {}
            who = _text(issuer.get("name")) or _text(issuer.get("id")) or "a third party"
            return Finding(
                element, True, nested.label, f"endorsed by {plain(who)}", "a verified endorsement"
            )
    trust = item.report.check("trust")
    if trust is not None and trust.status is Status.PASS and "regist" in trust.message:
        return Finding(element, True, "trust registry", plain(trust.message))
    return Finding(element, False)


def _grade(data: dict[str, Any]) -> Finding:
    element = _BY_KEY["grade"]
    for result in as_list(_subject(data).get("result")):
        if isinstance(result, dict):
            value = _text(result.get("value")) or _text(result.get("status"))
            if value:
                return Finding(element, True, "credentialSubject.result", plain(value))
            if result.get("achievedLevel"):
                return Finding(element, True, "credentialSubject.result", "a rubric level")
    return Finding(element, False)


def _stackability(item: ReviewItem, data: dict[str, Any]) -> Finding:
    element = _BY_KEY["stackability"]
    if item.parent is not None:
        return Finding(element, True, "a CLR", "part of a comprehensive learner record")
    associations = as_list(_subject(data).get("association"))
    if associations:
        return Finding(element, True, "credentialSubject.association", f"{len(associations)} links")
    return Finding(element, False)


def _prerequisites(data: dict[str, Any]) -> Finding:
    element = _BY_KEY["prerequisites"]
    for association in as_list(_subject(data).get("association")):
        if isinstance(association, dict):
            kind = _text(association.get("associationType"))
            if kind in ("isPrerequisiteOf", "precedes"):
                return Finding(element, True, "credentialSubject.association", kind)
    return Finding(element, False)


def find_elements(item: ReviewItem) -> tuple[Finding, ...]:
    """Every Annex I element (in its order) for one item, from its signed view."""
    data = item.report.view.data
    achievements = achievements_of(data)
    title = _BY_KEY["title"]
    name = next((_text(a.get("name")) for a in achievements if _text(a.get("name"))), "")
    where = "badge.name" if "badge" in data else "achievement.name"
    if name:
        title_finding = Finding(title, True, where, plain(name))
    elif _text(data.get("name")):
        title_finding = Finding(title, True, "name", plain(_text(data.get("name"))))
    else:
        title_finding = Finding(title, False)
    return (
        _learner(data),
        title_finding,
        _country(data, achievements),
        _awarding_body(data),
        _date(data),
        _outcomes(data, achievements),
        _workload(data, achievements),
        _level(data),
        _assessment(achievements),
        _participation(achievements),
        _quality_assurance(item, data),
        _grade(data),
        _stackability(item, data),
        _prerequisites(data),
    )
