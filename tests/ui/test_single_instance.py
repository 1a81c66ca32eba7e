"""One window per wallet, with real processes: a second ``learner-wallet open`` hands its files
and links to the first and exits; a crashed first one leaves a stale lock and socket that the
next launch takes over; the socket and its folder are this user's alone."""

from __future__ import annotations

import os
import queue
import shutil
import socket
import stat
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile

from ui.importing.sources import sample_paths
from ui.incoming.instance import Role, SingleInstance, instance_place
from wallet.handoff import Handoff

REQUEST = "openid4vp://?client_id=https%3A%2F%2Fjobs.employer.example"
WAIT_S = 30  # generous guards for a busy machine, not benchmarks


@pytest.fixture
def runtime() -> Iterator[Path]:
    # A short path: a local socket's path must fit in sockaddr_un (about 100 bytes).
    folder = Path(tempfile.mkdtemp(prefix="lw-"))
    folder.chmod(0o700)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def _env(tmp_path: Path, runtime: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LEARNER_WALLET_", "XDG_"))}
    env.update(
        HOME=str(tmp_path / "home"),
        XDG_RUNTIME_DIR=str(runtime),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        QT_QPA_PLATFORM="offscreen",
        LEARNER_WALLET_DEBUG="1",
        **extra,
    )
    return env


class _App:
    """A running ``learner-wallet open``, its standard error read line by line."""

    def __init__(self, args: list[str], env: dict[str, str]) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "wallet.cli", "open", *args],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        self.reader = threading.Thread(target=self._pump, daemon=True)
        self.reader.start()

    def _pump(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self.lines.put(line.rstrip("\n"))

    def wait_for(self, text: str) -> str:
        deadline = time.monotonic() + WAIT_S
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=0.2)
            except queue.Empty:
                assert self.process.poll() is None, f"exited: {self.seen}"
                continue
            self.seen.append(line)
            if text in line:
                return line
        raise AssertionError(f"{text!r} never came; saw {self.seen}")

    def kill(self) -> None:
        self.process.kill()
        self.process.wait(WAIT_S)
        self.reader.join(WAIT_S)
        assert self.process.stderr is not None
        self.process.stderr.close()


def _open(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "wallet.cli", "open", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=WAIT_S * 2,
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result


def _place(runtime: Path, vault: Path):
    place = instance_place(vault, {"XDG_RUNTIME_DIR": str(runtime)})
    assert not isinstance(place, str), place
    return place


# --- failure first -----------------------------------------------------------------------------
def test_a_folder_open_to_other_users_turns_one_window_per_wallet_off(tmp_path: Path) -> None:
    folder = tmp_path / "learner-wallet"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    assert instance_place(tmp_path / "w.vault", {"XDG_RUNTIME_DIR": str(tmp_path)}) == (
        f"{folder} is open to other users (mode 755)"
    )
    folder.rmdir()
    (tmp_path / "elsewhere").mkdir(mode=0o700)
    folder.symlink_to(tmp_path / "elsewhere")
    assert instance_place(tmp_path / "w.vault", {"XDG_RUNTIME_DIR": str(tmp_path)}) == (
        f"{folder} is not a folder"
    )


@pytest.mark.skipif(os.geteuid() != 0, reason="handing a folder to another user needs root")
def test_a_folder_of_another_user_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "learner-wallet"
    folder.mkdir(mode=0o700)
    os.chown(folder, 65534, 65534)
    place = instance_place(tmp_path / "w.vault", {"XDG_RUNTIME_DIR": str(tmp_path)})
    assert place == f"{folder} belongs to another user"


def test_a_lock_held_by_a_process_that_does_not_answer_is_one_sentence(
    qtbot, tmp_path: Path, runtime: Path
) -> None:
    vault = tmp_path / "w.vault"
    holder = QLockFile(str(_place(runtime, vault).lock))
    assert holder.tryLock(0)  # alive (this process) but listening nowhere
    try:
        instance = SingleInstance(vault, environ={"XDG_RUNTIME_DIR": str(runtime)})
        assert instance.start(Handoff(), wait_s=0.5) is Role.UNANSWERED
        assert instance.reason == (
            "Learner Wallet is already open for this wallet but does not answer; "
            "close it, then try again"
        )
    finally:
        holder.unlock()


def test_a_second_launch_hands_over_and_exits_and_garbage_gets_an_error(
    tmp_path: Path, runtime: Path
) -> None:
    vault = tmp_path / "w.vault"
    env = _env(tmp_path, runtime)
    first = _App(["--vault", str(vault)], env)
    try:
        first.wait_for("listening on")
        place = _place(runtime, vault)
        folder_mode = os.stat(place.folder).st_mode
        socket_mode = os.stat(place.socket).st_mode
        assert stat.S_IMODE(folder_mode) == 0o700
        assert stat.S_ISSOCK(socket_mode) and stat.S_IMODE(socket_mode) & 0o077 == 0
        assert os.stat(place.socket).st_uid == os.getuid()

        # Not a hand-off: the first window answers with an error and goes on.
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as raw:
            raw.settimeout(WAIT_S)
            raw.connect(place.socket)
            raw.sendall(b'{"version": 99}\n')
            assert raw.recv(200).startswith(b"error: the hand-off message is not one")
        first.wait_for("sent something unreadable")

        sample = sample_paths()[0]
        second = _open(["--vault", str(vault), str(sample), REQUEST], env)
        assert second.returncode == 0, second.stderr
        assert second.stdout == "learner-wallet: handed to the Learner Wallet window already open\n"
        first.wait_for("received from a later launch: 1 file, 1 link")
        assert first.process.poll() is None

        # Another vault is another window, not this one's.
        other = _open(
            ["--vault", str(tmp_path / "other.vault")],
            _env(tmp_path, runtime, LEARNER_WALLET_SMOKE_TEST="1"),
        )
        assert other.returncode == 0, other.stderr
        assert other.stdout.startswith("learner-wallet: window shown: Learner Wallet")
    finally:
        first.kill()


def test_after_a_crash_the_next_launch_takes_over_the_stale_lock_and_socket(
    tmp_path: Path, runtime: Path
) -> None:
    vault = tmp_path / "w.vault"
    env = _env(tmp_path, runtime)
    crashed = _App(["--vault", str(vault)], env)
    crashed.wait_for("listening on")
    crashed.kill()  # SIGKILL: nothing is cleaned up
    place = _place(runtime, vault)
    assert Path(place.socket).exists() and place.lock.exists()

    after = _open(["--vault", str(vault)], _env(tmp_path, runtime, LEARNER_WALLET_SMOKE_TEST="1"))
    assert after.returncode == 0, after.stderr
    assert after.stdout.startswith("learner-wallet: window shown: Learner Wallet")
    assert "listening on" in after.stderr
    # A clean exit leaves neither behind.
    assert not Path(place.socket).exists() and not place.lock.exists()


def test_a_socket_file_nobody_listens_on_is_replaced(tmp_path: Path, runtime: Path) -> None:
    vault = tmp_path / "w.vault"
    place = _place(runtime, vault)
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as dead:
        dead.bind(place.socket)  # closed without unlink: the file stays, refusing connections
    env = _env(tmp_path, runtime, LEARNER_WALLET_SMOKE_TEST="1")
    result = _open(["--vault", str(vault)], env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("learner-wallet: window shown")
