"""Open Badges 2.0 and 1.x for the credential page (no Qt): the assertion's own members and its
BadgeClass and issuer Profile, when the assertion embeds them or they were fetched.

OB 2.0 §Assertion: ``recipient``, ``badge`` (a BadgeClass or its URL), ``issuedOn``,
``expires``, ``evidence`` (URLs or Evidence), ``narrative`` (Markdown), ``image``. §BadgeClass:
``name``, ``description``, ``criteria`` (a URL or Criteria with a Markdown ``narrative``),
``issuer`` (a Profile or its URL), ``alignment``, ``tags``. OB 1.x assertions use the same names
for what the page shows (``issued_on`` is read too).

An assertion that holds only its BadgeClass's URL (most hosted and signed badges) says nothing of
the badge until that document is fetched. :class:`LinkedDetails` is the seam for what checking
online brings back (``wallet.verify.openbadges2_online.Ob2Details`` has its shape); until the
vault keeps those, the page says what is missing and that checking online fetches it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from ui.common.display import line, passage
from ui.credential.reading import listed, text, url

__all__ = ["Legacy", "LinkedDetails", "is_legacy", "read_legacy"]


class _Fetch(Protocol):
    @property
    def at(self) -> datetime: ...


class LinkedDetails(Protocol):
    """The published BadgeClass and issuer Profile of an OB 2.0 assertion (None where not had),
    and the fetches that brought them (each with its ``at``)."""

    @property
    def badge(self) -> dict[str, Any] | None: ...

    @property
    def issuer(self) -> dict[str, Any] | None: ...

    @property
    def fetched(self) -> tuple[_Fetch, ...]: ...


@dataclass(frozen=True)
class Legacy:
    """What the OB 2.0 page needs beyond the common fields."""

    badge: dict[str, Any]
    issuer: dict[str, Any] | str
    badge_url: str  # the BadgeClass's URL when the assertion holds only that
    missing: tuple[str, ...]  # what the page cannot show without it: "badge", "issuer"
    fetched_at: str  # when the linked details were fetched, "" when they were not
    narrative: str
    evidence: tuple[tuple[str, str, str], ...]  # (name, narrative, url)


def is_legacy(document: dict[str, Any]) -> bool:
    """An Open Badges 2.0 / 1.x assertion (it has ``badge`` and ``recipient``, no VC types)."""
    return "badge" in document and "credentialSubject" not in document


def _evidence(document: dict[str, Any]) -> tuple[tuple[str, str, str], ...]:
    found = []
    for item in listed(document.get("evidence")):
        if isinstance(item, str):
            found.append(("", "", url(item)))
        elif isinstance(item, dict):
            found.append(
                (
                    line(text(item.get("name"))),
                    text(item.get("narrative")) or text(item.get("description")),
                    url(item),
                )
            )
    return tuple(e for e in found if any(e))


def read_legacy(document: dict[str, Any], linked: LinkedDetails | None = None) -> Legacy:
    """The assertion's BadgeClass (embedded, else fetched, else only its URL) and its issuer."""
    badge_value = document.get("badge")
    badge = badge_value if isinstance(badge_value, dict) else {}
    badge_url = url(badge_value) if not badge or len(badge) == 1 else ""
    fetched_at = ""
    if (not badge or len(badge) == 1) and linked is not None and linked.badge:
        badge, badge_url = linked.badge, ""
        fetched_at = _when(linked)
    issuer: dict[str, Any] | str = badge.get("issuer", "")
    if not isinstance(issuer, dict) or len(issuer) == 1:
        if linked is not None and linked.issuer:
            issuer = linked.issuer
            fetched_at = fetched_at or _when(linked)
        elif isinstance(issuer, dict):
            issuer = url(issuer)
    missing = []
    if not badge or len(badge) == 1:
        missing = ["badge"]
    elif not isinstance(issuer, dict):
        missing = ["issuer"]
    return Legacy(
        badge=badge,
        issuer=issuer,
        badge_url=badge_url,
        missing=tuple(missing),
        fetched_at=fetched_at,
        narrative=passage(text(document.get("narrative")))[0],
        evidence=_evidence(document),
    )


def _when(linked: LinkedDetails) -> str:
    times = [f.at for f in linked.fetched if isinstance(getattr(f, "at", None), datetime)]
    return min(times).strftime("%Y-%m-%d %H:%M") if times else ""
