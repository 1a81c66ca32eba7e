"""DCC credential request links and VC-API exchanges (issuing with DIDAuthentication) against
the DCC-stack peers on 127.0.0.1."""

from __future__ import annotations

import json
from urllib.parse import quote

import pytest

from tests.exchange.conftest import holder_did
from tests.exchange.peers import Peers
from wallet.errors import ExchangeError
from wallet.exchange import Exchanges
from wallet.service import WalletService


def test_a_dcc_request_link_posts_did_auth_and_imports_the_answer(
    peers: Peers, run: Exchanges, service: WalletService
) -> None:
    request_url = quote(f"{peers.base}/dcc/request?challenge=c-123", safe="")
    link = f"dccrequest://request?issuer={peers.base}&vc_request_url={request_url}&challenge=c-123&auth_type=bearer"
    incoming = run.receiving.read(link)
    assert incoming.protocol == "DCC credential request"
    result = run.receiving.receive(incoming)
    assert result.all_valid
    assert [s.name for s in service.list_credentials()] == ["DCC Request Badge"]
    assert peers.control("/control/log")[-1]["dccRequest"]["verified"] is True


def test_the_lcw_app_form_of_the_link_goes_the_same_way(
    peers: Peers, run: Exchanges, service: WalletService
) -> None:
    request_url = quote(f"{peers.base}/dcc/request?challenge=c-9", safe="")
    link = f"https://lcw.app/request?issuer=x&vc_request_url={request_url}&challenge=c-9"
    assert run.receiving.receive(run.receiving.read(link)).all_valid


def test_a_dcc_request_whose_challenge_differs_is_refused_by_the_issuer(
    peers: Peers, run: Exchanges, service: WalletService
) -> None:
    request_url = quote(f"{peers.base}/dcc/request?challenge=expected", safe="")
    link = f"dccrequest://request?vc_request_url={request_url}&challenge=other"
    with pytest.raises(ExchangeError) as caught:
        run.receiving.receive(run.receiving.read(link))
    assert caught.value.step == "proving your holder DID to the issuer"
    assert "invalid_presentation" in caught.value.reason
    assert service.list_credentials() == []


def test_a_vc_api_interaction_runs_did_authentication_then_imports(
    peers: Peers, run: Exchanges, service: WalletService, steps: list[str]
) -> None:
    made = peers.control("/control/exchange", {"kind": "issue"})
    incoming = run.receiving.read(made["interaction"])
    assert incoming.protocol == "VC-API"
    result = run.receiving.receive(incoming)
    assert result.all_valid and result.redirect == f"{peers.base}/welcome"
    assert steps[:3] == [
        "reading the interaction's protocols",
        "starting the exchange",
        "answering the exchange",
    ]
    checked = peers.control(f"/control/exchange?id={made['id']}")["result"]
    assert checked["verified"] is True and checked["holder"] == holder_did(service)
    assert [s.name for s in service.list_credentials()] == ["VC-API Badge"]


def test_a_vcalm_request_link_names_the_exchange(
    peers: Peers, run: Exchanges, service: WalletService
) -> None:
    made = peers.control("/control/exchange", {"kind": "issue"})
    request = json.dumps(
        {"credentialRequestOrigin": peers.base, "protocols": {"vcapi": made["exchange"]}}
    )
    link = f"dccrequest://request?request={quote(request)}"
    assert run.receiving.receive(run.receiving.read(link)).all_valid


def test_a_vc_api_exchange_that_asks_for_credentials_is_not_answered_by_receive(
    peers: Peers, run: Exchanges, service: WalletService
) -> None:
    made = peers.control("/control/exchange", {"kind": "verify"})
    with pytest.raises(ExchangeError, match="presentation request"):
        run.receiving.receive(run.receiving.read(made["exchange"]))
    assert peers.control(f"/control/exchange?id={made['id']}")["result"] is None  # nothing sent


def test_an_interaction_that_offers_only_openid4vci_is_followed_there(
    peers: Peers, run: Exchanges, service: WalletService
) -> None:
    made = peers.control(
        "/control/exchange", {"kind": "issue", "offer": peers.offer(name="Via VCALM")}
    )
    incoming = run.receiving.read(made["interaction"])
    assert incoming.protocol == "OpenID4VCI"
    assert run.receiving.receive(incoming).all_valid
    assert [s.name for s in service.list_credentials()] == ["Via VCALM"]
