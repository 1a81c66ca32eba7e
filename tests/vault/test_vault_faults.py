"""Faults at every write step, and processes killed mid-import: nothing acknowledged is lost,
and the vault always opens."""

from __future__ import annotations

import errno
import os
import random
import subprocess
import sys
import time
from pathlib import Path
from typing import BinaryIO

import pytest

from tests.factories import make_badges
from wallet.service import WalletService
from wallet.vault.files import OsFileOps, write_atomically
from wallet.vault.kdf import TEST_COST

CHILD = Path(__file__).with_name("crash_child.py")
ROOT = Path(__file__).resolve().parents[2]
STEPS = ["write", "fsync", "rename", "fsync_dir"]


class FailingOps(OsFileOps):
    """Fails one step with one errno, like KeePassXC's FailDevice."""

    def __init__(self, step: str, code: int) -> None:
        self.step, self.code = step, code

    def _maybe(self, step: str) -> None:
        if step == self.step:
            raise OSError(self.code, os.strerror(self.code))

    def write(self, handle: BinaryIO, data: bytes) -> None:
        handle.write(data[: len(data) // 2])  # half written, then the disk fills
        self._maybe("write")
        super().write(handle, data[len(data) // 2 :])

    def fsync(self, handle: BinaryIO) -> None:
        self._maybe("fsync")
        super().fsync(handle)

    def rename(self, source: Path, target: Path) -> None:
        self._maybe("rename")
        super().rename(source, target)

    def fsync_dir(self, folder: Path) -> None:
        self._maybe("fsync_dir")
        super().fsync_dir(folder)


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EIO])
@pytest.mark.parametrize("step", STEPS)
def test_create_fails_cleanly_at_each_step(tmp_path: Path, step: str, code: int) -> None:
    path = tmp_path / "w.vault"
    with pytest.raises(OSError):
        WalletService.create(path, "pw", kdf_cost=TEST_COST, file_ops=FailingOps(step, code))
    if path.exists():  # only the last step (folder fsync) fails after the rename
        assert step == "fsync_dir"
        with WalletService.open(path, kdf_cost=TEST_COST) as svc:
            svc.unlock("pw")
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EIO])
@pytest.mark.parametrize("step", STEPS[:3])
def test_failed_backup_leaves_the_old_backup_and_the_vault(
    tmp_path: Path, step: str, code: int
) -> None:
    target = tmp_path / "b.lwb"
    write_atomically(target, b"previous backup")
    with WalletService.create(tmp_path / "w.vault", "pw", kdf_cost=TEST_COST, workers=1) as svc:
        svc.import_bytes(make_badges(1)[0])
        svc._file_ops = FailingOps(step, code)
        with pytest.raises(OSError):
            svc.backup(target, "bp")
        assert len(svc.list_credentials()) == 1
    assert target.read_bytes() == b"previous backup"


def _new_vault(tmp_path: Path, count: int) -> tuple[Path, Path]:
    vault = tmp_path / "crash.vault"
    WalletService.create(vault, "crash", kdf_cost=TEST_COST).close()
    badges = tmp_path / "badges.jsonl"
    badges.write_bytes(b"\n".join(make_badges(count)))
    return vault, badges


def _child(vault: Path, badges: Path, first: int, *extra: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, str(CHILD), str(vault), str(badges), str(first), *extra],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip


def _stored(vault: Path) -> int:
    with WalletService.open(vault, kdf_cost=TEST_COST, workers=1) as svc:
        svc.unlock("crash")
        assert svc.damaged() == []
        return len(svc.list_credentials())


def test_sqlite_write_failures_at_every_size_leave_the_vault_intact(tmp_path: Path) -> None:
    """RLIMIT_FSIZE makes the kernel fail SQLite's own writes (WAL append, checkpoint) with
    EFBIG part-way, at many different points."""
    vault, badges = _new_vault(tmp_path, 30)
    failures = 0
    for slack in (0, 1000, 4096, 9000, 20_000, 40_000, 70_000):
        before = _stored(vault)
        limit = max(vault.stat().st_size, 1) + slack
        child = _child(vault, badges, before, str(limit))
        out, err = child.communicate(timeout=120)
        assert child.returncode == 0, err
        acked = out.count("ack ")
        failures += out.count("failed ")
        assert _stored(vault) == before + acked
    assert failures > 0  # the limit really bit


@pytest.mark.slow
def test_kill_9_at_random_moments_never_loses_an_acknowledged_import(tmp_path: Path) -> None:
    vault, badges = _new_vault(tmp_path, 400)
    rng = random.Random(1234)
    acked_total = 0
    for round_ in range(100):
        before = _stored(vault)
        if before > 300:  # nearly all imported: carry on in a fresh vault
            vault = tmp_path / f"crash{round_}.vault"
            WalletService.create(vault, "crash", kdf_cost=TEST_COST).close()
            before = 0
        child = _child(vault, badges, before)
        deadline = time.monotonic() + rng.uniform(0.25, 0.9)
        assert child.stdout is not None
        fd = child.stdout.fileno()
        os.set_blocking(fd, False)
        buffer = b""
        while time.monotonic() < deadline and child.poll() is None:
            buffer += _read_available(fd)
            time.sleep(0.005)
        child.kill()  # SIGKILL
        child.wait()
        buffer += _read_available(fd)
        child.stdout.close()
        child.stderr.close() if child.stderr else None
        acked = buffer.count(b"ack ")
        after = _stored(vault)
        # Every acknowledged import is there; at most one more (saved, killed before "ack").
        assert before + acked <= after <= before + acked + 1, (before, acked, after)
        acked_total += acked
    assert acked_total > 0


def _read_available(fd: int) -> bytes:
    data = b""
    while True:
        try:
            chunk = os.read(fd, 65536)
        except BlockingIOError:
            return data
        if not chunk:
            return data
        data += chunk
