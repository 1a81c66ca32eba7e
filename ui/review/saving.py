"""What the advisor types in a review (notes, the job description, the challenge, settings),
saved to the workspace a moment after they stop typing, and at once when asked (switching
credentials, going back, closing the window, auto-lock), so nothing typed is ever lost.

Each save is one background task (``ui.common.tasks``, the workspace's one lane) and one durable
transaction per value (:meth:`wallet.review.workspace.Workspace.set_note` and ``set_setting``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer

from ui.common.tasks import run_task
from wallet.review.workspace import Workspace

__all__ = ["SAVE_DELAY_MS", "PendingSaves"]

SAVE_DELAY_MS = 600
NOTE_PREFIX = "note:"


class PendingSaves(QObject):
    """``put("note:<key>", text)`` or ``put("<setting>", value)``; :meth:`flush` writes now."""

    def __init__(
        self,
        parent: QObject,
        workspace: Callable[[], Workspace | None],
        failed: Callable[[BaseException], None],
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._failed = failed
        self._pending: dict[str, Any] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)

    def put(self, name: str, value: Any, *, now: bool = False) -> None:
        self._pending[name] = value
        if now:
            self.flush()
        else:
            self._timer.start()

    def flush(self) -> None:
        """Write everything pending (background); returns at once."""
        self._timer.stop()
        workspace, pending = self._workspace(), dict(self._pending)
        self._pending.clear()
        if workspace is None or not pending:
            return

        def work(_: object) -> None:
            for name, value in pending.items():
                if name.startswith(NOTE_PREFIX):
                    workspace.set_note(name.removeprefix(NOTE_PREFIX), value)
                else:
                    workspace.set_setting(name, value)

        run_task(self, work, lambda _: None, self._failed)
