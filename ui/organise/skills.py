"""The Skills view: credentials grouped by the skills, competencies and alignments they evidence,
across issuers, by framework when the alignment names one (OB 3.0 ``Alignment.targetFramework``).

:func:`group_skills` is plain Python and runs in the background task that reads the documents.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLabel, QLineEdit, QTreeView, QVBoxLayout, QWidget

from ui.common.plurals import english
from ui.common.tasks import run_task
from ui.credential.describe import achievement_of, alignments_of, text
from ui.window.wallet_state import WalletState

__all__ = ["NO_FRAMEWORK", "SkillsPage", "group_skills"]

NO_FRAMEWORK = ""
ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Evidenced:
    credential_id: str
    name: str
    issuer: str


Groups = dict[str, dict[str, list[Evidenced]]]  # framework -> skill -> credentials


def pairs_from_document(document: Any) -> set[tuple[str, str]]:
    """(framework, skill) pairs read from a credential's achievement (alignments and tags)."""
    found: set[tuple[str, str]] = set()
    achievement = achievement_of(document) if isinstance(document, dict) else {}
    for alignment in alignments_of(achievement):
        found.add((alignment.framework, alignment.name))
    for tag in achievement.get("tag", []) if isinstance(achievement.get("tag"), list) else []:
        if text(tag):
            found.add((NO_FRAMEWORK, text(tag)))
    return found


def group_skills(pairs: Iterable[tuple[Any, Any]]) -> Groups:
    """``pairs`` of (summary, parsed document or None) -> framework -> skill -> credentials.

    The summary's ``skill_pairs`` are used when present; the document only when they are not.
    """
    groups: Groups = {}
    for summary, document in pairs:
        who = Evidenced(str(summary.id), summary.name, summary.issuer_name)
        stored = getattr(summary, "skill_pairs", None)
        found = set(stored) if stored is not None else pairs_from_document(document)
        named = {skill.casefold() for _, skill in found}
        for skill in summary.skills:  # what the vault indexed, for documents we cannot read
            if skill.casefold() not in named:
                found.add((NO_FRAMEWORK, skill))
        for framework, skill in found:
            groups.setdefault(framework, {}).setdefault(skill, []).append(who)
    return groups


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
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree, 1)

    def reload(self) -> None:
        """Read every credential's alignments in the background and regroup."""
        service = self.state.service
        summaries = self.state.library.summaries()
        if service is None or not self.state.is_unlocked:
            self.clear()
            return

        def work(_: object) -> Groups:
            pairs = []
            for summary in summaries:
                document = None
                if getattr(summary, "skill_pairs", None) is None:  # stored by an older version
                    try:
                        document = service.get(summary.id).view.data
                    except Exception:  # a damaged record still shows its indexed skills
                        document = None
                pairs.append((summary, document))
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
        for framework in sorted(self.groups, key=lambda f: (f == NO_FRAMEWORK, f.casefold())):
            skills = {s: c for s, c in self.groups[framework].items() if needle in s.casefold()}
            if not skills:
                continue
            label = framework or self.tr("Skills without a named framework")
            group = QStandardItem(label)
            font = group.font()
            font.setBold(True)
            group.setFont(font)
            root.appendRow([group, QStandardItem(str(len(skills)))])
            for skill in sorted(skills, key=str.casefold):
                credentials = skills[skill]
                item = QStandardItem(skill)
                held, issuers = len(credentials), len({c.issuer for c in credentials})
                count = (
                    self.tr("%1, %2")
                    .replace("%1", english(self.tr("%n credential(s)", "", held), held))
                    .replace("%2", english(self.tr("%n issuer(s)", "", issuers), issuers))
                )
                group.appendRow([item, QStandardItem(count)])
                for credential in sorted(credentials, key=lambda c: c.name.casefold()):
                    child = QStandardItem(credential.name)
                    child.setData(credential.credential_id, ID_ROLE)
                    child.setToolTip(credential.issuer)
                    item.appendRow([child, QStandardItem(credential.issuer)])
        self.tree.expandToDepth(0)
        self.tree.resizeColumnToContents(0)

    def _activated(self) -> None:
        index = self.tree.currentIndex()
        credential_id = index.siblingAtColumn(0).data(ID_ROLE) if index.isValid() else None
        if credential_id:
            self.opened.emit(str(credential_id))
