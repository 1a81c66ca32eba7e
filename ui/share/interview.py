"""Interview mode: the learner's codes full screen, for a verifier's phone across the table or a
video call (issue 14).

Black on white whatever the palette (an inverted code does not scan), the code as large as the
screen allows in whole pixels a module with its quiet zone, and under it the credential's name and
issuer from the signed view; "2 of 4" with Previous and Next (←/→, Page Up/Down, Space) when there
are several codes; Esc leaves, F11 switches between full screen and a window.

The densest code allowed is chosen from the room the code actually has once the window is laid
out (:func:`wallet.present.qr.max_version_for`), then the slides are made through
``ui.common.tasks`` (:class:`wallet.present.interview.InterviewDeck`), the first one at once and
each other when it is first shown. Auto-lock is held while the window is open
(:meth:`ui.common.idle.IdleWatcher.hold`) and resumes when it closes.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QColor, QFont, QKeyEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.common.idle import IdleWatcher, find_idle
from ui.common.plurals import english
from ui.common.tasks import run_task
from wallet.present.interview import Slide
from wallet.present.qr import MIN_MODULE_PX, QUIET_ZONE, QrCode, max_version_for, module_px_for

__all__ = ["FixedSlides", "InterviewWindow", "Slides"]

_BLACK, _WHITE = QColor("#000000"), QColor("#ffffff")
_MARGINS = (12, 8, 12, 8)


class Slides(Protocol):
    """What interview mode shows: :class:`wallet.present.interview.InterviewDeck` or fixed
    slides. ``plan`` and ``slide`` may be slow: they run on the task thread."""

    def plan(self) -> int: ...

    def slide(self, index: int) -> Slide: ...


class FixedSlides:
    """Slides made already (the Share dialog's code, shown full screen as it is)."""

    def __init__(self, slides: list[Slide]) -> None:
        self._slides = slides

    def plan(self) -> int:
        return len(self._slides)

    def slide(self, index: int) -> Slide:
        return self._slides[index]


class CodeView(QWidget):
    """The code, painted as large as this widget allows; a sentence when there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code: QrCode | None = None
        self.text = ""
        self.painted_at: float | None = None  # time.perf_counter() of the first code painted
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("QR code"))

    def show_code(self, code: QrCode | None, text: str = "") -> None:
        self.code, self.text = code, text
        if code is not None:
            self.setAccessibleDescription(
                self.tr("QR code version %1, %2 modules a side")
                .replace("%1", str(code.version))
                .replace("%2", str(code.size))
            )
        self.update()

    def module_px(self) -> int:
        if self.code is None:
            return 0
        return module_px_for(self.code, min(self.width(), self.height()))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), _WHITE)
        code, px = self.code, self.module_px()
        if code is None or px == 0:
            painter.setPen(_BLACK)
            font = painter.font()
            font.setPointSizeF(font.pointSizeF() * 1.4)
            painter.setFont(font)
            text = self.text
            if code is not None:
                text = self.tr("The window is too small for this code: press F11 for full screen.")
            painter.drawText(
                self.rect().adjusted(48, 48, -48, -48),
                int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                text,
            )
            painter.end()
            return
        side = (code.size + 2 * QUIET_ZONE) * px
        left, top = (self.width() - side) // 2, (self.height() - side) // 2
        origin = QUIET_ZONE * px
        for y, start, end in code.dark_runs():
            painter.fillRect(
                QRect(left + origin + start * px, top + origin + y * px, (end - start) * px, px),
                _BLACK,
            )
        painter.end()
        if self.painted_at is None:
            self.painted_at = time.perf_counter()


class InterviewWindow(QWidget):
    """A top-level window showing ``slides``. ``closed`` fires when it is closed."""

    closed = Signal()

    def __init__(
        self,
        make: Callable[[int], Slides],
        parent: QWidget | None = None,
        *,
        full_screen: bool = True,
    ) -> None:
        # A window of its own (not a child), so it can cover the whole screen; ``parent`` only
        # finds the main window's auto-lock watcher.
        super().__init__(None, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Interview mode"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self._make = make
        self._slides: Slides | None = None
        self._count = 0
        self.index = 0
        self.current: Slide | None = None
        self.shown = 0  # slides shown so far (for tests and benchmarks waiting on the next one)
        self.error = ""
        self._idle: IdleWatcher | None = find_idle(parent)
        self._full_screen = full_screen
        palette = self.palette()
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button):
            palette.setColor(role, _WHITE)
        for role in (
            QPalette.ColorRole.WindowText,
            QPalette.ColorRole.Text,
            QPalette.ColorRole.ButtonText,
        ):
            palette.setColor(role, _BLACK)
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        self.view = CodeView(self)
        self.view.show_code(None, self.tr("Preparing your code…"))
        self.name = self._label(1.6, bold=True, accessible=self.tr("Credential"))
        self.issuer = self._label(1.2, accessible=self.tr("Issuer"))
        self.position = self._label(1.2, accessible=self.tr("Code number"))
        self.note = self._label(0.95, accessible=self.tr("About this code"))
        self.previous = QPushButton(self.tr("← &Previous"), self)
        self.previous.setAccessibleName(self.tr("Previous code"))
        self.previous.clicked.connect(lambda: self.go(self.index - 1))
        self.next = QPushButton(self.tr("&Next →"), self)
        self.next.setAccessibleName(self.tr("Next code"))
        self.next.clicked.connect(lambda: self.go(self.index + 1))
        self.leave = QPushButton(self.tr("Leave (Esc)"), self)
        self.leave.setAccessibleName(self.tr("Leave interview mode"))
        self.leave.clicked.connect(self.close)
        for button in (self.previous, self.next, self.leave):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        # The words go under the code; a code that needs the screen's whole height (a dense one
        # on a 1366×768 laptop) gets it, and the words move beside it (see _arrange).
        self.words = QWidget(self)
        column = QVBoxLayout(self.words)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.previous, self.next, self.leave):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addStretch(1)
        for label in (self.name, self.issuer, self.position, self.note):
            column.addWidget(label)
        column.addLayout(buttons)
        column.addStretch(1)
        self.layout_box = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        self.layout_box.setContentsMargins(*_MARGINS)
        self.layout_box.setSpacing(8)
        self.layout_box.addWidget(self.view, 1)
        self.layout_box.addWidget(self.words)
        self._show_position()
        # Never so small that the four lines of words are drawn over each other (a window
        # shown before the window manager sizes it, or F11 back to a window).
        self.setMinimumSize(480, 360)

    def _label(self, scale: float, *, bold: bool = False, accessible: str) -> QLabel:
        label = QLabel(self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setAccessibleName(accessible)
        font = QFont(label.font())
        font.setPointSizeF(font.pointSizeF() * scale)
        font.setBold(bold)
        label.setFont(font)
        return label

    # --- life cycle -------------------------------------------------------------------------
    def start(self) -> None:
        """Show the window, then make the slides for the room the code has."""
        if self._full_screen:
            screen = self.screen()
            if screen is not None:
                # Without a window manager (a bare X session, a kiosk) the full-screen state is
                # never applied and the window kept its first size: give it the screen itself.
                self.setGeometry(screen.geometry())
            self.showFullScreen()
        else:
            self.show()
        if self._idle is not None:
            self._idle.hold(self)
        # The layout has its final geometry once the show has been processed.
        QTimer.singleShot(0, self._plan)

    def _room(self) -> int:
        """The largest square the code can have: the window less its margins. Full screen, the
        screen's size: the window manager may not have applied it yet when the deck is planned."""
        left, top, right, bottom = _MARGINS
        size = self._target()
        return min(size.width() - left - right, size.height() - top - bottom)

    def _target(self) -> QSize:
        screen = self.screen()
        if self.isFullScreen() and screen is not None:
            return screen.geometry().size()
        return self.size()

    def _plan(self) -> None:
        slides = self._make(max_version_for(self._room()))

        def work(_: object) -> tuple[int, Slide]:
            count = slides.plan()
            return count, slides.slide(0)

        run_task(self, work, lambda result: self._planned(slides, *result), self._failed)

    def _planned(self, slides: Slides, count: int, first: Slide) -> None:
        self._slides, self._count = slides, count
        self._show(0, first)
        after = getattr(slides, "after_shown", None)  # the share history, once it is on screen
        if callable(after):
            run_task(self, lambda _: after(), None, self._failed)

    def go(self, index: int) -> None:
        slides = self._slides
        if slides is None or not 0 <= index < self._count or index == self.index:
            return
        self.index = index
        self._show_position()
        run_task(
            self,
            lambda _: slides.slide(index),
            lambda slide: self._show(index, slide) if index == self.index else None,
            self._failed,
        )

    def _arrange(self, code: QrCode | None) -> None:
        """Words under the code when it still gets 4 px a module there, else beside it."""
        under = True
        if code is not None:
            needed = (code.size + 2 * QUIET_ZONE) * MIN_MODULE_PX
            left, top, right, bottom = _MARGINS
            words = self.words.sizeHint().height() + self.layout_box.spacing()
            size = self._target()
            height = size.height() - top - bottom - words
            under = needed <= min(size.width() - left - right, height)
        direction = QBoxLayout.Direction.TopToBottom if under else QBoxLayout.Direction.LeftToRight
        self.layout_box.setDirection(direction)
        align = Qt.AlignmentFlag.AlignCenter if under else Qt.AlignmentFlag.AlignLeft
        for label in (self.name, self.issuer, self.position, self.note):
            label.setAlignment(align | Qt.AlignmentFlag.AlignVCenter)
        unlimited = 16_777_215
        beside = max(self._target().width() - self._room(), 240)
        self.words.setMaximumWidth(unlimited if under else beside)
        self.view.setMaximumWidth(unlimited if under else self._room())
        vertical = QSizePolicy.Policy.Maximum if under else QSizePolicy.Policy.Preferred
        self.words.setSizePolicy(QSizePolicy.Policy.Preferred, vertical)
        self.layout_box.activate()  # the code's size is read right after (module_px)

    def _show(self, index: int, slide: Slide) -> None:
        self.index, self.current = index, slide
        self.shown += 1
        self._arrange(slide.code)
        self.view.show_code(slide.code, _sentence(slide.message))
        names = [c.name for c in slide.credentials]
        if len(names) == 1:
            self.name.setText(names[0])
        else:
            count = len(names)
            self.name.setText(
                english(self.tr("%n credential(s): ", "", count), count) + ", ".join(names)
            )
        issuers = list(dict.fromkeys(c.issuer for c in slide.credentials if c.issuer))
        by = self.tr("Issued by %1").replace("%1", ", ".join(issuers)) if issuers else ""
        self.issuer.setText(by)
        if slide.code is None:
            self.note.setText("")
        elif slide.kind == "link":
            self.note.setText(
                self.tr(
                    "A link to the credential's public page: the link proves nothing by itself."
                )
            )
        else:
            self.note.setText(
                self.tr(
                    "A signed presentation: scan it with Learner Credential Wallet, VerifierPlus "
                    "or Learner Wallet's “Check someone's credentials”."
                )
            )
        self._show_position()

    def _show_position(self) -> None:
        several = self._count > 1
        self.position.setText(
            self.tr("%1 of %2").replace("%1", str(self.index + 1)).replace("%2", str(self._count))
            + "  ·  "
            + self.tr("← → for the others, Esc to leave")
            if several
            else self.tr("Esc to leave")
        )
        self.previous.setVisible(several)
        self.next.setVisible(several)
        self.previous.setEnabled(self.index > 0)
        self.next.setEnabled(self.index < self._count - 1)

    def _failed(self, error: BaseException) -> None:
        self.error = str(error) or type(error).__name__
        self.view.show_code(None, self.tr("No code can be shown: ") + self.error)

    # --- keys -------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.close()
        elif key == Qt.Key.Key_F11:
            if self.isFullScreen():
                self.showNormal()
            else:
                self.showFullScreen()
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Down):
            self.go(self.index + 1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace, Qt.Key.Key_Up):
            self.go(self.index - 1)
        elif key == Qt.Key.Key_Home:
            self.go(0)
        elif key == Qt.Key.Key_End:
            self.go(self._count - 1)
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._idle is not None:
            self._idle.release(self)
        self.closed.emit()
        super().closeEvent(event)


def _sentence(message: str) -> str:
    return (message[:1].upper() + message[1:] + ".") if message else ""
