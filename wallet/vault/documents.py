"""The vault's :class:`~wallet.net.cache.DocumentCache`: fetched documents kept encrypted.

DESIGN "Network": the disk cache lives inside the vault (encrypted) when one is open. Each
document is one record of the ``documents`` table (format 4), sealed like every record (AES-GCM,
its table and id bound in), under an id that is a keyed hash of its URL: the file says neither
which issuers were asked nor which badges were looked at, where the plain folder cache names
each document by the SHA-256 of its URL, which anyone can compute for a guessed issuer.

Record (bytes)::

    {"url", "fetched_at", "content_type", "final_url"} as one JSON line, then the body

Writes are buffered and written by :meth:`VaultDocumentCache.flush` in a transaction of their
own: the Fetcher puts documents in the middle of a verification run, which the vault may be
running inside a transaction of its batch (SQLite has no nested transactions), and a cache
that cannot write costs a fetch next time, nothing else. Reads see buffered documents first.
Thread-safe (a lock around the buffer and the store's reads); a damaged record reads as a miss.
"""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path

from wallet.errors import VaultError
from wallet.net.cache import CachedDocument, document_bytes, document_from
from wallet.net.settings import DEFAULT_MAX_BYTES
from wallet.vault.image_reader import ImageReader
from wallet.vault.store import VaultStore

__all__ = ["TABLE", "VaultDocumentCache", "document_id", "read_fetched_image"]

TABLE = "documents"
MAX_DOCUMENT_BYTES = max(DEFAULT_MAX_BYTES, 5 * 1024 * 1024)  # badge images: up to 5 MB


def document_id(store: VaultStore, url: str) -> str:
    """The record id of ``url``'s document (raises VaultLocked when locked)."""
    return store.cipher.keyed_id("document", url.encode("utf-8"))


def decode_document(plain: bytes, url: str | None = None) -> CachedDocument | None:
    """The document in a record, or None when it is damaged or is not ``url``'s."""
    line, _, body = plain.partition(b"\n")
    return document_from(line, body, url, MAX_DOCUMENT_BYTES)


class VaultDocumentCache:
    """A DocumentCache over an unlocked vault (see the module docstring)."""

    def __init__(self, store: VaultStore) -> None:
        self._store = store
        self._pending: dict[str, CachedDocument] = {}
        self._lock = threading.Lock()

    def get(self, url: str) -> CachedDocument | None:
        with self._lock:
            pending = self._pending.get(url)
            if pending is not None:
                return pending
            try:
                plain = self._store.get(TABLE, document_id(self._store, url))
            except VaultError:
                return None  # locked, or a damaged record: a miss, never an error
        return None if plain is None else decode_document(plain, url)

    def put(self, document: CachedDocument) -> None:
        if len(document.body) > MAX_DOCUMENT_BYTES:
            return
        with self._lock:
            self._pending[document.url] = document

    def holds_any(self) -> bool:
        """Is any document kept (or about to be)?"""
        with self._lock:
            if self._pending:
                return True
            try:
                return bool(self._store.query(f"SELECT 1 FROM {TABLE} LIMIT 1"))
            except VaultError:
                return False

    @property
    def pending(self) -> int:
        with self._lock:
            return len(self._pending)

    def flush(self) -> int:
        """Write the buffered documents in one transaction; returns how many. Call it with no
        transaction open. A failed write (disk full, locked vault) drops them, silently."""
        with self._lock:
            pending, self._pending = self._pending, {}
            if not pending:
                return 0
            with contextlib.suppress(VaultError):
                with self._store.transaction() as conn:
                    for url, document in pending.items():
                        rid = document_id(self._store, url)
                        self._store.put(conn, TABLE, rid, document_bytes(document))
                return len(pending)
        return 0

    def documents(self) -> list[CachedDocument]:
        """Every document kept, newest first (what Settings shows: what was fetched, from where,
        when). Damaged records are left out."""
        with self._lock:
            found = {d.url: d for d in self._pending.values()}
            stored = []
            with contextlib.suppress(VaultError):
                for rid, blob, version in self._store.rows(TABLE):
                    with contextlib.suppress(VaultError):
                        stored.append(self._store.open_record(TABLE, rid, blob, version))
        for plain in stored:
            document = decode_document(plain)
            if document is not None:
                found.setdefault(document.url, document)
        return sorted(found.values(), key=lambda d: d.fetched_at, reverse=True)


def read_fetched_image(store: VaultStore, reader: ImageReader, url: str) -> bytes | None:
    """The picture kept for ``url`` (an image/* document), read through ``reader`` so any
    thread may ask while the vault's own connection is busy. Raises VaultLocked."""
    cipher = store.cipher
    rid = document_id(store, url)
    if store.path == Path(":memory:"):
        plain = store.get(TABLE, rid)
    else:
        row = reader.blob(TABLE, rid)
        plain = None if row is None else cipher.open(TABLE, rid, *row)
    found = None if plain is None else decode_document(plain, url)
    if found is None or not found.content_type.lower().startswith("image/"):
        return None
    return found.body
