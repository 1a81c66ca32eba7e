"""Checking stored credentials again with the network (issue 12): all of them in the background
after unlock (at most once a day), one on "Check again now", and the badge pictures and Open
Badges 2.0 details kept for showing them offline afterwards.

Everything reads the stored signed views (:mod:`wallet.verify.view`): the pictures are the
``image`` of the credential, of its achievement, or of an OB 2.0 credential's badge class as
its verification fetched it; the OB 2.0 details are the published badge class and issuer
profile, read from the vault's document cache, never from the network. Runs on the caller's
thread (the app's background helper).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from wallet.errors import InputError
from wallet.formats.jsontext import parse_json
from wallet.net.fetcher import FetchRecord
from wallet.vault.catalog import Catalog
from wallet.vault.codec import report_from_json
from wallet.vault.models import CredentialId
from wallet.vault.network import NetworkRun, VaultNetwork
from wallet.vault.store import VaultStore
from wallet.vault.verifying import Job, verify_many
from wallet.verify import Report, VerifyOptions
from wallet.verify.ob2_rules import ids_of
from wallet.verify.view import SignedView

__all__ = [
    "Ob2Details",
    "check_again",
    "finish_recheck",
    "keep_images",
    "ob2_details",
    "recheck_one",
    "stored_view",
]

MAX_DETAIL_BYTES = 1024 * 1024


def recheck_one(
    store: VaultStore,
    catalog: Catalog,
    cid: CredentialId,
    options: VerifyOptions,
    clock: Callable[[], datetime],
) -> Report:
    """Verify one stored credential again and keep the result. Raises KeyError for an unknown
    id, InputError when its bytes no longer read (a stored credential always did)."""
    job = Job(catalog.original(cid), catalog.cache_entries(cid))
    outcome = next(verify_many([job], options, workers=1))
    if outcome.report is None:
        raise InputError(outcome.error or "the credential cannot be read")
    with store.transaction() as conn:
        catalog.record_report(conn, cid, outcome.report, outcome.entries, clock())
    catalog.commit_pending()
    return outcome.report


def check_again(
    store: VaultStore,
    catalog: Catalog,
    network: VaultNetwork,
    cid: CredentialId,
    options: VerifyOptions,
    clock: Callable[[], datetime],
) -> Report:
    """"Check again now": the credential verified again with every document fetched anew when
    the network is allowed, kept, and its picture kept too when pictures are allowed."""
    with network.run(options, refresh=True) as run:
        report = recheck_one(store, catalog, cid, run.options, clock)
        keep_images(network, catalog, run, [cid])
    return report


def finish_recheck(network: VaultNetwork, catalog: Catalog, options: VerifyOptions) -> None:
    """The end of the day's re-check: noted (:meth:`VaultNetwork.due`), and the pictures not
    kept yet downloaded when the learner allowed pictures."""
    network.mark_rechecked()
    with network.run(options) as run:
        keep_images(network, catalog, run)


def stored_view(catalog: Catalog, cid: CredentialId) -> SignedView:
    """The signed view of the credential's last report."""
    return report_from_json(catalog.latest_report(cid)["report"]).view


def keep_images(
    network: VaultNetwork,
    catalog: Catalog,
    run: NetworkRun,
    ids: Sequence[CredentialId] | None = None,
) -> int:
    """Download the picture of each credential (``ids``, default all) that has one on the web
    (:attr:`CredentialSummary.image_url`) and none kept yet, when the run is online and the
    learner allowed pictures; returns how many were fetched."""
    if run.checks is None:
        return 0
    wanted = None if ids is None else set(ids)
    urls = [
        s.image_url
        for s in catalog.summaries()
        if s.image_url and (wanted is None or s.id in wanted)
    ]
    return network.fetch_images(urls, run.checks.fetcher)


@dataclass(frozen=True)
class Ob2Details:
    """An Open Badges 2.0 credential's badge class and issuer profile as published (kept with
    its report, or in the vault's document cache, by a verification with the network), and the
    copies kept of them with their fetch times (``ui.credential.legacy.LinkedDetails``)."""

    badge: dict[str, Any] | None
    issuer: dict[str, Any] | None
    fetched: tuple[FetchRecord, ...] = ()


def _kept(network: VaultNetwork, reference: Any) -> tuple[dict[str, Any] | None, list[FetchRecord]]:
    """The object a reference embeds (more than an id), else the kept copy of its URL; with the
    record of that copy when one is kept."""
    embedded = reference if isinstance(reference, dict) and len(reference) > 1 else None
    urls = ids_of(reference)
    document = network.cached(urls[0]) if urls else None
    if document is None:
        return embedded, []
    record = [FetchRecord(document.url, document.fetched_at, True)]
    if embedded is not None:
        return embedded, record
    try:
        found = parse_json(document.body, max_bytes=MAX_DETAIL_BYTES)
    except InputError:
        return None, []
    return (found if isinstance(found, dict) else None), record


def ob2_details(network: VaultNetwork, view: SignedView) -> Ob2Details | None:
    """The details of the OB 2.0 credential ``view`` shows, from the vault only (never the
    network); None for a credential of another kind."""
    data = view.data
    if "badge" not in data or "recipient" not in data:
        return None
    badge, fetched = _kept(network, data.get("badge"))
    issuer, more = _kept(network, badge.get("issuer")) if badge is not None else (None, [])
    return Ob2Details(badge, issuer, tuple(fetched + more))
