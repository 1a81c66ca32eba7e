"""What the vault remembers about a credential besides its bytes: the summary a list row shows,
the key that recognises the same credential imported twice, and its embedded badge images.

Everything here reads the credential's signed view (:mod:`wallet.verify.view`), so what a list
row shows, what search finds and which picture appears are what the issuer signed (issue 9).

Field names follow OB 3.0 §B.1 (Achievement: ``achievementType``, ``description``, ``tag``,
``alignment``) and CLR 2.0 §B.1; VCDM 1.1 credentials use ``issuanceDate`` (VCDM 1.1 §4.6).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from typing import Any

import rfc8785

from wallet.verify import Report
from wallet.verify.ob2_rules import ids_of
from wallet.verify.openbadges import credential_kind
from wallet.verify.structure import as_list, data_model, party_id
from wallet.verify.view import SignedView

__all__ = [
    "KIND_LABELS",
    "dedupe_material",
    "embedded_images",
    "identity_material",
    "image_urls",
    "summarize",
]

KIND_LABELS = {
    "clr": "CLR 2.0",
    "openbadge": "Open Badges 3.0",
    "endorsement": "OB 3.0 endorsement",
}
MAX_IMAGE_BYTES = 5 * 1024 * 1024


def _text(value: Any) -> str:
    if isinstance(value, list):  # several values (languages): the first that reads
        return next((t for t in (_text(v) for v in value) if t), "")
    if isinstance(value, str):
        return value
    if isinstance(value, dict):  # a legacy document's language map or value object
        for key in ("@value", "en", "name"):
            if isinstance(value.get(key), str):
                return str(value[key])
    return ""


def _achievement(document: dict[str, Any]) -> dict[str, Any]:
    for subject in as_list(document.get("credentialSubject")):
        if isinstance(subject, dict) and isinstance(subject.get("achievement"), dict):
            achievement: dict[str, Any] = subject["achievement"]
            return achievement
    return {}


def _kind_label(document: dict[str, Any]) -> str:
    kind = credential_kind(document)
    return KIND_LABELS.get(kind) or f"VC {data_model(document)}"


def summarize(view: SignedView, report: Report) -> dict[str, Any]:
    """The summary fields of :class:`CredentialSummary` that come from the credential."""
    urls = image_urls(view)
    return {**_summarize(view, report), "image_url": urls[0] if urls else None}


def _summarize(view: SignedView, report: Report) -> dict[str, Any]:
    document = view.data
    if not document:
        return {
            "name": "Credential",
            "issuer_name": "",
            "issuer_id": "",
            "issued": None,
            "kind": "VC-JWT" if isinstance(report.source, str) else "Credential",
            "achievement_type": None,
            "description": "",
            "skills": [],
            "skill_pairs": [],
        }
    if isinstance(document.get("badge"), dict) and "recipient" in document:
        return _legacy_summary(document)
    achievement = _achievement(document)
    issuer = document.get("issuer")
    issuer_id = party_id(issuer) or ""
    issuer_name = _text(issuer.get("name")) if isinstance(issuer, dict) else ""
    skills = [_text(t) for t in as_list(achievement.get("tag"))]
    pairs = {("", s) for s in skills if s}
    for alignment in as_list(achievement.get("alignment")):
        if isinstance(alignment, dict) and _text(alignment.get("targetName")):
            skills.append(_text(alignment.get("targetName")))
            pairs.add((_text(alignment.get("targetFramework")), _text(alignment["targetName"])))
    issued = document.get("validFrom") or document.get("issuanceDate")
    return {
        "name": _text(document.get("name")) or _text(achievement.get("name")) or "Credential",
        "issuer_name": issuer_name or issuer_id,
        "issuer_id": issuer_id,
        "issued": issued if isinstance(issued, str) else None,
        "kind": _kind_label(document),
        "achievement_type": _text(achievement.get("achievementType")) or None,
        "description": _text(achievement.get("description")) or _text(document.get("description")),
        "skills": sorted({s for s in skills if s}),
        "skill_pairs": sorted([framework, skill] for framework, skill in pairs),
    }


def _legacy_summary(document: dict[str, Any]) -> dict[str, Any]:
    """An Open Badges 2.0 assertion: its BadgeClass names the badge (OB 2.0 §BadgeClass), the
    class's Profile the issuer; both are in the view once embedded, or fetched by a
    verification with the network."""
    badge: dict[str, Any] = document["badge"]
    issuer = badge.get("issuer")
    issuer_id = party_id(issuer) or ""
    issuer_name = _text(issuer.get("name")) if isinstance(issuer, dict) else ""
    skills = sorted({_text(t) for t in as_list(badge.get("tags")) if _text(t)})
    issued = document.get("issuedOn")
    return {
        "name": _text(badge.get("name")) or "Open Badge",
        "issuer_name": issuer_name or issuer_id,
        "issuer_id": issuer_id,
        "issued": issued if isinstance(issued, str) else None,
        "kind": "Open Badges 2.0",
        "achievement_type": None,
        "description": _text(badge.get("description")),
        "skills": skills,
        "skill_pairs": [["", s] for s in skills],
    }


def dedupe_material(report: Report, original: bytes) -> bytes:
    """Bytes that are equal for the same credential imported twice.

    The credential's exact JSON (RFC 8785, so spacing and member order do not count), or a JWT's
    signature. A copy whose JSON differs, even where its statements do not (a forged alias of
    a genuine credential, issue 9), is another credential: it never pre-empts the genuine one;
    :func:`identity_material` lets the import say that the two differ.
    """
    source = report.source
    if isinstance(source, str):
        return b"jwt\0" + source.rsplit(".", 1)[-1].encode()
    if isinstance(source, dict):
        try:
            return b"doc\0" + rfc8785.dumps(source)
        except (TypeError, ValueError, rfc8785.CanonicalizationError):
            pass
    return b"raw\0" + hashlib.sha256(original).digest()


def identity_material(view: SignedView) -> bytes | None:
    """The signed id and issuer, which two copies of one credential share; None without an id."""
    ident, issuer = view.get("id"), party_id(view.get("issuer"))
    if not isinstance(ident, str) or issuer is None:
        return None
    return b"id\0" + rfc8785.dumps([ident, issuer])


def embedded_images(view: SignedView) -> list[bytes]:
    """Badge images carried as ``data:`` URLs (OB 3.0 ``image`` is an Image object or an IRI)."""
    document = view.data
    if not document:
        return []
    found: list[bytes] = []
    for holder in (document, _achievement(document)):
        image = holder.get("image")
        url = image.get("id") if isinstance(image, dict) else image
        if isinstance(url, str) and url.startswith("data:") and ";base64," in url[:100]:
            try:
                data = base64.b64decode(url.split(",", 1)[1], validate=True)
            except (binascii.Error, ValueError):
                continue
            if 0 < len(data) <= MAX_IMAGE_BYTES:
                found.append(data)
    return found


def _image_of(node: Any) -> list[str]:
    if not isinstance(node, dict):
        return []
    return [u for u in ids_of(node.get("image")) if u.startswith("https://")]


def image_urls(view: SignedView) -> list[str]:
    """The https pictures a credential's view names, most specific first: the achievement's
    (OB 3.0), the badge class's (OB 2.0, once fetched by its verification), the credential's."""
    data = view.data
    found: list[str] = []
    for subject in as_list(data.get("credentialSubject")):
        if isinstance(subject, dict):
            for achievement in as_list(subject.get("achievement")):
                found += _image_of(achievement)
    found += _image_of(data.get("badge"))
    found += _image_of(data)
    return list(dict.fromkeys(found))
