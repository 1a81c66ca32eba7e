"""The webcam as a QR reader, through QtMultimedia where it exists (issue 14).

QtMultimedia ships in the ``PySide6-Addons`` wheel (pinned to the same version as
``PySide6-Essentials`` in pyproject.toml) and needs the system's audio client library to load;
where either is missing, or no camera is plugged in, :func:`camera_available` is False and the
app hides every webcam option rather than showing one that cannot work.

Frames arrive on a ``QVideoSink`` (a camera's, through a ``QMediaCaptureSession``, or one a test
feeds). At most one frame at a time is searched, on the read lane of ``ui.common.tasks`` (pure
computation over a copy of the pixels: it never touches the vault or a widget), and no more
often than every :data:`SCAN_INTERVAL_MS`, so a 30 fps camera costs a few scans a second.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QImage

from ui.common.tasks import run_read
from ui.scan.pixels import gray_pixels
from wallet.formats.qrimage import read_qr_pixels

__all__ = ["SCAN_INTERVAL_MS", "CameraScanner", "camera_available", "multimedia"]

SCAN_INTERVAL_MS = 250
PREVIEW_INTERVAL_MS = 66  # ~15 pictures a second for the preview: enough to aim the code
# A camera frame is reduced to this many pixels a side before it is searched: a code held up to
# a webcam fills much of the frame, and a smaller picture is searched several times faster.
_FRAME_SIDE = 1024


def multimedia() -> Any:
    """The QtMultimedia module, or None where it cannot be loaded."""
    try:
        from PySide6 import QtMultimedia
    except ImportError:
        return None
    return QtMultimedia


def camera_available() -> bool:
    """Whether a webcam can be used here: QtMultimedia loads and lists a camera."""
    module = multimedia()
    return module is not None and bool(module.QMediaDevices.videoInputs())


class CameraScanner(QObject):
    """Reads the frames of ``sink`` (a ``QVideoSink``) until a QR code is found.

    ``frame`` carries each frame shown (for a preview); ``found`` the text of the first code;
    ``failed`` a sentence when the camera cannot be used. :meth:`start_camera` opens the default
    camera on the sink; tests push frames into the sink instead.
    """

    frame = Signal(QImage)
    found = Signal(str)
    failed = Signal(str)

    def __init__(self, sink: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sink = sink
        self._busy = False
        self._last = 0.0
        self._shown = 0.0
        self._done = False
        self._camera: Any = None
        self._session: Any = None
        sink.videoFrameChanged.connect(self._frame)

    def start_camera(self) -> None:
        module = multimedia()
        if module is None or not module.QMediaDevices.videoInputs():
            self.failed.emit(self.tr("No camera is available on this computer."))
            return
        self._camera = module.QCamera(module.QMediaDevices.defaultVideoInput(), self)
        self._camera.errorOccurred.connect(
            lambda _error, text: self.failed.emit(self.tr("The camera failed: ") + text)
        )
        self._session = module.QMediaCaptureSession(self)
        self._session.setCamera(self._camera)
        self._session.setVideoSink(self.sink)
        self._camera.start()

    def stop(self) -> None:
        self._done = True
        if self._camera is not None:
            self._camera.stop()

    def _frame(self, frame: Any) -> None:
        """A frame arrived (GUI thread). Converting it costs milliseconds, so only the frames
        previewed or searched are converted."""
        if self._done or not frame.isValid():
            return
        now = time.monotonic()
        preview = (now - self._shown) * 1000 >= PREVIEW_INTERVAL_MS
        scan = not self._busy and (now - self._last) * 1000 >= SCAN_INTERVAL_MS
        if not (preview or scan):
            return
        image = frame.toImage()
        if image.isNull():
            return
        if preview:
            self._shown = now
            self.frame.emit(image)
        if not scan:
            return
        self._busy, self._last = True, now
        if max(image.width(), image.height()) > _FRAME_SIDE:
            image = image.scaled(
                _FRAME_SIDE, _FRAME_SIDE, aspectMode=Qt.AspectRatioMode.KeepAspectRatio
            )
        width, height, gray = gray_pixels(image)
        run_read(
            self,
            lambda _: read_qr_pixels(width, height, gray),
            self._scanned,
            lambda _error: self._scanned(None),
        )

    def _scanned(self, text: str | None) -> None:
        self._busy = False
        if text and not self._done:
            self._done = True
            self.stop()
            self.found.emit(text)
