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

from wallet.vault.alignments import skills_of
from wallet.verify import Report
from wallet.verify.about import UNNAMED, host_of, title_of
from wallet.verify.ob2_rules import ids_of
from wallet.verify.openbadges import credential_kind
from wallet.verify.parts import parts_to_json, tally_parts
from wallet.verify.recipient import recipient_of
from wallet.verify.structure import as_list, data_model, party_id
from wallet.verify.view import SignedView

__all__ = [
    "KIND_LABELS",
    "UNNAMED",
    "baked_image",
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
_NAME_KEPT = 2_000  # a summary keeps this much of a name (shown: 200, ui.common.display)
_PNG = b"\x89PNG\r\n\x1a\n"


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


def _legacy_kind(document: dict[str, Any]) -> str:
    context = " ".join(c for c in as_list(document.get("@context")) if isinstance(c, str))
    return "Open Badges 1.x" if "openbadges/v1" in context else "Open Badges 2.0"


def _nested_names(report: Report) -> list[str]:
    """Names and issuers of the credentials inside (a CLR's courses, endorsers), for search."""
    names = []
    for inner in report.credentials:
        about: dict[str, Any] = inner.about or {}
        found = about.get("issuer")
        issuer: dict[str, Any] = found if isinstance(found, dict) else {}
        for value in (about.get("name"), issuer.get("name")):
            if isinstance(value, str) and value.strip():
                names.append(value[:200])
    return sorted(set(names))


def summarize(view: SignedView, report: Report) -> dict[str, Any]:
    """The summary fields of :class:`CredentialSummary` that come from the credential.

    The name is :func:`wallet.verify.about.title_of`, the one the page and the command line
    use (never empty: :data:`UNNAMED` at worst); an Open Badges 2.0 badge's issuer and kind
    come from its BadgeClass when the assertion embeds it (or when a verification with the
    network fetched it: :mod:`wallet.verify.openbadges2_online`). ``image_url`` is the first of
    :func:`image_urls`, for the copy the vault keeps (``WalletService.fetched_image``)."""
    document = view.data
    if not document:
        return {
            "name": UNNAMED,
            "issuer_name": "",
            "issuer_id": "",
            "issued": None,
            "kind": "VC-JWT" if isinstance(report.source, str) else "Credential",
            "achievement_type": None,
            "description": "",
            "skills": [],
            "skill_pairs": [],
            "alignments": [],
            "recipient": "",
            "recipient_hashed": False,
            "parts": parts_to_json(tally_parts(report)),
            "related": [],
            "image_url": None,
        }
    about: dict[str, Any] = report.about or {}
    stated = about.get("issuer")
    about_issuer: dict[str, Any] = stated if isinstance(stated, dict) else {}
    legacy = "badge" in document and "credentialSubject" not in document
    badge_value = document.get("badge")
    badge: dict[str, Any] = badge_value if isinstance(badge_value, dict) else {}
    achievement = badge if legacy else _achievement(document)
    issuer = badge.get("issuer") if legacy else document.get("issuer")
    issuer_id = party_id(issuer) or _text(about_issuer.get("id")) or ""
    issuer_name = _text(issuer.get("name")) if isinstance(issuer, dict) else ""
    issuer_name = issuer_name or _text(about_issuer.get("name")) or (host_of(issuer_id) or "")
    skills = skills_of(report)
    issued = (document.get("issuedOn") if legacy else document.get("validFrom")) or document.get(
        "issuanceDate"
    )
    recipient = recipient_of(document)
    return {
        "name": title_of(document)[:_NAME_KEPT],
        "issuer_name": issuer_name or issuer_id,
        "issuer_id": issuer_id,
        "issued": issued if isinstance(issued, str) else None,
        "kind": _legacy_kind(document) if legacy else _kind_label(document),
        "achievement_type": _text(achievement.get("achievementType")) or None,
        "description": _text(achievement.get("description")) or _text(document.get("description")),
        "skills": sorted({s.name for s in skills}),
        "skill_pairs": sorted([s.framework, s.name] for s in skills),
        "alignments": [[s.framework, s.name, s.url] for s in skills],
        "recipient": recipient.shown,
        "recipient_hashed": recipient.hashed,
        "parts": parts_to_json(tally_parts(report)),
        "related": _nested_names(report),
        "image_url": next(iter(image_urls(view)), None),
    }


def baked_image(original: bytes) -> bytes | None:
    """The file itself when a credential came baked into a PNG or an SVG (OB 2.0 / 3.0 baking):
    the file is the badge."""
    if len(original) > MAX_IMAGE_BYTES:
        return None
    if original.startswith(_PNG):
        return original
    head = original[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"<") and b"<svg" in head:
        return original
    return None


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
    badge = document.get("badge")
    for holder in (document, _achievement(document), badge if isinstance(badge, dict) else {}):
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
