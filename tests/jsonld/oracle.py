"""pyld, run as an independent JSON-LD implementation over the same pinned context files.

The wallet verifies with its own JSON-LD processor (``wallet.jsonld``); the tests sign with, and
compare against, pyld: two implementations that must agree on every canonical form. pyld reads
the context files straight from ``resources/contexts/`` here (never through the wallet's store),
with overrides for earlier revisions when a test needs them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pyld import jsonld

__all__ = ["ROOT_CONTEXTS", "pyld_canonical", "pyld_expand"]

ROOT_CONTEXTS = Path(__file__).resolve().parents[2] / "resources" / "contexts"
_INDEX: dict[str, str] = json.loads((ROOT_CONTEXTS / "index.json").read_text("utf-8"))
_FILES: dict[str, Any] = {}


def _loader(overrides: dict[str, str]) -> Any:
    def load(url: str, options: Any = None) -> dict[str, Any]:
        name = overrides.get(url) or _INDEX.get(url)
        if name is None:
            raise jsonld.JsonLdError(f"not bundled: {url}", "loading document failed")
        if name not in _FILES:
            _FILES[name] = json.loads((ROOT_CONTEXTS / name).read_text("utf-8"))
        return {"contextUrl": None, "documentUrl": url, "document": _FILES[name]}

    return load


def pyld_canonical(
    document: dict[str, Any], overrides: dict[str, str] | None = None, hash_name: str = "sha256"
) -> str:
    """pyld's URDNA2015 canonical N-Quads of ``document`` (pyld has no SHA-384 option)."""
    assert hash_name == "sha256", "pyld canonicalizes with SHA-256 only"
    result: str = jsonld.normalize(
        document,
        {
            "algorithm": "URDNA2015",
            "format": "application/n-quads",
            "documentLoader": _loader(overrides or {}),
            "base": None,
        },
    )
    return result


def pyld_expand(document: dict[str, Any]) -> Any:
    return jsonld.expand(document, {"documentLoader": _loader({}), "base": None})
