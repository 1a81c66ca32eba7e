"""Does this credential name me? The recipient check the app uses (OB 2.0 IdentityObject,
OB 3.0 ``credentialSubject.identifier[]`` and ``credentialSubject.id``).

Hashed identities are ``sha256$<hex>`` or ``md5$<hex>`` of the identity followed by the salt
(OB 2.0 §IdentityObject, OB 3.0 §IdentityObject); hex is compared case-insensitively and in
constant time. Emails are compared case-insensitively, telephone numbers without spacing.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

__all__ = [
    "Recipient",
    "identity_matches",
    "matching_identity",
    "names_recipient",
    "recipient_of",
]

_HASHERS = {"sha256": hashlib.sha256, "md5": hashlib.md5}
_OB3_TYPES = {"emailAddress": "email", "url": "url", "phone": "telephone", "sourcedId": "id"}


def _normalise(kind: str, value: str) -> list[str]:
    """The spellings of ``value`` that count as the same identity of this ``kind``."""
    value = value.strip()
    if kind in ("email", "emailAddress"):
        return list(dict.fromkeys([value, value.lower()]))
    if kind in ("telephone", "phone"):
        return [re.sub(r"[\s().-]", "", value)]
    return [value]


def identity_matches(
    kind: str, identity: str, hashed: bool, salt: str | None, candidate: str
) -> bool:
    """True when ``candidate`` is the identity an IdentityObject names."""
    spellings = _normalise(kind, candidate)
    if not hashed:
        expected = _normalise(kind, identity)
        return any(hmac.compare_digest(s, e) for s in spellings for e in expected)
    algorithm, _, digest = identity.partition("$")
    hasher = _HASHERS.get(algorithm.lower())
    if hasher is None or not digest:
        return False
    digest = digest.lower()
    for spelling in spellings:
        computed = hasher((spelling + (salt or "")).encode("utf-8")).hexdigest()
        if hmac.compare_digest(computed, digest):
            return True
    return False


def _ob2(recipient: Any, candidate: str) -> bool:
    if not isinstance(recipient, dict):
        return False
    identity, kind = recipient.get("identity"), recipient.get("type")
    if not isinstance(identity, str) or not isinstance(kind, str):
        return False
    salt = recipient.get("salt")
    return identity_matches(
        kind,
        identity,
        recipient.get("hashed") is True,
        salt if isinstance(salt, str) else None,
        candidate,
    )


def _ob3_subject(subject: Any, candidate: str) -> bool:
    if not isinstance(subject, dict):
        return False
    if isinstance(subject.get("id"), str) and subject["id"] == candidate.strip():
        return True
    identifiers = subject.get("identifier")
    for item in identifiers if isinstance(identifiers, list) else [identifiers]:
        if not isinstance(item, dict):
            continue
        identity, kind = item.get("identityHash"), item.get("identityType")
        if not isinstance(identity, str) or not isinstance(kind, str):
            continue
        salt = item.get("salt")
        if identity_matches(
            _OB3_TYPES.get(kind, kind),
            identity,
            item.get("hashed") is True,
            salt if isinstance(salt, str) else None,
            candidate,
        ):
            return True
    return False


def names_recipient(document: Any, identities: str | Iterable[str]) -> bool:
    """True when ``document`` (an OB 2.0 assertion or a VC/OB 3.0 credential object) names one
    of ``identities`` (emails, URLs, telephone numbers, DIDs) as its recipient."""
    candidates = [identities] if isinstance(identities, str) else list(identities)
    if not isinstance(document, dict):
        return False
    if "recipient" in document:
        return any(_ob2(document["recipient"], c) for c in candidates)
    subjects = document.get("credentialSubject")
    subjects = subjects if isinstance(subjects, list) else [subjects]
    return any(_ob3_subject(s, c) for s in subjects for c in candidates)


@dataclass(frozen=True)
class Recipient:
    """Whom a credential names, for people: ``name`` (OB 3.0 ``credentialSubject.name``), or the
    identity it states in the clear (an OB 2.0 ``recipient`` or OB 3.0 ``identifier`` email,
    URL, telephone), or, when that identity is hashed, only that it is (``hashed``, with its
    ``kind``, such as "email"). Empty when the credential names nobody a person can read."""

    name: str = ""
    identity: str = ""
    kind: str = ""
    hashed: bool = False

    @property
    def shown(self) -> str:
        """The name, else the identity; "" for a hashed or absent recipient."""
        return self.name or self.identity


_KINDS = {"emailAddress": "email", "email": "email", "url": "url", "telephone": "telephone"}


def _identity_object(identity: Any, kind: Any, hashed: Any) -> Recipient | None:
    if not isinstance(identity, str) or not identity.strip():
        return None
    kind_name = _KINDS.get(kind, kind) if isinstance(kind, str) else ""
    if hashed is True:
        return Recipient(kind=kind_name, hashed=True)
    return Recipient(identity=identity.strip(), kind=kind_name)


def recipient_of(document: Any) -> Recipient:
    """Whom ``document`` (a signed view's data: OB 2.0 assertion, OB 3.0 / VC credential) is
    issued to (OB 2.0 §IdentityObject; OB 3.0 §B.1.2 AchievementSubject ``name`` and
    ``identifier``). Never raises."""
    if not isinstance(document, dict):
        return Recipient()
    recipient = document.get("recipient")
    if isinstance(recipient, dict):
        found = _identity_object(
            recipient.get("identity"), recipient.get("type"), recipient.get("hashed")
        )
        return found or Recipient()
    subjects = document.get("credentialSubject")
    for subject in subjects if isinstance(subjects, list) else [subjects]:
        if not isinstance(subject, dict):
            continue
        name = subject.get("name")
        names = name if isinstance(name, list) else [name]
        readable = next((n.strip() for n in names if isinstance(n, str) and n.strip()), "")
        identifiers = subject.get("identifier")
        found = None
        for item in identifiers if isinstance(identifiers, list) else [identifiers]:
            if isinstance(item, dict):
                found = _identity_object(
                    item.get("identityHash"), item.get("identityType"), item.get("hashed")
                )
                if found is not None:
                    break
        if readable:
            return Recipient(readable, found.identity if found else "", found.kind if found else "")
        if found is not None:
            return found
    return Recipient()


def matching_identity(document: Any, identities: Iterable[str]) -> str | None:
    """The first of ``identities`` (the learner's own email addresses...) that ``document``
    names as its recipient, hashed or not; None when none does."""
    return next((i for i in identities if i.strip() and names_recipient(document, i)), None)
