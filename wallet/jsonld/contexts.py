"""The bundled JSON-LD contexts, served from ``resources/contexts/`` and never fetched.

``index.json`` maps each context URL to a file; ``sha256.json`` pins each file's hash (copied from
the provenance file ``SOURCES.md``). A file is hashed when first served; a mismatch raises
:class:`ContextIntegrityError` and an unknown URL :class:`UnknownContextError` (STANDARDS §7 A3).
"""

from __future__ import annotations

import hashlib
import json
import threading
from pathlib import Path
from typing import Any

from wallet.errors import ContextIntegrityError, UnknownContextError
from wallet.resources import resource_path

__all__ = ["ContextStore", "default_store"]


class ContextStore:
    """Serves pinned context documents by URL. Thread-safe; documents are loaded once."""

    def __init__(self, folder: Path) -> None:
        self._folder = folder
        self._index: dict[str, str] = json.loads((folder / "index.json").read_text("utf-8"))
        self._hashes: dict[str, str] = json.loads((folder / "sha256.json").read_text("utf-8"))
        self._documents: dict[str, Any] = {}
        self._pinned_ids: set[int] = set()
        self._lock = threading.Lock()

    @property
    def urls(self) -> frozenset[str]:
        return frozenset(self._index)

    def knows(self, url: str) -> bool:
        return url in self._index

    def document(self, url: str) -> Any:
        """The parsed context document for ``url``. Do not mutate it."""
        cached = self._documents.get(url)
        if cached is not None:
            return cached
        name = self._index.get(url)
        if name is None:
            raise UnknownContextError(url)
        raw = (self._folder / name).read_bytes()
        if hashlib.sha256(raw).hexdigest() != self._hashes.get(name):
            raise ContextIntegrityError(f"bundled context {name} does not match its pinned hash")
        document = json.loads(raw)
        with self._lock:
            if url in self._documents:
                return self._documents[url]
            self._documents[url] = document
            self._pinned_ids.update(_object_ids(document))
        return document

    def is_pinned_object(self, value: object) -> bool:
        """True when ``value`` is an object inside a served (hence immutable) context document."""
        return id(value) in self._pinned_ids

    def pyld_loader(self, url: str, options: Any = None) -> dict[str, Any]:
        """A pyld ``documentLoader``: the pinned document or :class:`UnknownContextError`."""
        # "static" lets pyld keep the resolved context across operations.
        return {
            "contextUrl": None,
            "documentUrl": url,
            "document": self.document(url),
            "tag": "static",
        }


def _object_ids(document: Any) -> set[int]:
    ids: set[int] = set()
    stack = [document]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            ids.add(id(node))
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return ids


_default: ContextStore | None = None


def default_store() -> ContextStore:
    """The store over the bundled ``resources/contexts/`` folder (created once per process)."""
    global _default
    if _default is None:
        _default = ContextStore(resource_path("contexts"))
    return _default
