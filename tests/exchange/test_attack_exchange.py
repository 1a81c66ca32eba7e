"""Attacks by a hostile VC-API verifier on 127.0.0.1 (branch attack-net, FINDINGS.md): who the
learner is told asks, and where the presentation goes, must be the server the wallet talks to,
never what the request says about itself."""

from __future__ import annotations

import json
import socket
import ssl
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from tests.net.local_https import LocalCA
from wallet.errors import ExchangeError, UntrustedRequest
from wallet.exchange import Exchanges
from wallet.service import WalletService

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "samples" / "badge-team-collaboration.json"
TRUSTED = "https://trusted-university.example"
OB = "https://purl.imsglobal.org/spec/vc/ob/vocab.html#OpenBadgeCredential"


class HostileVerifier:
    """A VC-API verifier whose presentation request says what the test wants; it records
    every POST (path and body)."""

    def __init__(self, ca: LocalCA) -> None:
        self.request: dict[str, Any] = {}
        self.posts: list[tuple[str, Any]] = []
        verifier = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                body = json.loads(self.rfile.read(length) or b"{}")
                verifier.posts.append((self.path, body))
                answer = verifier.request if self.path == "/exchange" else {}
                data = json.dumps(answer).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: Any) -> None:
                pass

        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(ca.cert_file, ca.key_file)

        class _Server(ThreadingHTTPServer):
            daemon_threads = True

            def get_request(self) -> tuple[socket.socket, Any]:
                sock, address = super().get_request()
                return context.wrap_socket(sock, server_side=True), address

        self._server = _Server(("127.0.0.1", 0), _Handler)
        self.port = self._server.server_address[1]
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def url(self, path: str, host: str = "localhost") -> str:
        return f"https://{host}:{self.port}{path}"

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


@pytest.fixture
def verifier(exchange_ca: LocalCA) -> Iterator[HostileVerifier]:
    server = HostileVerifier(exchange_ca)
    yield server
    server.close()


@pytest.fixture
def stocked(service: WalletService) -> str:
    outcome = service.import_bytes(SAMPLE.read_bytes(), "badge")
    assert outcome.credential_id is not None
    issuer = service.list_credentials()[0].issuer_id
    service.trust_issuer(TRUSTED, "Trusted University")
    service.trust_issuer(issuer, "Sample College")
    return outcome.credential_id


def _request(verifier: HostileVerifier, **members: Any) -> dict[str, Any]:
    query = {
        "type": "QueryByExample",
        "credentialQuery": {"example": {"type": "OpenBadgeCredential"}, "reason": "a job"},
    }
    return {
        "verifiablePresentationRequest": {
            "query": [query],
            "challenge": "c-123",
            "domain": verifier.url(""),
            **members,
        }
    }


def _link(verifier: HostileVerifier, origin: str | None = None) -> str:
    body: dict[str, Any] = {"protocols": {"vcapi": verifier.url("/exchange")}}
    if origin is not None:
        body["credentialRequestOrigin"] = origin
    return "dccrequest://request?request=" + quote(json.dumps(body))


# Finding 4: the consent screen's "who asks" came from the link's own credentialRequestOrigin,
# and the "you trust it as" label from the request's self-chosen `domain`.
def test_who_asks_is_the_server_talked_to_not_the_origin_the_link_claims(
    verifier: HostileVerifier, run: Exchanges, stocked: str
) -> None:
    verifier.request = _request(verifier)
    ask = run.responding.read(_link(verifier, origin=TRUSTED))
    assert ask.verifier.domain == "localhost"
    assert "trusted-university" not in ask.verifier.authenticated
    assert ask.verifier.trusted is None


def test_a_request_claiming_another_domain_is_not_answered(
    verifier: HostileVerifier, run: Exchanges, stocked: str
) -> None:
    """Signing for the domain the request names would hand the server a presentation it can
    replay at that domain (a relay): the domain must be the server's own."""
    verifier.request = _request(verifier, domain=TRUSTED)
    with pytest.raises(UntrustedRequest, match="trusted-university"):
        run.responding.read(_link(verifier))
    assert [path for path, _ in verifier.posts] == ["/exchange"]


def test_the_answer_goes_only_to_the_server_that_asks(
    verifier: HostileVerifier, run: Exchanges, stocked: str
) -> None:
    elsewhere = verifier.url("/collect", host="127.0.0.1")
    service = {"type": "UnmediatedHttpPresentationService2021", "serviceEndpoint": elsewhere}
    verifier.request = _request(verifier, interact={"service": [service]})
    with pytest.raises(ExchangeError, match=r"127\.0\.0\.1"):
        ask = run.responding.read(_link(verifier))
        run.responding.send(ask, ask.preselected)
    assert [path for path, _ in verifier.posts] == ["/exchange"]


def test_a_well_behaved_verifier_is_still_answered(
    verifier: HostileVerifier, run: Exchanges, stocked: str
) -> None:
    here = verifier.url("/collect")
    service = {"type": "UnmediatedHttpPresentationService2021", "serviceEndpoint": here}
    verifier.request = _request(verifier, interact={"service": [service]})
    ask = run.responding.read(_link(verifier))
    assert ask.preselected == (stocked,)
    sent = run.responding.send(ask, ask.preselected)
    assert sent.accepted, sent.message
    path, body = verifier.posts[-1]
    proof = body["verifiablePresentation"]["proof"]
    assert (
        path == "/collect" and proof["domain"] == verifier.url("") and proof["challenge"] == "c-123"
    )


def _vp_link(client_id: str, response_uri: str) -> str:
    dcql = {"credentials": [{"id": "b", "format": "ldp_vc", "meta": {"type_values": [[OB]]}}]}
    params = {
        "client_id": client_id,
        "response_type": "vp_token",
        "response_mode": "direct_post",
        "response_uri": response_uri,
        "nonce": "n-1",
        "dcql_query": json.dumps(dcql),
    }
    return "openid4vp://?" + "&".join(f"{k}={quote(v, safe='')}" for k, v in params.items())


def test_withstood_a_redirect_uri_client_id_naming_another_server(run: Exchanges) -> None:
    link = _vp_link(f"redirect_uri:{TRUSTED}/cb", "https://evil.example/cb")
    with pytest.raises(UntrustedRequest, match=r"evil\.example"):
        run.responding.read(link)


@pytest.mark.parametrize(
    "host", ["10.0.0.1", "169.254.169.254", "[::ffff:192.168.0.1]", "[fd00::1]"]
)
def test_withstood_a_response_uri_on_the_learners_network_gets_nothing(
    host: str, run: Exchanges, service: WalletService, stocked: str, exchange_ca: LocalCA
) -> None:
    """The loopback switch is on in these tests; the address check still refuses the rest."""
    uri = f"https://{host}/cb"
    ask = run.responding.read(_vp_link(f"redirect_uri:{uri}", uri))
    with pytest.raises(ExchangeError, match="refused to connect"):
        run.responding.send(ask, [stocked])
