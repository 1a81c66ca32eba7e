"""What the verifier mode tells an employer about what a learner showed, as plain data.

The order is the order a person needs it in (issue 14): first the presentation (who signed it,
whether it answers this challenge and domain, whether its holder is each credential's subject),
then each credential (what its signed data says, its verdict and its rows with reasons), then the
check itself (when, online or offline, what the input was). A presentation whose own proof fails
is :attr:`Outcome.FORGED` whatever its credentials are: genuine credentials inside a forged
presentation prove only that someone has copies of them.

Everything shown comes from ``Report.view`` and the reports' checks (STYLE rule 11); a PDF
evidence pack contributes only its signed attachment, never its printed pages.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from wallet.present.evidence import credential_facts
from wallet.verifier.challenge import Freshness, IssuedChallenge
from wallet.verify.about import first_text
from wallet.verify.openbadges import ENDORSEMENT_LABEL
from wallet.verify.report import Check, Report, Status, Verdict
from wallet.verify.structure import as_list, party_id

__all__ = [
    "CredentialFinding",
    "Finding",
    "Outcome",
    "PresentationFinding",
    "SubjectBinding",
    "credential_finding",
    "outcome_of",
]

PRINTED_PAGES_NOTE = (
    "A PDF evidence pack's printed pages are not evidence: anyone can print anything. What "
    "follows is what its signed attachment holds; compare it with the pages you were shown."
)


class Outcome(StrEnum):
    """The one answer at the top of the report."""

    ACCEPT = "accept"  # genuine, for this challenge when there is one, every credential valid
    FORGED = "forged"  # the presentation's (or the credential's) own signature or binding fails
    REPLAYED = "replayed"  # genuine, but signed for another challenge or domain, or before it
    NOT_ALL_VALID = "not-all-valid"  # the presentation holds, a credential does not
    NOT_THE_SUBJECT = "not-the-subject"  # all genuine, but a credential is about someone else
    CANNOT_TELL = "cannot-tell"  # unverifiable or unsigned: nothing shows either way
    NOT_VALID = "not-valid"  # a lone credential that is genuine but expired, revoked...


@dataclass(frozen=True)
class SubjectBinding:
    """Is the holder who signed the presentation the subject of this credential?"""

    label: str
    subject: str | None
    bound: bool


@dataclass(frozen=True)
class PresentationFinding:
    signer: str | None  # the DID whose key made the holder proof (None: no proof verified)
    signature: Check
    holder: Check
    challenge: Status  # pass: as issued; fail: another one; skip: none was asked
    domain: Status
    freshness: Freshness
    subjects: tuple[SubjectBinding, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "signer": self.signer,
            "signature": self.signature.to_json(),
            "holder": self.holder.to_json(),
            "challenge": self.challenge.value,
            "domain": self.domain.value,
            "freshness": {"status": self.freshness.status.value, "message": self.freshness.message},
            "subjects": [
                {"credential": s.label, "subject": s.subject, "is_holder": s.bound}
                for s in self.subjects
            ],
        }


@dataclass(frozen=True)
class CredentialFinding:
    """One credential: what its signed data says, and its verdict and rows."""

    label: str
    name: str
    achievement_type: str | None
    description: str
    issuer_name: str
    issuer_id: str
    recipient: str | None
    issued: str | None
    expires: str | None
    skills: tuple[str, ...]
    results: tuple[str, ...]
    verdict: Verdict
    report: Report

    def to_json(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "name": self.name,
            "achievementType": self.achievement_type,
            "description": self.description,
            "issuer": {"id": self.issuer_id or None, "name": self.issuer_name or None},
            "recipient": self.recipient,
            "issued": self.issued,
            "expires": self.expires,
            "skills": list(self.skills),
            "results": list(self.results),
            "verdict": self.verdict.value,
            "checks": [c.to_json() for c in self.report.checks],
            "included": [c.to_json() for c in self.report.credentials],
        }


@dataclass(frozen=True)
class Finding:
    """The whole answer for one input."""

    outcome: Outcome
    report: Report
    presentation: PresentationFinding | None
    credentials: tuple[CredentialFinding, ...]
    checked: datetime
    online: bool
    container: str  # "PDF", "QR", "VP1", "JSON", "JWT", "PNG", "SVG", "URL"
    found: str  # the sniffer's sentence: what the input held
    challenge: IssuedChallenge | None
    note: str | None = None  # the printed-pages warning for PDF packs

    def to_json(self) -> dict[str, Any]:
        """What "Export as JSON" writes: this finding, and the report in its contract shape."""
        issued = self.challenge
        return {
            "outcome": self.outcome.value,
            "checked": self.checked.isoformat(timespec="seconds"),
            "mode": "online" if self.online else "offline",
            "input": {"container": self.container, "found": self.found},
            "note": self.note,
            "challenge": None
            if issued is None
            else {
                "challenge": issued.challenge,
                "domain": issued.domain,
                "issued": issued.issued.isoformat(timespec="seconds"),
            },
            "presentation": None if self.presentation is None else self.presentation.to_json(),
            "credentials": [c.to_json() for c in self.credentials],
            "report": self.report.to_json(),
        }


def credential_finding(report: Report) -> CredentialFinding:
    """What one credential's signed view says, with its verdict."""
    facts = credential_facts(report.view, report.label or "Credential")
    subject = report.about.get("subject") if report.about else None
    recipient = None
    if isinstance(subject, dict):
        name, ident = subject.get("name"), subject.get("id")
        recipient = f"{name} ({ident})" if name and ident else (name or ident)
    if recipient is None:
        recipient = _identifier(report.view.data)
    return CredentialFinding(
        label=report.label or "credential",
        name=facts.title or "Credential",
        achievement_type=facts.achievement_type,
        description=facts.description,
        issuer_name=facts.issuer_name,
        issuer_id=facts.issuer_id,
        recipient=recipient,
        issued=facts.issued,
        expires=facts.valid_until,
        skills=facts.skills,
        results=facts.results,
        verdict=report.verdict,
        report=report,
    )


def _identifier(data: dict[str, Any]) -> str | None:
    """OB 3.0 §B.1.9 IdentityObject: a subject named by a (hashed) e-mail or another identifier."""
    for subject in as_list(data.get("credentialSubject")):
        if not isinstance(subject, dict):
            continue
        for identity in as_list(subject.get("identifier")):
            if isinstance(identity, dict):
                kind = first_text(identity.get("identityType")) or "identifier"
                hashed = identity.get("hashed") is True
                value = first_text(identity.get("identityHash"))
                if value:
                    return f"{kind} {'(hashed) ' if hashed else ''}{value}"
    return None


def presentation_finding(
    report: Report, holder: Check, fresh: Freshness, issued: IssuedChallenge | None
) -> PresentationFinding:
    signature = report.check("signature") or Check("signature", Status.SKIP, "no proof")
    signer = next((p.signer for p in report.proofs if p.verified and p.signer), None)
    who = party_id(report.view.get("holder")) or signer
    verified = [p for p in report.proofs if p.verified]
    challenge = domain = Status.SKIP
    if issued is not None and verified:
        challenge = (
            Status.PASS if any(p.challenge == issued.challenge for p in verified) else Status.FAIL
        )
        if issued.domain is not None:
            matched = any(p.domain == issued.domain for p in verified)
            domain = Status.PASS if matched else Status.FAIL
    elif issued is not None:
        challenge = Status.FAIL
    subjects = []
    for inner in report.credentials:
        ids = [
            party_id(s) for s in as_list(inner.view.get("credentialSubject")) if isinstance(s, dict)
        ]
        subject = next((i for i in ids if i), None)
        subjects.append(SubjectBinding(inner.label, subject, who is not None and subject == who))
    return PresentationFinding(signer, signature, holder, challenge, domain, fresh, tuple(subjects))


def outcome_of(report: Report) -> Outcome:
    """The answer at the top. A presentation is judged on its own checks first."""
    if report.verdict is Verdict.INVALID:
        holder = report.check("holder")
        signature = report.check("signature")
        if (
            report.kind == "presentation"
            and holder is not None
            and holder.status is Status.FAIL
            and (signature is None or signature.status is not Status.FAIL)
            and holder.outcome == "replayed"
        ):
            return Outcome.REPLAYED
        return Outcome.FORGED
    if report.verdict in (Verdict.UNVERIFIABLE, Verdict.UNSIGNED):
        return Outcome.CANNOT_TELL
    if report.kind == "presentation":
        shared = [c for c in report.credentials if not c.label.startswith(ENDORSEMENT_LABEL)]
        if not shared:
            return Outcome.NOT_ALL_VALID
        if any(c.verdict is not Verdict.VALID for c in shared):
            return Outcome.NOT_ALL_VALID
        return Outcome.ACCEPT
    return Outcome.ACCEPT if report.verdict is Verdict.VALID else Outcome.NOT_VALID
