"""Badges baked into SVG images: find and write the ``openbadges`` element.

OB 3.0 §5.3.2: ``xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0"`` on the root and an
``<openbadges:credential>`` element right after ``<svg>``: a JWT in its ``verify`` attribute, or
JSON in a CDATA section. OB 2.0: namespace ``http://openbadges.org``, ``<openbadges:assertion>``
with a JWS or URL in ``verify`` and, for hosted badges, the JSON in CDATA.

Parsing goes through ``defusedxml`` with entities and external references refused (STANDARDS §7
A8: no entity expansion, no XXE); only the first badge element counts. Baking edits the text of
the file (it does not re-serialise the drawing): the byte offsets of the root and of every badge
element come from the same defusedxml parse, so re-baking replaces the old badge element(s) of
either version with the new one, as PNG baking replaces its chunk, and leaves the rest untouched.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Any
from xml.etree.ElementTree import Element, ParseError, TreeBuilder

import defusedxml
from defusedxml.ElementTree import DefusedXMLParser

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
# One attribute of a well-formed start tag: its name and its quoted value.
_ATTRIBUTE = re.compile(rb"\s*([^\s=/>]+)\s*=\s*(\"[^\"]*\"|'[^']*')")


@dataclass(frozen=True)
class SvgBadge:
    """What the badge element holds: ``text`` from ``verify`` (a JWT/JWS or URL) or its body."""

    element: str  # "openbadges:credential" or "openbadges:assertion"
    source: str  # "verify" (the attribute) or "body" (CDATA)
    text: str


def looks_like_svg(data: bytes) -> bool:
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"<") and _ROOT_START.search(data[:65536]) is not None


def _parse(data: bytes, target: Any = None) -> Element:
    """The root element, parsed without entities or external references (A8).

    ``target`` is the tree builder (a :class:`_Layout` when the byte offsets are wanted).
    """
    if len(data) > MAX_SVG_BYTES:
        raise InputTooLarge(
            f"an SVG of {len(data):,} bytes is over the {MAX_SVG_BYTES:,}-byte limit"
        )
    target = target if target is not None else TreeBuilder()
    parser = DefusedXMLParser(
        target=target, forbid_dtd=False, forbid_entities=True, forbid_external=True
    )
    # Issue 9: a DOCTYPE with an internal subset can give an element an attribute by default
    # (<!ATTLIST openbadges:assertion verify CDATA "eyJ…">): a badge no one can see in the
    # markup. A plain DOCTYPE line (as drawing programs write) carries nothing and is read.
    parser.parser.StartDoctypeDeclHandler = _refuse_internal_subset
    if isinstance(target, _Layout):
        target.expat = parser.parser
    try:
        parser.feed(data)
        root: Element = parser.close()
    except _InternalSubset:
        raise InputError(
            "the SVG declares its own document type (a DTD with declarations), which could "
            "hide a badge: refused"
        ) from None
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


class _InternalSubset(ValueError):
    pass


def _refuse_internal_subset(
    name: str, sysid: str | None, pubid: str | None, has_internal_subset: bool
) -> None:
    if has_internal_subset:
        raise _InternalSubset(name)


def find_svg_badge(data: bytes) -> SvgBadge | None:
    """The credential baked in the SVG ``data``, or None when it carries none.

    Raises :class:`InputError` for XML that is malformed, uses entities or a DTD with
    declarations, is not SVG, or carries two badges (issue 9: which one is meant cannot be told).
    """
    root = _parse(data)
    elements = [e for e in root.iter() if e.tag in _BADGE_TAGS]
    if len(elements) > 1:
        names = sorted({_BADGE_TAGS[str(e.tag)] for e in elements})
        raise InputError(
            f"the SVG carries {len(elements)} badges ({' and '.join(names)}), so which one it "
            "shows cannot be told: refused as ambiguous"
        )
    return _badge_in(root)


def _badge_in(root: Element) -> SvgBadge | None:
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


# --- baking --------------------------------------------------------------------------------------
def _tag_end(data: bytes, start: int) -> tuple[int, bool]:
    """Offset just past the ``>`` of the start tag at ``start``, and whether it was ``/>``."""
    quote: int | None = None
    for index in range(start + 1, len(data)):
        char = data[index]
        if quote is not None:
            if char == quote:
                quote = None
        elif char in b"\"'":
            quote = char
        elif char == ord(">"):
            return index + 1, data[index - 1] == ord("/")
    raise InputError("the SVG is truncated inside a start tag")


class _Layout(TreeBuilder):
    """A tree builder that also notes where things are, as the parser reports them.

    ``expat`` is the parser whose ``CurrentByteIndex`` is the offset, in the input bytes, of the
    start tag (or end tag) being reported. Offsets are only final after :meth:`resolve`.
    """

    def __init__(self) -> None:
        super().__init__()
        self.expat: Any = None
        self.root_start = -1
        self.root_prefixes: dict[str, str] = {}  # namespace declarations on <svg>
        self._pending: dict[str, str] = {}
        self._open: list[tuple[str, int]] = []
        self._badges: list[tuple[int, int, bool]] = []  # start, end-tag offset, child of root
        self._uses: list[tuple[str, int]] = []  # (namespace, offset) of every name

    def start_ns(self, prefix: str, uri: str) -> None:
        self._pending[prefix] = uri

    def start(self, tag: str, attrs: dict[str, str]) -> Element:
        offset = int(self.expat.CurrentByteIndex)
        if not self._open:
            self.root_start, self.root_prefixes = offset, dict(self._pending)
        self._pending.clear()
        self._open.append((tag, offset))
        for name in (tag, *attrs):
            if name.startswith("{"):
                self._uses.append((name[1 : name.index("}")], offset))
        return super().start(tag, attrs)

    def end(self, tag: str) -> Element:
        _, offset = self._open.pop()
        if tag in _BADGE_TAGS:
            self._badges.append((offset, int(self.expat.CurrentByteIndex), len(self._open) == 1))
        return super().end(tag)

    def resolve(self, data: bytes) -> tuple[list[tuple[int, int, bool]], set[str]]:
        """The outermost badge elements' byte spans (start, end, child of root), in document
        order, and the namespaces that names outside them use."""
        spans: list[tuple[int, int, bool]] = []
        for start, end_tag, child in sorted(self._badges):
            if spans and start < spans[-1][1]:
                continue  # inside a badge element that goes anyway
            stop, empty = _tag_end(data, start)
            if not empty:
                # expat reports an end tag at its "</"; an empty element's end is its start tag's.
                if data[end_tag : end_tag + 2] != b"</":
                    raise InputError("the SVG's badge element could not be located")
                stop = data.index(b">", end_tag) + 1
            spans.append((start, stop, child))
        starts = [start for start, _, _ in spans]
        uses = set()
        for namespace, at in self._uses:
            index = bisect_right(starts, at) - 1  # the spans are disjoint and in order
            if index < 0 or at >= spans[index][1]:
                uses.add(namespace)
        return spans, uses


def _badge_element(text: str, ob2: bool) -> bytes:
    element = "openbadges:assertion" if ob2 else "openbadges:credential"
    if "]]>" in text or ('"' in text and text.startswith("eyJ")):
        raise InputError("the credential text cannot be placed in an SVG safely")
    if text.startswith("{"):
        return f"<{element}><![CDATA[{text}]]></{element}>".encode()
    return f'<{element} verify="{_attribute(text)}"></{element}>'.encode()


def _declare(start_tag: bytes, namespace: str, layout: _Layout, uses: set[str]) -> bytes:
    """The root start tag with ``xmlns:openbadges`` bound to ``namespace``.

    An existing binding to the other version's namespace is rewritten, unless something other
    than the badge element being replaced still uses it.
    """
    bound = layout.root_prefixes.get("openbadges")
    if bound == namespace:
        return start_tag
    if bound is None:
        cut = len(start_tag) - (2 if start_tag.endswith(b"/>") else 1)
        return start_tag[:cut] + f' xmlns:openbadges="{namespace}"'.encode() + start_tag[cut:]
    if bound in uses:
        raise InputError(f"the SVG uses the openbadges prefix for {bound} in its drawing")
    # The tag parsed as well-formed XML, so its attributes follow one another: match them in
    # turn (never search, which could find the text inside another attribute's value).
    name = re.match(rb"<[^\s/>]+", start_tag)
    match = _ATTRIBUTE.match(start_tag, name.end() if name else 1)
    while match is not None:
        if match.group(1) == b"xmlns:openbadges":
            value = f'"{namespace}"'.encode()
            return start_tag[: match.start(2)] + value + start_tag[match.end(2) :]
        match = _ATTRIBUTE.match(start_tag, match.end())
    raise InputError("the SVG's openbadges namespace declaration could not be located")


def bake_svg(data: bytes, text: str, *, ob2: bool = False) -> bytes:
    """``data`` with ``text`` (JSON or a compact JWS/JWT) baked in, by OB 3.0 rules.

    With ``ob2`` the OB 2.0 element and namespace are used instead. A badge already in the image
    (either version, any prefix) is replaced: the new element takes the old one's place when that
    was a child of ``<svg>``, else it goes right after ``<svg>``; any other badge element goes, so
    the result holds exactly one. Raises :class:`InputError` when the SVG cannot be read or the
    text cannot be placed safely.
    """
    stripped = text.strip()
    badge = _badge_element(stripped, ob2)
    layout = _Layout()
    _parse(data, layout)
    spans, uses = layout.resolve(data)
    end, self_closing = _tag_end(data, layout.root_start)
    namespace = OB2_NAMESPACE if ob2 else OB3_NAMESPACE
    opening = _declare(data[layout.root_start : end], namespace, layout, uses)
    parts = [data[: layout.root_start]]
    if self_closing:  # <svg .../>: no badge inside; open it up to hold one
        parts += [opening[:-2] + b">\n", badge, b"\n</svg>"]
    elif spans and spans[0][2]:
        parts.append(opening)
        cursor = end
        for index, (start, stop, _) in enumerate(spans):
            parts += [data[cursor:start], badge if index == 0 else b""]
            cursor = stop
        parts.append(data[cursor:])
    else:
        parts += [opening, b"\n", badge, b"\n"]
        cursor = end
        for start, stop, _ in spans:
            parts.append(data[cursor:start])
            cursor = stop
        parts.append(data[cursor:])
    result = b"".join(parts)
    check = _Layout()
    found = _badge_in(_parse(result, check))
    if len(check.resolve(result)[0]) != 1 or found is None or found.text != stripped:
        raise InputError("the credential could not be baked into this SVG")
    return result


def _attribute(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")
