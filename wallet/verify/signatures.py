"""Running a document's embedded proofs: chains, the signature row, earlier context revisions.

A proof is checked over exactly what it signs (:mod:`wallet.proofs.embedded`). Two things make
the answer more than the sum of the proofs: a proof chained to one that fails fails with it
(VC-DI 1.0 §4.4), and a credential naming a context file that changed after it was signed (the
OB 3.0 ``context.json``) verifies only under the revision it was signed with, so when its
signature fails under the current copy the earlier published revisions are tried, newest first,
and one is accepted only when every proof verifies under it (issue 10).
"""

from __future__ import annotations

from wallet.jsonld import CanonicalizationError, default_store
from wallet.jsonld.budget import (
    REVISION_OVERHEAD,
    REVISION_WORK,
    revision_meter,
    revisions_that_verified,
)
from wallet.proofs.embedded import ProofResult, verify_embedded_proof
from wallet.verify.binding import signature_check
from wallet.verify.options import VerifyOptions
from wallet.verify.reading import Reading
from wallet.verify.report import Check, Status
from wallet.verify.structure import as_list

__all__ = [
    "MAX_PROOFS",
    "cached_reading",
    "embedded_results",
    "signature_failed",
    "signature_row",
    "under_earlier_revision",
]

MAX_PROOFS = 8
_REVISION_MARK = "earlier revision of"
_UNTRIED_MARK = "were not tried"  # the input's allowance ran out (unverifiable)


def cached_reading(reading: Reading, cached: tuple[Check, ...]) -> Reading:
    """The reading a cached result was made under (an earlier context revision, if named)."""
    signature = next((c for c in cached if c.id == "signature"), None)
    if signature is None or _REVISION_MARK not in signature.message:
        return reading
    for url, revision in _revision_candidates(reading):
        if revision in signature.message:
            return Reading.of(reading.document, reading.basis, {url: revision})
    return reading


def signature_row(reading: Reading, proofs: list[ProofResult], revision_note: str) -> Check:
    failure = reading.failure
    # An RDF signature covers statements, and a document whose statements cannot be read
    # cannot be checked; a JSON signature (JWT, JCS) still can.
    unreadable = failure is not None and failure.kind in ("unknown-context", "unsupported")
    if proofs and unreadable and reading.basis == "rdf":
        return Check("signature", Status.WARN, failure.message, "unverifiable")  # type: ignore[union-attr]
    check = signature_check(proofs, revision_note)
    if check.status is Status.FAIL and _UNTRIED_MARK in revision_note:
        # It may verify under a revision that was not tried: nothing shows it is forged, only
        # that it was not checked all the way (a genuine credential is never called invalid).
        return Check("signature", Status.WARN, check.message, "unverifiable")
    return check


def embedded_results(
    reading: Reading, purpose: str, options: VerifyOptions, *, presentation: bool = False
) -> list[ProofResult]:
    """Every embedded proof's result; a presentation's also answer the verifier's challenge.

    A proof whose ``previousProof`` names a proof that does not verify fails with it (VC-DI
    1.0 §4.4: a chain is valid only when every proof it references is).
    """
    proofs = as_list(reading.document.get("proof"))
    if len(proofs) > MAX_PROOFS:
        return [ProofResult(False, f"{len(proofs)} proofs are more than any credential carries")]
    dict_proofs = [p for p in proofs if isinstance(p, dict)]
    results = [
        verify_embedded_proof(
            reading,
            proof,
            purpose=purpose,
            now=options.current_time(),
            all_proofs=dict_proofs,
            challenge=options.challenge if presentation else None,
            domain=options.domain if presentation else None,
            resolver=options.resolver,
        )
        for proof in proofs
    ]
    return _check_chains(results)


def _check_chains(results: list[ProofResult]) -> list[ProofResult]:
    by_id = {r.id: r for r in results if r.id}
    checked = []
    for result in results:
        broken = [
            ref
            for ref in result.previous
            if by_id.get(ref) is None or by_id[ref].verified is not True
        ]
        if result.verified and broken:
            result = ProofResult(
                False,
                f"the proof chains to {broken[0]}, which does not verify, so the chain fails",
                result.suite,
                result.method,
            )
        checked.append(result)
    return checked


def signature_failed(results: list[ProofResult]) -> bool:
    return any(r.verified is False for r in results)


def _revision_candidates(reading: Reading) -> list[tuple[str, str]]:
    store = default_store()
    contexts = reading.document.get("@context")
    pairs = []
    for url in contexts if isinstance(contexts, list) else [contexts]:
        if isinstance(url, str):
            pairs += [(url, revision) for revision in store.revisions(url)]
    return pairs


def under_earlier_revision(
    reading: Reading, options: VerifyOptions
) -> tuple[Reading | None, list[ProofResult], str]:
    """Issue 10: the first earlier revision (newest first) under which every proof verifies:
    (its reading, its results, a note for the signature row), or (None, [], note).

    Each retry reads the whole document again, so it draws on the input's revision allowance
    (:func:`~wallet.jsonld.budget.revision_meter`): a count, not a clock (attack 9: a large
    forgery must not cost seconds per revision). Two ways to run short, told apart:

    - the credential alone needs more than the whole allowance: no genuine credential is that
      large, so the signature keeps its failure (a forgery is not softened by being padded);
    - the credentials before it in the same input spent the allowance: it might verify under a
      revision not tried, so the row is ``unverifiable``, never ``invalid``.

    A revision that verified one credential of the input is tried first for the next, so the
    credentials of one presentation or CLR, usually signed in the same season, need one retry.
    """
    if reading.basis != "rdf" or reading.failure is not None:
        return None, [], ""
    found = revisions_that_verified()
    candidates = sorted(  # stable: otherwise newest first
        _revision_candidates(reading), key=lambda pair: found.get(pair[0]) != pair[1]
    )
    try:
        cost = 2 * len(reading.statements().quads) + REVISION_OVERHEAD
    except CanonicalizationError:
        return None, [], ""
    meter = revision_meter()
    too_large = cost * len(candidates) > REVISION_WORK
    for tried, (url, revision) in enumerate(candidates):
        if meter.left < cost:
            left = len(candidates) - tried
            revisions = f"{left} earlier revision{'s' if left != 1 else ''} of its context {url}"
            if too_large:
                why = f"; {revisions} could not be tried: that would take more work than any "
                return None, [], why + "credential needs"
            why = f"; {revisions} {_UNTRIED_MARK}: the work allowed for one input was spent on "
            return None, [], why + "the credentials before it"
        meter.left -= cost
        candidate = Reading.of(reading.document, reading.basis, {url: revision})
        if candidate.failure is not None:
            continue
        results = embedded_results(candidate, "assertionMethod", options)
        if results and not signature_failed(results) and any(r.verified for r in results):
            note = f" (read with an {_REVISION_MARK} {url}, {revision}, which it was signed with)"
            found[url] = revision
            return candidate, results, note
    return None, [], ""
