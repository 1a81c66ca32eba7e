"""One window per wallet: a second launch hands its files and links to the window already open.

The first launch for a vault takes a lock file and listens on a local socket beside it. A later
launch finds the lock taken, connects, sends its hand-off (``wallet.handoff.Handoff.to_wire``,
one line), waits for ``ok`` and exits; the first one's :attr:`SingleInstance.received` fires on
the GUI thread. ``QLockFile`` notices a lock whose process has died (it records the PID), so
after a crash the next launch takes the lock over and removes the socket the crashed one left.

Both files live in a folder only this user can enter. Anyone who can reach the socket can make
the app import files and open links, so the folder is checked, not trusted: it must be a real
folder (not a symlink), owned by this user, closed to group and others. It is
``$XDG_RUNTIME_DIR/learner-wallet`` (the XDG Base Directory spec makes that directory the user's
own, mode 0700), or without it a per-user folder in the temp folder, checked the same way. Qt's
``UserAccessOption`` also makes the socket itself user-only (mode 0600 on Unix, a user-only ACL
on Windows' named pipe). When no safe folder exists the app runs on its own and logs why.
"""

from __future__ import annotations

import hashlib
import logging
import os
import stat
import tempfile
import time
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QThread, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from wallet.errors import InputError
from wallet.handoff import MAX_WIRE_BYTES, Handoff

__all__ = ["InstancePlace", "Role", "SingleInstance", "instance_place"]

_log = logging.getLogger("learner_wallet.instance")

# A first launch may hold the lock a moment before it listens: a second one waits this long.
ANSWER_WAIT_S = 10.0
CONNECT_TIMEOUT_MS = 300
REPLY_TIMEOUT_MS = 5000
IDLE_CONNECTION_MS = 5000  # a connection that sends no complete line in time is dropped
_SUN_PATH_MAX = 100  # sockaddr_un.sun_path: 108 bytes on Linux, 104 on macOS


@dataclass(frozen=True)
class InstancePlace:
    folder: Path
    socket: str  # a path on Unix, a pipe name on Windows
    lock: Path


def _private_folder(folder: Path) -> str | None:
    """Create ``folder`` (0700) if needed; ``None`` when it is safe, else why it is not."""
    try:
        folder.mkdir(mode=0o700, parents=False, exist_ok=True)
        info = os.lstat(folder)
    except OSError as exc:
        return f"{folder} cannot be made: {exc.strerror or exc}"
    if not stat.S_ISDIR(info.st_mode):
        return f"{folder} is not a folder"
    if info.st_uid != os.getuid():
        return f"{folder} belongs to another user"
    if info.st_mode & 0o077:
        return f"{folder} is open to other users (mode {stat.S_IMODE(info.st_mode):o})"
    return None


def instance_place(vault: Path, environ: Mapping[str, str] | None = None) -> InstancePlace | str:
    """Where the lock and the socket for ``vault`` live, or the sentence saying why there is no
    safe place for them here."""
    env = os.environ if environ is None else environ
    digest = hashlib.sha256(str(vault.expanduser().absolute()).encode("utf-8")).hexdigest()[:16]
    if os.name == "nt":
        # %TEMP% is in the user's profile; the pipe name is global, so it carries the user.
        user = env.get("USERNAME", "user")
        folder = Path(tempfile.gettempdir())
        pipe = f"learner-wallet-{user}-{digest}"
        return InstancePlace(folder, pipe, folder / f"learner-wallet-{digest}.lock")
    runtime = env.get("XDG_RUNTIME_DIR", "")
    if runtime and Path(runtime).is_absolute():
        folder = Path(runtime) / "learner-wallet"
    else:
        folder = Path(tempfile.gettempdir()) / f"learner-wallet-{os.getuid()}"
    problem = _private_folder(folder)
    if problem is not None:
        return problem
    socket = str(folder / f"{digest}.sock")
    if len(os.fsencode(socket)) > _SUN_PATH_MAX:
        return f"the folder path {folder} is too long for a local socket"
    return InstancePlace(folder, socket, folder / f"{digest}.lock")


class Role(Enum):
    FIRST = "first"  # this process opens the window and listens for later launches
    ALONE = "alone"  # this process opens the window; there is no safe place to listen
    HANDED = "handed"  # the window already open has the hand-off: exit
    UNANSWERED = "unanswered"  # another launch holds the lock but does not answer


class SingleInstance(QObject):
    """GUI thread. :meth:`start` decides this process's :class:`Role`; ``reason`` says why when
    it is ``ALONE`` or ``UNANSWERED``."""

    received = Signal(object)  # a Handoff from a later launch

    def __init__(
        self,
        vault: Path,
        parent: QObject | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.reason = ""
        self._environ = environ
        self._lock: QLockFile | None = None
        self.server: QLocalServer | None = None
        self.place: InstancePlace | None = None

    def start(self, handoff: Handoff, wait_s: float = ANSWER_WAIT_S) -> Role:
        """Take the lock and listen, or hand ``handoff`` to the process holding it (blocking,
        up to ``wait_s`` seconds while that process is still starting)."""
        place = instance_place(self.vault, self._environ)
        if isinstance(place, str):
            self.reason = place
            _log.warning("one window per wallet is off: %s", place)
            return Role.ALONE
        self.place = place
        lock = QLockFile(str(place.lock))
        # Age alone never makes a lock stale: the first window may stay open for days. A lock
        # is stale only when its process is gone (QLockFile checks the PID it recorded).
        lock.setStaleLockTime(0)
        deadline = time.monotonic() + wait_s
        while True:
            if lock.tryLock(0):
                self._lock = lock
                return self._listen(place)
            if lock.error() != QLockFile.LockError.LockFailedError:
                self.reason = f"the lock {place.lock} cannot be taken ({lock.error().name})"
                _log.warning("one window per wallet is off: %s", self.reason)
                return Role.ALONE
            answer = self._hand_over(place, handoff)
            if answer == "ok":
                return Role.HANDED
            if answer is not None:
                self.reason = f"the window already open refused it: {answer}"
                return Role.UNANSWERED
            if time.monotonic() > deadline:
                self.reason = (
                    "Learner Wallet is already open for this wallet but does not answer; "
                    "close it, then try again"
                )
                return Role.UNANSWERED
            QThread.msleep(100)

    def _listen(self, place: InstancePlace) -> Role:
        # We hold the lock, so a socket file still there was left by a process that died.
        QLocalServer.removeServer(place.socket)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(place.socket):
            self.reason = f"cannot listen on {place.socket}: {server.errorString()}"
            _log.warning("one window per wallet is off: %s", self.reason)
            return Role.ALONE
        server.newConnection.connect(self._accept)
        self.server = server
        _log.info("listening on %s", place.socket)
        return Role.FIRST

    def _hand_over(self, place: InstancePlace, handoff: Handoff) -> str | None:
        """The first process's one-line answer, or ``None`` when it could not be reached."""
        socket = QLocalSocket()
        socket.connectToServer(place.socket)
        if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
            return None
        socket.write(handoff.to_wire())
        socket.waitForBytesWritten(REPLY_TIMEOUT_MS)
        reply = b""
        while b"\n" not in reply and socket.waitForReadyRead(REPLY_TIMEOUT_MS):
            reply += bytes(socket.readAll().data())
        socket.disconnectFromServer()
        if b"\n" not in reply:
            return None
        return reply.split(b"\n", 1)[0].decode("utf-8", "replace")

    def _accept(self) -> None:
        server = self.server
        while server is not None and server.hasPendingConnections():
            connection = server.nextPendingConnection()
            if connection is not None:
                _Conversation(connection, self)

    def answer(self, line: bytes) -> str:
        """The reply to one hand-off line from a later launch: ``ok``, or ``error: why``."""
        try:
            handoff = Handoff.from_wire(line)
        except InputError as exc:
            _log.warning("a later launch sent something unreadable: %s", exc)
            return f"error: {exc}"
        _log.info("received from a later launch: %s", handoff.describe())
        self.received.emit(handoff)
        return "ok"


class _Conversation(QObject):
    """One connection: read one line (at most ``MAX_WIRE_BYTES``), answer, close."""

    def __init__(self, connection: QLocalSocket, instance: SingleInstance) -> None:
        super().__init__(instance)
        self.connection = connection
        self.instance = instance
        self.buffer = b""
        self.answered = False
        connection.setParent(self)
        connection.readyRead.connect(self._read)
        connection.disconnected.connect(self.deleteLater)
        QTimer.singleShot(IDLE_CONNECTION_MS, self, self._close)
        self._read()

    def _read(self) -> None:
        if self.answered:
            return
        self.buffer += bytes(self.connection.readAll().data())
        if b"\n" in self.buffer:
            line = self.buffer.split(b"\n", 1)[0] + b"\n"
            self._reply(self.instance.answer(line))
        elif len(self.buffer) > MAX_WIRE_BYTES:
            self._reply("error: the hand-off message is too long")

    def _reply(self, answer: str) -> None:
        self.answered = True
        self.connection.write(answer.encode("utf-8") + b"\n")
        self._close()

    def _close(self) -> None:
        # Pending bytes are still written: the socket closes once they are (then `disconnected`
        # deletes this conversation).
        if self.connection.state() == QLocalSocket.LocalSocketState.UnconnectedState:
            self.deleteLater()
        else:
            self.connection.disconnectFromServer()
