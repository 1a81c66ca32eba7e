"""The backup file: one encrypted file, its own authenticated header, its own passphrase.

Layout (all integers big-endian)::

    b"LWBACKUP" | format u8 = 1 | header length u32 | header (JSON) | nonce (12) | ciphertext

The header holds the Argon2id parameters and the wrapped file key (the vault's key scheme: a
random 256-bit key wrapped under the passphrase-derived key). The payload is AES-256-GCM with the
*whole* preamble and header as associated data, so no header byte can change unnoticed. Nothing in
the file is readable without the passphrase, unlike LCW's plain-JSON backups.
"""

from __future__ import annotations

import json
import secrets
import zlib
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from wallet.errors import VaultCorrupted, VaultTooNew
from wallet.vault.kdf import KdfCost, KdfParams, derive_key
from wallet.vault.records import unwrap_data_key, wrap_data_key

__all__ = ["BACKUP_FORMAT", "MAX_BACKUP_BYTES", "open_backup", "seal_backup"]

_MAGIC = b"LWBACKUP"
BACKUP_FORMAT = 1
MAX_HEADER = 4096
MAX_BACKUP_BYTES = 2 * 1024 * 1024 * 1024
_MAX_PAYLOAD = 4 * 1024 * 1024 * 1024  # decompression cap: a hostile file cannot balloon


def seal_backup(payload: dict[str, Any], passphrase: str, cost: KdfCost) -> bytes:
    """Encrypt ``payload`` (the vault's contents as JSON) into backup-file bytes."""
    params = KdfParams.fresh(cost)
    file_key = secrets.token_bytes(32)
    backup_id = secrets.token_bytes(16)
    kdf_json = params.to_json()
    wrapped = wrap_data_key(derive_key(passphrase, params), file_key, backup_id, kdf_json)
    header = json.dumps(
        {"id": backup_id.hex(), "kdf": kdf_json.decode(), "key": wrapped.hex()}, sort_keys=True
    ).encode()
    preamble = _MAGIC + bytes([BACKUP_FORMAT]) + len(header).to_bytes(4, "big") + header
    plaintext = zlib.compress(json.dumps(payload, separators=(",", ":")).encode(), 6)
    nonce = secrets.token_bytes(12)
    return preamble + nonce + AESGCM(file_key).encrypt(nonce, plaintext, preamble)


def open_backup(data: bytes, passphrase: str) -> dict[str, Any]:
    """Decrypt backup-file bytes. Raises WrongPassphrase, VaultCorrupted (damaged or not a
    backup), VaultTooNew (a newer backup format). Hostile KDF parameters fail before deriving."""
    if not data.startswith(_MAGIC) or len(data) < len(_MAGIC) + 5:
        raise VaultCorrupted("this file is not a Learner Wallet backup")
    version = data[len(_MAGIC)]
    if version > BACKUP_FORMAT:
        raise VaultTooNew(f"this backup uses format {version}, made by a newer Learner Wallet")
    start = len(_MAGIC) + 5
    length = int.from_bytes(data[len(_MAGIC) + 1 : start], "big")
    if version < 1 or length > MAX_HEADER or len(data) < start + length + 12 + 16:
        raise VaultCorrupted("the backup is damaged or cut short")
    preamble = data[: start + length]
    try:
        header = json.loads(data[start : start + length])
        backup_id = bytes.fromhex(header["id"])
        kdf_json = header["kdf"].encode()
        wrapped = bytes.fromhex(header["key"])
    except (ValueError, KeyError, TypeError, AttributeError):
        raise VaultCorrupted("the backup's header is damaged") from None
    params = KdfParams.from_json(kdf_json)  # bounds checked before any derivation
    file_key = unwrap_data_key(derive_key(passphrase, params), wrapped, backup_id, kdf_json)
    body = data[start + length :]
    try:
        compressed = AESGCM(file_key).decrypt(body[:12], body[12:], preamble)
    except InvalidTag:
        raise VaultCorrupted("the backup is damaged: it fails its integrity check") from None
    try:
        inflater = zlib.decompressobj()
        plaintext = inflater.decompress(compressed, _MAX_PAYLOAD)
        if inflater.unconsumed_tail:
            raise VaultCorrupted("the backup's contents are larger than any wallet")
        payload = json.loads(plaintext)
    except (zlib.error, ValueError):
        raise VaultCorrupted("the backup's contents are unreadable") from None
    if not isinstance(payload, dict):
        raise VaultCorrupted("the backup's contents are unreadable")
    return payload
