"""Where a link an issuer or a verifier published goes: the receive screen for credential
offers and requests, the respond screen for presentation requests.

This is the seam those screens plug into, by action (``wallet.handoff.Link.action``)::

    window.incoming.links.register("receive", receive_screen.open_link)

Until a screen is registered for an action, :meth:`LinkScreens.open` shows a plain message that
says what the link is and that the app cannot answer it yet. Nothing is sent or stored.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from wallet.handoff import Link, LinkKind

__all__ = ["LinkOpener", "LinkScreens"]

LinkOpener = Callable[[Link], None]


class LinkScreens(QObject):
    """GUI thread. A screen is a plain callable, called with the link; ``last_message`` is the
    latest "not available yet" message (tests read it)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self._screens: dict[str, LinkOpener] = {}
        self.last_message: QMessageBox | None = None

    def register(self, action: Literal["receive", "respond"], opener: LinkOpener) -> None:
        """From now on links for ``action`` go to ``opener`` (on the GUI thread)."""
        self._screens[action] = opener

    def open(self, link: Link) -> None:
        screen = self._screens.get(link.action)
        if screen is None:
            self.not_available(link)
        else:
            screen(link)

    def describe(self, link: Link) -> tuple[str, str]:
        """(title, sentence) saying what ``link`` is, in words."""
        named = link.origin
        if link.kind is LinkKind.CREDENTIAL_OFFER:
            title = self.tr("Credential offer")
            what = (
                self.tr(
                    "This link is a credential offer from {0}: an issuer offers to send you "
                    "credentials."
                ).format(named)
                if named
                else self.tr(
                    "This link is a credential offer: an issuer offers to send you credentials."
                )
            )
        elif link.kind is LinkKind.CREDENTIAL_REQUEST:
            title = self.tr("Credential request")
            what = (
                self.tr(
                    "This link is a request for your wallet from {0}: an issuer asks where "
                    "to send you credentials."
                ).format(named)
                if named
                else self.tr(
                    "This link is a request for your wallet: an issuer asks where to "
                    "send you credentials."
                )
            )
        else:
            title = self.tr("Presentation request")
            what = (
                self.tr(
                    "This link is a presentation request from {0}: a verifier asks you to "
                    "show credentials."
                ).format(named)
                if named
                else self.tr(
                    "This link is a presentation request: a verifier asks you to show credentials."
                )
            )
        return title, what

    def not_available(self, link: Link) -> QMessageBox:
        """The plain message for a link no screen answers yet (window-modal, not blocking)."""
        title, what = self.describe(link)
        if link.action == "receive":
            later = self.tr(
                "Receiving credentials from a link is not available in Learner "
                "Wallet yet. Nothing was sent or stored."
            )
        else:
            later = self.tr(
                "Answering presentation requests is not available in Learner "
                "Wallet yet. Nothing was sent or stored."
            )
        box = QMessageBox(QMessageBox.Icon.Information, title, what, parent=self.window)
        box.setObjectName("link-not-available")
        box.setInformativeText(later)
        box.setDetailedText(link.url)
        box.addButton(QMessageBox.StandardButton.Close)
        box.setAccessibleName(title)
        self.last_message = box
        box.open()
        return box
