"""What RDF accepts as an IRI, a blank node label and a language tag.

A JSON-LD processor silently drops statements whose subject, predicate or object is not an
absolute IRI, and writes a malformed language tag straight into the N-Quads (STANDARDS §7 A12).
The wallet refuses both instead, so nothing a credential shows can fall out of what is signed.

- IRIs: RFC 3987 ``IRI`` in the form RDF 1.1 Concepts §3.2 requires (absolute, with a scheme),
  checked as the N-Quads ``IRIREF`` production does: no space, control, ``<>"{}|^`\\``
  character anywhere, and no Unicode whitespace (a no-break space renders like a space).
- Blank node labels: N-Quads ``BLANK_NODE_LABEL`` (``_:`` and a name).
- Language tags: BCP 47 well-formedness as N-Quads ``LANGTAG`` has it:
  ``[a-zA-Z]+ ('-' [a-zA-Z0-9]+)*``, each subtag at most 8 characters.
"""

from __future__ import annotations

import functools
import re

__all__ = [
    "iri_problem",
    "is_absolute_iri",
    "is_blank_node",
    "is_iri_or_blank",
    "is_keyword_form",
    "is_language_tag",
]

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")
# N-Quads IRIREF excludes #x00-#x20 and <>"{}|^`\ ; RDF also has no place for other whitespace
# or the Unicode format controls a reader cannot see (bidi overrides, zero-width characters).
_FORBIDDEN = re.compile(
    r"[\x00-\x20<>\"{}|^`\\\x7f-\x9f\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f-\u206f"
    r"\u3000\ufeff\ufff9-\ufffb]"
)
_BLANK = re.compile(r"^_:[A-Za-z0-9_][A-Za-z0-9_.\-]*$")
_LANGUAGE = re.compile(r"^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$")
_KEYWORD_FORM = re.compile(r"^@[A-Za-z]+$")


def is_absolute_iri(value: str) -> bool:
    """An absolute IRI that RDF keeps (has a scheme, no character N-Quads forbids)."""
    return _SCHEME.match(value) is not None and _FORBIDDEN.search(value) is None


def is_blank_node(value: str) -> bool:
    return value.startswith("_:") and _BLANK.match(value) is not None


def is_iri_or_blank(value: str) -> bool:
    return is_blank_node(value) if value.startswith("_:") else is_absolute_iri(value)


@functools.lru_cache(maxsize=65536)  # predicates and types repeat across every document
def iri_problem(value: str) -> str | None:
    """Why ``value`` would not survive into RDF, or None when it does."""
    if value.startswith("_:"):
        return None if is_blank_node(value) else "is not a valid blank node label"
    if _SCHEME.match(value) is None:
        return "is not an absolute IRI (it has no scheme)"
    if _FORBIDDEN.search(value) is not None:
        return "holds a space, a control or an invisible character, which no IRI may contain"
    return None


def is_language_tag(value: str) -> bool:
    return _LANGUAGE.match(value) is not None


def is_keyword_form(value: str) -> bool:
    """``@`` followed by letters: reserved by JSON-LD 1.1 §9.1 even when not a keyword."""
    return _KEYWORD_FORM.match(value) is not None
