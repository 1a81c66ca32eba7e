"""Badges baked into SVG images: find and write the ``openbadges`` element.

OB 3.0 §5.3.2: ``xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0"`` on the root and an
``<openbadges:credential>`` element right after ``<svg>``: a JWT in its ``verify`` attribute, or
JSON in a CDATA section. OB 2.0: namespace ``http://openbadges.org``, ``<openbadges:assertion>``
with a JWS or URL in ``verify`` and, for hosted badges, the JSON in CDATA.

Parsing goes through ``defusedxml`` with entities and external references refused (STANDARDS §7
A8: no entity expansion, no XXE); only the first badge element counts. Baking edits the text of
the file (it does not re-serialise the drawing) and refuses an image that already has a badge.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from xml.etree.ElementTree import Element, ParseError

import defusedxml
import defusedxml.ElementTree as SafeTree

from wallet.errors import InputError, InputTooLarge
from wallet.formats.jsontext import MAX_JSON_BYTES

__all__ = [
    "MAX_SVG_BYTES",
    "OB2_NAMESPACE",
    "OB3_NAMESPACE",
    "SvgBadge",
    "bake_svg",
    "find_svg_badge",
    "looks_like_svg",
]

MAX_SVG_BYTES = 10 * 1024 * 1024
OB3_NAMESPACE = "https://purl.imsglobal.org/ob/v3p0"
OB2_NAMESPACE = "http://openbadges.org"
_SVG_NAMESPACE = "http://www.w3.org/2000/svg"
_BADGE_TAGS = {
    f"{{{OB3_NAMESPACE}}}credential": "openbadges:credential",
    f"{{{OB2_NAMESPACE}}}assertion": "openbadges:assertion",
}
_ROOT_START = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?svg[\s/>]")


@dataclass(frozen=True)
class SvgBadge:
    """What the badge element holds: ``text`` from ``verify`` (a JWT/JWS or URL) or its body."""

    element: str  # "openbadges:credential" or "openbadges:assertion"
    source: str  # "verify" (the attribute) or "body" (CDATA)
    text: str


def looks_like_svg(data: bytes) -> bool:
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"<") and _ROOT_START.search(data[:65536]) is not None


def _parse(data: bytes) -> Element:
    if len(data) > MAX_SVG_BYTES:
        raise InputTooLarge(
            f"an SVG of {len(data):,} bytes is over the {MAX_SVG_BYTES:,}-byte limit"
        )
    try:
        root: Element = SafeTree.fromstring(
            data, forbid_dtd=False, forbid_entities=True, forbid_external=True
        )
    except defusedxml.DefusedXmlException:
        raise InputError(
            "the SVG declares XML entities or external references, which are refused"
        ) from None
    except ParseError as exc:
        raise InputError(f"the SVG is not well-formed XML ({exc})") from None
    except LookupError:  # found by fuzzing: encoding="ttf-8" in the XML declaration
        raise InputError("the SVG declares a text encoding that does not exist") from None
    except (ValueError, RecursionError):
        raise InputError("the SVG is not well-formed XML") from None
    if root.tag not in (f"{{{_SVG_NAMESPACE}}}svg", "svg"):
        raise InputError("the XML is not an SVG image")
    return root


def find_svg_badge(data: bytes) -> SvgBadge | None:
    """The credential baked in the SVG ``data``, or None when it carries none.

    Raises :class:`InputError` for XML that is malformed, uses entities, or is not SVG.
    """
    root = _parse(data)
    element = next((e for e in root.iter() if e.tag in _BADGE_TAGS), None)
    if element is None:
        return None
    name = _BADGE_TAGS[str(element.tag)]
    verify = (element.get("verify") or "").strip()
    body = (element.text or "").strip()
    if len(verify) > MAX_JSON_BYTES or len(body) > MAX_JSON_BYTES:
        raise InputTooLarge(f"the SVG's <{name}> is over the {MAX_JSON_BYTES:,}-byte limit")
    # A signed badge's JWS is in verify; a hosted OB 2.0 badge has its JSON in the body and
    # its URL in verify, so the body wins when there is one (OB 2.0 §Baking).
    if verify and (not body or verify.startswith("eyJ")):
        return SvgBadge(name, "verify", verify)
    if body:
        return SvgBadge(name, "body", body)
    raise InputError(f"the SVG holds an empty <{name}> element")


def _root_start_end(text: bytes) -> tuple[int, bool]:
    """Offset just past the root start tag's ``>``, and whether it was self-closing."""
    match = _ROOT_START.search(text)
    if match is None:
        raise InputError("the XML is not an SVG image")
    quote: int | None = None
    for index in range(match.end() - 1, len(text)):
        char = text[index]
        if quote is not None:
            if char == quote:
                quote = None
        elif char in b"\"'":
            quote = char
        elif char == ord(">"):
            return index + 1, text[index - 1] == ord("/")
    raise InputError("the SVG is truncated inside its <svg> tag")


def bake_svg(data: bytes, text: str, *, ob2: bool = False) -> bytes:
    """``data`` with ``text`` (JSON or a compact JWS/JWT) baked in, by OB 3.0 rules.

    With ``ob2`` the OB 2.0 element and namespace are used instead. Raises :class:`InputError`
    when the SVG already carries a badge or when the text cannot be placed safely.
    """
    if find_svg_badge(data) is not None:
        raise InputError("the SVG already holds a baked credential; start from the plain image")
    namespace = OB2_NAMESPACE if ob2 else OB3_NAMESPACE
    element = "openbadges:assertion" if ob2 else "openbadges:credential"
    stripped = text.strip()
    if "]]>" in stripped or ('"' in stripped and stripped.startswith("eyJ")):
        raise InputError("the credential text cannot be placed in an SVG safely")
    if stripped.startswith("{"):
        badge = f"<{element}><![CDATA[{stripped}]]></{element}>"
    else:
        badge = f'<{element} verify="{_attribute(stripped)}"></{element}>'
    end, self_closing = _root_start_end(data)
    start_tag = data[:end]
    if b"xmlns:openbadges=" in start_tag:
        raise InputError("the SVG already declares an openbadges namespace")
    declaration = f' xmlns:openbadges="{namespace}"'.encode()
    cut = end - (2 if self_closing else 1)
    opening = start_tag[:cut] + declaration + (b">" if self_closing else start_tag[cut:])
    closing = b"</svg>" if self_closing else b""
    result = opening + b"\n" + badge.encode("utf-8") + b"\n" + closing + data[end:]
    if find_svg_badge(result) is None:
        raise InputError("the credential could not be baked into this SVG")
    return result


def _attribute(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")
