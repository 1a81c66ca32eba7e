"""Open Badges 2.0 (and legacy 1.x) assertions, verified offline (STANDARDS §5).

- **Signed** (a compact JWS whose payload is the Assertion): the JWS is checked with the key named
  by ``verification.creator`` (or listed by the issuer) when that key is at hand, and the key is
  bound to the issuer: listed in the Profile's ``publicKey`` and owned by it (A1). A key that is
  not at hand makes the assertion *unverifiable*, with the reason.
- **Hosted** (JSON): the issuer's hosted copy is the truth and needs the network, so the verdict
  is *unverifiable*, but structure, dates (an expired badge is *expired*), the recipient and,
  when the issuer Profile is at hand, the hosted verification scope are checked.
- **1.x**: recognised and reported as legacy; only its hosted copy can vouch for it.

"At hand" means embedded in the assertion or supplied through :class:`Ob2Resources`; nothing is
fetched. Reports use the standard check ids and never raise for an invalid badge.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from wallet.dids.keys import KeyError_, PublicKey
from wallet.errors import InputError
from wallet.formats.classify import is_ob1
from wallet.formats.jws import CompactJws, parse_compact_jws
from wallet.verify.dates import CLOCK_SKEW, parse_datetime
from wallet.verify.ob2_rules import (
    LinkedDocuments,
    NoOb2Resources,
    Ob2Documents,
    Ob2Resources,
    assertion_problems,
    ids_of,
    in_verification_scope,
    revocation_entry,
)
from wallet.verify.options import VerifyOptions
from wallet.verify.report import Check, Report, Status, derive_verdict

__all__ = [
    "NoOb2Resources",
    "Ob2Documents",
    "Ob2Resources",
    "link_report",
    "verify_legacy_badge",
    "verify_ob2_assertion",
    "verify_ob2_jws",
]

_ALGORITHMS = ("RS256", "PS256")  # what PublicKey.verify checks for RSA keys


def verify_legacy_badge(
    document: Any, options: VerifyOptions, resources: Ob2Resources | None = None
) -> Report:
    """Verify an OB 2.0 signed (JWS string) or hosted (object) assertion, or an OB 1.x one."""
    resources = resources or NoOb2Resources()
    if isinstance(document, str):
        return verify_ob2_jws(document, options, resources)
    if isinstance(document, dict) and not is_ob1(document):
        return verify_ob2_assertion(document, options, resources)
    return _verify_ob1(document, options)


def _report(checks: list[Check], document: Any) -> Report:
    return Report("credential", derive_verdict(checks), tuple(checks), document=document)


def _format_check(problems: list[str], what: str) -> Check:
    if problems:
        return Check("format", Status.FAIL, "; ".join(problems[:4]))
    return Check("format", Status.PASS, f"a well-formed {what}")


def verify_ob2_jws(token: str, options: VerifyOptions, resources: Ob2Resources) -> Report:
    """A signed OB 2.0 assertion (OB 2.0 §Signed verification)."""
    try:
        jws = parse_compact_jws(token)
    except InputError as exc:
        return _report([Check("format", Status.FAIL, str(exc))], None)
    assertion = jws.payload
    if not isinstance(assertion, dict):
        return _report([Check("format", Status.FAIL, "the JWS payload is not an assertion")], None)
    linked = LinkedDocuments(assertion, resources)
    issuer_id, issuer = _issuer(assertion, linked)
    checks = [_format_check(assertion_problems(assertion, signed=True), "signed OB 2.0 assertion")]
    signature, key_id, key = _signature_check(jws, assertion, issuer, linked)
    checks.append(signature)
    checks.append(_key_binding(signature, key_id, key, issuer_id, issuer, assertion))
    checks.extend(_common_checks(assertion, issuer_id, issuer, linked, options, hosted=False))
    return _report(checks, assertion)


def _issuer(
    assertion: dict[str, Any], linked: LinkedDocuments
) -> tuple[str | None, dict[str, Any] | None]:
    badge = linked.get(assertion.get("badge"))
    if badge is None:
        return None, None
    ids = ids_of(badge.get("issuer"))
    return (ids[0] if ids else None), linked.get(badge.get("issuer"))


def _signature_check(
    jws: CompactJws,
    assertion: dict[str, Any],
    issuer: dict[str, Any] | None,
    linked: LinkedDocuments,
) -> tuple[Check, str | None, dict[str, Any] | None]:
    alg = jws.header.get("alg")
    if not isinstance(alg, str) or alg == "none" or alg.upper().startswith("HS"):
        return Check("signature", Status.FAIL, f"the JWS algorithm {alg!r} is refused"), None, None
    if "crit" in jws.header:
        return Check("signature", Status.FAIL, "the JWS has critical headers"), None, None
    if alg not in _ALGORITHMS:
        message = f"the JWS algorithm {alg} is not supported for Open Badges 2.0"
        return Check("signature", Status.WARN, message, "unverifiable"), None, None
    verification = assertion.get("verification")
    creator = verification.get("creator") if isinstance(verification, dict) else None
    candidates = ids_of(creator) or (ids_of(issuer.get("publicKey")) if issuer else [])
    if not candidates:
        message = "the signing key is not named and the issuer's profile is not at hand offline"
        return Check("signature", Status.WARN, message, "unverifiable"), None, None
    for key_id in candidates:
        key = linked.get(key_id)
        if key is None:
            continue
        pem = key.get("publicKeyPem")
        try:
            public = PublicKey.from_pem(pem if isinstance(pem, str) else "")
        except KeyError_ as exc:
            return (
                Check("signature", Status.FAIL, f"the key {key_id} is unusable: {exc}"),
                None,
                None,
            )
        if public.verify(jws.signature, jws.signing_input, alg=alg):
            return (
                Check(
                    "signature", Status.PASS, f"the {alg} signature verifies with the key {key_id}"
                ),
                key_id,
                key,
            )
        message = f"the signature does not verify with the key {key_id}: the badge was altered"
        return Check("signature", Status.FAIL, message), key_id, key
    message = f"the signing key {candidates[0]} is not available offline"
    return Check("signature", Status.WARN, message, "unverifiable"), candidates[0], None


def _key_binding(
    signature: Check,
    key_id: str | None,
    key: dict[str, Any] | None,
    issuer_id: str | None,
    issuer: dict[str, Any] | None,
    assertion: dict[str, Any],
) -> Check:
    if signature.status is not Status.PASS or key_id is None or key is None:
        return Check("issuer", Status.SKIP, "not checked: the signature was not verified")
    if issuer_id is None:
        message = f"the BadgeClass {ids_of(assertion.get('badge'))[:1]} is not at hand offline"
        return Check("issuer", Status.WARN, message + ", so the issuer is unknown", "unverifiable")
    if issuer is None:
        message = f"the issuer profile {issuer_id} is not at hand offline: the key stays unbound"
        return Check("issuer", Status.WARN, message, "unverifiable")
    owners = ids_of(key.get("owner"))
    if issuer_id not in owners:
        owner = owners[0] if owners else "no one"
        message = f"the key {key_id} names {owner} as its owner, not the issuer {issuer_id}"
        return Check("issuer", Status.FAIL, message)
    if key_id not in ids_of(issuer.get("publicKey")):
        return Check(
            "issuer", Status.FAIL, f"the issuer {issuer_id} does not list the key {key_id}"
        )
    return Check("issuer", Status.PASS, f"the key {key_id} belongs to the issuer {issuer_id}")


def verify_ob2_assertion(
    assertion: dict[str, Any], options: VerifyOptions, resources: Ob2Resources
) -> Report:
    """A hosted OB 2.0 assertion: unverifiable offline, but checked as far as it can be."""
    linked = LinkedDocuments(assertion, resources)
    issuer_id, issuer = _issuer(assertion, linked)
    checks = [_format_check(assertion_problems(assertion, signed=False), "OB 2.0 assertion")]
    common = _common_checks(assertion, issuer_id, issuer, linked, options, hosted=True)
    # An expired badge is expired whatever its hosted copy says; otherwise only that copy can
    # confirm it, so the verdict is unverifiable.
    decided = any(c.id == "validity" and c.status is Status.FAIL for c in common)
    outcome = None if decided else "unverifiable"
    where = assertion.get("id")
    checks.append(
        Check(
            "signature",
            Status.WARN,
            f"a hosted badge: only the issuer's copy at {where} can confirm it (needs the network)",
            outcome,
        )
    )
    checks.append(_scope_check(assertion, issuer_id, issuer, outcome))
    checks.extend(common)
    return _report(checks, assertion)


def _scope_check(
    assertion: dict[str, Any],
    issuer_id: str | None,
    issuer: dict[str, Any] | None,
    outcome: str | None,
) -> Check:
    where = assertion.get("id")
    if issuer is None or not isinstance(where, str):
        who = issuer_id or "the issuer"
        return Check("issuer", Status.WARN, f"the profile of {who} is not at hand offline", outcome)
    ok, scope = in_verification_scope(where, issuer)
    if ok is None:
        return Check("issuer", Status.WARN, f"the URL cannot be matched to {scope}", outcome)
    if not ok:
        return Check("issuer", Status.FAIL, f"the badge's URL {where} is outside {scope}")
    message = f"the badge's URL is within {scope}; the issuer's copy still needs the network"
    return Check("issuer", Status.WARN, message, outcome)


def _common_checks(
    assertion: dict[str, Any],
    issuer_id: str | None,
    issuer: dict[str, Any] | None,
    linked: LinkedDocuments,
    options: VerifyOptions,
    hosted: bool,
) -> list[Check]:
    return [
        _validity(assertion, options.current_time()),
        _status(assertion, issuer, linked, hosted),
        _trust(issuer_id, options),
        Check("schema", Status.SKIP, "no JSON schema applies to Open Badges 2.0"),
    ]


def _validity(assertion: dict[str, Any], now: datetime) -> Check:
    issued, expires = (
        parse_datetime(assertion.get("issuedOn")),
        parse_datetime(assertion.get("expires")),
    )
    if issued is not None and now + CLOCK_SKEW < issued:
        return Check(
            "validity",
            Status.FAIL,
            f"issued in the future ({assertion['issuedOn']})",
            "not-yet-valid",
        )
    if expires is not None and now > expires:
        return Check("validity", Status.FAIL, f"expired on {assertion['expires']}", "expired")
    if expires is not None:
        return Check("validity", Status.PASS, f"valid until {assertion['expires']}")
    return Check("validity", Status.PASS, "valid now; it does not expire")


def _status(
    assertion: dict[str, Any], issuer: dict[str, Any] | None, linked: LinkedDocuments, hosted: bool
) -> Check:
    if assertion.get("revoked") is True:
        reason = assertion.get("revocationReason")
        return Check(
            "status", Status.FAIL, "revoked" + (f": {reason}" if reason else ""), "revoked"
        )
    if issuer is None:
        return Check(
            "status",
            Status.WARN,
            "revocation could not be checked: the issuer's profile is not at hand offline",
        )
    list_ids = ids_of(issuer.get("revocationList"))
    if not list_ids:
        if hosted:
            return Check(
                "status",
                Status.WARN,
                "revocation shows only in the issuer's hosted copy (needs the network)",
            )
        return Check("status", Status.SKIP, "the issuer publishes no revocation list")
    revocations = linked.get(list_ids[0])
    if revocations is None:
        return Check(
            "status", Status.WARN, f"the revocation list {list_ids[0]} could not be checked offline"
        )
    entry = revocation_entry(revocations, assertion)
    if entry is not None:
        reason = entry.get("revocationReason") if isinstance(entry, dict) else None
        return Check(
            "status",
            Status.FAIL,
            "revoked by the issuer" + (f": {reason}" if reason else ""),
            "revoked",
        )
    return Check("status", Status.PASS, f"not in the issuer's revocation list {list_ids[0]}")


def _trust(issuer_id: str | None, options: VerifyOptions) -> Check:
    if issuer_id is not None and issuer_id in options.trusted_issuers:
        return Check("trust", Status.PASS, f"you trust the issuer {issuer_id}")
    return Check(
        "trust",
        Status.WARN,
        f"the issuer {issuer_id or '(unknown)'} is not in any trusted list you use",
    )


def _verify_ob1(document: Any, options: VerifyOptions) -> Report:
    verify = document.get("verify") if isinstance(document, dict) else None
    url = verify.get("url") if isinstance(verify, dict) else None
    where = f" at {url}" if isinstance(url, str) else ""
    checks = [
        Check("format", Status.PASS, "an Open Badges 1.x assertion: a legacy format"),
        Check(
            "signature",
            Status.WARN,
            f"legacy badges are confirmed only by the issuer's copy{where} (needs the network)",
            "unverifiable",
        ),
        Check("validity", Status.SKIP, "not checked for legacy badges"),
        Check("status", Status.WARN, "revocation shows only in the issuer's hosted copy"),
        Check("trust", Status.WARN, "the issuer is not in any trusted list you use"),
        Check("schema", Status.SKIP, "no JSON schema applies to Open Badges 1.x"),
    ]
    return _report(checks, document)


def link_report(url: str) -> Report:
    """A credential known only by its URL: recorded, fetched once network checks exist."""
    checks = [
        Check("format", Status.WARN, f"only a link to a credential: {url[:200]}"),
        Check(
            "signature",
            Status.WARN,
            "nothing to check offline: the credential itself is at that URL",
            "unverifiable",
        ),
    ]
    return _report(checks, None)
