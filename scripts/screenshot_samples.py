"""The real-world credentials ``make screenshots`` fills the wallet with (issue 13).

- Public vectors from ``tests/vectors`` (1EdTech validator and specification samples, Open
  Badges 2.0 baked badges, a CLR 2.0 transcript): what learners are really handed. Most are
  "unverifiable" here, truthfully: their keys are not bound to their issuers (STANDARDS §7 A1).
- Credentials issued by the Digital Credentials Consortium's JavaScript stack
  (``@digitalcredentials/vc``), as the interop tests run it (``tests/interop``: the pinned npm
  lock, node with the network blocked). When node or npm is missing, or the registry cannot be
  reached, the screenshots are made without them and the script says so.
"""

from __future__ import annotations

import base64
import hashlib
import json
import shutil
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
VECTORS = ROOT / "tests" / "vectors"

__all__ = ["VECTOR_FILES", "dcc_issued", "vector_files"]

VECTOR_FILES = (
    "ob2/validator-samples/simple-badge.png",
    "ob2/validator-samples/assertion-with-endorsements.json",
    "ob3/validator-samples/simple-json.png",
    "ob3/validator-samples/simple-jwt.svg",
    "ob3/validator-samples/complete.json",
    "ob3/validator-samples/simple.jwt",
    "ob3/validator-samples/endorsement-valid.json",
    "clr2/clr2-spec-vector/credential-signed.json",
    "clr2/validator-samples/complex.json",
    "vc-jose/input/credential-jose-minimal.txt",
)

_ISSUER = "Riverside Community College (issued by the DCC stack, a sample)"


def vector_files() -> list[Path]:
    return [VECTORS / name for name in VECTOR_FILES if (VECTORS / name).is_file()]


def _image(picture: str) -> str:
    svg = (ROOT / "resources" / "samples" / "images" / picture).read_bytes()
    return "data:image/svg+xml;base64," + base64.b64encode(svg).decode()


def _template(
    name: str, kind: str, description: str, skills: list[tuple[str, str]], picture: str
) -> Any:
    return {
        "@context": [
            "https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
        ],
        "id": f"urn:uuid:5f1b0b9e-0000-4000-8000-{hashlib.sha256(name.encode()).hexdigest()[:12]}",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": name,
        "issuer": {"type": ["Profile"], "name": _ISSUER, "url": "https://example.edu"},
        "validFrom": "2025-05-30T12:00:00Z",
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "name": "Sam Okafor",
            "achievement": {
                "id": f"https://example.edu/achievements/{name.lower().replace(' ', '-')}",
                "type": ["Achievement"],
                "achievementType": kind,
                "name": name,
                "description": description,
                "criteria": {
                    "narrative": "Completed **every** module and passed the final assessment "
                    "([course outline](https://example.edu/outline))."
                },
                "image": {"id": _image(picture), "type": "Image"},
                "alignment": [
                    {
                        "type": ["Alignment"],
                        "targetName": skill,
                        "targetFramework": framework,
                        "targetUrl": "https://example.edu/skills/"
                        + skill.lower().replace(" ", "-"),
                    }
                    for framework, skill in skills
                ],
            },
        },
    }


def dcc_issued() -> tuple[list[dict[str, Any]], str]:
    """Credentials the DCC stack signed, and "" or why there are none."""
    if shutil.which("node") is None or shutil.which("npm") is None:
        return [], "node or npm is not installed"
    try:
        from tests.interop.conftest import CACHE, JS, DccStack, _install

        CACHE.mkdir(parents=True, exist_ok=True)
        _install(CACHE)
        for script in JS.glob("*.mjs"):
            shutil.copy2(script, CACHE / script.name)
        templates = [
            _template(
                "Web Accessibility Fundamentals",
                "Course",
                "Twelve weeks on *accessible* web design: semantic HTML, ARIA, contrast and "
                "keyboard use.\n\n- audits of two public sites\n- a final remediation project",
                [("Open Skills Network", "Accessibility auditing"), ("ESCO", "Web design")],
                "project-coordinator.svg",
            ),
            _template(
                "Data Visualisation with Python",
                "Certificate",
                "Charts that tell the truth: matplotlib, plotly and the design rules behind them.",
                [("ESCO", "Data visualisation"), ("Open Skills Network", "Python programming")],
                "data-analysis.svg",
            ),
        ]
        requests = [
            {
                "credential": template,
                "issuerSeed": "5a" * 32,
                "holderSeed": "6b" * 32,
                "suite": "eddsa-rdfc-2022",
                "challenge": "screenshots",
                "domain": "example.edu",
            }
            for template in templates
        ]
        issued = DccStack(CACHE).run("issue", requests)
    except BaseException as exc:  # pytest.skip/fail inside the helper, npm, node...
        return [], f"the DCC stack could not be run ({type(exc).__name__}: {exc})"
    return [r["credential"] for r in issued], ""


if __name__ == "__main__":
    found, why = dcc_issued()
    print(json.dumps(found, indent=1)[:2000] if found else why)
