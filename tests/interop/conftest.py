"""The DCC / Digital Bazaar JavaScript stack, installed from the npm registry for the interop tests.

``tests/interop/js/package.json`` and its lock pin the packages. They are installed once into
``.cache/interop-node/`` (reinstalled when the lock changes; a file lock keeps pytest-xdist workers
from installing twice) and driven through ``interop.mjs``, one Node process per batch of requests.
Node runs with ``no-network.mjs`` preloaded: only the npm install itself reaches the network.

The tests skip, saying why, only when npm or Node is missing or the registry cannot be reached;
any other install failure fails them.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

JS = Path(__file__).resolve().parent / "js"
ROOT = JS.parent.parent.parent
CACHE = Path(os.environ.get("LEARNER_WALLET_NODE_CACHE", ROOT / ".cache" / "interop-node"))
INSTALL_TIMEOUT_S = 600
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


def _stamp() -> str:
    digest = hashlib.sha256()
    for name in ("package.json", "package-lock.json"):
        digest.update((JS / name).read_bytes())
    return digest.hexdigest()


def _install(folder: Path) -> None:
    stamp = folder / ".installed"
    if stamp.is_file() and stamp.read_text() == _stamp():
        return
    for name in ("package.json", "package-lock.json"):
        shutil.copy2(JS / name, folder / name)
    try:
        done = subprocess.run(
            ["npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts"],
            cwd=folder,
            capture_output=True,
            timeout=INSTALL_TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired:
        pytest.skip(f"npm ci did not finish in {INSTALL_TIMEOUT_S} s: registry too slow")
    if done.returncode != 0:
        ping = subprocess.run(["npm", "ping"], capture_output=True, timeout=60, check=False)
        if ping.returncode != 0:
            pytest.skip("the npm registry cannot be reached: DCC interop tests not run")
        pytest.fail(f"npm ci failed:\n{done.stderr.decode()[-4000:]}")
    stamp.write_text(_stamp())


@pytest.fixture(scope="session")
def dcc() -> Iterator[DccStack]:
    for tool in ("node", "npm"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed: DCC interop tests not run")
    CACHE.mkdir(parents=True, exist_ok=True)
    with (CACHE / ".lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            _install(CACHE)
            for script in JS.glob("*.mjs"):
                target = CACHE / script.name
                if not target.is_file() or target.read_bytes() != script.read_bytes():
                    shutil.copy2(script, target)
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
    yield DccStack(CACHE)
