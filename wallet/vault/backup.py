"""The backup file: one encrypted file, its own authenticated header, its own passphrase.

Layout (all integers big-endian)::

    b"LWBACKUP" | format u8 = 1 | header length u32 | header (JSON) | nonce (12) | ciphertext

The header holds the Argon2id parameters and the wrapped file key (the vault's key scheme: a
random 256-bit key wrapped under the passphrase-derived key). The payload is AES-256-GCM with the
*whole* preamble and header as associated data, so no header byte can change unnoticed. Nothing in
the file is readable without the passphrase, unlike LCW's plain-JSON backups.

Reading is bounded before any work: the file's size (:data:`MAX_BACKUP_BYTES`), the header's, the
Argon2id cost (:mod:`wallet.vault.kdf`), and the inflated contents (:data:`MAX_PAYLOAD_BYTES`),
which are decrypted and inflated a chunk at a time and refused as soon as they pass the cap, so a
small file that inflates to gigabytes (issue 11: 4 GB ended in MemoryError) costs at most the cap.
Inflated bytes are parsed only after the GCM tag has been checked.
"""

from __future__ import annotations

import json
import os
import secrets
import zlib
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from wallet.errors import VaultCorrupted, VaultTooNew
from wallet.vault.kdf import KdfCost, KdfParams, derive_key
from wallet.vault.records import unwrap_data_key, wrap_data_key

__all__ = [
    "BACKUP_FORMAT",
    "MAX_BACKUP_BYTES",
    "MAX_PAYLOAD_BYTES",
    "open_backup",
    "read_backup",
    "seal_backup",
]

_MAGIC = b"LWBACKUP"
BACKUP_FORMAT = 1
MAX_HEADER = 4096
# Larger than the contents of any real vault: 10,000 credentials with badge images come to tens
# of megabytes. Past it a backup is refused, not inflated further.
MAX_PAYLOAD_BYTES = 256 * 1024 * 1024
# Compressed contents are never larger than inflated ones by more than zlib's few bytes a block.
MAX_BACKUP_BYTES = MAX_PAYLOAD_BYTES + 1024 * 1024
_CHUNK = 1024 * 1024
_TAG = 16


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


def read_backup(path: Path) -> bytes:
    """The bytes of the backup file at ``path``, refused (VaultCorrupted) before reading when it
    is larger than any backup can be. Raises OSError when it cannot be read."""
    with path.open("rb") as handle:
        too_large = os.fstat(handle.fileno()).st_size > MAX_BACKUP_BYTES
        data = b"" if too_large else handle.read(MAX_BACKUP_BYTES + 1)  # it may still grow
    if too_large or len(data) > MAX_BACKUP_BYTES:
        raise VaultCorrupted(
            f"{path.name} is larger than any Learner Wallet backup "
            f"({MAX_BACKUP_BYTES // (1024 * 1024)} MB at most)"
        )
    return data


def open_backup(data: bytes, passphrase: str) -> dict[str, Any]:
    """Decrypt backup-file bytes. Raises WrongPassphrase, VaultCorrupted (damaged, not a backup,
    or larger than any backup), VaultTooNew (a newer backup format). Hostile KDF parameters fail
    before deriving; contents inflating past :data:`MAX_PAYLOAD_BYTES` fail while inflating."""
    if not data.startswith(_MAGIC) or len(data) < len(_MAGIC) + 5:
        raise VaultCorrupted("this file is not a Learner Wallet backup")
    if len(data) > MAX_BACKUP_BYTES:
        raise VaultCorrupted("this file is larger than any Learner Wallet backup")
    version = data[len(_MAGIC)]
    if version > BACKUP_FORMAT:
        raise VaultTooNew(f"this backup uses format {version}, made by a newer Learner Wallet")
    start = len(_MAGIC) + 5
    length = int.from_bytes(data[len(_MAGIC) + 1 : start], "big")
    if version < 1 or length > MAX_HEADER or len(data) < start + length + 12 + _TAG:
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
    body = memoryview(data)[start + length :]
    plaintext = _decrypt_and_inflate(file_key, body, preamble)
    try:
        payload = json.loads(plaintext)
    except ValueError:
        raise VaultCorrupted("the backup's contents are unreadable") from None
    if not isinstance(payload, dict):
        raise VaultCorrupted("the backup's contents are unreadable")
    return payload


def _decrypt_and_inflate(key: bytes, body: memoryview, preamble: bytes) -> bytearray:
    """AES-256-GCM decryption and zlib inflation a chunk at a time, stopping at the cap.

    The result is returned only once the tag holds (SP 800-38D §7.2: plaintext is released after
    verification); until then it is only counted, never parsed.
    """
    nonce, ciphertext, tag = body[:12], body[12:-_TAG], body[-_TAG:]
    decryptor = Cipher(algorithms.AES(key), modes.GCM(bytes(nonce))).decryptor()
    decryptor.authenticate_additional_data(preamble)
    inflater = zlib.decompressobj()
    inflated = bytearray()
    readable = True
    for offset in range(0, len(ciphertext), _CHUNK):
        pending = decryptor.update(ciphertext[offset : offset + _CHUNK])
        try:
            while readable and pending:
                inflated += inflater.decompress(pending, MAX_PAYLOAD_BYTES - len(inflated) + 1)
                if len(inflated) > MAX_PAYLOAD_BYTES:
                    raise VaultCorrupted(
                        "the backup's contents inflate past "
                        f"{MAX_PAYLOAD_BYTES // (1024 * 1024)} MB, more than any wallet holds"
                    )
                pending = inflater.unconsumed_tail
        except zlib.error:
            readable = False  # keep decrypting: a failing tag is the better reason to give
    try:
        decryptor.finalize_with_tag(bytes(tag))
    except InvalidTag:
        raise VaultCorrupted("the backup is damaged: it fails its integrity check") from None
    if not readable or not inflater.eof or inflater.unused_data:
        raise VaultCorrupted("the backup's contents are unreadable")
    return inflated
