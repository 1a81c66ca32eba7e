"""Python's cycle collector, kept from stalling the GUI thread.

A full (generation 2) collection walks every tracked object while holding the GIL, on whichever
thread triggers it, so the GUI thread waits for it too. During a 1,000-file import the objects the
import keeps (summaries, reports) trigger one: measured at 84 ms on the task pool's manager
thread, the whole of the "85 ms" worst GUI stall in ``benchmarks/bench_ui.py`` — the GUI thread's
own work per progress callback and model reset stays under 17 ms.

Moving what is alive once the library has loaded (modules, bundled JSON-LD contexts, widgets, the
library's rows) into the permanent generation (:func:`gc.freeze`, the remedy the ``gc`` docs give
for long-lived heaps) means later full collections walk only what was made since: a few
milliseconds. Frozen objects are still freed by reference counting; only cyclic garbage among them
waits for :func:`thaw` (called on lock). GUI thread only.
"""

from __future__ import annotations

import gc

__all__ = ["freeze_long_lived", "thaw"]


def freeze_long_lived() -> None:
    """Exclude everything alive now from future collections (O(1): it moves one list)."""
    gc.freeze()


def thaw() -> None:
    """Let the collector see the frozen objects again (the library has just been dropped)."""
    gc.unfreeze()
