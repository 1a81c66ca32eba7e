"""The Skills view: credentials grouped by the skills, competencies and alignments they evidence,
across issuers, by framework when the alignment names one (OB 3.0 ``Alignment.targetFramework``).

What counts as a skill is read by the vault from each credential's signed view
(:mod:`wallet.vault.alignments`: achievement and result-description alignments, OB 2.0 BadgeClass
alignments, a CLR's achievements, tags) and kept in its summary. The same skill stated by several
credentials is one entry: its ``targetUrl`` when it has one, else its name with case and spacing
normalised (:func:`wallet.vault.alignments.skill_key`). :func:`group_skills` is plain Python and
runs in a background task.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLabel, QLineEdit, QStackedWidget, QTreeView, QVBoxLayout, QWidget

from ui.common.display import line, plain_label, plain_tip
from ui.common.plurals import english
from ui.common.tasks import run_task
from ui.window.wallet_state import WalletState
from wallet.vault.alignments import Skill, skill_key, skills_of

__all__ = ["NO_FRAMEWORK", "Evidenced", "SkillEntry", "SkillsPage", "group_skills"]

NO_FRAMEWORK = ""
ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Evidenced:
    credential_id: str
    name: str
    issuer: str


@dataclass
class SkillEntry:
    """One skill in one framework, with the credentials that state it."""

    name: str
    url: str
    credentials: list[Evidenced] = field(default_factory=list)


Groups = dict[str, dict[str, SkillEntry]]  # framework -> skill key -> entry


def _stated(summary: Any, report: Any) -> list[Skill]:
    """The skills a summary records; for one stored before they were kept, read from the
    report (when the task could read it), else the indexed skill names."""
    stored = getattr(summary, "alignments", None)
    if stored is not None:
        return [Skill(name, framework, url) for framework, name, url in stored]
    if report is not None:
        return skills_of(report)
    return [Skill(name) for name in summary.skills]


def group_skills(pairs: Iterable[tuple[Any, Any]]) -> Groups:
    """``pairs`` of (summary, its Report or None) -> framework -> skill -> credentials.

    One skill is one entry wherever it is stated: entries with the same ``targetUrl`` (else the
    same normalised name) merge across credentials, under the framework the first one names."""
    groups: Groups = {}
    where: dict[str, str] = {}  # skill key -> the framework it is filed under
    for summary, report in pairs:
        who = Evidenced(str(summary.id), line(summary.name), line(summary.issuer_name))
        for skill in _stated(summary, report):
            key = skill_key(skill)
            if not key:
                continue
            framework = where.setdefault(key, line(skill.framework))
            if framework == NO_FRAMEWORK and skill.framework:
                # Filed without a framework before one was named: move it under the framework.
                entry = groups.get(NO_FRAMEWORK, {}).pop(key, None)
                framework = where[key] = line(skill.framework)
                if entry is not None:
                    groups.setdefault(framework, {})[key] = entry
            entry = groups.setdefault(framework, {}).setdefault(
                key, SkillEntry(line(skill.name), skill.url)
            )
            if all(c.credential_id != who.credential_id for c in entry.credentials):
                entry.credentials.append(who)
    return {f: skills for f, skills in groups.items() if skills}


class SkillsPage(QWidget):
    opened = Signal(str)

    def __init__(self, state: WalletState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.groups: Groups = {}
        title = QLabel(self.tr("Skills"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(
            self.tr(
                "What your credentials show you can do, grouped by framework when the "
                "issuer names one. Open a credential to see its evidence."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter skills"))
        self.filter.setAccessibleName(self.tr("Filter skills"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._fill)
        self.model = QStandardItemModel(self)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Skills and the credentials that evidence them"))
        self.tree.setHeaderHidden(False)
        self.tree.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        self.tree.activated.connect(self._activated)
        self.tree.doubleClicked.connect(self._activated)
        self.empty = plain_label(QLabel(self))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setAccessibleName(self.tr("No skills"))
        self.body = QStackedWidget(self)
        self.body.addWidget(self.tree)
        self.body.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.filter)
        layout.addWidget(self.body, 1)

    def reload(self) -> None:
        """Group every credential's skills in the background."""
        service = self.state.service
        summaries = self.state.library.summaries()
        if service is None or not self.state.is_unlocked:
            self.clear()
            return

        def work(_: object) -> Groups:
            pairs = []
            for summary in summaries:
                report = None
                if getattr(summary, "alignments", None) is None:  # stored by an older version
                    try:
                        report = service.get(summary.id).report
                    except Exception:  # a damaged record still shows its indexed skills
                        report = None
                pairs.append((summary, report))
            return group_skills(pairs)

        run_task(self, work, self._loaded, lambda error: self.state.failed.emit(str(error)))

    def _loaded(self, groups: Groups) -> None:
        if self.state.is_unlocked:
            self.groups = groups
            self._fill()

    def clear(self) -> None:
        self.groups = {}
        self.model.clear()

    def _fill(self) -> None:
        needle = self.filter.text().casefold()
        self.model.clear()
        self.model.setHorizontalHeaderLabels([self.tr("Skill"), self.tr("Credentials")])
        root = self.model.invisibleRootItem()
        shown = 0
        for framework in sorted(self.groups, key=lambda f: (f == NO_FRAMEWORK, f.casefold())):
            skills = [e for e in self.groups[framework].values() if needle in e.name.casefold()]
            if not skills:
                continue
            label = framework or self.tr("Skills without a named framework")
            group = QStandardItem(label)
            font = group.font()
            font.setBold(True)
            group.setFont(font)
            root.appendRow([group, QStandardItem(str(len(skills)))])
            for entry in sorted(skills, key=lambda e: e.name.casefold()):
                shown += 1
                item = QStandardItem(entry.name)
                if entry.url:
                    item.setToolTip(plain_tip(entry.url))
                held = len(entry.credentials)
                issuers = len({c.issuer for c in entry.credentials})
                count = (
                    self.tr("%1, %2")
                    .replace("%1", english(self.tr("%n credential(s)", "", held), held))
                    .replace("%2", english(self.tr("%n issuer(s)", "", issuers), issuers))
                )
                group.appendRow([item, QStandardItem(count)])
                for credential in sorted(entry.credentials, key=lambda c: c.name.casefold()):
                    child = QStandardItem(credential.name)
                    child.setData(credential.credential_id, ID_ROLE)
                    child.setToolTip(plain_tip(credential.issuer))
                    item.appendRow([child, QStandardItem(credential.issuer)])
        self.tree.expandToDepth(0)
        self.tree.resizeColumnToContents(0)
        if shown:
            self.body.setCurrentWidget(self.tree)
        else:
            self.empty.setText(
                self.tr("No skill matches the filter.")
                if needle and self.groups
                else self.tr(
                    "None of your credentials states a skill yet. Skills appear here when an "
                    "issuer aligns an achievement with a skill or competency framework, or tags "
                    "it with keywords."
                )
            )
            self.body.setCurrentWidget(self.empty)

    def _activated(self) -> None:
        index = self.tree.currentIndex()
        credential_id = index.siblingAtColumn(0).data(ID_ROLE) if index.isValid() else None
        if credential_id:
            self.opened.emit(str(credential_id))
