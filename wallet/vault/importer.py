"""Bulk import and re-verification: verify on every core, store in durable batches.

A presentation is unwrapped: each credential inside it is imported like any input (verified on
its own, de-duplicated); the holder's proof is not kept. Duplicates (the same JSON, whatever its
spacing, or the same JWT) keep the first record and come back as "already in your wallet"; a copy
whose JSON differs from a stored credential with the same id and issuer is kept beside it, and
the outcome says so (a forged copy never takes the genuine one's place, issue 9).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from wallet.vault.catalog import Catalog
from wallet.vault.models import (
    Cancel,
    CredentialId,
    ImportItem,
    ImportOutcome,
    ImportStatus,
    Progress,
)
from wallet.vault.presented import presented_credentials
from wallet.vault.store import VaultStore
from wallet.vault.verifying import Job, Outcome, verify_many
from wallet.verify import Report, Status, Verdict, VerifyOptions

__all__ = ["BATCH", "Importer"]

BATCH = 200  # inputs per commit during a bulk import: one fsync per batch, not per input


class Importer:
    """One import run over an unlocked vault. Runs on the caller's thread."""

    def __init__(
        self,
        store: VaultStore,
        catalog: Catalog,
        options: VerifyOptions,
        workers: int | None,
        clock: Callable[[], datetime],
    ) -> None:
        self._store = store
        self._catalog = catalog
        self._options = options
        self._workers = workers
        self._clock = clock

    def run(
        self,
        items: Sequence[ImportItem],
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> list[ImportOutcome]:
        """Outcomes in the order of the inputs (see ``WalletService.import_many``)."""
        outcomes: list[ImportOutcome] = []
        batch: list[tuple[ImportItem, Outcome]] = []
        done = 0
        stream = verify_many([Job(i.data) for i in items], self._options, self._workers)
        try:
            for item, result in zip(items, stream, strict=False):
                batch += self._unwrapped(item, result)
                done += 1
                if len(batch) >= BATCH:
                    outcomes += self._store_batch(batch)
                    batch = []
                    if progress:
                        progress(done, len(items))
                    if cancel and cancel():
                        break
            outcomes += self._store_batch(batch)
        finally:
            stream.close()
        if progress:
            progress(done, len(items))
        outcomes += [
            ImportOutcome(i.name, ImportStatus.REJECTED, None, None, "cancelled")
            for i in items[done:]
        ]
        return outcomes

    def reverify_all(
        self, progress: Progress | None = None, ids: Sequence[CredentialId] | None = None
    ) -> dict[CredentialId, str]:
        """Verify every stored credential (or those of ``ids`` still stored) again; returns
        id -> verdict. Signature results are reused when the stored bytes are unchanged;
        dates, status and trust are checked anew."""
        catalog = self._catalog
        stored = catalog.ids()
        ids = stored if ids is None else [i for i in dict.fromkeys(ids) if i in set(stored)]
        jobs = [Job(catalog.original(cid), catalog.cache_entries(cid)) for cid in ids]
        now, verdicts = self._clock(), {}
        results = verify_many(jobs, self._options, self._workers)
        done = 0
        try:
            while done < len(ids):
                with self._store.transaction() as conn:
                    for cid, result in zip(ids[done : done + BATCH], results, strict=False):
                        if result.report is not None:
                            catalog.record_report(conn, cid, result.report, result.entries, now)
                            verdicts[cid] = result.report.verdict.value
                catalog.commit_pending()
                done = min(done + BATCH, len(ids))
                if progress:
                    progress(done, len(ids))
        finally:
            results.close()
        return verdicts

    def _unwrapped(self, item: ImportItem, result: Outcome) -> list[tuple[ImportItem, Outcome]]:
        """An input as it is stored: itself, or each credential of a presentation, verified."""
        report = result.report
        if report is None or report.kind != "presentation":
            return [(item, result)]
        parts = [
            ImportItem(f"{item.name} (credential {n} from a presentation)", data)
            for n, data in enumerate(presented_credentials(report), 1)
        ]
        if not parts:
            return [(item, Outcome(None, "a presentation with no credentials in it", ()))]
        # A presentation holds a handful: verified here, not worth starting workers for.
        checked = verify_many([Job(p.data) for p in parts], self._options, workers=1)
        return list(zip(parts, checked, strict=True))

    def _store_batch(self, batch: list[tuple[ImportItem, Outcome]]) -> list[ImportOutcome]:
        catalog, now = self._catalog, self._clock()
        outcomes: list[ImportOutcome] = []
        seen: dict[str, CredentialId] = {}
        with self._store.transaction() as conn:
            for item, result in batch:
                report = result.report
                if report is None or report.kind != "credential":
                    reason = result.error or "a presentation inside a presentation"
                    outcomes.append(
                        ImportOutcome(item.name, ImportStatus.REJECTED, None, None, reason)
                    )
                    continue
                dedupe, existing = catalog.find_duplicate(report, item.data)
                existing = existing or seen.get(dedupe)
                if existing is not None:
                    outcomes.append(
                        ImportOutcome(
                            item.name,
                            ImportStatus.ALREADY_THERE,
                            existing,
                            report.verdict,
                            "already in your wallet",
                        )
                    )
                    continue
                other = catalog.same_credential(report)
                cid = catalog.add(conn, dedupe, item.data, report, result.entries, now)
                seen[dedupe] = cid
                reason = _imported_reason(report)
                if other is not None:
                    # Issue 9: two copies that differ are both kept, and the learner is told.
                    reason += (
                        f"; your wallet already holds another copy of this credential "
                        f"({other}) that differs from this one"
                    )
                outcomes.append(
                    ImportOutcome(item.name, ImportStatus.IMPORTED, cid, report.verdict, reason)
                )
        catalog.commit_pending()
        return outcomes


def _imported_reason(report: Report) -> str:
    """ "imported", and for a credential that is not valid, why: its first failing check, else
    its first warning (trust and schema notes never decide a verdict, so they are not why)."""
    if report.verdict is Verdict.VALID:
        return "imported"
    for wanted in (Status.FAIL, Status.WARN):
        for check in report.checks:
            if check.status is wanted and check.id not in ("trust", "schema"):
                return f"imported; {check.message}"
    return "imported"
