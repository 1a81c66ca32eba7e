"""What a verification asks of the network, in one object carried by ``VerifyOptions.online``.

:class:`OnlineChecks` holds the run's one Fetcher (memo, cache, offline switch) and answers the
pipeline's three questions (:meth:`apply_to` gives the options that ask them):

- ``resolver``: did:web and https keys (:func:`wallet.dids.web.online_resolver`), did:key and
  did:jwk offline;
- ``status(credential_status, issuer_id, now)``: the ``status`` check and the lists it used
  (:class:`wallet.status.StatusChecker`); the list credentials are verified by the pipeline with
  this resolver and *no* online status of their own (a list's own status cannot recurse);
- ``registry(issuer_id)``: the issuer registries' answer (:class:`wallet.trust.RegistryClient`).

:meth:`for_input` gives a view sharing everything but the record of what was used, so
``verify --json`` can list each input's ``"fetched"``. Thread-safe; nothing here touches Qt.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from wallet.dids.resolve import MethodResolver
from wallet.dids.web import ParsedDocuments, online_resolver
from wallet.net.cache import DocumentCache, FolderCache
from wallet.net.fetcher import Fetcher, FetchRecord, RecordingFetcher, WebFetcher
from wallet.net.settings import NetworkSettings
from wallet.status.checker import StatusChecker, StatusResult
from wallet.trust.known import KnownRegistry, bundled_registries
from wallet.trust.registries import RegistryAnswer, RegistryClient
from wallet.verify.options import VerifyOptions
from wallet.verify.report import Check, Report, derive_verdict

__all__ = ["OnlineChecks"]


def _utc_now() -> datetime:
    return datetime.now(UTC)


class _Shared:
    """What every view of one run shares: the fetcher, the status lists, the registry answers."""

    def __init__(
        self,
        fetcher: Fetcher,
        registries: Sequence[KnownRegistry],
        trusted_list_issuers: Sequence[str],
        verify_list: Callable[[Any, MethodResolver, datetime], Report] | None,
    ) -> None:
        self.fetcher = fetcher
        self.parsed: ParsedDocuments = {}  # one parse of each document for every view
        self.resolver = online_resolver(fetcher, parsed=self.parsed)
        self.verify_list = verify_list or _pipeline_verify
        self.status = StatusChecker(
            fetcher, self._verify, trusted_list_issuers=trusted_list_issuers
        )
        self.registries = RegistryClient(fetcher, registries) if registries else None
        self.answers: dict[str, RegistryAnswer] = {}
        self.lock = threading.Lock()
        self.now: datetime | None = None

    def _verify(self, document: Any) -> Report:
        assert self.now is not None
        return self.verify_list(document, self.resolver, self.now)


def _pipeline_verify(document: Any, resolver: MethodResolver, now: datetime) -> Report:
    from wallet.verify.pipeline import verify_document
    from wallet.verify.report import Status

    if not isinstance(document, dict):
        check = Check("format", Status.FAIL, "the status list is not a JSON object")
        return Report("credential", derive_verdict([check]), (check,))
    return verify_document(document, VerifyOptions(now=now, resolver=resolver))


class OnlineChecks:
    """The network's part of one run of verifications."""

    def __init__(
        self,
        fetcher: Fetcher,
        *,
        registries: Sequence[KnownRegistry] = (),
        trusted_list_issuers: Sequence[str] = (),
        verify_list: Callable[[Any, MethodResolver, datetime], Report] | None = None,
        _shared: _Shared | None = None,
    ) -> None:
        self._shared = _shared or _Shared(fetcher, registries, trusted_list_issuers, verify_list)
        self._recorder = RecordingFetcher(self._shared.fetcher)
        self._resolver = online_resolver(self._recorder, parsed=self._shared.parsed)
        self._records: dict[str, FetchRecord] = {}
        self._lock = threading.Lock()

    @classmethod
    def for_run(
        cls,
        *,
        offline: bool = False,
        refresh: bool = False,
        cache: DocumentCache | None = None,
        registries: Sequence[KnownRegistry] | None = None,
        settings: NetworkSettings | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> OnlineChecks:
        """The usual run: the environment's network settings, the given cache (the vault's when
        one is open) or the user cache folder, DCC's known registries. ``refresh`` fetches
        every document anew ("check again now"); ``clock`` dates the fetches."""
        fetcher = WebFetcher(
            settings=settings or NetworkSettings.from_environment(),
            cache=cache if cache is not None else FolderCache(),
            offline=offline,
            refresh=refresh,
            clock=clock or _utc_now,
        )
        known = bundled_registries() if registries is None else registries
        return cls(fetcher, registries=known)

    def close(self) -> None:
        """Close the run's connections (the fetcher's, when it has any to close)."""
        close = getattr(self._shared.fetcher, "close", None)
        if close is not None:
            close()

    def apply_to(self, options: VerifyOptions) -> VerifyOptions:
        """``options`` verifying with this view: its resolver (did:web and https keys) and its
        ``status`` and ``trust`` answers (the pipeline asks :meth:`status` and
        :meth:`registry`)."""
        return replace(options, offline=False, resolver=self.resolver, online=self)

    def for_input(self) -> OnlineChecks:
        """A view for one input: the same memo, cache and lists, its own ``fetched()``."""
        return OnlineChecks(self._shared.fetcher, _shared=self._shared)

    @property
    def resolver(self) -> MethodResolver:
        return self._resolver

    @property
    def fetcher(self) -> Fetcher:
        """The run's Fetcher as this view sees it (what goes through it shows in fetched()):
        for the Open Badges 2.0 functions of wallet.verify.openbadges2_online."""
        return self._recorder

    def status(
        self,
        credential_status: Any,
        issuer_id: str | None,
        now: datetime,
        *,
        credential_id: str | None = None,
    ) -> StatusResult:
        """The ``status`` check of a credential (skip when ``credential_status`` is empty)."""
        with self._shared.lock:
            self._shared.now = now
        result = self._shared.status.check(
            credential_status, issuer_id=issuer_id, now=now, credential_id=credential_id
        )
        self._note(result.fetched)
        return result

    def registry(self, issuer_id: str) -> RegistryAnswer | None:
        """The registries' answer for ``issuer_id``: None when no registry is configured, and
        offline when no registry's copy was kept (no registry is at hand, which is not the
        same answer as "registry unreachable")."""
        client = self._shared.registries
        if client is None:
            return None
        with self._shared.lock:
            answer = self._shared.answers.get(issuer_id)
        if answer is None:
            answer = client.lookup(issuer_id)
            with self._shared.lock:
                self._shared.answers.setdefault(issuer_id, answer)
        if self.offline and not answer.fetched():
            return None
        self._note(answer.fetched())
        return answer

    @property
    def offline(self) -> bool:
        """True when the run may not use the network (cached copies only)."""
        return bool(getattr(self._shared.fetcher, "offline", False))

    def fetched(self) -> tuple[FetchRecord, ...]:
        """Every document this view's verifications relied on, once each."""
        with self._lock:
            records = dict(self._records)
        for record in self._recorder.fetched():
            records.setdefault(record.url, record)
        return tuple(records.values())

    def _note(self, records: tuple[FetchRecord, ...]) -> None:
        with self._lock:
            for record in records:
                self._records.setdefault(record.url, record)
