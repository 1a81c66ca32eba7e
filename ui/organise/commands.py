"""The learner's own organising, from the credential page and the sidebar: tags, the private
note, collections (removal and changes to many at once: :mod:`ui.organise.bulk`). Each change
goes through ``WalletState.call`` (background), which refreshes the models afterwards."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QMainWindow

from ui.common.tasks import run_task
from ui.credential.page import CredentialPage
from ui.organise.tags import TagsDialog
from ui.window.wallet_state import WalletState

__all__ = ["OrganiseCommands"]


def with_members(collection: Any, members: tuple[str, ...]) -> Any:
    """The collection with ``members`` (duplicates dropped, order kept)."""
    return replace(collection, members=tuple(dict.fromkeys(members)))


class OrganiseCommands(QObject):
    def __init__(self, state: WalletState, page: CredentialPage, window: QMainWindow) -> None:
        super().__init__(window)
        self.state = state
        self.page = page
        self.window = window

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
        """Save in the background; the page's note editor hears how it went (and asks the
        learner only when it failed)."""
        service, note = self.state.service, self.page.note
        if service is None or not self.state.is_unlocked:
            note.failed(credential_id, text, self.tr("the wallet is locked"))
            return
        run_task(
            self,
            lambda _: service.set_note(credential_id, text),
            lambda _: note.saved(credential_id, text),
            lambda error: note.failed(credential_id, text, str(error) or type(error).__name__),
        )

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
