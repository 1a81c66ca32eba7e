"""The library: search, filters, sort, cards or list, and the empty state for a new wallet."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.common.display import line, plain_label
from ui.common.plurals import english
from ui.common.verdicts import Chip, chip_label
from ui.library.delegate import CARD_SIZE, CredentialDelegate
from ui.library.model import SUMMARY_ROLE, Query, SortKey
from ui.window.wallet_state import WalletState

__all__ = ["LibraryPage"]


class LibraryPage(QWidget):
    """``opened(credential_id)`` when a card is activated; ``add_samples``/``add_files`` from the
    empty state; ``share(ids)`` for the selection (Ctrl/Shift-click or Shift+arrows select
    several)."""

    opened = Signal(str)
    add_samples = Signal()
    add_files = Signal()
    share = Signal(list)  # the selected credential ids
    menu_requested = Signal(list, QPoint)  # the selected ids, where (global) to show the menu

    def __init__(self, state: WalletState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.model = state.library
        self.collection: tuple[str, frozenset[str]] | None = None  # (name, member ids)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(
            self.tr("Search names, issuers, recipients, descriptions, skills, tags")
        )
        self.search.setAccessibleName(self.tr("Search credentials"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._apply)

        self.tag = self._combo(self.tr("Filter by tag"))
        self.issuer = self._combo(self.tr("Filter by issuer"))
        self.status = self._combo(self.tr("Filter by status"))
        self.kind = self._combo(self.tr("Filter by kind"))
        self.sort = QComboBox(self)
        self.sort.setAccessibleName(self.tr("Sort by"))
        for key, label in (
            (SortKey.ADDED, self.tr("Date added")),
            (SortKey.ISSUED, self.tr("Date issued")),
            (SortKey.NAME, self.tr("Name")),
            (SortKey.ISSUER, self.tr("Issuer")),
            (SortKey.STATUS, self.tr("Status")),
        ):
            self.sort.addItem(label, key)
        self.sort.currentIndexChanged.connect(self._sort_changed)
        self.direction = QToolButton(self)
        self.direction.setCheckable(True)
        self.direction.setChecked(True)
        self.direction.setAccessibleName(self.tr("Descending order"))
        self.direction.toggled.connect(self._apply)
        self.view_mode = QToolButton(self)
        self.view_mode.setCheckable(True)
        self.view_mode.setAccessibleName(self.tr("Show as list"))
        self.view_mode.setToolTip(self.tr("Switch between cards and a list (Ctrl+L)"))
        self.view_mode.toggled.connect(self.set_list_mode)

        self.view = QListView(self)
        self.view.setAccessibleName(self.tr("Credentials"))
        self.view.setModel(self.model)
        self.delegate = CredentialDelegate(state.images, self.view)
        self.view.setItemDelegate(self.delegate)
        self.view.setUniformItemSizes(True)
        self.view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.view.setSelectionMode(QListView.SelectionMode.ExtendedSelection)
        self.view.setMouseTracking(False)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.activated.connect(self._activated)
        self.view.doubleClicked.connect(self._activated)
        state.images.loaded.connect(self.view.viewport().update)
        self.set_list_mode(False)

        self.share_button = QPushButton(self.tr("S&hare…"), self)
        self.share_button.setAccessibleName(self.tr("Share the selected credentials"))
        self.share_button.setToolTip(self.tr("Select one or more credentials, then share them"))
        self.share_button.clicked.connect(lambda: self.share.emit(self.selected_ids()))
        self.share_button.setEnabled(False)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.count = QLabel(self)
        self.count.setAccessibleName(self.tr("Number of credentials shown"))
        self.heading = plain_label(QLabel(self))
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)

        self.empty = self._empty_state()
        self.no_match = QLabel(self.tr("No credential matches. Clear the search or filters."), self)
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body = QStackedWidget(self)
        for widget in (self.view, self.empty, self.no_match):
            self.body.addWidget(widget)

        self.filter_bar = QWidget(self)
        bar = QHBoxLayout(self.filter_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.search, 3)
        for widget in (self.tag, self.issuer, self.status, self.kind, self.sort):
            bar.addWidget(widget, 1)
        bar.addWidget(self.direction)
        bar.addWidget(self.view_mode)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.count)
        top.addWidget(self.share_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.body, 1)
        self.model.modelReset.connect(self._update_body)
        state.changed.connect(self._fill_facets)
        self._update_direction_text()
        self._fill_facets()

    # --- building -------------------------------------------------------------------------
    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        combo.currentIndexChanged.connect(self._apply)
        return combo

    def _empty_state(self) -> QWidget:
        panel = QWidget(self)
        title = QLabel(self.tr("Your wallet is empty"), panel)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        text = QLabel(
            self.tr(
                "Add the credentials you have earned: drop files or folders here, paste a "
                "credential (Ctrl+V), or choose files. Badges (PNG, SVG), Open Badges and "
                "CLR JSON, JWTs and VP1- QR text all work.\n\nJust looking? Add a few samples "
                "signed by a demo issuer to see how the wallet works."
            ),
            panel,
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setFixedWidth(520)
        # Centred in a box layout, a wrapped label is given its one-line height: ask for more.
        text.setMinimumHeight(text.heightForWidth(520) + 8)
        self.add_files_button = QPushButton(self.tr("&Add credentials…"), panel)
        self.samples_button = QPushButton(self.tr("Add &sample credentials"), panel)
        self.add_files_button.clicked.connect(self.add_files)
        self.samples_button.clicked.connect(self.add_samples)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_files_button)
        buttons.addWidget(self.samples_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(panel)
        layout.addStretch(1)
        layout.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(text, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addStretch(2)
        return panel

    # --- state ----------------------------------------------------------------------------
    def set_list_mode(self, as_list: bool) -> None:
        self.delegate.cards = not as_list
        self.view.setFlow(QListView.Flow.TopToBottom if as_list else QListView.Flow.LeftToRight)
        self.view.setWrapping(not as_list)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setGridSize(QSize() if as_list else CARD_SIZE)
        self.view.setSpacing(0)
        self.view_mode.setText(self.tr("Cards") if as_list else self.tr("List"))
        self.view_mode.setAccessibleName(
            self.tr("Show as cards") if as_list else self.tr("Show as list")
        )
        if self.view_mode.isChecked() != as_list:
            self.view_mode.setChecked(as_list)
        self.view.doItemsLayout()

    def show_collection(self, name: str | None, members: frozenset[str] | None) -> None:
        self.collection = None if name is None or members is None else (name, members)
        self._apply()

    def _fill_facets(self) -> None:
        facets = self.model.facets()
        self._refill(self.tag, self.tr("All tags"), [(t, t) for t in facets["tag"]])
        self._refill(self.issuer, self.tr("All issuers"), [(i, i) for i in facets["issuer"]])
        self._refill(self.status, self.tr("Any status"), [(chip_label(c), c) for c in Chip])
        self._refill(self.kind, self.tr("All kinds"), [(k, k) for k in facets["kind"]])
        self._update_body()

    def _refill(self, combo: QComboBox, everything: str, items: list[tuple[str, Any]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for label, value in items:
            combo.addItem(label, value)
        found = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)

    def _sort_changed(self) -> None:
        # Names and issuers read A→Z; dates and status read newest / most urgent first.
        key = self.sort.currentData()
        self.direction.blockSignals(True)
        self.direction.setChecked(key not in (SortKey.NAME, SortKey.ISSUER))
        self.direction.blockSignals(False)
        self._apply()

    def _update_direction_text(self) -> None:
        descending = self.direction.isChecked()
        self.direction.setText("↓" if descending else "↑")
        self.direction.setAccessibleName(
            self.tr("Descending order") if descending else self.tr("Ascending order")
        )

    def _apply(self) -> None:
        self._update_direction_text()
        members = self.collection[1] if self.collection else None
        self.model.set_query(
            Query(
                text=self.search.text(),
                tag=self.tag.currentData(),
                collection=members,
                issuer=self.issuer.currentData(),
                chip=self.status.currentData(),
                kind=self.kind.currentData(),
                sort=self.sort.currentData() or SortKey.ADDED,
                descending=self.direction.isChecked(),
            )
        )

    def _update_body(self) -> None:
        shown, total = self.model.rowCount(), self.model.total()
        empty = total == 0 and self.collection is None
        self.filter_bar.setVisible(not empty)
        self.count.setVisible(not empty)
        self.share_button.setVisible(not empty)
        self._selection_changed()
        if empty:
            self.body.setCurrentWidget(self.empty)
        elif shown == 0:
            self.body.setCurrentWidget(self.no_match)
        else:
            self.body.setCurrentWidget(self.view)
        heading = line(self.collection[0]) if self.collection else self.tr("All credentials")
        self.heading.setText(heading)
        self.count.setText(
            english(self.tr("%1 of %n credential(s) shown", "", total), total).replace(
                "%1", str(shown)
            )
        )

    def _activated(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.opened.emit(str(index.data(SUMMARY_ROLE).id))

    def selected_ids(self) -> list[str]:
        """The selected credentials in view order (the current one when none is selected)."""
        rows = sorted(i.row() for i in self.view.selectionModel().selectedIndexes())
        ids = [str(self.model.summary_at(r).id) for r in rows]
        current = self.current_id()
        return ids or ([current] if current else [])

    def _selection_changed(self) -> None:
        count = len(self.view.selectionModel().selectedIndexes())
        self.share_button.setEnabled(count > 0)
        self.share_button.setText(
            self.tr("S&hare…") if count <= 1 else self.tr("S&hare %1…").replace("%1", str(count))
        )

    def _context_menu(self, position: QPoint) -> None:
        """Right-click (or the menu key): the actions for the selection; a click on a card that
        is not selected selects it alone first, as file managers do."""
        index = self.view.indexAt(position)
        selection = self.view.selectionModel()
        if index.isValid() and not selection.isSelected(index):
            self.view.setCurrentIndex(index)
        ids = self.selected_ids()
        if ids:
            self.menu_requested.emit(ids, self.view.viewport().mapToGlobal(position))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def current_id(self) -> str | None:
        index = self.view.currentIndex()
        return str(index.data(SUMMARY_ROLE).id) if index.isValid() else None
