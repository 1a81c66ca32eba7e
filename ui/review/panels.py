"""The review's analysis tabs: skills (chart and table by framework), the job match (paste a job
description, or pick a framework), and the portfolio's micro-credential quality.

All three redraw from data already verified (the items' signed views) on the GUI thread; each
takes milliseconds (``python -m benchmarks review`` measures it).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.common.plurals import english
from ui.review.chart import SkillsChart
from wallet.review.esco import ATTRIBUTION, EscoIndex
from wallet.review.job import JobMatch, match_framework, match_job
from wallet.review.portfolio import ReviewItem
from wallet.review.quality import portfolio_quality
from wallet.review.report import chart_bars
from wallet.review.skills import SkillsOverview
from wallet.wording import plain

__all__ = ["JobPanel", "QualityPanel", "SkillsPanel"]

JOB_DELAY_MS = 120  # typing pauses this long before the match is redrawn


def _names(items: Sequence[ReviewItem], indices: Sequence[int]) -> str:
    return "; ".join(plain(items[i].name) for i in indices if i < len(items))


class SkillsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.by = QComboBox(self)
        self.by.setAccessibleName(self.tr("Chart bars per"))
        self.by.addItem(self.tr("Bars per skill"), "skill")
        self.by.addItem(self.tr("Bars per framework"), "framework")
        self.by.currentIndexChanged.connect(lambda _: self._chart())
        self.chart = SkillsChart(self)
        scroll = QScrollArea(self)
        # Tab stops on it (to scroll a tall chart by keys): a screen reader needs its name.
        scroll.setAccessibleName(self.tr("Skills chart, scrollable"))
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.chart)
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Skills by framework"))
        self.tree.setHeaderLabels(
            [self.tr("Skill"), self.tr("Evidenced by"), self.tr("Named, but not counted")]
        )
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.caption = QLabel(self)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.caption.setWordWrap(True)
        self.skills = SkillsOverview(())
        row = QHBoxLayout()
        row.addWidget(self.caption, 1)
        row.addWidget(self.by)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(scroll)
        splitter.addWidget(self.tree)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(splitter, 1)

    def show_skills(self, skills: SkillsOverview, items: Sequence[ReviewItem]) -> None:
        self.skills = skills
        evidenced = len(skills.evidenced)
        self.caption.setText(
            english(self.tr("%n skill(s) evidenced by valid credentials", "", evidenced), evidenced)
            + "; "
            + english(
                self.tr(
                    "%n only named by credentials that do not count", "", len(skills.unsupported)
                ),
                len(skills.unsupported),
            )
        )
        self._chart()
        self.tree.clear()
        for framework, members in skills.frameworks().items():
            group = QTreeWidgetItem(
                self.tree, [plain(framework) if framework else self.tr("No framework named")]
            )
            group.setFirstColumnSpanned(True)
            for skill in members:
                QTreeWidgetItem(
                    group,
                    [plain(skill.name), _names(items, skill.evidence), _names(items, skill.others)],
                )
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)

    def _chart(self) -> None:
        self.chart.set_bars(chart_bars(self.skills, str(self.by.currentData())))


class JobPanel(QWidget):
    """``changed`` as the job text or the framework changes (the page saves and re-matches)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index: EscoIndex | None = None
        self.match: JobMatch | None = None
        self.editor = QPlainTextEdit(self)
        self.editor.setAccessibleName(self.tr("Job description"))
        self.editor.setPlaceholderText(self.tr("Paste a job description here."))
        self.editor.textChanged.connect(self._typed)
        label = QLabel(self.tr("&Job description:"), self)
        label.setBuddy(self.editor)
        self.against = QComboBox(self)
        self.against.setAccessibleName(self.tr("Match against"))
        self.against.addItem(self.tr("the job description"), "")
        self.against.currentIndexChanged.connect(lambda _: self.changed.emit())
        against_label = QLabel(self.tr("Match &against:"), self)
        against_label.setBuddy(self.against)
        self.result = QTreeWidget(self)
        self.result.setAccessibleName(self.tr("Job match"))
        self.result.setHeaderLabels([self.tr("Skill"), self.tr("Why")])
        self.result.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.result.setWordWrap(True)
        self.caption = QLabel(self)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.caption.setWordWrap(True)
        attribution = QLabel(ATTRIBUTION, self)  # ESCO's own required wording, untranslated
        attribution.setTextFormat(Qt.TextFormat.PlainText)
        attribution.setWordWrap(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(JOB_DELAY_MS)
        self._timer.timeout.connect(self.changed)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(against_label)
        row.addWidget(self.against, 1)
        left_layout.addLayout(row)
        left_layout.addWidget(label)
        left_layout.addWidget(self.editor)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.caption)
        right_layout.addWidget(self.result, 1)
        right_layout.addWidget(attribution)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _typed(self) -> None:
        self._timer.start()

    def text(self) -> str:
        return self.editor.toPlainText()

    def framework(self) -> str:
        return str(self.against.currentData() or "")

    def set_text(self, text: str, framework: str) -> None:
        self.editor.blockSignals(True)
        self.editor.setPlainText(text)
        self.editor.blockSignals(False)
        self._wanted_framework = framework
        self._select_framework(framework)

    def set_index(self, index: EscoIndex) -> None:
        self.index = index

    def set_frameworks(self, names: Sequence[str]) -> None:
        chosen = self.framework() or getattr(self, "_wanted_framework", "")
        self.against.blockSignals(True)
        while self.against.count() > 1:
            self.against.removeItem(1)
        for name in names:
            self.against.addItem(self.tr("the framework %1").replace("%1", plain(name)), name)
        self.against.blockSignals(False)
        self._select_framework(chosen)

    def _select_framework(self, name: str) -> None:
        found = self.against.findData(name) if name else 0
        self.against.blockSignals(True)
        self.against.setCurrentIndex(max(found, 0))
        self.against.blockSignals(False)

    def show_match(self, skills: SkillsOverview, items: Sequence[ReviewItem]) -> None:
        framework = self.framework()
        if framework:
            self.match = match_framework(framework, skills)
        elif self.index is None:
            self.caption.setText(self.tr("Reading ESCO's skill labels…"))
            return
        elif not self.text().strip():
            self.match = None
            self.result.clear()
            self.caption.setText(
                self.tr("Paste a job description to see which skills it asks for.")
            )
            return
        else:
            self.match = match_job(self.text(), skills, self.index)
        match = self.match
        self.caption.setText(
            self.tr("%1 matched, %2 missing")
            .replace("%1", str(len(match.matched)))
            .replace("%2", str(len(match.missing)))
        )
        self.result.clear()
        for title, found in (
            (self.tr("Matched"), match.matched),
            (self.tr("Missing"), match.missing),
        ):
            group = QTreeWidgetItem(self.result, [f"{title} ({len(found)})"])
            group.setFirstColumnSpanned(True)
            for skill in found:
                why = skill.explanation()
                if skill.evidence:
                    why += " — " + _names(items, skill.items)
                row = QTreeWidgetItem(group, [plain(skill.name), why])
                row.setToolTip(1, why)
        self.result.expandAll()
        self.result.resizeColumnToContents(0)


class QualityPanel(QWidget):
    """Which Annex I elements the portfolio's credentials state, element by element."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        intro = QLabel(
            self.tr(
                "The information the EU Council Recommendation on micro-credentials "
                "(2022/C 243/02, Annex I) asks each micro-credential to state, and which of "
                "these credentials state it (from their signed data)."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Micro-credential elements across the portfolio"))
        self.tree.setHeaderLabels(
            [self.tr("Element"), self.tr("Stated by"), self.tr("Credentials")]
        )
        self.tree.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.verdicts = QTreeWidget(self)
        self.verdicts.setAccessibleName(self.tr("Each credential's conclusion"))
        self.verdicts.setHeaderLabels([self.tr("Credential"), self.tr("Conclusion")])
        self.verdicts.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.verdicts.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 3)
        layout.addWidget(self.verdicts, 2)

    def show_quality(self, items: Sequence[ReviewItem]) -> None:
        quality = portfolio_quality(items)
        self.tree.clear()
        for element, stating, total in quality.rows():
            names = _names(items, quality.stating(element.key))
            kind = "" if element.mandatory else self.tr(" (optional)")
            QTreeWidgetItem(self.tree, [element.name + kind, f"{stating} / {total}", names])
        self.tree.resizeColumnToContents(0)
        self.verdicts.clear()
        for item in items:
            report = quality.reports[item.index]
            QTreeWidgetItem(self.verdicts, [plain(item.name), report.conclusion()])
        self.verdicts.resizeColumnToContents(0)
