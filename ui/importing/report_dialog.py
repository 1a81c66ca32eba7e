"""The end of an import: how many were imported, already there, rejected — and why."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.common.verdicts import verdict_label

__all__ = ["ImportReportDialog", "summary_line"]


def _status(outcome: Any) -> str:
    return str(getattr(outcome.status, "value", outcome.status))


def summary_line(outcomes: list[Any], translate: Any = None) -> str:
    counts = {"imported": 0, "already there": 0, "rejected": 0}
    for outcome in outcomes:
        counts[_status(outcome)] = counts.get(_status(outcome), 0) + 1
    return (
        f"{counts['imported']} imported, {counts['already there']} already there, "
        f"{counts['rejected']} rejected"
    )


class ImportReportDialog(QDialog):
    def __init__(self, outcomes: list[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import finished"))
        self.outcomes = outcomes
        heading = QLabel(summary_line(outcomes), self)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        heading.setAccessibleName(self.tr("Import summary"))
        self.table = QTreeWidget(self)
        self.table.setRootIsDecorated(False)
        self.table.setAccessibleName(self.tr("What happened to each input"))
        self.table.setHeaderLabels([self.tr("Input"), self.tr("Result"), self.tr("Details")])
        order = {"rejected": 0, "imported": 1, "already there": 2}
        for outcome in sorted(outcomes, key=lambda o: order.get(_status(o), 3)):
            status = _status(outcome)
            detail = outcome.reason
            if status != "rejected" and outcome.verdict is not None:
                detail = verdict_label(outcome.verdict)
            QTreeWidgetItem(self.table, [outcome.name, self._word(status), detail])
        header = self.table.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(640, 380)

    def _word(self, status: str) -> str:
        return {
            "imported": self.tr("Imported"),
            "already there": self.tr("Already there"),
            "rejected": self.tr("Rejected"),
        }.get(status, status)
