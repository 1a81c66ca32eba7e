"""Auto-lock: fire ``idle`` after a stretch with no keyboard or mouse input to the app.

While a QR code is on screen for a verifier (interview mode, the Share dialog's code) the
learner does not touch the keyboard, and locking would replace the code with "Unlock your
wallet" mid-interview (issue 14). :meth:`IdleWatcher.hold` pauses the countdown until every
hold is released; then it starts again from the full timeout.
"""

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
        self._holds: set[object] = set()
        self._armed = False  # the countdown runs (or would, but for a hold)

    def set_timeout_ms(self, ms: int) -> None:
        self._timer.stop()
        self._armed = ms > 0
        if ms > 0:
            self._timer.setInterval(ms)
            if not self._holds:
                self._timer.start()

    def hold(self, owner: object) -> None:
        """Pause auto-lock while ``owner`` (a code on screen) is shown."""
        self._holds.add(owner)
        self._timer.stop()

    def release(self, owner: object) -> None:
        """End ``owner``'s hold; the countdown restarts when no hold is left."""
        self._holds.discard(owner)
        if not self._holds and self._armed and self._timer.interval() > 0:
            self._timer.start()

    @property
    def held(self) -> bool:
        return bool(self._holds)

    def active(self) -> bool:
        return self._timer.isActive()

    def stop(self) -> None:
        self._timer.stop()
        self._armed = False
        self._holds.clear()

    def resume(self) -> None:
        self._armed = self._timer.interval() > 0
        if self._armed and not self._holds:
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT and self._timer.isActive():
            self._timer.start()  # restart the countdown
        return False


def find_idle(widget: QObject | None) -> IdleWatcher | None:
    """The window's auto-lock watcher, looked up from any widget inside it (None outside one)."""
    while widget is not None:
        watcher = getattr(widget, "idle", None)
        if isinstance(watcher, IdleWatcher):
            return watcher
        widget = widget.parent()
    return None
