"""The bundled JSON-LD contexts, served from ``resources/contexts/`` and never fetched.

``index.json`` maps each context URL to a file; ``sha256.json`` pins each file's hash (taken from
the provenance file ``SOURCES.md``); ``revisions.json`` lists, for a mutable URL, the earlier
published revisions of its file, newest first (issue 10: the OB 3.0 ``context.json`` changed
many times, and credentials signed against a revision verify only with it). A file is hashed
when first served; a mismatch raises :class:`ContextIntegrityError` and an unknown URL
:class:`UnknownContextError` (STANDARDS §7 A3).

A :class:`ContextStore` also holds the starting point of context processing: one empty active
context per set of revision overrides, under which every processed context is remembered.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from wallet.errors import ContextIntegrityError, UnknownContextError
from wallet.jsonld.terms import ActiveContext
from wallet.resources import resource_path

__all__ = ["ContextStore", "Overrides", "default_store"]

# URL -> file name of a revision to serve instead of the indexed file.
Overrides = Mapping[str, str]

# Contexts whose own @vocab gives every term a meaning: the W3C examples contexts.
_DEFINING_VOCABS = frozenset({"https://www.w3.org/ns/credentials/examples#"})


class ContextStore:
    """Serves pinned context documents by URL. Thread-safe; documents are loaded once."""

    def __init__(self, folder: Path) -> None:
        self._folder = folder
        self._index: dict[str, str] = json.loads((folder / "index.json").read_text("utf-8"))
        self._hashes: dict[str, str] = json.loads((folder / "sha256.json").read_text("utf-8"))
        revisions_file = folder / "revisions.json"
        self._revisions: dict[str, list[str]] = (
            json.loads(revisions_file.read_text("utf-8")) if revisions_file.is_file() else {}
        )
        self._files: dict[str, Any] = {}
        self._pinned_ids: set[int] = set()
        self._initial: dict[tuple[tuple[str, str], ...], ActiveContext] = {}
        self._lock = threading.Lock()

    @property
    def folder(self) -> Path:
        return self._folder

    @property
    def urls(self) -> frozenset[str]:
        return frozenset(self._index)

    @property
    def defining_vocabs(self) -> frozenset[str]:
        return _DEFINING_VOCABS

    def knows(self, url: str) -> bool:
        return url in self._index

    def file_for(self, url: str) -> str | None:
        return self._index.get(url)

    def revisions(self, url: str) -> list[str]:
        """Earlier published revisions of ``url``'s file, newest first (may be empty)."""
        name = self._index.get(url)
        return list(self._revisions.get(name, [])) if name else []

    def document(self, url: str, overrides: Overrides | None = None) -> Any:
        """The parsed context document for ``url``. Do not mutate it."""
        name = (overrides or {}).get(url) or self._index.get(url)
        if name is None:
            raise UnknownContextError(url)
        return self._file(name)

    def _file(self, name: str) -> Any:
        cached = self._files.get(name)
        if cached is not None:
            return cached
        raw = (self._folder / name).read_bytes()
        if hashlib.sha256(raw).hexdigest() != self._hashes.get(name):
            raise ContextIntegrityError(f"bundled context {name} does not match its pinned hash")
        document = json.loads(raw)
        with self._lock:
            if name in self._files:
                return self._files[name]
            self._files[name] = document
            self._pinned_ids.update(_object_ids(document))
        return document

    def is_pinned_object(self, value: object) -> bool:
        """True when ``value`` is an object inside a served (hence immutable) context document."""
        return id(value) in self._pinned_ids

    def loader(self, overrides: Overrides | None = None) -> Callable[[str], Any]:
        """url -> the context document's ``@context`` value (what context processing reads)."""

        def load(url: str) -> Any:
            document = self.document(url, overrides)
            if not isinstance(document, dict) or "@context" not in document:
                raise ContextIntegrityError(f"the bundled context for {url} has no @context")
            return document["@context"]

        return load

    def initial(self, overrides: Overrides | None = None) -> ActiveContext:
        """The empty active context that processing starts from, one per set of overrides.

        Processed contexts are remembered under it, so a URL overridden by a revision never
        shares results with the same URL served from the index.
        """
        key = tuple(sorted((overrides or {}).items()))
        found = self._initial.get(key)
        if found is None:
            with self._lock:
                found = self._initial.setdefault(key, ActiveContext())
        return found


def _object_ids(document: Any) -> set[int]:
    ids: set[int] = set()
    stack = [document]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            ids.add(id(node))
            stack.extend(node.values())
        elif isinstance(node, list):
            ids.add(id(node))
            stack.extend(node)
    return ids


_default: ContextStore | None = None


def default_store() -> ContextStore:
    """The store over the bundled ``resources/contexts/`` folder (created once per process)."""
    global _default
    if _default is None:
        _default = ContextStore(resource_path("contexts"))
    return _default
