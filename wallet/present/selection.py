"""Preparing a presentation: the one step ``learner-wallet present`` and the Share dialog share.

Each chosen credential is read back from the vault and verified again *now*: a credential that
expired, or whose status changed, since its last check must not be presented as valid. One whose
verdict is not ``valid`` is refused with the reason (its failing checks, or else its warnings),
unless the learner overrides. :func:`select_for_presentation` returns every chosen credential with
its fresh report; :meth:`Selection.presented` applies the override.

Runs on the caller's thread and is slow (verification): the app calls it through
``ui.common.tasks``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from wallet.errors import InputError, WalletError
from wallet.present.evidence import EvidenceItem
from wallet.present.holder import HolderKey
from wallet.present.presentation import PresentationRequest, sign_presentation
from wallet.present.qr import choose_qr
from wallet.service import CredentialId, WalletService
from wallet.verify import Report, Status, Verdict

__all__ = [
    "Candidate",
    "Refusal",
    "Selection",
    "evidence_items",
    "refusal_reason",
    "select_for_presentation",
]


@dataclass(frozen=True)
class Candidate:
    """One chosen credential with a report made at ``checked``."""

    id: CredentialId
    name: str
    document: Any
    report: Report
    checked: datetime
    original: bytes
    image_hash: str | None

    @property
    def valid(self) -> bool:
        return self.report.verdict is Verdict.VALID


@dataclass(frozen=True)
class Refusal:
    """A chosen credential that is not presented unless the learner overrides, and why."""

    candidate: Candidate
    reason: str

    def line(self) -> str:
        """``Old Course is expired: it expired on 2024-06-01`` (the command line's wording)."""
        return f"{self.candidate.name} is {self.candidate.report.verdict.value}: {self.reason}"


@dataclass(frozen=True)
class Selection:
    """Every chosen credential in the order chosen (duplicates dropped), and the refusals."""

    candidates: tuple[Candidate, ...]
    refusals: tuple[Refusal, ...]

    @property
    def accepted(self) -> tuple[Candidate, ...]:
        """The credentials presented without an override: those that are valid now."""
        return tuple(c for c in self.candidates if c.valid)

    def presented(self, allow_invalid: bool = False) -> tuple[Candidate, ...]:
        """What goes into the presentation: all of them with ``allow_invalid``, else the valid."""
        return self.candidates if allow_invalid else self.accepted


def refusal_reason(report: Report) -> str | None:
    """Why a credential with this report is refused (None when it is valid): up to three
    failing checks' messages, or its warnings when nothing failed."""
    if report.verdict is Verdict.VALID:
        return None
    reasons = [c.message for c in report.checks if c.status is Status.FAIL] or [
        c.message for c in report.checks if c.status is Status.WARN
    ]
    return "; ".join(reasons[:3]) or "it did not verify"


def select_for_presentation(
    service: WalletService,
    ids: Sequence[str],
    clock: Callable[[], datetime] | None = None,
    *,
    place: str = "wallet",
) -> Selection:
    """Read and verify each credential again, at ``clock()`` (default: now, UTC).

    ``place`` is the word for the store in messages ("vault" on the command line, as its other
    commands say; "wallet" in the app). Raises :class:`WalletError` for an unknown id or a
    credential that cannot be read back; VaultLocked and the other vault errors pass through.
    """
    now = clock or (lambda: datetime.now(UTC))
    with service.verifier(now) as verify:  # the network too, when the learner allowed it
        candidates = _candidates(service, ids, now, place, verify)
    refusals = tuple(
        Refusal(c, reason) for c in candidates if (reason := refusal_reason(c.report)) is not None
    )
    return Selection(tuple(candidates), refusals)


def _candidates(
    service: WalletService,
    ids: Sequence[str],
    now: Callable[[], datetime],
    place: str,
    verify: Callable[[bytes], Report],
) -> list[Candidate]:
    candidates: list[Candidate] = []
    for raw in dict.fromkeys(ids):
        cid = CredentialId(raw)
        try:
            detail = service.get(cid)
        except KeyError:
            raise WalletError(f"no credential {raw} in this {place}") from None
        name = detail.summary.name
        if detail.document is None:
            raise WalletError(f"“{name}” ({raw}) cannot be read back from the {place}")
        checked = now()
        try:
            report = verify(detail.original)
        except InputError as exc:
            raise WalletError(f"“{name}” ({raw}) cannot be read: {exc}") from None
        candidates.append(
            Candidate(
                cid,
                name,
                detail.document,
                report,
                checked,
                detail.original,
                detail.summary.image_hash,
            )
        )
    return candidates


def evidence_items(
    service: WalletService,
    chosen: Sequence[Candidate],
    holder: HolderKey,
    request: PresentationRequest,
) -> list[EvidenceItem]:
    """The evidence pack's pages: each chosen credential with its report, its badge image and a
    QR code holding a signed presentation of that credential alone (VP1- when it fits)."""
    items = []
    for candidate in chosen:
        single = sign_presentation([candidate.document], holder, request).document
        items.append(
            EvidenceItem(
                id=str(candidate.id),
                name=candidate.name,
                document=candidate.document,
                report=candidate.report,
                checked=candidate.checked,
                original=candidate.original,
                image=service.image(candidate.image_hash) if candidate.image_hash else None,
                qr=choose_qr(single, [candidate.document]),
            )
        )
    return items
