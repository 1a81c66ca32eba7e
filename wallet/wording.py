"""Values in report messages, written for people (issue 10: never a Python repr).

A message names the value it is about: a string in quotes, shortened with an ellipsis when long
(the value is shortened, never the sentence around it), a number as written, nothing as
"nothing", an object or a list by what it is. Control and invisible format characters (bidi
overrides, zero-width characters) are shown as visible escapes, so a value cannot reorder or hide
the text around it (issue 11).
"""

from __future__ import annotations

import re
from typing import Any

__all__ = [
    "FORMAT_CHARACTERS",
    "MARK_FLOOD",
    "MAX_MARKS",
    "MAX_SHOWN",
    "escape_invisible",
    "plain",
    "shown",
]

MAX_SHOWN = 200
# What a reader cannot see, as a regex character class (attack-files F2): every format character
# (Unicode general category Cf: soft hyphen, Arabic number signs and ALM, zero-width space…RLM,
# bidi embeddings, overrides and isolates, word joiner and invisible operators, BOM, interlinear
# annotation, tag characters U+E0020…E007F that can carry a whole hidden sentence), the line and
# paragraph separators, and the characters that are not Cf but draw nothing: combining grapheme
# joiner, Hangul fillers, Khmer inherent vowels, Mongolian variation selectors, variation
# selectors 1-14 and 17-256 (VS15/VS16 are kept: they choose text or emoji for the previous
# character). A property test checks the class against unicodedata's Cf.
FORMAT_CHARACTERS = (
    "\u00ad\u034f\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u115f\u1160"
    "\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u2028-\u202e\u2060-\u206f\u3164\ufe00-\ufe0d"
    "\ufeff\uffa0\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U0001343f"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0000-\U000e0fff"
)
# A base character carries at most this many combining marks: more stack into the lines above
# and below it ("Zalgo" text drawn over the verdict), and no script needs them.
MAX_MARKS = 4
_MARKS = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u0610-\u061a\u064b-\u065f\u1ab0-\u1aff"
    "\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
)
MARK_FLOOD = re.compile(f"([{_MARKS}]{{{MAX_MARKS}}})[{_MARKS}]+")
_INVISIBLE = re.compile(f"[\\x00-\\x1f\\x7f-\\x9f{FORMAT_CHARACTERS}]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def escape_invisible(text: str, pattern: re.Pattern[str] = _INVISIBLE) -> str:
    """``text`` with every character ``pattern`` matches written as a ``\\u202e`` escape, and
    runs of combining marks cut to :data:`MAX_MARKS`."""
    return MARK_FLOOD.sub(r"\1", pattern.sub(_escape, text))


def plain(text: str, limit: int = MAX_SHOWN) -> str:
    """``text`` with invisible characters made visible, at most ``limit`` characters."""
    if len(text) > limit * 2:  # cut first, so a huge value costs no more than a short one
        text = text[: limit * 2]
    visible = escape_invisible(text)
    if len(visible) > limit:
        visible = visible[: limit - 1].rstrip() + "…"
    return visible


def shown(value: Any, limit: int = MAX_SHOWN) -> str:
    """How a report message names ``value``."""
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return plain(str(value), limit)
    if isinstance(value, str):
        return f"“{plain(value, limit)}”"
    if isinstance(value, dict):
        ident = value.get("id")
        return f"an object ({shown(ident, limit)})" if isinstance(ident, str) else "an object"
    if isinstance(value, list | tuple):
        if len(value) == 1:
            return shown(value[0], limit)
        return f"a list of {len(value)} values"
    return "a value"
