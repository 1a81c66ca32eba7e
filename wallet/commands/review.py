"""``learner-wallet review``: check a learner's portfolio in one go (DESIGN.md contract).

``review INPUT... [--json] [--challenge C] [--domain D] [--report FILE.pdf] [--job FILE]``.
INPUTs are files, folders of them, or ``-`` (standard input): presentations, credentials, PDF
evidence packs, ``VP1-`` text, QR images. ``--json`` prints the one object of
:mod:`wallet.review.contract`; ``--report`` writes the review report PDF (drawn with Qt, as the
app draws it, on an offscreen platform); ``--job`` adds the job match. Offline unless
``--online``. Exit status: 0 when every credential is valid, 1 when any is not, 2 for usage
errors or an input that cannot be read (each named on standard error, the rest still reviewed).
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from wallet.errors import WalletError
from wallet.formats.sniff import MAX_INPUT_BYTES
from wallet.review.contract import review_json, review_text
from wallet.review.inputs import read_paths
from wallet.review.portfolio import PortfolioFile, PortfolioReview, verify_portfolio
from wallet.review.skills import overview
from wallet.verify import VerifyOptions
from wallet.verify.dates import parse_datetime
from wallet.wording import plain

__all__ = ["MAX_JOB_BYTES", "register"]

EXIT_VALID, EXIT_NOT_VALID, EXIT_UNREADABLE = 0, 1, 2
MAX_JOB_BYTES = 1024 * 1024


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "review",
        help="check a learner's portfolio: every credential, the holder, skills, a job",
        description="Review a portfolio (presentations, credential files, folders, PDF evidence "
        "packs, VP1- text, QR images) in one go. Offline unless --online.",
    )
    parser.add_argument(
        "inputs", nargs="+", metavar="INPUT", help="a file, a folder, or - for standard input"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--challenge", help="the challenge the learner's presentation must carry")
    parser.add_argument("--domain", help="the domain the learner's presentation must carry")
    parser.add_argument("--report", metavar="FILE.pdf", help="write the review report as a PDF")
    parser.add_argument("--job", metavar="FILE", help="a job description to match the skills to")
    parser.add_argument("--now", metavar="ISO8601", help="review as of this date-time")
    network = parser.add_mutually_exclusive_group()
    network.add_argument(
        "--online",
        action="store_true",
        help="check did:web keys, status lists and issuer registries on the network",
    )
    network.add_argument(
        "--offline", action="store_true", help="never use the network (the default)"
    )
    parser.set_defaults(handler=run)


def _options(args: argparse.Namespace) -> VerifyOptions:
    now: datetime | None = None
    if args.now is not None:
        now = parse_datetime(args.now)
        if now is None:
            raise WalletError(f"--now {plain(args.now)} is not an ISO 8601 date-time")
    online = None
    if args.online:
        from wallet.verify.online import OnlineChecks

        online = OnlineChecks.for_run()
    return VerifyOptions(
        now=now,
        offline=online is None,
        challenge=args.challenge,
        domain=args.domain,
        online=online,
    )


def _job_text(name: str | None) -> str | None:
    if name is None:
        return None
    try:
        with Path(name).open("rb") as handle:
            data = handle.read(MAX_JOB_BYTES + 1)
    except OSError as exc:
        raise WalletError(f"--job {plain(name)}: {exc.strerror or 'cannot be read'}") from None
    if len(data) > MAX_JOB_BYTES:
        raise WalletError(f"--job {plain(name)}: over the {MAX_JOB_BYTES:,}-byte limit")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise WalletError(f"--job {plain(name)}: not UTF-8 text") from None


def _inputs(names: list[str]) -> tuple[list[PortfolioFile], list[Any]]:
    files: list[PortfolioFile] = []
    problems: list[Any] = []
    paths = []
    for name in names:
        if name == "-":
            data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
            files.append(PortfolioFile("-", data))
        else:
            paths.append(Path(name))
    found, unreadable = read_paths(paths)
    return files + found, problems + unreadable


def run(args: argparse.Namespace) -> int:
    job_text = _job_text(args.job)  # a bad --job is a usage error before any work
    options = _options(args)
    files, problems = _inputs(args.inputs)
    try:
        review = verify_portfolio(files, options)
    finally:
        if options.online is not None:
            options.online.close()
    review = PortfolioReview(
        review.items,
        review.holder,
        tuple(problems) + review.unreadable,
        review.checked,
        review.inputs + len(problems),
    )
    skills = overview(review.items)
    job = None
    if job_text is not None:
        from wallet.review.esco import esco_index
        from wallet.review.job import match_job

        job = match_job(job_text, skills, esco_index())
    if args.json:
        print(json.dumps(review_json(review, skills, job), ensure_ascii=False), flush=True)
    else:
        print(review_text(review, skills, job), flush=True)
    for unreadable in review.unreadable:
        print(f"learner-wallet: {unreadable.name}: {unreadable.reason}", file=sys.stderr)
    if args.report:
        _write_report(Path(args.report), review, job_text)
    if review.unreadable:
        return EXIT_UNREADABLE
    return EXIT_VALID if all(item.valid for item in review.items) else EXIT_NOT_VALID


def _write_report(target: Path, review: PortfolioReview, job_text: str | None) -> None:
    from wallet.review.report import ReviewReport
    from wallet.vault.files import write_atomically

    try:
        from ui.review.report_pdf import write_review_report_offscreen
    except ImportError as exc:  # a core-only install has no Qt to draw with
        raise WalletError(f"--report needs the desktop app's PDF writer: {exc}") from None
    report = ReviewReport.build(review, job_text=job_text)
    write_atomically(target, write_review_report_offscreen(report))
