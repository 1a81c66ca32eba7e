"""From a JWT's header and payload to the credential or presentation it secures.

VC-JWT (VCDM 1.1 §6.3.1, also Open Badges 3.0 §8.2 / CLR 2.0): the credential is the ``vc`` claim
(a presentation the ``vp`` claim) and the registered claims stand for its properties:

    iss -> issuer (presentation: holder)     jti -> id
    sub -> credentialSubject.id              nbf -> issuanceDate (VCDM 2.0 credentials: validFrom)
    exp -> expirationDate (2.0: validUntil)

A claim the credential does not repeat fills the property in; a claim that disagrees with it is a
problem. VC-JOSE-COSE (VCDM 2.0 §3.1.1): ``typ`` ``vc+jwt``/``vp+jwt``, the payload is the
credential and must not carry ``vc``/``vp``; ``iss``, if present, must be the issuer.

Pure data in, an :class:`Envelope` out: no keys, no network, never raises.
"""

from __future__ import annotations

import copy
import math
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from wallet.verify.dates import format_datetime, parse_datetime
from wallet.verify.report import Kind
from wallet.verify.structure import as_list, data_model, types_of
from wallet.wording import shown

__all__ = ["REGISTERED_CLAIMS", "Envelope", "unwrap"]

# RFC 7519 §4.1 plus the claims VC-JWT presentations and key binding use. They belong to the
# envelope: they are checked here and not handed to JSON-LD processing, which does not define them.
REGISTERED_CLAIMS = ("iss", "sub", "aud", "exp", "nbf", "iat", "jti", "cnf", "nonce")
_LEGACY_TYPS = {"", "jwt", "vc+ld+jwt", "vp+ld+jwt"}
_UNSUPPORTED_TYPS = {"vc+sd-jwt": "SD-JWT", "vp+sd-jwt": "SD-JWT", "dc+sd-jwt": "SD-JWT"}
# datetime cannot hold years past 9999; no credential needs them.
_MAX_NUMERIC_DATE = 253402300799


@dataclass
class Envelope:
    """What the JWT says. ``document`` is None when there is no credential to verify;
    ``unsupported`` names a securing format we recognise but do not verify."""

    kind: Kind
    suite: str
    document: dict[str, Any] | None = None
    claims: dict[str, Any] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    unsupported: str = ""
    not_before: datetime | None = None
    expires: datetime | None = None


_OPEN_BADGES_TYPES = frozenset(
    {"OpenBadgeCredential", "AchievementCredential", "ClrCredential", "EndorsementCredential"}
)


def _media(value: Any) -> str:
    """A ``typ``/``cty`` value, lower-cased, without ``application/`` (RFC 7515 §4.1.9)."""
    if not isinstance(value, str):
        return ""
    text = value.strip().lower()
    return text[len("application/") :] if text.startswith("application/") else text


def unwrap(header: dict[str, Any], payload: dict[str, Any]) -> Envelope:
    """Find the credential or presentation in ``payload`` and check the claims around it."""
    typ, cty = _media(header.get("typ")), _media(header.get("cty"))
    claims = {k: payload[k] for k in REGISTERED_CLAIMS if k in payload}
    if typ in _UNSUPPORTED_TYPS or typ.endswith("+cose"):
        kind: Kind = "presentation" if typ.startswith("vp") else "credential"
        return Envelope(kind, "", unsupported=_UNSUPPORTED_TYPS.get(typ, "COSE"))
    if typ in ("vc+jwt", "vp+jwt"):
        return _jose(payload, typ, cty, claims)
    if "vc" in payload or "vp" in payload:
        return _vc_jwt(payload, typ, claims)
    return _mistyped(payload, typ, cty, claims)


def _jose(payload: dict[str, Any], typ: str, cty: str, claims: dict[str, Any]) -> Envelope:
    """VC-JOSE-COSE §3.1.1 (credentials) and §3.1.2 (presentations)."""
    kind: Kind = "presentation" if typ == "vp+jwt" else "credential"
    envelope = Envelope(kind, "VC-JOSE", claims=claims)
    expected_cty = "vp" if kind == "presentation" else "vc"
    if cty and cty != expected_cty:
        envelope.problems.append(
            f"the JWT's cty is {shown(cty)}; a {typ} must have cty {shown(expected_cty)}"
        )
    for claim in ("vc", "vp"):
        if claim in payload:
            envelope.problems.append(
                f"a {typ} payload is the {kind} itself: the {shown(claim)} claim is not allowed"
            )
    document = _without_envelope(payload)
    base = "VerifiablePresentation" if kind == "presentation" else "VerifiableCredential"
    if base not in types_of(document):
        envelope.problems.append(f"a {typ} payload must be a {base}")
    envelope.document = document
    _check_claims(envelope, fill=False)
    return envelope


def _vc_jwt(payload: dict[str, Any], typ: str, claims: dict[str, Any]) -> Envelope:
    """VC-JWT, VCDM 1.1 §6.3.1 (also the Open Badges 3.0 / CLR 2.0 JWT proof format)."""
    kind: Kind = "presentation" if "vp" in payload and "vc" not in payload else "credential"
    envelope = Envelope(kind, "VC-JWT", claims=claims)
    if "vc" in payload and "vp" in payload:
        envelope.problems.append("the JWT carries both a vc and a vp claim")
    if typ not in _LEGACY_TYPS:
        envelope.problems.append(f"the JWT's typ {shown(typ)} is not JWT")
    claim = payload["vp" if kind == "presentation" else "vc"]
    if not isinstance(claim, dict):
        envelope.problems.append(
            f"the JWT's {'vp' if kind == 'presentation' else 'vc'} claim is not a JSON object"
        )
        return envelope
    document = copy.deepcopy(claim)
    if kind == "presentation":
        _envelop_jwt_credentials(document)
    envelope.document = document
    _check_claims(envelope, fill=True)
    return envelope


def _mistyped(payload: dict[str, Any], typ: str, cty: str, claims: dict[str, Any]) -> Envelope:
    """No vc/vp claim and not vc+jwt/vp+jwt: report what it is, never verify it as one."""
    types = types_of(payload)
    kind: Kind = "presentation" if "VerifiablePresentation" in types else "credential"
    envelope = Envelope(kind, "JWT", claims=claims)
    if not types & {"VerifiableCredential", "VerifiablePresentation"}:
        envelope.problems.append(
            "the JWT carries no credential: it has no vc or vp claim and its typ is not vc+jwt"
        )
        return envelope
    if types & _OPEN_BADGES_TYPES and typ in _LEGACY_TYPS and not cty:
        # OB 3.0 §8.2.4 / CLR 2.0 §8.2.4 "JSON Web Token Proof Format": the payload is the
        # credential itself, typ is "JWT" or absent (the 1EdTech samples carry none).
        envelope.suite = "Open Badges JWT"
        envelope.document = _without_envelope(payload)
        _check_claims(envelope, fill=False)
        return envelope
    described = f"typ {shown(typ)}" if typ else "no typ"
    envelope.problems.append(
        f"the JWT has {described}: a {kind} secured as a JWT must have typ "
        f"{'vp+jwt' if kind == 'presentation' else 'vc+jwt'}"
    )
    if cty:
        envelope.problems.append(f"the JWT's cty {shown(cty)} is not a credential type")
    envelope.document = _without_envelope(payload)
    _check_claims(envelope, fill=False)
    return envelope


def _without_envelope(payload: dict[str, Any]) -> dict[str, Any]:
    return copy.deepcopy(
        {k: v for k, v in payload.items() if k not in REGISTERED_CLAIMS and k not in ("vc", "vp")}
    )


def _envelop_jwt_credentials(presentation: dict[str, Any]) -> None:
    """VC-JWT presentations list credentials as bare JWT strings, which JSON-LD would read as
    relative IRIs; the enveloped form (VCDM 2.0 §4.13) names them as absolute data: URLs."""
    credentials = presentation.get("verifiableCredential")
    if credentials is None:
        return
    presentation["verifiableCredential"] = [
        f"data:application/vc+jwt,{c}" if isinstance(c, str) and c.count(".") == 2 else c
        for c in as_list(credentials)
    ]


def _numeric_date(envelope: Envelope, name: str) -> datetime | None:
    value = envelope.claims.get(name)
    if value is None:
        return None
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not math.isfinite(value)
        or not 0 <= value <= _MAX_NUMERIC_DATE
    ):
        envelope.problems.append(f"the JWT's {name} {shown(str(value)[:40])} is not a NumericDate")
        return None
    return datetime.fromtimestamp(int(value), UTC)


def _check_claims(envelope: Envelope, *, fill: bool) -> None:
    """Each claim present must equal its property; with ``fill`` (VC-JWT) it supplies a
    missing one. VC-JOSE-COSE checks only, so that the signed payload stays the document."""
    document = envelope.document
    assert document is not None
    claims = envelope.claims
    envelope.not_before = _numeric_date(envelope, "nbf")
    envelope.expires = _numeric_date(envelope, "exp")
    party = "holder" if envelope.kind == "presentation" else "issuer"
    if "iss" in claims:
        _match_party(envelope, document, party, claims["iss"], fill)
    if "jti" in claims:
        _match(envelope, document, "id", "jti", claims["jti"], fill)
    if envelope.kind == "presentation":
        return
    if "sub" in claims:
        _match_subject(envelope, document, claims["sub"], fill)
    start_name, end_name = (
        ("issuanceDate", "expirationDate")
        if data_model(document) == "1.1"
        else ("validFrom", "validUntil")
    )
    for name, moment, claim in (
        (start_name, envelope.not_before, "nbf"),
        (end_name, envelope.expires, "exp"),
    ):
        if moment is None:
            continue
        stated = parse_datetime(document.get(name))
        if name not in document and fill:
            document[name] = format_datetime(moment)
        elif stated is not None and abs((stated - moment).total_seconds()) >= 1:
            # NumericDate has whole seconds; a fraction in the credential is not a difference.
            envelope.problems.append(
                f"the JWT's {claim} ({format_datetime(moment)}) is not the credential's {name} "
                f"({document[name]})"
            )


def _match(
    envelope: Envelope, document: dict[str, Any], name: str, claim: str, value: Any, fill: bool
) -> None:
    if name not in document and fill:
        document[name] = value
    elif name in document and document[name] != value:
        envelope.problems.append(
            f"the JWT's {claim} {shown(str(value)[:80])} is not the {envelope.kind}'s {name} "
            f"{shown(str(document[name])[:80])}"
        )


def _match_party(
    envelope: Envelope, document: dict[str, Any], name: str, value: Any, fill: bool
) -> None:
    stated = document.get(name)
    if isinstance(stated, dict):
        if "id" not in stated and fill:
            stated["id"] = value
        elif stated.get("id") != value:
            envelope.problems.append(
                f"the JWT's iss {shown(str(value)[:80])} is not the {envelope.kind}'s {name} "
                f"{shown(str(stated.get('id'))[:80])}"
            )
        return
    _match(envelope, document, name, "iss", value, fill)


def _match_subject(envelope: Envelope, document: dict[str, Any], value: Any, fill: bool) -> None:
    subjects = [s for s in as_list(document.get("credentialSubject")) if isinstance(s, dict)]
    if fill and len(subjects) == 1 and "id" not in subjects[0]:
        subjects[0]["id"] = value
        return
    if not any(s.get("id") == value for s in subjects):
        ids = ", ".join(shown(s.get("id"), 80) for s in subjects) or "none"
        envelope.problems.append(
            f"the JWT's sub {shown(str(value)[:80])} is not the credentialSubject's id ({ids})"
        )
