"""Binding a share to the interview: the employer's challenge and domain, typed in or read from
their QR code (an image, the screen, the webcam: :class:`ui.scan.sources.QrSources`).

What a verifier shows is a presentation request or a bare challenge
(:func:`wallet.present.challenge.read_challenge`); what is read fills the Share dialog's fields,
and the presentation is then signed for it. Text that is no challenge changes nothing and says why.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from ui.scan.sources import QrSources
from wallet.errors import InputError
from wallet.present.challenge import ChallengeRequest, read_challenge
from wallet.wording import plain

__all__ = ["ChallengeReader"]


class ChallengeReader(QObject):
    """``sources`` is the row of buttons to lay out; ``read`` the last request read."""

    def __init__(
        self, challenge: QLineEdit, domain: QLineEdit, status: QLabel, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.challenge, self.domain, self.status = challenge, domain, status
        self.read: ChallengeRequest | None = None
        self.sources = QrSources(self.tr("the employer's challenge"), parent)
        self.sources.found.connect(self.use_text)
        self.sources.failed.connect(self._failed)
        self.sources.busy.connect(
            lambda busy: status.setText(self.tr("Looking for the code…") if busy else "")
        )

    def use_text(self, text: str) -> None:
        """Fill the fields from a verifier's QR text, or say why it is no challenge."""
        try:
            request = read_challenge(text)
        except InputError as exc:
            self._failed(self.tr("That code holds no challenge: ") + str(exc))
            return
        self.read = request
        self.challenge.setText(request.challenge)
        self.domain.setText(request.domain or "")
        if request.domain:
            message = self.tr("Challenge %1 for %2 read from the code.")
            message = message.replace("%2", plain(request.domain))
        else:
            message = self.tr("Challenge %1 read from the code.")
        self.status.setText(message.replace("%1", plain(request.challenge, 40)))

    def _failed(self, sentence: str) -> None:
        self.status.setText(sentence)
