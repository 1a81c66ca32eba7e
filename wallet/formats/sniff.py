"""Recognise what an input is from its content, never its file name, and unpack it.

Inputs (issue 3): JSON (VC/VP, OB 2.0 and OB 1.x assertions), compact JWTs (VC-JWT, VC-JOSE,
OB 3.0/CLR 2.0 JWTs, OB 2.0 signed assertions), PNG and SVG badges with a credential baked in,
``VP1-`` QR payloads, images holding a QR code, and URLs. :func:`read_input` returns an
:class:`Unpacked`: what was found (for the report) and in which format;
:func:`wallet.verify.dispatch.verify_unpacked` verifies it. Unreadable input raises
:class:`wallet.errors.InputError` with one sentence for a person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from wallet.errors import InputError, InputTooLarge
from wallet.formats.classify import Format, classify_json, classify_jws, describe
from wallet.formats.jsontext import MAX_JSON_BYTES, parse_json
from wallet.formats.jws import looks_like_jws, looks_truncated, parse_compact_jws
from wallet.formats.pdf import find_pdf_presentation, is_pdf
from wallet.formats.png import MAX_PNG_BYTES, find_png_badge, is_png
from wallet.formats.qrimage import image_format, read_qr_text
from wallet.formats.svg import MAX_SVG_BYTES, find_svg_badge, looks_like_svg
from wallet.formats.vp1 import MAX_VP1_CHARS, decode_vp1, is_vp1

__all__ = ["MAX_INPUT_BYTES", "Unpacked", "read_input", "read_text"]

# The largest input of any kind (a baked image); each kind has its own, smaller cap.
MAX_INPUT_BYTES = 20 * 1024 * 1024
_EDC_NAMESPACE = b"http://data.europa.eu/snb"
_URL = re.compile(r"^https?://[^\s<>\"]{1,2000}$")


@dataclass(frozen=True)
class Unpacked:
    """A document found in an input.

    ``kind`` names the container ("JSON", "JWT", "PNG", "SVG", "VP1", "QR", "URL"); ``document``
    is a parsed JSON object, or a compact JWT string, or the URL; ``format`` says how it is
    verified; ``found`` is a sentence for the report ("an Open Badges 3.0 credential baked in a
    PNG (iTXt openbadgecredential)"); ``source`` is the URL a credential was named by, if any.
    """

    kind: str
    document: Any
    format: Format = "vc"
    found: str = ""
    source: str | None = None


def read_input(data: bytes) -> Unpacked:
    """Recognise ``data`` and unpack the credential or presentation it holds."""
    if len(data) > MAX_INPUT_BYTES:
        raise InputTooLarge(f"the input is {len(data):,} bytes; the limit is {MAX_INPUT_BYTES:,}")
    if is_png(data):
        return _png(data)
    if is_pdf(data):
        attached = find_pdf_presentation(data)
        return _json(parse_json(attached.data), "PDF", f" attached to a PDF ({attached.name})")
    raster = image_format(data)
    if raster is not None:
        return _qr_image(data, raster)
    head = data[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head:
        raise InputError("the input is empty")
    if head[:1] in (b"{", b"["):
        if len(data) > MAX_JSON_BYTES:
            raise InputTooLarge(
                f"JSON of {len(data):,} bytes is over the {MAX_JSON_BYTES:,}-byte limit"
            )
        return _json(parse_json(data), "JSON", "")
    if head[:1] == b"<":
        if len(data) > MAX_SVG_BYTES:
            raise InputTooLarge(f"an SVG of {len(data):,} bytes is over the limit")
        if looks_like_svg(data):
            return _svg(data)
        if _EDC_NAMESPACE in data[:65536]:
            # Europass / European Digital Credentials in XML (sealed with XAdES): named, and
            # reported as what the wallet cannot check yet; never parsed further.
            return Unpacked("XML", "edc-xml", "sealed", describe("sealed", "edc-xml"))
        raise InputError("XML or HTML that is not an SVG image, so it holds no badge")
    text = _as_text(data)
    if text is None:
        raise InputError(
            "not a credential: the input is not JSON, a JWT, a PNG or SVG badge, "
            "an image with a QR code, a VP1- payload or a PDF evidence pack"
        )
    return read_text(text, "", "")


def read_text(text: str, where: str, container: str) -> Unpacked:
    """Unpack text: a ``VP1-`` payload, a compact JWT, a URL or JSON. ``where`` ends the
    ``found`` sentence (" in a QR code ..."); ``container`` overrides the kind."""
    text = text.strip()
    if is_vp1(text):
        document = decode_vp1(text)
        if not isinstance(document, dict):
            raise InputError("the VP1- payload does not hold one JSON-LD document")
        return _json(document, container or "VP1", where or " from a VP1- QR payload")
    if looks_like_jws(text):
        return _jwt(text, container or "JWT", where)
    if _URL.match(text):
        found = describe("link", text) + where + "; it is fetched only once network checks exist"
        return Unpacked(container or "URL", text, "link", found, source=text)
    if text[:1] in ("{", "["):
        return _json(parse_json(text), container or "JSON", where)
    if looks_truncated(text):
        raise InputError("the JWT is truncated: it has fewer than its three parts")
    raise InputError(
        "not a credential: the text is not JSON, a JWT, a VP1- payload or a URL"
        + (where and f" ({where.strip()})")
    )


def _json(document: Any, kind: str, where: str) -> Unpacked:
    format = classify_json(document)
    return Unpacked(kind, document, format, describe(format, document) + where)


def _jwt(token: str, kind: str, where: str) -> Unpacked:
    jws = parse_compact_jws(token)
    format = classify_jws(jws)
    return Unpacked(kind, jws.token, format, describe(format, jws) + where)


def _png(data: bytes) -> Unpacked:
    if len(data) > MAX_PNG_BYTES:
        raise InputTooLarge(f"a PNG of {len(data):,} bytes is over the limit")
    badge = find_png_badge(data)
    if badge is None:
        return _qr_image(data, "PNG", no_badge=True)
    where = f" baked in a PNG ({badge.chunk} {badge.keyword})"
    return _baked_text(badge.text, where, "PNG")


def _svg(data: bytes) -> Unpacked:
    badge = find_svg_badge(data)
    if badge is None:
        raise InputError("an SVG image with no badge baked in it")
    part = " verify attribute" if badge.source == "verify" else ""
    where = f" baked in an SVG (<{badge.element}>{part})"
    return _baked_text(badge.text, where, "SVG")


def _baked_text(text: str, where: str, kind: str) -> Unpacked:
    text = text.strip()
    if text.startswith("{"):
        try:
            document = parse_json(text)
        except InputError as exc:
            raise InputError(f"the badge{where} holds broken JSON: {exc}") from None
        return _json(document, kind, where)
    if looks_like_jws(text):
        return _jwt(text, kind, where)
    if _URL.match(text):
        # OB 2.0 hosted badges and pre-1.0 badges bake only the assertion's URL.
        found = describe("link", text) + where + "; it is fetched only once network checks exist"
        return Unpacked(kind, text, "link", found, source=text)
    if looks_truncated(text):
        raise InputError(f"the JWT{where} is truncated: it has fewer than its three parts")
    raise InputError(f"the badge{where} holds neither JSON, a JWT nor a URL")


def _qr_image(data: bytes, raster: str, no_badge: bool = False) -> Unpacked:
    qr = read_qr_text(data)
    if qr is None:
        if no_badge:
            raise InputError("a PNG image with no badge baked in it and no QR code in it")
        raise InputError(f"a {raster} image with no QR code in it")
    if len(qr.text) > MAX_VP1_CHARS:
        raise InputTooLarge("the QR code's text is over the limit")
    return read_text(qr.text, f" in a QR code ({qr.image_format} image)", "QR")


def _as_text(data: bytes) -> str | None:
    if len(data) > max(MAX_JSON_BYTES, MAX_VP1_CHARS):
        return None
    try:
        text = data.decode("utf-8-sig").strip()
    except UnicodeDecodeError:
        return None
    if any(ord(c) < 32 and c not in "\t\r\n" for c in text):
        return None
    return text
