"""Issue 15: the advisor's review, offline.

- a portfolio of 50 credentials verifies within 3 s, with its progress bar (core, and the app's
  "Verify all" from click to the summary shown);
- the skills overview and the job match update within 200 ms of a change (core, and the app's
  panels redrawn);
- ``learner-wallet review --json`` on 50 files finishes within 3 s (a fresh process, start-up
  included).

``--quick`` runs fewer repetitions.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.timing import median_ms, report
from wallet.demo import DemoIssuer
from wallet.review.esco import esco_index
from wallet.review.job import match_job
from wallet.review.portfolio import PortfolioFile, verify_portfolio
from wallet.review.sample import SAMPLE_JOB
from wallet.review.skills import overview
from wallet.verify import VerifyOptions

SKILLS = ("SQL", "Python (computer programming)", "statistics", "manage projects", "lead a team")


def _files(count: int) -> list[PortfolioFile]:
    issuer = DemoIssuer()
    return [
        PortfolioFile(
            f"credential-{n:02d}.json",
            json.dumps(
                issuer.achievement_credential(
                    f"Course {n}", skills=(SKILLS[n % 5], SKILLS[(n + 2) % 5])
                )
            ).encode(),
        )
        for n in range(count)
    ]


def _app_verify_ms(files: list[PortfolioFile], runs: int) -> float:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from tests.ui.conftest import MemoryKeyring
    from ui.common.tasks import busy, run_events_until
    from ui.review.page import ReviewPage
    from wallet.review.desk import ReviewDesk
    from wallet.vault.kdf import TEST_COST

    app = QApplication.instance() or QApplication([])
    desk = ReviewDesk(Path(tempfile.mkdtemp()), keyring=MemoryKeyring(), kdf_cost=TEST_COST)
    workspace = desk.create("Benchmark Learner", "benchmark passphrase")
    workspace.add_files(files)
    page = ReviewPage(lambda network, cache: VerifyOptions())
    page.resize(1100, 700)
    page.show()
    page.set_workspace(workspace)
    run_events_until(lambda: not busy() and page.review is not None, 30)
    samples = []
    for _ in range(runs):
        page.review = None
        started = time.perf_counter()
        page.verify_all()
        run_events_until(lambda: not busy() and page.review is not None, 30)
        samples.append((time.perf_counter() - started) * 1000)
    assert page.review is not None and len(page.review.items) == len(files)
    # Panels redrawn after a change of the job text (the GUI thread's part).
    page.index = esco_index()
    page.job.set_index(page.index)
    page.job.editor.blockSignals(True)
    page.job.editor.setPlainText(SAMPLE_JOB)
    page.job.editor.blockSignals(False)

    def redraw() -> None:
        page.update_skills()
        app.processEvents()

    report(
        "app: skills, quality and job panels redrawn (50 credentials)",
        median_ms(redraw, warmup=3, runs=20),
        200,
    )
    page.close_workspace()
    run_events_until(lambda: not busy(), 10)
    return statistics.median(samples)


def main(flags: list[str]) -> None:
    quick = "--quick" in flags
    files = _files(50)
    verify = median_ms(
        lambda: verify_portfolio(files, VerifyOptions()), warmup=1, runs=3 if quick else 7
    )
    report("core: verify_portfolio, 50 credentials, offline", verify, 3000)
    review = verify_portfolio(files, VerifyOptions())
    index = esco_index()
    skills_ms = median_ms(lambda: overview(review.items), warmup=3, runs=50)
    report("core: skills overview of 50 credentials", skills_ms, 200)
    skills = overview(review.items)
    job_ms = median_ms(lambda: match_job(SAMPLE_JOB, skills, index), warmup=3, runs=50)
    report("core: job match (sample job description, 50 credentials)", job_ms, 200)
    report("core: ESCO index read (once per process, in the background)", _index_load_ms(), None)
    report(
        "app: Verify all, 50 credentials, click to summary shown",
        _app_verify_ms(files, 3 if quick else 5),
        3000,
    )
    with tempfile.TemporaryDirectory() as folder:
        for file in files:
            (Path(folder) / file.name).write_bytes(file.data)
        job = Path(folder) / "job.txt"
        job.write_text(SAMPLE_JOB)
        samples = []
        for _ in range(2 if quick else 3):
            started = time.perf_counter()
            done = subprocess.run(
                [sys.executable, "-m", "wallet.cli", "review", folder, "--json"],
                capture_output=True,
                check=False,
            )
            samples.append((time.perf_counter() - started) * 1000)
            assert done.returncode == 2, done.stderr  # job.txt is no credential: named, exit 2
            assert len(json.loads(done.stdout)["items"]) == 50
        report("cli: review --json on 50 files (fresh process)", statistics.median(samples), 3000)


def _index_load_ms() -> float:
    from wallet.resources import resource_path
    from wallet.review.esco import INDEX_FILE, EscoIndex

    started = time.perf_counter()
    EscoIndex.read(resource_path(*INDEX_FILE))
    return (time.perf_counter() - started) * 1000


if __name__ == "__main__":
    main(sys.argv[1:])
