"""Record encryption: AES-256-GCM under the vault's data key, bound to where the record lives.

Every record's associated data is ``vault id ‖ table ‖ record id`` (length-prefixed), so a record
copied to another row, another table or another vault fails its tag instead of decrypting
(NIST SP 800-38D §5.2.1.2: AAD is authenticated, not encrypted). Nonces are 96 random bits; at the
vault's scale (far below 2^32 encryptions per key, SP 800-38D §8.3) random nonces are safe.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from wallet.errors import VaultCorrupted, WrongPassphrase

__all__ = ["RecordCipher", "unwrap_data_key", "wrap_data_key"]

_RECORD_V1 = b"\x01"
_NONCE = 12
_WRAP_LABEL = b"learner-wallet/data-key/v1"


def _aad(*parts: bytes) -> bytes:
    return b"".join(len(p).to_bytes(4, "big") + p for p in parts)


def wrap_data_key(kek: bytes, data_key: bytes, vault_id: bytes, header: bytes) -> bytes:
    """Encrypt the data key under the passphrase-derived key; ``header`` (the KDF parameters)
    is bound in, so changing a stored parameter makes unwrapping fail instead of weakening it."""
    nonce = secrets.token_bytes(_NONCE)
    return nonce + AESGCM(kek).encrypt(nonce, data_key, _aad(_WRAP_LABEL, vault_id, header))


def unwrap_data_key(kek: bytes, wrapped: bytes, vault_id: bytes, header: bytes) -> bytes:
    """The data key; :class:`WrongPassphrase` when the tag fails (the only cause we can know)."""
    if len(wrapped) != _NONCE + 32 + 16:
        raise VaultCorrupted("the vault's wrapped key has the wrong length")
    try:
        key = AESGCM(kek).decrypt(
            wrapped[:_NONCE], wrapped[_NONCE:], _aad(_WRAP_LABEL, vault_id, header)
        )
    except InvalidTag:
        raise WrongPassphrase("the passphrase does not unlock this vault") from None
    return key


class RecordCipher:
    """Seals and opens records for one vault. Holds the data key; drop it to lock."""

    def __init__(self, data_key: bytes, vault_id: bytes) -> None:
        if len(data_key) != 32:
            raise ValueError("the data key must be 256 bits")
        self._aead = AESGCM(data_key)
        self._vault_id = vault_id
        # A separate key for keyed ids, so ids reveal nothing (HKDF-style domain separation).
        self._index_key = hmac.new(data_key, b"learner-wallet/index-key/v1", "sha256").digest()

    def seal(self, table: str, record_id: str, plaintext: bytes) -> bytes:
        nonce = secrets.token_bytes(_NONCE)
        aad = _aad(self._vault_id, table.encode(), record_id.encode())
        return _RECORD_V1 + nonce + self._aead.encrypt(nonce, plaintext, aad)

    def open(self, table: str, record_id: str, blob: bytes) -> bytes:
        """The plaintext; :class:`VaultCorrupted` naming ``record_id`` when it fails its tag."""
        if len(blob) < 1 + _NONCE + 16 or blob[:1] != _RECORD_V1:
            raise VaultCorrupted(f"record {record_id} in {table} is damaged", record=record_id)
        aad = _aad(self._vault_id, table.encode(), record_id.encode())
        try:
            return self._aead.decrypt(blob[1 : 1 + _NONCE], blob[1 + _NONCE :], aad)
        except InvalidTag:
            raise VaultCorrupted(
                f"record {record_id} in {table} is damaged or was moved", record=record_id
            ) from None

    def keyed_id(self, purpose: str, value: bytes) -> str:
        """A stable id that reveals nothing about ``value`` without the data key (HMAC-SHA256)."""
        mac = hmac.new(self._index_key, purpose.encode() + b"\0" + value, hashlib.sha256)
        return mac.hexdigest()[:32]
