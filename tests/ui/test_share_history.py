"""File > Sharing history: empty at first, then each share newest first with its credentials,
format, challenge, domain and purpose; emptied (and closed) on lock."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import open_with_samples
from ui.common.tasks import wait_for_tasks

TIMEOUT = 60_000


def _rows(dialog) -> list[list[str]]:
    model = dialog.table.model()
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_history_lists_shares_newest_first_and_is_emptied_on_lock(window, qtbot) -> None:
    open_with_samples(window, qtbot, TIMEOUT)

    window.menu_actions.history.trigger()
    qtbot.waitUntil(lambda: window.history_dialog is not None, timeout=TIMEOUT)
    dialog = window.history_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=TIMEOUT)
    assert dialog.body.currentWidget() is dialog.empty and _rows(dialog) == []
    dialog.close()

    summaries = {s.name: s.id for s in window.state.library.summaries()}
    first, second = sorted(summaries)[:2]
    window.state.call(
        lambda s: s.record_share(
            [summaries[first]],
            {"format": "pdf", "challenge": "c-old", "purpose": "authentication", "file": "/x.pdf"},
        ),
        refresh=False,
    )
    wait_for_tasks()
    window.state.call(
        lambda s: s.record_share(
            [summaries[first], summaries[second]],
            {
                "format": "vp-jwt",
                "challenge": "job-4411",
                "domain": "jobs.example.com",
                "purpose": "assertionMethod",
            },
        ),
        refresh=False,
    )
    wait_for_tasks()

    window.menu_actions.history.trigger()
    qtbot.waitUntil(lambda: len(_rows(window.history_dialog)) == 2, timeout=TIMEOUT)
    dialog = window.history_dialog
    assert dialog.body.currentWidget() is dialog.table
    newest, oldest = _rows(dialog)
    assert newest[1:] == [
        f"{first}, {second}",
        "Signed presentation as a JWT (.jwt)",
        "job-4411",
        "jobs.example.com",
        "Assertion method",
    ]
    assert oldest[1:] == [first, "PDF evidence pack (.pdf)", "c-old", "", "Authentication"]
    model = dialog.table.model()
    assert "/x.pdf" in model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)

    window.lock_now()
    assert window.state.shares.rowCount() == 0 and window.history_dialog is None
    assert not dialog.isVisible()
