"""How much reading a document's own (inline) contexts may cost (attack 9).

Pinned contexts are processed once per process and remembered. A context a document carries
is processed where it applies, and could be made to cost quadratic time within the 2 MB input
cap: a scoped context of 3,000 terms applied at 5,000 nodes took two minutes, 30,000 terms each
with a scoped context of its own 22 s. The expansion remembers what it has processed (a scoped
context applied again at the next node costs nothing), and an :class:`InlineAllowance` bounds
the rest: term definitions and context objects read from inline contexts, per document. Past
it the document "cannot be read here" (:class:`~wallet.jsonld.terms.UnsupportedJsonLd`:
unverifiable, like any JSON-LD this engine does not read): counts, never a clock.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["MAX_INLINE_CONTEXTS", "MAX_INLINE_TERMS", "InlineAllowance", "InlineTooLarge"]

# Real credentials' inline contexts define a handful of terms; an Open Badges 2.0 file that
# inlines its whole context in three nodes defines ~500.
MAX_INLINE_TERMS = 5_000
MAX_INLINE_CONTEXTS = 2_000


class InlineTooLarge(Exception):
    """The document's own contexts would take more reading than any credential's."""


@dataclass
class InlineAllowance:
    """What is left of one document's allowance. Not thread-safe: one per expansion."""

    terms: int = MAX_INLINE_TERMS
    contexts: int = MAX_INLINE_CONTEXTS

    def spend_term(self) -> None:
        self.terms -= 1
        if self.terms < 0:
            raise InlineTooLarge(f"its own contexts define more than {MAX_INLINE_TERMS:,} terms")

    def spend_context(self) -> None:
        self.contexts -= 1
        if self.contexts < 0:
            raise InlineTooLarge(
                f"it carries more than {MAX_INLINE_CONTEXTS:,} contexts of its own"
            )
