"""Vault fixtures: a fast KDF (injected, never a patched clock) and signed credentials."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.factories import make_badges
from wallet.service import WalletService
from wallet.vault.kdf import TEST_COST

PASS = "correct horse battery staple"


class NoKeyring:
    """A keyring seam with no backend (the headless-Linux case)."""

    def unavailable_reason(self) -> str | None:
        return "no system keyring is available on this device"

    def store(self, account: str, secret: bytes) -> None:
        from wallet.errors import KeyringUnavailable

        raise KeyringUnavailable(self.unavailable_reason() or "")

    load = forget = store  # type: ignore[assignment]


@pytest.fixture(scope="session")
def badges() -> list[bytes]:
    return make_badges(12)


@pytest.fixture
def service(tmp_path: Path) -> Iterator[WalletService]:
    with WalletService.create(
        tmp_path / "w.vault", PASS, kdf_cost=TEST_COST, keyring=NoKeyring(), workers=1
    ) as svc:
        yield svc


def open_vault(path: Path, passphrase: str = PASS) -> WalletService:
    svc = WalletService.open(path, kdf_cost=TEST_COST, keyring=NoKeyring(), workers=1)
    try:
        svc.unlock(passphrase)
    except BaseException:
        svc.close()
        raise
    return svc


@pytest.fixture
def reopen() -> object:
    return open_vault
