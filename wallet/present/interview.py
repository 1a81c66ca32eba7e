"""Interview mode's codes: what the learner's screen shows, one code at a time (issue 14).

Given the credentials to show, the screen's room and the verifier's challenge:

- several credentials whose one presentation fits one code on this screen: that one code;
- otherwise one code each, "2 of 4": a ``VP1-`` presentation of that credential alone, signed for
  the same challenge, or, when it is too dense for the screen, a link QR to the credential's
  public page (:func:`wallet.present.qr.choose_qr`), or no code and the sentence why.

How dense a code may be comes from the screen (:func:`wallet.present.qr.max_version_for`: every
module at least 4 px with its quiet zone), not from a fixed version, so a 1366×768 laptop shows
what it can show and never a code too fine to scan. Each slide names its credential and issuer
from the signed view (never the JSON as received).

Slides are made on demand, one at a time (signing and drawing a code takes ~80 ms): call
:meth:`InterviewDeck.plan` and :meth:`InterviewDeck.slide` on the worker thread, never the GUI's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from wallet.errors import UnknownContextError
from wallet.formats.cborld import CborldEncodeError
from wallet.present.evidence import credential_facts
from wallet.present.holder import HolderKey
from wallet.present.presentation import HeldCredential, PresentationRequest, sign_presentation
from wallet.present.qr import QrCode, choose_qr, fit_qr
from wallet.present.vpqr import vp1_payload
from wallet.verify.view import SignedView

__all__ = ["InterviewDeck", "Shown", "Slide", "SlideKind"]

SlideKind = Literal["presentation", "link", "none"]


@dataclass(frozen=True)
class Shown:
    """A credential as a slide names it: its name and its issuer, from the signed view."""

    name: str
    issuer: str


@dataclass(frozen=True)
class Slide:
    """One screen: the code (None when nothing fits), the credentials it carries, a sentence
    saying what it is or why there is no code, and the signed presentation it encodes."""

    code: QrCode | None
    credentials: tuple[Shown, ...]
    message: str
    kind: SlideKind
    challenge: str
    presentation: dict[str, Any] | None = None


def _shown(view: SignedView, fallback: str) -> Shown:
    facts = credential_facts(view, fallback)
    return Shown(facts.title or fallback, facts.issuer_name)


class InterviewDeck:
    """The slides for ``credentials`` (documents or JWTs, each with its signed view).

    ``max_version`` is the densest code the screen can show (0: none fits). All slides are signed
    for ``request``'s challenge; a request without one gets one random challenge for the deck.
    Not thread-safe: one worker thread at a time.
    """

    def __init__(
        self,
        credentials: Sequence[tuple[HeldCredential, SignedView, str]],
        holder: HolderKey,
        request: PresentationRequest,
        max_version: int,
    ) -> None:
        if not credentials:
            raise ValueError("interview mode needs at least one credential")
        self._items = list(credentials)
        self._holder = holder
        challenge = request.challenge if request.challenge else request.make_challenge()
        self._request = PresentationRequest(
            challenge=challenge,
            domain=request.domain,
            purpose=request.purpose,
            clock=request.clock,
            make_challenge=request.make_challenge,
        )
        self._max_version = max_version
        self._slides: dict[int, Slide] = {}
        self._combined: bool | None = None

    @property
    def challenge(self) -> str:
        return str(self._request.challenge)

    def plan(self) -> int:
        """How many slides there are: 1 when every credential fits one code, else one each.
        Makes the first slide on the way (the one shown at once)."""
        if self._combined is None:
            self._combined = False
            if len(self._items) > 1:
                combined = self._combined_slide()
                if combined is not None:
                    self._combined = True
                    self._slides[0] = combined
        self.slide(0)
        return self.count

    @property
    def count(self) -> int:
        return 1 if self._combined else len(self._items)

    def slide(self, index: int) -> Slide:
        """The slide at ``index`` (made now unless it was made before)."""
        if not 0 <= index < self.count:
            raise IndexError(index)
        if index not in self._slides:
            self._slides[index] = self._single(index)
        return self._slides[index]

    def _combined_slide(self) -> Slide | None:
        documents = [item[0] for item in self._items]
        signed = sign_presentation(documents, self._holder, self._request)
        try:
            payload = vp1_payload(signed.document)
        except (CborldEncodeError, UnknownContextError):
            return None  # the one-each slides say why
        code = fit_qr(payload, "vp1", self._max_version) if self._max_version else None
        if code is None:
            return None
        shown = tuple(_shown(view, name) for _, view, name in self._items)
        return Slide(
            code,
            shown,
            f"one signed presentation of {len(shown)} credentials in a VP1- QR code "
            f"(version {code.version})",
            "presentation",
            self.challenge,
            signed.document,
        )

    def _single(self, index: int) -> Slide:
        document, view, name = self._items[index]
        signed = sign_presentation([document], self._holder, self._request)
        shown = (_shown(view, name),)
        if self._max_version < 1:
            return Slide(
                None,
                shown,
                "this screen is too small for any QR code that can be scanned",
                "none",
                self.challenge,
                signed.document,
            )
        choice = choose_qr(signed.document, [document], self._max_version)
        code = choice.code
        kind: SlideKind = "none"
        if code is not None:
            kind = "link" if code.kind == "url" else "presentation"
        return Slide(code, shown, choice.message, kind, self.challenge, signed.document)
