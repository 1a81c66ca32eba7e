"""Offline JSON-LD: pinned contexts, expansion, statements, RDFC-1.0 and the view of statements.

The wallet's own JSON-LD 1.1 processor (no third-party JSON-LD library runs when verifying):
it refuses to fetch, reads only pinned contexts, and says where a document's JSON says more
than its statements (see :mod:`wallet.jsonld.expansion`).

Importing this package also replaces pyld's process-wide default document loader (which fetches
over HTTP) with one that refuses every URL, should any code path (the tests' independent signer)
use pyld.
"""

from typing import Any

from pyld import jsonld as _pyld

from wallet.errors import UnknownContextError
from wallet.jsonld.canon import (
    RDFC_HASHES,
    SENTINEL_VOCAB,
    CanonicalizationError,
    Expansion,
    ExpansionNote,
    TooMuchWorkError,
    UnsupportedJsonLd,
    canonical_form,
    canonicalize,
    expand_document,
)
from wallet.jsonld.contexts import ContextStore, default_store


def _refuse_every_url(url: str, options: Any = None) -> Any:
    raise UnknownContextError(url)


_pyld.set_document_loader(_refuse_every_url)

__all__ = [
    "RDFC_HASHES",
    "SENTINEL_VOCAB",
    "CanonicalizationError",
    "ContextStore",
    "Expansion",
    "ExpansionNote",
    "TooMuchWorkError",
    "UnsupportedJsonLd",
    "canonical_form",
    "canonicalize",
    "default_store",
    "expand_document",
]
