"""Small readers over signed-view values, shared by the page's describers (no Qt).

A view value is a string, a number, a node (``{"id": ...}`` and more), or a list of those when
the property has several values (``wallet.verify.view``). These turn any of them into the one
thing a page shows: a text, a URL, a list. Nothing here raises on odd input.
"""

from __future__ import annotations

from typing import Any

__all__ = ["ident", "listed", "text", "url"]


def listed(value: Any) -> list[Any]:
    """The values of a property: none, one or several."""
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def text(value: Any) -> str:
    """A string from a string, a number, a language map, a value object or the first of several
    that reads; "" otherwise."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return ""
    if isinstance(value, int | float):
        return f"{value:g}"
    if isinstance(value, list):
        return next((t for t in (text(v) for v in value) if t), "")
    if isinstance(value, dict):
        for key in ("@value", "en", "name", "narrative"):
            if isinstance(value.get(key), str):
                return str(value[key])
    return ""


def url(value: Any) -> str:
    """An http(s) URL from a URL string or a node's id; "" for anything else (a ``javascript:``,
    ``file:`` or ``data:`` address is never offered as a link)."""
    candidate = value.get("id") if isinstance(value, dict) else value
    if isinstance(candidate, list):
        candidate = next((c for c in candidate if isinstance(c, str)), None)
    if isinstance(candidate, str) and candidate.lower().startswith(("https://", "http://")):
        return candidate
    return ""


def ident(value: Any) -> Any:
    """A reference's id: the view writes a node that says no more than its id as {"id": …}."""
    return value.get("id") if isinstance(value, dict) else value
