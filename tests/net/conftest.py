"""Fixtures for the network tests: one HTTPS server and test CA per session (per xdist worker)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.net.local_https import LocalCA, LocalHttpsServer, make_test_ca
from wallet.net import MemoryCache, NetworkSettings, WebFetcher


@pytest.fixture(scope="session")
def test_ca(tmp_path_factory: pytest.TempPathFactory) -> LocalCA:
    return make_test_ca(tmp_path_factory.mktemp("test-ca"))


@pytest.fixture(scope="session")
def https_server(test_ca: LocalCA) -> Iterator[LocalHttpsServer]:
    server = LocalHttpsServer(test_ca)
    yield server
    server.close()


def loopback_environment(ca_file: Path, **extra: str) -> dict[str, str]:
    """The environment a test run has: the test CA through SSL_CERT_FILE, the loopback switch."""
    return {"SSL_CERT_FILE": str(ca_file), "LEARNER_WALLET_ALLOW_LOOPBACK": "1", **extra}


@pytest.fixture
def settings(test_ca: LocalCA) -> NetworkSettings:
    return NetworkSettings.from_environment(loopback_environment(test_ca.ca_file))


@pytest.fixture
def fetcher(settings: NetworkSettings) -> Iterator[WebFetcher]:
    with WebFetcher(settings=settings, cache=MemoryCache()) as web:
        yield web
