"""Issuers that publish on the test server: did:web and https (OB 3.0 Profile) issuers, their
documents, and the credentials they sign (``eddsa-rdfc-2022`` via wallet.proofs.sign)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

from tests.net.local_https import LocalHttpsServer
from wallet.dids.keys import KeyType, PrivateKey
from wallet.proofs.sign import sign_document

SIGNED_AT = datetime(2024, 1, 1, tzinfo=UTC)
OB3_CONTEXT = [
    "https://www.w3.org/ns/credentials/v2",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
]


@dataclass(frozen=True)
class WebIssuer:
    """An issuer whose id is ``id`` and whose key ``method`` lives in a document on the server."""

    id: str
    method: str
    key: PrivateKey

    def sign(self, document: dict[str, Any]) -> dict[str, Any]:
        return sign_document(document, self.key, self.method, created=SIGNED_AT)

    def public_multikey(self) -> str:
        return self.key.public_key().to_multikey()


def did_web_for(server: LocalHttpsServer, *path: str) -> str:
    host = quote(f"localhost:{server.port}", safe="")
    return ":".join(["did:web", host, *path])


def did_document(
    did: str, method: str, multikey: str, *, relationships: tuple[str, ...] = ("assertionMethod",)
) -> dict[str, Any]:
    document: dict[str, Any] = {
        "@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"],
        "id": did,
        "verificationMethod": [
            {"id": method, "type": "Multikey", "controller": did, "publicKeyMultibase": multikey}
        ],
    }
    for name in relationships:
        document[name] = [method]
    return document


def publish_did_web(
    server: LocalHttpsServer,
    name: str,
    *,
    relationships: tuple[str, ...] = ("assertionMethod", "authentication"),
    document_id: str | None = None,
) -> WebIssuer:
    """A did:web issuer at ``/name/did.json`` (a path DID), its document served."""
    did = did_web_for(server, name)
    key = PrivateKey.generate(KeyType.ED25519)
    method = f"{did}#key-1"
    document = did_document(
        did, "#key-1", key.public_key().to_multikey(), relationships=relationships
    )
    if document_id is not None:
        document["id"] = document_id
        document["verificationMethod"][0]["controller"] = document_id
    server.add_json(f"/{name}/did.json", json.dumps(document))
    return WebIssuer(did, method, key)


def publish_profile(server: LocalHttpsServer, name: str, *, list_key: bool = True) -> WebIssuer:
    """An OB 3.0 issuer Profile at ``/issuers/name`` that is also its CID controller document."""
    url = server.url(f"/issuers/{name}")
    key = PrivateKey.generate(KeyType.ED25519)
    method = f"{url}#key-1"
    profile: dict[str, Any] = {
        "@context": [*OB3_CONTEXT, "https://w3id.org/security/multikey/v1"],
        "id": url,
        "type": "Profile",
        "name": f"{name} College",
        "verificationMethod": [
            {
                "id": method,
                "type": "Multikey",
                "controller": url,
                "publicKeyMultibase": key.public_key().to_multikey(),
            }
        ],
    }
    if list_key:
        profile["assertionMethod"] = [method]
    server.add_json(f"/issuers/{name}", json.dumps(profile))
    return WebIssuer(url, method, key)


def badge(issuer_id: str, serial: int = 1, **extra: Any) -> dict[str, Any]:
    """An unsigned OB 3.0 credential of ``issuer_id``."""
    return {
        "@context": OB3_CONTEXT,
        "id": f"urn:uuid:7e2d2b9f-0000-4000-8000-{serial:012d}",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {"id": issuer_id, "type": ["Profile"], "name": "Networked College"},
        "validFrom": "2024-01-01T00:00:00Z",
        "name": f"Networked badge {serial}",
        "credentialSubject": {
            "id": "did:example:learner",
            "type": ["AchievementSubject"],
            "achievement": {
                "id": f"https://example.edu/achievements/{serial}",
                "type": ["Achievement"],
                "criteria": {"narrative": "Shown in a supervised project."},
                "description": "Recognises work done over the network.",
                "name": f"Achievement {serial}",
            },
        },
        **extra,
    }
