"""A baked SVG badge made safe to draw as a picture.

Qt's SVG renderer loads the file an ``<image href="/home/…/photo.png">`` names from the local
disk, so a badge could make the wallet show (and a screenshot or a PDF pack carry) a local file.
Before an SVG is drawn, every reference that is not inside the drawing itself (``#id``) or a
raster ``data:`` image is removed, with the element that carries it when that element is an
``image``, and the badge element (the credential) is dropped, as the picture does not need it.
An ``image`` holding ``data:image/svg+xml`` goes too: Qt draws it as a second SVG that none of
this cleaning reaches (attack-files F3).

A picture must also cost little to draw. A ``<use>``, ``mask``, ``clip-path``, ``fill`` or
``filter`` that names another element draws that element again, so ten uses of ten uses of …
make a 2 KB file draw 10⁸ shapes (59 s of CPU for 2 KB; a mask chain doubles per level).
:func:`safe_svg_picture` counts what drawing would visit, each reference expanded, and refuses
(None: the placeholder is shown) past :data:`MAX_DRAWN` or :data:`MAX_DEPTH` levels of nesting
(a 50,000-deep file ended in RecursionError). ``<style>`` sheets that name other elements or
import anything are dropped, since what they apply to cannot be counted.

Parsing is defusedxml's, with no entities and no external references (STANDARDS §7 A8), on at
most :data:`MAX_PICTURE_BYTES`.
"""

from __future__ import annotations

import re
from xml.etree.ElementTree import Element, ParseError, register_namespace, tostring

import defusedxml
from defusedxml.ElementTree import fromstring

__all__ = ["MAX_DEPTH", "MAX_DRAWN", "MAX_PICTURE_BYTES", "safe_svg_picture"]

MAX_PICTURE_BYTES = 5 * 1024 * 1024
# Real badges (Badgr, Credly, Canvas exports) draw a few hundred elements and nest < 20 deep;
# 20,000 drawn elements take ~0.25 s in QSvgRenderer at thumbnail size.
MAX_DRAWN = 20_000
MAX_DEPTH = 64
_XLINK = "{http://www.w3.org/1999/xlink}href"
_BADGE_NAMESPACES = ("{https://purl.imsglobal.org/ob/v3p0}", "{http://openbadges.org}")
_RASTER = ("data:image/png", "data:image/jpeg", "data:image/jpg", "data:image/gif")
_URL_REFERENCE = re.compile(r"url\(\s*['\"]?\s*#([^)'\"\s]+)")
# Written back with SVG as the default namespace: Qt's renderer reads only unprefixed <svg>.
register_namespace("", "http://www.w3.org/2000/svg")
register_namespace("xlink", "http://www.w3.org/1999/xlink")


class _TooCostly(Exception):
    """Drawing the picture would visit more than MAX_DRAWN elements, or loops."""


def _local(element: Element) -> str:
    tag = element.tag if isinstance(element.tag, str) else ""
    return tag.rsplit("}", 1)[-1]


def _inside(reference: str) -> bool:
    reference = reference.strip()
    return reference.startswith("#") or reference.lower().startswith(_RASTER)


def _clean(root: Element) -> None:
    """Remove, without recursion (depth is bounded before), everything that points outside."""
    stack = [root]
    while stack:
        element = stack.pop()
        for child in list(element):
            tag = child.tag if isinstance(child.tag, str) else ""
            local = _local(child)
            references = [child.get(a) for a in (_XLINK, "href") if child.get(a) is not None]
            outside = [r for r in references if r is not None and not _inside(r)]
            if (
                tag.startswith(_BADGE_NAMESPACES)
                or (outside and local in ("image", "use", "feImage"))
                or (local == "style" and re.search(r"url\(|@import", child.text or "", re.I))
            ):
                element.remove(child)
                continue
            for attribute in (_XLINK, "href"):
                value = child.get(attribute)
                if value is not None and not _inside(value):
                    del child.attrib[attribute]
            stack.append(child)


def _depth(root: Element) -> int:
    deepest, stack = 0, [(root, 1)]
    while stack:
        element, depth = stack.pop()
        deepest = max(deepest, depth)
        if deepest > MAX_DEPTH:
            return deepest
        stack.extend((child, depth + 1) for child in element)
    return deepest


def _references(element: Element) -> list[str]:
    """The ids ``element`` draws again: ``href="#id"`` and every ``url(#id)`` it names."""
    ids = []
    for name, value in element.attrib.items():
        if name in (_XLINK, "href"):
            if value.strip().startswith("#"):
                ids.append(value.strip()[1:])
        else:
            ids.extend(_URL_REFERENCE.findall(value))
    return ids


def _drawn(root: Element) -> int:
    """How many elements drawing ``root`` visits, each reference expanded where it is named
    (memoised per element, so counting is linear). Raises _TooCostly past MAX_DRAWN or on a
    reference cycle."""
    by_id = {e.get("id"): e for e in root.iter() if e.get("id")}
    counted: dict[int, int] = {}
    open_now: set[int] = set()

    def cost(element: Element) -> int:
        key = id(element)
        if key in counted:
            return counted[key]
        if key in open_now:
            raise _TooCostly
        open_now.add(key)
        total = 1
        for child in element:
            total += cost(child)
            if total > MAX_DRAWN:
                raise _TooCostly
        for reference in _references(element):
            target = by_id.get(reference)
            if target is not None:
                total += cost(target)
            if total > MAX_DRAWN:
                raise _TooCostly
        open_now.discard(key)
        counted[key] = total
        return total

    return cost(root)


def safe_svg_picture(data: bytes) -> bytes | None:
    """The SVG with every outside reference removed, or None when it is not a readable SVG or
    would cost too much to draw (see the module docstring)."""
    if len(data) > MAX_PICTURE_BYTES:
        return None
    try:
        # A DOCTYPE naming the SVG DTD is common in real badges; entities and external
        # references are what is refused (defusedxml raises for either).
        root = fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except (ParseError, ValueError, defusedxml.DefusedXmlException):
        return None
    if not isinstance(root.tag, str) or _local(root) != "svg" or _depth(root) > MAX_DEPTH:
        return None
    _clean(root)
    try:
        _drawn(root)  # a reference chain thousands long ends in RecursionError: refused too
    except (_TooCostly, RecursionError):
        return None
    return bytes(tostring(root, encoding="utf-8"))
