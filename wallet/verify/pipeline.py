"""The verification pipeline: one JSON-LD credential or presentation in, one :class:`Report` out.

Order (OB 3.0 §Verification, STANDARDS §4): the document is read once (:class:`Reading`:
expansion, statements, signed view), then its proofs and the key binding, then dates, status,
trust and schema from the signed view, then nested credentials, each on its own. Every value a
check reads comes from the view (issue 9). Nothing here touches the network itself: with
``options.online`` (issue 12) keys resolve through its resolver and the ``status`` and ``trust``
rows are its answers (:mod:`wallet.verify.standing`); without it what needs the network is
reported as such.

A credential naming a context URL whose file changed after it was signed (the OB 3.0
``context.json``) verifies only under the revision it was signed with: when its signature fails
under the current copy, the earlier published revisions are tried, newest first, and one is
accepted only when the signature verifies under it (issue 10), and the view is then read with
it (:mod:`wallet.verify.signatures` runs the proofs and those retries).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from wallet.errors import InputError
from wallet.jsonld.budget import (
    within_work_budget,
)
from wallet.proofs.embedded import ProofResult
from wallet.proofs.suites import suite_for
from wallet.verify.about import about_of
from wallet.verify.binding import binding_check, with_freshness
from wallet.verify.cache import STATIC_CHECKS, cache_key, key_freshness, resolved_keys, settled
from wallet.verify.openbadges import (
    credential_kind,
    nested_credentials,
    openbadge_problems,
    schema_problems,
)
from wallet.verify.options import VerifyOptions
from wallet.verify.reading import Reading, SignatureBasis
from wallet.verify.report import Check, ProofFacts, RawInput, Report, Status, derive_verdict
from wallet.verify.signatures import (
    cached_reading,
    embedded_results,
    signature_failed,
    signature_row,
    under_earlier_revision,
)
from wallet.verify.standing import status_row, trust_row
from wallet.verify.structure import (
    END_DATES,
    START_DATES,
    as_list,
    credential_problems,
    date_bound,
    party_id,
    presentation_problems,
    types_of,
)
from wallet.verify.view import SignedView

__all__ = [
    "read_document",
    "verify_credential",
    "verify_document",
    "verify_input",
    "verify_presentation",
]

_VP_TYPE = "https://www.w3.org/2018/credentials#VerifiablePresentation"
MAX_NESTING = 4


@within_work_budget
def verify_input(data: bytes, options: VerifyOptions | None = None) -> Report:
    """Verify the bytes of one input (a file, standard input, a pasted text).

    Raises :class:`InputError` when the bytes are not something the wallet can read.
    """
    from wallet.formats.sniff import read_input
    from wallet.verify.dispatch import verify_unpacked

    return verify_unpacked(read_input(data), options or VerifyOptions())


def _basis(document: dict[str, Any]) -> SignatureBasis:
    """JSON when every proof the wallet can check signs the JSON itself (``*-jcs-*``)."""
    suites = [suite_for(p) for p in as_list(document.get("proof")) if isinstance(p, dict)]
    known = [s for s in suites if s is not None]
    if known and all(s.canonicalization == "jcs" for s in known):
        return "json"
    return "rdf"


def read_document(document: dict[str, Any], basis: SignatureBasis | None = None) -> Reading:
    """How the pipeline reads a document (its basis from its own proofs unless given)."""
    return Reading.of(document, basis or _basis(document))


@within_work_budget
def verify_document(document: Any, options: VerifyOptions | None = None) -> Report:
    """Verify a parsed JSON-LD credential or presentation."""
    options = options or VerifyOptions()
    if not isinstance(document, dict):
        raise InputError("a credential must be a JSON object")
    reading = read_document(document)
    if _is_presentation(reading):
        return verify_presentation(reading, options)
    return verify_credential(reading, options)


def _is_presentation(reading: Reading) -> bool:
    if reading.expansion is not None:
        return _VP_TYPE in reading.root_types()
    return "VerifiablePresentation" in types_of(reading.document)


# --- credentials ---------------------------------------------------------------------------------
@within_work_budget
def verify_credential(
    reading: Reading,
    options: VerifyOptions,
    *,
    label: str = "",
    proofs: list[ProofResult] | None = None,
    depth: int = 0,
) -> Report:
    """Verify a credential. ``proofs`` replaces the embedded proofs (a JWT's signature)."""
    options = options.pinned()
    now = options.current_time()
    static, reading = _static_checks(reading, options, proofs)
    view = reading.view()
    kind = credential_kind(view.data)
    issuer = party_id(view.get("issuer"))
    checks = [
        static["format"],
        static["signature"],
        static["issuer"],
        _validity_check(view, now),
        status_row(view, options, now),
        trust_row(issuer, static["issuer"], options),
        static["schema"],
    ]
    nested = tuple(_verify_nested(reading, kind, options, depth))
    return Report(
        kind="credential",
        verdict=derive_verdict(checks),
        checks=tuple(checks),
        credentials=nested,
        label=label,
        view=view,
        source=RawInput(reading.document),
        about=about_of(view, "credential"),
    )


def _static_checks(
    reading: Reading, options: VerifyOptions, proofs: list[ProofResult] | None
) -> tuple[dict[str, Check], Reading]:
    """format, signature, issuer and schema, and the reading they were made under.

    From the signature cache when the document was seen before (only embedded proofs are
    cached: a JWT's signature is checked by its caller each time), unless a proof expires.
    """
    document = reading.document
    cache = options.signature_cache if proofs is None else None
    key = b""
    if cache is not None:
        keys = resolved_keys(document, options.resolver)
        key = cache_key(document, keys.salt)
        cached = cache.get(key)
        if cached is not None and {c.id for c in cached} == STATIC_CHECKS:
            found: dict[str, Check] = {c.id: c for c in cached}
            hit = cached_reading(reading, cached)
            issuer = party_id(hit.view().get("issuer"))
            found["issuer"] = with_freshness(found["issuer"], key_freshness(keys.methods, issuer))
            return found, hit
    revision_note = ""
    if proofs is None:
        proofs = embedded_results(reading, "assertionMethod", options)
        if signature_failed(proofs):
            earlier, retried, revision_note = under_earlier_revision(reading, options)
            if earlier is not None:
                reading, proofs = earlier, retried
    view = reading.view()
    kind = credential_kind(view.data)
    issuer = party_id(view.get("issuer"))
    checks = (
        _format_check(reading, credential_problems(view.data), _KIND_NAMES[kind]),
        signature_row(reading, proofs, revision_note),
        binding_check("issuer", issuer, proofs, "assertionMethod", "issuer"),
        _schema_check(reading, view, kind),
    )
    # A proof that expires must be judged against the clock every time. Whether it does is
    # what its statements say (under any term an inline context gives sec:expiration), never
    # whether its JSON has the key "expires" (attack 9).
    if cache is not None and settled(checks) and not any(p.expires is not None for p in proofs):
        cache.put(key, checks)
    found = {c.id: c for c in checks}
    methods = [r.method for r in proofs if r.method is not None]
    found["issuer"] = with_freshness(found["issuer"], key_freshness(methods, issuer))
    return found, reading


_KIND_NAMES = {
    "clr": "CLR 2.0 credential",
    "openbadge": "Open Badges 3.0 credential",
    "endorsement": "Open Badges 3.0 endorsement",
    "vc": "verifiable credential",
    "presentation": "presentation",
}


def _format_check(reading: Reading, structural: list[str], what: str) -> Check:
    failures, warnings = reading.problems()
    failure = reading.failure
    if failure is not None and failure.kind in ("unknown-context", "unsupported"):
        if reading.basis == "json":
            return Check("format", Status.WARN, f"{failure.message}; it is shown as signed JSON")
        return Check("format", Status.WARN, failure.message)
    if reading.view().readable:
        failures = [*failures, *structural]
    if failures:
        return Check("format", Status.FAIL, _joined(failures))
    if warnings:
        article = "an" if what[:1].lower() in "aeiou" else "a"
        return Check("format", Status.WARN, f"{article} {what}; {_joined(warnings)}")
    return Check("format", Status.PASS, f"a well-formed {what}")


def _joined(problems: list[str], shown: int = 4) -> str:
    unique = list(dict.fromkeys(problems))
    text = "; ".join(unique[:shown])
    if len(unique) > shown:
        text += f" (and {len(unique) - shown} more)"
    return text


def _validity_check(view: SignedView, now: datetime) -> Check:
    """Is ``now`` inside every window the signed statements give (STANDARDS §7 A9)?

    Every start and end date counts, whatever the data model: which names a model uses is
    read from the first ``@context``, which is not a statement, so a VCDM 1.1 credential
    relabelled 2.0 (its 1.1 dates under their full IRIs, as the v2 context writes them) keeps
    its signature; reading only the 2.0 names would hide its expiry (attack 9).
    """
    start_text, start = date_bound(view.data, START_DATES, latest=True)
    end_text, end = date_bound(view.data, END_DATES, latest=False)
    if start is not None and now < start:
        return Check("validity", Status.FAIL, f"not valid until {start_text}", "not-yet-valid")
    if end is not None and now > end:
        return Check("validity", Status.FAIL, f"expired on {end_text}", "expired")
    if end is not None:
        return Check("validity", Status.PASS, f"valid until {end_text}")
    return Check("validity", Status.PASS, "valid now; it does not expire")


def _schema_check(reading: Reading, view: SignedView, kind: str) -> Check:
    notes = [
        *reading.schema_notes(),
        *openbadge_problems(view.data, kind, reading.undefined_types()),
    ]
    # The 1EdTech schemas describe the JSON the issuer wrote, so they read it; their notes
    # never change a verdict.
    problems = schema_problems(reading.document, kind)
    if problems:
        notes += problems
    if notes:
        return Check("schema", Status.WARN, _joined(notes, 5))
    if problems is None:
        return Check("schema", Status.SKIP, "no JSON schema applies")
    return Check("schema", Status.PASS, f"matches the {_KIND_NAMES[kind]} JSON schema")


def _verify_nested(reading: Reading, kind: str, options: VerifyOptions, depth: int) -> list[Report]:
    reports: list[Report] = []
    for nested in nested_credentials(reading.nested, kind):
        if depth >= MAX_NESTING:
            break
        reports.append(verify_embedded_value(nested.value, options, nested.label, depth + 1))
    return reports


def verify_embedded_value(value: Any, options: VerifyOptions, label: str, depth: int) -> Report:
    """A credential found inside another document: an object, a compact JWT or a data: URL."""
    if isinstance(value, dict) and "EnvelopedVerifiableCredential" in types_of(value):
        value = value.get("id")
    if isinstance(value, str):
        from wallet.verify.jwt import verify_embedded_jwt

        return verify_embedded_jwt(value, options, label=label, depth=depth)
    if isinstance(value, dict):
        reading = read_document(value)
        if _is_presentation(reading):
            return _refused(label, "a presentation where a credential belongs")
        return verify_credential(reading, options, label=label, depth=depth)
    return _refused(label, "not a credential: expected an object or a JWT")


def _refused(label: str, message: str) -> Report:
    check = Check("format", Status.FAIL, message, NOT_A_CREDENTIAL)
    return Report("credential", derive_verdict([check]), (check,), label=label)


# The ``format`` outcome of an entry that is no credential at all (not a tampered one): it
# makes the presentation that carries it malformed (VC-JOSE-COSE §3.2, test 16).
NOT_A_CREDENTIAL = "not-a-credential"


# --- presentations -------------------------------------------------------------------------------
@within_work_budget
def verify_presentation(
    reading: Reading,
    options: VerifyOptions,
    *,
    proofs: list[ProofResult] | None = None,
    purpose: str = "authentication",
) -> Report:
    """Verify a presentation: its holder proof, then every credential inside on its own."""
    options = options.pinned()
    view = reading.view()
    checks = [_format_check(reading, presentation_problems(view.data), "presentation")]
    asked_purpose = purpose
    if proofs is None:
        purpose = _presentation_purpose(reading.document, purpose)
        proofs = embedded_results(reading, purpose, options, presentation=True)
    credentials = [
        verify_embedded_value(nested.value, options, nested.label, 1)
        for nested in nested_credentials(reading.nested, "presentation")
    ]
    strangers = [r.label for r in credentials if _not_a_credential(r)]
    if strangers:
        checks[0] = Check(
            "format",
            Status.FAIL,
            f"{' and '.join(strangers)} {'is' if len(strangers) == 1 else 'are'} not a "
            "credential at all",
        )
    checks.append(signature_row(reading, proofs, ""))
    holder = _holder_check(view, proofs, purpose, credentials, options)
    if purpose != asked_purpose and holder.status is Status.PASS:
        holder = Check(
            "holder",
            Status.WARN,
            f"{holder.message}; signed for {purpose} rather than {asked_purpose}, as VerifierPlus "
            "and verifier-core expect: it shows the holder's key signed it, not a login",
        )
    checks.append(holder)
    return Report(
        kind="presentation",
        verdict=derive_verdict(checks),
        checks=tuple(checks),
        credentials=tuple(credentials),
        view=view,
        source=RawInput(reading.document),
        about=about_of(view, "presentation"),
        proofs=tuple(_facts(p) for p in proofs),
    )


def _facts(result: ProofResult) -> ProofFacts:
    signer = result.method.controller if result.method is not None else None
    return ProofFacts(
        result.verified, signer, result.purpose, result.created, result.challenge, result.domain
    )


def _not_a_credential(report: Report) -> bool:
    check = report.check("format")
    return check is not None and check.outcome == NOT_A_CREDENTIAL


def _presentation_purpose(document: dict[str, Any], asked: str) -> str:
    """The purpose to check holder proofs for.

    The DCC stack (verifier-core, VerifierPlus) has holders sign presentations for
    ``assertionMethod``; such a proof still binds the holder's key to this exact document (and
    to the challenge, when one is asked for), so it is accepted, with a warning, when every proof
    declares it. A credential's assertion proof cannot be lifted here: it signs another document.
    """
    proofs = as_list(document.get("proof"))
    # Only a string names a purpose (anything else fails the proof where it is checked).
    declared = {_text(p.get("proofPurpose")) for p in proofs if isinstance(p, dict)}
    if asked == "authentication" and declared == {"assertionMethod"}:
        return "assertionMethod"
    return asked


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _holder_check(
    view: SignedView,
    proofs: list[ProofResult],
    purpose: str,
    credentials: list[Report],
    options: VerifyOptions,
) -> Check:
    if not proofs:
        return Check("holder", Status.SKIP, "the presentation is not signed by its holder")
    holder = party_id(view.get("holder"))
    signer = next((p.method.controller for p in proofs if p.method is not None), None)
    check = binding_check("holder", holder or signer, proofs, purpose, "holder")
    methods = [p.method for p in proofs if p.method is not None]
    check = with_freshness(check, key_freshness(methods, holder or signer))
    replayed = next((p.replay for p in proofs if p.verified and p.replay), None)
    if replayed is not None and check.status is not Status.FAIL:
        # The holder's key signed it, but for another verifier or another moment: a replay.
        return Check("holder", Status.FAIL, replayed)
    if check.status is not Status.PASS:
        return check
    who = holder or signer
    strangers = [
        report.label
        for report in credentials
        if any(
            isinstance(s, dict) and s.get("id") not in (None, who)
            for s in as_list(report.view.get("credentialSubject"))
        )
    ]
    asked = []
    if options.challenge is not None:
        asked.append("challenge")
    if options.domain is not None:
        asked.append("domain")
    message = check.message + (f"; {' and '.join(asked)} as expected" if asked else "")
    if holder is None:
        message += " (the presentation does not name its holder)"
    if strangers:
        verb = "is" if len(strangers) == 1 else "are"
        return Check(
            "holder",
            Status.WARN,
            f"{message}; but {' and '.join(strangers)} {verb} about someone other than the "
            "holder (their subject is another id)",
        )
    return Check("holder", Status.PASS, message)
