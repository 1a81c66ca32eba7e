"""'Remember on this device' against a real Secret Service, and with no backend at all."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from wallet.errors import KeyringUnavailable
from wallet.service import WalletService
from wallet.vault.kdf import TEST_COST
from wallet.vault.keyring_seam import OsKeyring

ROOT = Path(__file__).resolve().parents[2]


def test_no_backend_gives_a_clear_message_and_stores_nothing(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    code = (
        "from wallet.vault.keyring_seam import OsKeyring\n"
        "from wallet.errors import KeyringUnavailable\n"
        "k = OsKeyring(); print(k.unavailable_reason())\n"
        "try:\n    k.store('a', b'secret')\nexcept KeyringUnavailable as e:\n    print('refused')\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, cwd=tmp_path
    )
    assert "no system keyring is available" in out.stdout
    assert "refused" in out.stdout
    assert list(tmp_path.iterdir()) == []  # no fallback file of any kind


def test_service_reports_no_backend(tmp_path: Path) -> None:
    class Absent(OsKeyring):
        def unavailable_reason(self) -> str | None:
            return "no system keyring is available on this device"

    with WalletService.create(tmp_path / "v", "pw", kdf_cost=TEST_COST, keyring=Absent()) as svc:
        assert svc.keyring_unavailable_reason()
        with pytest.raises(KeyringUnavailable):
            svc.remember_on_this_device(True)


def test_real_secret_service_remembers_and_forgets(tmp_path: Path) -> None:
    daemon, session = shutil.which("gnome-keyring-daemon"), shutil.which("dbus-run-session")
    if daemon is None or session is None:
        pytest.skip(
            "gnome-keyring-daemon or dbus-run-session is not installed (apt: gnome-keyring dbus)"
        )
    home = tmp_path / "home"
    (home / ".local/share/keyrings").mkdir(parents=True)
    script = (
        f"echo -n test | {daemon} --unlock --components=secrets >/dev/null 2>&1; "
        f"{sys.executable} {Path(__file__).with_name('keyring_child.py')} {tmp_path / 'v.vault'}"
    )
    env = {
        **os.environ, "HOME": str(home), "PYTHONPATH": str(ROOT),
        "XDG_DATA_HOME": str(home / ".local/share"), "XDG_RUNTIME_DIR": str(tmp_path),
    }  # fmt: skip
    env.pop("PYTHON_KEYRING_BACKEND", None)
    out = subprocess.run(
        [session, "--", "sh", "-c", script], env=env, capture_output=True, text=True, timeout=120
    )
    assert "keyring ok" in out.stdout, out.stdout + out.stderr
