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

__all__ = ["MAX_SHOWN", "plain", "shown"]

MAX_SHOWN = 200
_INVISIBLE = re.compile(
    r"[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]"
)


def plain(text: str, limit: int = MAX_SHOWN) -> str:
    """``text`` with invisible characters made visible, at most ``limit`` characters."""
    visible = _INVISIBLE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
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
