"""A baked SVG badge made safe to draw as a picture.

Qt's SVG renderer loads the file an ``<image href="/home/…/photo.png">`` names from the local
disk, so a badge could make the wallet show (and a screenshot carry) a local file. Before an SVG
is drawn, every reference that is not inside the drawing itself (``#id``) or a ``data:`` image is
removed, with the element that carries it when that element is an ``image``, and the badge
element (the credential) is dropped, as the picture does not need it. Parsing is defusedxml's,
with no entities and no external references (STANDARDS §7 A8), on at most
:data:`MAX_PICTURE_BYTES`.
"""

from __future__ import annotations

from xml.etree.ElementTree import Element, ParseError, register_namespace, tostring

import defusedxml
from defusedxml.ElementTree import fromstring

__all__ = ["MAX_PICTURE_BYTES", "safe_svg_picture"]

MAX_PICTURE_BYTES = 5 * 1024 * 1024
_XLINK = "{http://www.w3.org/1999/xlink}href"
_BADGE_NAMESPACES = ("{https://purl.imsglobal.org/ob/v3p0}", "{http://openbadges.org}")
# Written back with SVG as the default namespace: Qt's renderer reads only unprefixed <svg>.
register_namespace("", "http://www.w3.org/2000/svg")
register_namespace("xlink", "http://www.w3.org/1999/xlink")


def _inside(reference: str) -> bool:
    reference = reference.strip()
    return reference.startswith("#") or reference.lower().startswith("data:image/")


def _clean(element: Element) -> None:
    for child in list(element):
        tag = child.tag if isinstance(child.tag, str) else ""
        local = tag.rsplit("}", 1)[-1]
        references = [child.get(a) for a in (_XLINK, "href") if child.get(a) is not None]
        outside = [r for r in references if r is not None and not _inside(r)]
        if tag.startswith(_BADGE_NAMESPACES) or (outside and local in ("image", "use", "feImage")):
            element.remove(child)
            continue
        for attribute in (_XLINK, "href"):
            value = child.get(attribute)
            if value is not None and not _inside(value):
                del child.attrib[attribute]
        _clean(child)


def safe_svg_picture(data: bytes) -> bytes | None:
    """The SVG with every outside reference removed, or None when it is not a readable SVG."""
    if len(data) > MAX_PICTURE_BYTES:
        return None
    try:
        # A DOCTYPE naming the SVG DTD is common in real badges; entities and external
        # references are what is refused (defusedxml raises for either).
        root = fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except (ParseError, ValueError, defusedxml.DefusedXmlException):
        return None
    if not isinstance(root.tag, str) or root.tag.rsplit("}", 1)[-1] != "svg":
        return None
    _clean(root)
    return bytes(tostring(root, encoding="utf-8"))
