"""Open Badges 2.0 rules used by :mod:`wallet.verify.openbadges2`: where linked documents come
from, the required fields of an Assertion and of an Endorsement, the hosted verification scope,
the revocation list, and the date, status and trust checks both share.

OB 2.0 links an Assertion to a BadgeClass, an issuer Profile and a CryptographicKey by URL.
Offline, a linked document is known only when it is embedded in the assertion or supplied by the
caller through :class:`Ob2Resources` (a cache, a test fixture); it is never fetched here.
Only the caller's copy is the *published* one: an embedded copy is the badge's own word.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol
from urllib.parse import urlsplit

from wallet.formats.classify import has_ob2_context
from wallet.verify.dates import CLOCK_SKEW, parse_datetime
from wallet.verify.report import Check, Status
from wallet.wording import plain, shown

__all__ = [
    "LinkedDocuments",
    "NoOb2Resources",
    "Ob2Documents",
    "Ob2Resources",
    "assertion_problems",
    "claim_problem",
    "endorsement_problems",
    "ids_of",
    "in_verification_scope",
    "ob2_datetime",
    "revocation_entry",
    "scope_check",
    "status_check",
    "validity_check",
]

MAX_EMBEDDED_NODES = 1_000
_HASHED = re.compile(r"^(sha256\$[0-9a-fA-F]{64}|md5\$[0-9a-fA-F]{32})$")
_VERIFICATION_TYPES = {"hosted", "HostedBadge", "signed", "SignedBadge"}


class Ob2Resources(Protocol):
    """Documents the caller holds for OB 2.0 URLs (keys, profiles, badge classes, lists)."""

    def lookup(self, url: str) -> Any | None:
        """The JSON document published at ``url``, or None when it is not at hand."""


class NoOb2Resources:
    """Nothing at hand: what the command line uses until network verification exists."""

    def lookup(self, url: str) -> Any | None:
        return None


@dataclass(frozen=True)
class Ob2Documents:
    """Documents by URL, e.g. read from a cache folder or a test fixture."""

    documents: Mapping[str, Any] = field(default_factory=dict)

    def lookup(self, url: str) -> Any | None:
        return self.documents.get(url)


def ids_of(value: Any) -> list[str]:
    """The URLs in an OB 2.0 reference: a string, an object with ``id``, or a list of them."""
    values = value if isinstance(value, list) else [value]
    found = []
    for item in values:
        if isinstance(item, str):
            found.append(item)
        elif isinstance(item, dict) and isinstance(item.get("id"), str):
            found.append(item["id"])
    return found


class LinkedDocuments:
    """Linked documents of one assertion: embedded objects first, then the caller's."""

    def __init__(self, assertion: Any, resources: Ob2Resources) -> None:
        self._resources = resources
        self._embedded: dict[str, dict[str, Any]] = {}
        stack = [assertion]
        while stack and len(self._embedded) < MAX_EMBEDDED_NODES:
            node = stack.pop()
            if isinstance(node, dict):
                if isinstance(node.get("id"), str) and node is not assertion:
                    self._embedded.setdefault(node["id"], node)
                stack.extend(node.values())
            elif isinstance(node, list):
                stack.extend(node)

    def get(self, reference: Any) -> dict[str, Any] | None:
        """The document a reference names (an embedded object counts as itself)."""
        if isinstance(reference, dict) and len(reference) > 1:
            return reference
        for url in ids_of(reference):
            found = self._embedded.get(url)
            if found is None:
                supplied = self._resources.lookup(url)
                found = supplied if isinstance(supplied, dict) else None
            if found is not None:
                return found
        return None

    def published(self, reference: Any) -> dict[str, Any] | None:
        """The caller's copy of the document a reference names; embedded copies do not count.

        A signed badge's key, issuer Profile and revocation list must be these: copies inside
        the JWS payload are the signer's own word and could bind any key to any issuer (A1).
        """
        for url in ids_of(reference):
            supplied = self._resources.lookup(url)
            if isinstance(supplied, dict):
                return supplied
        return None


_UNIX_TIME = re.compile(r"^\d{1,11}$", re.ASCII)
_NO_SECONDS = re.compile(r"^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(Z|[+-]\d{2}:\d{2})?$", re.ASCII)


def ob2_datetime(value: Any) -> datetime | None:
    """An OB 2.0 DateTime (OB 2.0 §DateTime): ISO 8601, seconds optional (the 1EdTech samples
    write ``2017-10-01T00:00Z``), or a Unix timestamp. None when it is neither."""
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 10**11:
        return datetime.fromtimestamp(value, UTC)
    if isinstance(value, str) and _UNIX_TIME.match(value):
        return datetime.fromtimestamp(int(value), UTC)
    if isinstance(value, str) and (match := _NO_SECONDS.match(value.strip())):
        value = f"{match[1]}:00{match[2] or ''}"
    return parse_datetime(value)


def _is_uri(value: Any) -> bool:
    return isinstance(value, str) and re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$", value) is not None


def assertion_problems(assertion: dict[str, Any], signed: bool) -> list[str]:
    """What makes ``assertion`` not a well-formed OB 2.0 Assertion (OB 2.0 §Assertion)."""
    problems = _document_problems(assertion, "Assertion", signed)
    recipient = assertion.get("recipient")
    if not isinstance(recipient, dict):
        problems.append("the assertion names no recipient")
    else:
        if not isinstance(recipient.get("type"), str) or not isinstance(
            recipient.get("identity"), str
        ):
            problems.append("the recipient needs a type and an identity")
        elif recipient.get("hashed") is True and not _HASHED.match(recipient["identity"]):
            problems.append("the recipient's hashed identity is not sha256$... or md5$...")
    badge = assertion.get("badge")
    if not (_is_uri(badge) or isinstance(badge, dict)):
        problems.append("the assertion must name its BadgeClass")
    image = assertion.get("image")
    if isinstance(image, str) and image.startswith("data:"):
        # OB 2.0 §Assertion: an assertion's image is a URL to the baked badge, not inline data.
        problems.append("the assertion's image must be a URL, not inline data")
    return problems


def endorsement_problems(endorsement: dict[str, Any], signed: bool) -> list[str]:
    """What makes ``endorsement`` not a well-formed OB 2.0 Endorsement (OB 2.0 §Endorsement):
    an id, a ``claim`` naming what is endorsed, an ``issuer``, ``issuedOn`` and ``verification``.
    """
    problems = _document_problems(endorsement, "Endorsement", signed)
    claim = endorsement.get("claim")
    if not (isinstance(claim, dict) and _is_uri(claim.get("id"))):
        problems.append("the endorsement's claim must name what it endorses by id")
    if not ids_of(endorsement.get("issuer")):
        problems.append("the endorsement must name its issuer")
    return problems


def claim_problem(endorsement: dict[str, Any], about: str | None) -> str | None:
    """Why the endorsement does not vouch for ``about``, the document that carries it."""
    claim = endorsement.get("claim")
    claimed = claim.get("id") if isinstance(claim, dict) else None
    if about is None or not isinstance(claimed, str) or claimed == about:
        return None
    return f"its claim is about {plain(claimed)}, not {plain(about)}, which carries it"


def _document_problems(document: dict[str, Any], kind: str, signed: bool) -> list[str]:
    """The rules an Assertion and an Endorsement share: context, type, id, dates, verification."""
    problems = []
    name = kind.lower()
    if not has_ob2_context(document):
        problems.append("the @context must be https://w3id.org/openbadges/v2")
    if kind not in _strings(document.get("type")):
        problems.append(f"the type must be {kind}")
    if not _is_uri(document.get("id")):
        problems.append(f"the {name}'s id must be a URL or urn:uuid")
    issued, expires = document.get("issuedOn"), document.get("expires")
    if ob2_datetime(issued) is None:
        problems.append(f"issuedOn {shown(str(issued)[:40])} is not a date-time")
    if expires is not None and ob2_datetime(expires) is None:
        problems.append(f"expires {shown(str(expires)[:40])} is not a date-time")
    start, end = ob2_datetime(issued), ob2_datetime(expires)
    if start is not None and end is not None and end < start:
        problems.append(f"the {name} expires before it was issued")
    verification = document.get("verification")
    method = verification.get("type") if isinstance(verification, dict) else None
    if method not in _VERIFICATION_TYPES:
        problems.append("verification.type must be hosted or signed")
    elif signed and method not in ("signed", "SignedBadge"):
        problems.append(f"a JWS-signed {name} must declare verification.type signed")
    elif not signed and method in ("signed", "SignedBadge"):
        problems.append(f"the {name} declares itself signed, but it is not inside its JWS")
    return problems


def _hostname(url: str) -> str | None:
    try:
        return urlsplit(url).hostname
    except ValueError:
        return None


def in_verification_scope(assertion_id: str, issuer: dict[str, Any]) -> tuple[bool | None, str]:
    """Is a hosted assertion's URL one the issuer vouches for (OB 2.0 §Hosted verification)?

    None when it cannot be said: no policy and an issuer id without a host (urn:uuid:...).
    """
    found = issuer.get("verification")
    policy: dict[str, Any] = found if isinstance(found, dict) else {}
    starts = [s for s in _strings(policy.get("startsWith"))]
    origins = [s for s in _strings(policy.get("allowedOrigins"))]
    host = _hostname(assertion_id)
    if starts:
        ok = any(assertion_id.startswith(prefix) for prefix in starts)
        return ok, "the URL prefixes " + plain(", ".join(starts))
    if origins:
        return host in origins, "the origins " + plain(", ".join(origins))
    issuer_host = _hostname(str(issuer.get("id", "")))
    if issuer_host is None:
        return None, "the issuer's id, which names no host"
    return host is not None and host == issuer_host, f"the issuer's host {plain(issuer_host)}"


def _strings(value: Any) -> list[str]:
    values = value if isinstance(value, list) else [value]
    return [v for v in values if isinstance(v, str)]


def revocation_entry(revocation_list: dict[str, Any], assertion: dict[str, Any]) -> Any | None:
    """The list's entry for this assertion (by ``id``, or legacy ``uid``), or None."""
    wanted: Iterable[str] = [v for v in (assertion.get("id"), assertion.get("uid")) if v]
    entries = revocation_list.get("revokedAssertions")
    for entry in entries if isinstance(entries, list) else []:
        key = entry if isinstance(entry, str) else None
        if isinstance(entry, dict):
            key = entry.get("id") or entry.get("uid")
        if key is not None and key in wanted:
            return entry
    return None


# --- the checks an Assertion and an Endorsement share ---------------------------------------------
def validity_check(document: dict[str, Any], now: datetime) -> Check:
    """``issuedOn`` not in the future, ``expires`` not past (A9)."""
    issued = ob2_datetime(document.get("issuedOn"))
    expires = ob2_datetime(document.get("expires"))
    if issued is not None and now + CLOCK_SKEW < issued:
        message = f"issued in the future ({plain(str(document['issuedOn']))})"
        return Check("validity", Status.FAIL, message, "not-yet-valid")
    if expires is not None and now > expires:
        message = f"expired on {plain(str(document['expires']))}"
        return Check("validity", Status.FAIL, message, "expired")
    if expires is not None:
        return Check("validity", Status.PASS, f"valid until {plain(str(document['expires']))}")
    return Check("validity", Status.PASS, "valid now; it does not expire")


def status_check(
    document: dict[str, Any],
    issuer: dict[str, Any] | None,
    lookup: Callable[[Any], dict[str, Any] | None],
    hosted: bool,
) -> Check:
    """Revoked in the document itself (hosted) or in the issuer's ``revocationList``, which
    ``lookup`` finds (only the published copy, for a signed document)."""
    if document.get("revoked") is True:
        reason = document.get("revocationReason")
        message = "revoked" + (f": {_reason(reason)}" if reason else "")
        return Check("status", Status.FAIL, message, "revoked")
    if issuer is None:
        message = "revocation could not be checked: the issuer's profile is not at hand offline"
        return Check("status", Status.WARN, message)
    list_ids = ids_of(issuer.get("revocationList"))
    if not list_ids:
        if hosted:
            message = "revocation shows only in the issuer's hosted copy (needs the network)"
            return Check("status", Status.WARN, message)
        return Check("status", Status.SKIP, "the issuer publishes no revocation list")
    revocations = lookup(list_ids[0])
    if revocations is None:
        message = f"the revocation list {plain(list_ids[0])} could not be checked offline"
        return Check("status", Status.WARN, message)
    entry = revocation_entry(revocations, document)
    if entry is not None:
        reason = entry.get("revocationReason") if isinstance(entry, dict) else None
        message = "revoked by the issuer" + (f": {_reason(reason)}" if reason else "")
        return Check("status", Status.FAIL, message, "revoked")
    message = f"not in the issuer's revocation list {plain(list_ids[0])}"
    return Check("status", Status.PASS, message)


def _reason(reason: Any) -> str:
    """A revocation reason as the issuer wrote it (text), or named (anything else)."""
    return plain(reason) if isinstance(reason, str) else shown(reason)


def scope_check(
    document: dict[str, Any],
    issuer_id: str | None,
    issuer: dict[str, Any] | None,
    outcome: str | None,
) -> Check:
    """A hosted document's URL against its issuer's verification scope (OB 2.0 §Hosted)."""
    where = document.get("id")
    if issuer is None or not isinstance(where, str):
        who = plain(issuer_id) if issuer_id else "the issuer"
        return Check("issuer", Status.WARN, f"the profile of {who} is not at hand offline", outcome)
    ok, scope = in_verification_scope(where, issuer)
    if ok is None:
        return Check("issuer", Status.WARN, f"the URL cannot be matched to {scope}", outcome)
    if not ok:
        return Check("issuer", Status.FAIL, f"the URL {plain(where)} is outside {scope}")
    message = f"the URL is within {scope}; the issuer's copy still needs the network"
    return Check("issuer", Status.WARN, message, outcome)
