"""Issuer registries on the test server: a dcc-legacy registry and an OpenID Federation trust
anchor with a subordinate statement; signatures, pins and expiry all checked."""

from __future__ import annotations

import json
import time
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.net.local_https import LocalHttpsServer, Route
from wallet.dids.keys import KeyType, PrivateKey
from wallet.net import WebFetcher
from wallet.proofs.jose import sign_jwt
from wallet.trust import (
    KnownRegistry,
    RegistryClient,
    bundled_registries,
    read_known_registries,
    registry_trust_check,
)
from wallet.verify.report import Check, Status

REGISTERED = "did:web:oneuni.example"
ANCHOR_KEY = PrivateKey.generate(KeyType.P256)
STRANGER_KEY = PrivateKey.generate(KeyType.P256)


def _jwk(key: PrivateKey, kid: str) -> dict[str, Any]:
    return {**key.public_key().to_jwk(), "kid": kid}


def _statement(key: PrivateKey, kid: str, claims: dict[str, Any]) -> str:
    return sign_jwt({"typ": "entity-statement+jwt", "kid": kid}, claims, key)


class Federation:
    """A trust anchor at /oidf on the test server, with one registered subordinate."""

    def __init__(self, server: LocalHttpsServer, name: str, **overrides: Any) -> None:
        self.id = server.url(f"/oidf/{name}")
        now = int(time.time())
        anchor_claims = {
            "iss": self.id,
            "sub": self.id,
            "iat": now,
            "exp": now + 3600,
            "jwks": {"keys": [_jwk(ANCHOR_KEY, "anchor-1")]},
            "metadata": {
                "federation_entity": {
                    "organization_name": "Test federation",
                    "federation_fetch_endpoint": f"{self.id}/fetch",
                }
            },
        }
        anchor_signer = overrides.get("anchor_signer", ANCHOR_KEY)
        server.add(
            f"/oidf/{name}/.well-known/openid-federation",
            Route(
                200,
                _statement(anchor_signer, "anchor-1", anchor_claims).encode(),
                {"Content-Type": "application/entity-statement+jwt"},
            ),
        )
        subordinate = {
            "iss": self.id,
            "sub": overrides.get("sub", REGISTERED),
            "iat": now,
            "exp": overrides.get("exp", now + 3600),
            "metadata": {"federation_entity": {"organization_name": "OneUni University"}},
        }
        token = _statement(overrides.get("sub_signer", ANCHOR_KEY), "anchor-1", subordinate)

        def fetch(path: str) -> Route:
            sub = parse_qs(urlsplit(path).query).get("sub", [""])[0]
            if sub != REGISTERED:
                return Route(404, b'{"error": "not_found"}', {"Content-Type": "application/json"})
            return Route(200, token.encode(), {"Content-Type": "application/entity-statement+jwt"})

        server.add(f"/oidf/{name}/fetch", fetch)
        self.registry = KnownRegistry(
            f"{name} federation",
            "oidf",
            trust_anchor=f"{self.id}/.well-known/openid-federation",
            jwks=(_jwk(ANCHOR_KEY, "anchor-1"),),
        )


def _legacy(server: LocalHttpsServer) -> KnownRegistry:
    body = {
        "meta": {"created": "2024-01-01T00:00:00Z"},
        "registry": {
            REGISTERED: {"name": "OneUni (legacy)", "location": "Here"},
            "did:key:z6MkLegacyOnly": {"name": "Legacy Only College"},
        },
    }
    url = server.add_json("/registries/legacy.json", json.dumps(body))
    return KnownRegistry("Legacy Registry", "dcc-legacy", url=url)


def test_registered_in_a_federation_by_its_verified_name(
    https_server: LocalHttpsServer, fetcher: WebFetcher
) -> None:
    federation = Federation(https_server, "good")
    answer = RegistryClient(fetcher, [federation.registry]).lookup(REGISTERED)
    assert answer.registered is not None and answer.registered.name == "OneUni University"
    assert answer.summary().startswith("registered as OneUni University in good federation (")
    assert len(answer.fetched()) == 2


def test_not_registered_and_unreachable_are_different_answers(
    https_server: LocalHttpsServer, fetcher: WebFetcher
) -> None:
    federation = Federation(https_server, "plain")
    gone = KnownRegistry("Gone Registry", "dcc-legacy", url=https_server.url("/registries/gone"))
    answer = RegistryClient(fetcher, [federation.registry]).lookup("did:web:stranger.example")
    assert [r.state for r in answer.registrations] == ["not-registered"]
    assert answer.summary() == "not registered in plain federation"
    both = RegistryClient(fetcher, [federation.registry, gone]).lookup("did:web:stranger.example")
    assert [r.state for r in both.registrations] == ["not-registered", "unreachable"]
    assert "registry unreachable: Gone Registry" in both.summary() and "HTTP 404" in both.summary()


@pytest.mark.parametrize(
    ("overrides", "why"),
    [
        ({"anchor_signer": STRANGER_KEY}, "trust anchor's statement does not verify"),
        ({"sub_signer": STRANGER_KEY}, "statement about the issuer does not verify"),
        ({"exp": int(time.time()) - 60}, "expired"),
        ({"sub": "did:web:someone-else.example"}, "not did:web:oneuni.example"),
    ],
)
def test_a_statement_that_does_not_verify_is_unreachable_not_registered(
    overrides: dict[str, Any], why: str, https_server: LocalHttpsServer, fetcher: WebFetcher
) -> None:
    federation = Federation(https_server, f"bad{abs(hash(why))}", **overrides)
    answer = RegistryClient(fetcher, [federation.registry]).lookup(REGISTERED)
    [registration] = answer.registrations
    assert registration.state == "unreachable" and why in registration.reason


def test_an_anchor_without_pinned_keys_is_not_trusted(
    https_server: LocalHttpsServer, fetcher: WebFetcher
) -> None:
    federation = Federation(https_server, "unpinned")
    unpinned = KnownRegistry("Unpinned", "oidf", trust_anchor=federation.registry.trust_anchor)
    [registration] = RegistryClient(fetcher, [unpinned]).lookup(REGISTERED).registrations
    assert registration.state == "unreachable" and "pinned" in registration.reason


def test_a_dcc_legacy_registry(https_server: LocalHttpsServer, fetcher: WebFetcher) -> None:
    legacy = _legacy(https_server)
    client = RegistryClient(fetcher, [legacy])
    assert client.lookup("did:key:z6MkLegacyOnly").registered.name == "Legacy Only College"  # type: ignore[union-attr]
    assert client.lookup("did:key:z6MkUnknown").registrations[0].state == "not-registered"
    assert https_server.hits("/registries/legacy.json") == 1


def test_the_most_authoritative_registry_names_the_issuer(
    https_server: LocalHttpsServer, fetcher: WebFetcher
) -> None:
    federation = Federation(https_server, "first")
    answer = RegistryClient(fetcher, [_legacy(https_server), federation.registry]).lookup(
        REGISTERED
    )
    assert answer.registered is not None and answer.registered.registry == "Legacy Registry"


def test_the_trust_row(https_server: LocalHttpsServer, fetcher: WebFetcher) -> None:
    federation = Federation(https_server, "row")
    answer = RegistryClient(fetcher, [federation.registry]).lookup(REGISTERED)
    bound = Check("issuer", Status.PASS, "the signing key belongs to the issuer")
    unbound = Check("issuer", Status.WARN, "unverifiable", "unverifiable")
    row = registry_trust_check(REGISTERED, bound, (), answer)
    assert row.status is Status.PASS and "registered as OneUni University in row federation" in (
        row.message
    )
    assert registry_trust_check(REGISTERED, unbound, (), answer).status is Status.SKIP
    mine = registry_trust_check(REGISTERED, bound, {REGISTERED}, answer)
    assert mine.status is Status.PASS and mine.message == f"you trust the issuer {REGISTERED}"
    stranger = RegistryClient(fetcher, [federation.registry]).lookup("did:web:nobody.example")
    assert registry_trust_check("did:web:nobody.example", bound, (), stranger).status is Status.WARN


def test_the_bundled_list_is_dccs_with_a_pinned_anchor_key() -> None:
    registries = bundled_registries()
    assert [r.type for r in registries] == ["oidf", "dcc-legacy", "dcc-legacy", "dcc-legacy"]
    member = registries[0]
    assert member.anchor_id == "https://registry.dcconsortium.org"
    assert member.jwks and member.jwks[0]["kid"] == "issuerregistry-key1"
    assert all(r.url.startswith("https://") for r in registries[1:])


def test_a_registry_list_as_dcc_writes_it() -> None:
    found = read_known_registries(
        [
            {"type": "oidf", "fetchEndpoint": "https://reg.example/fetch?sub=", "name": "M"},
            {"name": "L", "url": "https://reg.example/registry.json", "type": "dcc-legacy"},
            {"name": "not https", "url": "http://reg.example/r.json", "type": "dcc-legacy"},
            {"name": "unknown kind", "type": "ebsi"},
        ]
    )
    assert [(r.name, r.type) for r in found] == [("M", "oidf"), ("L", "dcc-legacy")]
    assert found[0].trust_anchor == "https://reg.example/.well-known/openid-federation"
