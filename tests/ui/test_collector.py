"""The heap alive after unlocking is frozen, so a later full collection (which holds the GIL on
whatever thread runs it) walks only new objects; locking thaws it (see ui/collector.py)."""

from __future__ import annotations

import gc

from tests.ui.conftest import PASSPHRASE

TIMEOUT = 30_000


def test_unlock_freezes_the_long_lived_heap_and_lock_thaws_it(window, qtbot) -> None:
    gc.unfreeze()
    window.start_page.create_wallet(PASSPHRASE)
    qtbot.waitUntil(lambda: window.state.is_unlocked, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 1000, timeout=TIMEOUT)
    window.lock_now()
    assert gc.get_freeze_count() == 0
