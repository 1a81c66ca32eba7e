"""Compact JWT credentials and presentations, verified through the same pipeline as JSON-LD.

Three shapes (STANDARDS §1):

* VC-JWT (VCDM 1.1 §6.3.1) and Open Badges 3.0 / CLR 2.0 JWT proofs (OB 3.0 §8.2): the
  credential sits in a ``vc`` (``vp``) claim; ``iss``, ``sub``, ``jti``, ``nbf``, ``exp`` stand for
  issuer, subject id, id and the validity dates. A claim that is present must say what the
  credential says; a property the credential leaves out is taken from its claim.
* VC-JOSE-COSE (VCDM 2.0): ``typ: vc+jwt`` / ``vp+jwt``, the payload *is* the credential, and a
  ``vc``/``vp`` claim makes it invalid (§3.1.1); ``iss``, if present, must be the issuer.
* Anything else (a wrong ``typ``, no credential) is a ``format`` failure, not an exception.

The document is rebuilt from the payload and handed to :func:`verify_credential` /
:func:`verify_presentation` with the JWT's :class:`ProofResult`, so format, binding, status,
trust, schema and nested credentials are checked exactly as for JSON-LD. Problems only the JWT
envelope can have join the ``format`` check; ``nbf``/``exp`` join ``validity`` with
:data:`CLOCK_SKEW` of grace (STANDARDS §7 A9).
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from wallet.dids.resolve import MethodResolver
from wallet.errors import InputError, InputTooLarge
from wallet.proofs.embedded import ProofResult
from wallet.proofs.jose import MAX_TOKEN_CHARS, CompactJws, JwsError, MalformedJws, parse_compact
from wallet.proofs.jose_proof import JwtExpectations, jwt_proof_result
from wallet.proofs.jwt_envelope import Envelope, unwrap
from wallet.verify.dates import CLOCK_SKEW, format_datetime
from wallet.verify.options import VerifyOptions
from wallet.verify.reading import Reading
from wallet.verify.report import CHECK_IDS, Check, Kind, RawInput, Report, Status, derive_verdict
from wallet.verify.structure import END_DATES, START_DATES, date_bound, party_id
from wallet.wording import shown as shown_value

__all__ = ["MethodResolver", "verify_compact_jwt", "verify_embedded_jwt"]

# Deeper than a CLR inside a presentation inside an endorsement: refuse, do not recurse.
MAX_JWT_DEPTH = 8
_UNSUPPORTED_MEDIA = {
    "application/vc+sd-jwt": "SD-JWT",
    "application/vp+sd-jwt": "SD-JWT",
    "application/dc+sd-jwt": "SD-JWT",
    "application/vc+cose": "COSE",
    "application/vp+cose": "COSE",
}
_JWT_MEDIA = ("application/vc+jwt", "application/vp+jwt", "application/jwt")


def verify_compact_jwt(
    token: str, options: VerifyOptions, *, resolver: MethodResolver | None = None
) -> Report:
    """Verify a compact JWT credential or presentation given as an input.

    ``resolver``, when given, replaces ``options.resolver`` for this token and everything nested
    inside it. Raises
    :class:`InputError` when ``token`` is not a compact JWS at all; everything about a JWS that
    is well formed but wrong is in the report.
    """
    token = token.strip()
    if len(token) > MAX_TOKEN_CHARS:
        raise InputTooLarge(
            f"the JWT is {len(token):,} characters; the limit is {MAX_TOKEN_CHARS:,}"
        )
    if "~" in token:
        return _unsupported(_kind_hint(token), "SD-JWT", "")
    try:
        jws = parse_compact(token)
    except JwsError as exc:
        raise InputError(str(exc)) from None
    if resolver is not None:
        options = replace(options, resolver=resolver)
    return _verify(jws, token, options, label="", depth=0)


def verify_embedded_jwt(token: str, options: VerifyOptions, *, label: str, depth: int) -> Report:
    """Verify a credential found inside another document as a string: a compact JWT, or a
    ``data:application/vc+jwt,…`` URL (VCDM 2.0 §4.13, enveloped credentials). Never raises."""
    if not isinstance(token, str):
        return _failed(
            "credential", label, "not a credential: expected a JWT string", "not-a-credential"
        )
    text = token.strip()
    media = None
    if text.startswith("data:"):
        media, body = _data_url(text)
        if media in _UNSUPPORTED_MEDIA:
            return _unsupported("credential", _UNSUPPORTED_MEDIA[media], label)
        if media not in _JWT_MEDIA or body is None:
            return _failed(
                "credential",
                label,
                f"not a credential: a data: URL of type {shown_value(media)}",
                "not-a-credential",
            )
        if media == "application/vp+jwt":
            return _failed(
                "credential", label, "a presentation where a credential belongs", "not-a-credential"
            )
        text = body
    if depth > MAX_JWT_DEPTH:
        return _failed("credential", label, "credentials nested too deeply to verify")
    if "~" in text:
        return _unsupported("credential", "SD-JWT", label)
    try:
        jws = parse_compact(text)
    except MalformedJws as exc:
        return _failed(
            "credential",
            label,
            f"not a credential ({shown_value(text, 40)}): {exc}",
            "not-a-credential",
        )
    except JwsError as exc:
        return _failed("credential", label, str(exc))
    if jws.payload is not None:
        envelope = unwrap(jws.header, jws.payload)
        if envelope.kind == "presentation":
            # VCDM 2.0 §4.13: an enveloped credential holds a credential, whatever it is called.
            return _failed(
                "credential", label, "a presentation where a credential belongs", "not-a-credential"
            )
        typ = str(jws.header.get("typ", "")).lower().removeprefix("application/")
        if media == "application/vc+jwt" and typ not in ("", "jwt", "vc+jwt", "vc+ld+jwt"):
            return _failed(
                "credential",
                label,
                f"the data: URL says vc+jwt but the token's typ is {shown_value(typ)}",
            )
    return _verify(jws, text, options, label=label, depth=depth)


def _verify(
    jws: CompactJws, token: str, options: VerifyOptions, *, label: str, depth: int
) -> Report:
    from wallet.verify.pipeline import verify_credential, verify_presentation

    if jws.payload is None:
        return _failed(_kind_hint_header(jws), label, jws.payload_problem)
    envelope = unwrap(jws.header, jws.payload)
    if envelope.unsupported:
        return _unsupported(envelope.kind, envelope.unsupported, label)
    if envelope.document is None:
        return _failed(envelope.kind, label, "; ".join(envelope.problems))
    # The JWT's signature covers its JSON, so its view keeps terms no context defines.
    reading = Reading.of(envelope.document, "json")
    view = reading.view()
    if envelope.kind == "presentation":
        expect = JwtExpectations(
            envelope.suite,
            party_id(view.get("holder")) or _str(envelope.claims.get("iss")),
            options.challenge,
            options.domain,
        )
        proof = _with_claims(jwt_proof_result(jws, expect, options.resolver), envelope, options)
        report = verify_presentation(reading, options, proofs=[proof])
    else:
        expect = JwtExpectations(envelope.suite, party_id(view.get("issuer")))
        proof = jwt_proof_result(jws, expect, options.resolver)
        report = verify_credential(reading, options, label=label, proofs=[proof], depth=depth)
    return _amend(report, envelope, options.current_time(), label, token)


def _with_claims(proof: ProofResult, envelope: Envelope, options: VerifyOptions) -> ProofResult:
    """The presentation proof's challenge, domain and time, read from its signed claims.

    VC-JWT 1.1 §6.3.1: ``nonce`` is the challenge, ``aud`` the domain and ``iat`` when it was
    made; the signature covers them as a Data Integrity proof covers its options, so the
    verifier's rows read them from the same place for either kind of presentation (gap 1 of
    the 13-16 audit: a VP-JWT answering the challenge showed "Challenge: not yours").
    """
    claims = envelope.claims
    nonce = _str(claims.get("nonce"))
    aud = claims.get("aud")
    if isinstance(aud, list):
        # RFC 7519 §4.1.3: several audiences; the verifier's own, when listed, is the one.
        texts = [a for a in aud if isinstance(a, str)]
        aud = options.domain if options.domain in texts else next(iter(texts), None)
    return replace(proof, challenge=nonce, domain=_str(aud), created=_issued_at(claims.get("iat")))


def _issued_at(value: object) -> str | None:
    """RFC 7519 §4.1.6 ``iat`` (seconds since the epoch) in the form proofs use, or None."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        return format_datetime(datetime.fromtimestamp(value, UTC))
    except (OverflowError, OSError, ValueError):
        return None


def _amend(report: Report, envelope: Envelope, now: datetime, label: str, token: str) -> Report:
    """Add the envelope's problems to ``format`` and its nbf/exp to ``validity``."""
    checks = {c.id: c for c in report.checks}
    if envelope.problems:
        shown = "; ".join(envelope.problems)
        old = checks.get("format")
        if old is not None and old.status is Status.FAIL:
            shown = f"{shown}; {old.message}"
        checks["format"] = Check("format", Status.FAIL, shown)
    validity = _validity(envelope, now, checks.get("validity"), report.view.data)
    if validity is not None:
        checks["validity"] = validity
    ordered = tuple(checks[i] for i in CHECK_IDS if i in checks)
    return replace(
        report,
        verdict=derive_verdict(ordered),
        checks=ordered,
        label=label or report.label,
        source=RawInput(token),
    )


def _validity(
    envelope: Envelope, now: datetime, current: Check | None, view: dict[str, Any]
) -> Check | None:
    """``validity`` over the credential's dates and the JWT's nbf/exp, with clock skew.

    Replaces the pipeline's check only when the JWT carries nbf or exp: those dates are the
    credential's own (VC-JWT maps them; a mismatch is a format failure), read with the grace
    RFC 7519 §4.1.4/§4.1.5 allow for clock differences. The credential's dates are the signed
    view's, every start and end whatever the data model, as the pipeline reads them (attack 9).
    """
    if envelope.not_before is None and envelope.expires is None:
        return current
    document_start = date_bound(view, START_DATES, latest=True)[1]
    document_end = date_bound(view, END_DATES, latest=False)[1]
    starts = [d for d in (envelope.not_before, document_start) if d is not None]
    ends = [d for d in (envelope.expires, document_end) if d is not None]
    start, end = (max(starts) if starts else None), (min(ends) if ends else None)
    what = "presentation" if envelope.kind == "presentation" else "credential"
    if start is not None and now + CLOCK_SKEW < start:
        return Check(
            "validity", Status.FAIL, f"not valid until {format_datetime(start)}", "not-yet-valid"
        )
    if end is not None and now - CLOCK_SKEW > end:
        return Check(
            "validity", Status.FAIL, f"the {what} expired on {format_datetime(end)}", "expired"
        )
    if end is not None:
        return Check("validity", Status.PASS, f"valid until {format_datetime(end)}")
    return Check("validity", Status.PASS, "valid now; it does not expire")


def _failed(kind: Kind, label: str, message: str, outcome: str | None = None) -> Report:
    check = Check("format", Status.FAIL, message, outcome)
    return Report(kind, derive_verdict([check]), (check,), label=label)


def _unsupported(kind: Kind, what: str, label: str) -> Report:
    check = Check(
        "signature",
        Status.WARN,
        f"{what}-secured {kind}s are not supported yet, so this one cannot be checked",
        "unverifiable",
    )
    return Report(kind, derive_verdict([check]), (check,), label=label)


def _kind_hint(token: str) -> Kind:
    """Presentation or credential, from an SD-JWT's issuer-signed header, for the message."""
    head = token.split(".", 1)[0]
    try:
        decoded = base64.urlsafe_b64decode(head + "=" * (-len(head) % 4))
    except (binascii.Error, ValueError):
        return "credential"
    return "presentation" if b"vp+" in decoded else "credential"


def _kind_hint_header(jws: CompactJws) -> Kind:
    typ = str(jws.header.get("typ", "")).lower()
    return "presentation" if "vp" in typ else "credential"


def _data_url(text: str) -> tuple[str, str | None]:
    """(media type, body) of a ``data:`` URL (RFC 2397); body None when it cannot be read."""
    meta, sep, body = text[len("data:") :].partition(",")
    params = [p.strip().lower() for p in meta.split(";")]
    media = params[0]
    if not sep:
        return media, None
    if "base64" in params[1:]:
        try:
            return media, base64.b64decode(body, validate=True).decode("ascii")
        except (binascii.Error, ValueError):
            return media, None
    return media, body


def _str(value: object) -> str | None:
    return value if isinstance(value, str) else None
