"""Open Badges 2.0 with the network: hosted assertions against the issuer's copy (410, altered,
revoked, out of scope), signed assertions with their published key, Profile and revocation
list (OB 2.0 §Verification)."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime
from typing import Any

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from tests.net.local_https import LocalHttpsServer, Route
from wallet.net import WebFetcher
from wallet.verify import Status, Verdict, VerifyOptions
from wallet.verify.openbadges2_online import ob2_details, verify_hosted_online, verify_signed_online

OB2 = "https://w3id.org/openbadges/v2"
OPTIONS = VerifyOptions(now=datetime(2026, 6, 1, tzinfo=UTC))
RSA_KEY = rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _publish_issuer(server: LocalHttpsServer, name: str, **profile: Any) -> tuple[str, str]:
    issuer = server.url(f"/ob2/{name}/issuer")
    badge = server.url(f"/ob2/{name}/badge")
    server.add_json(
        f"/ob2/{name}/issuer",
        json.dumps(
            {
                "@context": OB2,
                "id": issuer,
                "type": "Profile",
                "name": f"{name} Academy",
                "email": "badges@example.org",
                **profile,
            }
        ),
    )
    server.add_json(
        f"/ob2/{name}/badge",
        json.dumps(
            {
                "@context": OB2,
                "id": badge,
                "type": "BadgeClass",
                "name": "Welding I",
                "description": "Welds.",
                "image": server.url(f"/ob2/{name}/badge.png"),
                "criteria": {"narrative": "Weld."},
                "issuer": issuer,
            }
        ),
    )
    return issuer, badge


def _assertion(url: str, badge: str, **extra: Any) -> dict[str, Any]:
    return {
        "@context": OB2,
        "type": "Assertion",
        "id": url,
        "recipient": {"type": "email", "hashed": False, "identity": "learner@example.org"},
        "badge": badge,
        "issuedOn": "2024-01-01T00:00:00Z",
        "verification": {"type": "hosted"},
        **extra,
    }


def _host(server: LocalHttpsServer, path: str, document: dict[str, Any]) -> None:
    server.add_json(path, json.dumps(document))


def test_a_hosted_assertion_matching_the_issuers_copy_is_valid(
    https_server: LocalHttpsServer, fetcher: WebFetcher
) -> None:
    _, badge = _publish_issuer(https_server, "hosted")
    local = _assertion(https_server.url("/ob2/hosted/a/1"), badge)
    _host(https_server, "/ob2/hosted/a/1", local)
    report, fetched = verify_hosted_online(local, fetcher, OPTIONS)
    assert report.verdict is Verdict.VALID, report.checks
    assert "matches this one (checked online at" in report.check("signature").message  # type: ignore[union-attr]
    assert report.check("issuer").status is Status.PASS  # type: ignore[union-attr]
    assert {r.url for r in fetched} >= {local["id"], badge}
    details = ob2_details(local, fetcher)
    assert details.badge is not None and details.badge["name"] == "Welding I"
    assert details.issuer is not None and details.issuer["name"] == "hosted Academy"


def test_a_hosted_assertion_that_answers_410_is_revoked(
    https_server: LocalHttpsServer, fetcher: WebFetcher
) -> None:
    _, badge = _publish_issuer(https_server, "gone")
    https_server.add("/ob2/gone/a/1", Route(410, b"Gone"))
    local = _assertion(https_server.url("/ob2/gone/a/1"), badge)
    report, _ = verify_hosted_online(local, fetcher, OPTIONS)
    assert report.verdict is Verdict.REVOKED, report.checks
    assert "410 Gone" in report.check("signature").message  # type: ignore[union-attr]


def test_a_local_copy_that_differs_from_the_issuers_is_invalid(
    https_server: LocalHttpsServer, fetcher: WebFetcher
) -> None:
    _, badge = _publish_issuer(https_server, "differs")
    url = https_server.url("/ob2/differs/a/1")
    _host(https_server, "/ob2/differs/a/1", _assertion(url, badge))
    local = _assertion(url, badge, issuedOn="2023-01-01T00:00:00Z", narrative="Top of the class")
    report, _ = verify_hosted_online(local, fetcher, OPTIONS)
    assert report.verdict is Verdict.INVALID
    message = report.check("signature").message  # type: ignore[union-attr]
    assert "differs from the issuer's hosted copy" in message
    assert "issuedOn" in message and "narrative" in message


def test_a_hosted_copy_marked_revoked_is_revoked(
    https_server: LocalHttpsServer, fetcher: WebFetcher
) -> None:
    _, badge = _publish_issuer(https_server, "flagged")
    url = https_server.url("/ob2/flagged/a/1")
    local = _assertion(url, badge)
    _host(https_server, "/ob2/flagged/a/1", {**local, "revoked": True, "revocationReason": "fraud"})
    report, _ = verify_hosted_online(local, fetcher, OPTIONS)
    assert report.verdict is Verdict.REVOKED
    assert "fraud" in report.check("status").message  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("scope", "verdict"),
    [
        ({"startsWith": "PREFIX/ob2/scoped/a/"}, Verdict.VALID),
        ({"startsWith": "PREFIX/ob2/elsewhere/"}, Verdict.INVALID),
        ({"allowedOrigins": "localhost"}, Verdict.VALID),
        ({"allowedOrigins": ["badges.example.org"]}, Verdict.INVALID),
    ],
)
def test_the_verification_scope_is_enforced(
    scope: dict[str, Any], verdict: Verdict, https_server: LocalHttpsServer, fetcher: WebFetcher
) -> None:
    prefix = https_server.url("")
    policy = {k: v.replace("PREFIX", prefix) if isinstance(v, str) else v for k, v in scope.items()}
    name = f"scoped{abs(hash(json.dumps(scope)))}"
    _, badge = _publish_issuer(
        https_server, name, verification={"type": "VerificationObject", **policy}
    )
    path = f"/ob2/scoped/a/{name}"
    local = _assertion(https_server.url(path), badge)
    _host(https_server, path, local)
    report, _ = verify_hosted_online(local, fetcher, OPTIONS)
    assert report.verdict is verdict, report.checks


def test_an_unreachable_hosted_copy_is_unverifiable_with_the_reason(
    https_server: LocalHttpsServer, fetcher: WebFetcher
) -> None:
    _, badge = _publish_issuer(https_server, "missing")
    local = _assertion(https_server.url("/ob2/missing/a/1"), badge)
    report, _ = verify_hosted_online(local, fetcher, OPTIONS)
    assert report.verdict is Verdict.UNVERIFIABLE
    assert "HTTP 404" in report.check("signature").message  # type: ignore[union-attr]


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _rs256(payload: dict[str, Any], key: rsa.RSAPrivateKey = RSA_KEY) -> str:
    signing_input = (
        f"{_b64(json.dumps({'alg': 'RS256'}).encode())}.{_b64(json.dumps(payload).encode())}"
    )
    signature = key.sign(signing_input.encode(), padding.PKCS1v15(), hashes.SHA256())
    return f"{signing_input}.{_b64(signature)}"


def _publish_signer(
    server: LocalHttpsServer, name: str, revoked: list[str]
) -> tuple[str, str, str]:
    key_url = server.url(f"/ob2/{name}/key")
    list_url = server.url(f"/ob2/{name}/revocations")
    issuer, badge = _publish_issuer(server, name, publicKey=key_url, revocationList=list_url)
    pem = (
        RSA_KEY.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )
    _host(
        server,
        f"/ob2/{name}/key",
        {
            "@context": OB2,
            "id": key_url,
            "type": "CryptographicKey",
            "owner": issuer,
            "publicKeyPem": pem,
        },
    )
    _host(
        server,
        f"/ob2/{name}/revocations",
        {
            "@context": OB2,
            "id": list_url,
            "type": "RevocationList",
            "issuer": issuer,
            "revokedAssertions": [{"id": r, "revocationReason": "withdrawn"} for r in revoked],
        },
    )
    return issuer, badge, key_url


def test_a_signed_assertion_with_its_published_key_and_list(
    https_server: LocalHttpsServer, fetcher: WebFetcher
) -> None:
    _, badge, key_url = _publish_signer(https_server, "signed", ["urn:uuid:revoked"])
    base = _assertion("urn:uuid:fine", badge, verification={"type": "signed", "creator": key_url})
    report, fetched = verify_signed_online(_rs256(base), fetcher, OPTIONS)
    assert report.verdict is Verdict.VALID, report.checks
    assert "checked online at" in report.check("issuer").message  # type: ignore[union-attr]
    assert "not revoked" in report.check("status").message  # type: ignore[union-attr]
    assert key_url in {r.url for r in fetched}
    revoked = {**base, "id": "urn:uuid:revoked"}
    report, _ = verify_signed_online(_rs256(revoked), fetcher, OPTIONS)
    assert report.verdict is Verdict.REVOKED
    assert "withdrawn" in report.check("status").message  # type: ignore[union-attr]


def test_a_signed_assertion_by_a_key_the_issuer_does_not_list_is_invalid(
    https_server: LocalHttpsServer, fetcher: WebFetcher
) -> None:
    _, badge, _ = _publish_signer(https_server, "unlisted", [])
    rogue_url = https_server.url("/ob2/unlisted/rogue-key")
    rogue = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = (
        rogue.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )
    issuer = https_server.url("/ob2/unlisted/issuer")
    _host(
        https_server,
        "/ob2/unlisted/rogue-key",
        {
            "@context": OB2,
            "id": rogue_url,
            "type": "CryptographicKey",
            "owner": issuer,
            "publicKeyPem": pem,
        },
    )
    assertion = _assertion(
        "urn:uuid:x", badge, verification={"type": "signed", "creator": rogue_url}
    )
    report, _ = verify_signed_online(_rs256(assertion, rogue), fetcher, OPTIONS)
    assert report.verdict is Verdict.INVALID
    assert "does not list the key" in report.check("issuer").message  # type: ignore[union-attr]


def test_a_signed_assertion_whose_key_cannot_be_fetched_is_unverifiable(
    https_server: LocalHttpsServer, fetcher: WebFetcher
) -> None:
    _, badge = _publish_issuer(https_server, "nokey")
    key_url = https_server.url("/ob2/nokey/key")
    assertion = _assertion("urn:uuid:y", badge, verification={"type": "signed", "creator": key_url})
    report, _ = verify_signed_online(_rs256(assertion), fetcher, OPTIONS)
    assert report.verdict is Verdict.UNVERIFIABLE
    assert "HTTP 404" in report.check("signature").message  # type: ignore[union-attr]
