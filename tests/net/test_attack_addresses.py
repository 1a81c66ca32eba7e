"""Attack-net finding 2: which addresses are refused must not depend on the Python's own table.

The wallet runs on Python 3.11.7, whose ``ipaddress`` predates the fix of CVE-2024-4032: it calls
some special-purpose ranges global, and it has no notion of the deprecated IPv6 spellings of an
IPv4 address (IPv4-compatible ``::a.b.c.d``, IPv4-translated ``::ffff:0:a.b.c.d``) or of local-use
NAT64 (``64:ff9b:1::/48``, RFC 8215), which a network's own translator turns into its private
addresses. The IANA special-purpose registries are the reference here.
"""

from __future__ import annotations

import ipaddress
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wallet.net import address_refusal

# IANA IPv4 and IPv6 Special-Purpose Address Registries: no range in them is the public web.
_SPECIAL = [
    "0.0.0.0/8",
    "10.0.0.0/8",
    "100.64.0.0/10",
    "127.0.0.0/8",
    "169.254.0.0/16",
    "172.16.0.0/12",
    "192.0.0.0/24",
    "192.0.2.0/24",
    "192.31.196.0/24",
    "192.52.193.0/24",
    "192.88.99.0/24",
    "192.168.0.0/16",
    "192.175.48.0/24",
    "198.18.0.0/15",
    "198.51.100.0/24",
    "203.0.113.0/24",
    "224.0.0.0/4",
    "240.0.0.0/4",
    "::/96",  # IPv4-compatible (deprecated, RFC 4291)
    "::ffff:0:0:0/96",  # IPv4-translated (RFC 2765)
    "64:ff9b:1::/48",  # local-use NAT64 (RFC 8215)
    "100::/64",
    "2001::/23",
    "2001:db8::/32",
    "3fff::/20",
    "5f00::/16",
    "fc00::/7",
    "fe80::/10",
    "fec0::/10",  # site-local (deprecated, still routed inside some networks)
    "ff00::/8",
]

_special = st.sampled_from(_SPECIAL).flatmap(
    lambda net: st.integers(0, min(ipaddress.ip_network(net).num_addresses - 1, 2**64)).map(
        lambda i, net=net: ipaddress.ip_network(net)[i]
    )
)


@pytest.mark.parametrize(
    "text",
    ["::127.0.0.1", "::10.0.0.1", "::ffff:0:7f00:1", "64:ff9b:1::a00:1", "fec0::1", "192.0.0.8"],
)
def test_spellings_this_python_calls_global_are_refused(text: str) -> None:
    assert address_refusal(ipaddress.ip_address(text)) is not None


@given(_special)
def test_every_special_purpose_address_is_refused(address: Any) -> None:
    assert address_refusal(address) is not None


@given(st.ip_addresses(v=4))
def test_each_ipv6_spelling_of_an_ipv4_address_gets_its_answer_or_a_refusal(address: Any) -> None:
    """A public IPv4 address stays reachable through NAT64 and 6to4 (networks that need them
    have no other way out); any other spelling is refused; a refused one is refused in all."""
    value = int(address)
    plain = address_refusal(address)
    for form, carries in (
        (ipaddress.IPv6Address((0xFFFF << 32) | value), True),
        (ipaddress.IPv6Address((0x2002 << 112) | (value << 80)), True),
        (ipaddress.IPv6Address((0x64FF9B << 96) | value), True),
        (ipaddress.IPv6Address(value), False),
        (ipaddress.IPv6Address((0xFFFF << 48) | value), False),
    ):
        answer = address_refusal(form)
        if plain is not None or not carries:
            assert answer is not None, form
        else:
            assert answer is None, form
