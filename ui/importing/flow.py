"""One import, from whatever the learner gave to the report at the end.

Reading files, decoding QR images and ``WalletService.import_many`` (which verifies on every
core) all run in one background task with a cancellable progress dialog; the report dialog and
the library refresh happen on the GUI thread when it is done.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ui.common.tasks import Task, TaskContext
from ui.importing.report_dialog import ImportReportDialog, summary_line
from ui.importing.sources import Input, Rejected, pasted_input, read_paths, sample_paths
from ui.window.wallet_state import WalletState

__all__ = ["ImportFlow"]


class ImportFlow(QObject):
    """``finished(outcomes)`` after each import; ``show_report`` decides whether a dialog opens."""

    finished = Signal(list)

    def __init__(self, state: WalletState, window: QWidget, show_report: bool = True) -> None:
        super().__init__(window)
        self.state = state
        self.window = window
        self.show_report = show_report
        # Removing what an import brought that is not genuine (the window's bulk removal).
        self.remove: Callable[[list[str]], None] | None = None

    def import_paths(self, paths: list[Path]) -> None:
        self._run(lambda: read_paths(paths))

    def import_text(self, text: str, name: str = "pasted text") -> None:
        self._run(lambda: [pasted_input(text, name)])

    def import_qr_images(self, paths: list[Path]) -> None:
        """Images holding a QR code: the core finds and reads the code (``VP1-``, URL, JWT)."""
        self._run(lambda: read_paths(paths))

    def add_samples(self) -> None:
        self._run(lambda: read_paths(sample_paths()))

    def _run(self, gather: Callable[[], list[Input]]) -> None:
        service = self.state.service
        if service is None or not self.state.is_unlocked:
            return

        def work(task: TaskContext) -> list[Any]:
            inputs = gather()
            good = [i for i in inputs if not i.problem]
            outcomes = list(
                service.import_many(good, progress=task.progress, cancel=task.cancelled)
                if good
                else []
            )
            outcomes += [Rejected(i.name, i.problem) for i in inputs if i.problem]
            return outcomes

        label = self.tr("Importing credentials…")
        Task(self.window, work, self._done, self._failed).with_progress(
            label, cancellable=True
        ).run()

    def _done(self, outcomes: list[Any]) -> None:
        self.state.refresh()
        self.finished.emit(outcomes)
        status_bar = getattr(self.window, "statusBar", None)
        if callable(status_bar):
            status_bar().showMessage(summary_line(outcomes), 8000)
        if self.show_report and outcomes:
            ImportReportDialog(outcomes, self.window, self.remove).open()

    def _failed(self, error: BaseException) -> None:
        self.state.failed.emit(str(error))
