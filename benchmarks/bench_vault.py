"""The vault at 10,000 credentials: import (with verification, both cores), unlock and list,
full-text search, re-verify everything, peak memory. ``--quick`` uses 1,000.

Unlock is timed without Argon2id (the benchmark injects the test KDF cost): its cost is a setting.
"""

from __future__ import annotations

import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.timing import median_ms, report

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))


def main(argv: list[str]) -> None:
    from factories import make_badges

    from wallet.service import WalletService
    from wallet.vault.kdf import TEST_COST
    from wallet.vault.models import ImportItem

    count = 1_000 if "--quick" in argv else 10_000
    started = time.perf_counter()
    items = [ImportItem(f"b{i}", data) for i, data in enumerate(make_badges(count))]
    print(f"   generated {count:,} signed credentials in {time.perf_counter() - started:.1f} s")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.vault"
        with WalletService.create(path, "bench", kdf_cost=TEST_COST) as svc:
            started = time.perf_counter()
            outcomes = svc.import_many(items)
            imported = time.perf_counter() - started
            assert sum(o.verdict is not None for o in outcomes) == count
        report(f"import {count:,} incl. verification (2 cores)", imported * 1000, 60_000)
        del items, outcomes

        unlock_times = []
        for _ in range(5):
            started = time.perf_counter()
            svc = WalletService.open(path, kdf_cost=TEST_COST)
            svc.unlock("bench")
            rows = svc.list_credentials()
            unlock_times.append((time.perf_counter() - started) * 1000)
            if _ < 4:
                svc.close()
        assert len(rows) == count
        report("unlock (no KDF) + list", statistics.median(unlock_times), 1_000)
        report(
            "full-text search 'python'",
            median_ms(lambda: svc.search("python"), warmup=3, runs=21),
            50,
        )
        started = time.perf_counter()
        svc.reverify_all()
        report(f"re-verify all {count:,}", (time.perf_counter() - started) * 1000, 10_000)
        svc.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"   peak memory: {peak:.0f} MB main, {workers:.0f} MB largest worker (limit 400 MB)")
