"""Issue 2: in-process verification time of small Open Badges 3.0 credentials, and a cold CLI run.

Targets: eddsa-rdfc-2022 <= 3.5 ms and Ed25519Signature2020 <= 4.3 ms (the DCC JavaScript
verifier's times on this machine class), aiming for half; a cold ``learner-wallet verify`` < 1 s.
For each suite the same credential also goes through ``@digitalcredentials/vc`` with the DCC's own
document loader (as VerifierPlus runs it), and the ratio of our time to theirs is printed: above
:data:`MAX_RATIO` it is OVER LIMIT and the benchmark exits non-zero (issue 2's "half of DCC's").
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.timing import median_ms, report
from wallet.demo import DemoIssuer
from wallet.verify import Verdict, VerifyOptions, verify_document, verify_input

MAX_RATIO = 0.5


def ratio_line(suite: str, ours: float, theirs: float) -> tuple[str, bool]:
    """The line that compares our time with DCC's, and whether the ratio is within the limit."""
    ratio = ours / theirs
    within = ratio <= MAX_RATIO
    verdict = "ok" if within else "OVER LIMIT"
    line = (
        f"   {suite}: ours {ours:.3f} ms, DCC {theirs:.3f} ms, "
        f"ours/DCC = {ratio:.2f} (limit {MAX_RATIO:g})  {verdict}"
    )
    return line, within


def main(argv: list[str]) -> None:
    quick = "--quick" in argv
    runs = 50 if quick else 300
    issuer = DemoIssuer()
    options = VerifyOptions()
    over: list[str] = []
    for suite, limit in (("eddsa-rdfc-2022", 3.5), ("Ed25519Signature2020", 4.3)):
        credential = issuer.achievement_credential(
            "Teamwork", suite=suite, skills=("Collaboration",)
        )
        assert verify_document(credential, options).verdict is Verdict.VALID
        ours = median_ms(lambda c=credential: verify_document(c, options), runs=runs)
        report(f"verify OB 3.0, {suite} (document)", ours, limit)
        data = json.dumps(credential).encode()
        value = median_ms(lambda d=data: verify_input(d, options), runs=runs)
        report(f"verify OB 3.0, {suite} (bytes: parse + verify)", value, limit)
        theirs = _dcc(credential, suite, runs)
        if theirs is not None:
            line, within = ratio_line(suite, ours, theirs)
            print(line, flush=True)
            if not within:
                over.append(suite)
    _cold_cli(issuer)
    if over:
        raise SystemExit(f"over {MAX_RATIO:g}x DCC's time: {', '.join(over)}")


ROOT = Path(__file__).resolve().parent.parent
DCC = ROOT / ".cache" / "interop-node"  # installed by tests/interop (npm ci, pinned lock file)


def _dcc(credential: dict[str, object], suite: str, runs: int) -> float | None:
    """The median time of the same credential through @digitalcredentials/vc (its own loader),
    when installed; None, saying why, when it is not or it fails."""
    if not (DCC / "node_modules").is_dir() or shutil.which("node") is None:
        print("   (DCC comparison skipped: run the interop tests once to install it)")
        return None
    # ES modules resolve packages from their own folder, so the script runs from beside them.
    script = DCC / "dcc_verify.mjs"
    shutil.copyfile(ROOT / "benchmarks/js/dcc_verify.mjs", script)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "credential.json"
        path.write_text(json.dumps(credential))
        result = subprocess.run(
            [
                "node",
                "--import",
                str(ROOT / "tests/interop/js/no-network.mjs"),
                str(script),
                str(path),
                str(runs),
            ],
            capture_output=True,
            text=True,
            check=False,
            cwd=DCC,
        )
    if result.returncode != 0:
        print(f"   (DCC comparison failed: {result.stderr.strip()[-200:]})")
        return None
    figures = json.loads(result.stdout)
    if figures["verified"] is not True:
        print(f"   (DCC comparison: @digitalcredentials/vc did not verify the {suite} credential)")
        return None
    median: float = figures["median_ms"]
    report("  same credential, DCC @digitalcredentials/vc (its own loader)", median)
    return median


def _cold_cli(issuer: DemoIssuer) -> None:
    credential = issuer.achievement_credential("Teamwork")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "one.json"
        path.write_text(json.dumps(credential))
        exe = Path(sys.executable).with_name("learner-wallet")
        samples = []
        for _ in range(5):
            started = time.perf_counter()
            # --offline: this measures verification itself (and a benchmark reaches no server
            # it did not start); bench_network measures the network's part.
            command = [str(exe), "verify", "--offline", str(path)]
            subprocess.run(command, check=True, capture_output=True)
            samples.append((time.perf_counter() - started) * 1000)
        report(
            "cold `learner-wallet verify --offline one.json` (median of 5)",
            sorted(samples)[2],
            1000,
        )
