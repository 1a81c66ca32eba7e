"""Run the benchmarks: ``python -m benchmarks [NAME ...] [--quick]``."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
import time
from pathlib import Path


def main() -> None:
    args = sys.argv[1:]
    names = [a for a in args if not a.startswith("-")]
    flags = [a for a in args if a.startswith("-")]
    found = sorted(
        m.name
        for m in pkgutil.iter_modules([str(Path(__file__).parent)])
        if m.name.startswith("bench_")
    )
    chosen = [n for n in found if not names or n in names or n.removeprefix("bench_") in names]
    if not chosen:
        sys.exit(f"no benchmark named {' '.join(names)}; have: {' '.join(found)}")
    failed = []
    for name in chosen:
        print(f"== {name}", flush=True)
        started = time.perf_counter()
        # Each module in a fresh interpreter: no shared caches, warm imports or Qt application
        # objects carried from one benchmark to the next.
        code = f"import benchmarks.{name} as b; b.main({flags!r})"
        if subprocess.run([sys.executable, "-c", code], check=False).returncode != 0:
            failed.append(name)
        print(f"   ({time.perf_counter() - started:.1f} s)", flush=True)
    if failed:
        sys.exit(f"benchmarks failed: {' '.join(failed)}")


if __name__ == "__main__":
    main()
