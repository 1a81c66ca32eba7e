"""The main window: the start page until a wallet is open, then the sidebar, the library, the
Skills view and a credential's page; auto-lock, navigation and layout memory.

What the window can do lives with its concept: actions and menus in :mod:`ui.window.menus`, where
imports start in :mod:`ui.importing.intake`, organising in :mod:`ui.organise.commands`, backups,
passphrase, identity and settings in :mod:`ui.account.commands`, sharing in :mod:`ui.share`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.account.commands import AccountCommands
from ui.common.idle import IdleWatcher
from ui.common.tasks import run_task
from ui.credential.linked import linked_details, my_identities
from ui.credential.page import CredentialPage
from ui.exchange.screens import ExchangeScreens
from ui.importing.flow import ImportFlow
from ui.importing.intake import Intake
from ui.incoming.router import IncomingRouter
from ui.library.page import LibraryPage
from ui.organise.bulk import BulkCommands
from ui.organise.commands import OrganiseCommands
from ui.organise.skills import SkillsPage
from ui.review.mode import ReviewMode
from ui.settings.dialog import DEFAULTS
from ui.settings.network import NetworkQuestionBar
from ui.share.dialog import ShareDialog
from ui.share.history import ShareHistoryDialog
from ui.start.page import StartPage
from ui.window.help import HelpMenu
from ui.window.menus import build_actions
from ui.window.rechecks import Rechecks
from ui.window.session import VaultAccess
from ui.window.sidebar import LIBRARY, SKILLS, Sidebar
from ui.window.wallet_state import WalletState
from ui.window.wallets import WalletSwitcher

__all__ = ["MainWindow"]


class MainWindow(QMainWindow):
    def __init__(self, access: VaultAccess, settings: QSettings | None = None) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Learner Wallet"))
        self.setAcceptDrops(True)
        self.settings = settings or QSettings()
        self.state = WalletState(self)
        self.start_page = StartPage(access, self.state, self)
        self.sidebar = Sidebar(self)
        self.library = LibraryPage(self.state, self)
        self.skills = SkillsPage(self.state, self)
        self.credential = CredentialPage(self)
        self.content = QStackedWidget(self)
        for page in (self.library, self.skills, self.credential):
            self.content.addWidget(page)
        self.network_question = NetworkQuestionBar(self)  # issue 12: asked once, inline
        right = QWidget(self)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.network_question)
        column.addWidget(self.content, 1)
        self.splitter = QSplitter(self)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.start_page)
        self.pages.addWidget(self.splitter)
        # The advisor's review mode: its own encrypted workspaces, no wallet needed (issue 15).
        self.review = ReviewMode(access.review_desk(), parent=self)
        self.review.leave.connect(self.leave_review)
        self.start_page.review_requested.connect(self.open_review)
        self.pages.addWidget(self.review)
        self.setCentralWidget(self.pages)
        self.imports = ImportFlow(self.state, self)
        self.intake = Intake(self.state, self.imports, self)
        # Files and links handed to the app (`learner-wallet open`, a second launch).
        self.incoming = IncomingRouter(self)
        self.intake.on_link = self.incoming.links.open  # a pasted or dropped link, too
        self.exchanges = ExchangeScreens(self)  # registers the receive and respond screens
        self.organise = OrganiseCommands(self.state, self.credential, self)
        self.bulk = BulkCommands(self.state, self)
        self.bulk.open_one = self.open_credential
        self.bulk.share = self.share
        self.bulk.removed = self._removed
        self.imports.remove = self.bulk.remove
        self.account = AccountCommands(self.state, self)
        self.account.settings_saved = self._settings_saved
        self.rechecks = Rechecks(self.state, self.network_question, self)
        self.share_dialog: ShareDialog | None = None
        self.verifier: Any = None  # ui.verifier.window.VerifierWindow, made when first asked
        self.history_dialog: ShareHistoryDialog | None = None
        self.idle = IdleWatcher(self)
        self.idle.idle.connect(self.review.close_all)
        self.idle.idle.connect(self.lock_now)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
        self.menu_actions = build_actions(
            self,
            {
                "add_files": self.intake.add_files,
                "add_folder": self.intake.add_folder,
                "paste": self.intake.paste,
                "qr": self.intake.open_qr,
                "samples": self.imports.add_samples,
                "share": self.share_current,
                "history": self.show_share_history,
                "receive": self.exchanges.receive,
                "respond": self.exchanges.respond,
                "backup": self.account.backup,
                "verify_backup": self.account.verify_backup,
                "check": self.open_verifier,
                "passphrase": self.account.change_passphrase,
                "identity": self.account.show_identity,
                "settings": self.account.open_settings,
                "lock": self.lock_now,
                "quit": self.close,
                "find": self.focus_search,
                "as_list": self.library.set_list_mode,
                "review": self.open_review,
            },
        )
        self.toolbar = self.menu_actions.toolbar
        # Which wallet is open, and switching to another; the Help menu (issue 13).
        self.access = access
        self.wallets = WalletSwitcher(
            self, self.settings, lambda: self.access.path, self.open_wallet
        )
        menus = self.menuBar().findChildren(QMenu)
        self.wallets.install(next(m for m in menus if m.title() == self.tr("&File")))
        self.help = HelpMenu(self, lambda: self.access.path)
        self.start_page.open_another = self.wallets.choose
        self.menu_actions.as_list.toggled.connect(self.library.view_mode.setChecked)
        self.library.view_mode.toggled.connect(self.menu_actions.as_list.setChecked)
        self._connect()
        self._restore_layout()
        self._set_unlocked(False)

    def _connect(self) -> None:
        self.start_page.opened.connect(lambda: self._set_unlocked(True))
        self.start_page.check_credentials.connect(self.open_verifier)
        self.state.changed.connect(self._state_changed)
        self.state.failed.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.sidebar.chosen.connect(self._navigate)
        self.sidebar.create_collection.connect(lambda: self.organise.new_collection(""))
        self.library.opened.connect(self.open_credential)
        self.library.add_samples.connect(self.imports.add_samples)
        self.library.add_files.connect(self.intake.add_files)
        self.library.share.connect(self.share)
        self.skills.opened.connect(self.open_credential)
        page = self.credential
        page.back.connect(self._back)
        page.share.connect(lambda cid: self.share([cid]))
        page.edit_tags.connect(self.organise.edit_tags)
        page.save_note.connect(self.organise.save_note)
        page.remove.connect(lambda cid: self.bulk.remove([cid]))
        self.library.menu_requested.connect(
            lambda ids, at: self.bulk.selection_menu(ids, self).popup(at)
        )
        self.sidebar.collection_menu.connect(self._collection_menu)
        page.toggle_collection.connect(self.organise.toggle_collection)
        page.new_collection.connect(self.organise.new_collection)
        page.check_again.connect(self.rechecks.check_one)
        self.rechecks.message.connect(lambda text: self.statusBar().showMessage(text, 10000))

    # --- life cycle -----------------------------------------------------------------------
    def start(self) -> None:
        self.start_page.start()

    def _set_unlocked(self, unlocked: bool) -> None:
        for action in self.menu_actions.wallet:
            action.setEnabled(unlocked)
        self.toolbar.setVisible(unlocked)
        self.pages.setCurrentWidget(self.splitter if unlocked else self.start_page)
        if unlocked:
            self.sidebar.select(LIBRARY)
            self.content.setCurrentWidget(self.library)
            self._apply_settings()
            self.rechecks.after_unlock()
            self.library.focus_search()
        else:
            self.idle.stop()

    def lock_now(self) -> None:
        """Lock: empty every model and page now, then the vault (background)."""
        if not self.state.is_unlocked:
            return
        for dialog in (self.share_dialog, self.history_dialog):
            if dialog is not None:
                dialog.close()
        self.share_dialog = self.history_dialog = None
        self.exchanges.close()
        self.credential.clear()
        self.skills.clear()
        self.sidebar.set_collections([])
        self.state.lock()
        self._set_unlocked(False)
        self.start_page.start()
        self.statusBar().showMessage(self.tr("Locked."), 5000)

    def open_wallet(self, path: Any) -> None:
        """Close the wallet this window has (locked first) and open the one at ``path``."""
        self.lock_now()
        self.state.close()
        self.access.path = path
        self.setWindowTitle(self.tr("Learner Wallet"))
        self.start_page.start()

    def _apply_settings(self) -> None:
        service = self.state.service

        def read(_: object) -> int:
            return int(service.setting("auto_lock_minutes", DEFAULTS["auto_lock_minutes"]))

        run_task(
            self,
            read,
            lambda minutes: self.idle.set_timeout_ms(minutes * 60_000),
            lambda _e: self.idle.set_timeout_ms(DEFAULTS["auto_lock_minutes"] * 60_000),
        )

    def _settings_saved(self) -> None:
        self._apply_settings()
        self.rechecks.after_settings()

    def _state_changed(self) -> None:
        self.sidebar.set_collections(self.state.collections)
        kind, ident = self.sidebar.current()
        if kind == "collection":
            self._navigate(kind, ident)
        if self.content.currentWidget() is self.skills:
            self.skills.reload()
        if self.content.currentWidget() is self.credential and self.credential.credential_id:
            self.open_credential(self.credential.credential_id)

    # --- navigation -----------------------------------------------------------------------
    def _navigate(self, kind: str, ident: str) -> None:
        if kind == SKILLS:
            self.content.setCurrentWidget(self.skills)
            self.skills.reload()
            return
        collection = next((c for c in self.state.collections if str(c.id) == ident), None)
        if collection is None:
            self.library.show_collection(None, None)
        else:
            self.library.show_collection(collection.name, frozenset(map(str, collection.members)))
        self.content.setCurrentWidget(self.library)

    def _collection_menu(self, collection_id: str, at: Any) -> None:
        menu = self.bulk.collection_menu(collection_id, self)
        if menu is not None:
            menu.popup(at)

    def _removed(self, ids: list[str]) -> None:
        """After a removal: leave the page of a credential that is gone."""
        if self.content.currentWidget() is self.credential and self.credential.credential_id in ids:
            self.credential.credential_id = ""
            self._back()

    def _back(self) -> None:
        kind, _ = self.sidebar.current()
        self.content.setCurrentWidget(self.skills if kind == SKILLS else self.library)
        self.library.view.setFocus()

    def open_credential(self, credential_id: str) -> None:
        service, collections = self.state.service, self.state.collections

        def work(_: object) -> tuple[Any, bytes | None, Any, list[str]]:
            detail = service.get(credential_id)
            image = service.image(detail.summary.image_hash) if detail.summary.image_hash else None
            if image is None and detail.summary.image_url:  # a picture kept from the web
                image = service.fetched_image(detail.summary.image_url)
            return detail, image, linked_details(service, credential_id), my_identities(service)

        def show(result: tuple[Any, bytes | None, Any, list[str]]) -> None:
            if self.state.is_unlocked:
                detail, image, linked, identities = result
                self.credential.show_detail(
                    detail, image, collections, linked=linked, identities=identities
                )
                self.content.setCurrentWidget(self.credential)

        run_task(self, work, show, lambda e: self.state.failed.emit(str(e)))

    def focus_search(self) -> None:
        self.sidebar.select(LIBRARY)
        self.content.setCurrentWidget(self.library)
        self.library.focus_search()

    # --- review mode ----------------------------------------------------------------------
    def open_review(self) -> None:
        """The review mode's start page (whatever the wallet is doing; it stays as it was)."""
        self.toolbar.setVisible(False)
        self.pages.setCurrentWidget(self.review)
        self.review.show_desk()

    def leave_review(self) -> None:
        self.review.close_all()
        self._set_unlocked(self.state.is_unlocked)
        if not self.state.is_unlocked:
            self.start_page.start()

    # --- sharing --------------------------------------------------------------------------
    def share_current(self) -> None:
        """Share the open credential, or what is selected in the library."""
        if self.content.currentWidget() is self.credential and self.credential.credential_id:
            self.share([self.credential.credential_id])
        else:
            self.share(self.library.selected_ids())

    def share(self, ids: list[str]) -> None:
        if not ids or not self.state.is_unlocked:
            self.statusBar().showMessage(self.tr("Choose the credentials to share first."), 5000)
            return
        self.share_dialog = ShareDialog(self.state.service, ids, self)
        self.share_dialog.open()

    def open_verifier(self) -> None:
        """Verifier mode ("Check someone's credentials"): its own window, no wallet needed."""
        from ui.verifier.window import VerifierWindow

        if self.verifier is None:
            self.verifier = VerifierWindow(self)
        self.verifier.show()
        self.verifier.raise_()
        self.verifier.activateWindow()

    def show_share_history(self) -> None:
        """Read the sharing history (background), then show it."""
        if not self.state.is_unlocked:
            return

        def show() -> None:
            if self.history_dialog is None:
                self.history_dialog = ShareHistoryDialog(self.state.shares, self)
            self.history_dialog.open()

        self.state.load_shares(show)

    # --- importing shortcuts --------------------------------------------------------------
    def paste(self) -> None:
        self.intake.paste()

    def keyPressEvent(self, event: Any) -> None:
        # Plain Ctrl+V outside a text field imports the clipboard.
        focus = QApplication.focusWidget()
        if event.matches(QKeySequence.StandardKey.Paste) and not isinstance(
            focus, QLineEdit | QPlainTextEdit
        ):
            self.intake.paste()
            return
        super().keyPressEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.intake.accepts(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.intake.drop(event.mimeData())
        event.acceptProposedAction()

    # --- layout memory --------------------------------------------------------------------
    def _restore_layout(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 720)
        splitter = self.settings.value("window/splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([190, max(self.width() - 190, 400)])
        if self.settings.value("library/list", False) in (True, "true"):
            self.library.set_list_mode(True)

    def save_layout(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue("library/list", self.library.view_mode.isChecked())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        self.review.close_all()
        self.credential.clear()
        self.state.close()
        super().closeEvent(event)
