"""Write the sample credentials shipped in ``resources/samples/`` ("Add sample credentials").

Every sample is a real Open Badges 3.0 credential signed by ``wallet.demo.DemoIssuer``, whose name
says it is a demo. Output is deterministic (fixed ids, dates and Ed25519 signatures), so running
this again changes nothing unless the script changed::

    .venv/bin/python scripts/make_samples.py
"""

from __future__ import annotations

import base64
import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from wallet.demo import DemoIssuer  # noqa: E402
from wallet.proofs.sign import sign_document  # noqa: E402
from wallet.verify import Verdict, verify_document  # noqa: E402

SAMPLES = ROOT / "resources" / "samples"
IMAGES = SAMPLES / "images"


def _image(name: str) -> dict[str, str]:
    svg = (IMAGES / f"{name}.svg").read_bytes()
    data = "data:image/svg+xml;base64," + base64.b64encode(svg).decode()
    return {"id": data, "type": "Image", "caption": f"{name.replace('-', ' ')} badge"}


def _resign(issuer: DemoIssuer, document: dict[str, Any], issued: datetime) -> dict[str, Any]:
    unsigned = {k: v for k, v in document.items() if k != "proof"}
    return sign_document(unsigned, issuer.key, issuer.verification_method, created=issued)


def _at(year: int, month: int, day: int) -> datetime:
    return datetime(year, month, day, 9, 0, tzinfo=UTC)


def build() -> dict[str, dict[str, Any]]:
    issuer = DemoIssuer()
    samples: dict[str, dict[str, Any]] = {}

    issued = _at(2024, 6, 14)
    course = issuer.achievement_credential(
        "Introduction to Data Analysis",
        description="A six-week course on cleaning, exploring and charting data with Python.",
        criteria="Completed six weekly assignments and a final project analysing open data.",
        achievement_type="Course",
        skills=("Data cleaning", "Exploratory data analysis", "Python programming"),
        issued=issued,
        credential_id="urn:uuid:5b0f1c52-5d0e-4a8e-9b1e-000000000001",
    )
    achievement = course["credentialSubject"]["achievement"]
    achievement["image"] = _image("data-analysis")
    achievement["creditsAvailable"] = 3
    achievement["fieldOfStudy"] = "Data Science"
    achievement["humanCode"] = "DATA-101"
    for alignment in achievement["alignment"]:
        alignment["targetFramework"] = "Demo Digital Skills Framework"
    achievement["resultDescription"] = [
        {
            "id": "urn:uuid:5b0f1c52-5d0e-4a8e-9b1e-0000000000a1",
            "type": ["ResultDescription"],
            "name": "Final grade",
            "resultType": "LetterGrade",
            "allowedValue": ["A", "B", "C", "D"],
        }
    ]
    subject = course["credentialSubject"]
    subject["creditsEarned"] = 3
    subject["activityStartDate"] = "2024-05-01T00:00:00Z"
    subject["activityEndDate"] = "2024-06-12T00:00:00Z"
    subject["result"] = [
        {
            "type": ["Result"],
            "resultDescription": "urn:uuid:5b0f1c52-5d0e-4a8e-9b1e-0000000000a1",
            "value": "A",
        }
    ]
    course["evidence"] = [
        {
            "id": "https://example.org/portfolio/data-analysis-final-project",
            "type": ["Evidence"],
            "name": "Final project: air quality in three cities",
            "narrative": "A notebook analysing a year of open air-quality data, peer reviewed.",
        }
    ]
    samples["course-data-analysis"] = _resign(issuer, course, issued)

    issued = _at(2023, 11, 3)
    certificate = issuer.achievement_credential(
        "Certified Project Coordinator",
        description="Professional certificate in coordinating small and medium projects.",
        criteria="Passed a proctored two-hour examination with a score of 70% or more.",
        achievement_type="Certificate",
        skills=("Project planning", "Stakeholder communication", "Risk management"),
        issued=issued,
        valid_until=_at(2031, 11, 3),
        credential_id="urn:uuid:5b0f1c52-5d0e-4a8e-9b1e-000000000002",
    )
    certificate["credentialSubject"]["achievement"]["image"] = _image("project-coordinator")
    samples["certificate-project-coordinator"] = _resign(issuer, certificate, issued)

    issued = _at(2024, 3, 22)
    badge = issuer.achievement_credential(
        "Team Collaboration",
        description="Recognises consistent, constructive collaboration in a team project.",
        criteria="Nominated by three team members and confirmed by the project mentor.",
        achievement_type="Badge",
        skills=("Collaboration", "Giving feedback", "Stakeholder communication"),
        issued=issued,
        credential_id="urn:uuid:5b0f1c52-5d0e-4a8e-9b1e-000000000003",
    )
    badge["credentialSubject"]["achievement"]["image"] = _image("collaboration")
    badge["credentialSubject"]["achievement"]["tag"] = ["teamwork", "soft skills"]
    samples["badge-team-collaboration"] = _resign(issuer, badge, issued)

    issued = _at(2021, 2, 10)
    expired = issuer.achievement_credential(
        "First Aid at Work",
        description="Emergency first aid for the workplace; renew every three years.",
        criteria="Attended a two-day course and passed the practical assessment.",
        achievement_type="License",
        skills=("First aid",),
        issued=issued,
        valid_until=_at(2024, 2, 10),
        credential_id="urn:uuid:5b0f1c52-5d0e-4a8e-9b1e-000000000004",
    )
    expired["credentialSubject"]["achievement"]["image"] = _image("first-aid")
    samples["license-first-aid-expired"] = _resign(issuer, expired, issued)

    issued = _at(2024, 9, 30)
    micro = issuer.achievement_credential(
        "SQL for Analysts",
        description="Micro-credential: querying, joining and aggregating relational data.",
        criteria="Solved twenty graded SQL exercises on a practice database.",
        achievement_type="MicroCredential",
        skills=("SQL", "Data cleaning"),
        issued=issued,
        suite="Ed25519Signature2020",
        credential_id="urn:uuid:5b0f1c52-5d0e-4a8e-9b1e-000000000005",
    )
    samples["micro-sql-for-analysts"] = micro
    return samples


def main() -> None:
    SAMPLES.mkdir(parents=True, exist_ok=True)
    for name, document in build().items():
        verdict = verify_document(document).verdict
        expected = Verdict.EXPIRED if "expired" in name else Verdict.VALID
        if verdict is not expected:
            raise SystemExit(f"{name}: verifies as {verdict}, expected {expected}")
        path = SAMPLES / f"{name}.json"
        path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", "utf-8")
        print(f"wrote {path.relative_to(ROOT)} ({verdict})")


if __name__ == "__main__":
    main()
