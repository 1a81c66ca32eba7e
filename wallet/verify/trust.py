"""The ``trust`` check: does the user (or a registry) vouch for this credential's issuer?

Trust vouches for an issuer, not for a key: it applies only once the ``issuer`` check showed that
the issuer controls the signing key. Otherwise anyone could sign with their own key, name a
trusted issuer and be shown as trusted (STANDARDS §7 A1); such a credential gets ``skip`` ("does
not apply"). Unknown issuers get ``warn`` (DESIGN.md). Trust never changes the verdict.
"""

from __future__ import annotations

from collections.abc import Collection

from wallet.verify.report import Check, Status
from wallet.wording import plain

__all__ = ["trust_check", "trusted_message"]


def trusted_message(issuer: str) -> str:
    """The ``trust`` pass message; the vault recognises it to name who trusted the issuer."""
    return f"you trust the issuer {plain(issuer)}"


def trust_check(issuer: str | None, binding: Check | None, trusted: Collection[str]) -> Check:
    """``binding`` is the report's ``issuer`` check (None when there is none)."""
    if issuer is None:
        return Check("trust", Status.WARN, "the issuer is not named, so no trusted list covers it")
    if issuer not in trusted:
        message = f"the issuer {plain(issuer)} is not in any trusted list you use"
        return Check("trust", Status.WARN, message)
    if binding is None or binding.status is not Status.PASS:
        return Check(
            "trust",
            Status.SKIP,
            f"does not apply: you trust the issuer {plain(issuer)}, but this credential was not "
            "shown to be signed with that issuer's key (see the issuer check)",
        )
    return Check("trust", Status.PASS, trusted_message(issuer))
