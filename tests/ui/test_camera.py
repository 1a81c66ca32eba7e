"""The webcam path without a webcam: frames pushed into the QVideoSink a camera would fill are
searched for a code (throttled, one at a time), and the first code found ends the scan. Where
QtMultimedia cannot load, the webcam option is hidden."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from ui.scan.camera import camera_available, multimedia
from ui.scan.sources import CameraDialog, QrSources
from wallet.present.challenge import ChallengeRequest
from wallet.present.qr import fit_qr


def _frames(module, text: str):
    code = fit_qr(text, "url")
    assert code is not None
    blank = QImage(640, 480, QImage.Format.Format_RGB32)
    blank.fill(0xFF808080)
    picture = QImage.fromData(code.png(6))
    return module.QVideoFrame(blank), module.QVideoFrame(picture.convertToFormat(blank.format()))


def test_the_webcam_button_is_shown_only_where_a_camera_works(qtbot) -> None:
    sources = QrSources("the challenge")
    qtbot.addWidget(sources)
    assert sources.camera_button.isVisibleTo(sources) is camera_available()


def test_frames_with_a_code_end_the_scan(qtbot) -> None:
    module = multimedia()
    if module is None:
        pytest.skip("QtMultimedia cannot be loaded here (PySide6-Addons or libpulse missing)")
    sink = module.QVideoSink()
    dialog = CameraDialog(None, sink=sink)
    qtbot.addWidget(dialog)
    dialog.show()
    text = ChallengeRequest("camera-challenge", "hr.example").to_text()
    empty, with_code = _frames(module, text)
    sink.setVideoFrame(empty)
    qtbot.wait(300)
    assert dialog.isVisible() and not dialog.text
    qtbot.waitUntil(lambda: not dialog.scanner._busy, timeout=10_000)
    qtbot.wait(300)  # past the throttle
    sink.setVideoFrame(with_code)
    qtbot.waitUntil(lambda: dialog.text == text, timeout=10_000)
    assert not dialog.isVisible()
