"""Signed test credentials: Open Badges 3.0, signed ``eddsa-rdfc-2022`` by a ``did:key`` issuer.

The signature follows VC-DI-EdDSA §3.3: ``hashData = sha256(canon(proofConfig with the document's
@context)) ‖ sha256(canon(document without proof))`` — the proof configuration's hash first — and
``proofValue = "z" + base58btc(Ed25519(hashData))``. A credential made here verifies as ``valid``
with ``learner-wallet verify`` because its issuer is the did:key whose key signed it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from wallet.dids.keys import KeyType, PrivateKey
from wallet.dids.multibase import b58encode, multibase_encode
from wallet.jsonld import canonicalize

__all__ = ["Issuer", "make_badge", "make_badges"]

_ED25519_PUB = b"\xed\x01"


@dataclass(frozen=True)
class Issuer:
    """A did:key issuer: its DID, its verification method and its signing key."""

    key: PrivateKey
    name: str

    @classmethod
    def generate(cls, name: str = "Example University") -> Issuer:
        return cls(PrivateKey.generate(KeyType.ED25519), name)

    @classmethod
    def from_seed(cls, seed: bytes, name: str = "Example University") -> Issuer:
        return cls(PrivateKey.from_raw(KeyType.ED25519, hashlib.sha256(seed).digest()), name)

    @property
    def did(self) -> str:
        from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

        raw = self.key.key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        return "did:key:" + multibase_encode(_ED25519_PUB + raw)

    @property
    def method(self) -> str:
        return f"{self.did}#{self.did.removeprefix('did:key:')}"

    def sign(
        self, document: dict[str, Any], created: str = "2024-01-01T00:00:00Z"
    ) -> dict[str, Any]:
        """Return ``document`` with an ``eddsa-rdfc-2022`` proof by this issuer."""
        unsecured = {k: v for k, v in document.items() if k != "proof"}
        config = {
            "type": "DataIntegrityProof",
            "cryptosuite": "eddsa-rdfc-2022",
            "created": created,
            "verificationMethod": self.method,
            "proofPurpose": "assertionMethod",
        }
        hash_data = (
            hashlib.sha256(
                canonicalize({**config, "@context": unsecured["@context"]}).encode()
            ).digest()
            + hashlib.sha256(canonicalize(unsecured).encode()).digest()
        )
        proof = {**config, "proofValue": "z" + b58encode(self.key.sign(hash_data))}
        return {**unsecured, "proof": proof}


def make_badge(
    issuer: Issuer,
    serial: int,
    *,
    name: str | None = None,
    description: str | None = None,
    skill: str = "Teamwork",
    valid_until: str | None = None,
) -> dict[str, Any]:
    """A signed OB 3.0 credential; ``serial`` makes its id (and so its bytes) unique."""
    document: dict[str, Any] = {
        "@context": [
            "https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
        ],
        "id": f"urn:uuid:6d1c1a8e-0000-4000-8000-{serial:012d}",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {"id": issuer.did, "type": ["Profile"], "name": issuer.name},
        "validFrom": "2024-01-01T00:00:00Z",
        "name": name or f"Badge number {serial}",
        "credentialSubject": {
            "id": "did:example:learner",
            "type": ["AchievementSubject"],
            "achievement": {
                "id": f"https://example.edu/achievements/{serial}",
                "type": ["Achievement"],
                "criteria": {"narrative": "Shown in a supervised project."},
                "description": description or f"Recognises achievement {serial} in {skill}.",
                "name": name or f"Achievement {serial}",
                "tag": [skill],
            },
        },
    }
    if valid_until is not None:
        document["validUntil"] = valid_until
    return issuer.sign(document)


def make_badges(count: int, *, start: int = 0, issuers: int = 3) -> list[bytes]:
    """``count`` distinct signed credentials as the bytes a learner would import."""
    keys = [Issuer.from_seed(f"issuer {i}".encode(), f"Issuer {i} College") for i in range(issuers)]
    skills = ("Teamwork", "Python", "Welding", "Nursing", "Statistics")
    return [
        json.dumps(make_badge(keys[n % issuers], n, skill=skills[n % len(skills)])).encode()
        for n in range(start, start + count)
    ]
