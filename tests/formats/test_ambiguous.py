"""An image that carries two badges is refused (issue 9): which one it shows cannot be told,
and readers disagree on which they take, so an attacker could show one and verify the other."""

from __future__ import annotations

import json

import pytest

from tests.formats.test_png import chunk, itxt, png_with
from tests.verify.hostile import ATTACKER, ISSUER, badge
from wallet.errors import InputError
from wallet.formats.png import OB2_KEYWORD, OB3_KEYWORD, find_png_badge
from wallet.formats.svg import OB2_NAMESPACE, OB3_NAMESPACE, find_svg_badge
from wallet.verify import verify_input

GENUINE = json.dumps(badge(ISSUER)).encode()
FORGED = json.dumps(badge(ATTACKER)).encode()


def _text(keyword: str, body: bytes) -> bytes:
    return chunk(b"tEXt", keyword.encode() + b"\0" + body)


@pytest.mark.parametrize(
    "chunks",
    [
        (itxt(GENUINE, OB3_KEYWORD.encode()), itxt(FORGED, OB2_KEYWORD.encode())),
        (itxt(GENUINE, OB3_KEYWORD.encode()), itxt(FORGED, OB3_KEYWORD.encode())),
        (itxt(GENUINE, OB3_KEYWORD.encode()), _text(OB3_KEYWORD, FORGED)),
    ],
    ids=["ob3-and-ob2", "two-ob3", "itxt-and-text"],
)
def test_a_png_with_two_badge_chunks_is_refused(chunks: tuple[bytes, ...]) -> None:
    data = png_with(*chunks)
    with pytest.raises(InputError, match="refused as ambiguous"):
        find_png_badge(data)
    with pytest.raises(InputError, match="2 badge chunks"):
        verify_input(data)


def test_a_png_with_one_badge_chunk_is_read() -> None:
    found = find_png_badge(png_with(itxt(GENUINE, OB3_KEYWORD.encode())))
    assert found is not None and json.loads(found.text)["issuer"]["id"] == ISSUER.did


def _svg(*elements: str, doctype: str = "") -> bytes:
    return (
        f'<?xml version="1.0"?>{doctype}<svg xmlns="http://www.w3.org/2000/svg" '
        f'xmlns:ob3="{OB3_NAMESPACE}" xmlns:ob2="{OB2_NAMESPACE}">{"".join(elements)}</svg>'
    ).encode()


def _cdata(tag: str, body: bytes) -> str:
    return f"<{tag}><![CDATA[{body.decode()}]]></{tag}>"


@pytest.mark.parametrize(
    "elements",
    [
        (_cdata("ob3:credential", GENUINE), _cdata("ob2:assertion", FORGED)),
        (_cdata("ob3:credential", GENUINE), "<g>" + _cdata("ob3:credential", FORGED) + "</g>"),
    ],
    ids=["ob3-and-ob2", "two-ob3-one-nested"],
)
def test_an_svg_with_two_badges_is_refused(elements: tuple[str, ...]) -> None:
    with pytest.raises(InputError, match="refused as ambiguous"):
        find_svg_badge(_svg(*elements))


def test_an_svg_with_one_badge_is_read() -> None:
    found = find_svg_badge(_svg(_cdata("ob3:credential", GENUINE)))
    assert found is not None and json.loads(found.text)["issuer"]["id"] == ISSUER.did


def test_an_attribute_default_from_an_internal_subset_cannot_name_the_badge() -> None:
    # A DTD can give <openbadges:assertion> a default verify="…" that no tag shows; a reader
    # that applies it and one that does not would fetch different badges.
    doctype = '<!DOCTYPE svg [<!ATTLIST ob2:assertion verify CDATA "https://attacker.example/a">]>'
    with pytest.raises(InputError, match="document type"):
        find_svg_badge(_svg("<ob2:assertion/>", doctype=doctype))
