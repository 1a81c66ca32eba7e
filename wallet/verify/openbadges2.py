"""Open Badges 2.0 (and legacy 1.x) assertions and their endorsements, verified offline
(STANDARDS §5).

- **Signed** (a compact JWS whose payload is the Assertion): the JWS is checked with the key named
  by ``verification.creator`` (or listed by the issuer) when that key is at hand, and the key is
  bound to the issuer: listed in the Profile's ``publicKey`` and owned by it (A1). A key that is
  not at hand makes the assertion *unverifiable*, with the reason.
- **Hosted** (JSON): the issuer's hosted copy is the truth and needs the network, so the verdict
  is *unverifiable*, but structure, dates (an expired badge is *expired*), the recipient and,
  when the issuer Profile is at hand, the hosted verification scope are checked.
- **Endorsements** (OB 2.0 §Endorsement): an Assertion, its BadgeClass and its issuer Profile may
  carry Endorsements, a third party's claim about them with its own ``issuer``, ``issuedOn`` and
  ``verification``. Each is verified on its own by the same rules (A10: a hosted one is
  unverifiable offline, a signed one verifies when its key is at hand) and reported as a nested
  report labelled ``endorsement ...`` (:data:`ENDORSEMENT_LABEL`). The parent's verdict never
  depends on them.
- **1.x**: recognised and reported as legacy; only its hosted copy can vouch for it.

"At hand" means embedded in the assertion or supplied through :class:`Ob2Resources`; nothing is
fetched. For a signed document the key, the issuer Profile and the revocation list count only
when supplied: copies embedded in the JWS payload are the signer's own word (A1). Reports use the
standard check ids and never raise for an invalid badge.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from wallet.dids.keys import KeyError_, PublicKey
from wallet.errors import InputError
from wallet.formats.classify import is_ob1
from wallet.formats.jws import CompactJws, parse_compact_jws
from wallet.verify.about import about_of
from wallet.verify.ob2_rules import (
    LinkedDocuments,
    NoOb2Resources,
    Ob2Documents,
    Ob2Resources,
    assertion_problems,
    claim_problem,
    endorsement_problems,
    ids_of,
    scope_check,
    status_check,
    validity_check,
)
from wallet.verify.openbadges import ENDORSEMENT_LABEL
from wallet.verify.options import VerifyOptions
from wallet.verify.report import Check, RawInput, Report, Status, derive_verdict
from wallet.verify.structure import as_list
from wallet.verify.trust import trust_check
from wallet.verify.view import EMPTY_VIEW, SignedView
from wallet.wording import plain, shown

__all__ = [
    "MAX_ENDORSEMENTS",
    "MAX_ENDORSEMENT_DEPTH",
    "NoOb2Resources",
    "Ob2Documents",
    "Ob2Resources",
    "link_report",
    "verify_legacy_badge",
    "verify_ob2_assertion",
    "verify_ob2_jws",
]

_ALGORITHMS = ("RS256", "PS256")  # what PublicKey.verify checks for RSA keys
_JWS = re.compile(r"^eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$")
# Endorsements of endorsements are verified too, this deep; and at most this many in all under
# one badge, so profiles that endorse each other (or a hostile list) cannot multiply the work.
MAX_ENDORSEMENT_DEPTH = 2
MAX_ENDORSEMENTS = 64
_NOT_AN_ENDORSEMENT = "not an endorsement: expected an object, a URL or a JWS"


def _assertion_issuer(assertion: dict[str, Any], linked: LinkedDocuments) -> Any:
    badge = linked.get(assertion.get("badge"))  # signed with the assertion when embedded
    return badge.get("issuer") if badge is not None else None


def _endorsement_issuer(endorsement: dict[str, Any], linked: LinkedDocuments) -> Any:
    return endorsement.get("issuer")


@dataclass(frozen=True)
class _Kind:
    """What is verified: an Assertion, or an Endorsement (the same checks, its own fields)."""

    name: str
    problems: Callable[[dict[str, Any], bool], list[str]]
    issuer_reference: Callable[[dict[str, Any], LinkedDocuments], Any]


ASSERTION = _Kind("assertion", assertion_problems, _assertion_issuer)
ENDORSEMENT = _Kind("endorsement", endorsement_problems, _endorsement_issuer)


class _Run:
    """One verification: its options and documents, and the endorsements still allowed."""

    def __init__(self, options: VerifyOptions, resources: Ob2Resources) -> None:
        self.options, self.resources = options.pinned(), resources
        self.endorsements_left = MAX_ENDORSEMENTS


@dataclass(frozen=True)
class _Place:
    """Where a document sits: its label, what it is attached to (an endorsement), how deep."""

    label: str = ""
    about: str | None = None
    depth: int = 0


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


def verify_ob2_jws(token: str, options: VerifyOptions, resources: Ob2Resources) -> Report:
    """A signed OB 2.0 assertion (OB 2.0 §Signed verification), with its endorsements."""
    return _verify_signed(token, ASSERTION, _Run(options, resources), _Place())


def verify_ob2_assertion(
    assertion: dict[str, Any], options: VerifyOptions, resources: Ob2Resources
) -> Report:
    """A hosted OB 2.0 assertion: unverifiable offline, but checked as far as it can be."""
    return _verify_hosted(assertion, ASSERTION, _Run(options, resources), _Place())


def _report(
    checks: list[Check],
    document: Any,
    place: _Place,
    inner: tuple[Report, ...] = (),
    *,
    signed: bool = False,
    token: str | None = None,
) -> Report:
    """The report of one OB 2.0 document.

    Its view is the JSON itself: a signed assertion's JWS signs exactly that JSON, and a hosted
    one is signed by nothing (``unsigned``) until its hosted copy is checked online.
    """
    verdict = derive_verdict(checks)  # of this document's own checks: never its endorsements'
    data = document if isinstance(document, dict) else {}
    view = SignedView(data, "json" if signed else "unsigned") if data else EMPTY_VIEW
    return Report(
        "credential",
        verdict,
        tuple(checks),
        inner,
        place.label,
        view=view,
        source=RawInput(token if token is not None else document),
        about=about_of(view, "credential", legacy=True),
    )


def _format_check(problems: list[str], what: str, document: Any, place: _Place) -> Check:
    if problems:
        return Check("format", Status.FAIL, "; ".join(problems[:4]))
    claim = claim_problem(document, place.about)  # None for an assertion: it claims nothing
    if claim is not None:
        return Check("format", Status.WARN, f"a well-formed {what}, but {claim}")
    return Check("format", Status.PASS, f"a well-formed {what}")


def _issuer(
    document: dict[str, Any], kind: _Kind, linked: LinkedDocuments, signed: bool
) -> tuple[str | None, dict[str, Any] | None]:
    reference = kind.issuer_reference(document, linked)
    ids = ids_of(reference)
    profile = linked.published(reference) if signed else linked.get(reference)
    return (ids[0] if ids else None), profile


def _verify_signed(token: str, kind: _Kind, run: _Run, place: _Place) -> Report:
    try:
        jws = parse_compact_jws(token)
    except InputError as exc:
        return _report([Check("format", Status.FAIL, str(exc))], None, place)
    document = jws.payload
    if not isinstance(document, dict):
        message = f"the JWS payload is not an {kind.name}"
        return _report([Check("format", Status.FAIL, message)], None, place)
    linked = LinkedDocuments(document, run.resources)
    issuer_id, issuer = _issuer(document, kind, linked, signed=True)
    what = f"signed OB 2.0 {kind.name}"
    checks = [_format_check(kind.problems(document, True), what, document, place)]
    signature, key_id, key = _signature_check(jws, document, issuer, linked)
    checks.append(signature)
    checks.append(_key_binding(signature, key_id, key, issuer_id, issuer, kind))
    checks.extend(
        _common_checks(document, issuer_id, issuer, linked.published, run, checks[-1], hosted=False)
    )
    inner = _endorsements(document, kind, linked, issuer, run, place)
    return _report(checks, document, place, inner, signed=True, token=token)


def _signature_check(
    jws: CompactJws,
    document: dict[str, Any],
    issuer: dict[str, Any] | None,
    linked: LinkedDocuments,
) -> tuple[Check, str | None, dict[str, Any] | None]:
    alg = jws.header.get("alg")
    if not isinstance(alg, str) or alg == "none" or alg.upper().startswith("HS"):
        return (
            Check("signature", Status.FAIL, f"the JWS algorithm {shown(alg)} is refused"),
            None,
            None,
        )
    if "crit" in jws.header:
        return Check("signature", Status.FAIL, "the JWS has critical headers"), None, None
    if alg not in _ALGORITHMS:
        message = f"the JWS algorithm {alg} is not supported for Open Badges 2.0"
        return Check("signature", Status.WARN, message, "unverifiable"), None, None
    verification = document.get("verification")
    creator = verification.get("creator") if isinstance(verification, dict) else None
    candidates = ids_of(creator) or (ids_of(issuer.get("publicKey")) if issuer else [])
    if not candidates:
        message = "the signing key is not named and the issuer's profile is not at hand offline"
        return Check("signature", Status.WARN, message, "unverifiable"), None, None
    for key_id in candidates:
        key = linked.published(key_id)
        if key is None:
            continue
        pem = key.get("publicKeyPem")
        try:
            public = PublicKey.from_pem(pem if isinstance(pem, str) else "")
        except KeyError_ as exc:
            message = f"the key {plain(key_id)} is unusable: {exc}"
            return Check("signature", Status.FAIL, message), None, None
        if public.verify(jws.signature, jws.signing_input, alg=alg):
            message = f"the {alg} signature verifies with the key {plain(key_id)}"
            return Check("signature", Status.PASS, message), key_id, key
        message = (
            f"the signature does not verify with the key {plain(key_id)}: the badge was altered"
        )
        return Check("signature", Status.FAIL, message), key_id, key
    message = f"the signing key {plain(candidates[0])} is not available offline"
    return Check("signature", Status.WARN, message, "unverifiable"), candidates[0], None


def _key_binding(
    signature: Check,
    key_id: str | None,
    key: dict[str, Any] | None,
    issuer_id: str | None,
    issuer: dict[str, Any] | None,
    kind: _Kind,
) -> Check:
    if signature.status is not Status.PASS or key_id is None or key is None:
        return Check("issuer", Status.SKIP, "not checked: the signature was not verified")
    if issuer_id is None:
        where = "its BadgeClass is not at hand offline" if kind is ASSERTION else "none is named"
        message = f"the {kind.name}'s issuer is unknown: {where}"
        return Check("issuer", Status.WARN, message, "unverifiable")
    if issuer is None:
        message = (
            f"the issuer profile {plain(issuer_id)} is not at hand offline: the key stays unbound"
        )
        return Check("issuer", Status.WARN, message, "unverifiable")
    owners = ids_of(key.get("owner"))
    if issuer_id not in owners:
        owner = plain(owners[0]) if owners else "no one"
        message = (
            f"the key {plain(key_id)} names {owner} as its owner, not the issuer {plain(issuer_id)}"
        )
        return Check("issuer", Status.FAIL, message)
    if key_id not in ids_of(issuer.get("publicKey")):
        message = f"the issuer {plain(issuer_id)} does not list the key {plain(key_id)}"
        return Check("issuer", Status.FAIL, message)
    message = f"the key {plain(key_id)} belongs to the issuer {plain(issuer_id)}"
    return Check("issuer", Status.PASS, message)


def _verify_hosted(document: dict[str, Any], kind: _Kind, run: _Run, place: _Place) -> Report:
    linked = LinkedDocuments(document, run.resources)
    issuer_id, issuer = _issuer(document, kind, linked, signed=False)
    what = f"OB 2.0 {kind.name}"
    checks = [_format_check(kind.problems(document, False), what, document, place)]
    common = _common_checks(document, issuer_id, issuer, linked.get, run, None, hosted=True)
    # An expired badge is expired whatever its hosted copy says; otherwise only that copy can
    # confirm it, so the verdict is unverifiable.
    decided = any(c.id == "validity" and c.status is Status.FAIL for c in common)
    outcome = None if decided else "unverifiable"
    where = document.get("id")
    message = (
        f"a hosted {kind.name}: only the issuer's copy at {plain(str(where))} can confirm it "
        "(needs the network)"
    )
    checks.append(Check("signature", Status.WARN, message, outcome))
    checks.append(scope_check(document, issuer_id, issuer, outcome))
    checks.extend(common)
    inner = _endorsements(document, kind, linked, issuer, run, place)
    return _report(checks, document, place, inner)


def _common_checks(
    document: dict[str, Any],
    issuer_id: str | None,
    issuer: dict[str, Any] | None,
    lookup: Callable[[Any], dict[str, Any] | None],
    run: _Run,
    binding: Check | None,
    hosted: bool,
) -> list[Check]:
    return [
        validity_check(document, run.options.current_time()),
        status_check(document, issuer, lookup, hosted),
        trust_check(issuer_id, binding, run.options.trusted_issuers),
        Check("schema", Status.SKIP, "no JSON schema applies to Open Badges 2.0"),
    ]


# --- endorsements (OB 2.0 §Endorsement, STANDARDS §7 A10) ---------------------------------------
def _endorsements(
    document: dict[str, Any],
    kind: _Kind,
    linked: LinkedDocuments,
    issuer: dict[str, Any] | None,
    run: _Run,
    place: _Place,
) -> tuple[Report, ...]:
    """The reports of the endorsements on ``document``, its BadgeClass and its issuer."""
    if place.depth >= MAX_ENDORSEMENT_DEPTH:
        return ()
    places: list[tuple[str, dict[str, Any]]] = [(kind.name, document)]
    badge = linked.get(document.get("badge")) if kind is ASSERTION else None
    if badge is not None:
        places.append(("badge class", badge))
    if issuer is not None:
        places.append(("issuer", issuer))
    reports: list[Report] = []
    for where, node in places:
        about = node.get("id") if isinstance(node.get("id"), str) else None
        context = node.get("@context", document.get("@context"))
        for index, entry in enumerate(as_list(node.get("endorsement")), 1):
            if run.endorsements_left <= 0:
                reports.append(_not_checked(where))
                return tuple(reports)
            run.endorsements_left -= 1
            inner = _Place(f"{ENDORSEMENT_LABEL} {index} of the {where}", about, place.depth + 1)
            reports.append(_endorsement(entry, context, run, inner))
    return tuple(reports)


def _endorsement(entry: Any, context: Any, run: _Run, place: _Place) -> Report:
    """One entry of an ``endorsement`` list: an Endorsement object, its URL, or a signed JWS."""
    value = entry
    is_reference = isinstance(entry, dict) and list(entry) == ["id"]
    if is_reference or (isinstance(entry, str) and not _JWS.match(entry)):
        urls = ids_of(entry)
        if not urls or not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$", urls[0]):
            return _report([Check("format", Status.FAIL, _NOT_AN_ENDORSEMENT)], None, place)
        value = run.resources.lookup(urls[0])
        if value is None:
            return _unreachable(urls[0], place)
    elif isinstance(entry, dict) and "@context" not in entry:
        value = {"@context": context, **entry}  # JSON-LD: an embedded node has its parent's
    if isinstance(value, str):
        return _verify_signed(value, ENDORSEMENT, run, place)
    if isinstance(value, dict):
        return _verify_hosted(value, ENDORSEMENT, run, place)
    return _report([Check("format", Status.FAIL, _NOT_AN_ENDORSEMENT)], None, place)


def _unreachable(url: str, place: _Place) -> Report:
    return _stub(
        f"only a link to an endorsement: {url[:200]}",
        f"the endorsement at {url[:200]} is not at hand offline (needs the network)",
        place,
    )


def _not_checked(where: str) -> Report:
    return _stub(
        f"more than {MAX_ENDORSEMENTS} endorsements: the rest were not checked",
        "not checked",
        _Place(f"{ENDORSEMENT_LABEL}s of the {where}: not all checked"),
    )


def _stub(what: str, why: str, place: _Place) -> Report:
    """A report for something that cannot be checked offline: what it is, and why not."""
    checks = [
        Check("format", Status.WARN, what),
        Check("signature", Status.WARN, why, "unverifiable"),
    ]
    return _report(checks, None, place)


# --- legacy and links ----------------------------------------------------------------------------
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
    return _report(checks, document, _Place())


def link_report(url: str) -> Report:
    """A credential known only by its URL: recorded, fetched once network checks exist."""
    what = f"only a link to a credential: {url[:200]}"
    return _stub(what, "nothing to check offline: the credential itself is at that URL", _Place())
