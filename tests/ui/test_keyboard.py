"""Keyboard only: Tab reaches the search, the filters, the library and the credential page's
actions, and Enter opens a credential; every interactive widget on the main screens and dialogs
has a name a screen reader can say."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QTabBar,
    QTextEdit,
    QWidget,
)

from tests.ui.conftest import open_with_samples
from ui.account.dialogs import BackupDialog, ChangePassphraseDialog, VerifyBackupDialog
from ui.account.identity import IdentityDialog
from ui.common.tasks import busy
from ui.settings.dialog import DEFAULTS, SettingsDialog
from ui.start.create_dialog import CreateWalletDialog
from ui.start.restore_dialog import RestoreDialog
from wallet.review.portfolio import PortfolioFile
from wallet.review.sample import sample

TIMEOUT = 60_000
INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractItemView,
    QAbstractSpinBox,
    QPlainTextEdit,
    QTextEdit,
)


def unnamed(root: QWidget) -> list[str]:
    """Visible interactive widgets under ``root`` whose accessible name is empty."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLineEdit) and isinstance(
            widget.parent(), QComboBox | QAbstractSpinBox
        ):
            continue  # the editor inside a combo box or spin box: named by its owner
        if isinstance(widget, QHeaderView) or widget.objectName().startswith("qt_"):
            continue  # Qt's own parts (a line edit's clear button, a scroll area's corner)
        if isinstance(widget, QAbstractButton):  # a button is named by its label
            interface = QAccessible.queryAccessibleInterface(widget)
            name = interface.text(QAccessible.Text.Name) if interface is not None else ""
        else:  # a field, list or combo box: its own name, not whatever it happens to show
            name = widget.accessibleName()
        if not name.strip():
            missing.append(
                f"{type(widget).__name__} {widget.objectName()!r} in {type(root).__name__}"
            )
    return missing


def unnamed_in_focus_chain(root: QWidget) -> list[str]:
    """Controls Tab reaches from ``root`` (its focus chain, ``nextInFocusChain``) that have no
    accessible name; the whole chain once, whatever order it is in."""
    missing = []
    widget = root.nextInFocusChain()
    seen = {id(root)}
    while widget is not None and id(widget) not in seen:
        seen.add(id(widget))
        tab = widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        if tab and widget.isVisibleTo(root) and widget.isEnabled() and root.isAncestorOf(widget):
            missing += unnamed_widget(widget, root)
        widget = widget.nextInFocusChain()
    return missing


def unnamed_widget(widget: QWidget, root: QWidget) -> list[str]:
    if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QComboBox | QAbstractSpinBox):
        return []  # the editor inside a combo box or spin box: named by its owner
    if isinstance(widget, QHeaderView) or widget.objectName().startswith("qt_"):
        return []
    interface = QAccessible.queryAccessibleInterface(widget)
    name = interface.text(QAccessible.Text.Name) if interface is not None else ""
    if not isinstance(widget, QAbstractButton):
        name = widget.accessibleName() or (name if isinstance(widget, QTabBar) else "")
    if name.strip():
        return []
    return [f"{type(widget).__name__} {widget.objectName()!r} in {type(root).__name__}"]


@pytest.fixture
def library(window, qtbot):
    open_with_samples(window, qtbot, TIMEOUT)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=TIMEOUT)
    return window


def _tab_walk(qtbot, steps: int) -> list[QWidget]:
    seen: list[QWidget] = []
    for _ in range(steps):
        focus = QApplication.focusWidget()
        assert focus is not None
        seen.append(focus)
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
    return seen


def test_tab_reaches_search_filters_library_and_enter_opens(library, qtbot) -> None:
    window = library
    page = window.library
    window.focus_search()
    assert QApplication.focusWidget() is page.search
    reached = _tab_walk(qtbot, 14)
    order = [page.search, page.tag, page.issuer, page.status, page.kind, page.sort, page.view]
    positions = [reached.index(w) for w in order]  # ValueError: never reached by Tab
    assert positions == sorted(positions)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Down)
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.content.currentWidget() is window.credential, timeout=TIMEOUT)
    credential = window.credential
    credential.back_button.setFocus()
    reached = _tab_walk(qtbot, 12)
    for button in (credential.share_button, credential.tags_button, credential.copy_button):
        assert button in reached
    credential.share_button.setFocus()
    qtbot.keyClick(credential.share_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.share_dialog is not None, timeout=TIMEOUT)
    assert window.share_dialog.ids == [credential.credential_id]


def test_every_interactive_widget_has_a_name(library, qtbot) -> None:
    window = library
    missing = unnamed(window) + unnamed_in_focus_chain(window)  # library, toolbar, sidebar
    window.open_credential(str(window.state.library.summaries()[0].id))
    qtbot.waitUntil(lambda: window.content.currentWidget() is window.credential, timeout=TIMEOUT)
    for index in range(window.credential.tabs.count()):
        window.credential.tabs.setCurrentIndex(index)
        missing += unnamed(window) + unnamed_in_focus_chain(window)
    window.sidebar.select("skills")
    qtbot.waitUntil(lambda: window.skills.model.rowCount() > 0, timeout=TIMEOUT)
    missing += unnamed(window)
    window.share([str(s.id) for s in window.state.library.summaries()[:2]])
    share = window.share_dialog
    qtbot.waitUntil(lambda: share.prepared is not None, timeout=TIMEOUT)
    share.show()
    missing += unnamed(share) + unnamed_in_focus_chain(share)
    window.open_verifier()
    missing += unnamed_in_focus_chain(window.verifier)
    window.verifier.close()
    window.open_review()
    missing += unnamed_in_focus_chain(window)
    window.leave_review()
    for dialog in (
        SettingsDialog(dict(DEFAULTS), window),
        BackupDialog(window.state.service.path.with_suffix(".lwbackup"), window),
        VerifyBackupDialog(window),
        ChangePassphraseDialog(window),
        IdentityDialog("did:key:z6MkexampleexampleexampleexampleexampleexampleAbc", 1, window),
        CreateWalletDialog(None, window),
        RestoreDialog(window),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        missing += unnamed(dialog) + unnamed_in_focus_chain(dialog)
    window.lock_now()
    qtbot.waitUntil(lambda: window.start_page.stack.isEnabled(), timeout=TIMEOUT)
    missing += unnamed(window) + unnamed_in_focus_chain(window)  # the unlock page
    assert missing == [], "\n".join(missing)


def test_the_walk_notices_an_unnamed_field(qtbot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    QLineEdit(root)
    root.show()
    assert unnamed(root) == ["QLineEdit '' in QWidget"]


def test_every_menu_action_has_a_keyboard_path(window) -> None:
    """Every action of the menu bar is reached by a shortcut or by its menu's and its own
    mnemonic (Alt+F, then the underlined letter); interview mode's Esc is
    tests/ui/test_interview.py's."""
    without = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        assert "&" in menu_action.text(), menu_action.text()
        for action in menu.actions() if menu is not None else []:
            if action.isSeparator() or (action.menu() is not None and "&" in action.text()):
                continue
            if action.shortcut().isEmpty() and "&" not in action.text().replace("&&", ""):
                without.append(action.text())
    assert without == []


def _each_page(stack: QStackedWidget, walk) -> list[str]:
    """``walk()`` on every page of ``stack`` in turn (each exchange screen without a server:
    which controls a page has does not depend on what it shows)."""
    missing: list[str] = []
    for index in range(stack.count()):
        stack.setCurrentIndex(index)
        missing += walk()
    return missing


def test_the_exchanges_interview_mode_and_an_open_review_are_named(library, qtbot) -> None:
    window = library
    missing: list[str] = []
    for dialog in (window.exchanges.receive(), window.exchanges.respond()):
        assert dialog is not None
        qtbot.addWidget(dialog)
        missing += _each_page(dialog.pages, lambda d=dialog: unnamed(d) + unnamed_in_focus_chain(d))
        dialog.close()
    window.share([str(s.id) for s in window.state.library.summaries()[:2]])
    share = window.share_dialog
    qtbot.waitUntil(lambda: share.prepared is not None, timeout=TIMEOUT)
    share.interview()
    interview = share.interview_window
    assert interview is not None
    qtbot.waitUntil(lambda: interview.shown > 0, timeout=TIMEOUT)
    missing += unnamed(interview) + unnamed_in_focus_chain(interview)
    share.close()
    window.open_review()
    window.review.desk_page.create_review("Ada Lovelace", "advisor passphrase 1", remember=False)
    qtbot.waitUntil(lambda: not busy(), timeout=TIMEOUT)
    page = window.review.page
    assert window.review.currentWidget() is page
    page.add_files([PortfolioFile(n, d) for n, d in sample().files()])
    qtbot.waitUntil(lambda: not busy() and page.review is not None, timeout=TIMEOUT)
    page.credentials.tree.setCurrentItem(page.credentials.tree.topLevelItem(0))
    missing += _each_page(page.tabs, lambda: unnamed(window) + unnamed_in_focus_chain(window))
    window.leave_review()
    assert missing == [], "\n".join(missing)
