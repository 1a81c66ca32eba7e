"""The main window's actions, menus and toolbar, in one place so shortcuts do not collide.

Actions marked "wallet" are enabled only while a wallet is unlocked.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QToolBar

__all__ = ["Actions", "build_actions"]

# In the main window's context (its title and the File menu's name are looked up there too);
# pyside6-lupdate reads only literal translate("Context", "text") calls.
translate = QCoreApplication.translate


@dataclass
class Actions:
    add_files: QAction
    add_folder: QAction
    paste: QAction
    qr: QAction
    samples: QAction
    share: QAction
    history: QAction
    receive: QAction
    respond: QAction
    backup: QAction
    verify_backup: QAction
    check: QAction
    passphrase: QAction
    identity: QAction
    settings: QAction
    lock: QAction
    quit: QAction
    find: QAction
    as_list: QAction
    toolbar: QToolBar
    wallet: list[QAction] = field(default_factory=list)  # enabled only while unlocked
    review: QAction | None = None  # the advisor's review mode (no wallet needed)


def build_actions(window: QMainWindow, slots: dict[str, Callable[..., Any]]) -> Actions:
    """Create every action with its shortcut, connect it to ``slots[name]``, and lay out the
    File and View menus and the toolbar."""
    wallet: list[QAction] = []

    def make(name: str, text: str, shortcut: Any = None, needs_wallet: bool = True) -> QAction:
        action = QAction(text, window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slots[name])
        if needs_wallet:
            wallet.append(action)
        return action

    key = QKeySequence.StandardKey
    add_files = make("add_files", translate("MainWindow", "&Add credentials…"), key.Open)
    add_folder = make("add_folder", translate("MainWindow", "Add a &folder…"))
    paste = make("paste", translate("MainWindow", "&Paste credential"), "Ctrl+Shift+V")
    qr = make("qr", translate("MainWindow", "Open a &QR image…"))
    samples = make("samples", translate("MainWindow", "Add &sample credentials"))
    share = make("share", translate("MainWindow", "S&hare…"), "Ctrl+Shift+S")
    share.setToolTip(
        translate("MainWindow", "Share the open credential or the ones selected in the library")
    )
    history = make("history", translate("MainWindow", "Sharing histor&y…"))
    history.setToolTip(
        translate("MainWindow", "When you shared which credentials, how, and with whom")
    )
    receive = make("receive", translate("MainWindow", "&Receive a credential…"), "Ctrl+Shift+R")
    receive.setToolTip(
        translate("MainWindow", "Claim credentials from an issuer's offer link or QR code")
    )
    respond = make("respond", translate("MainWindow", "A&nswer a request…"), "Ctrl+Shift+A")
    respond.setToolTip(translate("MainWindow", "Answer a verifier's presentation request"))
    backup = make("backup", translate("MainWindow", "&Back up…"), "Ctrl+B")
    verify_backup = make(
        "verify_backup", translate("MainWindow", "&Verify a backup…"), needs_wallet=False
    )
    check = make(
        "check",
        translate("MainWindow", "&Check someone's credentials…"),
        "Ctrl+Shift+K",
        needs_wallet=False,
    )
    check.setToolTip(
        translate("MainWindow", "Verifier mode: check what a learner shows you, without a wallet")
    )
    passphrase = make("passphrase", translate("MainWindow", "Change pass&phrase…"))
    identity = make("identity", translate("MainWindow", "My &identity…"))
    settings = make("settings", translate("MainWindow", "Se&ttings…"), key.Preferences)
    lock = make("lock", translate("MainWindow", "&Lock now"), "Ctrl+Shift+L")
    quit_ = make("quit", translate("MainWindow", "&Quit"), key.Quit, needs_wallet=False)
    find = make("find", translate("MainWindow", "&Find"), key.Find)
    as_list = make("as_list", translate("MainWindow", "Show as &list"), "Ctrl+L")
    as_list.setCheckable(True)
    review = make(
        "review",
        translate("MainWindow", "&Review a learner's portfolio…"),
        "Ctrl+R",
        needs_wallet=False,
    )
    review.setToolTip(
        translate("MainWindow", "Check a portfolio someone handed you, apart from your own wallet")
    )

    files = window.menuBar().addMenu(translate("MainWindow", "&File"))
    for group in (
        (add_files, add_folder, paste, qr, samples),
        (receive, respond),
        (share, history),
        (check, review),
        (backup, verify_backup, passphrase, identity),
        (settings, lock),
        (quit_,),
    ):
        if not files.isEmpty():
            files.addSeparator()
        for action in group:
            files.addAction(action)
    view = window.menuBar().addMenu(translate("MainWindow", "&View"))
    view.addAction(find)
    view.addAction(as_list)
    toolbar = window.addToolBar(translate("MainWindow", "Main"))
    toolbar.setObjectName("main-toolbar")
    toolbar.setMovable(False)
    for action in (add_files, paste, qr, share, lock):
        toolbar.addAction(action)
    return Actions(
        add_files, add_folder, paste, qr, samples, share, history, receive, respond, backup,
        verify_backup, check, passphrase, identity, settings, lock, quit_, find, as_list, toolbar,
        wallet, review,
    )  # fmt: skip
