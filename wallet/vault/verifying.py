"""Verification for the vault: on both cores, with signature results cached per credential.

Verification is CPU-bound pure Python (JSON-LD canonicalization), so threads would share one core
under the GIL; worker *processes* use them all. Workers are started with ``spawn`` so no lock or
thread of the caller (a Qt app, pytest) is copied into them; verification with the network runs
in this process (its fetcher and cache cannot be shared with workers). Each job carries the
cached static checks of its credential and returns the report plus any checks it newly
computed; the caller stores those encrypted, so nothing but the calling process ever touches
the vault.
"""

from __future__ import annotations

import dataclasses
import multiprocessing
import os
import traceback
from collections.abc import Generator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

from wallet.errors import InputError
from wallet.verify import Check, Report, VerifyOptions, verify_input

__all__ = ["CacheEntries", "Job", "Outcome", "RecordingCache", "verify_many"]

# (cache key, checks) pairs one credential produced (a CLR yields one per nested credential).
CacheEntries = tuple[tuple[bytes, tuple[Check, ...]], ...]
PARALLEL_THRESHOLD = 48  # below this, starting workers costs more than it saves


@dataclass(frozen=True)
class Job:
    data: bytes
    cached: CacheEntries = ()


@dataclass(frozen=True)
class Outcome:
    """``report`` or, for unreadable input, ``error``; ``entries`` = the static checks to keep."""

    report: Report | None
    error: str | None
    entries: CacheEntries


class RecordingCache:
    """A :class:`wallet.verify.cache.SignatureCache` over one credential's stored entries that
    also records what verification adds."""

    def __init__(self, entries: CacheEntries) -> None:
        self._entries = dict(entries)
        self.added = False

    def get(self, key: bytes) -> tuple[Check, ...] | None:
        return self._entries.get(key)

    def put(self, key: bytes, checks: tuple[Check, ...]) -> None:
        self._entries[key] = checks
        self.added = True

    def entries(self) -> CacheEntries:
        return tuple(self._entries.items())


def _verify(job: Job, options: VerifyOptions) -> Outcome:
    cache = RecordingCache(job.cached)
    try:
        report = verify_input(job.data, dataclasses.replace(options, signature_cache=cache))
    except InputError as exc:
        return Outcome(None, str(exc), ())
    except RecursionError:
        return Outcome(None, "the input is nested too deeply to read", ())
    except Exception as exc:  # a bug on one input must not stop the import of the others
        if os.environ.get("LEARNER_WALLET_DEBUG"):
            traceback.print_exc()
        return Outcome(
            None, f"unexpected error while checking it ({type(exc).__name__}); please report it", ()
        )
    return Outcome(report, None, cache.entries() if cache.added else job.cached)


def _verify_chunk(jobs: Sequence[Job], options: VerifyOptions) -> list[Outcome]:
    return [_verify(job, options) for job in jobs]


def verify_many(
    jobs: Sequence[Job], options: VerifyOptions, workers: int | None = None
) -> Generator[Outcome, None, None]:
    """Outcomes in the order of ``jobs``, as they complete. Closing the iterator early (a
    cancelled import) stops the workers without waiting for the rest."""
    workers = workers or os.cpu_count() or 1
    # With the network the run's one Fetcher (its memo: one fetch per URL) and the vault's
    # document cache live in this process, so verification stays here too (issue 12).
    if workers < 2 or len(jobs) < PARALLEL_THRESHOLD or options.online is not None:
        for job in jobs:
            yield _verify(job, options)
        return
    chunk = 16
    chunks = [jobs[i : i + chunk] for i in range(0, len(jobs), chunk)]
    context = multiprocessing.get_context("spawn")
    executor = ProcessPoolExecutor(max_workers=workers, mp_context=context)
    try:
        # A bounded window of chunks in flight keeps memory flat for 10,000 inputs.
        window = workers * 4
        pending = [executor.submit(_verify_chunk, c, options) for c in chunks[:window]]
        submitted = len(pending)
        while pending:
            outcomes = pending.pop(0).result()
            if submitted < len(chunks):
                pending.append(executor.submit(_verify_chunk, chunks[submitted], options))
                submitted += 1
            yield from outcomes
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
