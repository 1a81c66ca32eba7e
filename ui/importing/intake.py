"""Where imports start in the window: file and folder choosers, QR images, the clipboard, and
drag and drop. Each hands what it got to :class:`ui.importing.flow.ImportFlow`, except a pasted
or dropped credential offer or request link (``wallet.handoff.parse_link``), which goes to
``on_link`` (the window's link screens) when one is set."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMimeData, QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMainWindow

from ui.importing.flow import ImportFlow
from ui.window.wallet_state import WalletState
from wallet.handoff import Link, parse_link

__all__ = ["Intake"]


class Intake(QObject):
    def __init__(self, state: WalletState, imports: ImportFlow, window: QMainWindow) -> None:
        super().__init__(window)
        self.state = state
        self.imports = imports
        self.window = window
        self.on_link: Callable[[Link], None] | None = None

    def add_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self.window,
            self.tr("Add credentials"),
            "",
            # What a file is comes from its content: every file may be chosen.
            self.tr(
                "All files (*);;Credentials (*.json *.jsonld *.jwt *.png *.svg *.txt *.pdf *.vp1)"
            ),
        )
        if paths:
            self.imports.import_paths([Path(p) for p in paths])

    def add_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.window, self.tr("Add every credential in a folder")
        )
        if folder:
            self.imports.import_paths([Path(folder)])

    def open_qr(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self.window,
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
            self._text(mime.text(), "pasted text")
        elif mime.hasImage():
            self.window.statusBar().showMessage(
                self.tr("Save the image, then use Open a QR image.")
            )

    def accepts(self, mime: QMimeData) -> bool:
        """Whether a drag may drop here."""
        return self.state.is_unlocked and (mime.hasUrls() or mime.hasText())

    def drop(self, mime: QMimeData) -> None:
        if mime.hasUrls() and all(u.isLocalFile() for u in mime.urls()):
            self.imports.import_paths([Path(u.toLocalFile()) for u in mime.urls()])
        elif mime.hasText():
            self._text(mime.text(), self.tr("dropped text"))

    def _text(self, text: str, name: str) -> None:
        link = parse_link(text)
        if link is not None and self.on_link is not None:
            self.on_link(link)
        else:
            self.imports.import_text(text, name)
