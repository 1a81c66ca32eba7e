"""The receive and respond screens in the window: the two menu actions, the link router's
openers, and the QR sources both screens offer: a pasted link, a QR image, "Scan the screen"
and the webcam (issue 16: the same QR input as verifier mode, :mod:`ui.exchange.scan_sources`).

More plug in with :meth:`add_source`: any object with a ``label`` and ``read(parent, deliver)``
(:mod:`ui.exchange.sources`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ui.exchange.receive_dialog import ReceiveDialog
from ui.exchange.respond_dialog import RespondDialog
from ui.exchange.scan_sources import CameraSource, ScreenSource
from ui.exchange.sources import QrTextSource, default_sources
from ui.scan.camera import camera_available
from wallet.handoff import Link
from wallet.net import NetworkSettings

if TYPE_CHECKING:
    from ui.window.shell import MainWindow

__all__ = ["ExchangeScreens"]


class ExchangeScreens(QObject):
    """GUI thread. ``settings`` is the network seam for tests (default: the environment)."""

    def __init__(self, window: MainWindow, settings: NetworkSettings | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.sources: list[QrTextSource] = [*default_sources(), ScreenSource()]
        self._camera_asked = False  # asking Qt for cameras loads QtMultimedia: not at startup
        self.receive_dialog: ReceiveDialog | None = None
        self.respond_dialog: RespondDialog | None = None
        window.incoming.links.register("receive", self.open_receive_link)
        window.incoming.links.register("respond", self.open_respond_link)

    def add_source(self, source: QrTextSource) -> None:
        """Offer ``source`` on both screens from now on (a camera, a screen scanner)."""
        self.sources.append(source)

    def _offered(self) -> list[QrTextSource]:
        """The sources, with the webcam once, where one can be used (ui.scan.camera)."""
        if not self._camera_asked:
            self._camera_asked = True
            if camera_available():
                self.sources.insert(len(default_sources()) + 1, CameraSource())
        return self.sources

    def receive(self) -> ReceiveDialog | None:
        if not self.window.state.is_unlocked:
            return None
        dialog = ReceiveDialog(
            self.window.state.service, self._offered(), self.window, self.settings
        )
        dialog.on_received.append(lambda _result: self.window.state.refresh())
        self.receive_dialog = dialog
        dialog.open()
        return dialog

    def respond(self) -> RespondDialog | None:
        if not self.window.state.is_unlocked:
            return None
        dialog = RespondDialog(
            self.window.state.service, self._offered(), self.window, self.settings
        )
        self.respond_dialog = dialog
        dialog.open()
        return dialog

    def open_receive_link(self, link: Link) -> None:
        dialog = self.receive()
        if dialog is not None:
            dialog.link_page.field.setText(link.url)
            dialog.read_link(link.url)

    def open_respond_link(self, link: Link) -> None:
        dialog = self.respond()
        if dialog is not None:
            dialog.link_page.field.setText(link.url)
            dialog.read_request(link.url)

    def close(self) -> None:
        for dialog in (self.receive_dialog, self.respond_dialog):
            if dialog is not None:
                dialog.close()
        self.receive_dialog = self.respond_dialog = None
