"""How verdicts and checks read and look: chip labels, chip colours, check names, status marks.

One place, so the library's chips, the credential page's rows and the import report agree.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette

from ui.common.plurals import english
from wallet.verify import Status, Verdict
from wallet.verify.parts import PartTally

__all__ = [
    "Chip",
    "check_title",
    "chip_colors",
    "chip_for",
    "chip_label",
    "parts_caveat",
    "status_mark",
    "verdict_label",
    "verdict_sentence",
]


def _t(text: str) -> str:
    return QCoreApplication.translate("Verdicts", text)


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
        Chip.VALID: _t("Valid"),
        Chip.EXPIRED: _t("Expired"),
        Chip.REVOKED: _t("Revoked"),
        Chip.WARNING: _t("Warning"),
        Chip.INVALID: _t("Invalid"),
        Chip.UNVERIFIABLE: _t("Unverifiable"),
    }[chip]


def verdict_label(verdict: Verdict | str) -> str:
    """The verdict in words, e.g. "Not yet valid"."""
    return {
        Verdict.VALID: _t("Valid"),
        Verdict.INVALID: _t("Invalid"),
        Verdict.EXPIRED: _t("Expired"),
        Verdict.NOT_YET_VALID: _t("Not yet valid"),
        Verdict.REVOKED: _t("Revoked"),
        Verdict.SUSPENDED: _t("Suspended"),
        Verdict.UNSIGNED: _t("Unsigned"),
        Verdict.UNVERIFIABLE: _t("Unverifiable"),
    }[Verdict(verdict)]


def verdict_sentence(verdict: Verdict | str) -> str:
    """One sentence for a person: what the verdict means for them."""
    return {
        Verdict.VALID: _t("Genuine: the issuer's signature checks out and it is in date."),
        Verdict.INVALID: _t("Not genuine or damaged: the Verification tab shows the failed check."),
        Verdict.EXPIRED: _t("Genuine, but past its expiry date."),
        Verdict.NOT_YET_VALID: _t("Genuine, but not valid yet."),
        Verdict.REVOKED: _t("The issuer has revoked it."),
        Verdict.SUSPENDED: _t("The issuer has suspended it."),
        Verdict.UNSIGNED: _t("It carries no signature, so nobody can tell who issued it."),
        Verdict.UNVERIFIABLE: _t("It could not be checked offline: the Verification tab says why."),
    }[Verdict(verdict)]


def check_title(check_id: str) -> str:
    return {
        "format": _t("Well-formed"),
        "signature": _t("Signature"),
        "issuer": _t("Issuer's key"),
        "validity": _t("Dates"),
        "status": _t("Revocation"),
        "trust": _t("Trusted issuer"),
        "schema": _t("Open Badges schema"),
        "holder": _t("Holder"),
    }.get(check_id, check_id)


def status_mark(status: Status | str) -> tuple[str, str]:
    """A symbol and its spoken word for a check's status (never colour alone)."""
    return {
        Status.PASS: ("✓", _t("passed")),
        Status.FAIL: ("✗", _t("failed")),
        Status.WARN: ("!", _t("warning")),
        Status.SKIP: ("–", _t("not applicable")),
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


def _counted(template: str, n: int) -> str:
    return english(QCoreApplication.translate("Verdicts", template, "", n), n)


def parts_caveat(parts: Iterable[PartTally]) -> str:
    """ "1 of 4 achievements is not genuine" (and so on for each kind of part that is not all
    valid), or "" when every credential inside is valid. Shown beside the outer verdict on
    cards, rows and the page (issue 11, "Forged parts")."""
    clauses = []
    for tally in parts:
        if not tally.not_valid:
            continue
        total = {
            "achievement": _counted("%n achievement(s)", tally.total),
            "endorsement": _counted("%n endorsement(s)", tally.total),
        }.get(tally.kind) or _counted("%n credential(s)", tally.total)
        problem = {
            "not genuine": _counted("%n is(are) not genuine", tally.not_genuine),
            "could not be checked": _counted("%n could not be checked", tally.not_valid),
        }.get(tally.problem) or _counted("%n is(are) not valid now", tally.not_valid)
        # "1 is not genuine" -> "1 of 4 achievements is not genuine"
        count, _, rest = problem.partition(" ")
        clauses.append(
            _t("%1 of %2 %3").replace("%1", count).replace("%2", total).replace("%3", rest)
        )
    return "; ".join(clauses)
