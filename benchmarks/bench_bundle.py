"""Issue 17: the bundle's figures. Its size on disk, the cold start-up time (launch to the
window shown) and a cold ``learner-wallet verify`` of one file, with the same two from source
for comparison.

"Cold" is a new process with a fresh home folder (no settings, no vault, no window already
open), started from another folder with ``PATH=/usr/bin:/bin``. The operating system's file
cache is left as it is: dropping it would slow every other process on a shared machine. The
first launch is reported on its own (its files may not be cached yet), then the median of the
next five, against issue 6's 2 s to the window and issue 2's 1 s for a cold ``verify``. Needs
a built bundle (``make dist``; ``LEARNER_WALLET_BUNDLE`` names another one);
without one it says so and skips.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.timing import report

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = Path(os.environ.get("LEARNER_WALLET_BUNDLE", ROOT / "dist" / "learner-wallet"))
SAMPLE = ROOT / "resources" / "samples" / "course-data-analysis.json"
RUNS = 5


def size_on_disk(folder: Path) -> tuple[int, int, int]:
    """(bytes in files, bytes allocated on disk, number of files)."""
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    apparent = sum(p.stat().st_size for p in files)
    allocated = sum(p.stat().st_blocks * 512 for p in files)
    return apparent, allocated, len(files)


def _env(home: Path, **extra: str) -> dict[str, str]:
    runtime = home / "run"
    runtime.mkdir(mode=0o700, exist_ok=True)
    return {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "XDG_RUNTIME_DIR": str(runtime),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        **extra,
    }


def window_shown_ms(command: list[str]) -> float:
    """Launch to the smoke-test line ``learner-wallet: window shown`` (ui.app), in ms."""
    with tempfile.TemporaryDirectory(prefix="lw-") as folder:
        env = _env(Path(folder), QT_QPA_PLATFORM="offscreen", LEARNER_WALLET_SMOKE_TEST="1")
        started = time.perf_counter()
        process = subprocess.Popen(
            command, cwd=folder, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
        )
        assert process.stdout is not None
        line = process.stdout.readline()
        elapsed = (time.perf_counter() - started) * 1000
        process.stdout.close()
        process.wait(60)
    if b"window shown" not in line:
        raise SystemExit(f"the app did not report its window: {line!r}")
    return elapsed


def verify_ms(command: list[str]) -> float:
    """A whole ``learner-wallet verify --offline one.json`` run, start to exit, in ms."""
    with tempfile.TemporaryDirectory(prefix="lw-") as folder:
        shutil.copy(SAMPLE, Path(folder) / "one.json")
        started = time.perf_counter()
        subprocess.run(
            [*command, "verify", "--offline", "one.json"],
            cwd=folder,
            env=_env(Path(folder)),
            check=True,
            capture_output=True,
            timeout=60,
        )
        return (time.perf_counter() - started) * 1000


def _series(
    label: str, measure: Callable[[list[str]], float], command: list[str], limit_ms: float
) -> None:
    first = measure(command)
    rest = [measure(command) for _ in range(RUNS)]
    report(f"{label}, first run", first)
    report(f"{label}, median of {RUNS} more", statistics.median(rest), limit_ms)


def main(argv: list[str]) -> None:
    program = BUNDLE / "learner-wallet"
    if not program.is_file():
        print(f"   skipped: no bundle at {BUNDLE} (run `make dist` first)")
        return
    apparent, allocated, count = size_on_disk(BUNDLE)
    print(f"   {f'bundle size on disk ({count} files)':<58} {allocated / 2**20:8.1f} MiB")
    print(f"   {'bundle size, bytes in its files':<58} {apparent / 2**20:8.1f} MiB")
    _series("bundle: launch to window shown", window_shown_ms, [str(program)], 2000)
    _series("bundle: verify --offline one.json", verify_ms, [str(program)], 1000)
    source = [sys.executable, "-m", "wallet.cli"]
    _series("source: launch to window shown", window_shown_ms, source, 2000)
    _series("source: verify --offline one.json", verify_ms, source, 1000)
