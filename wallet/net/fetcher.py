"""The one Fetcher (DESIGN "Network"): every document the wallet reads from the web comes here.

- https only; at most 3 redirects, each to https; a size cap per document and one deadline for
  the whole fetch (redirects included); addresses checked before every connection
  (:mod:`wallet.net.transport`).
- Within one run each URL is fetched at most once: a memo keeps the answer, failures included,
  so a hundred credentials sharing a status list cost one fetch, and an unreachable list one
  timeout.
- Across runs a :class:`~wallet.net.cache.DocumentCache` keeps each document with its fetch time;
  a copy younger than ``max_age`` is used as it is, an older one is fetched again; when no
  connection can be made at all (unreachable, timeout), the older copy answers, with its date.
- Offline, only cached copies are used (whatever their age; the caller shows the date), and a URL
  never fetched before is an :class:`~wallet.errors.OfflineError`. ``refresh`` is the opposite
  ("check again now"): every document is fetched anew once in the run, whatever the cache holds.

Every answer says what a report needs: the URL, when it was fetched, and whether it came from the
cache (:class:`FetchRecord`, ``"fetched": [{"url", "at", "cached"}]`` in ``verify --json``).
Failures raise the :class:`~wallet.errors.FetchError` subclass that says why, in a sentence.

Thread-safe: background re-verification may fetch from several threads; each URL still goes out
once.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from http import HTTPStatus
from typing import Any, Protocol

import httpx

from wallet.errors import (
    DocumentTooLarge,
    FetchError,
    FetchTimeout,
    HttpStatusError,
    InputError,
    NotHttps,
    OfflineError,
    TooManyRedirects,
    Unreachable,
)
from wallet.formats.jsontext import parse_json
from wallet.net.cache import CachedDocument, DocumentCache, MemoryCache
from wallet.net.inflate import InflateError, InflateTooLarge, gunzip_bounded
from wallet.net.settings import DEFAULT_MAX_BYTES, NetworkSettings
from wallet.net.transport import HttpTransport, RawResponse, Transport
from wallet.wording import shown

__all__ = [
    "DEFAULT_MAX_AGE",
    "JSON_ACCEPT",
    "FetchRecord",
    "Fetched",
    "Fetcher",
    "RecordingFetcher",
    "WebFetcher",
    "decoded_body",
    "iso",
    "json_of",
]

DEFAULT_MAX_AGE = timedelta(hours=1)  # DESIGN: refreshed when stale, after 1 hour by default
JSON_ACCEPT = "application/ld+json, application/json;q=0.9, */*;q=0.1"
_REDIRECTS = frozenset({301, 302, 303, 307, 308})


def _utc_now() -> datetime:
    return datetime.now(UTC)


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


@dataclass(frozen=True)
class FetchRecord:
    """One line of a report's ``fetched`` list."""

    url: str
    at: datetime
    cached: bool

    def to_json(self) -> dict[str, Any]:
        return {"url": self.url, "at": iso(self.at), "cached": self.cached}


@dataclass(frozen=True)
class Fetched:
    """A fetched document. ``at`` is when it came from the network (for a cached copy, then);
    ``cached`` says it was read from the disk cache rather than fetched in this run."""

    url: str
    body: bytes
    content_type: str
    at: datetime
    cached: bool
    final_url: str = ""
    stale: bool = False  # a cached copy older than the caller allowed (offline, or no connection)

    @property
    def record(self) -> FetchRecord:
        return FetchRecord(self.url, self.at, self.cached)

    def freshness(self) -> str:
        """How fresh this is, for a check's message (DESIGN "Network")."""
        if self.cached:
            return f"from a copy fetched at {iso(self.at)}"
        return f"checked online at {iso(self.at)}"

    def json(self) -> Any:
        """The body as strict JSON (size and depth caps, no duplicate keys).

        Raises :class:`~wallet.errors.InputError` with a sentence when it is not JSON.
        """
        return parse_json(self.body, max_bytes=max(len(self.body), 1))


class Fetcher(Protocol):
    """The seam every network use goes through (injected: tests pass their own)."""

    def fetch(
        self,
        url: str,
        *,
        max_bytes: int = DEFAULT_MAX_BYTES,
        max_age: timedelta = DEFAULT_MAX_AGE,
        accept: str = JSON_ACCEPT,
    ) -> Fetched:
        """The document at ``url``. Raises a :class:`~wallet.errors.FetchError` subclass."""

    def fetched(self) -> tuple[FetchRecord, ...]:
        """Every document used so far, once each, in the order first used."""


@dataclass
class _Entry:
    result: Fetched | FetchError
    networked: bool  # the network was asked for this URL in this run


class WebFetcher:
    """The Fetcher over the real network (or any :class:`~wallet.net.transport.Transport`)."""

    def __init__(
        self,
        *,
        settings: NetworkSettings | None = None,
        transport: Transport | None = None,
        cache: DocumentCache | None = None,
        offline: bool = False,
        refresh: bool = False,
        clock: Callable[[], datetime] = _utc_now,
    ) -> None:
        self._settings = settings or NetworkSettings.from_environment()
        # Made on the first download: an offline run (or one the cache answers) never loads
        # the trust store or opens a connection pool.
        self._transport_given = transport
        self._cache: DocumentCache = cache if cache is not None else MemoryCache()
        self._offline = offline
        self._refresh = refresh and not offline
        self._clock = clock
        self._memo: dict[str, _Entry] = {}
        self._records: dict[str, FetchRecord] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()

    @property
    def offline(self) -> bool:
        return self._offline

    @property
    def _transport(self) -> Transport:
        with self._lock:
            if self._transport_given is None:
                self._transport_given = HttpTransport(self._settings)
            return self._transport_given

    def close(self) -> None:
        """Close the connections kept open for reuse (the fetcher cannot fetch afterwards)."""
        with self._lock:
            transport = self._transport_given
        if transport is not None:
            transport.close()

    def __enter__(self) -> WebFetcher:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def fetched(self) -> tuple[FetchRecord, ...]:
        with self._lock:
            return tuple(self._records.values())

    def fetch(
        self,
        url: str,
        *,
        max_bytes: int = DEFAULT_MAX_BYTES,
        max_age: timedelta = DEFAULT_MAX_AGE,
        accept: str = JSON_ACCEPT,
    ) -> Fetched:
        with self._lock:
            url_lock = self._locks.setdefault(url, threading.Lock())
        with url_lock:
            entry = self._memo.get(url)
            if entry is None or not self._usable(entry, max_age):
                entry = self._obtain(url, max_bytes, max_age, accept)
                self._memo[url] = entry
        result = entry.result
        if isinstance(result, FetchError):
            raise result.with_traceback(None)
        if len(result.body) > max_bytes:
            raise DocumentTooLarge(
                url, f"it is {len(result.body):,} bytes; the cap is {max_bytes:,}"
            )
        with self._lock:
            self._records.setdefault(url, result.record)
        return result

    def _usable(self, entry: _Entry, max_age: timedelta) -> bool:
        if entry.networked or self._offline or isinstance(entry.result, FetchError):
            return True
        return self._clock() - entry.result.at <= max_age

    def _obtain(self, url: str, max_bytes: int, max_age: timedelta, accept: str) -> _Entry:
        copy = None if self._refresh else self._cache.get(url)
        stale = copy is not None and self._clock() - copy.fetched_at > max_age
        if copy is not None and (self._offline or not stale):
            return _Entry(_from_cache(copy, stale), networked=False)
        if self._offline:
            return _Entry(OfflineError(url, "offline, and no copy was fetched before"), False)
        try:
            fetched = self._download(url, max_bytes, accept)
        except (Unreachable, FetchTimeout) as exc:
            # No connection at all (a laptop on a plane): a copy fetched before still answers,
            # as it would offline, and says its date. A server that answered (404, 410, a
            # refused address, a bad certificate) is never papered over with an old copy.
            if copy is not None:
                return _Entry(_from_cache(copy, stale=True), networked=True)
            return _Entry(exc, networked=True)
        except FetchError as exc:
            return _Entry(exc, networked=True)
        self._cache.put(
            CachedDocument(url, fetched.body, fetched.content_type, fetched.at, fetched.final_url)
        )
        return _Entry(fetched, networked=True)

    def _download(self, url: str, max_bytes: int, accept: str) -> Fetched:
        deadline = time.monotonic() + self._settings.timeout_s
        current = url
        for _ in range(self._settings.max_redirects + 1):
            if _scheme(current) != "https":
                why = "only https URLs are fetched"
                if current != url:
                    why = f"it redirects to {current[:200]}, which is not https"
                raise NotHttps(url, why)
            raw = self._transport.get(
                current, max_bytes=max_bytes, deadline=deadline, accept=accept
            )
            if raw.status in _REDIRECTS:
                location = raw.headers.get("location")
                if not location:
                    raise HttpStatusError(url, f"HTTP {raw.status} without a Location", raw.status)
                current = _join(current, location)
                continue
            if raw.status != 200:
                raise HttpStatusError(url, f"the server answered {_status(raw.status)}", raw.status)
            body = decoded_body(url, raw, max_bytes)
            content_type = raw.headers.get("content-type", "")
            return Fetched(url, body, content_type, self._clock(), False, current)
        raise TooManyRedirects(url, f"more than {self._settings.max_redirects} redirects")


class RecordingFetcher:
    """A view of a Fetcher that also keeps its own list of documents used: one per input, so
    ``verify --json`` can say what *this* input relied on while the run's memo stays shared."""

    def __init__(self, inner: Fetcher) -> None:
        self._inner = inner
        self._records: dict[str, FetchRecord] = {}
        self._lock = threading.Lock()

    def fetch(
        self,
        url: str,
        *,
        max_bytes: int = DEFAULT_MAX_BYTES,
        max_age: timedelta = DEFAULT_MAX_AGE,
        accept: str = JSON_ACCEPT,
    ) -> Fetched:
        result = self._inner.fetch(url, max_bytes=max_bytes, max_age=max_age, accept=accept)
        with self._lock:
            self._records.setdefault(url, result.record)
        return result

    def fetched(self) -> tuple[FetchRecord, ...]:
        with self._lock:
            return tuple(self._records.values())


def _from_cache(copy: CachedDocument, stale: bool = False) -> Fetched:
    return Fetched(
        copy.url, copy.body, copy.content_type, copy.fetched_at, True, copy.final_url, stale
    )


def _scheme(url: str) -> str:
    try:
        return httpx.URL(url).scheme
    except httpx.InvalidURL:
        return ""


def _join(base: str, location: str) -> str:
    try:
        return str(httpx.URL(base).join(location))
    except httpx.InvalidURL:
        return location


def _status(code: int) -> str:
    try:
        return f"HTTP {code} {HTTPStatus(code).phrase}"
    except ValueError:
        return f"HTTP {code}"


def decoded_body(url: str, raw: RawResponse, max_bytes: int) -> bytes:
    """The body without its content-encoding: gzip (inflated within the cap) or none."""
    encoding = raw.headers.get("content-encoding", "identity").strip().lower()
    if encoding in ("", "identity"):
        return raw.body
    if encoding in ("gzip", "x-gzip"):
        try:
            return gunzip_bounded(raw.body, max_bytes)
        except InflateTooLarge:
            raise DocumentTooLarge(
                url, f"it inflates past the cap of {max_bytes:,} bytes"
            ) from None
        except InflateError as exc:
            raise HttpStatusError(
                url, f"the server sent a damaged body ({exc})", raw.status
            ) from None
    raise HttpStatusError(
        url, f"the server used the unasked-for encoding {shown(encoding)}", raw.status
    )


def json_of(fetched: Fetched) -> tuple[Any, str | None]:
    """``fetched``'s JSON and None, or None and why it is not JSON (one sentence)."""
    try:
        return fetched.json(), None
    except InputError as exc:
        return None, f"the document at {fetched.url} is not JSON: {exc}"
