"""The ``trust`` row with registries (DESIGN "Verification report": "is the issuer in a
configured registry or trusted by the user (warn when unknown)").

The learner's own trusted issuers work as before (:func:`wallet.verify.trust.trust_check`).
Otherwise a registry answer speaks, and, as for the user's list, only once the ``issuer`` check
showed the issuer controls the signing key (STANDARDS §7 A1): naming a registered issuer proves
nothing. Trust never changes the verdict.
"""

from __future__ import annotations

from collections.abc import Collection

from wallet.trust.registries import RegistryAnswer
from wallet.verify.report import Check, Status
from wallet.verify.trust import trust_check

__all__ = ["registry_trust_check"]


def registry_trust_check(
    issuer: str | None,
    binding: Check | None,
    trusted: Collection[str],
    answer: RegistryAnswer | None,
) -> Check:
    """``answer`` is the registries' answer for ``issuer`` (None when none was asked)."""
    if issuer is None or issuer in trusted or answer is None:
        return trust_check(issuer, binding, trusted)
    found = answer.registered
    if found is not None and (binding is None or binding.status is not Status.PASS):
        return Check(
            "trust",
            Status.SKIP,
            f"does not apply: {issuer} is {answer.summary()}, but this credential was not shown "
            "to be signed with that issuer's key (see the issuer check)",
        )
    if found is not None:
        return Check("trust", Status.PASS, f"the issuer {issuer} is {answer.summary()}")
    return Check("trust", Status.WARN, f"the issuer {issuer} is {answer.summary()}")
