"""The verification report: checks in, one verdict out (DESIGN.md, "Verification report").

A :class:`Report` is what every consumer reads (CLI, vault, app, employer view). Its JSON shape is a
contract other programs rely on; :meth:`Report.to_json` produces exactly that shape.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Literal, NewType

from wallet.verify.view import EMPTY_VIEW, SignedView
from wallet.wording import plain

__all__ = [
    "CHECK_IDS",
    "MAX_MESSAGE",
    "Check",
    "CheckId",
    "Kind",
    "ProofFacts",
    "RawInput",
    "Report",
    "Status",
    "Verdict",
    "derive_verdict",
    "empty_about",
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

# The parsed input exactly as received: only for presenting it again (its proofs sign these
# bytes) and for the "raw JSON" tab. Everything else reads :attr:`Report.view`. A distinct type,
# so passing it where a view belongs is a type error.
RawInput = NewType("RawInput", object)


# A message names values shortened (wallet.wording.MAX_SHOWN); this bounds what a check can
# carry whatever code made it.
MAX_MESSAGE = 1000


@dataclass(frozen=True)
class Check:
    """One answered question. ``outcome`` refines a non-pass for the verdict (see below).

    The message is held with control and invisible format characters made visible and at most
    :data:`MAX_MESSAGE` characters (attack 9): it names values from the input, and a newline or
    a bidi override in one must not write a line of its own, or reverse the text, wherever the
    message is shown (a terminal, a label, a PDF).
    """

    id: CheckId
    status: Status
    message: str
    # Why a fail/warn happened, when the verdict needs more than the status:
    # "unsigned", "unverifiable", "expired", "not-yet-valid", "revoked", "suspended".
    outcome: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "message", plain(self.message, MAX_MESSAGE))

    def to_json(self) -> dict[str, str]:
        return {"id": self.id, "status": self.status.value, "message": self.message}


@dataclass(frozen=True)
class ProofFacts:
    """What one of a presentation's proofs says about itself, as its signature covers it: who
    signed (the key's controller), for which purpose, when, and for which challenge and domain.
    ``verified`` as the proof's result: True, False, or None (could not be checked)."""

    verified: bool | None
    signer: str | None = None
    purpose: str | None = None
    created: str | None = None
    challenge: str | None = None
    domain: str | None = None


@dataclass(frozen=True)
class Report:
    """The answer for one credential or presentation.

    ``credentials`` holds the reports of credentials inside (a presentation's, a CLR's nested
    achievements, endorsements); ``label`` says what each nested one is ("endorsement", ...).
    ``view`` is what the signature covers, the only content any consumer reads
    (:mod:`wallet.verify.view`); ``source`` the parsed input as received (see :data:`RawInput`).
    ``about`` is the contract's summary of what was verified (DESIGN "Verification report").
    """

    kind: Kind
    verdict: Verdict
    checks: tuple[Check, ...]
    credentials: tuple[Report, ...] = ()
    label: str = ""
    view: SignedView = field(default=EMPTY_VIEW, compare=False, repr=False)
    source: RawInput | None = field(default=None, compare=False, repr=False)
    about: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)
    # A presentation's proofs (empty for credentials): for a verifier's freshness check.
    proofs: tuple[ProofFacts, ...] = field(default=(), compare=False, repr=False)

    def check(self, check_id: CheckId) -> Check | None:
        return next((c for c in self.checks if c.id == check_id), None)

    def to_json(self) -> dict[str, Any]:
        """The contract's shape (``ms`` and ``input`` are added by the command line)."""
        return {
            "kind": self.kind,
            "verdict": self.verdict.value,
            "checks": [c.to_json() for c in self.checks],
            "credentials": [c.to_json() for c in self.credentials],
            "about": self.about or empty_about(),
        }


def empty_about() -> dict[str, Any]:
    """``about`` when the signed data says nothing (DESIGN: null members)."""
    return {
        "name": None,
        "issuer": {"id": None, "name": None},
        "subject": {"id": None, "name": None},
        "issued": None,
        "expires": None,
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
