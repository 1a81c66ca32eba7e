"""The presenting work behind the Share dialog, as plain functions run through ``ui.common.tasks``.

The first step is the one ``learner-wallet present`` takes too,
:func:`wallet.present.selection.select_for_presentation`: each chosen credential is verified again
now (an expiry since the last check counts), and a credential that is not ``valid`` is refused
with its reason unless the learner overrides. Then the holder key signs the presentation
(``authentication`` with the verifier's challenge and domain, or ``assertionMethod``), it is
encoded in the chosen format, and the share is recorded in the vault's share history.

Everything here runs on the task thread and touches no widget; the PDF evidence pack is drawn
with Qt's paint classes (``ui.export.evidence_pack``), which may run off the GUI thread.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from wallet.errors import WalletError
from wallet.present.holder import ServiceKeySlot, ensure_holder
from wallet.present.presentation import PresentationRequest, Purpose, sign_presentation
from wallet.present.qr import QrChoice, choose_qr
from wallet.present.selection import (
    Candidate,
    Selection,
    evidence_items,
    refusal_reason,
    select_for_presentation,
)
from wallet.service import WalletService
from wallet.vault.files import SHARED, write_atomically

__all__ = [
    "Candidate",
    "Prepared",
    "ShareFormat",
    "ShareRequest",
    "Shared",
    "as_qr_file",
    "format_from_setting",
    "make_share",
    "prepare",
    "refusal",
    "save_share",
    "shown_slide",
]


class ShareFormat(StrEnum):
    VP = "vp"  # a signed presentation file (JSON-LD)
    VP_JWT = "vp-jwt"  # a signed presentation as a vp+jwt
    QR = "qr"  # a QR code shown on screen
    QR_PNG = "qr-png"
    QR_SVG = "qr-svg"
    PDF = "pdf"  # the PDF evidence pack

    @property
    def is_qr_code(self) -> bool:
        return self in (ShareFormat.QR, ShareFormat.QR_PNG, ShareFormat.QR_SVG)

    @property
    def suffix(self) -> str:
        return {"vp": ".json", "vp-jwt": ".jwt", "qr-png": ".png", "qr-svg": ".svg"}.get(
            self.value, ".pdf" if self is ShareFormat.PDF else ""
        )


def format_from_setting(value: Any) -> ShareFormat:
    """The settings' default presentation format as a share format (``qr-text``: on screen)."""
    if value == "qr-text":
        return ShareFormat.QR
    try:
        return ShareFormat(value)
    except ValueError:
        return ShareFormat.VP


@dataclass(frozen=True)
class Prepared:
    selection: Selection
    holder: str  # the DID that will sign
    default_format: ShareFormat

    @property
    def candidates(self) -> tuple[Candidate, ...]:
        return self.selection.candidates


def refusal(candidate: Candidate) -> str | None:
    """Why this credential is not presented by default (None when it is valid)."""
    return refusal_reason(candidate.report)


def prepare(
    service: WalletService, ids: Sequence[str], clock: Callable[[], datetime] | None = None
) -> Prepared:
    """Read and verify each credential again, make sure a holder key exists, read the default
    format. Raises WalletError for an unknown or unreadable credential."""
    now = clock or (lambda: datetime.now(UTC))
    selection = select_for_presentation(service, ids, now)
    holder = ensure_holder(ServiceKeySlot(service), now).current.did
    default = format_from_setting(service.setting("presentation_format", "vp"))
    return Prepared(selection, holder, default)


@dataclass(frozen=True)
class ShareRequest:
    format: ShareFormat
    challenge: str | None = None  # None: a random one
    domain: str | None = None
    purpose: Purpose = Purpose.AUTHENTICATION
    include_invalid: bool = False


@dataclass(frozen=True)
class Shared:
    """A made share: the bytes to save (None for a QR on screen), the QR choice for QR formats,
    and what the share history records."""

    data: bytes | None
    qr: QrChoice | None
    details: dict[str, Any] = field(default_factory=dict)
    presentation: Any = None  # the signed document, so Save As can re-encode without signing
    pack: Any = None  # a PDF pack's pages, to draw on the GUI thread (:meth:`with_pack_drawn`)

    def with_pack_drawn(self) -> Shared:
        """The PDF pack drawn (GUI thread only: Qt's PDF writer), when there is one to draw."""
        if self.pack is None:
            return self
        from ui.export.evidence_pack import evidence_pack_pdf

        return dataclasses.replace(self, data=evidence_pack_pdf(*self.pack), pack=None)


def _presented(prepared: Prepared, request: ShareRequest) -> list[Candidate]:
    chosen = list(prepared.selection.presented(request.include_invalid))
    if not chosen:
        raise WalletError("none of the chosen credentials is valid, so nothing can be shared")
    return chosen


def make_share(
    service: WalletService,
    prepared: Prepared,
    request: ShareRequest,
    clock: Callable[[], datetime] | None = None,
) -> Shared:
    """Sign and encode. A QR format whose code does not fit returns ``qr.code`` None with the
    reason in ``qr.message`` (and no data). Raises WalletError, ValueError."""
    now = clock or (lambda: datetime.now(UTC))
    chosen = _presented(prepared, request)
    holder = ensure_holder(ServiceKeySlot(service), now).current
    signing = PresentationRequest(
        challenge=request.challenge or None,
        domain=request.domain or None,
        purpose=request.purpose,
        clock=now,
    )
    details: dict[str, Any] = {
        "format": request.format.value,
        "holder": holder.did,
        "app": "desktop",
    }
    documents = [c.document for c in chosen]
    if request.format is ShareFormat.VP_JWT:
        from wallet.present.vp_jwt import sign_vp_jwt

        jwt = sign_vp_jwt(documents, holder, signing)
        details.update(challenge=jwt.challenge, domain=jwt.domain, suite="vp+jwt EdDSA")
        return Shared(jwt.token.encode("ascii"), None, details, jwt.token)
    signed = sign_presentation(documents, holder, signing)
    details.update(
        challenge=signed.challenge,
        domain=signed.domain,
        suite=signed.suite,
        purpose=signed.purpose.value,
    )
    if request.format is ShareFormat.VP:
        text = json.dumps(signed.document, indent=2, ensure_ascii=False) + "\n"
        return Shared(text.encode("utf-8"), None, details, signed.document)
    if request.format is ShareFormat.PDF:
        items = evidence_items(service, chosen, holder, signing)
        return Shared(None, None, details, signed.document, pack=(items, signed.document))
    choice = choose_qr(signed.document, documents)
    if choice.code is not None:
        details.update(qr=choice.code.kind, qr_version=choice.code.version)
    data: bytes | None = None
    if choice.code is not None and request.format is ShareFormat.QR_PNG:
        data = choice.code.png()
    elif choice.code is not None and request.format is ShareFormat.QR_SVG:
        data = choice.code.svg().encode("utf-8")
    return Shared(data, choice, details, signed.document)


def save_share(
    service: WalletService,
    shared: Shared,
    prepared: Prepared,
    request: ShareRequest,
    target: Path | None,
) -> Path | None:
    """Write ``shared.data`` to ``target`` (when given) and record the share in the vault's
    history. Returns the path written. Raises WalletError when the file cannot be written."""
    details = dict(shared.details)
    if target is not None:
        if shared.data is None:
            raise WalletError("there is nothing to save in this format")
        try:
            # Never through a planted symlink; readable by others: it is made to be handed on.
            write_atomically(target, shared.data, mode=SHARED)
        except OSError as exc:
            raise WalletError(f"cannot write {target}: {exc.strerror or exc}") from None
        details["file"] = str(target)
    service.record_share([c.id for c in _presented(prepared, request)], details)
    return target


def as_qr_file(shared: Shared, fmt: ShareFormat) -> Shared:
    """The same signed QR share as a PNG or SVG file (no new signature: same challenge)."""
    code = shared.qr.code if shared.qr is not None else None
    if code is None or fmt not in (ShareFormat.QR_PNG, ShareFormat.QR_SVG):
        raise WalletError("there is no QR code to save")
    data = code.png() if fmt is ShareFormat.QR_PNG else code.svg().encode("utf-8")
    return Shared(data, shared.qr, {**shared.details, "format": fmt.value}, shared.presentation)


class InterviewShare:
    """Interview mode's slides for a prepared share (:class:`ui.share.interview.Slides`).

    :meth:`plan` makes sure the holder key exists, builds the deck for the screen's room and
    records the share in the history (format ``interview``, its challenge and domain); then each
    slide is signed when first asked for. Runs on the task thread.
    """

    def __init__(
        self,
        service: WalletService,
        prepared: Prepared,
        request: ShareRequest,
        max_version: int,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self._service, self._prepared, self._request = service, prepared, request
        self._max_version = max_version
        self._now = clock or (lambda: datetime.now(UTC))
        self.deck: Any = None
        self._details: dict[str, Any] = {}
        self._ids: list[Any] = []

    def plan(self) -> int:
        from wallet.present.interview import InterviewDeck

        chosen = _presented(self._prepared, self._request)
        holder = ensure_holder(ServiceKeySlot(self._service), self._now).current
        signing = PresentationRequest(
            challenge=self._request.challenge or None,
            domain=self._request.domain or None,
            purpose=self._request.purpose,
            clock=self._now,
        )
        items = [(c.document, c.report.view, c.name) for c in chosen]
        self.deck = InterviewDeck(items, holder, signing, self._max_version)
        count: int = self.deck.plan()
        self._details = {
            "format": "interview",
            "holder": holder.did,
            "app": "desktop",
            "challenge": self.deck.challenge,
            "domain": signing.domain,
            "purpose": signing.purpose.value,
            "codes": count,
        }
        self._ids = [c.id for c in chosen]
        return count

    def after_shown(self) -> None:
        """Record the share in the history: after the first code is on screen, so the vault's
        write (a synced transaction) does not delay it."""
        self._service.record_share(self._ids, self._details)

    def slide(self, index: int) -> Any:
        return self.deck.slide(index)


def shown_slide(shared: Shared, chosen: Sequence[Candidate]) -> Any:
    """The Share dialog's code as one interview-mode slide (no new signature), naming the
    credentials from their signed views."""
    from wallet.present.evidence import credential_facts
    from wallet.present.interview import Shown, Slide, SlideKind

    code = shared.qr.code if shared.qr is not None else None
    shown = tuple(
        Shown(c.name, credential_facts(c.report.view, c.name).issuer_name) for c in chosen
    )
    kind: SlideKind = "link" if code is not None and code.kind == "url" else "presentation"
    challenge = str(shared.details.get("challenge") or "")
    return Slide(code, shown, "", kind, challenge, shared.presentation)
