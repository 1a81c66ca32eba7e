"""Attacks on the one Fetcher by a hostile server (branch attack-net, FINDINGS.md).

Every attack here is played by a real TLS server on 127.0.0.1 (:mod:`tests.net.hostile` or
:class:`LocalHttpsServer`); the wallet side is the real WebFetcher over the real transport.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterable, Iterator
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as examples
from hypothesis import strategies as st

from tests.net.hostile import HostileServer, Script, SlowRelay
from tests.net.local_https import LocalCA, LocalHttpsServer, Route
from wallet.errors import ExchangeError, FetchError, FetchTimeout
from wallet.exchange.http import ExchangeHttp
from wallet.net import MemoryCache, NetworkSettings, WebFetcher


@pytest.fixture
def hostile(test_ca: LocalCA) -> Iterator[list[HostileServer]]:
    servers: list[HostileServer] = []
    yield servers
    for server in servers:
        server.close()


def _serve(servers: list[HostileServer], ca: LocalCA, script: Script) -> HostileServer:
    server = HostileServer(ca, script)
    servers.append(server)
    return server


def _quick(settings: NetworkSettings, timeout_s: float = 0.6) -> WebFetcher:
    return WebFetcher(settings=replace(settings, timeout_s=timeout_s), cache=MemoryCache())


def _drip(data: bytes, pause: float) -> Iterable[bytes | float]:
    for byte in data:
        yield bytes([byte])
        yield pause


# Finding 1: each read had the whole timeout, so a server dripping its status line and headers
# one byte at a time held a fetch for (header bytes x timeout): hours for a 10 s timeout.
@pytest.mark.parametrize(
    "head",
    [
        b"HTTP/1.1 200 OK\r\nX-Drip: " + b"a" * 4000 + b"\r\n",  # headers never end
        b"HTTP/1.1 200 OK\r\nContent-Length: 400\r\n\r\n" + b" " * 400,  # body, byte by byte
    ],
    ids=["headers", "body"],
)
def test_a_server_dripping_bytes_cannot_hold_a_fetch_past_its_deadline(
    head: bytes, hostile: list[HostileServer], test_ca: LocalCA, settings: NetworkSettings
) -> None:
    server = _serve(hostile, test_ca, lambda: _drip(head, 0.15))
    started = time.monotonic()
    with _quick(settings) as fetcher, pytest.raises(FetchTimeout):
        fetcher.fetch(server.url())
    assert time.monotonic() - started < 1.5


def test_a_chunked_body_that_never_ends_stops_at_the_cap_or_the_deadline(
    hostile: list[HostileServer], test_ca: LocalCA, settings: NetworkSettings
) -> None:
    def endless() -> Iterator[bytes | float]:
        yield b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
        while True:
            yield b"1000\r\n" + b" " * 4096 + b"\r\n"

    server = _serve(hostile, test_ca, endless)
    started = time.monotonic()
    with _quick(settings, 3.0) as fetcher, pytest.raises(FetchError, match="cap"):
        fetcher.fetch(server.url())
    assert time.monotonic() - started < 3.0


def test_a_tls_handshake_that_drips_cannot_hold_a_fetch_past_its_deadline(
    https_server: LocalHttpsServer, settings: NetworkSettings
) -> None:
    https_server.add_json("/attack/handshake.json", "{}")
    relay = SlowRelay(https_server.port, 0.05)  # a certificate of ~1 KB: a minute of handshake
    try:
        started = time.monotonic()
        with _quick(settings) as fetcher, pytest.raises(FetchTimeout):
            fetcher.fetch(relay.url("/attack/handshake.json"))
        assert time.monotonic() - started < 1.5
    finally:
        relay.close()


_HEADER_TEXT = st.text(
    st.characters(min_codepoint=0x20, max_codepoint=0xFF, exclude_characters="\x7f"), max_size=60
)
# Half the values start like a URL, so a Location parser meets hostile hosts, ports and brackets.
_HEADER_VALUE = st.one_of(
    _HEADER_TEXT,
    st.tuples(
        st.sampled_from(["https://", "//", "https://[", "https://a:", "/"]), _HEADER_TEXT
    ).map("".join),
)
_HEADERS = st.sampled_from(
    ["Location", "Content-Encoding", "Content-Length", "Content-Type", "Transfer-Encoding"]
)


@examples(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(name=_HEADERS, value=_HEADER_VALUE, status=st.sampled_from([200, 302, 307, 404]))
def test_any_header_a_server_sends_is_a_fetch_error_or_a_document(
    name: str, value: str, status: int, https_server: LocalHttpsServer, settings: NetworkSettings
) -> None:
    """Finding 3, as a class: whatever a hostile server writes in a header, the Fetcher raises
    FetchError (its contract) and the exchanges ExchangeError, never httpx's or h11's own."""
    route = Route(status, b"{}", {name: value})
    https_server.add("/attack/header.json", route)
    url = https_server.url("/attack/header.json")
    with _quick(settings, 2.0) as fetcher, contextlib.suppress(FetchError):
        fetcher.fetch(url)
    with ExchangeHttp(replace(settings, timeout_s=2.0)) as http:
        with contextlib.suppress(ExchangeError):
            http.get(url, step="attack")
        with contextlib.suppress(ExchangeError):
            http.post_json(url, {}, step="attack")
