"""Deliver a hand-off to the window: files into the import flow, links to their screens.

Both need an open wallet, so what arrives while it is locked (or before it exists) waits, with a
line in the status bar, and goes through once the wallet opens. Every delivery brings the window
forward. macOS hands files and links to a running app as ``QFileOpenEvent`` rather than on the
command line; :class:`FileOpenEvents` turns those into hand-offs too.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFileOpenEvent

from ui.incoming.links import LinkScreens
from wallet.errors import InputError
from wallet.handoff import Handoff, read_handoff

if TYPE_CHECKING:
    from ui.window.shell import MainWindow

__all__ = ["FileOpenEvents", "IncomingRouter", "bring_forward"]

_log = logging.getLogger("learner_wallet.incoming")


def bring_forward(window: MainWindow) -> None:
    """Show the window on top, restored if it was minimised. (Window managers may still only
    flag it as wanting attention: focus-stealing prevention is theirs to decide.)"""
    if window.isMinimized():
        window.showNormal()
    else:
        window.show()
    window.raise_()
    window.activateWindow()


class IncomingRouter(QObject):
    """GUI thread. ``links`` is the seam the receive and respond screens register with."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.links = LinkScreens(window)
        self._waiting: list[Handoff] = []
        window.state.unlocked.connect(self._wallet_opened)

    @property
    def waiting(self) -> Handoff:
        """Everything held until the wallet opens, as one hand-off."""
        return _merged(self._waiting)

    def deliver(self, handoff: Handoff) -> None:
        bring_forward(self.window)
        if not handoff:
            return
        _log.info("handed %s", handoff.describe())
        if not self.window.state.is_unlocked:
            self._waiting.append(handoff)
            self.window.statusBar().showMessage(
                self.tr("Open your wallet to go on with what was handed to it ({0}).").format(
                    self.waiting.describe()
                )
            )
            return
        self._hand(handoff)

    def _wallet_opened(self) -> None:
        waiting, self._waiting = _merged(self._waiting), []
        if waiting:
            self._hand(waiting)

    def _hand(self, handoff: Handoff) -> None:
        if handoff.files:
            self.window.imports.import_paths(list(handoff.files))
        for link in handoff.links:
            self.links.open(link)


def _merged(handoffs: list[Handoff]) -> Handoff:
    files = dict.fromkeys(path for h in handoffs for path in h.files)
    links = dict.fromkeys(link for h in handoffs for link in h.links)
    return Handoff(tuple(files), tuple(links))


class FileOpenEvents(QObject):
    """An application event filter: each ``QFileOpenEvent`` (macOS "Open with", a link click)
    becomes a hand-off for ``router``."""

    def __init__(self, router: IncomingRouter) -> None:
        super().__init__(router)
        self.router = router

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.FileOpen or not isinstance(event, QFileOpenEvent):
            return False
        target = event.file() or event.url().toString()
        try:
            handoff = read_handoff([target])
        except InputError as exc:
            self.router.window.statusBar().showMessage(str(exc), 10000)
            return True
        self.router.deliver(handoff)
        return True
