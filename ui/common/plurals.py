"""Counted phrases ("1 credential", "2 credentials") that read right with or without a translation.

Call sites keep the ``tr()`` call with ``n`` so ``pyside6-lupdate`` extracts a numerus entry and a
translation supplies every plural form its language has. When no translation is loaded (the
source language, English), Qt returns the source text with ``%n`` filled in; :func:`english`
then turns its ``(s)`` into the English singular or plural::

    english(self.tr("%n credential(s)", "", n), n)
"""

from __future__ import annotations

__all__ = ["english"]


def english(translated: str, n: int) -> str:
    """``translated`` with a leftover ``(s)`` (and ``is(are)``) resolved for ``n``; real
    translations pass as-is."""
    verb = translated.replace("is(are)", "is" if n == 1 else "are")
    return verb.replace("(s)", "" if n == 1 else "s")
