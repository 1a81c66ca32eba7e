"""SSRF: a credential naming an address on the user's network makes no connection at all
(DESIGN "Network"); nor does a name that resolves there, nor a redirect that leads there."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.net.local_https import LocalCA, LocalHttpsServer, Route
from wallet.errors import AddressRefused
from wallet.net import NetworkSettings, WebFetcher, address_refusal

_FORBIDDEN_NETWORKS = [
    "127.0.0.0/8",
    "10.0.0.0/8",
    "172.16.0.0/12",
    "192.168.0.0/16",
    "169.254.0.0/16",
    "100.64.0.0/10",
    "0.0.0.0/8",
    "224.0.0.0/4",
    "240.0.0.0/4",
    "::1/128",
    "fc00::/7",
    "fe80::/10",
    "ff00::/8",
    "::/128",
]


class Resolver:
    """Names the test controls, as a hostile DNS server would answer them."""

    def __init__(self, answers: dict[str, list[str]]) -> None:
        self.answers = answers

    def resolve(self, host: str, port: int) -> list[str]:
        if host not in self.answers:
            raise OSError(f"unknown {host}")
        return self.answers[host]


@pytest.fixture
def connects(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Any]]:
    """Every TCP connection attempted; one that is not to loopback is stopped here, so even a
    broken guard could not send a packet to a private address."""
    attempts: list[Any] = []
    real = socket.create_connection

    def spy(address: Any, *args: Any, **kwargs: Any) -> socket.socket:
        attempts.append(address)
        if not ipaddress.ip_address(address[0]).is_loopback:
            raise OSError("test guard: non-loopback connection stopped")
        return real(address, *args, **kwargs)

    monkeypatch.setattr(socket, "create_connection", spy)
    yield attempts


def _strict(test_ca: LocalCA) -> NetworkSettings:
    """What a user has: the switch off (the test CA still trusted, so only the guard refuses)."""
    return NetworkSettings(ca_file=str(test_ca.ca_file))


@pytest.mark.parametrize(
    "host",
    [
        "127.0.0.1",
        "localhost",
        "[::1]",
        "10.0.0.1",
        "169.254.169.254",
        "[::ffff:127.0.0.1]",
        "[::ffff:10.0.0.1]",
        "2130706433",
        "0.0.0.0",
        "[fe80::1]",
        "192.168.1.1",
    ],
)
def test_no_connection_to_a_private_or_loopback_address(
    host: str, https_server: LocalHttpsServer, test_ca: LocalCA, connects: list[Any]
) -> None:
    https_server.add_json("/ssrf.json", "{}")
    before = https_server.connections
    with WebFetcher(settings=_strict(test_ca)) as web, pytest.raises(AddressRefused) as caught:
        web.fetch(f"https://{host}:{https_server.port}/ssrf.json")
    assert "refused to connect" in str(caught.value)
    assert connects == [] and https_server.connections == before


@pytest.mark.parametrize("answer", ["127.0.0.1", "10.0.0.1", "169.254.169.254", "::1"])
def test_no_connection_to_a_name_that_resolves_there(
    answer: str, https_server: LocalHttpsServer, test_ca: LocalCA, connects: list[Any]
) -> None:
    from wallet.net import HttpTransport

    settings = _strict(test_ca)
    resolver = Resolver({"issuer.example": ["93.184.215.14", answer]})
    before = https_server.connections
    transport = HttpTransport(settings, resolver)
    with (
        WebFetcher(settings=settings, transport=transport) as web,
        pytest.raises(AddressRefused, match=r"issuer\.example resolves to"),
    ):
        web.fetch(f"https://issuer.example:{https_server.port}/ssrf.json")
    assert connects == [] and https_server.connections == before


def test_a_redirect_to_a_private_address_is_refused(
    https_server: LocalHttpsServer, settings: NetworkSettings, connects: list[Any]
) -> None:
    """Even with loopback allowed (so the first hop is reached), the hop to 10.0.0.1 and to the
    metadata service is never attempted."""
    for target in ("https://10.0.0.1/x.json", "https://169.254.169.254/latest/meta-data/"):
        https_server.add("/ssrf/redirect", Route(302, b"", {"Location": target}))
        with WebFetcher(settings=settings) as web, pytest.raises(AddressRefused):
            web.fetch(https_server.url("/ssrf/redirect"))
    assert all(ipaddress.ip_address(a[0]).is_loopback for a in connects)


def test_the_loopback_switch_admits_loopback_only(
    https_server: LocalHttpsServer, settings: NetworkSettings, connects: list[Any]
) -> None:
    url = https_server.add_json("/switch.json", "{}")
    with WebFetcher(settings=settings) as web:
        assert web.fetch(url).json() == {}
        with pytest.raises(AddressRefused):
            web.fetch("https://10.0.0.1/switch.json")
    assert address_refusal(ipaddress.ip_address("127.8.9.10"), allow_loopback=True) is None
    assert address_refusal(ipaddress.ip_address("10.0.0.1"), allow_loopback=True) is not None


def test_public_addresses_are_allowed() -> None:
    for text in ("93.184.215.14", "2606:4700:4700::1111", "8.8.8.8"):
        assert address_refusal(ipaddress.ip_address(text)) is None


_forbidden_v4 = st.sampled_from([n for n in _FORBIDDEN_NETWORKS if ":" not in n]).flatmap(
    lambda net: st.integers(0, ipaddress.ip_network(net).num_addresses - 1).map(
        lambda i, net=net: ipaddress.ip_network(net)[i]
    )
)
_forbidden_any = st.sampled_from(_FORBIDDEN_NETWORKS).flatmap(
    lambda net: st.integers(0, min(ipaddress.ip_network(net).num_addresses - 1, 2**64)).map(
        lambda i, net=net: ipaddress.ip_network(net)[i]
    )
)


@given(_forbidden_any)
def test_every_address_in_a_forbidden_range_is_refused(address: Any) -> None:
    assert address_refusal(address) is not None


@given(_forbidden_v4)
def test_every_ipv6_form_of_a_forbidden_ipv4_address_is_refused(address: Any) -> None:
    """IPv4-mapped, 6to4 and NAT64 spellings reach the same host: the same answer (a class of
    hole, closed as a class)."""
    value = int(address)
    for form in (
        ipaddress.IPv6Address((0xFFFF << 32) | value),
        ipaddress.IPv6Address((0x2002 << 112) | (value << 80)),
        ipaddress.IPv6Address((0x64FF9B << 96) | value),
    ):
        assert address_refusal(form) is not None, form


@given(st.ip_addresses(v=4))
def test_the_loopback_switch_changes_nothing_but_loopback(address: Any) -> None:
    strict = address_refusal(address)
    relaxed = address_refusal(address, allow_loopback=True)
    if address.is_loopback:
        assert strict is not None and relaxed is None
    else:
        assert strict == relaxed


def test_a_credential_naming_private_addresses_is_unverifiable_and_connects_nowhere(
    https_server: LocalHttpsServer, test_ca: LocalCA, connects: list[Any]
) -> None:
    """The whole path, as a hostile credential drives it: its did:web key on loopback and its
    status list at the cloud metadata address; neither is ever connected to."""
    from datetime import UTC, datetime

    from tests.net.issuers import SIGNED_AT, badge
    from wallet.dids.keys import KeyType, PrivateKey
    from wallet.dids.web import online_resolver
    from wallet.proofs.sign import sign_document
    from wallet.status import StatusChecker
    from wallet.verify import Status, Verdict, VerifyOptions, verify_document

    did = f"did:web:127.0.0.1%3A{https_server.port}:probe"
    status = {
        "id": "https://169.254.169.254/latest/meta-data#1",
        "type": "BitstringStatusListEntry",
        "statusPurpose": "revocation",
        "statusListIndex": "1",
        "statusListCredential": "https://169.254.169.254/latest/meta-data",
    }
    key = PrivateKey.generate(KeyType.ED25519)
    document = sign_document(
        badge(did, credentialStatus=status), key, f"{did}#key-1", created=SIGNED_AT
    )
    before = https_server.connections
    now = datetime(2026, 6, 1, tzinfo=UTC)
    with WebFetcher(settings=_strict(test_ca)) as web:
        report = verify_document(document, VerifyOptions(now=now, resolver=online_resolver(web)))
        result = StatusChecker(web, lambda d: verify_document(d, VerifyOptions(now=now))).check(
            status, issuer_id=did, now=now
        )
    assert report.verdict is Verdict.UNVERIFIABLE
    assert "refused to connect" in report.check("signature").message  # type: ignore[union-attr]
    assert result.check.status is Status.WARN and "refused to connect" in result.check.message
    assert connects == [] and https_server.connections == before
