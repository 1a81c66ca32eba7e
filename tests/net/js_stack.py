"""The DCC JavaScript stack that signs status-list fixtures (tests/net/js).

``js/package.json`` and its lock pin the packages; they are installed once into
``.cache/net-node/`` with ``npm ci`` (again when the lock changes; a file lock keeps
pytest-xdist workers from installing twice), as tests/interop/conftest.py does. Node runs with
``no-network.mjs`` preloaded. The tests skip, saying why, only when Node or npm is missing or the
registry cannot be reached.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

JS = Path(__file__).resolve().parent / "js"
ROOT = JS.parent.parent.parent
CACHE = Path(os.environ.get("LEARNER_WALLET_NET_NODE_CACHE", ROOT / ".cache" / "net-node"))
INSTALL_TIMEOUT_S = 600


def _stamp() -> str:
    digest = hashlib.sha256()
    for name in ("package.json", "package-lock.json"):
        digest.update((JS / name).read_bytes())
    return digest.hexdigest()


def _install() -> None:
    stamp = CACHE / ".installed"
    if stamp.is_file() and stamp.read_text() == _stamp():
        return
    for name in ("package.json", "package-lock.json"):
        shutil.copy2(JS / name, CACHE / name)
    try:
        done = subprocess.run(
            ["npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts"],
            cwd=CACHE,
            capture_output=True,
            timeout=INSTALL_TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired:
        pytest.skip(f"npm ci did not finish in {INSTALL_TIMEOUT_S} s: registry too slow")
    if done.returncode != 0:
        ping = subprocess.run(["npm", "ping"], capture_output=True, timeout=60, check=False)
        if ping.returncode != 0:
            pytest.skip("the npm registry cannot be reached: DCC-signed status lists not made")
        pytest.fail(f"npm ci failed:\n{done.stderr.decode()[-4000:]}")
    stamp.write_text(_stamp())


def dcc_status_lists(request: dict[str, Any]) -> dict[str, Any]:
    """Run ``status-lists.mjs`` (see its header for the request) and return its answer."""
    for tool in ("node", "npm"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed: DCC-signed status lists not made")
    CACHE.mkdir(parents=True, exist_ok=True)
    with (CACHE / ".lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            _install()
            for script in JS.glob("*.mjs"):
                shutil.copy2(script, CACHE / script.name)
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
    done = subprocess.run(
        ["node", "--import", "./no-network.mjs", "status-lists.mjs"],
        cwd=CACHE,
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
