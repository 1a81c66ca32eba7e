"""The learner's own organising, from the credential page and the sidebar: tags, the private
note, collections, removal. Each change goes through ``WalletState.call`` (background), which
refreshes the models afterwards."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QMainWindow, QMessageBox

from ui.credential.page import CredentialPage
from ui.organise.tags import TagsDialog
from ui.window.wallet_state import WalletState

__all__ = ["OrganiseCommands"]


def with_members(collection: Any, members: tuple[str, ...]) -> Any:
    """The collection with ``members`` (duplicates dropped, order kept)."""
    return replace(collection, members=tuple(dict.fromkeys(members)))


class OrganiseCommands(QObject):
    """``removed()`` is called once a credential is gone (the window goes back)."""

    def __init__(self, state: WalletState, page: CredentialPage, window: QMainWindow) -> None:
        super().__init__(window)
        self.state = state
        self.page = page
        self.window = window
        self.removed: Any = None

    def edit_tags(self, credential_id: str) -> None:
        summary = next((s for s in self.state.library.summaries() if s.id == credential_id), None)
        current = tuple(summary.tags) if summary is not None else ()
        dialog = TagsDialog(current, self.state.library.facets()["tag"], self.window)
        if dialog.exec():
            tags = dialog.tags()
            self.state.call(
                lambda s: s.set_tags(credential_id, tags), lambda _: self.page.set_tags(tags)
            )

    def save_note(self, credential_id: str, text: str) -> None:
        self.state.call(
            lambda s: s.set_note(credential_id, text),
            lambda _: self.window.statusBar().showMessage(self.tr("Note saved."), 4000),
            refresh=False,
        )

    def remove_credential(self, credential_id: str) -> None:
        answer = QMessageBox.question(
            self.window,
            self.tr("Remove credential"),
            self.tr("Remove “%1” from your wallet? This cannot be undone.").replace(
                "%1", self.page.title.text()
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.page.credential_id = ""
            removed = self.removed
            self.state.call(lambda s: s.remove(credential_id), lambda _: removed and removed())

    def new_collection(self, credential_id: str) -> None:
        name, ok = QInputDialog.getText(
            self.window, self.tr("New collection"), self.tr("Name, such as “For data jobs”:")
        )
        if not ok or not name.strip():
            return

        def work(service: Any) -> None:
            collection = service.create_collection(name.strip())
            if credential_id:
                members = (*collection.members, credential_id)
                service.save_collection(with_members(collection, members))

        self.state.call(work)

    def toggle_collection(self, collection_id: str, credential_id: str, member: bool) -> None:
        collection = next((c for c in self.state.collections if str(c.id) == collection_id), None)
        if collection is None:
            return
        members = [m for m in collection.members if m != credential_id]
        if member:
            members.append(credential_id)
        self.state.call(lambda s: s.save_collection(with_members(collection, tuple(members))))
