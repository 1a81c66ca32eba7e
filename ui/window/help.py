"""The Help menu: About (version, licences of the bundled data), keyboard shortcuts, and where
the learner's data is kept."""

from __future__ import annotations

import re
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox

from wallet.resources import resource_path

__all__ = ["HelpMenu", "bundled_licences", "version"]

_LICENCE = re.compile(r"^\s*-\s*licen[cs]e:\s*(.+?)\s*$", re.IGNORECASE | re.MULTILINE)


def version() -> str:
    try:
        return metadata.version("learner-wallet")
    except metadata.PackageNotFoundError:
        return "unknown"


def bundled_licences() -> list[tuple[str, list[str]]]:
    """(folder, licences) for each bundled data folder whose SOURCES.md names them."""
    found = []
    for folder in ("contexts", "schemas", "registries"):
        sources = resource_path(folder) / "SOURCES.md"
        if not sources.is_file():
            continue
        names = sorted(set(_LICENCE.findall(sources.read_text("utf-8", errors="replace"))))
        if names:
            found.append((folder, names))
    return found


class HelpMenu(QObject):
    """``vault_path()`` says which wallet file is open (for "Where is my data")."""

    def __init__(self, window: QMainWindow, vault_path: Callable[[], Path]) -> None:
        super().__init__(window)
        self.window = window
        self.vault_path = vault_path
        menu = window.menuBar().addMenu(self.tr("&Help"))
        self.menu = menu
        self.shortcuts_action = QAction(self.tr("&Keyboard shortcuts"), window)
        self.shortcuts_action.setShortcut(QKeySequence("F1"))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.data_action = QAction(self.tr("&Where is my data?"), window)
        self.data_action.triggered.connect(self.show_data)
        self.about_action = QAction(self.tr("&About Learner Wallet"), window)
        self.about_action.triggered.connect(self.show_about)
        for action in (self.shortcuts_action, self.data_action, self.about_action):
            menu.addAction(action)
        self.last: QMessageBox | None = None

    def _show(self, title: str, text: str) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addButton(QMessageBox.StandardButton.Close)
        self.last = box
        box.open()
        return box

    def shortcut_lines(self) -> list[str]:
        """Every action of the window that has a shortcut: "Ctrl+O  Add credentials…"."""
        lines = []
        for action in self.window.findChildren(QAction):
            key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if key and action.text():
                lines.append(f"{key:<16} {action.text().replace('&', '')}")
        lines += [
            f"{'Ctrl+V':<16} " + self.tr("Import what is on the clipboard (outside text fields)"),
            f"{'Menu key':<16} " + self.tr("The actions for the selected credentials"),
        ]
        return sorted(set(lines))

    def show_shortcuts(self) -> QMessageBox:
        return self._show(self.tr("Keyboard shortcuts"), "\n".join(self.shortcut_lines()))

    def show_data(self) -> QMessageBox:
        vault = self.vault_path()
        layout = QSettings().fileName()
        text = (
            self.tr("Your wallet (credentials, images, tags, notes, collections, settings), ")
            + self.tr("encrypted with your passphrase:")
            + f"\n{vault}\n\n"
            + self.tr("Window layout (nothing private):")
            + f"\n{layout}\n\n"
            + self.tr(
                "Backups are single encrypted files, wherever you save them. Nothing is sent "
                "anywhere unless you share it."
            )
        )
        return self._show(self.tr("Where is my data?"), text)

    def show_about(self) -> QMessageBox:
        lines = [
            self.tr("Learner Wallet %1").replace("%1", version()),
            self.tr("Keep, verify and present your learning credentials, offline and encrypted."),
            self.tr("Licence: Apache-2.0."),
            "",
            self.tr("Bundled data and its licences:"),
        ]
        for folder, names in bundled_licences():
            lines.append(f"  {folder}: " + "; ".join(names))
        lines.append(self.tr("  Provenance: resources/*/SOURCES.md"))
        return self._show(self.tr("About Learner Wallet"), "\n".join(lines))
