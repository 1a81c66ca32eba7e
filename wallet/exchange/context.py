"""What every exchange client is given: the network, the holder key, the clock, and the seams a
person sees (progress per step, cancel), and what a client hands back (:class:`Received`).

A client calls :meth:`ExchangeContext.begin` before each step: it reports the step and raises
:class:`~wallet.errors.ExchangeCancelled` when the learner cancelled, so a cancel takes effect
between two requests and never halfway through one.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from wallet.errors import ExchangeCancelled, ExchangeError
from wallet.exchange.http import ExchangeHttp, HttpAnswer
from wallet.present.holder import HolderKey
from wallet.wording import plain

__all__ = ["ExchangeContext", "Received", "other_side_said"]


def _never() -> bool:
    return False


def _quiet(step: str) -> None:
    del step


@dataclass(frozen=True)
class Received:
    """One credential as it arrived: ``data`` is what is imported (JSON text or a compact
    JWT), ``format`` the protocol's name for it (``ldp_vc``, ``jwt_vc_json``, ``vc``), ``issuer``
    the address it came from (for the learner's summary, not a verified fact)."""

    data: bytes
    format: str
    issuer: str


@dataclass(frozen=True)
class ExchangeContext:
    """``progress(step)`` is called on the calling thread before each step; ``cancelled()``
    True stops before the next one; ``sleep(seconds)`` waits between polls (tests pass one that
    does not wait)."""

    http: ExchangeHttp
    holder: HolderKey
    clock: Callable[[], datetime]
    progress: Callable[[str], None] = field(default=_quiet)
    cancelled: Callable[[], bool] = field(default=_never)
    sleep: Callable[[float], None] = field(default=time.sleep)

    def begin(self, step: str) -> str:
        """Report ``step``; raise ExchangeCancelled when the learner cancelled."""
        if self.cancelled():
            raise ExchangeCancelled(step, "cancelled; nothing was stored")
        self.progress(step)
        return step


def other_side_said(answer: HttpAnswer, who: str) -> str:
    """A sentence for an error answer: the OAuth ``error`` and ``error_description`` (RFC 6749
    §5.2, which OpenID4VCI and OpenID4VP reuse) when the body has them, else the status."""
    error, description = _oauth_error(answer)
    if description and error:
        return f"the {who} answered {plain(error, 80)}: {plain(description, 300)}"
    if error:
        return f"the {who} answered {plain(error, 80)} (HTTP {answer.status})"
    text = answer.text()
    if text and len(text) <= 300 and "<" not in text:
        return f"the {who} answered HTTP {answer.status}: {plain(text, 300)}"
    return f"the {who} answered HTTP {answer.status}"


def _oauth_error(answer: HttpAnswer) -> tuple[str, str]:
    try:
        body: Any = answer.json("")
    except ExchangeError:
        return "", ""
    if not isinstance(body, dict):
        return "", ""
    error = body.get("error")
    description = body.get("error_description") or body.get("message")
    return (
        error if isinstance(error, str) else "",
        description if isinstance(description, str) else "",
    )


def oauth_error_code(answer: HttpAnswer) -> str:
    """The OAuth ``error`` code of an error answer, or ``""``."""
    return _oauth_error(answer)[0]


def oauth_error_description(answer: HttpAnswer) -> str:
    return _oauth_error(answer)[1]
