"""Open Badges 2.0 verified with the network (STANDARDS §5, OB 2.0 §Verification), beside the
offline rules of :mod:`wallet.verify.openbadges2`, whose checks it reuses.

- **Hosted**: the issuer's copy at the assertion's ``id`` is the truth. It is fetched and must
  equal the local copy in every member the local copy has (so nothing shown differs from what
  the issuer publishes); ``410 Gone``, or ``revoked: true`` in it, means revoked. The
  assertion's URL must be within the issuer Profile's verification scope (``startsWith``,
  ``allowedOrigins``, else the Profile's host), the Profile being fetched from the BadgeClass's
  ``issuer``.
- **Signed**: the key named by ``verification.creator``, the issuer Profile and its
  ``revocationList`` are fetched (only these published copies count, never the ones inside the
  JWS, A1); the key must be the Profile's (``publicKey``) and owned by it.
- The documents used are listed (:meth:`WebOb2Resources.fetched`) for ``"fetched"``, and each
  check that relied on one says how fresh it is.

- The report's view carries the badge class and issuer profile as published, in place of the
  assertion's references to them, so the badge's name, image, criteria and issuer appear (and
  the vault keeps them with the report): :func:`verify_legacy_online`, which
  :func:`wallet.verify.dispatch.verify_unpacked` calls when the run is online.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, replace
from typing import Any

from wallet.errors import FetchError, HttpStatusError
from wallet.formats.classify import is_ob1
from wallet.net.fetcher import Fetched, Fetcher, FetchRecord, json_of
from wallet.status.revocation_list import judge_ob2_list
from wallet.verify.about import about_of
from wallet.verify.ob2_rules import LinkedDocuments, ids_of, in_verification_scope
from wallet.verify.openbadges2 import verify_legacy_badge, verify_ob2_assertion, verify_ob2_jws
from wallet.verify.options import VerifyOptions
from wallet.verify.report import Check, CheckId, Report, Status, derive_verdict
from wallet.verify.trust import trust_check
from wallet.verify.view import SignedView

__all__ = [
    "Ob2Details",
    "WebOb2Resources",
    "ob2_details",
    "verify_hosted_online",
    "verify_legacy_online",
    "verify_signed_online",
]

MAX_OB2_BYTES = 1024 * 1024
_JWS = re.compile(r"^eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$")
# Members a hosted copy may carry that a baked copy legitimately lacks or rewrites.
_VOLATILE = frozenset({"@context"})


class WebOb2Resources:
    """:class:`~wallet.verify.ob2_rules.Ob2Resources` over the Fetcher: the published copy of
    each OB 2.0 document (JSON, or a JWS for a signed endorsement), fetched once per run."""

    def __init__(self, fetcher: Fetcher) -> None:
        self._fetcher = fetcher
        self._used: dict[str, Fetched] = {}
        self._failures: dict[str, str] = {}
        self._lock = threading.Lock()

    def lookup(self, url: str) -> Any | None:
        if not url.startswith("https://"):
            with self._lock:
                self._failures[url] = "only https documents are fetched"
            return None
        try:
            fetched = self._fetcher.fetch(url, max_bytes=MAX_OB2_BYTES)
        except FetchError as exc:
            with self._lock:
                self._failures[url] = exc.reason
            return None
        with self._lock:
            self._used.setdefault(url, fetched)
        document, problem = json_of(fetched)
        if problem is None:
            return document
        text = fetched.body.decode("ascii", "replace").strip()
        return text if _JWS.match(text) else None

    @property
    def fetcher(self) -> Fetcher:
        return self._fetcher

    def used(self, url: str) -> Fetched | None:
        with self._lock:
            return self._used.get(url)

    def failure(self, url: str) -> str | None:
        with self._lock:
            return self._failures.get(url)

    def fetched(self) -> tuple[FetchRecord, ...]:
        with self._lock:
            return tuple(f.record for f in self._used.values())


def _with(report: Report, *checks: Check) -> Report:
    """``report`` with ``checks`` in place of its checks of the same ids; the verdict again."""
    new = {c.id: c for c in checks}
    merged = tuple(new.get(c.id, c) for c in report.checks)
    return replace(report, checks=merged, verdict=derive_verdict(merged))


def _check(report: Report, check_id: CheckId) -> Check | None:
    return report.check(check_id)


def _differences(local: dict[str, Any], hosted: dict[str, Any]) -> list[str]:
    return sorted(k for k in local if k not in _VOLATILE and hosted.get(k) != local[k])


def _profile_of(
    assertion: dict[str, Any], resources: WebOb2Resources
) -> tuple[str | None, dict[str, Any] | None, str]:
    """The issuer id and published Profile of an assertion, with the reason when missing."""
    linked = LinkedDocuments(assertion, resources)
    badge = linked.get(assertion.get("badge"))
    issuer_ref = badge.get("issuer") if badge is not None else None
    ids = ids_of(issuer_ref)
    if not ids:
        return None, None, "its BadgeClass could not be had or names no issuer"
    profile = linked.published(issuer_ref)
    reason = resources.failure(ids[0]) or "the issuer's profile is not a JSON object"
    return ids[0], profile, "" if profile is not None else reason


def verify_hosted_online(
    local: dict[str, Any], fetcher: Fetcher, options: VerifyOptions
) -> tuple[Report, tuple[FetchRecord, ...]]:
    """Verify a hosted OB 2.0 assertion against the issuer's copy; the report and what it used."""
    resources = WebOb2Resources(fetcher)
    url = local.get("id")
    offline = verify_ob2_assertion(local, options, resources)
    if not isinstance(url, str) or not url.startswith("https://"):
        return offline, resources.fetched()
    try:
        fetched = fetcher.fetch(url, max_bytes=MAX_OB2_BYTES)
    except HttpStatusError as exc:
        if exc.status == 410:  # OB 2.0 §Hosted verification: 410 Gone means revoked
            return _gone(local, offline, resources, options), resources.fetched()
        return _unreachable(offline, str(exc)), resources.fetched()
    except FetchError as exc:
        return _unreachable(offline, str(exc)), resources.fetched()
    hosted, problem = json_of(fetched)
    if problem is not None or not isinstance(hosted, dict):
        why = problem or f"the document at {url} is not an assertion"
        return _unreachable(offline, why), resources.fetched()
    records = (fetched.record,)
    differing = _differences(local, hosted)
    if differing:
        message = (
            f"this copy differs from the issuer's hosted copy at {url} in "
            f"{', '.join(differing[:8])}: it was altered ({fetched.freshness()})"
        )
        report = _with(offline, Check("signature", Status.FAIL, message))
        return report, records + resources.fetched()
    report = verify_ob2_assertion(hosted, options, resources)
    signature = Check(
        "signature",
        Status.PASS,
        f"the issuer's hosted copy at {url} matches this one ({fetched.freshness()})",
    )
    issuer_id, profile, why = _profile_of(hosted, resources)
    scope = _scope(url, issuer_id, profile, why, resources)
    status = _hosted_status(hosted, profile, issuer_id, resources, fetched)
    trust = trust_check(issuer_id, scope, options.trusted_issuers)
    result = _with(report, signature, scope, status, trust)
    return result, tuple(dict.fromkeys(records + resources.fetched()))


def _scope(
    url: str,
    issuer_id: str | None,
    profile: dict[str, Any] | None,
    why: str,
    resources: WebOb2Resources,
) -> Check:
    if profile is None or issuer_id is None:
        message = f"the issuer's profile could not be checked: {why}"
        return Check("issuer", Status.WARN, message, "unverifiable")
    ok, scope = in_verification_scope(url, profile)
    if not ok:
        if ok is None:
            return Check(
                "issuer", Status.WARN, f"the URL cannot be matched to {scope}", "unverifiable"
            )
        return Check("issuer", Status.FAIL, f"the URL {url} is outside {scope}")
    used = resources.used(issuer_id)
    fresh = f" ({used.freshness()})" if used is not None else ""
    return Check(
        "issuer", Status.PASS, f"hosted within {scope}, as the issuer {issuer_id} allows{fresh}"
    )


def _hosted_status(
    hosted: dict[str, Any],
    profile: dict[str, Any] | None,
    issuer_id: str | None,
    resources: WebOb2Resources,
    fetched: Fetched,
) -> Check:
    if hosted.get("revoked") is True:
        reason = hosted.get("revocationReason")
        text = "revoked: the issuer's hosted copy says so" + (f" ({reason})" if reason else "")
        return Check("status", Status.FAIL, f"{text}; {fetched.freshness()}", "revoked")
    lists = ids_of(profile.get("revocationList")) if profile is not None else []
    if lists:
        return _revocation(lists[0], hosted, issuer_id, resources)
    return Check(
        "status", Status.PASS, f"not revoked: the issuer still hosts it ({fetched.freshness()})"
    )


def _revocation(
    list_url: str, document: dict[str, Any], issuer_id: str | None, resources: WebOb2Resources
) -> Check:
    wanted = {v for v in (document.get("id"), document.get("uid")) if isinstance(v, str)}
    finding = judge_ob2_list(resources._fetcher, list_url, wanted, issuer_id)
    if finding.state == "revoked":
        return Check("status", Status.FAIL, finding.text, "revoked")
    if finding.state == "clear":
        return Check("status", Status.PASS, finding.text)
    return Check("status", Status.WARN, finding.text)


def _gone(
    local: dict[str, Any], offline: Report, resources: WebOb2Resources, options: VerifyOptions
) -> Report:
    url = local.get("id")
    issuer_id, profile, why = _profile_of(local, resources)
    scope = _scope(str(url), issuer_id, profile, why, resources)
    if scope.status is not Status.PASS:
        scope = replace(scope, outcome=None)  # a withdrawn badge is revoked whoever vouches
    checks = (
        Check("signature", Status.SKIP, f"the issuer no longer hosts it: {url} answers 410 Gone"),
        scope,
        Check("status", Status.FAIL, f"revoked: the issuer withdrew it ({url} is gone)", "revoked"),
        trust_check(issuer_id, None, options.trusted_issuers),
    )
    return _with(offline, *checks)


def _unreachable(offline: Report, why: str) -> Report:
    # An expired badge is expired whatever its hosted copy says (as offline): only a badge
    # still in date waits for that copy, so only then is it unverifiable.
    validity = offline.check("validity")
    decided = validity is not None and validity.status is Status.FAIL
    signature = Check(
        "signature",
        Status.WARN,
        f"the issuer's hosted copy could not be checked: {why}",
        None if decided else "unverifiable",
    )
    return _with(offline, signature)


def verify_signed_online(
    token: str, fetcher: Fetcher, options: VerifyOptions
) -> tuple[Report, tuple[FetchRecord, ...]]:
    """Verify a signed OB 2.0 assertion with its published key, Profile and revocation list."""
    resources = WebOb2Resources(fetcher)
    report = verify_ob2_jws(token, options, resources)
    # The signed assertion's JSON (its JWS covers it): its view.
    document = report.view.data or None
    if document is None:
        return report, resources.fetched()
    binding = _check(report, "issuer")
    issuer_id, profile, _ = _profile_of(document, resources)
    if binding is not None and binding.status is Status.PASS and profile is not None:
        lists = ids_of(profile.get("revocationList"))
        used = resources.used(issuer_id or "")
        fresh = f" (the issuer's profile {used.freshness()})" if used is not None else ""
        checks = [replace(binding, message=binding.message + fresh)]
        if lists:
            checks.append(_revocation(lists[0], document, issuer_id, resources))
        return _with(report, *checks), resources.fetched()
    failures = [
        f"{url}: {reason}"
        for url in (*_creators(document), *([issuer_id] if issuer_id else []))
        if (reason := resources.failure(url)) is not None
    ]
    if failures:
        note = "; could not fetch " + "; ".join(failures[:3])
        fixed = [
            replace(c, message=c.message + note)
            for c in report.checks
            if c.outcome == "unverifiable"
        ]
        return _with(report, *fixed), resources.fetched()
    return report, resources.fetched()


def _creators(document: dict[str, Any]) -> list[str]:
    verification = document.get("verification")
    return ids_of(verification.get("creator")) if isinstance(verification, dict) else []


@dataclass(frozen=True)
class Ob2Details:
    """What a person sees of an OB 2.0 badge beyond the assertion: its BadgeClass (name, image,
    criteria) and issuer Profile, as published, with the documents fetched."""

    badge: dict[str, Any] | None
    issuer: dict[str, Any] | None
    fetched: tuple[FetchRecord, ...]


def ob2_details(assertion: dict[str, Any], fetcher: Fetcher) -> Ob2Details:
    """The published BadgeClass and issuer Profile of ``assertion`` (None where not had)."""
    resources = WebOb2Resources(fetcher)
    linked = LinkedDocuments(assertion, resources)
    badge = linked.published(assertion.get("badge")) or linked.get(assertion.get("badge"))
    issuer = linked.published(badge.get("issuer")) if badge is not None else None
    return Ob2Details(badge, issuer, resources.fetched())


_HOSTED = ("hosted", "HostedBadge")


def verify_legacy_online(document: Any, options: VerifyOptions, fetcher: Fetcher) -> Report:
    """An OB 2.0 signed (JWS) or hosted assertion verified with the network through ``fetcher``
    (the run's, so every document is fetched once), its view carrying the published badge class
    and issuer profile. OB 1.x and assertions of neither kind are verified as offline, with
    what the network supplies."""
    if isinstance(document, str):
        report, _ = verify_signed_online(document, fetcher, options)
    elif isinstance(document, dict) and not is_ob1(document) and _hosted(document):
        report, _ = verify_hosted_online(document, fetcher, options)
    else:
        return verify_legacy_badge(document, options, WebOb2Resources(fetcher))
    return with_published_details(report, fetcher)


def _hosted(document: dict[str, Any]) -> bool:
    verification = document.get("verification")
    return isinstance(verification, dict) and verification.get("type") in _HOSTED


def with_published_details(report: Report, fetcher: Fetcher) -> Report:
    """``report`` whose view names the badge class and its issuer by their published documents
    (already fetched by the verification: the run's memo answers) instead of by URL."""
    data = report.view.data
    if not data or "badge" not in data:
        return report
    details = ob2_details(data, fetcher)
    if details.badge is None:
        return report
    badge = dict(details.badge)
    if details.issuer is not None:
        badge["issuer"] = details.issuer
    view = SignedView({**data, "badge": badge}, report.view.basis, report.view.revision)
    return replace(report, view=view, about=about_of(view, "credential", legacy=True))
