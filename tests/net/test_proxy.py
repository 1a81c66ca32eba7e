"""HTTPS_PROXY / NO_PROXY: a real CONNECT proxy on loopback; the server is reachable only
through it (its name resolves nowhere else)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.net.conftest import loopback_environment
from tests.net.local_https import PROXY_ONLY_HOST, ConnectProxy, LocalCA, LocalHttpsServer
from wallet.errors import AddressRefused, Unreachable
from wallet.net import NetworkSettings, WebFetcher


@pytest.fixture
def proxy(https_server: LocalHttpsServer) -> Iterator[ConnectProxy]:
    running = ConnectProxy({PROXY_ONLY_HOST: ("127.0.0.1", https_server.port)})
    yield running
    running.close()


def test_a_document_is_fetched_through_the_proxy(
    https_server: LocalHttpsServer, test_ca: LocalCA, proxy: ConnectProxy
) -> None:
    https_server.add_json("/proxied.json", '{"via": "proxy"}')
    url = f"https://{PROXY_ONLY_HOST}:{https_server.port}/proxied.json"
    direct = NetworkSettings.from_environment(loopback_environment(test_ca.ca_file))
    with WebFetcher(settings=direct) as web, pytest.raises(Unreachable, match="is unknown"):
        web.fetch(url)  # without the proxy the name leads nowhere
    environment = loopback_environment(test_ca.ca_file, HTTPS_PROXY=proxy.url)
    with WebFetcher(settings=NetworkSettings.from_environment(environment)) as web:
        assert web.fetch(url).json() == {"via": "proxy"}
    assert proxy.tunnels == [f"{PROXY_ONLY_HOST}:{https_server.port}"]


def test_no_proxy_hosts_are_reached_directly(
    https_server: LocalHttpsServer, test_ca: LocalCA, proxy: ConnectProxy
) -> None:
    url = https_server.add_json("/no-proxy.json", "{}")
    environment = loopback_environment(
        test_ca.ca_file, https_proxy=proxy.url, no_proxy="example.org,.localhost,localhost"
    )
    with WebFetcher(settings=NetworkSettings.from_environment(environment)) as web:
        assert web.fetch(url).json() == {}
    assert proxy.tunnels == []


def test_the_proxy_is_never_asked_for_a_private_address(
    test_ca: LocalCA, proxy: ConnectProxy
) -> None:
    settings = NetworkSettings(ca_file=str(test_ca.ca_file), https_proxy=proxy.url)
    with WebFetcher(settings=settings) as web:
        for url in ("https://10.0.0.1/x.json", "https://localhost/x.json", "https://[::1]/x"):
            with pytest.raises(AddressRefused):
                web.fetch(url)
    assert proxy.tunnels == []


def test_no_proxy_matching() -> None:
    settings = NetworkSettings(https_proxy="http://proxy:3128", no_proxy="corp.example, 10.0.0.0/8")
    assert settings.proxy_for("issuer.example") == "http://proxy:3128"
    assert settings.proxy_for("a.corp.example") is None
    assert settings.proxy_for("corp.example") is None
    assert settings.proxy_for("notcorp.example") == "http://proxy:3128"
    assert settings.proxy_for("10.1.2.3") is None
    assert NetworkSettings(https_proxy="http://p:1", no_proxy="*").proxy_for("x.org") is None
