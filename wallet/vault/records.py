"""Record encryption: AES-256-GCM under the vault's data key, bound to where the record lives.

Every record's associated data is ``vault id ‖ table ‖ record id ‖ version`` (length-prefixed),
so a record copied to another row, another table or another vault, or given another version
number, fails its tag instead of decrypting (NIST SP 800-38D §5.2.1.2: AAD is authenticated, not
encrypted). Versions only grow (:mod:`wallet.vault.index` keeps them honest); records written
before format 3 have no version in their associated data and are read only to migrate them.
Nonces are 96 random bits; at the vault's scale (far below 2^32 encryptions per key, SP 800-38D
§8.3) random nonces are safe.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from wallet.errors import VaultCorrupted, WrongPassphrase

__all__ = ["RecordCipher", "unwrap_data_key", "wrap_data_key"]

_RECORD_V1 = b"\x01"  # associated data without a version: formats 1 and 2
_RECORD_V2 = b"\x02"  # with the record's version: format 3 on
_NONCE = 12
_WRAP_LABEL = b"learner-wallet/data-key/v1"
_INDEX_LABEL = b"learner-wallet/record-index/v1"


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
        # Separate keys for keyed ids and for the record index (HKDF-style domain separation).
        self._index_key = hmac.new(data_key, b"learner-wallet/index-key/v1", "sha256").digest()
        self._versions_key = hmac.new(data_key, _INDEX_LABEL, "sha256").digest()

    def _record_aad(self, table: str, record_id: str, version: int | None) -> bytes:
        parts = [self._vault_id, table.encode(), record_id.encode()]
        if version is not None:
            parts.append(version.to_bytes(8, "big", signed=True))
        return _aad(*parts)

    def seal(self, table: str, record_id: str, plaintext: bytes, version: int | None = 0) -> bytes:
        """A sealed record at ``version``; None writes the format before versions (only for
        golden files of those formats)."""
        nonce = secrets.token_bytes(_NONCE)
        aad = self._record_aad(table, record_id, version)
        kind = _RECORD_V1 if version is None else _RECORD_V2
        return kind + nonce + self._aead.encrypt(nonce, plaintext, aad)

    def open(
        self, table: str, record_id: str, blob: bytes, version: int = 0, *, legacy: bool = False
    ) -> bytes:
        """The plaintext; :class:`VaultCorrupted` naming ``record_id`` when it fails its tag.

        ``version`` is the one stored beside the record; ``legacy`` also accepts a record
        written before versions were bound in (only while migrating, and for the key check)."""
        kind = blob[:1]
        if len(blob) < 1 + _NONCE + 16 or kind not in (_RECORD_V2, _RECORD_V1):
            raise VaultCorrupted(f"record {record_id} in {table} is damaged", record=record_id)
        if kind == _RECORD_V1 and not legacy:
            raise VaultCorrupted(
                f"record {record_id} in {table} is of an older format than its vault",
                record=record_id,
            )
        aad = self._record_aad(table, record_id, version if kind == _RECORD_V2 else None)
        try:
            return self._aead.decrypt(blob[1 : 1 + _NONCE], blob[1 + _NONCE :], aad)
        except InvalidTag:
            raise VaultCorrupted(
                f"record {record_id} in {table} is damaged or was moved", record=record_id
            ) from None

    def index_term(self, table: str, record_id: str, version: int, extra: bytes = b"") -> int:
        """One record's term in the record index: a PRF of where it is and which version, as an
        integer to XOR into the index. Keyed BLAKE2b (RFC 7693 §2.9: a keyed BLAKE2 is a MAC)
        rather than HMAC: unlock computes one term per record, and it is three times faster."""
        # Netstring-style lengths keep the encoding unambiguous (an id may hold any character).
        message = f"{len(table)}:{table}{len(record_id)}:{record_id}{version}:".encode() + extra
        term = hashlib.blake2b(message, key=self._versions_key, digest_size=32, person=b"lw-term")
        return int.from_bytes(term.digest())

    def index_mac(self, generation: int, accumulator: int) -> bytes:
        """The MAC of the record index: its generation and the XOR of every record's term."""
        message = _aad(b"index", self._vault_id, generation.to_bytes(8, "big"),
                       accumulator.to_bytes(32, "big"))  # fmt: skip
        return hmac.new(self._versions_key, message, hashlib.sha256).digest()

    def keyed_id(self, purpose: str, value: bytes) -> str:
        """A stable id that reveals nothing about ``value`` without the data key (HMAC-SHA256)."""
        mac = hmac.new(self._index_key, purpose.encode() + b"\0" + value, hashlib.sha256)
        return mac.hexdigest()[:32]
