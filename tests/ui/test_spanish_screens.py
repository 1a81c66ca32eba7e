"""The app in Spanish shows no English on its main screens: every visible label, button, tab,
window title, menu action, placeholder, combo box item and column header of the start page,
create wallet, unlock, restore, the library with samples, a credential's page, Share, verifier
mode, the review start and Settings is checked against the English template.

``LEARNER_WALLET_SCREENSHOTS=/tmp`` also saves each screen there as ``es-<name>.png`` (to look at).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)

from tests.ui.conftest import PASSPHRASE
from ui.common.language import ENV, install_translations
from ui.settings.dialog import DEFAULTS, SettingsDialog
from ui.start.create_dialog import CreateWalletDialog
from ui.start.restore_dialog import RestoreDialog

TIMEOUT = 60_000
FOLDER = Path(__file__).resolve().parents[2] / "resources" / "translations"
# The same in both languages, or not words at all.
SAME = {"Learner Wallet", "OK", "PDF", "QR", "JSON", "JWT", "English", "Español", "General"}
ENGLISH_WORDS = re.compile(
    r"\b(the|your|you|and|with|this|that|from|not|are|wallet|credentials?|share|check|"
    r"add|open|back|close|cancel|save|choose|verify|none|yet)\b",
    re.IGNORECASE,
)


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def _compiled_patterns() -> list[re.Pattern[str]]:
    patterns = []
    for message in ET.parse(FOLDER / "learner_wallet_es.ts").getroot().iter("message"):
        source = _plain(message.findtext("source") or "")
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        if source in SAME or all(_plain(f) == source for f in forms):
            continue
        pieces = re.split(r"(%n|%\d|\{\d*\})", source)
        if len(re.findall(r"[A-Za-z]", "".join(pieces[::2]))) < 5:
            continue  # "%1, %2", "%1 of %2": too little of its own to tell English apart
        pieces = re.split(r"(%n|%\d|\{\d*\})", source)
        body = "".join(".+" if re.fullmatch(r"%n|%\d|\{\d*\}", p) else re.escape(p) for p in pieces)
        patterns.append(re.compile(body, re.DOTALL))
    return patterns


PATTERNS = _compiled_patterns()


@pytest.fixture
def spanish(qapp, tmp_path: Path, monkeypatch) -> Iterator[None]:
    """The app's Spanish, as ``LEARNER_WALLET_LANGUAGE=es`` starts it: our translation compiled
    here from the .ts (as ``make translations`` does) and Qt's own, installed for one test."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    program = str(lrelease) if lrelease.exists() else shutil.which("pyside6-lrelease")
    assert program, "pyside6-lrelease is part of PySide6"
    source = FOLDER / "learner_wallet_es.ts"
    qm = tmp_path / "learner_wallet_es.qm"
    subprocess.run([program, "-silent", str(source), "-qm", str(qm)], check=True)
    monkeypatch.setenv(ENV, "es")
    installed = install_translations(qapp, folder=tmp_path)
    assert len(installed) == 2  # Qt's strings (OK, Cancel) and ours
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale.system())


@pytest.fixture
def spanish_window(spanish, window):
    return window


def _texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every visible text under ``root`` a person reads."""
    yield "title", root.windowTitle()
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        kind = type(widget).__name__
        if isinstance(widget, QLabel | QAbstractButton):
            yield kind, widget.text()
        elif isinstance(widget, QGroupBox):
            yield kind, widget.title()
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                yield "tab", widget.tabText(i)
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            yield "placeholder", widget.placeholderText()
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield "combo item", widget.itemText(i)
        header = (
            widget.header()
            if isinstance(widget, QTreeView)
            else widget.horizontalHeader()
            if isinstance(widget, QTableView)
            else None
        )
        if header is not None and header.model() is not None and not header.isHidden():
            for column in range(header.count()):
                yield (
                    "header",
                    str(header.model().headerData(column, Qt.Orientation.Horizontal) or ""),
                )
    if isinstance(root, QMainWindow):
        for menu in root.menuBar().findChildren(QMenu):
            yield "menu", menu.title()
            for action in menu.actions():
                yield "menu action", action.text()
        for action in root.menuBar().actions():
            yield "menu", action.text()


def english_left(root: QWidget, data: set[str]) -> list[str]:
    """Texts under ``root`` that are (or look like) English: a template source shown as it is,
    or English words in a text that is not the credentials' own data."""
    left = []
    for where, text in _texts(root):
        plain = _plain(text)
        if not plain or plain in SAME or any(d and d in plain for d in data):
            continue
        if any(p.fullmatch(plain) for p in PATTERNS):
            left.append(f"{where}: {plain!r} (untranslated) in {type(root).__name__}")
        elif ENGLISH_WORDS.search(plain.replace("Learner Wallet", "")) and not re.search(
            r"https?://|did:|@|\.\w{2,4}\b", plain
        ):
            left.append(f"{where}: {plain!r} (English words) in {type(root).__name__}")
    return left


def _shot(widget: QWidget, name: str) -> None:
    folder = os.environ.get("LEARNER_WALLET_SCREENSHOTS")
    if folder:
        QApplication.processEvents()
        widget.grab().save(str(Path(folder) / f"es-{name}.png"))


def test_the_main_screens_in_spanish_show_no_english(spanish_window, qtbot) -> None:
    window = spanish_window
    data: set[str] = set()
    left = english_left(window, data)  # the welcome page
    _shot(window, "welcome")
    for name, dialog in (
        ("create", CreateWalletDialog(None, window)),
        ("restore", RestoreDialog(window)),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        left += english_left(dialog, data)
        _shot(dialog, name)
        dialog.close()
    window.imports.show_report = False
    window.start_page.create_wallet(PASSPHRASE)
    qtbot.waitUntil(lambda: window.state.is_unlocked, timeout=TIMEOUT)
    window.network_question.offline.click()
    window.imports.add_samples()
    qtbot.waitUntil(lambda: window.state.library.total() == 5, timeout=TIMEOUT)
    for summary in window.state.library.summaries():  # the credentials' own words stay
        data |= {
            summary.name,
            summary.issuer_name,
            summary.recipient,
            summary.kind,
            *summary.skills,
        }
    left += english_left(window, data)
    _shot(window, "library")
    window.library.set_list_mode(True)
    left += english_left(window, data)
    window.library.set_list_mode(False)

    first = str(window.state.library.summaries()[0].id)
    window.open_credential(first)
    qtbot.waitUntil(lambda: window.credential.credential_id == first, timeout=TIMEOUT)
    for index in range(window.credential.tabs.count()):
        window.credential.tabs.setCurrentIndex(index)
        left += english_left(window, data)
    window.credential.tabs.setCurrentIndex(0)
    _shot(window, "credential")

    window.share([str(s.id) for s in window.state.library.summaries()[:2]])
    share = window.share_dialog
    qtbot.waitUntil(lambda: share.prepared is not None, timeout=TIMEOUT)
    share.show()
    left += english_left(share, data)
    _shot(share, "share")
    share.close()

    settings = SettingsDialog(dict(DEFAULTS), window)
    qtbot.addWidget(settings)
    settings.show()
    for index in range(settings.tabs.count()):
        settings.tabs.setCurrentIndex(index)
        left += english_left(settings, data)
    settings.tabs.setCurrentIndex(0)
    _shot(settings, "settings")
    settings.close()

    window.open_verifier()
    verifier = window.verifier
    left += english_left(verifier, data)
    _shot(verifier, "verifier")
    verifier.close()

    window.open_review()
    left += english_left(window, data)
    _shot(window, "review")
    window.leave_review()

    window.lock_now()
    qtbot.waitUntil(lambda: window.start_page.stack.isEnabled(), timeout=TIMEOUT)
    left += english_left(window, data)  # the unlock page
    _shot(window, "unlock")
    assert left == [], "\n".join(left)


def test_the_walk_notices_english(qtbot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    QLabel("Your wallet is empty", root)
    QLabel("Something unheard of with the words", root)
    QLabel("Su cartera está vacía", root)
    root.show()
    assert english_left(root, set()) == [
        "QLabel: 'Your wallet is empty' (untranslated) in QWidget",
        "QLabel: 'Something unheard of with the words' (English words) in QWidget",
    ]
