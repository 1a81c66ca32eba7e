"""Status list credentials in the four formats, published on the test server, signed with
wallet.proofs.sign (the DCC JavaScript libraries sign the cross-check fixtures, tests/net/js)."""

from __future__ import annotations

import base64
import gzip
import json
from typing import Any

from tests.factories import Issuer
from tests.net.issuers import SIGNED_AT
from tests.net.local_https import LocalHttpsServer
from wallet.proofs.sign import sign_document

VC1 = "https://www.w3.org/2018/credentials/v1"
VC2 = "https://www.w3.org/ns/credentials/v2"
ED2020 = "https://w3id.org/security/suites/ed25519-2020/v1"
LIST_BITS = 131_072


def encode_bits(set_entries: dict[int, int], *, size: int = 1, multibase: bool = True) -> str:
    length = max(LIST_BITS, (max(set_entries, default=0) + 1) * size)
    bits = bytearray((length + 7) // 8)
    for index, value in set_entries.items():
        for offset in range(size):
            if (value >> (size - 1 - offset)) & 1:
                position = index * size + offset
                bits[position // 8] |= 0x80 >> (position % 8)
    text = base64.urlsafe_b64encode(gzip.compress(bytes(bits), mtime=0)).decode().rstrip("=")
    return "u" + text if multibase else text


def bitstring_list(
    url: str, issuer: str, encoded: str, *, purpose: str = "revocation", **extra: Any
) -> dict[str, Any]:
    return {
        "@context": [VC2],
        "id": url,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": issuer,
        "validFrom": "2024-01-01T00:00:00Z",
        "credentialSubject": {
            "id": f"{url}#list",
            "type": "BitstringStatusList",
            "statusPurpose": purpose,
            "encodedList": encoded,
            **extra.pop("subject", {}),
        },
        **extra,
    }


def status_list_2021(
    url: str, issuer: str, encoded: str, *, purpose: str = "revocation", **extra: Any
) -> dict[str, Any]:
    return {
        "@context": [VC1, "https://w3id.org/vc/status-list/2021/v1", ED2020],
        "id": url,
        "type": ["VerifiableCredential", "StatusList2021Credential"],
        "issuer": issuer,
        "issuanceDate": "2024-01-01T00:00:00Z",
        "credentialSubject": {
            "id": f"{url}#list",
            "type": "StatusList2021",
            "statusPurpose": purpose,
            "encodedList": encoded,
        },
        **extra,
    }


def revocation_list_2020(url: str, issuer: str, encoded: str, **extra: Any) -> dict[str, Any]:
    return {
        "@context": [VC1, "https://w3id.org/vc-revocation-list-2020/v1", ED2020],
        "id": url,
        "type": ["VerifiableCredential", "RevocationList2020Credential"],
        "issuer": issuer,
        "issuanceDate": "2024-01-01T00:00:00Z",
        "credentialSubject": {
            "id": f"{url}#list",
            "type": "RevocationList2020",
            "encodedList": encoded,
        },
        **extra,
    }


def one_edtech_list(url: str, issuer: str, revoked: dict[str, str]) -> dict[str, Any]:
    """A 1EdTech revocation list (VCRL 1.0): plain JSON from the issuer's server, the ids of
    revoked credentials with their reasons. The format has no signature, validity or
    suspension: what it says rests on https alone."""
    return {
        "id": url,
        "issuer": issuer,
        "revokedCredentials": [
            {"id": credential, "revocationReason": reason} for credential, reason in revoked.items()
        ],
    }


def sign(document: dict[str, Any], issuer: Issuer) -> dict[str, Any]:
    suite = "eddsa-rdfc-2022" if document["@context"][0] == VC2 else "Ed25519Signature2020"
    return sign_document(document, issuer.key, issuer.method, suite=suite, created=SIGNED_AT)


def publish(server: LocalHttpsServer, path: str, document: dict[str, Any]) -> str:
    return server.add_json(path, json.dumps(document))


def entry(kind: str, url: str, index: int | str, purpose: str = "revocation") -> dict[str, Any]:
    if kind == "1EdTechRevocationList":
        return {"id": url, "type": kind}  # the credential's own id is what the list names
    if kind == "RevocationList2020Status":
        return {
            "id": f"{url}#{index}",
            "type": kind,
            "revocationListIndex": str(index),
            "revocationListCredential": url,
        }
    return {
        "id": f"{url}#{index}",
        "type": kind,
        "statusPurpose": purpose,
        "statusListIndex": index,
        "statusListCredential": url,
    }
