"""Where a QR code can be read from, as one row of buttons: a QR image file, the screen, and the
webcam (shown only where :func:`ui.scan.camera.camera_available`).

The Share dialog uses it for the employer's challenge and verifier mode for what the learner
shows. Each source ends in ``found(text)`` with the code's text, or ``failed(sentence)``; the
slow part (decoding an image, searching a screen) runs through ``ui.common.tasks``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.common.tasks import run_task
from ui.scan.camera import CameraScanner, camera_available, multimedia
from ui.scan.screen import find_code_on_screens, grab_screens
from wallet.errors import InputError
from wallet.formats.qrimage import MAX_IMAGE_BYTES, read_qr_text

__all__ = ["CameraDialog", "QrSources"]

AskImage = Callable[[], Path | None]


class QrSources(QWidget):
    """``ask_image()`` chooses the QR image file (tests replace it)."""

    found = Signal(str)
    failed = Signal(str)
    busy = Signal(bool)

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.what = what  # "the challenge", "the learner's code": for accessible names
        self.ask_image: AskImage = self._ask_image
        self.image_button = QPushButton(self.tr("From a QR &image…"), self)
        self.image_button.setAccessibleName(self.tr("Read %1 from a QR image").replace("%1", what))
        self.image_button.clicked.connect(self.read_image)
        self.screen_button = QPushButton(self.tr("Scan the sc&reen"), self)
        self.screen_button.setAccessibleName(
            self.tr("Read %1 from a QR code on the screen").replace("%1", what)
        )
        self.screen_button.setToolTip(
            self.tr("Reads a QR code shown in any window, such as a video call")
        )
        self.screen_button.clicked.connect(self.scan_screen)
        self.camera_button = QPushButton(self.tr("&Webcam…"), self)
        self.camera_button.setAccessibleName(self.tr("Read %1 with the webcam").replace("%1", what))
        self.camera_button.clicked.connect(self.use_camera)
        self.camera_button.setVisible(camera_available())
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for button in (self.image_button, self.screen_button, self.camera_button):
            row.addWidget(button)
        row.addStretch(1)

    # --- sources ----------------------------------------------------------------------------
    def read_image(self) -> None:
        path = self.ask_image()
        if path is None:
            return

        def work(_: object) -> str:
            with path.open("rb") as handle:
                data = handle.read(MAX_IMAGE_BYTES + 1)
            found = read_qr_text(data)
            if found is None:
                raise InputError("there is no QR code in that image")
            return found.text

        self._run(work)

    def scan_screen(self) -> None:
        grab = grab_screens()  # Qt grabs screens on the GUI thread only
        if grab.refusal is not None:
            self.failed.emit(grab.refusal)
            return

        def work(_: object) -> str:
            text = find_code_on_screens(grab)
            if text is None:
                raise InputError(
                    "no QR code was found on the screen: show the code larger, uncovered by "
                    "other windows, and try again"
                )
            return text

        self._run(work)

    def use_camera(self) -> None:
        dialog = CameraDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.text:
            self.found.emit(dialog.text)
        elif dialog.error:
            self.failed.emit(dialog.error)

    def _run(self, work: Callable[[object], str]) -> None:
        self.busy.emit(True)
        run_task(self, work, self._found, self._failed)

    def _found(self, text: str) -> None:
        self.busy.emit(False)
        self.found.emit(text)

    def _failed(self, error: BaseException) -> None:
        self.busy.emit(False)
        reason = error.strerror if isinstance(error, OSError) else None
        self.failed.emit(reason or str(error))

    def _ask_image(self) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a QR code image"),
            "",
            self.tr("Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp);;All files (*)"),
        )
        return Path(path) if path else None


class CameraDialog(QDialog):
    """The webcam's picture until a QR code is read (``text``), or Cancel. ``sink`` None opens
    the default camera; a test passes its own sink and feeds it frames."""

    def __init__(self, parent: QWidget | None = None, sink: object | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hold the QR code up to the camera"))
        self.text = ""
        self.error = ""
        self.preview = QLabel(self.tr("Starting the camera…"), self)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(480, 360)
        self.preview.setAccessibleName(self.tr("Camera picture"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addWidget(buttons)
        module = multimedia()
        own = sink is None
        if own:
            sink = module.QVideoSink(self) if module is not None else None
        self.scanner: CameraScanner | None = None
        if sink is None:
            self.error = self.tr("No camera is available on this computer.")
            return
        self.scanner = CameraScanner(sink, self)
        self.scanner.frame.connect(self._show)
        self.scanner.found.connect(self._found)
        self.scanner.failed.connect(self._failed)
        if own:
            self.scanner.start_camera()

    def _show(self, image: QImage) -> None:
        self.preview.setPixmap(
            QPixmap.fromImage(image).scaled(
                self.preview.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def _found(self, text: str) -> None:
        self.text = text
        self.accept()

    def _failed(self, sentence: str) -> None:
        self.error = sentence
        self.reject()

    def done(self, result: int) -> None:
        if self.scanner is not None:
            self.scanner.stop()
        super().done(result)
