"""A verification report as rows a person understands: one per check, with its reason, and the
reports of credentials inside (endorsements, a CLR's achievements) as expandable children."""

from __future__ import annotations

import json
import textwrap
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from ui.common.display import line, passage, plain_tip
from ui.common.elide import elide_identifiers
from ui.common.verdicts import check_title, chip_colors, chip_for, status_mark, verdict_label
from wallet.verify import Report, Status

__all__ = ["ReportView", "diagnostic_text"]


class ReportView(QTreeWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(3)
        self.setHeaderLabels([self.tr("Check"), self.tr("Result"), self.tr("Why")])
        self.setAccessibleName(self.tr("Verification report"))
        self.setRootIsDecorated(True)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setAlternatingRowColors(True)
        header = self.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def show_report(self, report: Report | None) -> None:
        self.clear()
        if report is None:
            return
        self._add(report, self.invisibleRootItem())
        self.expandToDepth(0)

    def _add(self, report: Report, parent: QTreeWidgetItem) -> None:
        for check in report.checks:
            mark, word = status_mark(check.status)
            # Long DIDs and URLs are shortened in the middle (the full text is in the tooltip
            # and in "copy diagnostic"); the sentence then wraps between words, rows grow.
            shown = passage(check.message, 4_000)[0]
            message = textwrap.fill(elide_identifiers(shown), 90, break_long_words=False)
            item = QTreeWidgetItem(parent, [check_title(check.id), f"{mark} {word}", message])
            item.setToolTip(2, plain_tip(check.message))
            if check.status in (Status.FAIL, Status.WARN):
                font = item.font(1)
                font.setBold(True)
                item.setFont(1, font)
        for nested in report.credentials:
            title = nested.label or QCoreApplication.translate("ReportView", "included credential")
            name = line(_name(nested.about))
            verdict = verdict_label(nested.verdict)
            item = QTreeWidgetItem(parent, [title.capitalize(), verdict, elide_identifiers(name)])
            item.setToolTip(2, plain_tip(name))
            background, text = chip_colors(chip_for(nested.verdict), self.palette())
            item.setBackground(1, QBrush(background))
            item.setForeground(1, QBrush(text))
            self._add(nested, item)


def _name(about: dict[str, Any]) -> str:
    """The nested credential's name as its signed data gives it."""
    name = about.get("name")
    return name if isinstance(name, str) else ""


def diagnostic_text(report: Report, credential_id: str = "") -> str:
    """What "copy diagnostic" puts on the clipboard: the report in its contract JSON shape."""
    payload = {"credential": credential_id, **report.to_json()}
    return json.dumps(payload, indent=2, ensure_ascii=False)
