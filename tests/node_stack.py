"""A pinned npm stack installed once into a cache folder, for the tests that run another
implementation as its users run it (tests/interop, tests/exchange, tests/net).

``npm ci`` from the folder's ``package.json`` and lock file, again only when they change (a
stamp of both); a file lock keeps parallel test workers from installing at once. The folder's
``*.mjs`` scripts are copied beside ``node_modules`` so they resolve the installed packages.
No node, npm or registry: the test is skipped, saying which part did not run.
"""

from __future__ import annotations

import fcntl
import hashlib
import shutil
import subprocess
from pathlib import Path

import pytest

__all__ = ["installed_stack"]

INSTALL_TIMEOUT_S = 600


def installed_stack(js: Path, cache: Path, what: str) -> Path:
    """``cache`` holding ``js``'s packages and scripts, installed; ``what`` names the tests
    that did not run when it cannot be ("exchange peers not started")."""
    for tool in ("node", "npm"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed: {what}")
    cache.mkdir(parents=True, exist_ok=True)
    with (cache / ".lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            _install(js, cache, what)
            for script in js.glob("*.mjs"):
                target = cache / script.name
                if not target.is_file() or target.read_bytes() != script.read_bytes():
                    shutil.copy2(script, target)
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
    return cache


def _stamp(js: Path) -> str:
    digest = hashlib.sha256()
    for name in ("package.json", "package-lock.json"):
        digest.update((js / name).read_bytes())
    return digest.hexdigest()


def _install(js: Path, cache: Path, what: str) -> None:
    stamp = cache / ".installed"
    if stamp.is_file() and stamp.read_text() == _stamp(js):
        return
    for name in ("package.json", "package-lock.json"):
        shutil.copy2(js / name, cache / name)
    try:
        done = subprocess.run(
            ["npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts"],
            cwd=cache,
            capture_output=True,
            timeout=INSTALL_TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired:
        pytest.skip(f"npm ci did not finish in {INSTALL_TIMEOUT_S} s: registry too slow")
    if done.returncode != 0:
        ping = subprocess.run(["npm", "ping"], capture_output=True, timeout=60, check=False)
        if ping.returncode != 0:
            pytest.skip(f"the npm registry cannot be reached: {what}")
        pytest.fail(f"npm ci failed:\n{done.stderr.decode()[-4000:]}")
    stamp.write_text(_stamp(js))
