"""The webcam and "Scan the screen" as link sources for the receive and respond screens (issue 16:
"the same QR input as verifier mode").

Both reuse :mod:`ui.scan`: the screens are grabbed on the GUI thread and searched on the task
thread (:func:`ui.scan.screen.find_code_on_screens`), the camera is :class:`CameraDialog`. The
webcam is offered only where :func:`ui.scan.camera.camera_available`, as everywhere else
(:class:`ui.exchange.screens.ExchangeScreens` asks once, when a screen first opens).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from ui.common.tasks import run_task
from ui.scan.screen import ScreenGrab, find_code_on_screens, grab_screens
from ui.scan.sources import CameraDialog

__all__ = ["CameraSource", "ScreenSource"]

Deliver = Callable[[str], None]
# pyside6-lupdate reads only literal translate("Context", "text") calls, not a wrapper.
translate = QCoreApplication.translate


class ScreenSource:
    """A QR code shown in any window (a video call, a browser). ``grab`` is the seam tests can
    replace; by default every screen as the compositor shows it."""

    def __init__(self) -> None:
        self.grab: Callable[[], ScreenGrab] = grab_screens

    @property
    def label(self) -> str:
        return translate("ScanSource", "Scan the sc&reen")

    def read(self, parent: QWidget, deliver: Deliver) -> None:
        grab = self.grab()  # Qt grabs screens on the GUI thread only
        if grab.refusal is not None:
            _warn(parent, grab.refusal)
            return

        def done(text: str | None) -> None:
            if text:
                deliver(text.strip())
            else:
                _warn(
                    parent,
                    translate(
                        "ScanSource",
                        "No QR code was found on the screen: show the code larger, uncovered "
                        "by other windows, and try again.",
                    ),
                )

        run_task(
            parent, lambda _: find_code_on_screens(grab), done, lambda e: _warn(parent, str(e))
        )


class CameraSource:
    """The webcam's picture until a QR code is read."""

    @property
    def label(self) -> str:
        return translate("ScanSource", "&Webcam…")

    def read(self, parent: QWidget, deliver: Deliver) -> None:
        dialog = CameraDialog(parent)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.text:
            deliver(dialog.text.strip())
        elif dialog.error:
            _warn(parent, dialog.error)


def _warn(parent: QWidget, text: str) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Warning, translate("ScanSource", "QR code"), text, parent=parent
    )
    box.setAccessibleName(translate("ScanSource", "QR code"))
    box.open()
