"""One HTTPS GET, with every address checked before connecting (:mod:`wallet.net.addresses`).

httpx drives the request; underneath, httpcore opens connections through a network backend, the
one place every TCP connection of the wallet starts. :class:`GuardedBackend` resolves the host
itself, refuses the host when any address is refused, and connects to the address it checked, so
redirects, new connections of a pool and DNS rebinding all meet the same check.

Through a proxy (``HTTPS_PROXY``), the wallet connects only to the proxy, which the user chose
and which may well sit on their own network, and the proxy resolves the target. So the target is
checked here beforehand: an address literal always, a name when it resolves locally (behind many
corporate proxies names resolve only at the proxy; such a name is left to it).

One deadline bounds a whole request: every read, write and TLS handshake of its connection gets
at most the time left (:class:`_DeadlineStream`), so a server that drips its headers one byte at
a time cannot hold a fetch for (bytes x timeout).

Redirects, caching and the run's memo are the Fetcher's (:mod:`wallet.net.fetcher`); this module
answers one request. Thread-safe: httpx clients and httpcore pools are.
"""

from __future__ import annotations

import contextvars
import ssl
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Protocol

import httpcore
import httpx

from wallet.errors import (
    AddressRefused,
    CertificateRejected,
    DocumentTooLarge,
    FetchError,
    FetchTimeout,
    MalformedAnswer,
    NotHttps,
    Unreachable,
)
from wallet.net.addresses import HostResolver, SystemResolver, vetted_addresses
from wallet.net.settings import NetworkSettings, ssl_context

__all__ = ["GuardedBackend", "HttpTransport", "RawResponse", "Sender", "Transport"]

_USER_AGENT = "learner-wallet/0.1 (credential verification)"


class _Refused(Exception):
    """Raised inside httpcore by the backend; the transport turns it into AddressRefused."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class _UnknownHost(Exception):
    def __init__(self, host: str) -> None:
        super().__init__(host)
        self.host = host


# The monotonic deadline of the request this thread is sending (httpcore reads and writes on the
# caller's thread). Read at each operation, not when a connection opens: a pooled connection
# serves many requests, each with its own deadline.
_DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar(
    "learner_wallet_deadline", default=None
)


def _time_left(timeout: float | None, *, write: bool = False) -> float | None:
    deadline = _DEADLINE.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise httpcore.WriteTimeout("deadline") if write else httpcore.ReadTimeout("deadline")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    """A connection whose every operation ends by the current request's deadline."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _time_left(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _time_left(timeout, write=True))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        # CPython bounds a whole handshake by its timeout (not each read): the time left.
        left = _time_left(timeout)
        return _DeadlineStream(self._inner.start_tls(ssl_context, server_hostname, left))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class GuardedBackend(httpcore.SyncBackend):
    """httpcore's socket backend, connecting only to checked addresses.

    ``vet=False`` is for the proxy's own connection: the user configured that address.
    """

    def __init__(self, resolver: HostResolver, *, allow_loopback: bool, vet: bool = True) -> None:
        self._resolver, self._allow_loopback, self._vet = resolver, allow_loopback, vet

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        timeout = _time_left(timeout)
        if not self._vet:
            return _DeadlineStream(
                super().connect_tcp(host, port, timeout, local_address, socket_options)
            )
        try:
            addresses, refused = vetted_addresses(
                host, port, self._resolver, allow_loopback=self._allow_loopback
            )
        except OSError:
            raise _UnknownHost(host) from None
        if refused is not None:
            raise _Refused(refused)
        failure: Exception | None = None
        for address in addresses:  # the checked addresses, never a fresh resolution of host
            try:
                return _DeadlineStream(
                    super().connect_tcp(address, port, timeout, local_address, socket_options)
                )
            except httpcore.ConnectError as exc:
                failure = exc
        assert failure is not None
        raise failure


class _ResponseStream(httpx.SyncByteStream):
    def __init__(self, stream: Iterable[bytes]) -> None:
        self._stream = stream

    def __iter__(self) -> Iterator[bytes]:
        yield from self._stream

    def close(self) -> None:
        close = getattr(self._stream, "close", None)
        if close is not None:
            close()


class _CoreTransport(httpx.BaseTransport):
    """httpx over an httpcore pool we built (httpx's own transport hides the network backend)."""

    def __init__(self, pool: httpcore.ConnectionPool | httpcore.HTTPProxy) -> None:
        self._pool = pool

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(request.stream, httpx.SyncByteStream)
        core = httpcore.Request(
            method=request.method,
            url=httpcore.URL(
                scheme=request.url.raw_scheme,
                host=request.url.raw_host,
                port=request.url.port,
                target=request.url.raw_path,
            ),
            headers=request.headers.raw,
            content=request.stream,
            extensions=request.extensions,
        )
        response = self._pool.handle_request(core)
        assert isinstance(response.stream, Iterable)
        return httpx.Response(
            status_code=response.status,
            headers=response.headers,
            stream=_ResponseStream(response.stream),
            extensions=response.extensions,
        )

    def close(self) -> None:
        self._pool.close()


@dataclass(frozen=True)
class RawResponse:
    """One answer: status, headers and the raw (still content-encoded) body."""

    url: str
    status: int
    headers: httpx.Headers
    body: bytes


class Transport(Protocol):
    """The seam under the Fetcher: one GET, no redirects followed. Raises FetchError."""

    def get(self, url: str, *, max_bytes: int, deadline: float, accept: str) -> RawResponse: ...

    def close(self) -> None: ...


class Sender(Protocol):
    """One request of any method (an exchange's POSTs), no redirects followed, the same address
    checks as :class:`Transport`. Raises FetchError."""

    def send(
        self,
        method: str,
        url: str,
        *,
        body: bytes | None,
        headers: dict[str, str],
        max_bytes: int,
        deadline: float,
    ) -> RawResponse: ...


class HttpTransport:
    """The real network: httpx over guarded connections, TLS from truststore + SSL_CERT_FILE,
    ``HTTPS_PROXY``/``NO_PROXY`` from the settings. ``deadline`` is a ``time.monotonic()``."""

    def __init__(self, settings: NetworkSettings, resolver: HostResolver | None = None) -> None:
        self._settings = settings
        self._resolver = resolver or SystemResolver()
        context = ssl_context(settings)
        direct = httpcore.ConnectionPool(
            ssl_context=context,
            network_backend=GuardedBackend(self._resolver, allow_loopback=settings.allow_loopback),
        )
        self._direct = self._client(direct)
        self._proxied: httpx.Client | None = None
        if settings.https_proxy:
            proxy = httpcore.HTTPProxy(
                proxy_url=settings.https_proxy,
                ssl_context=context,
                proxy_ssl_context=context if settings.https_proxy.startswith("https:") else None,
                network_backend=GuardedBackend(self._resolver, allow_loopback=True, vet=False),
            )
            self._proxied = self._client(proxy)

    @staticmethod
    def _client(pool: httpcore.ConnectionPool | httpcore.HTTPProxy) -> httpx.Client:
        return httpx.Client(transport=_CoreTransport(pool), follow_redirects=False, trust_env=False)

    def close(self) -> None:
        self._direct.close()
        if self._proxied is not None:
            self._proxied.close()

    def get(self, url: str, *, max_bytes: int, deadline: float, accept: str) -> RawResponse:
        headers = {"Accept": accept, "Accept-Encoding": "gzip"}
        return self.send(
            "GET", url, body=None, headers=headers, max_bytes=max_bytes, deadline=deadline
        )

    def send(
        self,
        method: str,
        url: str,
        *,
        body: bytes | None,
        headers: dict[str, str],
        max_bytes: int,
        deadline: float,
    ) -> RawResponse:
        """One request: every address checked before connecting, as for :meth:`get`."""
        try:
            parsed = httpx.URL(url)
        except httpx.InvalidURL as exc:
            raise NotHttps(url, f"not a valid URL ({exc})") from None
        if parsed.scheme != "https" or not parsed.host:
            raise NotHttps(url, "only https URLs are fetched")
        client = self._direct
        if self._proxied is not None and self._settings.proxy_for(parsed.host) is not None:
            self._check_before_proxy(url, parsed)
            client = self._proxied
        try:
            return self._send(client, method, url, body, headers, max_bytes, deadline)
        except _Refused as exc:
            raise AddressRefused(url, f"refused to connect: {exc.reason}") from None
        except _UnknownHost as exc:
            raise Unreachable(url, f"the host {exc.host} is unknown") from None
        except httpcore.TimeoutException:
            raise FetchTimeout(url, f"no answer within {self._settings.timeout_s:g} s") from None
        except httpcore.ProxyError as exc:
            raise Unreachable(url, f"the proxy refused the connection ({exc})") from None
        except (httpcore.ConnectError, httpcore.NetworkError, httpcore.ProtocolError) as exc:
            raise _connection_error(url, exc) from None
        except (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError) as exc:
            # httpx's own checks of an answer (a Location it cannot parse, read even when no
            # redirect is followed): the server answered something no client can use.
            raise MalformedAnswer(url, f"the server's answer is malformed ({exc})") from None

    def _check_before_proxy(self, url: str, parsed: httpx.URL) -> None:
        try:
            _, refused = vetted_addresses(
                parsed.host,
                parsed.port or 443,
                self._resolver,
                allow_loopback=self._settings.allow_loopback,
            )
        except OSError:
            return  # resolves only at the proxy: its resolver, its network
        if refused is not None:
            raise AddressRefused(url, f"refused to connect: {refused}")

    def _send(
        self,
        client: httpx.Client,
        method: str,
        url: str,
        body: bytes | None,
        headers: dict[str, str],
        max_bytes: int,
        deadline: float,
    ) -> RawResponse:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise httpcore.ReadTimeout("deadline")
        sent = {"User-Agent": _USER_AGENT, **headers}
        token = _DEADLINE.set(deadline)
        try:
            return self._exchange(client, method, url, body, sent, max_bytes, deadline, remaining)
        finally:
            _DEADLINE.reset(token)

    @staticmethod
    def _exchange(
        client: httpx.Client,
        method: str,
        url: str,
        body: bytes | None,
        sent: dict[str, str],
        max_bytes: int,
        deadline: float,
        remaining: float,
    ) -> RawResponse:
        with client.stream(method, url, headers=sent, content=body, timeout=remaining) as response:
            client.cookies.clear()  # nothing an issuer's server sets follows us to the next
            length = response.headers.get("content-length", "")
            if length.isdigit() and int(length) > max_bytes:
                raise DocumentTooLarge(
                    url, f"it is {int(length):,} bytes; the cap is {max_bytes:,}"
                )
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_raw():
                size += len(chunk)
                if size > max_bytes:
                    raise DocumentTooLarge(url, f"it is larger than the cap of {max_bytes:,} bytes")
                if time.monotonic() > deadline:
                    raise httpcore.ReadTimeout("deadline")
                chunks.append(chunk)
            return RawResponse(url, response.status_code, response.headers, b"".join(chunks))


def _connection_error(url: str, exc: Exception) -> FetchError:
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, ssl.SSLCertVerificationError):
            detail = cause.verify_message or "unknown authority"
            return CertificateRejected(url, f"the server's certificate is not trusted ({detail})")
        if isinstance(cause, ssl.SSLError):
            return CertificateRejected(url, f"the TLS connection failed ({cause.reason})")
        cause = cause.__cause__ or cause.__context__
    return Unreachable(url, f"no connection ({exc or type(exc).__name__})")
