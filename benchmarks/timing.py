"""Small timing helpers shared by the benchmarks."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def median_ms(work: Callable[[], object], *, warmup: int = 20, runs: int = 200) -> float:
    """Median wall time of ``work`` in milliseconds, after ``warmup`` untimed calls."""
    for _ in range(warmup):
        work()
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def report(label: str, value_ms: float, limit_ms: float | None = None) -> None:
    verdict = "" if limit_ms is None else ("  ok" if value_ms <= limit_ms else "  OVER LIMIT")
    limit = "" if limit_ms is None else f"  (limit {limit_ms:g} ms)"
    print(f"   {label:<58} {value_ms:8.3f} ms{limit}{verdict}", flush=True)
