"""Run one piece of work in a child process under the issue-11 budget: 1 GiB of address space
(RLIMIT_AS) and 5 s of CPU, measured by the child around the work alone (imports excluded).

The limits are set by the child itself, before it imports anything, so a test that trips them
cannot take the pytest worker down with it (and no ``preexec_fn`` runs in a parent that may
have threads: Qt's, in a pytest-qt worker). The child prints one JSON line: what the work
returned (a string), the CPU seconds it took and its peak memory; a MemoryError or the CPU
limit fails the test with the child's own words.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MEMORY = 1024 * 1024 * 1024  # bytes of address space
CPU_SECONDS = 5.0

_RUNNER = """
import resource
resource.setrlimit(resource.RLIMIT_AS, ({memory}, {memory}))
resource.setrlimit(resource.RLIMIT_CPU, ({cpu}, {cpu}))
import json, sys, time
# Appended, not prepended: tests/ holds a package named `ui` that must not shadow the app's own.
sys.path.append({tests!r})
{setup}
try:  # Linux: the peak-RSS mark is inherited from the parent at fork; start it afresh here
    with open("/proc/self/clear_refs", "w") as refs:
        refs.write("5")
except OSError:
    pass
started = time.process_time()
try:
    result = work()
except MemoryError:
    result = "MemoryError"
spent = time.process_time() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
try:
    with open("/proc/self/status") as status:
        peak = next(int(l.split()[1]) for l in status if l.startswith("VmHWM:")) / 1024
except (OSError, StopIteration):
    pass
print(json.dumps({{"result": str(result), "cpu": spent, "peak_mb": peak}}))
"""


@dataclass(frozen=True)
class Measured:
    result: str  # str() of what ``work()`` returned (an error sentence, a count...)
    cpu: float  # seconds of CPU the work took in the child
    peak_mb: float = 0.0  # the child's peak resident memory, set-up included


# The CPU limit is a backstop (imports count too); each test judges the work's own time.
_CPU_BACKSTOP = int(CPU_SECONDS * 4) + 10


def run_bounded(setup: str, timeout: float = 120) -> Measured:
    """Run ``setup`` (Python source defining ``work() -> object``) under the budget."""
    code = _RUNNER.format(
        tests=str(ROOT / "tests"),
        setup=textwrap.dedent(setup),
        memory=MEMORY,
        cpu=_CPU_BACKSTOP,
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True, text=True, timeout=timeout, env=env,
    )  # fmt: skip
    assert child.returncode == 0, f"the child failed under the limits:\n{child.stderr[-3000:]}"
    value = json.loads(child.stdout.strip().splitlines()[-1])
    assert value["result"] != "MemoryError", "the work ran out of its 1 GiB"
    return Measured(value["result"], float(value["cpu"]), float(value["peak_mb"]))
