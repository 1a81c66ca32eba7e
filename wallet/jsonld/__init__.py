"""Offline JSON-LD: the pinned context store, safe-mode expansion and RDFC-1.0 canonicalization.

Importing this package also replaces pyld's process-wide default document loader (which fetches
over HTTP) with one that refuses every URL, so no code path can reach the network through pyld
by forgetting to pass the pinned loader.
"""

from typing import Any

from pyld import jsonld as _pyld

from wallet.errors import UnknownContextError
from wallet.jsonld.canon import (
    CanonicalizationError,
    ExpansionProblem,
    canonicalize,
    canonicalize_expanded,
    expand_strict,
)
from wallet.jsonld.contexts import ContextStore, default_store


def _refuse_every_url(url: str, options: Any = None) -> Any:
    raise UnknownContextError(url)


_pyld.set_document_loader(_refuse_every_url)

__all__ = [
    "CanonicalizationError",
    "ContextStore",
    "ExpansionProblem",
    "canonicalize",
    "canonicalize_expanded",
    "default_store",
    "expand_strict",
]
