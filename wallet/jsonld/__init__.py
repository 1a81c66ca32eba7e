"""Offline JSON-LD: the pinned context store, safe-mode expansion and RDFC-1.0 canonicalization."""

from wallet.jsonld.canon import (
    CanonicalizationError,
    ExpansionProblem,
    canonicalize,
    canonicalize_expanded,
    expand_strict,
)
from wallet.jsonld.contexts import ContextStore, default_store

__all__ = [
    "CanonicalizationError",
    "ContextStore",
    "ExpansionProblem",
    "canonicalize",
    "canonicalize_expanded",
    "default_store",
    "expand_strict",
]
