"""Check what a learner shows: bytes in (a file, pasted text, a scanned QR code), a
:class:`~wallet.verifier.finding.Finding` out. Stores nothing.

The input is read by the same sniffer as every import (:func:`wallet.formats.sniff.read_input`:
JSON, JWT, PDF evidence pack, baked PNG/SVG, QR image, ``VP1-`` text) and verified by the same
pipeline, with the verifier's challenge and domain when one was issued. Then the freshness of the
holder proof (:func:`wallet.verifier.challenge.freshness`) is folded into the ``holder`` row and
the verdict derived again by the contract's rules, so "signed before my challenge existed" is a
failed ``holder`` check like a wrong challenge is.

Slow (signature checks, and the network when ``online`` is given): run it off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from wallet.formats.sniff import read_input
from wallet.verifier.challenge import Freshness, IssuedChallenge, freshness
from wallet.verifier.finding import (
    PRINTED_PAGES_NOTE,
    Finding,
    Outcome,
    credential_finding,
    outcome_of,
    presentation_finding,
)
from wallet.verify.dispatch import verify_unpacked
from wallet.verify.online import OnlineChecks
from wallet.verify.options import VerifyOptions, system_clock
from wallet.verify.report import Check, Report, Status, derive_verdict

__all__ = ["check_received"]


def check_received(
    data: bytes,
    challenge: IssuedChallenge | None = None,
    *,
    clock: Callable[[], datetime] = system_clock,
    online: OnlineChecks | None = None,
    trusted_issuers: frozenset[str] = frozenset(),
) -> Finding:
    """Read ``data``, verify it (for ``challenge`` when given) and say what it shows.

    Raises :class:`wallet.errors.InputError` (one sentence) when the input is nothing readable;
    anything that can be read gives a finding, however bad.
    """
    unpacked = read_input(data)
    now = clock()
    view = online.for_input() if online is not None else None
    options = VerifyOptions(
        now=now,
        offline=view is None,
        challenge=challenge.challenge if challenge is not None else None,
        domain=challenge.domain if challenge is not None else None,
        trusted_issuers=trusted_issuers,
    )
    if view is not None:
        options = view.apply_to(options)  # the pipeline asks the network itself (issue 12)
    report = verify_unpacked(unpacked, options)
    presentation = None
    if report.kind == "presentation":
        fresh = freshness(report.proofs, challenge, now)
        report, holder = _with_freshness(report, fresh, challenge)
        presentation = presentation_finding(report, holder, fresh, challenge)
        shared = report.credentials
    else:
        shared = (report,)
    outcome = outcome_of(report)
    if (
        outcome is Outcome.ACCEPT
        and presentation is not None
        and not all(s.bound for s in presentation.subjects)
    ):
        # Genuine credentials of someone else's, shown by this holder: the employer must ask.
        outcome = Outcome.NOT_THE_SUBJECT
    return Finding(
        outcome=outcome,
        report=report,
        presentation=presentation,
        credentials=tuple(credential_finding(r) for r in shared),
        checked=now,
        online=view is not None,
        container=unpacked.kind,
        found=unpacked.found,
        challenge=challenge,
        note=PRINTED_PAGES_NOTE if unpacked.kind == "PDF" else None,
    )


def _with_freshness(
    report: Report, fresh: Freshness, challenge: IssuedChallenge | None
) -> tuple[Report, Check]:
    """The report with freshness folded into its ``holder`` row, and that row.

    A wrong challenge or domain (already a failed row, from the pipeline) and a proof made before
    the challenge was issued are marked ``replayed``: genuine signatures, not for this moment.
    """
    holder = report.check("holder")
    if holder is None:
        return report, Check("holder", Status.SKIP, "the presentation is not signed by its holder")
    signature = report.check("signature")
    signed = signature is not None and signature.status is Status.PASS
    asked = challenge is not None
    wrong = asked and signed and not _answers(report, challenge)
    if holder.status is Status.FAIL:
        if wrong or (signed and fresh.status is Status.FAIL):
            holder = replace(holder, outcome="replayed")
    elif fresh.status is Status.FAIL:
        holder = Check("holder", Status.FAIL, f"{holder.message}; but {fresh.message}", "replayed")
    elif wrong:
        holder = Check(
            "holder",
            Status.FAIL,
            f"{holder.message}; but it was not signed for your challenge",
            "replayed",
        )
    elif fresh.status is Status.WARN and holder.status is Status.PASS:
        holder = Check("holder", Status.WARN, f"{holder.message}; {fresh.message}")
    checks = tuple(holder if c.id == "holder" else c for c in report.checks)
    return replace(report, checks=checks, verdict=derive_verdict(checks)), holder


def _answers(report: Report, challenge: IssuedChallenge | None) -> bool:
    """Does a verified holder proof carry ``challenge`` (and its domain)?"""
    if challenge is None:
        return True
    for proof in report.proofs:
        domain_ok = challenge.domain is None or proof.domain == challenge.domain
        if proof.verified and proof.challenge == challenge.challenge and domain_ok:
            return True
    # A vp+jwt carries its nonce and audience as claims, which the pipeline checked already.
    return all(p.created is None and p.challenge is None for p in report.proofs)
