"""Turn proof results into the ``signature`` and ``issuer``/``holder`` checks.

Issuer binding is strict (STANDARDS §7 A1, A5): a signature proves something only when the key's
controller is the credential's issuer and lists the key for the required purpose. A key read from
a URL fragment or a JWT header proves nothing about who controls it.
"""

from __future__ import annotations

from typing import Any

from wallet.dids.resolve import key_label
from wallet.proofs.embedded import ProofResult
from wallet.verify.report import Check, CheckId, Status

__all__ = ["best_proof", "binding_check", "party_id", "signature_check"]


def party_id(value: Any) -> str | None:
    """The id of an ``issuer`` or ``holder``: a URI string or an object with an ``id``."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict) and isinstance(value.get("id"), str):
        return str(value["id"])
    return None


def best_proof(results: list[ProofResult]) -> tuple[ProofResult, list[ProofResult]]:
    """Pick the result that decides the signature check, and the others worth mentioning.

    OB 3.0 §Proof formats lets a verifier accept any one valid proof, but a proof we can check
    that fails means the document was altered (A7): it decides. Unsupported proofs never make a
    document verified.
    """
    failed = [r for r in results if r.verified is False]
    if failed:
        return failed[0], [r for r in results if r is not failed[0]]
    verified = [r for r in results if r.verified is True]
    if verified:
        return verified[0], [r for r in results if r is not verified[0]]
    return results[0], results[1:]


def signature_check(results: list[ProofResult]) -> Check:
    if not results:
        return Check(
            "signature", Status.SKIP, "there is no proof: nothing shows who made it", "unsigned"
        )
    chosen, others = best_proof(results)
    unsupported = [r for r in others if r.verified is None]
    note = ""
    if unsupported and chosen.verified:
        note = f" ({len(unsupported)} other proof(s) could not be checked and were ignored)"
    if chosen.verified is True:
        return Check("signature", Status.PASS, chosen.message + note)
    if chosen.verified is False:
        return Check("signature", Status.FAIL, chosen.message)
    return Check("signature", Status.WARN, chosen.message, "unverifiable")


def binding_check(
    check_id: CheckId, party: str | None, results: list[ProofResult], purpose: str, role: str
) -> Check:
    """Is the key that signed controlled by ``party`` (the issuer, or the holder)?"""
    if not results:
        return Check(check_id, Status.SKIP, "not checked: there is no proof")
    chosen, _ = best_proof(results)
    if chosen.verified is False:
        # A failed signature binds nothing; saying the key is the issuer's would only confuse.
        return Check(check_id, Status.SKIP, "not checked: the signature did not verify")
    method = chosen.method
    if method is None:
        return Check(
            check_id,
            Status.WARN,
            f"cannot confirm that the {role} controls the key: {chosen.message}",
            "unverifiable",
        )
    if party is None:
        return Check(check_id, Status.FAIL, f"the {role} is missing, so no key can be bound to it")
    if method.controller != party:
        return Check(
            check_id,
            Status.FAIL,
            f"signed by a key of {method.controller}, which the {role} {party} does not "
            "provably control",
        )
    if not method.bound:
        return Check(
            check_id,
            Status.WARN,
            f"the key was read from the verification method's own URL ({method.id[:80]}), "
            f"not from {party}'s published keys: confirming it needs the network",
            "unverifiable",
        )
    if purpose not in method.relationships:
        label = key_label(method.id)
        return Check(check_id, Status.FAIL, f"the key {label} is not listed for {purpose}")
    if key_label(method.id) == party:
        return Check(check_id, Status.PASS, f"the signing key belongs to the {role} {party}")
    return Check(
        check_id, Status.PASS, f"the key {key_label(method.id)} belongs to the {role} {party}"
    )
