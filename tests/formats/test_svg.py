"""SVG baking and unbaking (OB 3.0 §5.3.2, OB 2.0), parsed without entities (A8)."""

from __future__ import annotations

import pytest

from tests.formats.helpers import OB2, OB3
from wallet.errors import InputError, InputTooLarge
from wallet.formats.svg import bake_svg, find_svg_badge

UNBAKED = (OB2 / "bakery" / "unbaked.svg").read_bytes()
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'


@pytest.mark.parametrize("name", ["simple-json.svg", "simple-jwt.svg", "simple-jwt_v1.svg"])
def test_round_trip_through_the_ob3_samples(name: str) -> None:
    original = find_svg_badge((OB3 / name).read_bytes())
    assert original is not None and original.element == "openbadges:credential"
    baked = bake_svg(UNBAKED, original.text)
    again = find_svg_badge(baked)
    assert again == original
    assert b'xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0"' in baked
    assert baked.count(b"<polygon") == UNBAKED.count(b"<polygon")


def test_ob2_round_trip_and_self_closing_root() -> None:
    baked = bake_svg(SVG, '{"@context": "https://w3id.org/openbadges/v2"}', ob2=True)
    badge = find_svg_badge(baked)
    assert badge is not None and badge.element == "openbadges:assertion"
    assert badge.text == '{"@context": "https://w3id.org/openbadges/v2"}'
    assert baked.rstrip().endswith(b"</svg>")


def test_the_bakery_samples() -> None:
    assert find_svg_badge(UNBAKED) is None
    hosted = find_svg_badge((OB2 / "bakery" / "baked.svg").read_bytes())
    assert hosted is not None and hosted.source == "body"
    url_only = find_svg_badge((OB2 / "bakery" / "no-json.svg").read_bytes())
    assert url_only is not None and (url_only.source, url_only.text) == (
        "verify",
        "http://example.org",
    )


def test_cdata_terminator_cannot_break_out() -> None:
    with pytest.raises(InputError):
        bake_svg(UNBAKED, '{"x": "]]><script/>"}')


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
<svg xmlns="http://www.w3.org/2000/svg"><text>&c;</text></svg>"""
XXE = b"""<?xml version="1.0"?>
<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="http://openbadges.org">
<openbadges:assertion verify="https://e.org/a">&x;</openbadges:assertion></svg>"""


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (BILLION_LAUGHS, "document type"),  # its entities live in a DTD: refused for that first
        (XXE, "document type"),
        (b"<svg xmlns='http://www.w3.org/2000/svg'><g>", "well-formed"),
        (b"<html xmlns='http://www.w3.org/1999/xhtml'/>", "not an SVG"),
        (b'<?xml version="1.0" encoding="ttf-8"?><svg/>', "encoding"),
        (b"<svg xmlns='http://www.w3.org/2000/svg'><openbadges:credential/></svg>", "well-formed"),
    ],
    ids=["billion-laughs", "xxe", "unclosed", "html", "bad-encoding", "unbound-prefix"],
)
def test_hostile_svgs_are_refused(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        find_svg_badge(data)


def test_size_is_capped() -> None:
    with pytest.raises(InputTooLarge):
        find_svg_badge(SVG[:-2] + b">" + b" " * (11 * 1024 * 1024) + b"</svg>")
