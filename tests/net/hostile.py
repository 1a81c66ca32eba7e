"""A hostile HTTPS server on 127.0.0.1: it writes whatever bytes a test scripts, at the pace the
test scripts, so a test can play a server that drips, lies about lengths or never ends.

:class:`LocalHttpsServer` answers through ``http.server``, which always sends a well-formed
response at once; an attacker does not.
"""

from __future__ import annotations

import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterable

from tests.net.local_https import LocalCA

Script = Callable[[], Iterable[bytes | float]]  # bytes are sent, floats are pauses (seconds)


class HostileServer:
    """Accepts TLS connections and plays ``script`` on each (reading the request first)."""

    def __init__(self, ca: LocalCA, script: Script) -> None:
        self.connections = 0
        self._script = script
        self._context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self._context.load_cert_chain(ca.cert_file, ca.key_file)
        self._socket = socket.create_server(("127.0.0.1", 0))
        self.port = self._socket.getsockname()[1]
        self._closed = threading.Event()
        threading.Thread(target=self._accept, daemon=True).start()

    def url(self, path: str = "/x.json") -> str:
        return f"https://localhost:{self.port}{path}"

    def _accept(self) -> None:
        while not self._closed.is_set():
            try:
                client, _ = self._socket.accept()
            except OSError:
                return
            self.connections += 1
            threading.Thread(target=self._play, args=(client,), daemon=True).start()

    def _play(self, client: socket.socket) -> None:
        try:
            with self._context.wrap_socket(client, server_side=True) as tls:
                tls.settimeout(30)
                request = b""
                while b"\r\n\r\n" not in request:
                    chunk = tls.recv(4096)
                    if not chunk:
                        return
                    request += chunk
                for step in self._script():
                    if self._closed.is_set():
                        return
                    if isinstance(step, float):
                        time.sleep(step)
                    else:
                        tls.sendall(step)
        except OSError:
            return

    def close(self) -> None:
        self._closed.set()
        self._socket.close()


class SlowRelay:
    """A TCP relay in front of a real server that passes the server's bytes on one at a time
    with a pause between them: the TLS handshake itself drips."""

    def __init__(self, target_port: int, pause: float) -> None:
        self._target, self._pause = target_port, pause
        self._socket = socket.create_server(("127.0.0.1", 0))
        self.port = self._socket.getsockname()[1]
        self._closed = threading.Event()
        self._open: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def url(self, path: str) -> str:
        return f"https://localhost:{self.port}{path}"

    def _accept(self) -> None:
        while not self._closed.is_set():
            try:
                client, _ = self._socket.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self._target))
            self._open += [client, upstream]
            threading.Thread(target=self._pipe, args=(client, upstream, 0.0), daemon=True).start()
            threading.Thread(
                target=self._pipe, args=(upstream, client, self._pause), daemon=True
            ).start()

    def _pipe(self, source: socket.socket, sink: socket.socket, pause: float) -> None:
        try:
            while not self._closed.is_set():
                data = source.recv(4096 if not pause else 1)
                if not data:
                    return
                sink.sendall(data)
                if pause:
                    time.sleep(pause)
        except OSError:
            return

    def close(self) -> None:
        self._closed.set()
        self._socket.close()
        # The server behind handshakes on its accepting thread: hang up on it, or it waits for
        # the rest of a handshake forever and cannot shut down.
        for sock in self._open:
            sock.close()
