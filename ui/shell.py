"""The main window: the start page until a wallet is open, then the sidebar, the library, the
Skills view and a credential's page; menus, drag and drop, paste, auto-lock and layout memory."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QStackedWidget,
)

from ui.credential.page import CredentialPage
from ui.idle import IdleWatcher
from ui.importing.flow import ImportFlow
from ui.library.page import LibraryPage
from ui.organise.skills import SkillsPage
from ui.organise.tags import TagsDialog
from ui.session import VaultAccess
from ui.settings_dialog import DEFAULTS, SettingsDialog
from ui.sidebar import LIBRARY, SKILLS, Sidebar
from ui.start.page import StartPage
from ui.tasks import run_task
from ui.wallet_state import WalletState

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
        self.splitter = QSplitter(self)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.content)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.start_page)
        self.pages.addWidget(self.splitter)
        self.setCentralWidget(self.pages)
        self.imports = ImportFlow(self.state, self)
        self.idle = IdleWatcher(self)
        self.idle.idle.connect(self.lock_now)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
        self._build_actions()
        self._connect()
        self._restore_layout()
        self._set_unlocked(False)

    # --- building -------------------------------------------------------------------------
    def _action(self, text: str, slot: Any, shortcut: Any = None, wallet: bool = True) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        if wallet:
            self._wallet_actions.append(action)
        return action

    def _build_actions(self) -> None:
        self._wallet_actions: list[QAction] = []
        K = QKeySequence.StandardKey
        self.add_files_action = self._action(self.tr("&Add credentials…"), self.add_files, K.Open)
        self.add_folder_action = self._action(self.tr("Add a &folder…"), self.add_folder)
        self.paste_action = self._action(self.tr("&Paste credential"), self.paste, "Ctrl+Shift+V")
        self.qr_action = self._action(self.tr("Open a &QR image…"), self.open_qr)
        self.samples_action = self._action(
            self.tr("Add &sample credentials"), self.imports.add_samples
        )
        self.settings_action = self._action(
            self.tr("Se&ttings…"), self.open_settings, K.Preferences
        )
        self.lock_action = self._action(self.tr("&Lock now"), self.lock_now, "Ctrl+Shift+L")
        self.quit_action = self._action(self.tr("&Quit"), self.close, K.Quit, wallet=False)
        self.find_action = self._action(self.tr("&Find"), self.focus_search, K.Find)
        self.list_action = self._action(
            self.tr("Show as &list"), self.library.set_list_mode, "Ctrl+L"
        )
        self.list_action.setCheckable(True)
        self.list_action.toggled.connect(self.library.view_mode.setChecked)
        self.library.view_mode.toggled.connect(self.list_action.setChecked)
        files = self.menuBar().addMenu(self.tr("&File"))
        for action in (
            self.add_files_action,
            self.add_folder_action,
            self.paste_action,
            self.qr_action,
            self.samples_action,
        ):
            files.addAction(action)
        files.addSeparator()
        files.addAction(self.settings_action)
        files.addAction(self.lock_action)
        files.addSeparator()
        files.addAction(self.quit_action)
        view = self.menuBar().addMenu(self.tr("&View"))
        view.addAction(self.find_action)
        view.addAction(self.list_action)
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        for action in (self.add_files_action, self.paste_action, self.qr_action, self.lock_action):
            toolbar.addAction(action)
        self.toolbar = toolbar

    def _connect(self) -> None:
        self.start_page.opened.connect(lambda: self._set_unlocked(True))
        self.state.changed.connect(self._state_changed)
        self.state.failed.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.sidebar.chosen.connect(self._navigate)
        self.sidebar.create_collection.connect(lambda: self.new_collection(""))
        self.library.opened.connect(self.open_credential)
        self.library.add_samples.connect(self.imports.add_samples)
        self.library.add_files.connect(self.add_files)
        self.skills.opened.connect(self.open_credential)
        page = self.credential
        page.back.connect(self._back)
        page.edit_tags.connect(self.edit_tags)
        page.save_note.connect(self._save_note)
        page.remove.connect(self.remove_credential)
        page.toggle_collection.connect(self._toggle_collection)
        page.new_collection.connect(self.new_collection)

    # --- life cycle -----------------------------------------------------------------------
    def start(self) -> None:
        self.start_page.start()

    def _set_unlocked(self, unlocked: bool) -> None:
        for action in self._wallet_actions:
            action.setEnabled(unlocked)
        self.toolbar.setVisible(unlocked)
        self.pages.setCurrentWidget(self.splitter if unlocked else self.start_page)
        if unlocked:
            self.sidebar.select(LIBRARY)
            self.content.setCurrentWidget(self.library)
            self._apply_settings()
            self.library.focus_search()
        else:
            self.idle.stop()

    def lock_now(self) -> None:
        """Lock: empty every model and page now, then the vault (background)."""
        if not self.state.is_unlocked:
            return
        self.credential.clear()
        self.skills.clear()
        self.sidebar.set_collections([])
        self.state.lock()
        self._set_unlocked(False)
        self.start_page.start()
        self.statusBar().showMessage(self.tr("Locked."), 5000)

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

    def _back(self) -> None:
        kind, _ = self.sidebar.current()
        self.content.setCurrentWidget(self.skills if kind == SKILLS else self.library)
        self.library.view.setFocus()

    def open_credential(self, credential_id: str) -> None:
        service, collections = self.state.service, self.state.collections

        def work(_: object) -> tuple[Any, bytes | None]:
            detail = service.get(credential_id)
            image = service.image(detail.summary.image_hash) if detail.summary.image_hash else None
            return detail, image

        def show(result: tuple[Any, bytes | None]) -> None:
            if self.state.is_unlocked:
                self.credential.show_detail(result[0], result[1], collections)
                self.content.setCurrentWidget(self.credential)

        run_task(self, work, show, lambda e: self.state.failed.emit(str(e)))

    def focus_search(self) -> None:
        self.sidebar.select(LIBRARY)
        self.content.setCurrentWidget(self.library)
        self.library.focus_search()

    # --- importing ------------------------------------------------------------------------
    def add_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add credentials"),
            "",
            self.tr("Credentials (*.json *.jsonld *.jwt *.png *.svg *.txt);;All files (*)"),
        )
        if paths:
            self.imports.import_paths([Path(p) for p in paths])

    def add_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Add every credential in a folder"))
        if folder:
            self.imports.import_paths([Path(folder)])

    def open_qr(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Open a QR code image"),
            "",
            self.tr("Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp);;All files (*)"),
        )
        if paths:
            self.imports.import_qr_images([Path(p) for p in paths])

    def paste(self) -> None:
        """Import what the clipboard holds: files, an image with a QR code, or text."""
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None or not self.state.is_unlocked:
            return
        if mime.hasUrls() and all(u.isLocalFile() for u in mime.urls()):
            self.imports.import_paths([Path(u.toLocalFile()) for u in mime.urls()])
        elif mime.hasText():
            self.imports.import_text(mime.text())
        elif mime.hasImage():
            self.statusBar().showMessage(self.tr("Save the image, then use Open a QR image."))

    def keyPressEvent(self, event: Any) -> None:
        # Plain Ctrl+V outside a text field imports the clipboard.
        focus = QApplication.focusWidget()
        if event.matches(QKeySequence.StandardKey.Paste) and not isinstance(
            focus, QLineEdit | QPlainTextEdit
        ):
            self.paste()
            return
        super().keyPressEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if self.state.is_unlocked and (mime.hasUrls() or mime.hasText()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        if mime.hasUrls() and all(u.isLocalFile() for u in mime.urls()):
            self.imports.import_paths([Path(u.toLocalFile()) for u in mime.urls()])
        elif mime.hasText():
            self.imports.import_text(mime.text(), self.tr("dropped text"))
        event.acceptProposedAction()

    # --- organising -----------------------------------------------------------------------
    def edit_tags(self, credential_id: str) -> None:
        row = self.state.library.row_of(credential_id)
        summary = next((s for s in self.state.library.summaries() if s.id == credential_id), None)
        current = tuple(summary.tags) if summary is not None else ()
        del row
        dialog = TagsDialog(current, self.state.library.facets()["tag"], self)
        if dialog.exec():
            tags = dialog.tags()
            self.state.call(
                lambda s: s.set_tags(credential_id, tags), lambda _: self.credential.set_tags(tags)
            )

    def _save_note(self, credential_id: str, text: str) -> None:
        self.state.call(
            lambda s: s.set_note(credential_id, text),
            lambda _: self.statusBar().showMessage(self.tr("Note saved."), 4000),
            refresh=False,
        )

    def remove_credential(self, credential_id: str) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Remove credential"),
            self.tr("Remove “%1” from your wallet? This cannot be undone.").replace(
                "%1", self.credential.title.text()
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.credential.credential_id = ""
            self.state.call(lambda s: s.remove(credential_id), lambda _: self._back())

    def new_collection(self, credential_id: str) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("New collection"), self.tr("Name, such as “For data jobs”:")
        )
        if not ok or not name.strip():
            return

        def work(service: Any) -> None:
            collection = service.create_collection(name.strip())
            if credential_id:
                members = (*collection.members, credential_id)
                service.save_collection(_with_members(collection, members))

        self.state.call(work)

    def _toggle_collection(self, collection_id: str, credential_id: str, member: bool) -> None:
        collection = next((c for c in self.state.collections if str(c.id) == collection_id), None)
        if collection is None:
            return
        members = [m for m in collection.members if m != credential_id]
        if member:
            members.append(credential_id)
        self.state.call(lambda s: s.save_collection(_with_members(collection, tuple(members))))

    def open_settings(self) -> None:
        service = self.state.service

        def read(_: object) -> dict[str, Any]:
            return {k: service.setting(k, v) for k, v in DEFAULTS.items()}

        run_task(self, read, self._show_settings, lambda e: self.state.failed.emit(str(e)))

    def _show_settings(self, values: dict[str, Any]) -> None:
        dialog = SettingsDialog(values, self)
        if dialog.exec():
            chosen = dialog.values()

            def save(service: Any) -> None:
                for key, value in chosen.items():
                    service.set_setting(key, value)

            self.state.call(save, lambda _: self._apply_settings(), refresh=False)

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
        self.credential.clear()
        self.state.close()
        super().closeEvent(event)


def _with_members(collection: Any, members: tuple[str, ...]) -> Any:
    from dataclasses import replace

    return replace(collection, members=tuple(dict.fromkeys(members)))
