"""A learner's portfolio verified in one go: every input, every credential in it, one item each.

Inputs are what an advisor is handed (issue 15): signed presentations (JSON or JWT), PDF evidence
packs made by Learner Wallet (their attached presentation), credential files, ``VP1-`` text and
QR images. Each is read by :func:`wallet.formats.sniff.read_input` and verified by
:func:`wallet.verify.dispatch.verify_unpacked`; nothing here parses a credential itself.

Items are the credentials a learner presents: each credential of a presentation, each loose
credential, and each achievement credential a CLR carries (after its CLR). Endorsements are not
items (they are third parties' opinions of an item, and stay in its report). Every value an item
shows comes from its report's signed view.

When ``VerifyOptions.online`` is set, each input gets its own view of the run's network
(:meth:`wallet.verify.online.OnlineChecks.for_input`) and its status and trust rows are answered
online, saying how fresh what they used is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from wallet.errors import InputError
from wallet.formats.sniff import read_input
from wallet.review.holder import (
    SOMEONE_ELSE,
    HolderBinding,
    PresentationBinding,
    bind_presentation,
)
from wallet.verify import Check, Report, Status, Verdict, VerifyOptions
from wallet.verify.about import first_text
from wallet.verify.dispatch import verify_unpacked
from wallet.verify.openbadges import ENDORSEMENT_LABEL
from wallet.verify.structure import as_list

__all__ = [
    "PortfolioFile",
    "PortfolioReview",
    "ReviewItem",
    "Unreadable",
    "verify_portfolio",
]

# progress(done, total) after each input; cancel() -> True stops before the next input.
Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

_KINDS = {
    "ClrCredential": "CLR 2.0",
    "OpenBadgeCredential": "Open Badges 3.0",
    "AchievementCredential": "Open Badges 3.0",
    "EndorsementCredential": "OB 3.0 endorsement",
}


@dataclass(frozen=True)
class PortfolioFile:
    """One input as the advisor received it: ``name`` is what they recognise (a file name)."""

    name: str
    data: bytes


@dataclass(frozen=True)
class Unreadable:
    """An input that is no credential at all, with the one sentence that says why."""

    name: str
    reason: str


@dataclass(frozen=True)
class ReviewItem:
    """One credential of the portfolio and its report.

    ``label`` says where it sits in its input ("credential 2", "achievement credential 1 of
    credential 2"; "" for a loose credential). ``holder`` is the row that says whether a
    presented credential is about its holder (None outside a presentation). ``parent`` is the
    index of the CLR that carries it.
    """

    index: int
    input: str
    label: str
    report: Report
    holder: Check | None = None
    parent: int | None = None

    @property
    def verdict(self) -> Verdict:
        return self.report.verdict

    @property
    def valid(self) -> bool:
        return self.report.verdict is Verdict.VALID

    @property
    def counts(self) -> bool:
        """Evidence of the learner's skills: valid, and not presented as someone else's."""
        about_another = self.holder is not None and self.holder.outcome == SOMEONE_ELSE
        return self.valid and not about_another

    @property
    def name(self) -> str:
        return first_text(self.report.about.get("name")) or "a credential with no name"

    @property
    def issuer_id(self) -> str:
        issuer = self.report.about.get("issuer") or {}
        return str(issuer.get("id") or "")

    @property
    def issuer(self) -> str:
        issuer = self.report.about.get("issuer") or {}
        return str(issuer.get("name") or issuer.get("id") or "an unnamed issuer")

    @property
    def kind(self) -> str:
        """ "Open Badges 3.0", "CLR 2.0", "Open Badges 2.0", "VC 2.0", "VC-JWT"..."""
        data = self.report.view.data
        for name in as_list(data.get("type")):
            if name in _KINDS:
                return _KINDS[name]
        if "badge" in data and "recipient" in data:
            return "Open Badges 2.0"
        if not data:
            return "credential"
        contexts = as_list(data.get("@context"))
        return "VC 1.1" if "https://www.w3.org/2018/credentials/v1" in contexts else "VC 2.0"

    @property
    def where(self) -> str:
        """The input and the place in it, for people: "portfolio.json, credential 2"."""
        return f"{self.input}, {self.label}" if self.label else self.input

    def reason(self) -> str:
        """Why the verdict is what it is, in one sentence from the checks: the first failing
        check, else the first warning, else the validity row."""
        for wanted in (Status.FAIL, Status.WARN):
            for check in self.report.checks:
                if check.status is wanted and check.id not in ("trust", "schema"):
                    return f"{check.id}: {check.message}"
        validity = self.report.check("validity")
        return validity.message if validity is not None else ""

    def checks(self) -> tuple[Check, ...]:
        """The credential's checks, and the holder row when it was presented."""
        return self.report.checks + ((self.holder,) if self.holder is not None else ())


@dataclass(frozen=True)
class PortfolioReview:
    """Everything one "verify all" found, in the order of the inputs."""

    items: tuple[ReviewItem, ...]
    holder: HolderBinding | None
    unreadable: tuple[Unreadable, ...] = ()
    checked: datetime | None = None
    inputs: int = 0
    cancelled: bool = False
    fetched: tuple[Any, ...] = field(default=(), compare=False)

    def summary(self) -> dict[str, int]:
        """Every verdict, zero or not (DESIGN ``review --json``), by count of items."""
        counts = {verdict.value: 0 for verdict in Verdict}
        for item in self.items:
            counts[item.verdict.value] += 1
        return counts


def verify_portfolio(
    files: Sequence[PortfolioFile],
    options: VerifyOptions,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> PortfolioReview:
    """Verify every input; never raises for a bad one (it becomes :class:`Unreadable`).

    All inputs are judged at one instant (``options`` pinned once). Runs on the caller's
    thread; slow (verification), so the app calls it through its background helper.
    """
    options = options.pinned()
    items: list[ReviewItem] = []
    unreadable: list[Unreadable] = []
    bindings: list[PresentationBinding] = []
    fetched: list[Any] = []
    done = 0
    for file in files:
        if cancel is not None and cancel():
            break
        try:
            report, records = _verify_one(file.data, options)
        except InputError as exc:
            unreadable.append(Unreadable(file.name, str(exc)))
        except RecursionError:
            unreadable.append(Unreadable(file.name, "the input is nested too deeply to read"))
        else:
            fetched += records
            if report.kind == "presentation":
                binding = bind_presentation(file.name, report, options)
                bindings.append(binding)
                _add_presented(items, file.name, report, binding)
            else:
                _add_credential(items, file.name, "", report, None, None)
        done += 1
        if progress is not None:
            progress(done, len(files))
    holder = HolderBinding(tuple(bindings)) if bindings else None
    return PortfolioReview(
        items=tuple(items),
        holder=holder,
        unreadable=tuple(unreadable),
        checked=options.current_time(),
        inputs=len(files),
        cancelled=done < len(files),
        fetched=tuple(fetched),
    )


def _verify_one(data: bytes, options: VerifyOptions) -> tuple[Report, tuple[Any, ...]]:
    """Verify one input, online when the options carry the network (its own view of the run)."""
    found = read_input(data)
    online = options.online
    if online is None:
        return verify_unpacked(found, options), ()
    view = online.for_input()
    report = verify_unpacked(found, view.apply_to(options))
    return report, view.fetched()


def _add_presented(
    items: list[ReviewItem], name: str, report: Report, binding: PresentationBinding
) -> None:
    for inner in report.credentials:
        _add_credential(items, name, inner.label, inner, binding, None)


def _add_credential(
    items: list[ReviewItem],
    name: str,
    label: str,
    report: Report,
    binding: PresentationBinding | None,
    parent: int | None,
) -> None:
    index = len(items)
    holder = binding.subject_row(report) if binding is not None else None
    items.append(ReviewItem(index, name, label, report, holder, parent))
    for nested in report.credentials:
        if nested.label.startswith(ENDORSEMENT_LABEL):
            continue  # an opinion about this credential, kept in its report
        where = f"{nested.label} of {label}" if label else nested.label
        _add_credential(items, name, where, nested, binding, index)
