"""A demo learner's portfolio, genuinely signed, for the review's sample, screenshots and tests.

One presentation signed by the learner's holder key (``did:key``) with a challenge, carrying
five credentials an advisor meets in practice: a valid micro-credential that states every EU
element, a valid participation badge that states few, an expired certificate, a tampered badge
(its name changed after signing), a badge whose issuer key is on the web (``did:web``, so
unverifiable offline), and a valid badge issued to someone else (the wrong holder). The issuer
is :class:`wallet.demo.DemoIssuer`, whose name says it is a demo.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from wallet.demo import OB3_CONTEXT, DemoIssuer
from wallet.dids.keys import KeyType, PrivateKey
from wallet.present.holder import HolderKey
from wallet.present.presentation import PresentationRequest, Purpose, sign_presentation
from wallet.proofs.sign import sign_document
from wallet.verify.dates import format_datetime
from wallet.verify.structure import VC_V2

__all__ = ["SAMPLE_CHALLENGE", "SAMPLE_JOB", "SampleCredential", "SamplePortfolio", "sample"]

SAMPLE_CHALLENGE = "advisor-7f3a-2025"
SAMPLE_DOMAIN = "careers.example.edu"
SAMPLE_JOB = """Junior data analyst (Data & Insights team)

You will write SQL queries and Python scripts, apply statistics to survey data and present
results to stakeholders. You lead a team of two interns, manage projects from brief to
delivery and communicate with stakeholders. Experience with machine learning is a plus.
Good written English; knowledge of JavaScript helps."""
ESCO = "http://data.europa.eu/esco/skill/"
_ISSUED = datetime(2024, 9, 2, tzinfo=UTC)


@dataclass(frozen=True)
class SampleCredential:
    """What a sample credential is meant to show (its expected verdict, for tests)."""

    name: str
    verdict: str
    document: dict[str, Any]


@dataclass(frozen=True)
class SamplePortfolio:
    holder: HolderKey
    credentials: tuple[SampleCredential, ...]
    presentation: dict[str, Any]

    def files(self) -> list[tuple[str, bytes]]:
        """The portfolio as an advisor receives it: the signed presentation as one file."""
        return [("ada-portfolio.json", json.dumps(self.presentation, indent=1).encode())]

    def loose_files(self) -> list[tuple[str, bytes]]:
        """Each credential as a file of its own (no holder binding)."""
        return [
            (f"{n:02d}-{c.verdict}.json", json.dumps(c.document).encode())
            for n, c in enumerate(self.credentials, 1)
        ]


def _alignment(name: str, framework: str, url: str, code: str = "") -> dict[str, Any]:
    found = {
        "type": ["Alignment"],
        "targetName": name,
        "targetFramework": framework,
        "targetUrl": url,
        "targetType": "ceasn:Competency",
    }
    if code:
        found["targetCode"] = code
    return found


def _credential(
    issuer: DemoIssuer,
    name: str,
    subject: str,
    achievement: dict[str, Any],
    *,
    serial: int,
    valid_until: datetime | None = None,
    issuer_profile: dict[str, Any] | None = None,
    extra: dict[str, Any] | None = None,
) -> dict[str, Any]:
    document: dict[str, Any] = {
        "@context": [VC_V2, OB3_CONTEXT],
        "id": f"urn:uuid:5a3c0000-0000-4000-8000-{serial:012d}",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": issuer_profile or {"id": issuer.did, "type": ["Profile"], "name": issuer.name},
        "name": name,
        "validFrom": format_datetime(_ISSUED),
        "credentialSubject": {
            "id": subject,
            "type": ["AchievementSubject"],
            "achievement": {
                "id": f"urn:uuid:5a3c0000-0000-4000-9000-{serial:012d}",
                "type": ["Achievement"],
                "name": name,
                **achievement,
            },
            **(extra or {}),
        },
    }
    if valid_until is not None:
        document["validUntil"] = format_datetime(valid_until)
    return document


def _sign(issuer: DemoIssuer, document: dict[str, Any]) -> dict[str, Any]:
    return sign_document(document, issuer.key, issuer.verification_method, created=_ISSUED)


def sample(seed: bytes = b"learner-wallet review sample") -> SamplePortfolio:
    """The demo portfolio; the same ``seed`` gives the same keys (the proofs' values differ
    only by the holder proof's creation time)."""
    issuer = DemoIssuer()
    holder_raw = hashlib.sha256(seed + b" holder").digest()
    holder = HolderKey(PrivateKey.from_raw(KeyType.ED25519, holder_raw), _ISSUED)
    someone_else = "did:example:another-learner"
    agency = DemoIssuer(seed=seed + b" agency", name="Demo Quality Agency (not a real agency)")
    endorsement = _sign(
        agency,
        {
            "@context": [VC_V2, OB3_CONTEXT],
            "id": "urn:uuid:5a3c0000-0000-4000-b000-000000000001",
            "type": ["VerifiableCredential", "EndorsementCredential"],
            "name": "Accredited provider of short courses",
            "issuer": {"id": agency.did, "type": ["Profile"], "name": agency.name},
            "validFrom": format_datetime(_ISSUED),
            "credentialSubject": {
                "id": issuer.did,
                "type": ["EndorsementSubject"],
                "endorsementComment": "Quality assured provider of short courses (2024 review).",
            },
        },
    )
    address = {
        "type": ["Profile"],
        "id": issuer.did,
        "name": issuer.name,
        "endorsement": [endorsement],
        "address": {
            "type": ["Address"],
            "addressCountry": "Ireland",
            "addressCountryCode": "IE",
            "addressRegion": "Leinster",
        },
    }
    micro = _sign(
        issuer,
        _credential(
            issuer,
            "Data Analysis with Python and SQL",
            holder.did,
            {
                "achievementType": "MicroCredential",
                "description": "A 6 ECTS online micro-credential in data analysis, assessed by a "
                "graded project.",
                "criteria": {"narrative": "Pass the graded final project (40% or more)."},
                "creditsAvailable": 6,
                "tag": ["online"],
                "alignment": [
                    _alignment("SQL", "ESCO", ESCO + "598de5b0-5b58-4ea7-8058-a4bc4d18c742"),
                    _alignment(
                        "Python (computer programming)",
                        "ESCO",
                        ESCO + "ccd0a1d9-afda-43d9-b901-96344886e14d",
                    ),
                    _alignment(
                        "EQF level 6",
                        "European Qualifications Framework (EQF)",
                        "http://data.europa.eu/snb/eqf/6",
                        "6",
                    ),
                    _alignment("6 ECTS credits", "ECTS", "https://example.edu/ects/6", "ECTS-6"),
                ],
                "resultDescription": [
                    {
                        "id": "urn:uuid:5a3c0000-0000-4000-a000-000000000001",
                        "type": ["ResultDescription"],
                        "name": "Final project grade",
                        "resultType": "LetterGrade",
                        "allowedValue": ["A", "B", "C", "D", "F"],
                    }
                ],
            },
            serial=1,
            issuer_profile=address,
            extra={
                "result": [
                    {
                        "type": ["Result"],
                        "resultDescription": "urn:uuid:5a3c0000-0000-4000-a000-000000000001",
                        "value": "A",
                    }
                ]
            },
        ),
    )
    participation = _sign(
        issuer,
        _credential(
            issuer,
            "Careers Fair Participant",
            holder.did,
            {
                "achievementType": "Badge",
                "description": "Attended the spring careers fair.",
                "criteria": {"narrative": "Attended the fair."},
            },
            serial=2,
        ),
    )
    expired = _sign(
        issuer,
        _credential(
            issuer,
            "First Aid at Work",
            holder.did,
            {
                "achievementType": "Certificate",
                "description": "First aid certificate, valid for one year.",
                "criteria": {"narrative": "Passed the practical first aid assessment."},
                "alignment": [
                    _alignment(
                        "provide first aid", "ESCO", ESCO + "1d21f6ad-340f-45da-a0a3-4e83867f47a6"
                    )
                ],
            },
            serial=3,
            valid_until=datetime(2025, 1, 31, tzinfo=UTC),
        ),
    )
    tampered = _sign(
        issuer,
        _credential(
            issuer,
            "Project Management Foundations",
            holder.did,
            {
                "achievementType": "Course",
                "description": "An introduction to planning and running projects.",
                "criteria": {"narrative": "Completed the course project."},
                "alignment": [
                    _alignment(
                        "manage projects", "ESCO", ESCO + "c881ddd2-9c0e-4743-bd24-36be650493dd"
                    )
                ],
            },
            serial=4,
        ),
    )
    tampered = {**tampered, "name": "Project Management Professional (Advanced)"}
    web_key = PrivateKey.from_raw(KeyType.ED25519, hashlib.sha256(seed + b" web").digest())
    web_issuer = "did:web:college.example"
    unverifiable = sign_document(
        _credential(
            issuer,
            "Statistics for Social Science",
            holder.did,
            {
                "achievementType": "Course",
                "description": "Descriptive and inferential statistics.",
                "criteria": {"narrative": "Passed the written exam."},
                "alignment": [
                    _alignment("statistics", "ESCO", ESCO + "7ee4c2ea-b349-4bd2-81a3-ec31475d4833")
                ],
            },
            serial=5,
            issuer_profile={"id": web_issuer, "type": ["Profile"], "name": "Example College"},
        ),
        web_key,
        f"{web_issuer}#key-1",
        created=_ISSUED,
    )
    other = _sign(
        issuer,
        _credential(
            issuer,
            "Team Leadership",
            someone_else,
            {
                "achievementType": "Badge",
                "description": "Led a student team for a semester.",
                "criteria": {"narrative": "Led a team of five."},
                "alignment": [
                    _alignment("lead a team", "ESCO", ESCO + "1f1d2ff8-c4c1-45cc-9812-6a7ee84a73cb")
                ],
            },
            serial=6,
        ),
    )
    credentials = (
        SampleCredential("Data Analysis with Python and SQL", "valid", micro),
        SampleCredential("Careers Fair Participant", "valid", participation),
        SampleCredential("First Aid at Work", "expired", expired),
        SampleCredential("Project Management Professional (Advanced)", "invalid", tampered),
        SampleCredential("Statistics for Social Science", "unverifiable", unverifiable),
        SampleCredential("Team Leadership", "valid", other),
    )
    request = PresentationRequest(
        challenge=SAMPLE_CHALLENGE,
        domain=SAMPLE_DOMAIN,
        purpose=Purpose.AUTHENTICATION,
        clock=lambda: _ISSUED,
    )
    presentation = sign_presentation([c.document for c in credentials], holder, request).document
    return SamplePortfolio(holder, credentials, presentation)
