"""Public and private keys, their encodings (Multikey, JWK) and raw signature checks.

Key encodings follow STANDARDS §0 and §2: multicodec-prefixed Multikey values and JWKs. Every
decoder refuses what it does not fully understand (unknown prefixes, wrong lengths, JWKs that carry
a private part, points off the curve) with :class:`KeyError_`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import (
    decode_dss_signature,
    encode_dss_signature,
)
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    PublicFormat,
    load_pem_public_key,
)

from wallet.dids.multibase import (
    MultibaseError,
    b64url_decode,
    b64url_encode,
    multibase_decode,
    multibase_encode,
    split_multicodec,
)
from wallet.wording import shown

__all__ = [
    "JOSE_ALGORITHMS",
    "KeyError_",
    "KeyType",
    "PrivateKey",
    "PublicKey",
]


class KeyError_(ValueError):
    """A key that cannot be decoded or is not acceptable (the message says which)."""


class KeyType(StrEnum):
    ED25519 = "Ed25519"
    P256 = "P-256"
    P384 = "P-384"
    SECP256K1 = "secp256k1"
    RSA = "RSA"


_PUBLIC_CODECS = {
    0xED: (KeyType.ED25519, 32),
    0x1200: (KeyType.P256, 33),
    0x1201: (KeyType.P384, 49),
    0xE7: (KeyType.SECP256K1, 33),
}
_SECRET_CODECS = {0x1300: KeyType.ED25519, 0x1306: KeyType.P256, 0x1307: KeyType.P384}
_CODEC_OF = {kind: codec for codec, (kind, _) in _PUBLIC_CODECS.items()}
_SECRET_CODEC_OF = {kind: codec for codec, kind in _SECRET_CODECS.items()}
_CURVES: dict[KeyType, ec.EllipticCurve] = {
    KeyType.P256: ec.SECP256R1(),
    KeyType.P384: ec.SECP384R1(),
    KeyType.SECP256K1: ec.SECP256K1(),
}
_CURVE_HASH: dict[KeyType, type[hashes.SHA256] | type[hashes.SHA384]] = {
    KeyType.P256: hashes.SHA256,
    KeyType.P384: hashes.SHA384,
    KeyType.SECP256K1: hashes.SHA256,
}
_JWK_CURVES = {"P-256": KeyType.P256, "P-384": KeyType.P384, "secp256k1": KeyType.SECP256K1}
_SCALAR_BYTES = {KeyType.P256: 32, KeyType.P384: 48, KeyType.SECP256K1: 32}

# RFC 7518 / RFC 8037 algorithms, and the key type each is allowed with (STANDARDS §7 A6).
JOSE_ALGORITHMS: dict[str, KeyType] = {
    "EdDSA": KeyType.ED25519,
    "Ed25519": KeyType.ED25519,
    "ES256": KeyType.P256,
    "ES384": KeyType.P384,
    "ES256K": KeyType.SECP256K1,
    "RS256": KeyType.RSA,
    "PS256": KeyType.RSA,
}
MIN_RSA_BITS = 2048

PublicKeyObject = ed25519.Ed25519PublicKey | ec.EllipticCurvePublicKey | rsa.RSAPublicKey


@dataclass(frozen=True)
class PublicKey:
    """A verification key. Compare keys with :meth:`same_key`."""

    type: KeyType
    key: PublicKeyObject

    # --- decoding -----------------------------------------------------------------------------
    @classmethod
    def from_multikey(cls, value: str) -> PublicKey:
        """Decode a ``publicKeyMultibase`` (``z6Mk…``, ``zDn…``, ``z82…``, ``zQ3s…``)."""
        try:
            codec, raw = split_multicodec(multibase_decode(value))
        except MultibaseError as exc:
            raise KeyError_(f"malformed key {shown(value[:24])}: {exc}") from None
        known = _PUBLIC_CODECS.get(codec)
        if known is None:
            raise KeyError_(f"unsupported key type (multicodec 0x{codec:x})")
        kind, length = known
        if len(raw) != length:
            raise KeyError_(f"{kind} key has {len(raw)} bytes, expected {length}")
        return cls.from_raw(kind, raw)

    @classmethod
    def from_raw(cls, kind: KeyType, raw: bytes) -> PublicKey:
        try:
            if kind is KeyType.ED25519:
                return cls(kind, ed25519.Ed25519PublicKey.from_public_bytes(raw))
            if kind in _CURVES:
                return cls(kind, ec.EllipticCurvePublicKey.from_encoded_point(_CURVES[kind], raw))
        except (ValueError, UnsupportedAlgorithm):
            raise KeyError_(f"not a valid {kind} public key") from None
        raise KeyError_(f"cannot decode a raw {kind} key")

    @classmethod
    def from_base58(cls, value: str) -> PublicKey:
        """Ed25519VerificationKey2018 ``publicKeyBase58``: 32 raw bytes."""
        from wallet.dids.multibase import b58decode

        try:
            raw = b58decode(value)
        except MultibaseError as exc:
            raise KeyError_(f"malformed publicKeyBase58: {exc}") from None
        if len(raw) != 32:
            raise KeyError_("publicKeyBase58 is not a 32-byte Ed25519 key")
        return cls.from_raw(KeyType.ED25519, raw)

    @classmethod
    def from_jwk(cls, jwk: Any) -> PublicKey:
        """Decode a public JWK; one with a private part (``d``, ``p``, …) is refused (A6)."""
        if not isinstance(jwk, dict):
            raise KeyError_("a JWK must be a JSON object")
        if any(name in jwk for name in ("d", "p", "q", "dp", "dq", "qi", "k")):
            raise KeyError_("the JWK contains private key material")
        kty, crv = jwk.get("kty"), jwk.get("crv")
        try:
            if kty == "OKP" and crv == "Ed25519":
                return cls.from_raw(KeyType.ED25519, _jwk_bytes(jwk, "x", 32))
            if kty == "EC" and crv in _JWK_CURVES:
                kind = _JWK_CURVES[crv]
                size = _SCALAR_BYTES[kind]
                x = int.from_bytes(_jwk_bytes(jwk, "x", size), "big")
                y = int.from_bytes(_jwk_bytes(jwk, "y", size), "big")
                return cls(kind, ec.EllipticCurvePublicNumbers(x, y, _CURVES[kind]).public_key())
            if kty == "RSA":
                n = int.from_bytes(_jwk_bytes(jwk, "n"), "big")
                e = int.from_bytes(_jwk_bytes(jwk, "e"), "big")
                return cls.from_rsa(rsa.RSAPublicNumbers(e, n).public_key())
        except (ValueError, UnsupportedAlgorithm) as exc:
            raise KeyError_(f"invalid {kty} JWK: {exc}") from None
        raise KeyError_(f"unsupported JWK (kty {shown(kty)}, crv {shown(crv)})")

    @classmethod
    def from_pem(cls, pem: str) -> PublicKey:
        """An Open Badges 2.0 ``publicKeyPem``."""
        try:
            key = load_pem_public_key(pem.encode("ascii"))
        except (ValueError, UnsupportedAlgorithm, UnicodeEncodeError):
            raise KeyError_("publicKeyPem is not a PEM public key") from None
        if isinstance(key, rsa.RSAPublicKey):
            return cls.from_rsa(key)
        if isinstance(key, ed25519.Ed25519PublicKey):
            return cls(KeyType.ED25519, key)
        if isinstance(key, ec.EllipticCurvePublicKey):
            kind = {"secp256r1": KeyType.P256, "secp384r1": KeyType.P384}.get(key.curve.name)
            if kind is not None:
                return cls(kind, key)
        raise KeyError_("unsupported PEM key type")

    @classmethod
    def from_rsa(cls, key: rsa.RSAPublicKey) -> PublicKey:
        if key.key_size < MIN_RSA_BITS:
            raise KeyError_(f"RSA key of {key.key_size} bits is too weak")
        return cls(KeyType.RSA, key)

    # --- encoding -----------------------------------------------------------------------------
    def raw(self) -> bytes:
        if isinstance(self.key, ed25519.Ed25519PublicKey):
            return self.key.public_bytes(Encoding.Raw, PublicFormat.Raw)
        if isinstance(self.key, ec.EllipticCurvePublicKey):
            return self.key.public_bytes(Encoding.X962, PublicFormat.CompressedPoint)
        return self.key.public_bytes(Encoding.DER, PublicFormat.SubjectPublicKeyInfo)

    def to_multikey(self) -> str:
        codec = _CODEC_OF.get(self.type)
        if codec is None:
            raise KeyError_(f"{self.type} keys have no Multikey form")
        return multibase_encode(_varint(codec) + self.raw())

    def to_jwk(self) -> dict[str, str]:
        if isinstance(self.key, ed25519.Ed25519PublicKey):
            return {"kty": "OKP", "crv": "Ed25519", "x": b64url_encode(self.raw())}
        if isinstance(self.key, ec.EllipticCurvePublicKey):
            numbers = self.key.public_numbers()
            size = _SCALAR_BYTES[self.type]
            crv = {v: k for k, v in _JWK_CURVES.items()}[self.type]
            return {
                "kty": "EC",
                "crv": crv,
                "x": b64url_encode(numbers.x.to_bytes(size, "big")),
                "y": b64url_encode(numbers.y.to_bytes(size, "big")),
            }
        rsa_numbers = self.key.public_numbers()
        return {
            "kty": "RSA",
            "n": b64url_encode(_int_bytes(rsa_numbers.n)),
            "e": b64url_encode(_int_bytes(rsa_numbers.e)),
        }

    def same_key(self, other: PublicKey) -> bool:
        return self.type == other.type and self.raw() == other.raw()

    # --- verification -------------------------------------------------------------------------
    def verify(self, signature: bytes, message: bytes, *, alg: str | None = None) -> bool:
        """True when ``signature`` over ``message`` verifies.

        Ed25519 is pure (RFC 8032). ECDSA signatures are raw r‖s (IEEE P1363), hashed with the
        curve's hash unless ``alg`` names another; RSA needs ``alg`` RS256 or PS256.
        """
        try:
            if isinstance(self.key, ed25519.Ed25519PublicKey):
                self.key.verify(signature, message)
                return True
            if isinstance(self.key, ec.EllipticCurvePublicKey):
                size = _SCALAR_BYTES[self.type]
                if len(signature) != 2 * size:
                    return False
                r = int.from_bytes(signature[:size], "big")
                s = int.from_bytes(signature[size:], "big")
                self.key.verify(
                    encode_dss_signature(r, s), message, ec.ECDSA(_CURVE_HASH[self.type]())
                )
                return True
            if alg == "PS256":
                self.key.verify(
                    signature,
                    message,
                    padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=32),
                    hashes.SHA256(),
                )
                return True
            if alg == "RS256":
                self.key.verify(signature, message, padding.PKCS1v15(), hashes.SHA256())
                return True
            return False
        except (InvalidSignature, ValueError):
            return False


@dataclass(frozen=True)
class PrivateKey:
    """A signing key (the holder's key; issuers' keys in tests and demo samples)."""

    type: KeyType
    key: ed25519.Ed25519PrivateKey | ec.EllipticCurvePrivateKey

    @classmethod
    def generate(cls, kind: KeyType = KeyType.ED25519) -> PrivateKey:
        if kind is KeyType.ED25519:
            return cls(kind, ed25519.Ed25519PrivateKey.generate())
        if kind in _CURVES:
            return cls(kind, ec.generate_private_key(_CURVES[kind]))
        raise KeyError_(f"cannot generate {kind} keys")

    @classmethod
    def from_multikey(cls, value: str) -> PrivateKey:
        """Decode a ``secretKeyMultibase``/``privateKeyMultibase`` (``z3u2…`` for Ed25519)."""
        try:
            codec, raw = split_multicodec(multibase_decode(value))
        except MultibaseError as exc:
            raise KeyError_(f"malformed secret key: {exc}") from None
        kind = _SECRET_CODECS.get(codec)
        if kind is None:
            raise KeyError_(f"unsupported secret key (multicodec 0x{codec:x})")
        return cls.from_raw(kind, raw)

    @classmethod
    def from_raw(cls, kind: KeyType, raw: bytes) -> PrivateKey:
        try:
            if kind is KeyType.ED25519:
                return cls(kind, ed25519.Ed25519PrivateKey.from_private_bytes(raw))
            if kind in _CURVES:
                scalar = int.from_bytes(raw, "big")
                return cls(kind, ec.derive_private_key(scalar, _CURVES[kind]))
        except ValueError:
            raise KeyError_(f"not a valid {kind} secret key") from None
        raise KeyError_(f"cannot decode a raw {kind} secret key")

    @classmethod
    def from_jwk(cls, jwk: dict[str, Any]) -> PrivateKey:
        public = PublicKey.from_jwk({k: v for k, v in jwk.items() if k != "d"})
        if "d" not in jwk:
            raise KeyError_("the JWK has no private part")
        size = 32 if public.type is KeyType.ED25519 else _SCALAR_BYTES.get(public.type, 0)
        return cls.from_raw(public.type, _jwk_bytes(jwk, "d", size or None))

    def raw(self) -> bytes:
        if isinstance(self.key, ed25519.Ed25519PrivateKey):
            from cryptography.hazmat.primitives.serialization import NoEncryption, PrivateFormat

            return self.key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
        return self.key.private_numbers().private_value.to_bytes(_SCALAR_BYTES[self.type], "big")

    def to_multikey(self) -> str:
        return multibase_encode(_varint(_SECRET_CODEC_OF[self.type]) + self.raw())

    def public_key(self) -> PublicKey:
        return PublicKey(self.type, self.key.public_key())

    def sign(self, message: bytes) -> bytes:
        """Ed25519 (pure) or ECDSA with the curve's hash, as raw r‖s."""
        if isinstance(self.key, ed25519.Ed25519PrivateKey):
            return self.key.sign(message)
        der = self.key.sign(message, ec.ECDSA(_CURVE_HASH[self.type]()))
        r, s = decode_dss_signature(der)
        size = _SCALAR_BYTES[self.type]
        return r.to_bytes(size, "big") + s.to_bytes(size, "big")


def _jwk_bytes(jwk: dict[str, Any], name: str, length: int | None = None) -> bytes:
    value = jwk.get(name)
    if not isinstance(value, str):
        raise KeyError_(f"JWK member {shown(name)} is missing")
    try:
        raw = b64url_decode(value)
    except MultibaseError:
        raise KeyError_(f"JWK member {shown(name)} is not base64url") from None
    if length is not None and len(raw) != length:
        raise KeyError_(f"JWK member {shown(name)} has {len(raw)} bytes, expected {length}")
    return raw


def _int_bytes(value: int) -> bytes:
    return value.to_bytes((value.bit_length() + 7) // 8 or 1, "big")


def _varint(value: int) -> bytes:
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)
