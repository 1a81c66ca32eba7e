"""The DCC / Digital Bazaar JavaScript stack, installed from the npm registry for the interop tests.

``tests/interop/js/package.json`` and its lock pin the packages. They are installed once into
``.cache/interop-node/`` (reinstalled when the lock changes; a file lock keeps pytest-xdist workers
from installing twice; tests/node_stack.py) and driven through ``interop.mjs``, one Node
process per batch of requests.
Node runs with ``no-network.mjs`` preloaded: only the npm install itself reaches the network.

The tests skip, saying why, only when npm or Node is missing or the registry cannot be reached;
any other install failure fails them.
"""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.node_stack import installed_stack

JS = Path(__file__).resolve().parent / "js"
ROOT = JS.parent.parent.parent
CACHE = Path(os.environ.get("LEARNER_WALLET_NODE_CACHE", ROOT / ".cache" / "interop-node"))
RUN_TIMEOUT_S = 180


@dataclass(frozen=True)
class DccStack:
    """Runs ``interop.mjs COMMAND`` with a JSON request (or a list of them) on standard input."""

    folder: Path

    def run(self, command: str, request: Any) -> Any:
        done = subprocess.run(
            ["node", "--import", "./no-network.mjs", "interop.mjs", command],
            cwd=self.folder,
            input=json.dumps(request).encode(),
            capture_output=True,
            timeout=RUN_TIMEOUT_S,
            check=False,
        )
        if done.returncode != 0:
            pytest.fail(f"interop.mjs {command} failed:\n{done.stderr.decode()[-4000:]}")
        return json.loads(done.stdout)


@pytest.fixture(scope="session")
def dcc() -> Iterator[DccStack]:
    yield DccStack(installed_stack(JS, CACHE, "DCC interop tests not run"))
