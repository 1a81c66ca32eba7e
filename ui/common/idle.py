"""Auto-lock: fire ``idle`` after a stretch with no keyboard or mouse input to the app."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

__all__ = ["IdleWatcher"]

_INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatcher(QObject):
    """Install on the application; ``set_timeout_ms(0)`` disables it."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)

    def set_timeout_ms(self, ms: int) -> None:
        self._timer.stop()
        if ms > 0:
            self._timer.setInterval(ms)
            self._timer.start()

    def active(self) -> bool:
        return self._timer.isActive()

    def stop(self) -> None:
        self._timer.stop()

    def resume(self) -> None:
        if self._timer.interval() > 0:
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT and self._timer.isActive():
            self._timer.start()  # restart the countdown
        return False
