"""The verification pipeline: one JSON-LD credential or presentation in, one :class:`Report` out.

Order (OB 3.0 §Verification, STANDARDS §4): format and safe-mode JSON-LD first, then proofs and
the key binding, then dates, status, trust and schema, then nested credentials, each on its own.
Nothing here touches the network; what needs it is reported as such.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from wallet.errors import InputError, UnknownContextError
from wallet.jsonld import CanonicalizationError, canonicalize_expanded, expand_strict
from wallet.jsonld.budget import within_work_budget
from wallet.proofs.embedded import ProofResult, verify_embedded_proof
from wallet.verify.binding import binding_check, party_id, signature_check
from wallet.verify.cache import STATIC_CHECKS, cache_key
from wallet.verify.dates import parse_datetime
from wallet.verify.openbadges import (
    credential_kind,
    nested_credentials,
    openbadge_problems,
    schema_problems,
)
from wallet.verify.options import VerifyOptions
from wallet.verify.report import Check, Report, Status, derive_verdict
from wallet.verify.structure import (
    as_list,
    credential_problems,
    data_model,
    presentation_problems,
    types_of,
)
from wallet.verify.trust import trust_check

__all__ = [
    "verify_credential",
    "verify_document",
    "verify_input",
    "verify_presentation",
]

_PROOF_IRI = "https://w3id.org/security#proof"
MAX_NESTING = 4
MAX_PROOFS = 8


@within_work_budget
def verify_input(data: bytes, options: VerifyOptions | None = None) -> Report:
    """Verify the bytes of one input (a file, standard input, a pasted text).

    Raises :class:`InputError` when the bytes are not something the wallet can read.
    """
    from wallet.formats.sniff import read_input

    return read_input(data).verify(options or VerifyOptions())


def verify_document(document: Any, options: VerifyOptions | None = None) -> Report:
    """Verify a parsed JSON-LD credential or presentation."""
    options = options or VerifyOptions()
    if not isinstance(document, dict):
        raise InputError("a credential must be a JSON object")
    if "VerifiablePresentation" in types_of(document):
        return verify_presentation(document, options)
    return verify_credential(document, options)


class _Signed:
    """The document's safe-mode expansion and, on demand, its canonical form without proofs."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.problems: list[str] = []
        self._expanded: list[Any] | None = None
        self._error: Exception | None = None
        self._rdfc: dict[str, str] = {}
        try:
            expansion = expand_strict(document)
        except (UnknownContextError, CanonicalizationError) as exc:
            self._error = exc
            self.problems.append(str(exc))
            return
        self._expanded = expansion.expanded
        self.problems.extend(p.message for p in expansion.problems)

    def rdfc(self, hash_name: str = "sha256") -> str:
        """Canonical N-Quads without proofs; RDFC-1.0 hashing with ``hash_name`` (one per suite)."""
        if self._error is not None:
            raise self._error
        cached = self._rdfc.get(hash_name)
        if cached is None:
            assert self._expanded is not None
            unsecured = [
                {k: v for k, v in node.items() if k != _PROOF_IRI}
                if isinstance(node, dict)
                else node
                for node in self._expanded
            ]
            cached = canonicalize_expanded(unsecured, hash_algorithm=hash_name)
            self._rdfc[hash_name] = cached
        return cached


def _format_check(problems: list[str], what: str) -> Check:
    if not problems:
        return Check("format", Status.PASS, f"a well-formed {what}")
    shown = "; ".join(problems[:4]) + (
        f" (and {len(problems) - 4} more)" if len(problems) > 4 else ""
    )
    return Check("format", Status.FAIL, shown)


def _embedded_results(
    document: dict[str, Any],
    signed: _Signed,
    purpose: str,
    options: VerifyOptions,
    *,
    presentation: bool = False,
) -> list[ProofResult]:
    """Every embedded proof's result; a presentation's also answer the verifier's challenge."""
    proofs = as_list(document.get("proof"))
    if len(proofs) > MAX_PROOFS:
        return [ProofResult(False, f"{len(proofs)} proofs are more than any credential carries")]
    dict_proofs = [p for p in proofs if isinstance(p, dict)]
    return [
        verify_embedded_proof(
            document,
            proof,
            purpose=purpose,
            now=options.current_time(),
            document_rdfc=signed.rdfc,
            all_proofs=dict_proofs,
            challenge=options.challenge if presentation else None,
            domain=options.domain if presentation else None,
            resolver=options.resolver,
        )
        for proof in proofs
    ]


@within_work_budget
def verify_credential(
    document: dict[str, Any],
    options: VerifyOptions,
    *,
    label: str = "",
    proofs: list[ProofResult] | None = None,
    depth: int = 0,
) -> Report:
    """Verify a credential. ``proofs`` replaces the embedded proofs (a JWT's signature)."""
    options = options.pinned()
    now = options.current_time()
    kind = credential_kind(document)
    issuer = party_id(document.get("issuer"))
    static = _static_checks(document, kind, options, proofs)
    checks = [
        static["format"],
        static["signature"],
        static["issuer"],
        _validity_check(document, now),
        _status_check(document),
        trust_check(issuer, static["issuer"], options.trusted_issuers),
        static["schema"],
    ]
    nested = tuple(_verify_nested(document, kind, options, depth))
    return Report(
        kind="credential",
        verdict=derive_verdict(checks),
        checks=tuple(checks),
        credentials=nested,
        label=label,
        document=document,
    )


def _static_checks(
    document: dict[str, Any],
    kind: str,
    options: VerifyOptions,
    proofs: list[ProofResult] | None,
) -> dict[str, Check]:
    """format, signature, issuer and schema: from the cache when the document was seen before.

    Only embedded proofs are cached; a JWT's signature is checked by its caller each time.
    """
    cache = options.signature_cache if proofs is None else None
    if any(isinstance(p, dict) and "expires" in p for p in as_list(document.get("proof"))):
        cache = None  # a proof that expires must be judged against the clock every time
    key = cache_key(document) if cache is not None else b""
    if cache is not None:
        cached = cache.get(key)
        if cached is not None and {c.id for c in cached} == STATIC_CHECKS:
            return {c.id: c for c in cached}
    signed = _Signed(document)
    problems = credential_problems(document) + openbadge_problems(document, kind) + signed.problems
    if proofs is None:
        proofs = _embedded_results(document, signed, "assertionMethod", options)
    issuer = party_id(document.get("issuer"))
    checks = (
        _format_check(problems, _KIND_NAMES[kind]),
        signature_check(proofs),
        binding_check("issuer", issuer, proofs, "assertionMethod", "issuer"),
        _schema_check(document, kind),
    )
    if cache is not None:
        cache.put(key, checks)
    return {c.id: c for c in checks}


_KIND_NAMES = {
    "clr": "CLR 2.0 credential",
    "openbadge": "Open Badges 3.0 credential",
    "endorsement": "Open Badges 3.0 endorsement",
    "vc": "verifiable credential",
}


def _validity_check(document: dict[str, Any], now: datetime) -> Check:
    if data_model(document) == "1.1":
        start_name, end_name = "issuanceDate", "expirationDate"
    else:
        start_name, end_name = "validFrom", "validUntil"
    start, end = parse_datetime(document.get(start_name)), parse_datetime(document.get(end_name))
    if start is not None and now < start:
        return Check(
            "validity", Status.FAIL, f"not valid until {document[start_name]}", "not-yet-valid"
        )
    if end is not None and now > end:
        return Check("validity", Status.FAIL, f"expired on {document[end_name]}", "expired")
    if end is not None:
        return Check("validity", Status.PASS, f"valid until {document[end_name]}")
    return Check("validity", Status.PASS, "valid now; it does not expire")


def _status_check(document: dict[str, Any]) -> Check:
    if not document.get("credentialStatus"):
        return Check("status", Status.SKIP, "the credential carries no status entry")
    return Check("status", Status.WARN, "revocation could not be checked: offline")


def _schema_check(document: dict[str, Any], kind: str) -> Check:
    problems = schema_problems(document, kind)
    if problems is None:
        return Check("schema", Status.SKIP, "no JSON schema applies")
    if problems:
        return Check("schema", Status.WARN, "; ".join(problems))
    return Check("schema", Status.PASS, f"matches the {_KIND_NAMES[kind]} JSON schema")


def _verify_nested(
    document: dict[str, Any], kind: str, options: VerifyOptions, depth: int
) -> list[Report]:
    reports: list[Report] = []
    for nested in nested_credentials(document, kind):
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
        return verify_credential(value, options, label=label, depth=depth)
    check = Check("format", Status.FAIL, "not a credential: expected an object or a JWT")
    return Report("credential", derive_verdict([check]), (check,), label=label)


@within_work_budget
def verify_presentation(
    document: dict[str, Any],
    options: VerifyOptions,
    *,
    proofs: list[ProofResult] | None = None,
    purpose: str = "authentication",
) -> Report:
    """Verify a presentation: its holder proof, then every credential inside on its own."""
    options = options.pinned()
    signed = _Signed(document)
    checks = [_format_check(presentation_problems(document) + signed.problems, "presentation")]
    asked_purpose = purpose
    if proofs is None:
        purpose = _presentation_purpose(document, purpose)
        proofs = _embedded_results(document, signed, purpose, options, presentation=True)
    checks.append(signature_check(proofs))
    credentials = [
        verify_embedded_value(value, options, f"credential {index}", 1)
        for index, value in enumerate(as_list(document.get("verifiableCredential")), 1)
    ]
    holder = _holder_check(document, proofs, purpose, credentials, options)
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
        document=document,
    )


def _presentation_purpose(document: dict[str, Any], asked: str) -> str:
    """The purpose to check holder proofs for.

    The DCC stack (verifier-core, VerifierPlus) has holders sign presentations for
    ``assertionMethod``; such a proof still binds the holder's key to this exact document (and
    to the challenge, when one is asked for), so it is accepted, with a warning, when every proof
    declares it. A credential's assertion proof cannot be lifted here: it signs another document.
    """
    proofs = as_list(document.get("proof"))
    declared = {p.get("proofPurpose") for p in proofs if isinstance(p, dict)}
    if asked == "authentication" and declared == {"assertionMethod"}:
        return "assertionMethod"
    return asked


def _holder_check(
    document: dict[str, Any],
    proofs: list[ProofResult],
    purpose: str,
    credentials: list[Report],
    options: VerifyOptions,
) -> Check:
    if not proofs:
        return Check("holder", Status.SKIP, "the presentation is not signed by its holder")
    holder = party_id(document.get("holder"))
    signer = next((p.method.controller for p in proofs if p.method is not None), None)
    check = binding_check("holder", holder or signer, proofs, purpose, "holder")
    if check.status is not Status.PASS:
        return check
    who = holder or signer
    strangers = [
        report.label
        for report in credentials
        if isinstance(report.document, dict)
        and any(
            isinstance(s, dict) and s.get("id") not in (None, who)
            for s in as_list(report.document.get("credentialSubject"))
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
