"""WCAG 2.x contrast (relative luminance, success criterion 1.4.3: 4.5:1 for text) of the palette
roles the app draws text with, in the light and the dark palette of ``ui.common.theme``, and of
every verdict chip's text on its background in both."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtGui import QColor, QPalette

from ui.common.theme import dark_palette, light_palette
from ui.common.verdicts import Chip, chip_colors

AA = 4.5
ROLES = QPalette.ColorRole
PAIRS = [
    (ROLES.WindowText, ROLES.Window),
    (ROLES.Text, ROLES.Base),
    (ROLES.Text, ROLES.AlternateBase),
    (ROLES.ButtonText, ROLES.Button),
    (ROLES.HighlightedText, ROLES.Highlight),
    (ROLES.PlaceholderText, ROLES.Base),
    (ROLES.ToolTipText, ROLES.ToolTipBase),
    (ROLES.Link, ROLES.Base),
]


def _channel(value: float) -> float:
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def luminance(colour: QColor) -> float:
    """WCAG 2.x relative luminance of an opaque sRGB colour."""
    r, g, b = (_channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def over(colour: QColor, background: QColor) -> QColor:
    """``colour`` as drawn on ``background`` (a placeholder is text at half opacity)."""
    a = colour.alphaF()
    return QColor.fromRgbF(
        *(
            a * c + (1 - a) * b
            for c, b in zip(colour.getRgbF()[:3], background.getRgbF()[:3], strict=True)
        )
    )


def contrast(text: QColor, background: QColor) -> float:
    lighter, darker = sorted(
        (luminance(over(text, background)), luminance(background)), reverse=True
    )
    return (lighter + 0.05) / (darker + 0.05)


def test_the_formula_gives_wcag_s_own_figures() -> None:
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)
    assert contrast(QColor(0, 0, 0, 128), QColor("#ffffff")) < contrast(
        QColor("#000000"), QColor("#ffffff")
    )


@given(st.tuples(*[st.integers(0, 255)] * 3), st.tuples(*[st.integers(0, 255)] * 3))
def test_contrast_is_symmetric_and_between_1_and_21(
    a: tuple[int, int, int], b: tuple[int, int, int]
) -> None:
    x, y = QColor(*a), QColor(*b)
    assert 1.0 <= contrast(x, y) <= 21.0 + 1e-9
    assert contrast(x, y) == pytest.approx(contrast(y, x))


@pytest.mark.parametrize("palette", [light_palette, dark_palette], ids=["light", "dark"])
def test_every_text_role_keeps_aa_contrast(qapp, palette) -> None:
    colours = palette()
    low = {
        f"{text.name}/{back.name}": round(ratio, 2)
        for text, back in PAIRS
        if (ratio := contrast(colours.color(text), colours.color(back))) < AA
    }
    assert low == {}


@pytest.mark.parametrize("palette", [light_palette, dark_palette], ids=["light", "dark"])
def test_every_verdict_chip_keeps_aa_contrast(qapp, palette) -> None:
    low = {}
    for chip in Chip:
        background, text = chip_colors(chip, palette())
        if (ratio := contrast(text, background)) < AA:
            low[chip.value] = round(ratio, 2)
    assert low == {}


def test_the_dark_palette_is_dark_and_the_light_one_light(qapp) -> None:
    assert dark_palette().color(ROLES.Window).lightness() < 128
    assert light_palette().color(ROLES.Window).lightness() >= 128
