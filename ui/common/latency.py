"""A timer-latency probe: how long the GUI thread was kept from running its event loop.

A zero-work :class:`QTimer` fires every ``interval_ms``; any gap beyond that between two firings is
time the GUI thread spent on something else. Used by the tests and ``benchmarks/bench_ui.py`` to
show that unlock, import and verification never block the GUI thread for more than 100 ms.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Qt, QTimer

__all__ = ["LatencyProbe"]


class LatencyProbe(QObject):
    """Start it, do the work, stop it; :attr:`worst_ms` is the longest stall seen (GUI thread)."""

    def __init__(self, interval_ms: int = 5, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.interval_ms = interval_ms
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0
        self.worst_ms = 0.0
        self.ticks = 0

    def start(self) -> None:
        self.worst_ms = 0.0
        self.ticks = 0
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> float:
        self._tick()
        self._timer.stop()
        return self.worst_ms

    def _tick(self) -> None:
        now = time.perf_counter()
        stall = (now - self._last) * 1000 - self.interval_ms
        self.worst_ms = max(self.worst_ms, stall)
        self._last = now
        self.ticks += 1
