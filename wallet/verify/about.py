"""``about``: what a report is about, from the signed view only (DESIGN "Verification report").

An employer reading a report should see *what* was verified: its name, issuer, subject and
dates as the signature covers them, so a PDF pack whose printed pages describe another
credential than its signed attachment gives itself away (issue 10). Members the signed data
does not state are null.
"""

from __future__ import annotations

from typing import Any

from wallet.verify.report import Kind, empty_about
from wallet.verify.structure import END_DATES, as_list, date_bound, party_id
from wallet.verify.view import SignedView

__all__ = ["UNNAMED", "about_of", "first_text", "host_of", "title_of"]

UNNAMED = "Credential"


def first_text(value: Any) -> str | None:
    """A plain string from a view value (a string, the first of several, an object's name)."""
    for item in as_list(value):
        if isinstance(item, str) and item.strip():
            return item
        if isinstance(item, dict):
            inner = first_text(item.get("name"))
            if inner:
                return inner
    return None


def _party(value: Any) -> dict[str, Any]:
    name = None
    for item in as_list(value):
        if isinstance(item, dict):
            name = first_text(item.get("name"))
            break
    return {"id": party_id(value), "name": name}


def _achievement_name(subjects: list[Any]) -> str | None:
    for subject in subjects:
        if isinstance(subject, dict):
            for achievement in as_list(subject.get("achievement")):
                if isinstance(achievement, dict):
                    name = first_text(achievement.get("name"))
                    if name:
                        return name
    return None


def _date(data: dict[str, Any], *names: str) -> str | None:
    for name in names:
        value = data.get(name)
        if isinstance(value, str):
            return value
    return None


def about_of(view: SignedView, kind: Kind, *, legacy: bool = False) -> dict[str, Any]:
    """The contract's ``about`` object for a report of ``kind`` over ``view``."""
    about = empty_about()
    data = view.data
    if not data:
        return about
    if kind == "presentation":
        about["subject"] = _party(data.get("holder"))
        return about
    if legacy:
        return _legacy_about(data, about)
    subjects = as_list(data.get("credentialSubject"))
    about["name"] = first_text(data.get("name")) or _achievement_name(subjects)
    about["issuer"] = _party(data.get("issuer"))
    for subject in subjects:
        if isinstance(subject, dict):
            about["subject"] = {"id": party_id(subject), "name": first_text(subject.get("name"))}
            break
    about["issued"] = _date(data, "validFrom", "issuanceDate", "awardedDate")
    # The earliest end, as the validity check reads it (any data model's name counts).
    about["expires"] = date_bound(data, END_DATES, latest=False)[0]
    return about


def _legacy_about(data: dict[str, Any], about: dict[str, Any]) -> dict[str, Any]:
    """Open Badges 2.0 / 1.x: the BadgeClass names the badge, its Profile the issuer."""
    badge = data.get("badge")
    if isinstance(badge, dict):
        about["name"] = first_text(badge.get("name"))
        about["issuer"] = _party(badge.get("issuer"))
    recipient = data.get("recipient")
    if isinstance(recipient, dict) and isinstance(recipient.get("identity"), str):
        about["subject"] = {"id": recipient["identity"], "name": None}
    about["issued"] = _date(data, "issuedOn")
    about["expires"] = _date(data, "expires")
    return about


def host_of(url: Any) -> str | None:
    """The host of an http(s) URL (or of a node's id), for naming an issuer that only has one;
    None for anything else."""
    if isinstance(url, dict):
        url = url.get("id")
    if not isinstance(url, str) or not url.lower().startswith(("https://", "http://")):
        return None
    host = url.split("://", 1)[1].split("/", 1)[0].rsplit("@", 1)[-1]
    return host or None


def title_of(data: dict[str, Any]) -> str:
    """What a credential is called wherever it is shown (card, list, page, ``list``): its
    name, its achievement's, an Open Badges 2.0 BadgeClass's; for a badge that holds only its
    BadgeClass's URL, or an OB 1.x badge that holds only its ``verify.url``, "Badge from HOST";
    else :data:`UNNAMED`. Never empty."""
    if not data:
        return UNNAMED
    badge = data.get("badge")
    if "credentialSubject" not in data and badge is not None:
        if isinstance(badge, dict):
            name = first_text(badge.get("name"))
            if name:
                return name
        host = host_of(badge)
        return f"Badge from {host}" if host else UNNAMED
    subjects = as_list(data.get("credentialSubject"))
    named = first_text(data.get("name")) or _achievement_name(subjects)
    if named:
        return named
    verify = data.get("verify")
    if "credentialSubject" not in data and isinstance(verify, dict):
        # OB 1.0 hosted verification: only the URL of the issuer's copy is known.
        host = host_of(verify.get("url"))
        return f"Badge from {host}" if host else UNNAMED
    return UNNAMED
