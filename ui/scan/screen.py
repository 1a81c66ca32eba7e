""" "Scan the screen": read a QR code shown in any window, such as a video call (issue 14).

Every screen is grabbed (``QScreen.grabWindow(0)``: the whole desktop as the compositor shows it)
on the GUI thread, as Qt requires, and searched for a code on the task thread. Wayland
compositors do not let applications read the screen (their portals ask the user through a
separate dialog Qt does not drive): the grab comes back empty, and the learner is told so and
offered the way that works there (a screenshot opened as a QR image).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication, QImage

from ui.scan.pixels import gray_pixels
from wallet.formats.qrimage import read_qr_pixels

__all__ = ["ScreenGrab", "find_code_on_screens", "grab_screens"]


# pyside6-lupdate reads only literal translate("Context", "text") calls, not a wrapper.
translate = QCoreApplication.translate


@dataclass(frozen=True)
class ScreenGrab:
    """The screens' pixels (grey, one byte a pixel), or the sentence saying why there are none."""

    pictures: tuple[tuple[int, int, bytes], ...]
    refusal: str | None = None


def grab_screens() -> ScreenGrab:
    """Grab every screen. GUI thread only."""
    pictures = []
    for screen in QGuiApplication.screens():
        image: QImage = screen.grabWindow(0).toImage()
        if not image.isNull() and image.width() > 0:
            pictures.append(gray_pixels(image))
    if pictures:
        return ScreenGrab(tuple(pictures))
    if QGuiApplication.platformName().startswith("wayland"):
        return ScreenGrab(
            (),
            translate(
                "ScreenScan",
                "Your desktop (Wayland) does not let apps read the screen. Take a screenshot "
                "of the code with your desktop's screenshot tool, then open it as a QR image.",
            ),
        )
    return ScreenGrab(
        (),
        translate(
            "ScreenScan",
            "The screen could not be read on this system. Take a screenshot of the code, then "
            "open it as a QR image.",
        ),
    )


def find_code_on_screens(grab: ScreenGrab) -> str | None:
    """The text of the first QR code on any grabbed screen, or None. Any thread; slow."""
    for width, height, gray in grab.pictures:
        text = read_qr_pixels(width, height, gray)
        if text is not None:
            return text
    return None
