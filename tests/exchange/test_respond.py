"""Answering verifiers: OpenID4VP 1.0 (DCQL, direct_post) with the @openid4vc verifier, and a
VC-API QueryByExample exchange as VerifierPlus runs it, both checking with the DCC stack."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from tests.exchange.conftest import PASS, holder_did
from tests.exchange.peers import Peers
from tests.vault.conftest import NoKeyring
from wallet.errors import ExchangeError, UntrustedRequest
from wallet.exchange import Exchanges
from wallet.net import NetworkSettings
from wallet.net.cache import CachedDocument
from wallet.service import WalletService
from wallet.trust.known import KnownRegistry
from wallet.vault.kdf import TEST_COST

VC = "https://www.w3.org/2018/credentials#VerifiableCredential"
OB = "https://purl.imsglobal.org/spec/vc/ob/vocab.html#OpenBadgeCredential"
CLR = "https://purl.imsglobal.org/spec/vc/clr/vocab.html#ClrCredential"


@pytest.fixture
def stocked(peers: Peers, run: Exchanges, service: WalletService) -> Iterator[dict[str, str]]:
    """The vault holds a badge as ldp_vc and another as jwt_vc_json, both issued by the peers."""
    ids = {}
    for name, configuration in (("Data badge", "badge_ldp"), ("JWT badge", "badge_jwt")):
        link = peers.offer(configurations=[configuration], name=name)
        outcome = run.receiving.receive(run.receiving.read(link)).outcomes[0]
        assert outcome.credential_id is not None
        ids[name] = outcome.credential_id
    yield ids


def _dcql(fmt: str = "ldp_vc", types: list[str] | None = None, **claims: Any) -> dict[str, Any]:
    query: dict[str, Any] = {
        "id": "badge",
        "format": fmt,
        "meta": {"type_values": [types or [VC, OB]]},
    }
    if claims:
        query["claims"] = [{"path": ["name"], "values": [claims["name"]]}]
    return {"credentials": [query]}


def test_a_redirect_uri_request_by_value_is_answered_with_a_signed_presentation(
    peers: Peers, run: Exchanges, service: WalletService, stocked: dict[str, str]
) -> None:
    made = peers.control("/control/vp-request", {"client": "redirect_uri", "dcql": _dcql()})
    ask = run.responding.read(made["link"])
    assert ask.protocol == "OpenID4VP" and ask.verifier.domain == "127.0.0.1"
    assert ask.verifier.client_id == made["clientId"] and ask.verifier.trusted is None
    assert "the address its answer goes to" in ask.verifier.authenticated
    [want] = ask.wants
    assert want.words == "a credential of type OpenBadgeCredential"
    assert [m.name for m in want.matches] == ["Data badge"]  # the JWT one is another format
    assert ask.preselected == (stocked["Data badge"],)
    assert (ask.challenge, ask.domain) == (made["nonce"], made["clientId"])
    sent = run.responding.send(ask, ask.preselected)
    assert sent.accepted, sent.message
    assert sent.redirect == f"{peers.base}/done/{made['id']}"
    result = peers.control(f"/control/vp-request?id={made['id']}")["result"]
    assert result["ok"] is True
    [share] = service.shares()
    assert share.credential_ids == (stocked["Data badge"],)
    assert share.details["protocol"] == "OpenID4VP" and share.details["accepted"] is True
    assert share.details["verifier"] == made["clientId"]
    assert share.details["holder"] == holder_did(service)


def test_a_did_signed_request_by_reference_is_verified(
    peers: Peers, run: Exchanges, stocked: dict[str, str]
) -> None:
    made = peers.control("/control/vp-request", {"client": "did", "dcql": _dcql()})
    assert "request_uri=" in made["link"]
    ask = run.responding.read(made["link"])
    assert ask.verifier.authenticated.startswith("its request is signed by did:key:z6Mk")
    assert run.responding.send(ask, ask.preselected).accepted
    assert peers.control(f"/control/vp-request?id={made['id']}")["methods"] == ["GET"]


def test_request_uri_method_post_sends_the_wallet_metadata(
    peers: Peers, run: Exchanges, stocked: dict[str, str]
) -> None:
    made = peers.control("/control/vp-request", {"client": "did", "post": True, "dcql": _dcql()})
    ask = run.responding.read(made["link"])
    entry = peers.control(f"/control/vp-request?id={made['id']}")
    assert entry["methods"] == ["POST"]
    assert "decentralized_identifier" in entry["walletMetadata"]
    assert run.responding.send(ask, ask.preselected).accepted


def test_a_jwt_vc_json_query_is_answered_with_a_jwt_presentation(
    peers: Peers, run: Exchanges, stocked: dict[str, str]
) -> None:
    made = peers.control(
        "/control/vp-request", {"client": "redirect_uri", "dcql": _dcql("jwt_vc_json")}
    )
    ask = run.responding.read(made["link"])
    assert [m.name for m in ask.wants[0].matches] == ["JWT badge"]
    sent = run.responding.send(ask, ask.preselected)
    assert sent.accepted, sent.message


def test_claim_values_select_among_matching_credentials(
    peers: Peers, run: Exchanges, stocked: dict[str, str]
) -> None:
    made = peers.control(
        "/control/vp-request", {"client": "redirect_uri", "dcql": _dcql(name="Data badge")}
    )
    ask = run.responding.read(made["link"])
    assert [m.name for m in ask.wants[0].matches] == ["Data badge"]
    assert ask.wants[0].words.endswith("showing name")
    other = peers.control(
        "/control/vp-request", {"client": "redirect_uri", "dcql": _dcql(name="Nope")}
    )
    assert run.responding.read(other["link"]).answerable is False


def test_a_request_for_something_the_wallet_does_not_hold_cannot_be_sent(
    peers: Peers, run: Exchanges, service: WalletService, stocked: dict[str, str]
) -> None:
    made = peers.control(
        "/control/vp-request", {"client": "redirect_uri", "dcql": _dcql(types=[VC, CLR])}
    )
    ask = run.responding.read(made["link"])
    assert not ask.answerable and ask.wants[0].matches == ()
    with pytest.raises(ExchangeError, match="nothing was chosen"):
        run.responding.send(ask, ())
    assert peers.control(f"/control/vp-request?id={made['id']}")["result"] is None
    assert service.shares() == []


def test_a_verifier_whose_signed_request_does_not_verify_is_not_answered(
    peers: Peers, run: Exchanges, stocked: dict[str, str]
) -> None:
    peers.settings(signWithOther=True)
    try:
        made = peers.control("/control/vp-request", {"client": "did", "dcql": _dcql()})
    finally:
        peers.settings(signWithOther=False)
    with pytest.raises(UntrustedRequest) as caught:
        run.responding.read(made["link"])
    assert caught.value.step == "checking who the verifier is"
    assert "does not verify" in caught.value.reason


def test_x509_verifiers_are_recognised_and_refused(
    peers: Peers, run: Exchanges, stocked: dict[str, str]
) -> None:
    made = peers.control(
        "/control/vp-request", {"client": "x509", "byValue": True, "dcql": _dcql()}
    )
    with pytest.raises(UntrustedRequest, match=r"X\.509 certificate"):
        run.responding.read(made["link"])


def test_a_verifier_expecting_another_nonce_refuses_and_the_answer_is_recorded(
    peers: Peers, run: Exchanges, service: WalletService, stocked: dict[str, str]
) -> None:
    made = peers.control(
        "/control/vp-request", {"client": "redirect_uri", "expectOtherNonce": True, "dcql": _dcql()}
    )
    ask = run.responding.read(made["link"])
    sent = run.responding.send(ask, ask.preselected)
    assert not sent.accepted
    assert "does not verify" in sent.message and "challenge" in sent.message.lower()
    [share] = service.shares()
    assert share.details["accepted"] is False


def test_a_vc_api_query_by_example_is_answered_like_verifierplus_expects(
    peers: Peers, run: Exchanges, service: WalletService, stocked: dict[str, str]
) -> None:
    made = peers.control("/control/exchange", {"kind": "verify", "wantType": "OpenBadgeCredential"})
    ask = run.responding.read(made["interaction"])
    assert ask.protocol == "VC-API"
    [want] = ask.wants
    assert want.reason == "To check your badge for the job."
    assert {m.name for m in want.matches} == {"Data badge", "JWT badge"}
    sent = run.responding.send(ask, [stocked["Data badge"]])
    assert sent.accepted, sent.message
    assert sent.redirect == f"{peers.base}/thanks"
    result = peers.control(f"/control/exchange?id={made['id']}")["result"]
    assert result["verified"] is True and result["credentials"] == 1
    assert service.shares()[0].details["protocol"] == "VC-API"


def test_a_did_signed_request_by_value_is_verified_too(
    peers: Peers, run: Exchanges, stocked: dict[str, str]
) -> None:
    made = peers.control("/control/vp-request", {"client": "did", "byValue": True, "dcql": _dcql()})
    assert "request=" in made["link"] and "request_uri=" not in made["link"]
    ask = run.responding.read(made["link"])
    assert ask.verifier.authenticated.startswith("its request is signed by did:key:")
    assert run.responding.send(ask, ask.preselected).accepted


@pytest.mark.parametrize(("issuer", "found"), [("ISSUER", 2), ("did:key:z6MkSomeoneElse", 0)])
def test_query_by_example_matches_by_issuer(
    peers: Peers,
    run: Exchanges,
    stocked: dict[str, str],
    service: WalletService,
    issuer: str,
    found: int,
) -> None:
    if issuer == "ISSUER":
        issuer = service.list_credentials()[0].issuer_id
    made = peers.control("/control/exchange", {"kind": "verify", "wantIssuer": issuer})
    ask = run.responding.read(made["exchange"])
    assert len(ask.wants[0].matches) == found
    assert ask.wants[0].words.endswith(f"issued by {issuer}")
    assert ask.answerable is (found > 0)


REGISTRY = KnownRegistry("Test Registry", "dcc-legacy", url="https://registry.test/registry.json")


def test_the_consent_screen_says_what_the_kept_registry_copy_says_of_the_verifier(
    peers: Peers, vault_path: Path, network: NetworkSettings
) -> None:
    with WalletService.open(
        vault_path, kdf_cost=TEST_COST, keyring=NoKeyring(), workers=1, registries=[REGISTRY]
    ) as service:
        service.unlock(PASS)

        def verifier() -> Any:
            made = peers.control("/control/vp-request", {"client": "did", "dcql": _dcql()})
            with Exchanges(service, settings=network) as run:
                return run.responding.read(made["link"]).verifier

        def keep(listed: dict[str, Any]) -> None:
            body = json.dumps({"registry": listed}).encode()
            when = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
            service.network.cache.put(CachedDocument(REGISTRY.url, body, "application/json", when))
            service.network.cache.flush()

        # No copy of the registry in the vault: it says nothing either way (and is not fetched).
        first = verifier()
        assert first.registry is None and first.trusted is None
        did = first.client_id.removeprefix("decentralized_identifier:")
        assert did.startswith("did:key:")
        keep({"did:web:someone-else.example": {"name": "Someone Else"}})
        assert verifier().registry == "not listed in Test Registry"
        keep({did: {"name": "Acme Hiring"}})
        assert verifier().registry == (
            "registered as Acme Hiring in Test Registry "
            "(from a copy fetched at 2026-03-01T09:30:00Z)"
        )
