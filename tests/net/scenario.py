"""A did:web issuer with a Bitstring Status List, as the end-to-end tests and the network
benchmark use it: ``count`` credentials pointing into one list, entry 7 revoked."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from tests.net.issuers import WebIssuer, badge, publish_did_web
from tests.net.local_https import LocalHttpsServer
from tests.net.status_lists import bitstring_list, encode_bits, publish

NOW = datetime(2026, 6, 1, tzinfo=UTC)
REVOKED_INDEX = 7


@dataclass(frozen=True)
class Scenario:
    issuer: WebIssuer
    list_path: str
    credentials: list[dict[str, Any]]


def publish_scenario(server: LocalHttpsServer, name: str, count: int) -> Scenario:
    issuer = publish_did_web(server, name)
    list_path = f"/{name}/status/1"
    list_url = server.url(list_path)
    status_list = bitstring_list(list_url, issuer.id, encode_bits({REVOKED_INDEX: 1}))
    publish(server, list_path, issuer.sign(status_list))
    credentials = []
    for index in range(count):
        entry = {
            "id": f"{list_url}#{index}",
            "type": "BitstringStatusListEntry",
            "statusPurpose": "revocation",
            "statusListIndex": str(index),
            "statusListCredential": list_url,
        }
        credentials.append(issuer.sign(badge(issuer.id, index, credentialStatus=entry)))
    return Scenario(issuer, list_path, credentials)
