"""What the page reads from the vault besides the credential: the learner's own addresses and,
for an Open Badges 2.0 badge, the details checking online fetched.

Both run on the background thread, inside the task that opens a page (``ui.window.shell``).

``linked_details`` is the seam for the network's store of fetched OB 2.0 documents: a service
that keeps them answers ``ob2_details(credential_id)`` with an object shaped like
``wallet.verify.openbadges2_online.Ob2Details`` (``badge``, ``issuer``, ``fetched``). Until the
vault keeps them, there is none, and the page says what is missing and that checking online
fetches it (:mod:`ui.credential.legacy`).
"""

from __future__ import annotations

from typing import Any

from ui.credential.legacy import LinkedDetails

__all__ = ["IDENTITIES_SETTING", "linked_details", "my_identities"]

IDENTITIES_SETTING = "my_identities"  # the learner's email addresses (Settings), a list


def my_identities(service: Any) -> list[str]:
    """The learner's own email addresses (and other identities) from Settings."""
    value = service.setting(IDENTITIES_SETTING, [])
    return [v for v in value if isinstance(v, str) and v.strip()] if isinstance(value, list) else []


def linked_details(service: Any, credential_id: str) -> LinkedDetails | None:
    """The fetched BadgeClass and Profile of a stored OB 2.0 badge, when the service keeps them."""
    fetch = getattr(service, "ob2_details", None)
    if not callable(fetch):
        return None
    try:
        found: LinkedDetails | None = fetch(credential_id)
    except Exception:  # a damaged or missing record: the page shows what the badge holds
        return None
    return found
