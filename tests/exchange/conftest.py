"""Fixtures for the exchange tests: a test CA, the independent issuer and verifier on
127.0.0.1 (one per session and xdist worker), and a vault whose exchanges trust that CA."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.exchange.peers import Peers, start_peers
from tests.net.conftest import loopback_environment
from tests.net.local_https import LocalCA, make_test_ca
from tests.vault.conftest import NoKeyring
from wallet.exchange import Exchanges
from wallet.net import NetworkSettings
from wallet.present.holder import ServiceKeySlot, ensure_holder
from wallet.service import WalletService
from wallet.vault.kdf import TEST_COST

PASS = "correct horse battery staple"


@pytest.fixture(scope="session")
def exchange_ca(tmp_path_factory: pytest.TempPathFactory) -> LocalCA:
    return make_test_ca(tmp_path_factory.mktemp("exchange-ca"))


@pytest.fixture(scope="session")
def peers(exchange_ca: LocalCA, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Peers]:
    yield from start_peers(exchange_ca, tmp_path_factory.mktemp("peers"))


@pytest.fixture
def network(exchange_ca: LocalCA) -> NetworkSettings:
    return NetworkSettings.from_environment(loopback_environment(exchange_ca.ca_file))


@pytest.fixture
def environment(exchange_ca: LocalCA, monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line's environment: the test CA, the loopback switch, the passphrase."""
    for name, value in loopback_environment(exchange_ca.ca_file).items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("LEARNER_WALLET_PASSPHRASE", PASS)


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    path = tmp_path / "w.vault"
    WalletService.create(path, PASS, kdf_cost=TEST_COST, keyring=NoKeyring(), workers=1).close()
    return path


@pytest.fixture
def service(vault_path: Path) -> Iterator[WalletService]:
    with WalletService.open(vault_path, kdf_cost=TEST_COST, keyring=NoKeyring(), workers=1) as s:
        s.unlock(PASS)
        yield s


@pytest.fixture
def steps() -> list[str]:
    """Every step the exchange reported, in order."""
    return []


@pytest.fixture
def waits() -> list[float]:
    """Every pause the exchange asked for (none is really waited)."""
    return []


@pytest.fixture
def run(
    service: WalletService, network: NetworkSettings, steps: list[str], waits: list[float]
) -> Iterator[Exchanges]:
    with Exchanges(service, settings=network, progress=steps.append, sleep=waits.append) as r:
        yield r


def holder_did(service: WalletService) -> str:
    return ensure_holder(ServiceKeySlot(service), service.verify_options().clock).current.did
