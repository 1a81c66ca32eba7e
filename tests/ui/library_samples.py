"""Credentials for the library's tests: a CLR holding one forged achievement among genuine ones,
hostile text, and links of every scheme, each signed for real (``tests.factories``)."""

from __future__ import annotations

import copy
import json
from typing import Any

from tests.factories import Issuer, make_badge

__all__ = [
    "FORGED_NAME",
    "HOSTILE_NAME",
    "SCHEMES",
    "clr_with_a_forged_achievement",
    "hostile_badge",
    "linked_badge",
]

UNIVERSITY = Issuer.from_seed(b"library tests: university", "Example State University")
CLR_CONTEXT = "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json"
FORGED_NAME = "Doctor of Medicine (Harvard Medical School)"
# Markup a label would render as styled text and a local image, and a bidi override that
# reverses what follows it.
HOSTILE_NAME = (
    '<b>VERIFIED</b> by <img src="file:///etc/passwd">Harvard \u202eytisrevinU\u202c '
    "<a href='javascript:alert(1)'>click</a>"
)
SCHEMES = {
    "https": "https://example.edu/evidence/1",
    "http": "http://example.edu/evidence/2",
    "javascript": "javascript:alert(1)",
    "file": "file:///etc/passwd",
    "data": "data:text/html;base64,PGI+aGk8L2I+",
    "mailto": "mailto:someone@example.edu",
    "ftp": "ftp://example.edu/x",
}


def clr_with_a_forged_achievement(count: int = 4) -> dict[str, Any]:
    """A validly signed CLR whose second achievement credential was edited after signing to
    claim a medical degree (its own signature no longer verifies)."""
    inner = [make_badge(UNIVERSITY, 9000 + i, name=f"Course {i + 1}") for i in range(count)]
    forged = copy.deepcopy(inner[1])
    forged["name"] = FORGED_NAME
    forged["credentialSubject"]["achievement"]["name"] = FORGED_NAME
    inner[1] = forged
    document = {
        "@context": ["https://www.w3.org/ns/credentials/v2", CLR_CONTEXT],
        "id": "urn:uuid:6d1c1a8e-0000-4000-8000-00000000c1a0",
        "type": ["VerifiableCredential", "ClrCredential"],
        "issuer": {"id": UNIVERSITY.did, "type": ["Profile"], "name": UNIVERSITY.name},
        "validFrom": "2024-01-01T00:00:00Z",
        "name": "Transcript of Sam Learner",
        "credentialSubject": {
            "id": "did:example:learner",
            "type": ["ClrSubject"],
            "verifiableCredential": inner,
        },
    }
    return UNIVERSITY.sign(document)


def hostile_badge(serial: int = 7001, *, name: str = HOSTILE_NAME, **extra: Any) -> dict[str, Any]:
    """A genuine, signed badge whose name, issuer and description are hostile text."""
    issuer = Issuer.from_seed(b"library tests: hostile", name)
    return make_badge(issuer, serial, name=name, description=f"{name}\n\n{name}", **extra)


def linked_badge() -> dict[str, Any]:
    """A signed badge with one evidence link of each scheme in :data:`SCHEMES`."""
    issuer = Issuer.from_seed(b"library tests: links", "Link College")
    document = make_badge(issuer, 7100)
    unsigned = {k: v for k, v in document.items() if k != "proof"}
    unsigned["evidence"] = [
        {"id": url, "type": ["Evidence"], "name": f"{scheme} evidence"}
        for scheme, url in SCHEMES.items()
    ]
    return issuer.sign(unsigned)


def as_bytes(document: dict[str, Any]) -> bytes:
    return json.dumps(document).encode()
