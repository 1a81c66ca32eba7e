"""The independent issuer and verifier the exchange tests talk to (``js/peers.mjs``).

They are built on the @openid4vc packages (OpenID4VCI, OAuth 2.0, OpenID4VP) and the DCC
signing stack, pinned by ``js/package.json`` and its lock, installed once with ``npm ci`` into
``.cache/exchange-node/`` (again when the lock changes; a file lock keeps pytest-xdist workers
from installing twice), through tests/node_stack.py. Node runs with ``no-network.mjs``
preloaded: it listens on 127.0.0.1 and connects nowhere. The tests skip, saying why, only when
Node or npm is missing or the registry cannot be reached.
"""

from __future__ import annotations

import json
import os
import ssl
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.net.local_https import LocalCA
from tests.node_stack import installed_stack

JS = Path(__file__).resolve().parent / "js"
ROOT = JS.parent.parent.parent
CACHE = Path(
    os.environ.get("LEARNER_WALLET_EXCHANGE_NODE_CACHE", ROOT / ".cache" / "exchange-node")
)
ISSUER_SEED = "11" * 32
VERIFIER_SEED = "22" * 32
OTHER_SEED = "33" * 32


def installed_folder() -> Path:
    return installed_stack(JS, CACHE, "exchange peers not started")


@dataclass
class Peers:
    """A running ``peers.mjs``: ``base`` is its https origin; :meth:`control` steers it."""

    base: str
    process: subprocess.Popen[bytes]
    client: httpx.Client

    def control(self, path: str, body: Any = None) -> Any:
        if body is None:
            answer = self.client.get(self.base + path)
        else:
            answer = self.client.post(self.base + path, json=body)
        answer.raise_for_status()
        return answer.json()

    def offer(self, **spec: Any) -> str:
        link: str = self.control("/control/offer", spec)["link"]
        return link

    def settings(self, **values: Any) -> None:
        self.control("/control/settings", values)

    def close(self) -> None:
        self.client.close()
        if self.process.stdin is not None:
            self.process.stdin.close()
        if self.process.stdout is not None:
            self.process.stdout.close()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


def start_peers(ca: LocalCA, folder: Path) -> Iterator[Peers]:
    """Start ``peers.mjs`` with ``ca``'s server certificate; yield it; stop it."""
    node = installed_folder()
    config = folder / "peers.json"
    config.write_text(
        json.dumps(
            {
                "cert": str(ca.cert_file),
                "key": str(ca.key_file),
                "issuerSeed": ISSUER_SEED,
                "verifierSeed": VERIFIER_SEED,
                "otherSeed": OTHER_SEED,
            }
        )
    )
    log = (folder / "peers.log").open("wb")
    process = subprocess.Popen(
        ["node", "--import", "./no-network.mjs", "peers.mjs", str(config)],
        cwd=node,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=log,
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    if not line:
        process.wait(timeout=10)
        log.close()
        pytest.fail(f"peers.mjs did not start:\n{(folder / 'peers.log').read_text()[-4000:]}")
    port = json.loads(line)["port"]
    context = ssl.create_default_context(cafile=str(ca.ca_file))
    peers = Peers(f"https://127.0.0.1:{port}", process, httpx.Client(verify=context))
    try:
        yield peers
    finally:
        peers.close()
        log.close()
