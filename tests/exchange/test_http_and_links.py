"""The exchange HTTP keeps the network's rules for POSTs too, and every reader of what the other
side sends answers with an ExchangeError (or DcqlError) sentence, whatever it is sent."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.exchange.peers import Peers
from wallet.errors import ExchangeError
from wallet.exchange import ExchangeHttp, read_link
from wallet.exchange.dcql import Candidate, DcqlError, parse_dcql, select
from wallet.exchange.links import CredentialOfferLink, DccRequestLink, Openid4vpLink, VcApiLink
from wallet.exchange.offers import read_offer
from wallet.exchange.vcapi import credentials_in
from wallet.net import NetworkSettings


def _said_plainly(reason: str) -> None:
    """No Python None, and no Python repr of a dict or list, in what a person reads; the other
    side's own text is quoted (wording.shown), and only that may say anything."""
    unquoted = re.sub(r"“[^”]*”", "", reason)
    assert re.search(r"\bNone\b", unquoted) is None, reason
    assert "{'" not in unquoted and "['" not in unquoted, reason


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=30,
)


def test_a_post_is_never_redirected(peers: Peers, network: NetworkSettings) -> None:
    with ExchangeHttp(network) as http, pytest.raises(ExchangeError) as caught:
        http.post_json(f"{peers.base}/redirect-post", {"secret": 1}, step="sending")
    assert caught.value.step == "sending" and "was not followed" in caught.value.reason


def test_posts_meet_the_same_address_checks(peers: Peers, exchange_ca: Any) -> None:
    no_loopback = NetworkSettings(ca_file=str(exchange_ca.ca_file))
    with ExchangeHttp(no_loopback) as http, pytest.raises(ExchangeError) as caught:
        http.post_form(f"{peers.base}/token", {"a": "b"}, step="asking for a token")
    assert "127.0.0.1 is a loopback address" in caught.value.reason


def test_plain_http_is_refused_before_connecting(network: NetworkSettings) -> None:
    with ExchangeHttp(network) as http, pytest.raises(ExchangeError, match="not an https address"):
        http.post_empty("http://127.0.0.1:9/nonce", step="asking for a nonce")


@pytest.mark.parametrize(
    ("link", "kind"),
    [
        (
            "openid-credential-offer://?credential_offer_uri=https%3A%2F%2Fi.example%2Fo%2F1",
            CredentialOfferLink,
        ),
        ("https://i.example/offer?credential_offer=%7B%7D", CredentialOfferLink),
        (
            "dccrequest://request?issuer=x&vc_request_url=https%3A%2F%2Fi.example%2Fr&challenge=c",
            DccRequestLink,
        ),
        ("https://lcw.app/request?vc_request_url=https%3A%2F%2Fi.example%2Fr", DccRequestLink),
        ("https://verifier.example/interactions/1?iuv=1", VcApiLink),
        ("openid4vp://?client_id=x&request_uri=https%3A%2F%2Fv.example%2Fr", Openid4vpLink),
        (
            "https://v.example/authorize?client_id=x&request_uri=https%3A%2F%2Fv.example%2Fr",
            Openid4vpLink,
        ),
    ],
)
def test_each_link_form_is_recognised(link: str, kind: type) -> None:
    assert isinstance(read_link(link), kind)


@pytest.mark.parametrize(
    ("link", "reason"),
    [
        ("https://[::1", "not a credential offer"),
        ("dccrequest://request?vc_request_url=https%3A%2F%2F%5Bx", "not an https address"),
        ("openid-credential-offer://?credential_offer=%7B%22a%22%3A1%2C%22a%22%3A2%7D", "not JSON"),
        (
            "openid-credential-offer://?credential_offer_uri=http%3A%2F%2Fi.example%2Fo",
            "not an https address",
        ),
        ("openid-credential-offer://?credential_offer=%5B%5D", "not a JSON object"),
        ("dccrequest://request?vc_request_url=ftp%3A%2F%2Fx", "not an https address"),
        (
            "dccrequest://request?request=%7B%22protocols%22%3A%7B%22x%22%3A%221%22%7D%7D",
            "offers no protocol",
        ),
        ("x-unknown:thing", "not a credential offer"),
        ("", "empty"),
    ],
)
def test_bad_links_are_one_sentence(link: str, reason: str) -> None:
    with pytest.raises(ExchangeError) as caught:
        read_link(link)
    assert caught.value.step == "reading the link" and reason in caught.value.reason


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_any_text_reads_as_a_link_or_one_exchange_error(text: str) -> None:
    try:
        read_link(text)
    except ExchangeError as exc:
        assert exc.step == "reading the link" and exc.reason
        _said_plainly(exc.reason)


@settings(max_examples=300, deadline=None)
@given(json_values)
def test_any_offer_json_is_read_or_refused_with_a_sentence(value: Any) -> None:
    if not isinstance(value, dict):
        value = {"credential_issuer": value}
    try:
        offer = read_offer(value)
    except ExchangeError as exc:
        assert exc.step == "reading the credential offer"
        _said_plainly(exc.reason)
    else:
        assert offer.issuer.startswith("https://")
        if offer.tx_code is not None:  # its description is the issuer's text, or nothing
            grants = value.get("grants")
            assert isinstance(grants, dict)
            given = [g.get("tx_code") for g in grants.values() if isinstance(g, dict)]
            texts = [t.get("description") for t in given if isinstance(t, dict)]
            assert offer.tx_code.description in [*[t for t in texts if isinstance(t, str)], ""]


@settings(max_examples=300, deadline=None)
@given(json_values)
def test_any_dcql_json_parses_or_says_why(value: Any) -> None:
    try:
        query = parse_dcql(value)
    except DcqlError as exc:
        assert str(exc)
    else:
        candidate = Candidate("k", "ldp_vc", frozenset(), {})
        assert set(query.matches([candidate])) == {q.id for q in query.credentials}


@settings(max_examples=300, deadline=None)
@given(json_values, st.lists(st.none() | st.integers(-2, 5) | st.text(max_size=5), max_size=16))
def test_claim_paths_select_within_the_data(data: Any, path: list[Any]) -> None:
    found = select(data, path)
    assert isinstance(found, list)
    assert all(item is not None for item in found)


@settings(max_examples=300, deadline=None)
@given(json_values)
def test_any_reply_yields_only_credential_shaped_values(value: Any) -> None:
    for credential in credentials_in(value):
        assert isinstance(credential, dict | str)


def test_dcql_types_must_all_be_present_and_formats_must_agree() -> None:
    query = parse_dcql(
        json.dumps(
            {
                "credentials": [
                    {"id": "a", "format": "ldp_vc", "meta": {"type_values": [["x", "y"]]}}
                ]
            }
        )
    )
    both = Candidate("1", "ldp_vc", frozenset({"x", "y", "z"}), {})
    one = Candidate("2", "ldp_vc", frozenset({"x"}), {})
    jwt = Candidate("3", "jwt_vc_json", frozenset({"x", "y"}), {})
    assert query.matches([both, one, jwt]) == {"a": [both]}


def _client() -> Any:
    from datetime import UTC, datetime

    from wallet.dids.resolve import resolve_method
    from wallet.exchange import ExchangeContext
    from wallet.exchange.oid4vp import Openid4vpClient
    from wallet.present.holder import HolderKey

    now = datetime(2026, 1, 1, tzinfo=UTC)
    context = ExchangeContext(ExchangeHttp(NetworkSettings()), HolderKey.generate(now), lambda: now)
    return Openid4vpClient(context, resolve_method)


@settings(max_examples=300, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(
            [
                "client_id",
                "response_type",
                "response_mode",
                "response_uri",
                "nonce",
                "dcql_query",
                "client_id_scheme",
                "state",
                "exp",
                "presentation_definition",
            ]
        ),
        json_values,
        max_size=10,
    )
)
def test_any_request_by_value_is_read_or_refused_with_a_sentence(params: dict[str, Any]) -> None:
    text = {k: v if isinstance(v, str) else json.dumps(v) for k, v in params.items()}
    try:
        request = _client().read(Openid4vpLink(text))
    except ExchangeError as exc:
        assert exc.reason
        _said_plainly(exc.reason)
    else:
        assert request.response_uri.startswith("https://") and request.nonce


@settings(max_examples=200, deadline=None)
@given(json_values, json_values)
def test_any_request_object_is_read_or_refused_with_a_sentence(header: Any, payload: Any) -> None:
    from wallet.dids.multibase import b64url_encode

    parts = [b64url_encode(json.dumps(p).encode()) for p in (header, payload)]
    token = ".".join([*parts, "c2ln"])
    try:
        _client().read(Openid4vpLink({"request": token}))
    except ExchangeError as exc:
        assert exc.reason
        _said_plainly(exc.reason)


@pytest.mark.parametrize(
    ("payload", "said"),
    [
        ({}, "the request names no response_type (it must be vp_token)"),
        ({"response_type": None}, "the request names no response_type (it must be vp_token)"),
        ({"response_type": {"a": 1}}, "the request asks for an object, not a vp_token"),
        ({"response_type": "code"}, "the request asks for “code”, not a vp_token"),
        (
            {"response_type": "vp_token", "response_mode": None},
            "the request wants no response_mode; Learner Wallet sends answers with direct_post "
            "only",
        ),
        (
            {"response_type": "vp_token", "response_mode": ["a", "b"]},
            "the request wants the answer by a list of 2 values; Learner Wallet sends answers "
            "with direct_post only",
        ),
    ],
)
def test_what_the_request_asks_for_is_named_in_words(payload: dict[str, Any], said: str) -> None:
    from wallet.exchange.oid4vp import _response_uri

    with pytest.raises(ExchangeError) as caught:
        _response_uri(payload)
    assert caught.value.reason == said
