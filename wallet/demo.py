"""A clearly named demo issuer that signs real Open Badges 3.0 credentials.

Used for the app's "Add sample credentials", for benchmarks and for tests that need many distinct,
genuinely signed credentials. The demo issuer's key is derived from a fixed, public seed: anything
it signs verifies, and anyone can sign as it, which is why its name says "Demo".
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from wallet.dids.keys import KeyType, PrivateKey
from wallet.dids.resolve import did_key_for, did_key_method_for
from wallet.proofs.sign import sign_document
from wallet.verify.dates import format_datetime
from wallet.verify.structure import VC_V1, VC_V2

__all__ = ["DEMO_ISSUER_NAME", "OB3_CONTEXT", "DemoIssuer"]

DEMO_ISSUER_NAME = "Learner Wallet Demo Issuer (not a real institution)"
OB3_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
ED25519_2020_CONTEXT = "https://w3id.org/security/suites/ed25519-2020/v1"


def _slug(text: str) -> str:
    return "-".join("".join(c if c.isalnum() else " " for c in text.lower()).split())


@dataclass(frozen=True)
class DemoIssuer:
    """A did:key issuer. ``seed`` makes its key reproducible; the default seed is public."""

    seed: bytes = b"learner-wallet demo issuer"
    name: str = DEMO_ISSUER_NAME
    key: PrivateKey = field(init=False)

    def __post_init__(self) -> None:
        raw = hashlib.sha256(self.seed).digest()
        object.__setattr__(self, "key", PrivateKey.from_raw(KeyType.ED25519, raw))

    @property
    def did(self) -> str:
        return did_key_for(self.key.public_key())

    @property
    def verification_method(self) -> str:
        return did_key_method_for(self.key.public_key())

    def achievement_credential(
        self,
        name: str,
        *,
        description: str = "",
        criteria: str = "Completed all required work.",
        subject_id: str = "did:example:learner",
        achievement_type: str = "Badge",
        skills: tuple[str, ...] = (),
        issued: datetime | None = None,
        valid_until: datetime | None = None,
        suite: str = "eddsa-rdfc-2022",
        credential_id: str | None = None,
    ) -> dict[str, Any]:
        """A signed OB 3.0 AchievementCredential.

        ``suite`` ``Ed25519Signature2020`` yields the VCDM 1.1 form most 2022–2024 wallets hold.
        """
        issued = issued or datetime(2024, 1, 15, tzinfo=UTC)
        legacy = suite == "Ed25519Signature2020"
        contexts = [VC_V1, OB3_CONTEXT, ED25519_2020_CONTEXT] if legacy else [VC_V2, OB3_CONTEXT]
        achievement: dict[str, Any] = {
            "id": f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, self.did + name)}",
            "type": ["Achievement"],
            "achievementType": achievement_type,
            "name": name,
            "description": description or f"Awarded for completing {name}.",
            "criteria": {"narrative": criteria},
        }
        if skills:
            achievement["alignment"] = [
                {
                    "type": ["Alignment"],
                    "targetName": skill,
                    "targetUrl": f"https://example.org/skills/{_slug(skill)}",
                    "targetType": "ceasn:Competency",
                }
                for skill in skills
            ]
        document: dict[str, Any] = {
            "@context": contexts,
            "id": credential_id or f"urn:uuid:{uuid.uuid4()}",
            "type": ["VerifiableCredential", "OpenBadgeCredential"],
            "issuer": {"id": self.did, "type": ["Profile"], "name": self.name},
            "name": name,
            "credentialSubject": {
                "id": subject_id,
                "type": ["AchievementSubject"],
                "achievement": achievement,
            },
        }
        if legacy:
            document["issuanceDate"] = format_datetime(issued)
            if valid_until is not None:
                document["expirationDate"] = format_datetime(valid_until)
        else:
            document["validFrom"] = format_datetime(issued)
            if valid_until is not None:
                document["validUntil"] = format_datetime(valid_until)
        return sign_document(
            document, self.key, self.verification_method, suite=suite, created=issued
        )
