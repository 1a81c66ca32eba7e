"""Long identifiers (DIDs, URLs, key ids) shortened in the middle for display.

The start says what kind of thing it is (``did:key:z6Mk``, ``https://issuer.example``) and the end
tells two of them apart, so both stay; the full text goes in the tooltip and in anything copied.
"""

from __future__ import annotations

import re

__all__ = ["IDENTIFIER", "elide_identifiers", "elide_middle"]

# A DID or URL-like token: what wraps badly in a table cell.
IDENTIFIER = re.compile(r"\b(?:did:[a-z0-9]+:|https?://|urn:)[^\s\"'<>()]+", re.IGNORECASE)


def elide_middle(text: str, limit: int = 44) -> str:
    """``text`` with its middle replaced by "…" when longer than ``limit`` characters."""
    if len(text) <= limit:
        return text
    keep = limit - 1
    head = (keep + 1) // 2
    return f"{text[:head]}…{text[len(text) - (keep - head) :]}"


def elide_identifiers(message: str, limit: int = 44) -> str:
    """Every long DID, URL or URN inside ``message`` shortened with :func:`elide_middle`."""
    return IDENTIFIER.sub(lambda m: elide_middle(m.group(0), limit), message)
