"""The network layer: the one Fetcher of DESIGN "Network" and the seams under it.

- :class:`WebFetcher` — https only, address checks before every connection, redirects, caps,
  a per-run memo, a disk cache with fetch times, an offline switch (:mod:`wallet.net.fetcher`).
- :class:`Fetcher` — the Protocol everything that reads the web takes; :class:`RecordingFetcher`
  a per-input view that lists what one verification used.
- :class:`DocumentCache` — the cache seam (:class:`FolderCache`, :class:`MemoryCache`; the vault
  implements it encrypted).
- :class:`NetworkSettings` — trust store, proxy, loopback switch, read from the environment.

Nothing here imports the verification pipeline, and nothing here runs on the GUI thread.
"""

from __future__ import annotations

from wallet.net.addresses import HostResolver, SystemResolver, address_refusal
from wallet.net.cache import (
    CachedDocument,
    DocumentCache,
    FolderCache,
    MemoryCache,
    default_cache_folder,
)
from wallet.net.fetcher import (
    DEFAULT_MAX_AGE,
    Fetched,
    Fetcher,
    FetchRecord,
    RecordingFetcher,
    WebFetcher,
    json_of,
)
from wallet.net.settings import DEFAULT_MAX_BYTES, NetworkSettings
from wallet.net.transport import HttpTransport, Transport

__all__ = [
    "DEFAULT_MAX_AGE",
    "DEFAULT_MAX_BYTES",
    "CachedDocument",
    "DocumentCache",
    "FetchRecord",
    "Fetched",
    "Fetcher",
    "FolderCache",
    "HostResolver",
    "HttpTransport",
    "MemoryCache",
    "NetworkSettings",
    "RecordingFetcher",
    "SystemResolver",
    "Transport",
    "WebFetcher",
    "address_refusal",
    "default_cache_folder",
    "json_of",
]
