"""What a PDF evidence pack says about each credential, as plain data (no Qt here).

``ui/export/evidence_pack.py`` draws it. Everything shown comes from the credential as stored and
its verification report; nothing is fetched. Open Badges 3.0 / CLR 2.0 fields (achievement,
criteria, alignments) are read where they are; a plain VC shows its name, issuer and dates.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from wallet.present.qr import QrChoice
from wallet.verify import Report
from wallet.verify.structure import as_list

__all__ = ["CredentialFacts", "EvidenceItem", "credential_facts"]


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


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _subject(document: dict[str, Any]) -> dict[str, Any]:
    subjects = [s for s in as_list(document.get("credentialSubject")) if isinstance(s, dict)]
    return subjects[0] if subjects else {}


def credential_facts(document: Any, fallback_name: str = "") -> CredentialFacts:
    """The human-readable content of a credential (a compact JWT shows only its fallback name)."""
    if not isinstance(document, dict):
        return CredentialFacts(fallback_name, None, "", "", "", "", None, None, None, ())
    achievement = _subject(document).get("achievement")
    achievement = achievement if isinstance(achievement, dict) else {}
    issuer = document.get("issuer")
    issuer_id = issuer.get("id") if isinstance(issuer, dict) else issuer
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
    )
