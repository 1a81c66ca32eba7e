"""The review's credentials, grouped by issuer, kind or verdict, each explained: its checks (and
the holder row), which EU micro-credential elements it states, and the advisor's note on it.
Also the portfolio's own note. Everything shown is plain text from the signed views."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.common.elide import elide_identifiers
from ui.common.verdicts import chip_colors, chip_for, status_mark, verdict_label, verdict_sentence
from ui.credential.report_view import ReportView
from wallet.review.portfolio import PortfolioReview, ReviewItem
from wallet.review.quality import assess
from wallet.wording import plain

__all__ = ["GROUPINGS", "CredentialsPanel", "NotesPanel"]

INDEX_ROLE = Qt.ItemDataRole.UserRole + 1
GROUPINGS = ("none", "issuer", "kind", "verdict")
NOTE_DELAY_MS = 400


class CredentialsPanel(QWidget):
    """``note_changed(key, text)`` as the advisor types a note on the selected credential."""

    note_changed = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.review: PortfolioReview | None = None
        self.keys: dict[int, str] = {}
        self.notes: dict[str, str] = {}
        self.current: int | None = None
        self.group = QComboBox(self)
        self.group.setAccessibleName(self.tr("Group credentials by"))
        for key, text in zip(
            GROUPINGS,
            (self.tr("No grouping"), self.tr("Issuer"), self.tr("Kind"), self.tr("Verdict")),
            strict=True,
        ):
            self.group.addItem(text, key)
        self.group.currentIndexChanged.connect(lambda _: self._fill())
        group_label = QLabel(self.tr("&Group by:"), self)
        group_label.setBuddy(self.group)
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Credentials"))
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels(
            [self.tr("Credential"), self.tr("Issuer"), self.tr("Verdict"), self.tr("Why")]
        )
        header = self.tree.header()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.tree.currentItemChanged.connect(lambda item, _: self._select(item))
        self.name = QLabel(self)
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.name.setWordWrap(True)
        font = self.name.font()
        font.setBold(True)
        self.name.setFont(font)
        self.sentence = QLabel(self)
        self.sentence.setTextFormat(Qt.TextFormat.PlainText)
        self.sentence.setWordWrap(True)
        self.checks = ReportView(self)
        self.elements = QTreeWidget(self)
        self.elements.setAccessibleName(self.tr("Micro-credential elements of this credential"))
        self.elements.setHeaderLabels([self.tr("Element"), self.tr("Stated"), self.tr("Where")])
        self.elements.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.conclusion = QLabel(self)
        self.conclusion.setTextFormat(Qt.TextFormat.PlainText)
        self.conclusion.setWordWrap(True)
        self.note = QPlainTextEdit(self)
        self.note.setAccessibleName(self.tr("Your note on this credential"))
        self.note.setPlaceholderText(self.tr("Your private note on this credential"))
        self.note.textChanged.connect(self._note_typed)
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(NOTE_DELAY_MS)
        self._note_timer.timeout.connect(self.flush_note)
        note_label = QLabel(self.tr("N&ote:"), self)
        note_label.setBuddy(self.note)
        left = QWidget(self)
        row = QHBoxLayout()
        row.addWidget(group_label)
        row.addWidget(self.group)
        row.addStretch(1)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(row)
        left_layout.addWidget(self.tree)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.name, self.sentence):
            right_layout.addWidget(widget)
        right_layout.addWidget(self.checks, 3)
        right_layout.addWidget(self.conclusion)
        right_layout.addWidget(self.elements, 3)
        right_layout.addWidget(note_label)
        right_layout.addWidget(self.note, 1)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def clear(self) -> None:
        self.flush_note()
        self.review = None
        self.current = None
        self.tree.clear()
        self.checks.show_report(None)
        self.elements.clear()
        self.note.blockSignals(True)
        self.note.clear()
        self.note.blockSignals(False)

    def show_review(
        self, review: PortfolioReview, keys: dict[int, str], notes: dict[str, str]
    ) -> None:
        self.flush_note()
        self.review, self.keys, self.notes = review, keys, notes
        self._fill()

    def set_grouping(self, key: str) -> None:
        self.group.setCurrentIndex(GROUPINGS.index(key))

    def _group_of(self, item: ReviewItem) -> str:
        key = self.group.currentData()
        if key == "issuer":
            return item.issuer
        if key == "kind":
            return item.kind
        if key == "verdict":
            return verdict_label(item.verdict)
        return ""

    def _fill(self) -> None:
        self.tree.clear()
        if self.review is None:
            return
        groups: dict[str, QTreeWidgetItem] = {}
        first: QTreeWidgetItem | None = None
        for item in self.review.items:
            group = self._group_of(item)
            parent = self.tree.invisibleRootItem()
            if group:
                if group not in groups:
                    groups[group] = QTreeWidgetItem(self.tree, [plain(group)])
                    groups[group].setFirstColumnSpanned(True)
                parent = groups[group]
            row = QTreeWidgetItem(
                parent,
                [
                    plain(item.name),
                    elide_identifiers(plain(item.issuer)),
                    verdict_label(item.verdict),
                    elide_identifiers(plain(item.reason(), 240)),
                ],
            )
            row.setData(0, INDEX_ROLE, item.index)
            row.setToolTip(3, item.reason())
            background, text = chip_colors(chip_for(item.verdict), self.palette())
            row.setBackground(2, QBrush(background))
            row.setForeground(2, QBrush(text))
            if item.holder is not None and item.holder.outcome:
                row.setText(0, plain(item.name) + " " + self.tr("(someone else's)"))
            first = first or row
        self.tree.expandAll()
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        self.tree.setColumnWidth(1, min(self.tree.columnWidth(1), 200))
        self.tree.setColumnWidth(0, min(self.tree.columnWidth(0), 280))
        if first is not None:
            self.tree.setCurrentItem(first)

    def select_index(self, index: int) -> None:
        iterator = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while iterator:
            row = iterator.pop(0)
            if row is None:
                continue
            if row.data(0, INDEX_ROLE) == index:
                self.tree.setCurrentItem(row)
                return
            iterator += [row.child(i) for i in range(row.childCount())]

    def _select(self, row: QTreeWidgetItem | None) -> None:
        self.flush_note()
        index = row.data(0, INDEX_ROLE) if row is not None else None
        if self.review is None or not isinstance(index, int):
            return
        item = self.review.items[index]
        self.current = index
        self.name.setText(f"{plain(item.name)} — {plain(item.where)}")
        self.sentence.setText(verdict_sentence(item.verdict))
        self.checks.show_report(item.report)
        if item.holder is not None:
            mark, word = status_mark(item.holder.status)
            QTreeWidgetItem(
                self.checks, [self.tr("Holder"), f"{mark} {word}", plain(item.holder.message)]
            )
        quality = assess(item)
        self.conclusion.setText(self.tr("EU micro-credential: ") + quality.conclusion())
        self.elements.clear()
        for finding in quality.findings:
            stated = self.tr("yes") if finding.stated else self.tr("not stated")
            where = finding.where + (f": {finding.value}" if finding.value else "")
            if finding.note:
                where += f" ({finding.note})"
            row = QTreeWidgetItem(self.elements, [finding.element.name, stated, plain(where, 300)])
            row.setToolTip(2, plain(where, 1000))
        self.elements.resizeColumnToContents(0)
        self.elements.resizeColumnToContents(1)
        self.note.blockSignals(True)
        self.note.setPlainText(self.notes.get(self.keys.get(index, ""), ""))
        self.note.blockSignals(False)

    def _note_typed(self) -> None:
        self._note_timer.start()

    def flush_note(self) -> None:
        """Hand the note being typed to the page now (it saves it)."""
        self._note_timer.stop()
        if self.current is None or self.review is None:
            return
        key = self.keys.get(self.current)
        text = self.note.toPlainText()
        if key is not None and self.notes.get(key, "") != text:
            self.notes[key] = text
            self.note_changed.emit(key, text)


class NotesPanel(QWidget):
    """The advisor's note on the whole portfolio; ``changed(text)`` as it is typed."""

    changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = QPlainTextEdit(self)
        self.editor.setAccessibleName(self.tr("Your note on this portfolio"))
        self.editor.setPlaceholderText(
            self.tr("Your private notes on this learner's portfolio, kept in this workspace.")
        )
        self.editor.textChanged.connect(lambda: self.changed.emit(self.editor.toPlainText()))
        label = QLabel(self.tr("&Portfolio notes:"), self)
        label.setBuddy(self.editor)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.editor)

    def set_text(self, text: str) -> None:
        self.editor.blockSignals(True)
        self.editor.setPlainText(text)
        self.editor.blockSignals(False)
