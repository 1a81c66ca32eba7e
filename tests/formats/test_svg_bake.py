"""Re-baking an SVG: the new badge replaces the old element, namespace-correctly, and nothing
else in the image changes (OB 3.0 §5.3.2, OB 2.0 §Baking; parsed with defusedxml, A8)."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.formats.helpers import OB2, OB3
from wallet.errors import InputError, WalletError
from wallet.formats.svg import OB2_NAMESPACE, OB3_NAMESPACE, bake_svg, find_svg_badge

UNBAKED = (OB2 / "bakery" / "unbaked.svg").read_bytes()
HOSTED = (OB2 / "bakery" / "baked.svg").read_bytes()
OB3_JSON = (OB3 / "simple-json.svg").read_bytes()
JSON_A = '{"id": "urn:uuid:a", "n": 1}'
JSON_B = '{"id": "urn:uuid:b", "n": 2}'
JWT = "eyJhbGciOiJFZERTQSJ9.eyJpZCI6InVybjp1dWlkOmMifQ.c2lnbmF0dXJl"
HEAD = b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"'


def _badge_markup(data: bytes) -> list[bytes]:
    """The markup of every element that looks like a badge, by its text."""
    pattern = rb"<(\w+:(?:credential|assertion))\b.*?(?:/>|</\1\s*>)"
    return [match.group(0) for match in re.finditer(pattern, data, re.S)]


def _badge_elements(data: bytes) -> list[str]:
    """Badge elements by namespace, as readers find them (a prefix alone means nothing)."""
    from defusedxml.ElementTree import fromstring

    badge_tags = {f"{{{OB3_NAMESPACE}}}credential", f"{{{OB2_NAMESPACE}}}assertion"}
    return [str(e.tag) for e in fromstring(data).iter() if e.tag in badge_tags]


def _text(data: bytes) -> str:
    badge = find_svg_badge(data)
    assert badge is not None
    return badge.text


# --- refused or left alone -----------------------------------------------------------------------
def test_a_drawing_that_uses_the_openbadges_prefix_for_something_else_is_refused() -> None:
    svg = HEAD + b' xmlns:openbadges="urn:example:art"><openbadges:credential/></svg>'
    assert find_svg_badge(svg) is None  # not a badge: the prefix names another namespace
    with pytest.raises(InputError, match="openbadges prefix"):
        bake_svg(svg, JSON_A)


def test_an_element_named_like_a_badge_in_another_namespace_is_left_alone() -> None:
    art = b'<g xmlns:openbadges="urn:example:art">'
    art += b"<openbadges:credential>art</openbadges:credential></g>"
    baked = bake_svg(HEAD + b">" + art + b"</svg>", JSON_A)
    assert _text(baked) == JSON_A
    assert art in baked
    assert baked.count(b"<![CDATA[") == 1


def test_badge_markup_inside_comments_and_cdata_is_text_not_a_badge() -> None:
    inert = b"<!-- <openbadges:credential>old</openbadges:credential> -->"
    inert += b"<desc><![CDATA[<openbadges:assertion verify='x'/>]]></desc>"
    baked = bake_svg(HEAD + b">" + inert + b"</svg>", JSON_B)
    assert inert in baked and _text(baked) == JSON_B


@pytest.mark.parametrize("text", ['{"x": "]]>"}', 'eyJ"onload="x'])
def test_text_that_would_break_out_is_refused_before_replacing(text: str) -> None:
    with pytest.raises(InputError, match="safely"):
        bake_svg(OB3_JSON, text)


def test_text_the_attribute_would_change_is_refused() -> None:
    # XML normalises a newline in an attribute to a space: the badge would not read back.
    with pytest.raises(InputError, match="could not be baked"):
        bake_svg(UNBAKED, "https://example.org/a\nb")


# --- replaced ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("first", "second", "ob2_first", "ob2_second"),
    [
        (JSON_A, JSON_B, False, False),
        (JSON_A, JWT, False, False),
        (JWT, JSON_B, True, True),
        (JSON_A, JSON_B, True, False),
        (JWT, JSON_A, False, True),
    ],
    ids=["ob3-json", "ob3-json-to-jwt", "ob2-jws-to-json", "ob2-to-ob3", "ob3-to-ob2"],
)
def test_baking_twice_equals_baking_the_second_once(
    first: str, second: str, ob2_first: bool, ob2_second: bool
) -> None:
    twice = bake_svg(bake_svg(UNBAKED, first, ob2=ob2_first), second, ob2=ob2_second)
    assert _text(twice) == second
    assert twice == bake_svg(UNBAKED, second, ob2=ob2_second)
    assert len(_badge_elements(twice)) == 1
    wanted = OB2_NAMESPACE if ob2_second else OB3_NAMESPACE
    assert f'xmlns:openbadges="{wanted}"'.encode() in twice
    assert twice.count(b"xmlns:openbadges=") == 1


def test_a_self_closing_svg_can_be_baked_and_rebaked() -> None:
    twice = bake_svg(bake_svg(HEAD + b"/>", JSON_A), JSON_B, ob2=True)
    assert _text(twice) == JSON_B and twice.rstrip().endswith(b"</svg>")


def test_rebaking_the_bakery_sample_changes_only_the_badge() -> None:
    (old,) = _badge_markup(HOSTED)
    baked = bake_svg(HOSTED, JSON_B)
    new = f"<openbadges:credential><![CDATA[{JSON_B}]]></openbadges:credential>".encode()
    expected = HOSTED.replace(old, new).replace(
        f'xmlns:openbadges="{OB2_NAMESPACE}"'.encode(),
        f'xmlns:openbadges="{OB3_NAMESPACE}"'.encode(),
    )
    assert baked == expected
    assert _text(baked) == JSON_B


@pytest.mark.parametrize("name", ["simple-json.svg", "simple-jwt.svg", "simple-jwt_v1.svg"])
def test_rebaking_the_ob3_samples_changes_only_the_badge(name: str) -> None:
    original = (OB3 / name).read_bytes()
    (old,) = _badge_markup(original)
    baked = bake_svg(original, JWT)
    new = f'<openbadges:credential verify="{JWT}"></openbadges:credential>'.encode()
    assert baked == original.replace(old, new)


def test_every_badge_element_goes_and_one_takes_the_first_ones_place() -> None:
    svg = (
        HEAD
        + b' xmlns:ob="http://openbadges.org"><title>t</title>'
        + b'<ob:assertion verify="https://e.org/1"/>'
        + f'<c:credential xmlns:c="{OB3_NAMESPACE}">{{}}</c:credential>'.encode()
        + b"<metadata><ob:assertion verify='https://e.org/2'></ob:assertion></metadata></svg>"
    )
    baked = bake_svg(svg, JSON_A)
    assert baked == (
        HEAD
        + f' xmlns:ob="http://openbadges.org" xmlns:openbadges="{OB3_NAMESPACE}">'.encode()
        + b"<title>t</title>"
        + f"<openbadges:credential><![CDATA[{JSON_A}]]></openbadges:credential>".encode()
        + b"<metadata></metadata></svg>"
    )


def test_a_badge_that_is_not_a_child_of_svg_moves_right_after_svg() -> None:
    svg = HEAD + b' xmlns:openbadges="http://openbadges.org"><g><openbadges:assertion '
    svg += b'verify="https://e.org/a"></openbadges:assertion></g></svg>'
    baked = bake_svg(svg, JSON_A, ob2=True)
    assert baked == (
        HEAD
        + b' xmlns:openbadges="http://openbadges.org">\n'
        + f"<openbadges:assertion><![CDATA[{JSON_A}]]></openbadges:assertion>".encode()
        + b"\n<g></g></svg>"
    )


def test_quoted_angle_brackets_in_the_root_tag_do_not_confuse_the_splice() -> None:
    svg = HEAD + b" data-x=\"a>b\" xmlns:openbadges='http://openbadges.org'>"
    svg += b'<openbadges:assertion verify="https://e.org/a"/></svg>'
    baked = bake_svg(svg, JSON_A)
    assert b'data-x="a>b"' in baked and _text(baked) == JSON_A
    assert f'xmlns:openbadges="{OB3_NAMESPACE}"'.encode() in baked


# --- property: whatever the input, one badge or a refusal ----------------------------------------
@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    database=None,
)
@given(
    st.sampled_from([UNBAKED, HOSTED, OB3_JSON]),
    st.integers(0, 4000),
    st.integers(0, 200),
    st.binary(max_size=40)
    | st.sampled_from(
        [b"<openbadges:assertion/>", b'<openbadges:credential verify="x"/>', b"</svg>", b">"]
    ),
    st.booleans(),
)
def test_mutated_svgs_bake_to_exactly_one_badge_or_are_refused(
    seed: bytes, at: int, cut: int, insert: bytes, ob2: bool
) -> None:
    data = seed[:at] + insert + seed[at + cut :]
    try:
        baked = bake_svg(data, JSON_B, ob2=ob2)
    except WalletError:
        return
    assert _text(baked) == JSON_B
    assert len(_badge_elements(baked)) == 1


def test_a_declaration_quoted_inside_another_attribute_is_not_rewritten() -> None:
    decoy = b" data-note='xmlns:openbadges=\"http://openbadges.org\"'"
    svg = HEAD + decoy + b' xmlns:openbadges="http://openbadges.org">'
    svg += b'<openbadges:assertion verify="https://e.org/a"/></svg>'
    baked = bake_svg(svg, JSON_A)
    assert decoy in baked and _text(baked) == JSON_A
