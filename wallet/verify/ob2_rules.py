"""Open Badges 2.0 rules used by :mod:`wallet.verify.openbadges2`: where linked documents come
from, the assertion's required fields, the hosted verification scope and the revocation list.

OB 2.0 links an Assertion to a BadgeClass, an issuer Profile and a CryptographicKey by URL.
Offline, a linked document is known only when it is embedded in the assertion or supplied by the
caller through :class:`Ob2Resources` (a cache, a test fixture); it is never fetched here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol
from urllib.parse import urlsplit

from wallet.formats.classify import has_ob2_context
from wallet.verify.dates import parse_datetime

__all__ = [
    "LinkedDocuments",
    "NoOb2Resources",
    "Ob2Documents",
    "Ob2Resources",
    "assertion_problems",
    "ids_of",
    "in_verification_scope",
    "revocation_entry",
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


def _is_uri(value: Any) -> bool:
    return isinstance(value, str) and re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$", value) is not None


def assertion_problems(assertion: dict[str, Any], signed: bool) -> list[str]:
    """What makes ``assertion`` not a well-formed OB 2.0 Assertion (OB 2.0 §Assertion)."""
    problems = []
    if not has_ob2_context(assertion):
        problems.append("the @context must be https://w3id.org/openbadges/v2")
    if "Assertion" not in _strings(assertion.get("type")):
        problems.append("the type must be Assertion")
    if not _is_uri(assertion.get("id")):
        problems.append("the assertion's id must be a URL or urn:uuid")
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
    issued, expires = assertion.get("issuedOn"), assertion.get("expires")
    if parse_datetime(issued) is None:
        problems.append(f"issuedOn {str(issued)[:40]!r} is not a date-time")
    if expires is not None and parse_datetime(expires) is None:
        problems.append(f"expires {str(expires)[:40]!r} is not a date-time")
    start, end = parse_datetime(issued), parse_datetime(expires)
    if start is not None and end is not None and end < start:
        problems.append("the assertion expires before it was issued")
    verification = assertion.get("verification")
    kind = verification.get("type") if isinstance(verification, dict) else None
    if kind not in _VERIFICATION_TYPES:
        problems.append("verification.type must be hosted or signed")
    elif signed and kind not in ("signed", "SignedBadge"):
        problems.append("a JWS-signed assertion must declare verification.type signed")
    elif not signed and kind in ("signed", "SignedBadge"):
        problems.append("the assertion declares itself signed, but it is not inside its JWS")
    image = assertion.get("image")
    if isinstance(image, str) and image.startswith("data:"):
        # OB 2.0 §Assertion: an assertion's image is a URL to the baked badge, not inline data.
        problems.append("the assertion's image must be a URL, not inline data")
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
        return ok, "the URL prefixes " + ", ".join(starts)
    if origins:
        return host in origins, "the origins " + ", ".join(origins)
    issuer_host = _hostname(str(issuer.get("id", "")))
    if issuer_host is None:
        return None, "the issuer's id, which names no host"
    return host is not None and host == issuer_host, f"the issuer's host {issuer_host}"


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
