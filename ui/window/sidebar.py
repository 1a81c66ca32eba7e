"""The navigation column: the library, the Skills view and the learner's collections."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from ui.common.display import line

__all__ = ["LIBRARY", "SKILLS", "Sidebar"]

LIBRARY = "library"
SKILLS = "skills"
_ROLE = Qt.ItemDataRole.UserRole + 1


class Sidebar(QWidget):
    """``chosen(kind, collection_id)``: kind is LIBRARY, SKILLS or "collection"."""

    chosen = Signal(str, str)
    create_collection = Signal()
    collection_menu = Signal(str, QPoint)  # collection id, where (global) to show its menu

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Navigation"))
        self.list.currentItemChanged.connect(self._changed)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._context_menu)
        self.new_button = QPushButton(self.tr("&New collection…"), self)
        self.new_button.clicked.connect(self.create_collection)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.new_button)
        self.setMinimumWidth(170)
        self.setMaximumWidth(260)
        self.set_collections([])

    def set_collections(self, collections: list[Any]) -> None:
        current = self.current()
        self.list.blockSignals(True)
        self.list.clear()
        self._add(self.tr("All credentials"), (LIBRARY, ""))
        self._add(self.tr("Skills"), (SKILLS, ""))
        header = QListWidgetItem(self.tr("Collections"))
        header.setFlags(Qt.ItemFlag.NoItemFlags)
        font = header.font()
        font.setBold(True)
        header.setFont(font)
        self.list.addItem(header)
        for collection in collections:
            label = f"{line(collection.name, 80)} ({len(collection.members)})"
            self._add(label, ("collection", str(collection.id)))
        if not collections:
            hint = QListWidgetItem(self.tr("None yet"))
            hint.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(hint)
        self.select(*current)
        self.list.blockSignals(False)

    def _add(self, label: str, key: tuple[str, str]) -> None:
        item = QListWidgetItem(label)
        item.setData(_ROLE, key)
        self.list.addItem(item)

    def current(self) -> tuple[str, str]:
        item = self.list.currentItem()
        key = item.data(_ROLE) if item is not None else None
        return tuple(key) if key else (LIBRARY, "")

    def select(self, kind: str, ident: str = "") -> None:
        for row in range(self.list.count()):
            key = self.list.item(row).data(_ROLE)
            if key and tuple(key) == (kind, ident):
                self.list.setCurrentRow(row)
                return
        self.list.setCurrentRow(0)

    def _context_menu(self, position: QPoint) -> None:
        item = self.list.itemAt(position)
        key = item.data(_ROLE) if item is not None else None
        if key and key[0] == "collection":
            self.collection_menu.emit(key[1], self.list.viewport().mapToGlobal(position))

    def _changed(self, item: QListWidgetItem | None) -> None:
        key = item.data(_ROLE) if item is not None else None
        if key:
            self.chosen.emit(key[0], key[1])
