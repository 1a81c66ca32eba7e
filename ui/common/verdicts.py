"""How verdicts and checks read and look: chip labels, chip colours, check names, status marks.

One place, so the library's chips, the credential page's rows and the import report agree.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QColor, QPalette

from ui.common.plurals import english
from wallet.verify import Report, Status, Verdict
from wallet.verify.parts import PartTally

__all__ = [
    "UNSIGNED_NOTE",
    "Chip",
    "check_title",
    "chip_colors",
    "chip_for",
    "chip_label",
    "parts_caveat",
    "status_mark",
    "unsigned_note",
    "verdict_label",
    "verdict_sentence",
]


# pyside6-lupdate reads only literal translate("Context", "text") calls, not a wrapper.
translate = QCoreApplication.translate


class _Counted(QObject):
    """Only a name: ``_Counted.tr(text, "", n)`` is the one spelling of a counted phrase outside a
    class that pyside6-lupdate extracts as a numerus entry (it ignores translate()'s ``n``)."""

    @staticmethod
    def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """Callable on the class (typed so): the phrase in this class's context, counted."""
        return QCoreApplication.translate("_Counted", text, disambiguation, n)


class Chip(StrEnum):
    """The six chips the library shows (a coarser grouping of the eight verdicts)."""

    VALID = "valid"
    EXPIRED = "expired"
    REVOKED = "revoked"
    WARNING = "warning"
    INVALID = "invalid"
    UNVERIFIABLE = "unverifiable"


_CHIPS = {
    Verdict.VALID: Chip.VALID,
    Verdict.EXPIRED: Chip.EXPIRED,
    Verdict.REVOKED: Chip.REVOKED,
    Verdict.SUSPENDED: Chip.REVOKED,
    Verdict.NOT_YET_VALID: Chip.WARNING,
    Verdict.UNSIGNED: Chip.WARNING,
    Verdict.INVALID: Chip.INVALID,
    Verdict.UNVERIFIABLE: Chip.UNVERIFIABLE,
}


def chip_for(verdict: Verdict | str) -> Chip:
    return _CHIPS.get(Verdict(verdict), Chip.UNVERIFIABLE)


def chip_label(chip: Chip) -> str:
    return {
        Chip.VALID: translate("Verdicts", "Valid"),
        Chip.EXPIRED: translate("Verdicts", "Expired"),
        Chip.REVOKED: translate("Verdicts", "Revoked"),
        Chip.WARNING: translate("Verdicts", "Warning"),
        Chip.INVALID: translate("Verdicts", "Invalid"),
        Chip.UNVERIFIABLE: translate("Verdicts", "Unverifiable"),
    }[chip]


# attack-files F6: what the PDF pack and the review report print beside a credential whose
# signed view has basis "unsigned" (a Blockcerts marker, a hosted OB 2.0 assertion): nothing the
# wallet checked signs its name, issuer and details. English, as those documents are.
UNSIGNED_NOTE = "not signed: what this page says is the file's own text"


def unsigned_note(report: Report) -> str:
    """:data:`UNSIGNED_NOTE` when nothing the wallet checked signs what ``report`` shows, else
    "" (plain text: each document escapes and styles it)."""
    return UNSIGNED_NOTE if report.view.basis == "unsigned" else ""


def verdict_label(verdict: Verdict | str) -> str:
    """The verdict in words, e.g. "Not yet valid"."""
    return {
        Verdict.VALID: translate("Verdicts", "Valid"),
        Verdict.INVALID: translate("Verdicts", "Invalid"),
        Verdict.EXPIRED: translate("Verdicts", "Expired"),
        Verdict.NOT_YET_VALID: translate("Verdicts", "Not yet valid"),
        Verdict.REVOKED: translate("Verdicts", "Revoked"),
        Verdict.SUSPENDED: translate("Verdicts", "Suspended"),
        Verdict.UNSIGNED: translate("Verdicts", "Unsigned"),
        Verdict.UNVERIFIABLE: translate("Verdicts", "Unverifiable"),
    }[Verdict(verdict)]


def verdict_sentence(verdict: Verdict | str) -> str:
    """One sentence for a person: what the verdict means for them."""
    return {
        Verdict.VALID: translate(
            "Verdicts", "Genuine: the issuer's signature checks out and it is in date."
        ),
        Verdict.INVALID: translate(
            "Verdicts", "Not genuine or damaged: the Verification tab shows the failed check."
        ),
        Verdict.EXPIRED: translate("Verdicts", "Genuine, but past its expiry date."),
        Verdict.NOT_YET_VALID: translate("Verdicts", "Genuine, but not valid yet."),
        Verdict.REVOKED: translate("Verdicts", "The issuer has revoked it."),
        Verdict.SUSPENDED: translate("Verdicts", "The issuer has suspended it."),
        Verdict.UNSIGNED: translate(
            "Verdicts", "It carries no signature, so nobody can tell who issued it."
        ),
        Verdict.UNVERIFIABLE: translate(
            "Verdicts", "It could not be checked offline: the Verification tab says why."
        ),
    }[Verdict(verdict)]


def check_title(check_id: str) -> str:
    return {
        "format": translate("Verdicts", "Well-formed"),
        "signature": translate("Verdicts", "Signature"),
        "issuer": translate("Verdicts", "Issuer's key"),
        "validity": translate("Verdicts", "Dates"),
        "status": translate("Verdicts", "Revocation"),
        "trust": translate("Verdicts", "Trusted issuer"),
        "schema": translate("Verdicts", "Open Badges schema"),
        "holder": translate("Verdicts", "Holder"),
    }.get(check_id, check_id)


def status_mark(status: Status | str) -> tuple[str, str]:
    """A symbol and its spoken word for a check's status (never colour alone)."""
    return {
        Status.PASS: ("✓", translate("Verdicts", "passed")),
        Status.FAIL: ("✗", translate("Verdicts", "failed")),
        Status.WARN: ("!", translate("Verdicts", "warning")),
        Status.SKIP: ("–", translate("Verdicts", "not applicable")),
    }[Status(status)]


# (light background, dark background) hues; text colour is chosen for contrast.
_HUES = {
    Chip.VALID: ("#d7f2dd", "#1f5a2c"),
    Chip.EXPIRED: ("#e6e6e6", "#4a4a4a"),
    Chip.REVOKED: ("#fbd9d7", "#6d2320"),
    Chip.WARNING: ("#fdf0c8", "#6a5413"),
    Chip.INVALID: ("#fbd9d7", "#6d2320"),
    Chip.UNVERIFIABLE: ("#dde7f7", "#27426b"),
}


def chip_colors(chip: Chip, palette: QPalette) -> tuple[QColor, QColor]:
    """(background, text) for a chip, following the system palette's lightness."""
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    background = QColor(_HUES[chip][1 if dark else 0])
    text = QColor("#ffffff" if dark else "#1b1b1b")
    return background, text


def parts_caveat(parts: Iterable[PartTally]) -> str:
    """ "1 of 4 achievements is not genuine" (and so on for each kind of part that is not all
    valid), or "" when every credential inside is valid. Shown beside the outer verdict on
    cards, rows and the page (issue 11, "Forged parts")."""
    clauses = []
    for tally in parts:
        if not tally.not_valid:
            continue
        n = tally.total
        total = {
            "achievement": _Counted.tr("%n achievement(s)", "", n),
            "endorsement": _Counted.tr("%n endorsement(s)", "", n),
        }.get(tally.kind) or _Counted.tr("%n credential(s)", "", n)
        if tally.problem == "not genuine":
            n = tally.not_genuine
            problem = _Counted.tr("%n is(are) not genuine", "", n)
        elif tally.problem == "could not be checked":
            n = tally.not_valid
            problem = _Counted.tr("%n could not be checked", "", n)
        else:
            n = tally.not_valid
            problem = _Counted.tr("%n is(are) not valid now", "", n)
        # "1 is not genuine" -> "1 of 4 achievements is not genuine"
        count, _, rest = english(problem, n).partition(" ")
        sentence = translate("Verdicts", "%1 of %2 %3")
        clauses.append(
            sentence.replace("%1", count)
            .replace("%2", english(total, tally.total))
            .replace("%3", rest)
        )
    return "; ".join(clauses)
