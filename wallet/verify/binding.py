"""Turn proof results into the ``signature`` and ``issuer``/``holder`` checks.

Issuer binding is strict (STANDARDS §7 A1, A5): a signature proves something only when the key's
controller is the credential's issuer and lists the key for the required purpose. A key read from
a URL fragment or a JWT header proves nothing about who controls it.

Proof sets (VC-DI 1.0 §2.1.2): every proof that can be checked must verify (one that fails means
the document was altered, A7); among those that verify, one by the issuer's key is enough. A
witness's proof beside the issuer's, in any order, neither helps nor harms the binding.
"""

from __future__ import annotations

from dataclasses import replace

from wallet.dids.resolve import key_label
from wallet.proofs.embedded import ProofResult
from wallet.verify.report import Check, CheckId, Status
from wallet.verify.structure import party_id
from wallet.wording import plain, shown

__all__ = ["best_proof", "binding_check", "party_id", "signature_check", "with_freshness"]


def best_proof(results: list[ProofResult]) -> tuple[ProofResult, list[ProofResult]]:
    """Pick the result that decides the signature check, and the others worth mentioning.

    A proof we can check that fails decides (A7). Unsupported proofs never make a document
    verified.
    """
    failed = [r for r in results if r.verified is False]
    if failed:
        return failed[0], [r for r in results if r is not failed[0]]
    verified = [r for r in results if r.verified is True]
    if verified:
        return verified[0], [r for r in results if r is not verified[0]]
    return results[0], results[1:]


def signature_check(results: list[ProofResult], revision_note: str = "") -> Check:
    """``revision_note`` says under which context revision the proofs verified, or, when they
    did not, which revisions could not be tried."""
    if not results:
        return Check(
            "signature", Status.SKIP, "there is no proof: nothing shows who made it", "unsigned"
        )
    chosen, others = best_proof(results)
    unsupported = [r for r in others if r.verified is None]
    note = revision_note
    if unsupported and chosen.verified:
        count = len(unsupported)
        note += (
            f" ({count} other proof{'s' if count != 1 else ''} could not be checked and "
            f"{'were' if count != 1 else 'was'} ignored)"
        )
    if chosen.verified is True:
        warnings = [w for r in results if r.verified for w in r.warnings]
        if warnings:
            return Check("signature", Status.WARN, f"{chosen.message}{note}; but {warnings[0]}")
        return Check("signature", Status.PASS, chosen.message + note)
    if chosen.verified is False:
        return Check("signature", Status.FAIL, chosen.message + revision_note)
    return Check("signature", Status.WARN, chosen.message, "unverifiable")


def binding_check(
    check_id: CheckId, party: str | None, results: list[ProofResult], purpose: str, role: str
) -> Check:
    """Is a key that signed controlled by ``party`` (the issuer, or the holder)?"""
    if not results:
        return Check(check_id, Status.SKIP, "not checked: there is no proof")
    chosen, _ = best_proof(results)
    if chosen.verified is False:
        # A failed signature binds nothing; saying the key is the issuer's would only confuse.
        return Check(check_id, Status.SKIP, "not checked: the signature did not verify")
    verified = [r for r in results if r.verified is True] or [chosen]
    checks = [_bind(check_id, party, r, purpose, role) for r in verified]
    for wanted in (Status.PASS, Status.WARN):
        found = next((c for c in checks if c.status is wanted), None)
        if found is not None:
            return found
    return checks[0]


def _bind(
    check_id: CheckId, party: str | None, result: ProofResult, purpose: str, role: str
) -> Check:
    method = result.method
    if method is None:
        why = f"{result.message}: {result.warnings[0]}" if result.warnings else result.message
        return Check(
            check_id,
            Status.WARN,
            f"cannot confirm that the {role} controls the key: {why}",
            "unverifiable",
        )
    if party is None:
        return Check(check_id, Status.FAIL, f"the {role} is missing, so no key can be bound to it")
    if method.controller != party:
        return Check(
            check_id,
            Status.FAIL,
            f"signed by a key of {shown(method.controller)}, which the {role} {shown(party)} "
            "does not provably control",
        )
    if not method.bound:
        return Check(
            check_id,
            Status.WARN,
            f"the key was read from the verification method's own URL "
            f"({shown(method.id)}), not from the keys {shown(party)} publishes: confirming it "
            "needs the network",
            "unverifiable",
        )
    if purpose not in method.relationships:
        return Check(
            check_id,
            Status.FAIL,
            f"the key {plain(key_label(method.id))} is not listed for {purpose}",
        )
    if key_label(method.id) == party:
        return Check(check_id, Status.PASS, f"the signing key belongs to the {role} {plain(party)}")
    return Check(
        check_id,
        Status.PASS,
        f"the key {plain(key_label(method.id))} belongs to the {role} {plain(party)}",
    )


def with_freshness(check: Check, freshness: str) -> Check:
    """``check`` (an ``issuer`` or ``holder`` row) saying how fresh the document that listed
    the key is, when it passed or failed on that document's word; unchanged otherwise.

    The vault caches binding rows without it (the document may be fetched again with the same
    keys), so it is added to every verification's row, cached or not.
    """
    if not freshness or check.status not in (Status.PASS, Status.FAIL):
        return check
    return replace(check, message=f"{check.message} ({freshness})")
