"""The verification report: checks in, one verdict out (DESIGN.md, "Verification report").

A :class:`Report` is what every consumer reads (CLI, vault, app, employer view). Its JSON shape is a
contract other programs rely on; :meth:`Report.to_json` produces exactly that shape.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Literal

__all__ = [
    "CHECK_IDS",
    "Check",
    "CheckId",
    "Kind",
    "Report",
    "Status",
    "Verdict",
    "derive_verdict",
]


class Status(StrEnum):
    PASS = "pass"
    FAIL = "fail"
    WARN = "warn"
    SKIP = "skip"


class Verdict(StrEnum):
    VALID = "valid"
    INVALID = "invalid"
    EXPIRED = "expired"
    NOT_YET_VALID = "not-yet-valid"
    REVOKED = "revoked"
    SUSPENDED = "suspended"
    UNSIGNED = "unsigned"
    UNVERIFIABLE = "unverifiable"


CheckId = Literal[
    "format", "signature", "issuer", "validity", "status", "trust", "schema", "holder"
]
# Report order: the order a person reads them in.
CHECK_IDS: tuple[CheckId, ...] = (
    "format",
    "signature",
    "issuer",
    "validity",
    "status",
    "trust",
    "schema",
    "holder",
)

Kind = Literal["credential", "presentation"]


@dataclass(frozen=True)
class Check:
    """One answered question. ``outcome`` refines a non-pass for the verdict (see below)."""

    id: CheckId
    status: Status
    message: str
    # Why a fail/warn happened, when the verdict needs more than the status:
    # "unsigned", "unverifiable", "expired", "not-yet-valid", "revoked", "suspended".
    outcome: str | None = None

    def to_json(self) -> dict[str, str]:
        return {"id": self.id, "status": self.status.value, "message": self.message}


@dataclass(frozen=True)
class Report:
    """The answer for one credential or presentation.

    ``credentials`` holds the reports of credentials inside (a presentation's, a CLR's nested
    achievements, endorsements); ``label`` says what each nested one is ("endorsement", ...).
    ``document`` is the parsed credential that was verified, when there was one.
    """

    kind: Kind
    verdict: Verdict
    checks: tuple[Check, ...]
    credentials: tuple[Report, ...] = ()
    label: str = ""
    document: Any = field(default=None, compare=False, repr=False)

    def check(self, check_id: CheckId) -> Check | None:
        return next((c for c in self.checks if c.id == check_id), None)

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "verdict": self.verdict.value,
            "checks": [c.to_json() for c in self.checks],
            "credentials": [c.to_json() for c in self.credentials],
        }


def derive_verdict(checks: tuple[Check, ...] | list[Check]) -> Verdict:
    """The verdict rules of DESIGN.md, in their order of precedence."""
    by_id = {c.id: c for c in checks}
    fmt, sig, issuer = by_id.get("format"), by_id.get("signature"), by_id.get("issuer")
    if sig is not None and sig.outcome == "unsigned":
        if fmt is not None and fmt.status is Status.FAIL:
            return Verdict.INVALID
        return Verdict.UNSIGNED
    for check in (fmt, sig, issuer, by_id.get("holder")):
        if check is not None and check.status is Status.FAIL:
            return Verdict.INVALID
    for check in (sig, issuer, by_id.get("holder")):
        if check is not None and check.outcome == "unverifiable":
            return Verdict.UNVERIFIABLE
    status = by_id.get("status")
    if status is not None and status.status is Status.FAIL:
        return Verdict.SUSPENDED if status.outcome == "suspended" else Verdict.REVOKED
    validity = by_id.get("validity")
    if validity is not None and validity.status is Status.FAIL:
        if validity.outcome == "not-yet-valid":
            return Verdict.NOT_YET_VALID
        return Verdict.EXPIRED
    return Verdict.VALID
