"""The exchanges' HTTP: GET and POST over the wallet's one guarded transport (DESIGN "Network").

What :class:`~wallet.net.WebFetcher` gives a verification (https only, every address checked
before every connection, size caps, one deadline a request, at most 3 redirects https to https)
holds here too; what it adds for documents does not belong here and is left out:

- no memo and no disk cache: an offer, a token or a credential is asked for once and never kept
  outside the vault;
- every status is handed back (an OAuth error comes as HTTP 400 with a JSON body the learner must
  read), not turned into an exception;
- a POST is never redirected: a 3xx to a request that carried a token or a presentation is
  refused, since following it would send them somewhere the learner did not agree to.

Failures raise :class:`~wallet.errors.ExchangeError` naming the step ("asking the issuer for an
access token") and the network's reason. Not thread-safe per instance; nothing here touches Qt.
"""

from __future__ import annotations

import json
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

import httpx

from wallet.errors import ExchangeError, FetchError, InputError
from wallet.formats.jsontext import parse_json
from wallet.net.fetcher import decoded_body
from wallet.net.settings import DEFAULT_MAX_BYTES, NetworkSettings
from wallet.net.transport import HttpTransport, RawResponse, Sender

__all__ = ["JSON", "ExchangeHttp", "HttpAnswer", "json_body"]

JSON = "application/json"
_REDIRECTS = frozenset({301, 302, 303, 307, 308})


@dataclass(frozen=True)
class HttpAnswer:
    """One answer, whatever its status. ``url`` is where it finally came from."""

    url: str
    status: int
    content_type: str
    body: bytes

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300

    def json(self, step: str) -> Any:
        """The body as strict JSON (caps, no duplicate keys). Raises ExchangeError."""
        try:
            return parse_json(self.body, max_bytes=max(len(self.body), 1))
        except InputError as exc:
            raise ExchangeError(step, f"{self.url} did not answer with JSON ({exc})") from None

    def json_object(self, step: str) -> dict[str, Any]:
        value = self.json(step)
        if not isinstance(value, dict):
            raise ExchangeError(step, f"{self.url} answered with JSON that is not an object")
        return value

    def text(self) -> str:
        return self.body.decode("utf-8", errors="replace").strip()


def json_body(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


class ExchangeHttp:
    """GET and POST for the exchange clients. ``sender`` is the seam (default: the real
    :class:`~wallet.net.transport.HttpTransport` with ``settings`` from the environment)."""

    def __init__(
        self,
        settings: NetworkSettings | None = None,
        sender: Sender | None = None,
        *,
        max_bytes: int = DEFAULT_MAX_BYTES,
    ) -> None:
        self._settings = settings or NetworkSettings.from_environment()
        self._owned = sender is None
        self._sender: Sender = sender or HttpTransport(self._settings)
        self._max_bytes = max_bytes

    def close(self) -> None:
        if self._owned and isinstance(self._sender, HttpTransport):
            self._sender.close()

    def __enter__(self) -> ExchangeHttp:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def get(self, url: str, *, step: str, accept: str = JSON) -> HttpAnswer:
        """GET ``url``, following at most 3 redirects, each to https."""
        current = url
        for _ in range(self._settings.max_redirects + 1):
            raw = self._send(step, "GET", current, None, {"Accept": accept})
            if raw.status not in _REDIRECTS:
                return self._answer(step, current, raw)
            location = raw.headers.get("location")
            if not location:
                raise ExchangeError(step, f"{current} redirected without saying where")
            current = _join(current, location)
            if httpx.URL(current).scheme != "https":
                raise ExchangeError(
                    step, f"{url} redirected to {current[:200]}, which is not https"
                )
        raise ExchangeError(
            step, f"{url} redirected more than {self._settings.max_redirects} times"
        )

    def post_json(
        self,
        url: str,
        body: Any,
        *,
        step: str,
        headers: Mapping[str, str] | None = None,
        accept: str = JSON,
    ) -> HttpAnswer:
        sent = {"Content-Type": JSON, "Accept": accept, **(headers or {})}
        return self._post(step, url, json_body(body), sent)

    def post_form(
        self,
        url: str,
        fields: Mapping[str, str],
        *,
        step: str,
        headers: Mapping[str, str] | None = None,
        accept: str = JSON,
    ) -> HttpAnswer:
        """POST ``application/x-www-form-urlencoded`` (OAuth token requests, OpenID4VP
        ``direct_post``)."""
        sent = {
            "Content-Type": "application/x-www-form-urlencoded",
            "Accept": accept,
            **(headers or {}),
        }
        return self._post(step, url, urlencode(dict(fields)).encode("ascii"), sent)

    def post_empty(
        self, url: str, *, step: str, headers: Mapping[str, str] | None = None
    ) -> HttpAnswer:
        """A POST with no body (the OpenID4VCI nonce endpoint, §7.1)."""
        return self._post(step, url, b"", {"Accept": JSON, **(headers or {})})

    def _post(self, step: str, url: str, body: bytes, headers: dict[str, str]) -> HttpAnswer:
        raw = self._send(step, "POST", url, body, headers)
        if raw.status in _REDIRECTS:
            raise ExchangeError(
                step,
                f"{url} tried to redirect what the wallet sent elsewhere; it was not followed",
            )
        return self._answer(step, url, raw)

    def _send(
        self, step: str, method: str, url: str, body: bytes | None, headers: dict[str, str]
    ) -> RawResponse:
        if not url.startswith("https://"):
            raise ExchangeError(step, f"{url[:200]} is not an https address; only https is used")
        deadline = time.monotonic() + self._settings.timeout_s
        try:
            return self._sender.send(
                method,
                url,
                body=body,
                headers={"Accept-Encoding": "gzip", **headers},
                max_bytes=self._max_bytes,
                deadline=deadline,
            )
        except FetchError as exc:
            raise ExchangeError(step, f"could not reach {exc.url}: {exc.reason}") from None

    def _answer(self, step: str, url: str, raw: RawResponse) -> HttpAnswer:
        try:
            body = decoded_body(url, raw, self._max_bytes)
        except FetchError as exc:
            raise ExchangeError(step, exc.reason) from None
        return HttpAnswer(url, raw.status, raw.headers.get("content-type", ""), body)


def _join(base: str, location: str) -> str:
    try:
        return str(httpx.URL(base).join(location))
    except httpx.InvalidURL:
        return location
