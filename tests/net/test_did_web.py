"""did:web and https keys over a real HTTPS server: the key counts only where a document the
issuer controls lists it for the purpose (DESIGN "Network", STANDARDS §3)."""

from __future__ import annotations

import json

import pytest

from tests.net.issuers import SIGNED_AT, badge, did_web_for, publish_did_web, publish_profile
from tests.net.local_https import LocalHttpsServer
from wallet.dids.keys import KeyType, PrivateKey
from wallet.dids.resolve import Unresolved, VerificationMethod
from wallet.dids.web import did_web_url, online_resolver
from wallet.net import MemoryCache, NetworkSettings, WebFetcher
from wallet.proofs.sign import sign_document
from wallet.verify import Report, Status, Verdict, VerifyOptions, verify_document


def _verify(document: dict[str, object], fetcher: WebFetcher) -> Report:
    return verify_document(document, VerifyOptions(resolver=online_resolver(fetcher)))


@pytest.mark.parametrize(
    ("did", "url"),
    [
        ("did:web:example.edu", "https://example.edu/.well-known/did.json"),
        ("did:web:example.edu:issuers:42", "https://example.edu/issuers/42/did.json"),
        ("did:web:localhost%3A8443:issuer", "https://localhost:8443/issuer/did.json"),
        ("did:web:Example.EDU:a%20b", "https://example.edu/a%20b/did.json"),
    ],
)
def test_did_web_urls(did: str, url: str) -> None:
    assert did_web_url(did) == url


@pytest.mark.parametrize(
    "did",
    [
        "did:web:",
        "did:web:exa/mple.edu",
        "did:web:example.edu:..",
        "did:web:ex%2Fample.edu",
        "did:web:example.edu:a%2F..%2Fb",
        "did:web:user@example.edu",
        "did:key:z6Mk",
    ],
)
def test_malformed_did_webs_are_refused(did: str) -> None:
    with pytest.raises(ValueError):
        did_web_url(did)


def test_a_did_web_credential_verifies_and_says_how_fresh_its_key_is(
    https_server: LocalHttpsServer, fetcher: WebFetcher
) -> None:
    issuer = publish_did_web(https_server, "good-issuer")
    report = _verify(issuer.sign(badge(issuer.id)), fetcher)
    assert report.verdict is Verdict.VALID, report.checks
    assert report.check("issuer").status is Status.PASS  # type: ignore[union-attr]
    method = online_resolver(fetcher)(issuer.method)
    assert isinstance(method, VerificationMethod)
    assert method.freshness.startswith("the DID document, checked online at ")
    assert [r.url for r in fetcher.fetched()] == [https_server.url("/good-issuer/did.json")]


def test_a_key_listed_only_for_authentication_fails_issuer(
    https_server: LocalHttpsServer, fetcher: WebFetcher
) -> None:
    issuer = publish_did_web(https_server, "auth-only", relationships=("authentication",))
    report = _verify(issuer.sign(badge(issuer.id)), fetcher)
    assert report.verdict is Verdict.INVALID
    check = report.check("issuer")
    assert check is not None and check.status is Status.FAIL
    assert "not listed for assertionMethod" in check.message


def test_a_did_document_with_another_id_fails_issuer(
    https_server: LocalHttpsServer, fetcher: WebFetcher
) -> None:
    impostor = did_web_for(https_server, "somebody-else")
    issuer = publish_did_web(https_server, "wrong-id", document_id=impostor)
    report = _verify(issuer.sign(badge(issuer.id)), fetcher)
    assert report.verdict is Verdict.INVALID
    check = report.check("issuer")
    assert check is not None and check.status is Status.FAIL
    assert impostor in check.message


def test_a_missing_did_document_is_unverifiable_with_the_reason(
    https_server: LocalHttpsServer, fetcher: WebFetcher
) -> None:
    did = did_web_for(https_server, "nobody-home")
    key = PrivateKey.generate(KeyType.ED25519)
    document = sign_document(badge(did), key, f"{did}#key-1", created=SIGNED_AT)
    report = _verify(document, fetcher)
    assert report.verdict is Verdict.UNVERIFIABLE
    signature = report.check("signature")
    assert signature is not None and signature.status is Status.WARN
    assert "HTTP 404 Not Found" in signature.message


def test_a_forged_did_web_signature_is_invalid(
    https_server: LocalHttpsServer, fetcher: WebFetcher
) -> None:
    issuer = publish_did_web(https_server, "forged")
    document = issuer.sign(badge(issuer.id))
    document["name"] = "A badge it never issued"
    assert _verify(document, fetcher).verdict is Verdict.INVALID


def test_offline_a_did_web_key_is_unverifiable_unless_cached(
    https_server: LocalHttpsServer, settings: NetworkSettings
) -> None:
    issuer = publish_did_web(https_server, "offline-issuer")
    document = issuer.sign(badge(issuer.id))
    cache = MemoryCache()
    with WebFetcher(settings=settings, cache=cache, offline=True) as offline:
        assert _verify(document, offline).verdict is Verdict.UNVERIFIABLE
    with WebFetcher(settings=settings, cache=cache) as online:
        assert _verify(document, online).verdict is Verdict.VALID
    with WebFetcher(settings=settings, cache=cache, offline=True) as offline:
        assert _verify(document, offline).verdict is Verdict.VALID
        method = online_resolver(offline)(issuer.method)
        assert isinstance(method, VerificationMethod)
        assert "from a copy fetched at" in method.freshness


def test_an_https_key_listed_by_its_profile_verifies(
    https_server: LocalHttpsServer, fetcher: WebFetcher
) -> None:
    issuer = publish_profile(https_server, "profile-good")
    report = _verify(issuer.sign(badge(issuer.id)), fetcher)
    assert report.verdict is Verdict.VALID, report.checks


def test_an_https_key_its_profile_does_not_list_for_assertion_fails(
    https_server: LocalHttpsServer, fetcher: WebFetcher
) -> None:
    issuer = publish_profile(https_server, "profile-unlisted", list_key=False)
    report = _verify(issuer.sign(badge(issuer.id)), fetcher)
    assert report.verdict is Verdict.INVALID
    assert report.check("issuer").status is Status.FAIL  # type: ignore[union-attr]


def test_a_fragment_key_the_profile_does_not_list_fails_issuer(
    https_server: LocalHttpsServer, fetcher: WebFetcher
) -> None:
    """The 1EdTech shortcut ``<profile>#z6Mk<key>``: anyone can mint it (A1). Online, the profile
    shows the key is not the issuer's."""
    issuer = publish_profile(https_server, "profile-fragment")
    attacker = PrivateKey.generate(KeyType.ED25519)
    method = f"{issuer.id}#{attacker.public_key().to_multikey()}"
    document = sign_document(badge(issuer.id), attacker, method, created=SIGNED_AT)
    report = _verify(document, fetcher)
    assert report.verdict is Verdict.INVALID
    assert report.check("signature").status is Status.PASS  # type: ignore[union-attr]
    assert report.check("issuer").status is Status.FAIL  # type: ignore[union-attr]


def test_a_standalone_key_document_must_be_listed_by_its_controller(
    https_server: LocalHttpsServer, fetcher: WebFetcher, settings: NetworkSettings
) -> None:
    controller = https_server.url("/cid/controller")
    key = PrivateKey.generate(KeyType.ED25519)
    method_url = https_server.url("/cid/key")
    method = {
        "id": method_url,
        "type": "Multikey",
        "controller": controller,
        "publicKeyMultibase": key.public_key().to_multikey(),
    }
    https_server.add_json("/cid/key", json.dumps(method))
    https_server.add_json(
        "/cid/controller",
        json.dumps(
            {"id": controller, "verificationMethod": [method], "assertionMethod": [method_url]}
        ),
    )
    resolved = online_resolver(fetcher)(method_url)
    assert isinstance(resolved, VerificationMethod)
    assert resolved.controller == controller and "assertionMethod" in resolved.relationships
    https_server.add_json("/cid/controller", json.dumps({"id": controller}))
    with WebFetcher(settings=settings) as next_run:
        unlisted = online_resolver(next_run)(method_url)
    assert isinstance(unlisted, Unresolved) and not unlisted.needs_network
    assert "does not list the key" in unlisted.reason


def test_plain_http_keys_are_never_fetched(
    https_server: LocalHttpsServer, fetcher: WebFetcher
) -> None:
    before = https_server.connections
    resolved = online_resolver(fetcher)(f"http://localhost:{https_server.port}/issuers/x#key-1")
    assert isinstance(resolved, Unresolved) and resolved.needs_network
    assert "plain http" in resolved.reason
    assert https_server.connections == before


def test_did_key_still_resolves_offline_through_the_online_resolver(fetcher: WebFetcher) -> None:
    key = PrivateKey.generate(KeyType.ED25519).public_key().to_multikey()
    resolved = online_resolver(fetcher)(f"did:key:{key}#{key}")
    assert isinstance(resolved, VerificationMethod) and resolved.freshness == ""
    assert fetcher.fetched() == ()
