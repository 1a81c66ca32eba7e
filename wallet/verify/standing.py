"""The rows that change with time and the network: ``status`` and ``trust`` (issue 12).

Both read the signed view only (the status entries, the issuer, the credential's id), and both
answer offline as before when ``options.online`` is None:

- ``status``: the status lists' answer (:meth:`wallet.verify.online.OnlineChecks.status`), which
  says how fresh the list was or why it could not be checked; offline, "could not be checked".
- ``trust``: the learner's own trusted issuers first; then, online, the issuer registries, naming
  the registry and the issuer's registered name ("not registered" and "registry unreachable" are
  different answers, :func:`wallet.trust.check.registry_trust_check`).
"""

from __future__ import annotations

from datetime import datetime

from wallet.trust.check import registry_trust_check
from wallet.verify.options import VerifyOptions
from wallet.verify.report import Check, Status
from wallet.verify.structure import party_id
from wallet.verify.trust import trust_check
from wallet.verify.view import SignedView

__all__ = ["offline_status_row", "status_row", "trust_row"]


def offline_status_row(view: SignedView) -> Check:
    if not view.get("credentialStatus"):
        return Check("status", Status.SKIP, "the credential carries no status entry")
    return Check("status", Status.WARN, "revocation could not be checked: offline")


def status_row(view: SignedView, options: VerifyOptions, now: datetime) -> Check:
    """The ``status`` row of the credential ``view`` shows, as of ``now``."""
    if options.online is None:
        return offline_status_row(view)
    credential_id = view.get("id")
    return options.online.status(
        view.get("credentialStatus"),
        party_id(view.get("issuer")),
        now,
        credential_id=credential_id if isinstance(credential_id, str) else None,
    ).check


def trust_row(issuer: str | None, binding: Check, options: VerifyOptions) -> Check:
    """The ``trust`` row; ``binding`` is the report's ``issuer`` check (trust applies only once
    it passed). Registries are asked only for an issuer the learner does not trust already."""
    online = options.online
    if online is None or issuer is None or issuer in options.trusted_issuers:
        return trust_check(issuer, binding, options.trusted_issuers)
    return registry_trust_check(issuer, binding, options.trusted_issuers, online.registry(issuer))
