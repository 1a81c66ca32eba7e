"""What a PDF evidence pack says about each credential, as plain data (no Qt here).

``ui/export/evidence_pack.py`` draws it. Everything shown comes from the credential as stored and
its verification report; nothing is fetched. Open Badges 3.0 / CLR 2.0 fields (achievement,
criteria, alignments, results, evidence) are read where they are; a plain VC shows its name,
issuer and dates.

Also here, because they are decisions about paper rather than about Qt: how long identifiers are
shortened for display (:func:`elide_identifiers`; the attached files keep them whole) and how
large a QR code is printed (:func:`qr_print_size`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from wallet.present.qr import QUIET_ZONE, QrChoice, QrCode
from wallet.verify import Report
from wallet.verify.structure import as_list, party_id
from wallet.verify.view import SignedView

__all__ = [
    "MAX_QR_PRINT_MM",
    "MIN_QR_MODULE_MM",
    "CredentialFacts",
    "EvidenceItem",
    "QrPrint",
    "credential_facts",
    "elide_identifier",
    "elide_identifiers",
    "qr_print_size",
]

# Printed QR modules: ISO/IEC 18004 leaves the X dimension to the application and commonly
# quoted minimums are ~0.33 mm for scanners; phone cameras reading paper at arm's length want
# more, so no module is printed smaller than 0.5 mm. A version 40 code with its quiet zone is
# 185 modules, so 100 mm (most of the 174 mm text width of an A4 page) keeps every version at
# 0.54 mm or more and leaves room on the page for the report. Small codes stop at 1 mm a module.
MIN_QR_MODULE_MM = 0.5
MAX_QR_PRINT_MM = 100.0
_PREFERRED_MODULE_MM = 1.0


@dataclass(frozen=True)
class EvidenceItem:
    """One credential in the pack: its vault id, display name, document (or JWT), fresh report,
    when that report was made, the exact bytes imported (attached to the PDF), its badge image
    when the vault has one, and the QR code to print (a VP1- presentation of this credential
    alone, or a link) or why there is none."""

    id: str
    name: str
    document: Any
    report: Report
    checked: datetime
    original: bytes = b""
    image: bytes | None = None
    qr: QrChoice | None = None


@dataclass(frozen=True)
class CredentialFacts:
    title: str
    achievement_type: str | None
    description: str
    criteria: str
    issuer_name: str
    issuer_id: str
    issued: str | None
    valid_until: str | None
    credential_id: str | None
    skills: tuple[str, ...]  # alignment target names, with their framework when given
    results: tuple[str, ...] = ()  # "Final grade: A"
    evidence: tuple[str, ...] = ()  # "Final project: a notebook… (https://…)"


@dataclass(frozen=True)
class QrPrint:
    """How large a QR code is printed: its width, quiet zone included, and one module's."""

    width_mm: float
    module_mm: float


def qr_print_size(code: QrCode) -> QrPrint:
    """1 mm a module for small codes, at most :data:`MAX_QR_PRINT_MM` wide. Raises ValueError if
    modules would come out below :data:`MIN_QR_MODULE_MM` (cannot happen up to version 40)."""
    modules = code.size + 2 * QUIET_ZONE  # ISO/IEC 18004 §6.3.8: the quiet zone is part of it
    width = min(modules * _PREFERRED_MODULE_MM, MAX_QR_PRINT_MM)
    if width / modules < MIN_QR_MODULE_MM:
        raise ValueError(f"a {modules}-module QR code does not fit {MAX_QR_PRINT_MM:g} mm")
    return QrPrint(width, width / modules)


# A DID's method-specific id (and a key fragment) long enough that a table cell would wrap it
# character by character; did:web ids are host names and usually stay whole.
# A trailing "." or ":" ends the sentence, not the DID.
_ID_CHARS = r"[A-Za-z0-9._%:-]*[A-Za-z0-9_%-]"
_DID = re.compile(rf"\bdid:([a-z0-9]+):({_ID_CHARS})(#{_ID_CHARS})?")
_KEEP = 8


def _elide(value: str) -> str:
    return value if len(value) <= 2 * _KEEP + 4 else f"{value[:_KEEP]}…{value[-_KEEP:]}"


def elide_identifier(did: str) -> str:
    """``did:key:z6MkhSJN…VDJwsYV``-style: the method and both ends of a long DID kept, the
    middle elided (for reading; never for comparing). Anything else is returned unchanged."""
    return elide_identifiers(did)


def elide_identifiers(text: str) -> str:
    """``text`` with every long DID in it elided as :func:`elide_identifier` does."""

    def shorten(match: re.Match[str]) -> str:
        fragment = match.group(3) or ""
        if fragment:
            fragment = "#" + _elide(fragment[1:])
        return f"did:{match.group(1)}:{_elide(match.group(2))}{fragment}"

    return _DID.sub(shorten, text)


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _subject(document: dict[str, Any]) -> dict[str, Any]:
    subjects = [s for s in as_list(document.get("credentialSubject")) if isinstance(s, dict)]
    return subjects[0] if subjects else {}


def _results(subject: dict[str, Any], achievement: dict[str, Any]) -> tuple[str, ...]:
    """OB 3.0 §B.1.13 Result: its value, named by the ResultDescription it points at."""
    names = {
        d.get("id"): _text(d.get("name"))
        for d in as_list(achievement.get("resultDescription"))
        if isinstance(d, dict)
    }
    results = []
    for result in as_list(subject.get("result")):
        if not isinstance(result, dict):
            continue
        value = _text(result.get("value")) or _text(result.get("status"))
        name = names.get(result.get("resultDescription")) or "Result"
        if value:
            results.append(f"{name}: {value}")
    return tuple(results)


def _evidence(document: dict[str, Any]) -> tuple[str, ...]:
    """OB 3.0 §B.1.7 Evidence: its name, narrative or description, and its URL when it has one."""
    lines = []
    for evidence in as_list(document.get("evidence")):
        if not isinstance(evidence, dict):
            continue
        name = _text(evidence.get("name"))
        about = _text(evidence.get("narrative")) or _text(evidence.get("description"))
        link = _text(evidence.get("id"))
        text = " — ".join(part for part in (name, about) if part) or link
        if text and link and link != text:
            text += f" ({link})"
        if text:
            lines.append(text)
    return tuple(lines)


def credential_facts(view: SignedView, fallback_name: str = "") -> CredentialFacts:
    """The human-readable content of a credential, from its signed view (issue 9: the PDF
    prints what was signed); a view that could not be read shows only its fallback name."""
    document = view.data
    if not document:
        return CredentialFacts(fallback_name, None, "", "", "", "", None, None, None, ())
    subject = _subject(document)
    achievement = subject.get("achievement")
    achievement = achievement if isinstance(achievement, dict) else {}
    issuer = document.get("issuer")
    issuer_id = party_id(issuer)
    issuer_name = issuer.get("name") if isinstance(issuer, dict) else None
    criteria = achievement.get("criteria")
    criteria_text = ""
    if isinstance(criteria, dict):
        criteria_text = _text(criteria.get("narrative")) or _text(criteria.get("id"))
    skills = []
    for alignment in as_list(achievement.get("alignment")):
        if not isinstance(alignment, dict) or not _text(alignment.get("targetName")):
            continue
        framework = _text(alignment.get("targetFramework"))
        name = _text(alignment.get("targetName"))
        skills.append(f"{name} ({framework})" if framework else name)
    achievement_type = achievement.get("achievementType")
    return CredentialFacts(
        title=_text(achievement.get("name")) or _text(document.get("name")) or fallback_name,
        achievement_type=achievement_type if isinstance(achievement_type, str) else None,
        description=_text(achievement.get("description")) or _text(document.get("description")),
        criteria=criteria_text,
        issuer_name=_text(issuer_name) or _text(issuer_id),
        issuer_id=_text(issuer_id),
        issued=_text(document.get("validFrom") or document.get("issuanceDate")) or None,
        valid_until=_text(document.get("validUntil") or document.get("expirationDate")) or None,
        credential_id=_text(document.get("id")) or None,
        skills=tuple(skills),
        results=_results(subject, achievement),
        evidence=_evidence(document),
    )
