"""The end of an import: how many were imported, already there, rejected — and why.

Each input's whole reason is shown, wrapped, with the full text in its tooltip, beside the
verdict of what was imported. When something imported is not genuine (its signature or issuer
check failed), the dialog says so at the top and offers to remove those again.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.common.display import line, passage, plain_label, plain_tip
from ui.common.plurals import english
from ui.common.verdicts import verdict_label
from wallet.verify import Verdict

__all__ = ["ImportReportDialog", "not_genuine", "summary_line"]


def _status(outcome: Any) -> str:
    return str(getattr(outcome.status, "value", outcome.status))


def summary_line(outcomes: list[Any]) -> str:
    """ "5 imported, 0 already there, 0 rejected" (each count its own phrase, so a translation
    can inflect it)."""
    counts = {"imported": 0, "already there": 0, "rejected": 0}
    for outcome in outcomes:
        counts[_status(outcome)] = counts.get(_status(outcome), 0) + 1
    imported, there, rejected = counts["imported"], counts["already there"], counts["rejected"]
    return ", ".join(
        (
            english(ImportReportDialog.tr("%n imported", "", imported), imported),
            english(ImportReportDialog.tr("%n already there", "", there), there),
            english(ImportReportDialog.tr("%n rejected", "", rejected), rejected),
        )
    )


def _details(status: str, reason: str) -> str:
    """What the Details column says: nothing more for a plain import ("Imported" says it), and
    for one that is not valid, why (the importer's "imported; why")."""
    if status != "imported":
        return reason
    if reason == "imported":
        return ""
    why = reason.removeprefix("imported; ")
    return why[:1].upper() + why[1:]


def not_genuine(outcomes: list[Any]) -> list[Any]:
    """The outcomes of inputs imported now whose verdict is ``invalid``."""
    return [
        o
        for o in outcomes
        if _status(o) == "imported"
        and o.credential_id is not None
        and o.verdict is not None
        and Verdict(o.verdict) is Verdict.INVALID
    ]


class ImportReportDialog(QDialog):
    """``remove(ids)`` is offered for the imported credentials that are not genuine."""

    @staticmethod
    def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """As Qt's, and callable on the class for :func:`summary_line`'s counted phrases."""
        return QCoreApplication.translate("ImportReportDialog", text, disambiguation, n)

    def __init__(
        self,
        outcomes: list[Any],
        parent: QWidget | None = None,
        remove: Callable[[list[str]], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import finished"))
        self.outcomes = outcomes
        self.remove = remove
        heading = plain_label(QLabel(summary_line(outcomes), self))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        heading.setAccessibleName(self.tr("Import summary"))
        self.forged = not_genuine(outcomes)
        self.warning = plain_label(QLabel(self))
        self.warning.setWordWrap(True)
        self.warning.setAccessibleName(self.tr("Not genuine"))
        self.remove_button = QPushButton(self.tr("&Remove these"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the credentials that are not genuine"))
        self.remove_button.clicked.connect(self._remove_forged)
        warning_row = QHBoxLayout()
        warning_row.addWidget(self.warning, 1)
        warning_row.addWidget(self.remove_button)
        n = len(self.forged)
        self.warning.setText(
            "⚠ "
            + english(
                self.tr(
                    "%n of the credentials imported is(are) not genuine: the signature or the "
                    "issuer's key does not check out. They are in your wallet marked Invalid.",
                    "",
                    n,
                ),
                n,
            )
        )
        self.warning.setVisible(bool(n))
        self.remove_button.setVisible(bool(n) and remove is not None)
        self.table = QTreeWidget(self)
        self.table.setRootIsDecorated(False)
        self.table.setWordWrap(True)
        self.table.setUniformRowHeights(False)
        self.table.setAccessibleName(self.tr("What happened to each input"))
        self.table.setHeaderLabels(
            [self.tr("Input"), self.tr("Result"), self.tr("Verdict"), self.tr("Details")]
        )
        order = {"rejected": 0, "imported": 1, "already there": 2}
        for outcome in sorted(outcomes, key=lambda o: order.get(_status(o), 3)):
            status = _status(outcome)
            verdict = verdict_label(outcome.verdict) if outcome.verdict is not None else ""
            reason = passage(_details(status, outcome.reason), 2_000)[0]
            wrapped = textwrap.fill(reason, 70, break_long_words=True) if reason else ""
            name = line(outcome.name, 120)
            item = QTreeWidgetItem(self.table, [name, self._word(status), verdict, wrapped])
            item.setToolTip(0, plain_tip(outcome.name))
            item.setToolTip(3, plain_tip(_details(status, outcome.reason)))
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        header = self.table.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 220)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(warning_row)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(820, 420)

    def _remove_forged(self) -> None:
        if self.remove is not None and self.forged:
            self.remove([str(o.credential_id) for o in self.forged])
            self.accept()

    def _word(self, status: str) -> str:
        return {
            "imported": self.tr("Imported"),
            "already there": self.tr("Already there"),
            "rejected": self.tr("Rejected"),
        }.get(status, status)
