"""Markdown from credentials as the small, safe HTML the app's documents show (no Qt).

Open Badges 3.0 writes ``criteria.narrative``, ``description``, evidence and results
narratives in Markdown (OB 3.0 §B.1.1, "Markdown" data type: CommonMark). They are rendered with
markdown-it-py's CommonMark parser, with:

- raw HTML off (``html=False``): a ``<img src=file:…>`` or ``<b>`` in a credential stays text;
- images off: a picture from the web would be fetched without asking (DESIGN "Network");
  ``![alt](url)`` shows its alt text and its address as a link instead;
- links only to http(s) (:func:`safe_link`); any other scheme (``javascript:``, ``file:``,
  ``data:``, ``mailto:``…) stays plain text. Each link's address is written after its text, so
  "click here" cannot hide where it goes; the app opens a link only when it is clicked.

The input is bounded by the caller (``ui.common.display.TEXT_LIMIT``); markdown-it's parser is
linear in its input, with a nesting limit of its own (``maxNesting``).
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token

__all__ = ["markdown_html", "safe_link"]


def safe_link(url: str) -> bool:
    """Only http(s) addresses become links."""
    return url.strip().lower().startswith(("https://", "http://"))


def _link_close(renderer: Any, tokens: Sequence[Token], index: int, options: Any, env: Any) -> str:
    """``</a>`` and, when the link's text is not its address, `` (address)``."""
    depth, opening = 0, None
    for j in range(index - 1, -1, -1):
        if tokens[j].type == "link_close":
            depth += 1
        elif tokens[j].type == "link_open":
            if depth == 0:
                opening = tokens[j]
                break
            depth -= 1
    href = str(opening.attrGet("href") or "") if opening is not None else ""
    shown = "".join(t.content for t in tokens[tokens.index(opening) + 1 : index]) if opening else ""
    tail = f" ({html.escape(href)})" if href and shown.strip() != href else ""
    return "</a>" + f'<span style="color:gray">{tail}</span>' if tail else "</a>"


def _image(renderer: Any, tokens: Sequence[Token], index: int, options: Any, env: Any) -> str:
    token = tokens[index]
    src = str(token.attrGet("src") or "")
    alt = html.escape(token.content or "image")
    if safe_link(src):
        escaped = html.escape(src, quote=True)
        return f'[{alt}: <a href="{escaped}">{html.escape(src)}</a>]'
    return f"[{alt}]"


def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.validateLink = safe_link  # type: ignore[method-assign]
    md.add_render_rule("link_close", _link_close)
    md.add_render_rule("image", _image)
    return md


_MD = _parser()


def markdown_html(source: str) -> str:
    """``source`` (already bounded) as HTML: paragraphs, emphasis, lists, headings, code and
    http(s) links; everything else escaped."""
    if not source.strip():
        return ""
    return str(_MD.render(source))
