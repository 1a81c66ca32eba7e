"""Where the text of a link comes from: pasted, read from a QR image, or a source another part
of the app provides (a webcam, "Scan the screen").

A source is anything with a ``label`` (the button's text, with its mnemonic) and
``read(parent, deliver)``: it gets the text however it likes, on the GUI thread or through the
background helper, and calls ``deliver(text)`` on the GUI thread when it has one (never when
the person gave up). ``ExchangeScreens.add_source`` adds one to both screens; interview mode's
camera and screen scanner (issue 14) plug in there.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ui.common.tasks import run_task
from wallet.errors import InputError
from wallet.formats.qrimage import MAX_IMAGE_BYTES, read_qr_text

__all__ = ["ClipboardSource", "QrImageSource", "QrTextSource", "default_sources"]

Deliver = Callable[[str], None]


# pyside6-lupdate reads only literal translate("Context", "text") calls, not a wrapper.
translate = QCoreApplication.translate


class QrTextSource(Protocol):
    @property
    def label(self) -> str: ...

    def read(self, parent: QWidget, deliver: Deliver) -> None: ...


class ClipboardSource:
    """The clipboard's text (Ctrl+V works in the field too; this is the button for it)."""

    @property
    def label(self) -> str:
        return translate("QrTextSource", "&Paste")

    def read(self, parent: QWidget, deliver: Deliver) -> None:
        text = QGuiApplication.clipboard().text().strip()
        if text:
            deliver(text)


class QrImageSource:
    """A QR code in an image file (a screenshot, a photo), read in the background with the
    wallet's bounded reader. ``ask_path`` is the seam tests replace."""

    def __init__(self) -> None:
        self.ask_path: Callable[[QWidget], Path | None] = self._ask

    @property
    def label(self) -> str:
        return translate("QrTextSource", "Open a &QR image…")

    @staticmethod
    def _ask(parent: QWidget) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            parent,
            translate("QrTextSource", "Open a QR code image"),
            "",
            translate(
                "QrTextSource", "Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp);;All files (*)"
            ),
        )
        return Path(name) if name else None

    def read(self, parent: QWidget, deliver: Deliver) -> None:
        path = self.ask_path(parent)
        if path is None:
            return

        def work(_: object) -> str | None:
            with path.open("rb") as handle:
                data = handle.read(MAX_IMAGE_BYTES + 1)
            found = read_qr_text(data)
            return None if found is None else found.text

        def done(text: str | None) -> None:
            if text:
                deliver(text.strip())
            else:
                _warn(parent, translate("QrTextSource", "No QR code could be read in that image."))

        run_task(parent, work, done, lambda e: _warn(parent, _why(e)))


def _why(error: BaseException) -> str:
    if isinstance(error, InputError):
        return str(error)
    if isinstance(error, OSError):
        return translate("QrTextSource", "The image could not be read: ") + (
            error.strerror or str(error)
        )
    return str(error)


def _warn(parent: QWidget, text: str) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Warning, translate("QrTextSource", "QR code"), text, parent=parent
    )
    box.setAccessibleName(translate("QrTextSource", "QR code"))
    box.open()


def default_sources() -> list[QrTextSource]:
    return [ClipboardSource(), QrImageSource()]
