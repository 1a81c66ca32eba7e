"""Organising many credentials at once (issue 13, "Organising in bulk"): the right-click menus of
the library's cards and rows and of the sidebar's collections.

For a selection: open, share, add or remove a tag, add to or remove from a collection, remove
from the wallet. For a collection: rename, delete (its credentials stay in the wallet). Every
change is one background call (``WalletState.call``) that refreshes the models afterwards; menus
show names by the display rule (``&`` is not a shortcut, nothing is markup).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QInputDialog, QMainWindow, QMenu, QMessageBox

from ui.common.display import line, menu_text
from ui.common.plurals import english
from ui.window.wallet_state import WalletState

__all__ = ["BulkCommands"]


class BulkCommands(QObject):
    """``open_one(id)``, ``share(ids)`` and ``removed(ids)`` are the window's; set them."""

    def __init__(self, state: WalletState, window: QMainWindow) -> None:
        super().__init__(window)
        self.state = state
        self.window = window
        self.open_one: Callable[[str], None] = lambda _id: None
        self.share: Callable[[list[str]], None] = lambda _ids: None
        self.removed: Callable[[list[str]], None] = lambda _ids: None

    # --- menus ----------------------------------------------------------------------------
    def selection_menu(self, ids: Sequence[str], parent: Any = None) -> QMenu:
        """The right-click menu for the credentials ``ids`` (one or many)."""
        ids = list(dict.fromkeys(ids))
        menu = QMenu(parent or self.window)
        menu.setAccessibleName(self.tr("Actions for the selected credentials"))
        count = len(ids)
        if count == 1:
            menu.addAction(self.tr("&Open"), lambda: self.open_one(ids[0]))
        menu.addAction(self.tr("S&hare…"), lambda: self.share(ids))
        menu.addSeparator()
        menu.addAction(self.tr("Add a &tag…"), lambda: self.add_tag(ids))
        tags = sorted({t for s in self._summaries(ids) for t in s.tags}, key=str.casefold)
        untag = menu.addMenu(self.tr("Remove a ta&g"))
        untag.setEnabled(bool(tags))
        for tag in tags:
            untag.addAction(menu_text(tag), partial(self.remove_tag, ids, tag))
        add = menu.addMenu(self.tr("Add to &collection"))
        for collection in self.state.collections:
            add.addAction(menu_text(collection.name), partial(self.add_to, ids, collection))
        if self.state.collections:
            add.addSeparator()
        add.addAction(self.tr("New collection…"), lambda: self.new_collection_with(ids))
        holding = [c for c in self.state.collections if set(ids) & set(c.members)]
        take = menu.addMenu(self.tr("Remove from co&llection"))
        take.setEnabled(bool(holding))
        for collection in holding:
            take.addAction(menu_text(collection.name), partial(self.take_from, ids, collection))
        menu.addSeparator()
        label = (
            self.tr("&Remove from wallet…")
            if count == 1
            else english(self.tr("&Remove %n credential(s) from wallet…", "", count), count)
        )
        menu.addAction(label, lambda: self.remove(ids))
        return menu

    def collection_menu(self, collection_id: str, parent: Any = None) -> QMenu | None:
        """The right-click menu of a collection in the sidebar: rename, delete."""
        collection = self._collection(collection_id)
        if collection is None:
            return None
        menu = QMenu(parent or self.window)
        menu.addAction(self.tr("&Rename…"), lambda: self.rename(collection_id))
        menu.addAction(self.tr("&Delete collection…"), lambda: self.delete(collection_id))
        return menu

    # --- actions --------------------------------------------------------------------------
    def _summaries(self, ids: Sequence[str]) -> list[Any]:
        wanted = set(ids)
        return [s for s in self.state.library.summaries() if str(s.id) in wanted]

    def _collection(self, collection_id: str) -> Any:
        return next((c for c in self.state.collections if str(c.id) == collection_id), None)

    def add_tag(self, ids: Sequence[str], tag: str | None = None) -> None:
        if tag is None:
            known = self.state.library.facets()["tag"]
            tag, ok = QInputDialog.getItem(
                self.window, self.tr("Add a tag"), self.tr("&Tag:"), known, 0, True
            )
            if not ok:
                return
        tag = tag.strip()
        if not tag:
            return
        current = {str(s.id): tuple(s.tags) for s in self._summaries(ids)}

        def work(service: Any) -> None:
            for cid, tags in current.items():
                if tag not in tags:
                    service.set_tags(cid, (*tags, tag))

        self.state.call(work)

    def remove_tag(self, ids: Sequence[str], tag: str) -> None:
        current = {str(s.id): tuple(s.tags) for s in self._summaries(ids)}

        def work(service: Any) -> None:
            for cid, tags in current.items():
                if tag in tags:
                    service.set_tags(cid, tuple(t for t in tags if t != tag))

        self.state.call(work)

    def add_to(self, ids: Sequence[str], collection: Any) -> None:
        members = tuple(dict.fromkeys((*collection.members, *ids)))
        self.state.call(lambda s: s.save_collection(replace(collection, members=members)))

    def take_from(self, ids: Sequence[str], collection: Any) -> None:
        gone = set(ids)
        members = tuple(m for m in collection.members if str(m) not in gone)
        self.state.call(lambda s: s.save_collection(replace(collection, members=members)))

    def new_collection_with(self, ids: Sequence[str]) -> None:
        name, ok = QInputDialog.getText(
            self.window, self.tr("New collection"), self.tr("Name, such as “For data jobs”:")
        )
        if not ok or not name.strip():
            return
        chosen = tuple(ids)

        def work(service: Any) -> None:
            collection = service.create_collection(line(name, 200))
            if chosen:
                service.save_collection(replace(collection, members=chosen))

        self.state.call(work)

    def remove(self, ids: Sequence[str]) -> None:
        ids = list(ids)
        if not ids:
            return
        names = [line(s.name, 80) for s in self._summaries(ids)]
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Remove credentials"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        if len(ids) == 1:
            box.setText(
                self.tr("Remove “%1” from your wallet? This cannot be undone.").replace(
                    "%1", names[0] if names else ids[0]
                )
            )
        else:
            count = len(ids)
            question = self.tr(
                "Remove %n credential(s) from your wallet? This cannot be undone.", "", count
            )
            box.setText(english(question, count))
            box.setDetailedText("\n".join(names))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        removed = self.removed

        def work(service: Any) -> None:
            for cid in ids:
                try:
                    service.remove(cid)
                except KeyError:
                    continue  # already gone (removed elsewhere): nothing to do

        self.state.call(work, lambda _: removed(ids))

    def rename(self, collection_id: str) -> None:
        collection = self._collection(collection_id)
        if collection is None:
            return
        name, ok = QInputDialog.getText(
            self.window, self.tr("Rename collection"), self.tr("&Name:"), text=collection.name
        )
        if ok and name.strip() and name.strip() != collection.name:
            renamed = replace(collection, name=line(name, 200))
            self.state.call(lambda s: s.save_collection(renamed))

    def delete(self, collection_id: str) -> None:
        collection = self._collection(collection_id)
        if collection is None:
            return
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Delete collection"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            self.tr("Delete the collection “%1”? Its credentials stay in your wallet.").replace(
                "%1", line(collection.name, 80)
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        if box.exec() == QMessageBox.StandardButton.Yes:
            self.state.call(lambda s: s.delete_collection(collection.id))
