"""The DCC JavaScript stack that signs status-list fixtures (tests/net/js).

``js/package.json`` and its lock pin the packages; they are installed once into
``.cache/net-node/`` with ``npm ci`` (again when the lock changes; a file lock keeps
pytest-xdist workers from installing twice), through tests/node_stack.py. Node runs with
``no-network.mjs`` preloaded. The tests skip, saying why, only when Node or npm is missing or the
registry cannot be reached.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.node_stack import installed_stack

JS = Path(__file__).resolve().parent / "js"
ROOT = JS.parent.parent.parent
CACHE = Path(os.environ.get("LEARNER_WALLET_NET_NODE_CACHE", ROOT / ".cache" / "net-node"))


def dcc_status_lists(request: dict[str, Any]) -> dict[str, Any]:
    """Run ``status-lists.mjs`` (see its header for the request) and return its answer."""
    folder = installed_stack(JS, CACHE, "DCC-signed status lists not made")
    done = subprocess.run(
        ["node", "--import", "./no-network.mjs", "status-lists.mjs"],
        cwd=folder,
        input=json.dumps(request).encode(),
        capture_output=True,
        env={**os.environ, "LW_CONTEXTS": str(ROOT / "resources" / "contexts")},
        timeout=180,
        check=False,
    )
    if done.returncode != 0:
        pytest.fail(f"status-lists.mjs failed:\n{done.stderr.decode()[-4000:]}")
    result: dict[str, Any] = json.loads(done.stdout)
    return result
