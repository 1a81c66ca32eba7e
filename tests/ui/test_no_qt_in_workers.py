"""No background task calls Qt (beyond emitting its own finished signal).

PySide6 keeps the GIL through many Qt calls, and Qt's connection locks are shared between
unrelated objects, so a worker that builds or drops a Qt object can deadlock with the GUI thread
disconnecting a signal (a hung share test showed it: QImageReader probing the SVG plugin in a
worker). Every task's work therefore runs here under a profiler that records each call into a
PySide6 function, while the paths that once drew in workers run: the library's pictures, the PDF
evidence pack, and the verifier's exported PDF.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import Any

import pytest

import ui.common.tasks as tasks
from tests.ui.conftest import open_with_samples
from tests.ui.test_verifier_export import NOW, _export, _inputs
from ui.share.presenting import ShareFormat
from ui.verifier.window import VerifierWindow
from wallet.present.holder import HolderKey

TIMEOUT = 60_000
ALLOWED = {"emit"}  # the task's relay says it finished: a queued signal


@pytest.fixture
def qt_calls_in_workers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    found: list[str] = []
    lock = threading.Lock()
    call = tasks.Task._call

    def profile(_frame: Any, event: str, arg: Any) -> None:
        if event != "c_call":
            return
        owner = getattr(arg, "__self__", None)
        module = getattr(type(owner), "__module__", "") or getattr(arg, "__module__", "") or ""
        name = getattr(arg, "__name__", "")
        if module.startswith(("PySide6", "shiboken6")) and name not in ALLOWED:
            with lock:
                found.append(f"{type(owner).__name__}.{name}")

    def profiled(self: Any) -> Any:
        sys.setprofile(profile)
        try:
            return call(self)
        finally:
            sys.setprofile(None)

    monkeypatch.setattr(tasks.Task, "_call", profiled)
    return found


def test_pictures_and_the_pdf_pack_are_drawn_on_the_gui_thread(
    window, qtbot, tmp_path: Path, qt_calls_in_workers: list[str]
) -> None:
    open_with_samples(window, qtbot, TIMEOUT)
    qtbot.waitUntil(lambda: not tasks.busy(), timeout=TIMEOUT)
    qtbot.wait(200)  # the cards ask for their pictures; the batch timer reads them
    qtbot.waitUntil(lambda: not tasks.busy(), timeout=TIMEOUT)
    ids = [str(s.id) for s in window.state.library.summaries()]
    window.share(ids[:2])
    dialog = window.share_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.prepared is not None, timeout=TIMEOUT)
    dialog.ask_path = lambda fmt, name: tmp_path / name
    dialog.override.setChecked(True)
    dialog.share(ShareFormat.PDF)
    qtbot.waitUntil(lambda: bool(dialog.saved), timeout=TIMEOUT)
    assert dialog.saved[0].read_bytes().startswith(b"%PDF")
    assert qt_calls_in_workers == []


def test_the_verifier_export_is_drawn_on_the_gui_thread(
    qtbot, tmp_path: Path, qt_calls_in_workers: list[str]
) -> None:
    verifier = VerifierWindow(clock=lambda: NOW)
    qtbot.addWidget(verifier)
    verifier.domain.setText("hr.example")
    verifier.new_challenge()
    issued = verifier.challenge
    assert issued is not None
    data = _inputs(HolderKey.generate(NOW), issued.challenge, "hr.example")["qr-png"]
    before = verifier.checks_made
    verifier.check_bytes(data, "qr-png")
    qtbot.waitUntil(lambda: verifier.checks_made > before, timeout=TIMEOUT)
    _export(qtbot, verifier, "pdf", tmp_path / "finding.pdf")
    assert (tmp_path / "finding.pdf").read_bytes().startswith(b"%PDF")
    assert qt_calls_in_workers == []
