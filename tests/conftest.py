"""Shared fixtures: where the public test vectors live (``tests/vectors``, in the repository)."""

from __future__ import annotations

import json
import socket
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
VECTORS = ROOT / "tests" / "vectors"


def load_json(path: Path) -> Any:
    return json.loads(path.read_text("utf-8"))


@pytest.fixture(scope="session")
def vectors() -> Path:
    return VECTORS


@pytest.fixture(autouse=True)
def _no_internet(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    """Nothing in the test suite reaches the internet (DESIGN "Layout"), and nothing writes
    into the user's own cache folder.

    In this process, the wallet's resolver answers only ``localhost`` and numeric forms of
    addresses (the test servers are on loopback): any other name reads as unknown, so a test
    that forgot to stay offline fails instead of asking DNS. The command line run as a
    subprocess inherits ``XDG_CACHE_HOME``; those tests pass ``--offline`` unless they
    verify against a local server.
    """
    from wallet.net.addresses import SystemResolver

    real = SystemResolver.resolve

    def local_only(self: SystemResolver, host: str, port: int) -> list[str]:
        if host.rstrip(".").lower() != "localhost":
            try:  # 2130706433, 0x7f.1 and the like need no DNS: let the system read them
                socket.getaddrinfo(host, port, flags=socket.AI_NUMERICHOST)
            except OSError:
                raise OSError(f"the test suite does not resolve {host}") from None
        return real(self, host, port)

    monkeypatch.setattr(SystemResolver, "resolve", local_only)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("xdg-cache")))
