"""How the credentials inside a credential fared: counts for cards, lists and the PDF (issue 11,
"Forged parts").

A CLR's achievement credentials and any endorsements are verified on their own (STANDARDS §7
A10) and sit in ``Report.credentials``; a valid CLR may hold a forged achievement. Whatever shows
the outer verdict also says, from these counts, when its parts are not all valid:
"valid, but 1 of 4 achievements is not genuine".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from wallet.verify.openbadges import ENDORSEMENT_LABEL
from wallet.verify.report import Report, Verdict

__all__ = ["PartTally", "parts_from_json", "parts_sentence", "parts_to_json", "tally_parts"]

_UNCHECKED = frozenset({Verdict.UNVERIFIABLE, Verdict.UNSIGNED})


@dataclass(frozen=True)
class PartTally:
    """The nested credentials of one ``kind`` ("achievement", "endorsement", "credential"):
    how many, how many are not valid, and of those how many are not genuine (``invalid``) or
    could not be checked (``unverifiable``, ``unsigned``)."""

    kind: str
    total: int
    not_valid: int
    not_genuine: int
    unchecked: int

    @property
    def problem(self) -> str:
        """The worst that is true of the parts that are not valid: "not genuine", "could not be
        checked", "not valid now", or "" when all are valid."""
        if self.not_genuine:
            return "not genuine"
        if self.not_valid and self.unchecked == self.not_valid:
            return "could not be checked"
        return "not valid now" if self.not_valid else ""


def _kind(label: str) -> str:
    if label.startswith(ENDORSEMENT_LABEL):
        return "endorsement"
    if label.startswith("achievement credential"):
        return "achievement"
    return "credential"


def tally_parts(report: Report) -> tuple[PartTally, ...]:
    """One tally for each kind of credential directly inside ``report`` (achievements first)."""
    counts: dict[str, list[int]] = {}
    for inner in report.credentials:
        row = counts.setdefault(_kind(inner.label), [0, 0, 0, 0])
        row[0] += 1
        if inner.verdict is not Verdict.VALID:
            row[1] += 1
            row[2] += inner.verdict is Verdict.INVALID
            row[3] += inner.verdict in _UNCHECKED
    order = ("achievement", "credential", "endorsement")
    return tuple(PartTally(k, *counts[k]) for k in order if k in counts)


def _counted(n: int, kind: str) -> str:
    return f"{n} {kind}" + ("" if n == 1 else "s")


def parts_sentence(verdict: Verdict | str, tallies: Iterable[PartTally]) -> str:
    """In English, for the command line and the PDF: "" when every part is valid, else e.g.
    "valid, but 1 of 4 achievements is not genuine" (the outer verdict first)."""
    worst = [t for t in tallies if t.not_valid]
    if not worst:
        return ""
    clauses = []
    for t in worst:
        n = t.not_genuine if t.problem == "not genuine" else t.not_valid
        clauses.append(f"{n} of {_counted(t.total, t.kind)} {_predicate(t.problem, n)}")
    word = Verdict(verdict).value
    return f"{word}, but " + " and ".join(clauses)


def _predicate(problem: str, n: int) -> str:
    """``problem`` as the clause's predicate, agreeing with ``n``: "is not genuine", "are not
    valid now"; "could not be checked" carries its own verb."""
    if problem.startswith("could "):
        return problem
    return f"{'is' if n == 1 else 'are'} {problem}"


def parts_to_json(tallies: Iterable[PartTally]) -> list[dict[str, Any]]:
    """``[{"kind", "total", "notValid", "notGenuine", "unchecked"}]`` for ``list --json`` and
    the vault's summaries."""
    return [
        {
            "kind": t.kind,
            "total": t.total,
            "notValid": t.not_valid,
            "notGenuine": t.not_genuine,
            "unchecked": t.unchecked,
        }
        for t in tallies
    ]


def parts_from_json(value: Any) -> tuple[PartTally, ...]:
    """What :func:`parts_to_json` wrote; anything else reads as no parts."""
    if not isinstance(value, list):
        return ()
    out = []
    for item in value:
        try:
            out.append(
                PartTally(
                    str(item["kind"]),
                    int(item["total"]),
                    int(item["notValid"]),
                    int(item["notGenuine"]),
                    int(item.get("unchecked", 0)),
                )
            )
        except (KeyError, TypeError, ValueError, AttributeError):
            continue
    return tuple(out)
