"""Lists of revoked ids: the 1EdTech revocation list (OB 3.0 ``1EdTechRevocationList``, 1EdTech
VCRL 1.0) and the Open Badges 2.0 ``RevocationList`` (OB 2.0 §RevocationList).

Both are plain JSON documents, not credentials: what they say rests on https from the issuer's
server. So, as for unsigned status lists (DESIGN "Network"), "revoked" is believed and said to
come from the issuer's unsigned list, while "not revoked" from a 1EdTech list is a warning.
An OB 2.0 list is named by the issuer's own Profile (``revocationList``), which the caller has
fetched and bound to the badge: its "not revoked" is how OB 2.0 verification ends (§Verification
step "check revocation"), so it passes, saying where it came from.
"""

from __future__ import annotations

from typing import Any

from wallet.errors import FetchError
from wallet.net.fetcher import Fetcher, json_of
from wallet.status.finding import Finding

__all__ = ["MAX_REVOKED", "judge_1edtech_list", "judge_ob2_list"]

MAX_REVOKED = 1_000_000
_MAX_BYTES = 8 * 1024 * 1024


def _party(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, dict) and isinstance(value.get("id"), str):
        return str(value["id"])
    return None


def _revoked(entries: Any, wanted: set[str]) -> tuple[bool, str, bool]:
    """(found, its reason, the list was readable)."""
    if not isinstance(entries, list) or len(entries) > MAX_REVOKED:
        return False, "", False
    for entry in entries:
        if isinstance(entry, str) and entry in wanted:
            return True, "", True
        if isinstance(entry, dict):
            ids = {entry.get("id"), entry.get("uid")}
            if ids & wanted:
                reason = entry.get("revocationReason")
                return True, reason[:300] if isinstance(reason, str) else "", True
    return False, "", True


def _get(fetcher: Fetcher, url: str) -> tuple[Any, Finding | None, Any]:
    try:
        fetched = fetcher.fetch(url, max_bytes=_MAX_BYTES)
    except FetchError as exc:
        return None, Finding("unknown", f"the revocation list could not be checked: {exc}"), None
    document, problem = json_of(fetched)
    if problem is not None or not isinstance(document, dict):
        why = problem or f"the document at {url} is not a revocation list"
        return None, Finding("unknown", why, fetched), fetched
    return document, None, fetched


def judge_1edtech_list(
    fetcher: Fetcher, url: str, credential_id: str | None, issuer_id: str | None
) -> Finding:
    """Is ``credential_id`` in the 1EdTech revocation list at ``url``?"""
    document, failed, fetched = _get(fetcher, url)
    if failed is not None:
        return failed
    listed_issuer = _party(document.get("issuer"))
    if listed_issuer is not None and listed_issuer != issuer_id:
        return Finding(
            "unknown",
            f"the revocation list at {url} is {listed_issuer}'s, not the issuer's {issuer_id}",
            fetched,
        )
    if credential_id is None:
        return Finding("unknown", "the credential has no id to look up in its revocation list")
    found, reason, readable = _revoked(document.get("revokedCredentials"), {credential_id})
    if not readable:
        return Finding("unknown", f"the revocation list at {url} is malformed", fetched)
    freshness = fetched.freshness()
    if found:
        why = f" (reason given: {reason})" if reason else ""
        text = f"revoked: the issuer's unsigned revocation list lists it{why}; {freshness}"
        return Finding("revoked", text, fetched)
    text = f"not revoked according to the issuer's unsigned revocation list ({freshness})"
    return Finding("clear-unsigned", text, fetched)


def judge_ob2_list(
    fetcher: Fetcher, url: str, assertion_ids: set[str], issuer_id: str | None
) -> Finding:
    """Is the assertion (its ``id``, or a legacy ``uid``) in the OB 2.0 list at ``url``?"""
    document, failed, fetched = _get(fetcher, url)
    if failed is not None:
        return failed
    listed_issuer = _party(document.get("issuer"))
    if listed_issuer is not None and issuer_id is not None and listed_issuer != issuer_id:
        return Finding(
            "unknown",
            f"the revocation list at {url} is {listed_issuer}'s, not the issuer's {issuer_id}",
            fetched,
        )
    found, reason, readable = _revoked(document.get("revokedAssertions", []), assertion_ids)
    if not readable:
        return Finding("unknown", f"the revocation list at {url} is malformed", fetched)
    freshness = fetched.freshness()
    if found:
        why = f" (reason given: {reason})" if reason else ""
        return Finding(
            "revoked", f"revoked: the issuer's revocation list lists it{why}; {freshness}", fetched
        )
    return Finding(
        "clear", f"not revoked: the issuer's revocation list at {url} ({freshness})", fetched
    )
