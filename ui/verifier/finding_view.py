"""A verifier's finding for a person: the answer at the top, then the presentation, then each
credential, then the check itself (issue 14).

Everything shown comes from :class:`wallet.verifier.Finding`, which reads only the signed views
and the checks; every label is plain text. A forged presentation is said to be forged in the
banner before any credential is shown as valid.
"""

from __future__ import annotations

import re
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from ui.common.dates import local_time
from ui.common.display import plain_tip
from ui.common.elide import elide_identifiers
from ui.common.verdicts import Chip, check_title, chip_colors, chip_for, status_mark, verdict_label
from wallet.verifier import CredentialFinding, Finding, Outcome, PresentationFinding
from wallet.verify import Check, Report, Status

__all__ = ["FindingView", "headline", "status_words"]

ISO_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})?")


# pyside6-lupdate reads only literal translate("Context", "text") calls, not a wrapper.
translate = QCoreApplication.translate


def headline(finding: Finding) -> str:
    """The one sentence at the top."""
    outcome = finding.outcome
    asked = finding.challenge is not None
    if outcome is Outcome.ACCEPT and finding.presentation is not None:
        if asked:
            return translate(
                "FindingView",
                "Genuine: signed by its holder for your challenge just now, and every "
                "credential in it is valid.",
            )
        return translate(
            "FindingView",
            "Genuine and valid, but it was not signed for a challenge of yours: anyone with a "
            "copy could show it. Use New challenge to rule that out.",
        )
    if outcome is Outcome.ACCEPT:
        return translate(
            "FindingView", "Genuine: the issuer's signature checks out and it is in date."
        )
    if outcome is Outcome.FORGED:
        if finding.presentation is not None:
            return translate(
                "FindingView",
                "Forged: do not accept it. The presentation's own signature or holder proof "
                "fails, whatever its credentials say.",
            )
        return translate(
            "FindingView", "Forged or altered: do not accept it. See the failed check below."
        )
    if outcome is Outcome.REPLAYED:
        return translate(
            "FindingView",
            "Not made for you now: the signatures are genuine, but it was not signed for your "
            "challenge at this time. It may be a copy; ask the learner to sign it again.",
        )
    if outcome is Outcome.NOT_THE_SUBJECT:
        return translate(
            "FindingView",
            "Genuine and valid, but not every credential is about the person who signed it: "
            "ask the learner how the credentials marked below are theirs.",
        )
    if outcome is Outcome.NOT_ALL_VALID:
        return translate(
            "FindingView",
            "The presentation itself is genuine, but not every credential in it is valid: see "
            "each one below.",
        )
    if outcome is Outcome.CANNOT_TELL:
        return translate(
            "FindingView",
            "It could not be checked: nothing shows it is forged, or that it is genuine.",
        )
    return translate(
        "FindingView", "Genuine, but not valid now: see the dates or the revocation below."
    )


def _chip(outcome: Outcome) -> Chip:
    return {
        Outcome.ACCEPT: Chip.VALID,
        Outcome.FORGED: Chip.INVALID,
        Outcome.REPLAYED: Chip.INVALID,
        Outcome.NOT_ALL_VALID: Chip.WARNING,
        Outcome.NOT_THE_SUBJECT: Chip.WARNING,
        Outcome.CANNOT_TELL: Chip.UNVERIFIABLE,
        Outcome.NOT_VALID: Chip.EXPIRED,
    }[outcome]


def status_words(status: Status, passed: str, failed: str, skipped: str) -> str:
    mark, _ = status_mark(status)
    text = {Status.PASS: passed, Status.FAIL: failed, Status.WARN: passed, Status.SKIP: skipped}
    return f"{mark} {text[status]}"


def _local_times(message: str) -> str:
    """``message`` with each ISO 8601 date-time in it written as the app's language writes it
    (the core's messages name a proof's, a challenge's, an expiry's times in ISO)."""
    return ISO_TIME.sub(lambda m: local_time(datetime.fromisoformat(m.group(0))), message)


def _label(parent: QWidget, text: str = "", *, bold: bool = False, scale: float = 1.0) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setText(text)
    if bold or scale != 1.0:
        font = QFont(label.font())
        font.setBold(bold)
        font.setPointSizeF(font.pointSizeF() * scale)
        label.setFont(font)
    return label


class FindingView(QWidget):
    """Shows one :class:`Finding` (or nothing). Read-only; GUI thread."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Verification result"))
        self.column = QVBoxLayout(self)
        self.column.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.banner: QLabel | None = None
        self.finding: Finding | None = None

    def clear(self) -> None:
        self.finding = None
        self.banner = None
        while self.column.count():
            item = self.column.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    def show_finding(self, finding: Finding) -> None:
        self.clear()
        self.finding = finding
        self.banner = _label(self, headline(finding), bold=True, scale=1.3)
        self.banner.setAccessibleName(self.tr("Answer"))
        self.banner.setMargin(12)
        background, text = chip_colors(_chip(finding.outcome), self.palette())
        self._paint(self.banner, background, text)
        self.column.addWidget(self.banner)
        mode = self.tr("online") if finding.online else self.tr("offline")
        when = local_time(finding.checked, seconds=True)
        meta = self.tr("Checked %1, %2. Found %3.").replace("%1", when).replace("%2", mode)
        checked = _label(self, meta.replace("%3", finding.found))
        checked.setToolTip(finding.checked.isoformat(timespec="seconds"))
        self.column.addWidget(checked)
        if finding.challenge is not None:
            asked = self.tr("Your challenge: %1").replace("%1", finding.challenge.challenge)
            if finding.challenge.domain:
                asked += "  ·  " + self.tr("domain %1").replace("%1", finding.challenge.domain)
            self.column.addWidget(_label(self, asked))
        if finding.note:
            note = _label(
                self,
                self.tr(
                    "A PDF evidence pack's printed pages are not evidence: anyone can print "
                    "anything. What follows is what its signed attachment holds; compare it with "
                    "the pages you were shown."
                ),
                bold=True,
            )
            note.setAccessibleName(self.tr("About PDF evidence packs"))
            self.column.addWidget(note)
        if finding.presentation is not None:
            self.column.addWidget(self._presentation(finding.presentation))
        for credential in finding.credentials:
            self.column.addWidget(self._credential(credential))
        self.column.addStretch(1)

    # --- sections -----------------------------------------------------------------------------
    def _section(self, title: str) -> tuple[QFrame, QGridLayout]:
        frame = QFrame(self)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setAccessibleName(title)
        grid = QGridLayout(frame)
        grid.setColumnStretch(1, 1)
        grid.addWidget(_label(frame, title, bold=True, scale=1.15), 0, 0, 1, 2)
        return frame, grid

    def _row(self, grid: QGridLayout, name: str, value: str) -> QLabel:
        row = grid.rowCount()
        parent = grid.parentWidget() or self
        grid.addWidget(_label(parent, name), row, 0, Qt.AlignmentFlag.AlignTop)
        shown = _label(parent, value)
        grid.addWidget(shown, row, 1)
        return shown

    def _presentation(self, found: PresentationFinding) -> QFrame:
        frame, grid = self._section(self.tr("The presentation"))
        self._row(grid, self.tr("Signed by"), found.signer or self.tr("nobody: no proof verified"))
        self._check_row(grid, found.signature)
        self._row(
            grid,
            self.tr("Challenge"),
            status_words(
                found.challenge,
                self.tr("yours, as issued"),
                self.tr("not yours"),
                self.tr("none asked"),
            ),
        )
        self._row(
            grid,
            self.tr("Domain"),
            status_words(found.domain, self.tr("yours"), self.tr("another"), self.tr("none asked")),
        )
        mark, _ = status_mark(found.freshness.status)
        made = self._row(grid, self.tr("Made"), f"{mark} {_local_times(found.freshness.message)}")
        made.setToolTip(
            plain_tip(found.freshness.message)
        )  # with the ISO times, as the export has them
        self._check_row(grid, found.holder)
        for binding in found.subjects:
            value = (
                self.tr("✓ the holder is its subject")
                if binding.bound
                else self.tr("✗ about %1, not the holder").replace(
                    "%1", binding.subject or self.tr("nobody named")
                )
            )
            self._row(grid, binding.label.capitalize(), value)
        return frame

    def _credential(self, found: CredentialFinding) -> QFrame:
        frame, grid = self._section(found.name)
        chip = _label(frame, verdict_label(found.verdict), bold=True)
        chip.setMargin(4)
        background, text = chip_colors(chip_for(found.verdict), self.palette())
        self._paint(chip, background, text)
        chip.setAccessibleName(self.tr("Verdict"))
        grid.addWidget(chip, grid.rowCount(), 0)
        facts = [
            (self.tr("Issuer"), _party(found.issuer_name, found.issuer_id)),
            (self.tr("Recipient"), found.recipient or ""),
            (self.tr("Issued"), found.issued or ""),
            (self.tr("Expires"), found.expires or self.tr("never")),
            (self.tr("Achievement"), found.achievement_type or ""),
            (self.tr("Description"), found.description),
            (self.tr("Skills"), ", ".join(found.skills)),
            (self.tr("Results"), "; ".join(found.results)),
        ]
        for name, value in facts:
            if value:
                self._row(grid, name, value)
        self._checks(grid, found.report)
        return frame

    def _checks(self, grid: QGridLayout, report: Report) -> None:
        for check in report.checks:
            self._check_row(grid, check)
        for inner in report.credentials:
            about = inner.about.get("name") if inner.about else None
            value = (
                f"{verdict_label(inner.verdict)}: {about}"
                if about
                else verdict_label(inner.verdict)
            )
            self._row(grid, (inner.label or self.tr("included credential")).capitalize(), value)

    def _check_row(self, grid: QGridLayout, check: Check) -> None:
        mark, word = status_mark(check.status)
        shown = self._row(
            grid,
            check_title(check.id),
            f"{mark} {word}: {_local_times(elide_identifiers(check.message))}",
        )
        if ISO_TIME.search(check.message):
            shown.setToolTip(plain_tip(check.message))

    @staticmethod
    def _paint(label: QLabel, background: QColor, text: QColor) -> None:
        label.setAutoFillBackground(True)
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.Window, background)
        palette.setColor(QPalette.ColorRole.WindowText, text)
        label.setPalette(palette)


def _party(name: str, ident: str) -> str:
    if name and ident and name != ident:
        return f"{name} ({elide_identifiers(ident)})"
    return name or ident
