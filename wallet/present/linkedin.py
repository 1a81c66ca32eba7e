""" "Add to LinkedIn profile": LinkedIn's add-certification link for a credential (issue 14).

LinkedIn's Add to Profile link (``https://www.linkedin.com/profile/add``, ``startTask=
CERTIFICATION_NAME``) opens the member's "Add license or certification" form pre-filled with
``name``, ``organizationName``, ``issueYear``/``issueMonth``, ``expirationYear``/
``expirationMonth``, ``certUrl`` and ``certId``. Nothing is sent until the learner, signed in to
LinkedIn in their own browser, saves that form; the app only opens the link, and only on a click.

Every value comes from the credential's signed view. ``certUrl`` is given only when the
credential has a public https page (:func:`wallet.present.qr.public_https_id`): a ``urn:uuid:``
or a private address would be a dead link on a public profile.
"""

from __future__ import annotations

from urllib.parse import urlencode

from wallet.present.evidence import credential_facts
from wallet.present.qr import public_https_id
from wallet.verify.dates import parse_datetime
from wallet.verify.view import SignedView

__all__ = ["LINKEDIN_ADD", "linkedin_add_url"]

LINKEDIN_ADD = "https://www.linkedin.com/profile/add"
_MAX_FIELD = 300  # LinkedIn's form fields are short; a hostile name must not make a huge URL


def linkedin_add_url(view: SignedView, fallback_name: str = "") -> str:
    """The add-certification link for the credential ``view`` describes."""
    facts = credential_facts(view, fallback_name)
    params: list[tuple[str, str]] = [("startTask", "CERTIFICATION_NAME")]
    if facts.title:
        params.append(("name", facts.title[:_MAX_FIELD]))
    if facts.issuer_name:
        params.append(("organizationName", facts.issuer_name[:_MAX_FIELD]))
    for prefix, value in (("issue", facts.issued), ("expiration", facts.valid_until)):
        when = parse_datetime(value) if value else None
        if when is not None:
            params.append((f"{prefix}Year", str(when.year)))
            params.append((f"{prefix}Month", str(when.month)))
    url = public_https_id(view.data)
    if url is not None:
        params.append(("certUrl", url))
    if facts.credential_id:
        params.append(("certId", facts.credential_id[:_MAX_FIELD]))
    return f"{LINKEDIN_ADD}?{urlencode(params)}"
