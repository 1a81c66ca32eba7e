"""The holder binding at the top of a review: did the learner sign what they handed over, for
which challenge, and are the credentials about them?

A presentation's ``holder`` check (DESIGN "Verification report") says whether the holder's key
signed it and whether the challenge and domain the advisor asked for are the ones signed. When
the advisor asked for none, the challenge the proof carries is named, so the advisor can see a
presentation made for someone else (a replay) for what it is. Each presented credential gets a
``holder`` row of its own: is its subject the holder?
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from wallet.verify import Check, Report, Status, VerifyOptions
from wallet.verify.structure import as_list, party_id
from wallet.wording import plain, shown

__all__ = ["SOMEONE_ELSE", "HolderBinding", "PresentationBinding", "bind_presentation"]

# The ``holder`` row's outcome for a presented credential about someone other than the holder:
# genuine, perhaps, but not evidence of this learner's skills.
SOMEONE_ELSE = "someone-else"

_WORST = (Status.FAIL, Status.WARN, Status.SKIP, Status.PASS)


@dataclass(frozen=True)
class PresentationBinding:
    """One presentation's answer: its holder, the ``holder`` check, what its proof was made for.

    ``challenge``/``domain`` are the values the holder's proof signs (None when it signs none);
    ``asked`` is True when the advisor gave a challenge, so the check compared it.
    """

    input: str
    holder_id: str | None
    check: Check
    signed: bool
    challenge: str | None
    domain: str | None
    asked: bool

    def subject_row(self, credential: Report) -> Check:
        """The ``holder`` row of a credential presented here: is its subject the holder?"""
        who = self.holder_id
        subjects = [party_id(s) for s in as_list(credential.view.get("credentialSubject"))]
        named = [s for s in subjects if s]
        if who is None:
            return Check("holder", Status.WARN, "the presentation does not name its holder")
        if not named:
            return Check(
                "holder",
                Status.WARN,
                "the credential names its subject by no id (an e-mail hash or nothing), so it "
                "cannot be compared with the holder",
            )
        if who in named:
            return Check("holder", Status.PASS, f"about the holder, {plain(who)}")
        return Check(
            "holder",
            Status.WARN,
            f"about {shown(named[0])}, not the holder {plain(who)}: it may be someone else's",
            SOMEONE_ELSE,
        )

    def sentence(self) -> str:
        """What an advisor reads first: who signed, for what, and whether that holds."""
        if not self.signed:
            return f"{self.input}: not signed by its holder; anyone could have assembled it"
        parts = [f"{self.input}: {self.check.message}"]
        if not self.asked:
            if self.challenge is not None:
                parts.append(
                    f"it was signed for the challenge {shown(self.challenge)}"
                    + (f" and domain {shown(self.domain)}" if self.domain else "")
                    + "; no challenge was asked for, so check it is the one you gave"
                )
            else:
                parts.append("its proof carries no challenge, so it could be a copy")
        return "; ".join(parts)


@dataclass(frozen=True)
class HolderBinding:
    """Every presentation of a portfolio (usually one)."""

    presentations: tuple[PresentationBinding, ...]

    @property
    def holder_id(self) -> str | None:
        return next((p.holder_id for p in self.presentations if p.holder_id), None)

    @property
    def status(self) -> Status:
        statuses = {p.check.status for p in self.presentations}
        holders = {p.holder_id for p in self.presentations if p.holder_id}
        if len(holders) > 1:
            return Status.FAIL  # two learners' presentations in one portfolio
        return next(s for s in _WORST if s in statuses)

    def message(self) -> str:
        holders = {p.holder_id for p in self.presentations if p.holder_id}
        lines = [p.sentence() for p in self.presentations]
        if len(holders) > 1:
            lines.insert(0, f"the presentations are signed by {len(holders)} different holders")
        return "; ".join(lines)

    def to_json(self) -> dict[str, Any]:
        """DESIGN ``review --json``: ``{"id", "status", "message"}``."""
        return {"id": self.holder_id, "status": self.status.value, "message": self.message()}


def bind_presentation(name: str, report: Report, options: VerifyOptions) -> PresentationBinding:
    """The binding of the presentation ``report`` read from ``name``."""
    check = report.check("holder") or Check("holder", Status.SKIP, "no holder check was made")
    challenge, domain = _signed_for(report)
    return PresentationBinding(
        input=name,
        holder_id=party_id(report.view.get("holder")) or _signer(report),
        check=check,
        signed=check.status is not Status.SKIP,
        challenge=challenge,
        domain=domain,
        asked=options.challenge is not None,
    )


def _signer(report: Report) -> str | None:
    """The holder a proof names when the presentation does not (its method's DID)."""
    source = report.source
    if not isinstance(source, dict):
        return None
    for proof in as_list(source.get("proof")):
        method = proof.get("verificationMethod") if isinstance(proof, dict) else None
        if isinstance(method, str) and method.startswith("did:"):
            return method.split("#", 1)[0]
    return None


def _signed_for(report: Report) -> tuple[str | None, str | None]:
    """The challenge and domain the holder's proof signs.

    Read from the proof itself: a proof's options are not part of the document's signed view,
    but they are part of what the proof signs (VC-DI 1.0 §4.2, the proof configuration), so they
    are only reported once the holder check found the proof verified (not FAIL/SKIP).
    """
    check = report.check("holder")
    source = report.source
    if check is None or check.status in (Status.FAIL, Status.SKIP) or not isinstance(source, dict):
        return None, None
    for proof in as_list(source.get("proof")):
        if isinstance(proof, dict) and isinstance(proof.get("challenge"), str):
            domain = proof.get("domain")
            return proof["challenge"], domain if isinstance(domain, str) else None
    return None, None
