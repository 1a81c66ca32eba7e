"""The one Fetcher against a real HTTPS server on loopback: what it fetches, how often, from where,
and every way it refuses (DESIGN "Network")."""

from __future__ import annotations

import gzip
import json
import threading
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.net.conftest import loopback_environment
from tests.net.local_https import LocalCA, LocalHttpsServer, Route
from wallet.errors import (
    CertificateRejected,
    DocumentTooLarge,
    FetchTimeout,
    HttpStatusError,
    NotHttps,
    OfflineError,
    TooManyRedirects,
)
from wallet.net import Fetched, FolderCache, MemoryCache, NetworkSettings, WebFetcher


def _once(fetcher: WebFetcher, url: str) -> Fetched:
    with fetcher:
        return fetcher.fetch(url)


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def test_a_document_says_where_and_when_it_came_from(
    https_server: LocalHttpsServer, fetcher: WebFetcher
) -> None:
    url = https_server.add_json("/fetch/plain.json", '{"hello": "world"}')
    fetched = fetcher.fetch(url)
    assert fetched.json() == {"hello": "world"}
    assert (fetched.url, fetched.cached) == (url, False)
    assert abs((datetime.now(UTC) - fetched.at).total_seconds()) < 60
    record = fetched.record.to_json()
    assert record["url"] == url and record["cached"] is False and record["at"].endswith("Z")
    assert fetched.freshness().startswith("checked online at ")


def test_each_url_is_fetched_once_per_run(
    https_server: LocalHttpsServer, fetcher: WebFetcher
) -> None:
    url = https_server.add_json("/fetch/once.json", "{}")
    for _ in range(5):
        fetcher.fetch(url)
    assert https_server.hits("/fetch/once.json") == 1
    assert [r.url for r in fetcher.fetched()] == [url]


def test_concurrent_fetches_of_one_url_go_out_once(
    https_server: LocalHttpsServer, fetcher: WebFetcher
) -> None:
    def slow(path: str) -> Route:
        time.sleep(0.2)
        return Route(200, b"{}")

    url = https_server.add("/fetch/concurrent.json", slow)
    threads = [threading.Thread(target=fetcher.fetch, args=(url,)) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert https_server.hits("/fetch/concurrent.json") == 1


def test_failures_are_remembered_too(https_server: LocalHttpsServer, fetcher: WebFetcher) -> None:
    url = https_server.add_json("/fetch/missing.json", "gone", status=404)
    for _ in range(3):
        with pytest.raises(HttpStatusError) as caught:
            fetcher.fetch(url)
        assert caught.value.status == 404
        assert str(caught.value) == f"could not fetch {url}: the server answered HTTP 404 Not Found"
    assert https_server.hits("/fetch/missing.json") == 1


def test_the_disk_cache_serves_the_next_run_until_the_copy_is_stale(
    https_server: LocalHttpsServer, settings: NetworkSettings, tmp_path: Path
) -> None:
    url = https_server.add_json("/fetch/cached.json", '{"v": 1}')
    clock = Clock()
    cache = FolderCache(tmp_path / "cache")
    first = _once(WebFetcher(settings=settings, cache=cache, clock=clock), url)
    assert not first.cached
    clock.now += timedelta(minutes=30)
    second = _once(WebFetcher(settings=settings, cache=cache, clock=clock), url)
    assert second.cached and second.at == first.at and second.json() == {"v": 1}
    assert second.freshness() == "from a copy fetched at 2026-06-01T12:00:00Z"
    assert https_server.hits("/fetch/cached.json") == 1
    clock.now += timedelta(hours=2)
    third = _once(WebFetcher(settings=settings, cache=cache, clock=clock), url)
    assert not third.cached and https_server.hits("/fetch/cached.json") == 2
    # a shorter max_age (a status list's ttl) refreshes a copy the default would keep
    clock.now += timedelta(minutes=10)
    with WebFetcher(settings=settings, cache=cache, clock=clock) as fourth:
        assert fourth.fetch(url).cached
        assert not fourth.fetch(url, max_age=timedelta(minutes=5)).cached
    assert https_server.hits("/fetch/cached.json") == 3


def test_a_damaged_cache_entry_is_a_miss(
    https_server: LocalHttpsServer, settings: NetworkSettings, tmp_path: Path
) -> None:
    url = https_server.add_json("/fetch/damaged.json", "{}")
    cache = FolderCache(tmp_path)
    _once(WebFetcher(settings=settings, cache=cache), url)
    for entry in tmp_path.glob("*.doc"):
        entry.write_bytes(b"\x00garbage")
    assert cache.get(url) is None
    assert not _once(WebFetcher(settings=settings, cache=cache), url).cached


def test_offline_uses_only_copies_fetched_before(
    https_server: LocalHttpsServer, settings: NetworkSettings
) -> None:
    url = https_server.add_json("/fetch/offline.json", "{}")
    never = https_server.url("/fetch/never.json")
    clock = Clock()
    cache = MemoryCache()
    _once(WebFetcher(settings=settings, cache=cache, clock=clock), url)
    clock.now += timedelta(days=30)  # offline, any age will do: the message shows the date
    before = https_server.connections
    with WebFetcher(settings=settings, cache=cache, clock=clock, offline=True) as offline:
        assert offline.fetch(url).cached
        with pytest.raises(OfflineError, match="offline, and no copy was fetched before"):
            offline.fetch(never)
    assert https_server.connections == before


def test_plain_http_is_refused_without_connecting(
    https_server: LocalHttpsServer, fetcher: WebFetcher
) -> None:
    before = https_server.connections
    for url in (f"http://localhost:{https_server.port}/x", "ftp://example.org/x", "not a url"):
        with pytest.raises(NotHttps):
            fetcher.fetch(url)
    assert https_server.connections == before


def _redirect(target: str, status: int = 302) -> Route:
    return Route(status, b"", {"Location": target})


def test_three_redirects_are_followed_and_a_fourth_is_refused(
    https_server: LocalHttpsServer, fetcher: WebFetcher
) -> None:
    https_server.add_json("/r/end.json", '{"end": true}')
    https_server.add("/r/1", _redirect("/r/end.json", 301))
    https_server.add("/r/2", _redirect("/r/1", 307))
    https_server.add("/r/3", _redirect(https_server.url("/r/2"), 308))
    https_server.add("/r/4", _redirect("/r/3"))
    fetched = fetcher.fetch(https_server.url("/r/3"))
    assert fetched.json() == {"end": True} and fetched.final_url.endswith("/r/end.json")
    with pytest.raises(TooManyRedirects, match="more than 3 redirects"):
        fetcher.fetch(https_server.url("/r/4"))


def test_a_redirect_to_plain_http_is_refused(
    https_server: LocalHttpsServer, fetcher: WebFetcher
) -> None:
    https_server.add("/r/to-http", _redirect(f"http://localhost:{https_server.port}/r/plain.json"))
    with pytest.raises(NotHttps, match="which is not https"):
        fetcher.fetch(https_server.url("/r/to-http"))
    assert https_server.hits("/r/plain.json") == 0


def test_the_size_cap_holds_declared_streamed_and_inflated(
    https_server: LocalHttpsServer, fetcher: WebFetcher
) -> None:
    big = https_server.add_json("/size/big.json", b"[" + b"0," * 5000 + b"0]")
    with pytest.raises(DocumentTooLarge, match="the cap is 1,000"):
        fetcher.fetch(big, max_bytes=1000)
    bomb = gzip.compress(b" " * (8 * 1024 * 1024))
    assert len(bomb) < 64 * 1024
    url = https_server.add("/size/bomb.json", Route(200, bomb, {"Content-Encoding": "gzip"}))
    with pytest.raises(DocumentTooLarge, match="inflates past the cap"):
        fetcher.fetch(url, max_bytes=1024 * 1024)
    small = gzip.compress(json.dumps({"ok": 1}).encode())
    url = https_server.add("/size/gzip.json", Route(200, small, {"Content-Encoding": "gzip"}))
    assert fetcher.fetch(url).json() == {"ok": 1}


def test_a_server_that_does_not_answer_in_time_times_out(
    https_server: LocalHttpsServer, test_ca: LocalCA
) -> None:
    def slow(path: str) -> Route:
        time.sleep(1.5)
        return Route(200, b"{}")

    url = https_server.add("/slow.json", slow)
    settings = NetworkSettings.from_environment(loopback_environment(test_ca.ca_file))
    started = time.monotonic()
    with (
        WebFetcher(settings=replace(settings, timeout_s=0.3)) as quick,
        pytest.raises(FetchTimeout, match=r"no answer within 0\.3 s"),
    ):
        quick.fetch(url)
    assert time.monotonic() - started < 1.4


def test_an_untrusted_certificate_is_refused(https_server: LocalHttpsServer) -> None:
    url = https_server.add_json("/tls.json", "{}")
    no_test_ca = NetworkSettings(allow_loopback=True)  # only the operating system's authorities
    with pytest.raises(CertificateRejected, match="certificate is not trusted"):
        _once(WebFetcher(settings=no_test_ca), url)


def test_ssl_cert_file_and_the_switch_come_from_the_environment(
    https_server: LocalHttpsServer, test_ca: LocalCA, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = https_server.add_json("/env.json", "{}")
    for name, value in loopback_environment(test_ca.ca_file).items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("HTTPS_PROXY", raising=False)
    monkeypatch.delenv("https_proxy", raising=False)
    assert _once(WebFetcher(), url).json() == {}


class _NoConnection:
    """A transport for a machine with no network: every GET fails the way it says."""

    def __init__(self, error: Exception) -> None:
        self.error = error

    def get(self, url: str, *, max_bytes: int, deadline: float, accept: str) -> object:
        raise self.error

    def close(self) -> None:
        pass


def test_with_no_connection_an_old_copy_answers_with_its_date(
    https_server: LocalHttpsServer, settings: NetworkSettings
) -> None:
    from wallet.errors import Unreachable

    url = https_server.add_json("/fetch/plane.json", '{"v": 1}')
    clock, cache = Clock(), MemoryCache()
    _once(WebFetcher(settings=settings, cache=cache, clock=clock), url)
    clock.now += timedelta(days=3)  # stale: the network is asked first
    for error in (Unreachable(url, "no connection"), FetchTimeout(url, "no answer")):
        cut_off = WebFetcher(
            settings=settings,
            cache=cache,
            clock=clock,
            transport=_NoConnection(error),
        )
        found = _once(cut_off, url)
        assert found.cached and found.json() == {"v": 1}
        assert found.freshness() == "from a copy fetched at 2026-06-01T12:00:00Z"
    gone = WebFetcher(
        settings=settings,
        cache=cache,
        clock=clock,
        transport=_NoConnection(HttpStatusError(url, "HTTP 410 Gone", 410)),
    )
    with gone, pytest.raises(HttpStatusError):  # an answer is never papered over
        gone.fetch(url)
    never = https_server.url("/fetch/plane-never.json")
    nothing = WebFetcher(
        settings=settings, cache=cache, transport=_NoConnection(Unreachable(never, "x"))
    )
    with nothing, pytest.raises(Unreachable):  # and no copy: the failure, as before
        nothing.fetch(never)
