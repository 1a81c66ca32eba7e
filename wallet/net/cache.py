"""The disk cache seam: documents kept across runs with the time they were fetched.

DESIGN "Network": the cache lives inside the vault (encrypted) when one is open, else in the user
cache folder. :class:`DocumentCache` is the seam; the vault implements it with its encrypted
records (phase 2), :class:`FolderCache` is the plain-folder one used when no vault is open and
:class:`MemoryCache` the one tests and benchmarks use. A cache only ever holds what was fetched
over https with a 200 answer; a damaged entry reads as a miss, never as an error.

Privacy note: the folder cache shows which issuers' documents were fetched (not which
credential: whole lists are fetched); the vault's cache will not.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

import platformdirs

from wallet.net.settings import DEFAULT_MAX_BYTES

__all__ = [
    "CachedDocument",
    "DocumentCache",
    "FolderCache",
    "MemoryCache",
    "default_cache_folder",
    "document_bytes",
    "document_from",
]

_HEADER_CAP = 16 * 1024


@dataclass(frozen=True)
class CachedDocument:
    """A document as fetched: the URL asked for, where redirects ended, and when."""

    url: str
    body: bytes
    content_type: str
    fetched_at: datetime
    final_url: str = ""


class DocumentCache(Protocol):
    """Where fetched documents are kept between runs. Implementations are thread-safe."""

    def get(self, url: str) -> CachedDocument | None:
        """The copy of ``url``, or None (also for a damaged entry)."""

    def put(self, document: CachedDocument) -> None:
        """Keep ``document``, replacing any older copy of its URL. Failures are swallowed: a
        cache that cannot write costs a fetch next time, nothing else."""


class MemoryCache:
    """A process-local cache."""

    def __init__(self) -> None:
        self._documents: dict[str, CachedDocument] = {}
        self._lock = threading.Lock()

    def get(self, url: str) -> CachedDocument | None:
        with self._lock:
            return self._documents.get(url)

    def put(self, document: CachedDocument) -> None:
        with self._lock:
            self._documents[document.url] = document

    def __len__(self) -> int:
        return len(self._documents)


def document_bytes(document: CachedDocument) -> bytes:
    """A kept document as stored, in the folder or in the vault: a JSON header line (url, fetch
    time, type, final URL), then the body bytes."""
    header = {
        "url": document.url,
        "fetched_at": document.fetched_at.astimezone(UTC).isoformat(),
        "content_type": document.content_type[:200],
        "final_url": document.final_url[:2000],
    }
    return json.dumps(header, ensure_ascii=True).encode("ascii") + b"\n" + document.body


def document_from(
    line: bytes, body: bytes, url: str | None, max_bytes: int
) -> CachedDocument | None:
    """The document :func:`document_bytes` wrote (its header ``line``, then ``body``), or None
    when it is damaged, larger than ``max_bytes`` or, with ``url`` given, another URL's."""
    try:
        header = json.loads(line[:_HEADER_CAP])
        if not isinstance(header, dict):
            return None
        fetched_at = datetime.fromisoformat(str(header["fetched_at"]))
        found_url = str(header["url"])
    except (ValueError, KeyError, TypeError):
        return None
    if fetched_at.tzinfo is None or len(body) > max_bytes:
        return None
    if url is not None and found_url != url:
        return None
    return CachedDocument(
        found_url,
        body,
        str(header.get("content_type", "")),
        fetched_at.astimezone(UTC),
        str(header.get("final_url", "")),
    )


def default_cache_folder() -> Path:
    """The user cache folder's ``documents`` (platformdirs: ~/.cache/learner-wallet on Linux)."""
    return platformdirs.user_cache_path("learner-wallet") / "documents"


class FolderCache:
    """One file per URL: a JSON header line (url, fetch time, type), then the body bytes.

    Files are named by the SHA-256 of the URL and written atomically (a temporary file renamed
    over the old one), so a crash leaves the old copy or the new one, never half of either.
    """

    def __init__(self, folder: Path | None = None, *, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self._folder = folder or default_cache_folder()
        self._max_bytes = max_bytes

    def _path(self, url: str) -> Path:
        return self._folder / (hashlib.sha256(url.encode("utf-8")).hexdigest() + ".doc")

    def get(self, url: str) -> CachedDocument | None:
        try:
            with self._path(url).open("rb") as file:
                line = file.readline(_HEADER_CAP)
                body = file.read(self._max_bytes + 1)
        except OSError:
            return None
        return document_from(line, body, url, self._max_bytes)

    def put(self, document: CachedDocument) -> None:
        with contextlib.suppress(OSError):
            self._folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self._folder, suffix=".tmp")
            try:
                with os.fdopen(handle, "wb") as file:
                    file.write(document_bytes(document))
                os.replace(temporary, self._path(document.url))
            except OSError:
                with contextlib.suppress(OSError):
                    os.unlink(temporary)
                raise
