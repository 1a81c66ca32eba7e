"""The vault's signature cache, keyed so that no file can plant an entry.

``wallet.verify.cache`` keys an entry by SHA-256 of the document, which anyone can compute: an
entry saying "signature: pass" for a forged credential is as easy to write as a real one, and
before issue 11 a backup carried such entries into the vault that restored it. Here every stored
entry carries an HMAC-SHA256 over its key *and* its checks, under a key derived from the vault's
data key (HKDF-style domain separation, as ``RecordCipher.keyed_id``). The data key never leaves
the vault (a backup has its own file key, and a restore makes a new data key), so an entry made
anywhere else fails its MAC and is ignored: the credential is simply verified again. Backups and
restores carry no cache entries at all; this is the second line.

Stored record (JSON, one per credential)::

    [[mac_hex, key_hex, checks], ...]

Records of the earlier form ``[[key_hex, checks], ...]`` carry no MAC and read as empty.
"""

from __future__ import annotations

import hashlib
import hmac
from typing import Any

from wallet.vault.codec import checks_from_json, checks_to_json, dumps
from wallet.vault.verifying import CacheEntries

__all__ = ["cache_mac_key", "open_entries", "seal_entries"]

_LABEL = b"learner-wallet/signature-cache/v1"


def cache_mac_key(data_key: bytes) -> bytes:
    return hmac.new(data_key, _LABEL, hashlib.sha256).digest()


def _mac(mac_key: bytes, key: bytes, checks: Any) -> str:
    return hmac.new(mac_key, key + b"\0" + dumps(checks), hashlib.sha256).hexdigest()


def seal_entries(mac_key: bytes, entries: CacheEntries) -> list[list[Any]]:
    """The stored form of ``entries``, each with its MAC."""
    sealed = []
    for key, checks in entries:
        value = checks_to_json(checks)
        sealed.append([_mac(mac_key, key, value), key.hex(), value])
    return sealed


def open_entries(mac_key: bytes, stored: Any) -> CacheEntries:
    """The entries of a stored record whose MAC holds; anything else is left out (it will be
    verified again, never believed)."""
    found = []
    for entry in stored if isinstance(stored, list) else ():
        try:
            mac, key_hex, value = entry
            key = bytes.fromhex(key_hex)
            if hmac.compare_digest(str(mac), _mac(mac_key, key, value)):
                found.append((key, checks_from_json(value)))
        except (TypeError, ValueError, KeyError, IndexError):
            continue
    return tuple(found)
