"""The one rule for showing text that came from a credential (issue 11, "Long and strange text"
and "Text is never markup").

Credential data is written by whoever made the file. Everywhere the app shows it:

- **bounded**: a name, issuer or any one-line value is cut at :data:`NAME_LIMIT` characters, a
  description or narrative at :data:`TEXT_LIMIT` (the page offers "show all" in a scroll area
  beyond that). A 400,000-character name must cost microseconds, never a layout or a paint of the
  whole string, so values are cut *before* anything else looks at them.
- **visible**: bidi controls (U+202A–U+202E, U+2066–U+2069), zero-width and other invisible
  format characters are shown as ``\\u202e``-style escapes (as :func:`wallet.wording.plain` does
  in messages), so an issuer cannot read "Harvard University" while its text runs backwards, or
  hide words between invisible ones.
- **plain**: never interpreted as markup. Labels showing credential data are
  :func:`plain_label` (``Qt.PlainText``); tooltips go through :func:`plain_tip`, which escapes the
  text into the rich text tooltips always are; rich documents escape every value (``html``).

Nothing here touches the text more than once; every function is safe on any thread.
"""

from __future__ import annotations

import html
import re
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QLabel

from wallet.wording import FORMAT_CHARACTERS, MARK_FLOOD, escape_invisible

__all__ = [
    "NAME_LIMIT",
    "TEXT_LIMIT",
    "TIP_LIMIT",
    "clipped",
    "escaped",
    "line",
    "menu_text",
    "passage",
    "plain_label",
    "plain_tip",
    "tip_text",
]

NAME_LIMIT = 200
TEXT_LIMIT = 20_000
TIP_LIMIT = 1_000

# Invisible or reordering: C0/C1 controls and every character wallet.wording counts as one that
# draws nothing (FORMAT_CHARACTERS: Cf, separators, fillers, variation selectors, tag
# characters). Line breaks and tabs are handled per kind of text below.
_INVISIBLE = re.compile(f"[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f{FORMAT_CHARACTERS}]")
_BREAKS = re.compile(r"[\r\n\t]+")
# Anything :func:`line` would change: breaks, tabs, controls, invisible characters, a run of
# more than MAX_MARKS combining marks.
_NEEDS_WORK = re.compile(f"[\\x00-\\x1f\\x7f-\\x9f{FORMAT_CHARACTERS}]|{MARK_FLOOD.pattern}")
_MANY_BLANK_LINES = re.compile(r"\n{3,}")


def _escape_invisible(text: str) -> str:
    return escape_invisible(text, _INVISIBLE)


def _text(value: Any) -> str:
    return value if isinstance(value, str) else "" if value is None else str(value)


def clipped(text: str, limit: int) -> tuple[str, bool]:
    """``text`` cut to at most ``limit`` characters (an ellipsis marks the cut), and whether it
    was cut."""
    if len(text) <= limit:
        return text, False
    return text[: max(limit - 1, 0)].rstrip() + "…", True


def line(value: Any, limit: int = NAME_LIMIT) -> str:
    """One line for a name, an issuer, a label or a list row: line breaks and tabs become
    spaces, invisible characters visible escapes, at most ``limit`` characters."""
    text = _text(value)
    if len(text) <= limit and _NEEDS_WORK.search(text) is None:
        return text.strip()  # the common case: nothing to do (10,000 rows at unlock)
    # Cut first (with room for the escapes' growth), so a huge value costs no more than a short one.
    text, _ = clipped(text, limit * 2)
    text = _escape_invisible(_BREAKS.sub(" ", text)).strip()
    return clipped(text, limit)[0]


def passage(value: Any, limit: int = TEXT_LIMIT) -> tuple[str, bool]:
    """A description or narrative: its paragraphs kept, invisible characters made visible, at most
    ``limit`` characters. Returns the text and whether it was cut (then offer "show all")."""
    raw = _text(value).replace("\r\n", "\n").replace("\r", "\n")
    text, cut = clipped(raw, limit)
    text = _MANY_BLANK_LINES.sub("\n\n", _escape_invisible(text.replace("\t", "    ")))
    # The escapes are longer than what they stand for: cut again to the limit.
    text, cut_again = clipped(text.strip(), limit)
    return text, cut or cut_again


def escaped(value: Any, limit: int = NAME_LIMIT) -> str:
    """:func:`line` escaped for a rich-text document (``<``, ``>``, ``&`` and quotes)."""
    return html.escape(line(value, limit), quote=True)


def plain_label(label: QLabel, value: Any = None, limit: int = NAME_LIMIT) -> QLabel:
    """Make ``label`` show plain text only; with ``value``, show it by :func:`line`."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    if value is not None:
        label.setText(line(value, limit))
    return label


def plain_tip(value: Any, limit: int = TIP_LIMIT) -> str:
    """A tooltip that shows ``value`` as written: tooltips interpret markup whenever the text
    looks like it, so the value is escaped into rich text that displays it literally."""
    text, _ = passage(value, limit)
    return GuiQt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal) if text else ""


def tip_text(tip: str) -> str:
    """What a tooltip made by :func:`plain_tip` reads as (for tests and screen readers)."""
    return QTextDocumentFragment.fromHtml(tip).toPlainText() if tip else ""


def menu_text(value: Any, limit: int = 80) -> str:
    """A name as a menu or button label: one line, and ``&`` doubled so it is not a shortcut."""
    return line(value, limit).replace("&", "&&")
