"""The GUI thread stays free while the vault unlocks and imports: a timer-latency probe measures
the worst stall (issue 6: never more than 100 ms). ``make bench`` reports the same with the real
Argon2id cost and 1,000 files."""

from __future__ import annotations

import json
import threading
from pathlib import Path

from tests.ui.conftest import PASSPHRASE
from ui.common.latency import LatencyProbe
from ui.common.tasks import run_task
from wallet.demo import DemoIssuer

TIMEOUT = 30_000
STALL_LIMIT_MS = 400


def test_results_arrive_on_the_gui_thread_and_failures_are_delivered(qtbot) -> None:
    from PySide6.QtWidgets import QWidget

    owner = QWidget()
    qtbot.addWidget(owner)
    seen: list[tuple[str, object]] = []
    run_task(
        owner,
        lambda _: threading.current_thread().name,
        lambda name: seen.append((threading.current_thread().name, name)),
    )
    run_task(
        owner,
        lambda _: 1 / 0,
        None,
        lambda error: seen.append((threading.current_thread().name, error)),
    )
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=TIMEOUT)
    (where, worker), (where_failed, error) = seen
    assert where == where_failed == threading.main_thread().name
    assert str(worker).startswith("wallet-task")
    assert isinstance(error, ZeroDivisionError)


def test_gui_thread_never_stalls_during_unlock_and_import(window, qtbot, tmp_path: Path) -> None:
    window.imports.show_report = False
    window.start_page.create_wallet(PASSPHRASE)
    qtbot.waitUntil(lambda: window.state.is_unlocked, timeout=TIMEOUT)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    issuer = DemoIssuer()
    for i in range(60):
        document = issuer.achievement_credential(
            f"Course {i}", credential_id=f"urn:uuid:00000000-0000-4000-8000-{i:012d}"
        )
        (inbox / f"{i}.json").write_text(json.dumps(document))
    probe = LatencyProbe()
    probe.start()
    with qtbot.waitSignal(window.imports.finished, timeout=TIMEOUT):
        window.imports.import_paths([inbox])
    qtbot.waitUntil(lambda: window.state.library.total() == 60, timeout=TIMEOUT)
    window.lock_now()
    qtbot.waitUntil(lambda: window.start_page.stack.isEnabled(), timeout=TIMEOUT)
    window.start_page.passphrase.setText(PASSPHRASE)
    window.start_page.unlock()
    qtbot.waitUntil(lambda: window.state.library.total() == 60, timeout=TIMEOUT)
    worst = probe.stop()
    print(f"worst GUI-thread stall during import and unlock: {worst:.1f} ms")
    assert probe.ticks > 10
    # The 100 ms target is measured by `make bench` (benchmarks/bench_ui.py) on a quiet machine.
    # Here another pytest worker shares the two cores, so only a gross stall (work run on the
    # GUI thread) is a failure; the figure is printed for the record.
    assert worst < STALL_LIMIT_MS
