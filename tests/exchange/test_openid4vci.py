"""OpenID4VCI 1.0 pre-authorized code flow against the @openid4vc issuer on 127.0.0.1."""

from __future__ import annotations

import pytest

from tests.exchange.conftest import holder_did
from tests.exchange.peers import Peers
from wallet.errors import ExchangeCancelled, ExchangeError, OfferExpired, WrongTxCode
from wallet.exchange import Exchanges, ReceiveResult
from wallet.net import NetworkSettings
from wallet.service import ImportStatus, WalletService
from wallet.verify import Verdict


def _receive(run: Exchanges, link: str, tx_code: str | None = None) -> ReceiveResult:
    incoming = run.receiving.read(link)
    return run.receiving.receive(incoming, tx_code)


def test_an_offer_by_value_brings_a_verified_credential_bound_to_the_holder(
    peers: Peers, run: Exchanges, service: WalletService, steps: list[str]
) -> None:
    link = peers.offer(name="Offered by value")
    assert link.startswith("openid-credential-offer://?credential_offer=")
    result = _receive(run, link)
    assert [o.status for o in result.outcomes] == [ImportStatus.IMPORTED]
    assert result.outcomes[0].verdict is Verdict.VALID
    stored = service.list_credentials()
    assert [s.name for s in stored] == ["Offered by value"]
    detail = service.get(stored[0].id)
    assert detail.view.get("credentialSubject")["id"] == holder_did(service)
    assert steps[:3] == [
        "reading the issuer's metadata",
        "reading the authorization server's metadata",
        "asking the issuer for an access token",
    ]
    request = peers.control("/control/log")[-1]["credentialRequest"]
    assert request["credential_configuration_id"] == "badge_ldp"
    assert list(request["proofs"]) == ["jwt"]


def test_an_offer_by_reference_is_fetched_first(
    peers: Peers, run: Exchanges, service: WalletService, steps: list[str]
) -> None:
    link = peers.offer(byReference=True, name="Offered by reference")
    assert "credential_offer_uri=" in link
    result = _receive(run, link)
    assert result.all_valid and result.origin == "127.0.0.1"
    assert steps[0] == "reading the credential offer"
    assert [s.name for s in service.list_credentials()] == ["Offered by reference"]


def test_a_transaction_code_is_sent_when_the_offer_asks_for_one(
    peers: Peers, run: Exchanges, service: WalletService
) -> None:
    link = peers.offer(txCode="493817", name="With a code")
    incoming = run.receiving.read(link)
    assert incoming.tx_code is not None and incoming.tx_code.length == 6
    assert incoming.tx_code.description == "The code sent to your e-mail"
    result = run.receiving.receive(incoming, "493817")
    assert result.all_valid
    assert [s.name for s in service.list_credentials()] == ["With a code"]


def test_a_wrong_transaction_code_is_said_and_nothing_is_stored(
    peers: Peers, run: Exchanges, service: WalletService
) -> None:
    incoming = run.receiving.read(peers.offer(txCode="493817"))
    with pytest.raises(WrongTxCode) as caught:
        run.receiving.receive(incoming, "000000")
    assert caught.value.step == "asking the issuer for an access token"
    assert "Invalid 'tx_code' provided" in caught.value.reason
    assert service.list_credentials() == []


def test_a_missing_transaction_code_is_asked_for_before_anything_is_sent(
    peers: Peers, run: Exchanges, service: WalletService, steps: list[str]
) -> None:
    incoming = run.receiving.read(peers.offer(txCode="493817"))
    with pytest.raises(WrongTxCode, match="asks for a transaction code"):
        run.receiving.receive(incoming, None)
    assert steps == []  # not even the metadata was read
    assert service.list_credentials() == []


def test_an_offer_used_once_is_refused_as_expired_the_second_time(
    peers: Peers, run: Exchanges, service: WalletService
) -> None:
    link = peers.offer(name="Once")
    assert _receive(run, link).all_valid
    with pytest.raises(OfferExpired, match="expired or was used already"):
        _receive(run, link)
    assert len(service.list_credentials()) == 1


def test_a_di_vp_proof_is_a_presentation_for_the_nonce_and_the_issuer(
    peers: Peers, run: Exchanges, service: WalletService
) -> None:
    result = _receive(run, peers.offer(configurations=["badge_di_vp"], name="DI proof"))
    assert result.all_valid
    logged = peers.control("/control/log")[-1]
    presentation = logged["credentialRequest"]["proofs"]["di_vp"][0]
    assert presentation["proof"]["domain"] == peers.base
    assert presentation["proof"]["proofPurpose"] == "authentication"
    assert presentation["proof"]["cryptosuite"] == "eddsa-rdfc-2022"
    assert logged["holder"] == holder_did(service)


def test_a_jwt_vc_json_credential_is_received_as_a_jwt(
    peers: Peers, run: Exchanges, service: WalletService
) -> None:
    result = _receive(run, peers.offer(configurations=["badge_jwt"], name="As a JWT"))
    assert result.all_valid
    detail = service.get(service.list_credentials()[0].id)
    assert isinstance(detail.document, str) and detail.document.count(".") == 2
    assert detail.view.get("credentialSubject")["id"] == holder_did(service)


def test_deferred_issuance_is_polled_at_the_issuers_interval(
    peers: Peers, run: Exchanges, service: WalletService, waits: list[float], steps: list[str]
) -> None:
    result = _receive(run, peers.offer(configurations=["badge_deferred"], name="Later"))
    assert result.all_valid
    assert waits == [1.0, 1.0]  # the issuer said interval 1 s twice: asked once more, then got it
    assert steps.count("waiting for the issuer to issue the credential") == 2
    assert [s.name for s in service.list_credentials()] == ["Later"]


def test_a_credential_tampered_by_the_issuer_fails_the_exchange_and_is_not_stored(
    peers: Peers, run: Exchanges, service: WalletService
) -> None:
    with pytest.raises(ExchangeError) as caught:
        _receive(run, peers.offer(tamper=True))
    assert caught.value.step == "checking what the issuer sent"
    assert "not genuine" in caught.value.reason and "signature" in caught.value.reason
    assert service.list_credentials() == []


def test_a_credential_for_someone_else_is_not_kept(
    peers: Peers, run: Exchanges, service: WalletService
) -> None:
    someone = "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK"
    with pytest.raises(ExchangeError) as caught:
        _receive(run, peers.offer(subject=someone))
    assert caught.value.step == "checking what the issuer sent"
    assert someone in caught.value.reason and holder_did(service) in caught.value.reason
    assert service.list_credentials() == []


def test_an_issuer_over_http_is_refused_before_any_connection(
    peers: Peers, run: Exchanges, steps: list[str]
) -> None:
    with pytest.raises(ExchangeError) as caught:
        run.receiving.read(peers.offer(httpIssuer=True))
    assert caught.value.step == "reading the credential offer"
    assert "is not an https address" in caught.value.reason
    assert steps == []


def test_issuer_metadata_redirected_to_http_is_refused(
    peers: Peers, run: Exchanges, service: WalletService
) -> None:
    peers.settings(metadataRedirect=True)
    try:
        with pytest.raises(ExchangeError) as caught:
            _receive(run, peers.offer())
    finally:
        peers.settings(metadataRedirect=False)
    assert caught.value.step == "reading the issuer's metadata"
    assert "which is not https" in caught.value.reason
    assert service.list_credentials() == []


def test_a_nonce_the_issuer_does_not_accept_fails_with_its_words(
    peers: Peers, run: Exchanges, service: WalletService
) -> None:
    peers.settings(staleNonce=True)
    try:
        with pytest.raises(ExchangeError) as caught:
            _receive(run, peers.offer())
    finally:
        peers.settings(staleNonce=False)
    assert caught.value.step == "asking the issuer for the credential"
    assert "invalid_nonce" in caught.value.reason
    assert service.list_credentials() == []


def test_cancelling_between_steps_stores_nothing(
    peers: Peers, service: WalletService, network: NetworkSettings
) -> None:
    seen: list[str] = []

    def cancelled() -> bool:
        return "asking the issuer for an access token" in seen

    with (
        Exchanges(service, settings=network, progress=seen.append, cancelled=cancelled) as run,
        pytest.raises(ExchangeCancelled) as caught,
    ):
        _receive(run, peers.offer())
    assert caught.value.step == "asking the issuer for a nonce"
    assert service.list_credentials() == []
