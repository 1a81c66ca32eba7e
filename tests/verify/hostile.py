"""Craft genuine and hostile credentials for the verification tests.

Everything is signed for real (``wallet.demo.DemoIssuer``, ``wallet.proofs.sign``), so a test
that expects a failure fails for the reason it names, not because the fixture was never valid.
"""

from __future__ import annotations

import copy
from datetime import UTC, datetime
from typing import Any

from wallet.demo import DemoIssuer
from wallet.proofs.sign import sign_document
from wallet.verify import Report, Status, VerifyOptions, verify_document

__all__ = [
    "ATTACKER",
    "ISSUER",
    "NOW",
    "SIGNED_AT",
    "badge",
    "check",
    "poison_graph",
    "sign",
    "statuses",
    "unsecured",
    "verify",
]

NOW = datetime(2025, 1, 1, tzinfo=UTC)
SIGNED_AT = datetime(2024, 1, 15, tzinfo=UTC)
ISSUER = DemoIssuer(seed=b"tests: the real issuer", name="Example College")
ATTACKER = DemoIssuer(seed=b"tests: someone else", name="Mallory")
BADGE_ID = "urn:uuid:0b6f4a4e-3a5c-4a43-9c49-7d8c1f1a2b3c"


def badge(issuer: DemoIssuer = ISSUER, **options: Any) -> dict[str, Any]:
    """A genuine, signed OB 3.0 credential (verdict ``valid`` at :data:`NOW`)."""
    options.setdefault("credential_id", BADGE_ID)
    options.setdefault("issued", SIGNED_AT)
    return issuer.achievement_credential("Intro to Python", **options)


def unsecured(document: dict[str, Any]) -> dict[str, Any]:
    return {k: copy.deepcopy(v) for k, v in document.items() if k != "proof"}


def sign(
    document: dict[str, Any],
    issuer: DemoIssuer = ISSUER,
    *,
    method: str | None = None,
    keep_proofs: bool = False,
    **options: Any,
) -> dict[str, Any]:
    """``document`` signed by ``issuer``'s key, named by ``method`` (default: its own vm)."""
    base = copy.deepcopy(document) if keep_proofs else unsecured(document)
    options.setdefault("created", SIGNED_AT)
    return sign_document(base, issuer.key, method or issuer.verification_method, **options)


def verify(document: Any, **options: Any) -> Report:
    options.setdefault("now", NOW)
    return verify_document(document, VerifyOptions(**options))


def statuses(report: Report) -> dict[str, str]:
    return {c.id: c.status.value for c in report.checks}


def check(report: Report, check_id: str) -> tuple[Status, str]:
    found = next(c for c in report.checks if c.id == check_id)
    return found.status, found.message


def poison_graph(size: int, predicate: str = "https://schema.org/knows") -> list[dict[str, Any]]:
    """``size`` anonymous nodes, each linked to every other one: all look alike to RDFC-1.0, so
    labelling them needs N-degree hashing over every permutation (a "poison graph", A8)."""
    return [
        {"id": f"_:n{i}", predicate: [{"id": f"_:n{j}"} for j in range(size) if j != i]}
        for i in range(size)
    ]
