"""The one background helper: every slow call (unlock, import, verify, backup, network) goes here.

Modelled on Anki's ``CollectionOp``/``QueryOp`` (qt/aqt/operations/__init__.py): the work runs on
an executor, and its result or its exception is delivered back **on the GUI thread**, so callbacks
may touch widgets and the work itself never does. A call site stays one line::

    run_task(self, lambda task: service.unlock(passphrase), self._unlocked, self._failed)

Work runs on ONE worker thread, in submission order (the service is used by one thread at a time,
and "lock" queued after "import" must not overtake it). Long work reports progress through the
:class:`TaskContext` it is given and polls :meth:`TaskContext.cancelled`; :meth:`Task.with_progress`
shows a progress dialog with a Cancel button for it.

:func:`run_read` is the one other lane: a second worker thread for short reads the service
declares safe alongside any other call (``WalletService.image``), so badge pictures appear while
a long import still holds the main lane.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

__all__ = ["Task", "TaskContext", "busy", "run_read", "run_task", "wait_for_tasks"]

T = TypeVar("T")

_executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="wallet-task")
_reader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="wallet-read")
_running: set[Task[Any]] = set()
# Progress reaches the GUI at most this often; more would only cost the GUI thread time.
_PROGRESS_INTERVAL_S = 0.05


class TaskContext:
    """What the work sees: report progress, ask whether the user cancelled. Thread-safe."""

    def __init__(self, relay: _Relay) -> None:
        self._relay = relay
        self._cancel = threading.Event()
        self._last = 0.0

    def progress(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done >= total or now - self._last >= _PROGRESS_INTERVAL_S:
            self._last = now
            self._relay.progressed.emit(done, total)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


class _Relay(QObject):
    """Lives on the GUI thread; signals emitted from the worker arrive there queued."""

    finished = Signal(object, object)  # result, exception
    progressed = Signal(int, int)


class Task(Generic[T]):
    """One piece of background work and what to do with its outcome.

    ``on_success(result)`` or ``on_failure(exception)`` runs on the GUI thread, and only while
    ``parent`` still exists. Without ``on_failure`` an exception is re-raised on the GUI thread
    (so tests and the crash handler see it).
    """

    def __init__(
        self,
        parent: QObject,
        work: Callable[[TaskContext], T],
        on_success: Callable[[T], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        self._parent = parent
        self._work = work
        self._on_success = on_success
        self._on_failure = on_failure
        self._relay = _Relay()
        self.context = TaskContext(self._relay)
        self._dialog: QProgressDialog | None = None
        self._progress_label: str | None = None
        self._cancellable = False
        self._progress_callbacks: list[Callable[[int, int], None]] = []
        self.future: Future[T] | None = None

    def with_progress(self, label: str, *, cancellable: bool = False) -> Task[T]:
        """Show a progress dialog (after a short delay) while the work runs."""
        self._progress_label = label
        self._cancellable = cancellable
        return self

    def on_progress(self, callback: Callable[[int, int], None]) -> Task[T]:
        """Also deliver progress to ``callback(done, total)`` on the GUI thread (a progress bar
        on the page itself), while ``parent`` exists."""
        self._progress_callbacks.append(callback)
        return self

    def run(self, executor: ThreadPoolExecutor | None = None) -> Task[T]:
        """Submit the work (to the main lane unless ``executor`` is given); returns at once."""
        self._relay.finished.connect(self._finish, Qt.ConnectionType.QueuedConnection)
        self._relay.progressed.connect(self._progress, Qt.ConnectionType.QueuedConnection)
        if self._progress_label is not None:
            self._show_dialog(self._progress_label)
        _running.add(self)
        self.future = (executor or _executor).submit(self._call)
        return self

    def _call(self) -> T:
        try:
            result = self._work(self.context)
        except BaseException as exc:
            self._relay.finished.emit(None, exc)
            raise
        self._relay.finished.emit(result, None)
        return result

    def _show_dialog(self, label: str) -> None:
        window = self._parent if isinstance(self._parent, QWidget) else None
        dialog = QProgressDialog(label, "", 0, 0, window)
        dialog.setWindowTitle(label)
        dialog.setAccessibleName(label)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)  # quick work finishes before anything flashes
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if self._cancellable:
            dialog.setCancelButtonText(QCoreApplication.translate("Tasks", "Cancel"))
            dialog.canceled.connect(self.context.cancel)
        else:
            dialog.setCancelButton(None)
        self._dialog = dialog

    def _progress(self, done: int, total: int) -> None:
        if shiboken6.isValid(self._parent):
            for callback in self._progress_callbacks:
                callback(done, total)
        if self._dialog is not None and shiboken6.isValid(self._dialog):
            self._dialog.setMaximum(max(total, 1))
            self._dialog.setValue(min(done, total))

    def _finish(self, result: Any, error: BaseException | None) -> None:
        _running.discard(self)
        if self._dialog is not None and shiboken6.isValid(self._dialog):
            self._dialog.reset()
            self._dialog.deleteLater()
        self._dialog = None
        if not shiboken6.isValid(self._parent):
            return  # the window that asked is gone; nobody to tell
        if error is None:
            if self._on_success is not None:
                self._on_success(result)
        elif self._on_failure is not None:
            self._on_failure(error)
        else:
            raise error


def run_task(
    parent: QObject,
    work: Callable[[TaskContext], T],
    on_success: Callable[[T], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
) -> Task[T]:
    """Run ``work`` in the background; see :class:`Task`. The one-line form for call sites."""
    return Task(parent, work, on_success, on_failure).run()


def run_read(
    parent: QObject,
    work: Callable[[TaskContext], T],
    on_success: Callable[[T], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
) -> Task[T]:
    """:func:`run_task` on the read lane: only for service calls documented as safe to run
    while another call is in progress (``WalletService.image``). Same delivery rules."""
    return Task(parent, work, on_success, on_failure).run(_reader)


def wait_for_tasks(timeout_s: float = 10.0) -> bool:
    """Block until queued work on both lanes has finished (for shutdown and tests). True when
    all is done. Delivery callbacks still need the event loop to run afterwards.
    """
    for executor in (_executor, _reader):
        marker = executor.submit(lambda: None)
        try:
            marker.result(timeout=timeout_s)
        except TimeoutError:
            return False
    return True


def run_events_until(done: Callable[[], bool], timeout_s: float, poll_ms: int = 5) -> bool:
    """Run the GUI event loop until ``done()`` or the timeout, for scripts driving the app
    (benchmarks, screenshots): outcomes are delivered on this thread, so it must keep turning.
    True when ``done()`` became true. GUI thread only."""
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(poll_ms)
    timer.timeout.connect(lambda: loop.quit() if done() else None)
    timer.start()
    deadline = time.monotonic() + timeout_s
    while not done() and time.monotonic() < deadline:
        loop.exec()
    timer.stop()
    return done()


def busy() -> bool:
    """True while any task has not yet delivered its outcome."""
    return bool(_running)
