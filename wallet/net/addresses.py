"""Which addresses the wallet may connect to (DESIGN "Network": no private or loopback addresses).

A credential can name any URL; fetching it must not let the credential probe the user's network
(SSRF). So every address a host name resolves to is checked *before* connecting, on every
connection (redirects and proxies included, see :mod:`wallet.net.transport`), and the connection
goes to the address that was checked, never to a second resolution of the name: a DNS answer that
changes between check and use (DNS rebinding) cannot reach the user's network.

Refused: loopback, private (RFC 1918, RFC 4193), link-local (169.254/16, fe80::/10, which holds
the cloud metadata service 169.254.169.254), multicast, unspecified, reserved and every other
non-global range (carrier-grade NAT 100.64/10, documentation ranges). IPv6 forms that embed an
IPv4 address (IPv4-mapped ``::ffff:a.b.c.d``, 6to4, NAT64 ``64:ff9b::/96``) are judged by the
embedded address; the deprecated spellings (IPv4-compatible ``::a.b.c.d``, IPv4-translated
``::ffff:0:a.b.c.d``) and local-use NAT64 (``64:ff9b:1::/48``, which a network's own translator
maps into its private ranges) are refused outright.

Python's own ``is_private``/``is_global`` tables vary between releases (3.11 before 3.11.10, the
wallet's, calls some special-purpose ranges global: CVE-2024-4032), so the IANA special-purpose
registries are written out here too, and an address in any of them is refused whatever the
running Python thinks. ``LEARNER_WALLET_ALLOW_LOOPBACK=1`` (a test switch, not a user setting)
admits
127.0.0.0/8 and ::1, nothing else.
"""

from __future__ import annotations

import ipaddress
import socket
from typing import Protocol

__all__ = ["HostResolver", "SystemResolver", "address_refusal", "vetted_addresses"]

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")

# The IANA IPv4 and IPv6 Special-Purpose Address Registries, less the forms judged by the IPv4
# address they carry (::ffff:0:0/96, 64:ff9b::/96, 2002::/16, handled by _embedded_ipv4).
_SPECIAL_PURPOSE = tuple(
    ipaddress.ip_network(text)
    for text in (
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
        "::/96",
        "::ffff:0:0:0/96",
        "64:ff9b:1::/48",
        "100::/64",
        "2001::/23",
        "2001:db8::/32",
        "3fff::/20",
        "5f00::/16",
        "fc00::/7",
        "fe80::/10",
        "fec0::/10",
        "ff00::/8",
    )
)


class HostResolver(Protocol):
    """Turns a host name into the IP addresses to connect to (the seam tests use for names that
    resolve to addresses they must not reach). Raises ``OSError`` when the name does not resolve.
    """

    def resolve(self, host: str, port: int) -> list[str]: ...


class SystemResolver:
    """The operating system's resolver (``getaddrinfo``)."""

    def resolve(self, host: str, port: int) -> list[str]:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        return list(dict.fromkeys(str(info[4][0]) for info in infos))


def _embedded_ipv4(address: IPAddress) -> IPAddress:
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return address.ipv4_mapped
        if address.sixtofour is not None:
            return address.sixtofour
        if address in _NAT64:
            return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return address


def address_refusal(address: IPAddress, *, allow_loopback: bool = False) -> str | None:
    """Why the wallet must not connect to ``address`` (a phrase), or None when it may."""
    address = _embedded_ipv4(address)
    if address.is_loopback:
        return None if allow_loopback else "a loopback address"
    if address.is_unspecified:
        return "the unspecified address"
    if address.is_link_local:
        return "a link-local address"
    if address.is_multicast:
        return "a multicast address"
    if address.is_private:
        return "a private-network address"
    if not address.is_global or any(address in network for network in _SPECIAL_PURPOSE):
        return "an address outside the public internet"
    return None


def vetted_addresses(
    host: str, port: int, resolver: HostResolver, *, allow_loopback: bool = False
) -> tuple[list[str], str | None]:
    """The addresses ``host`` resolves to, and why they are refused (None when all may be used).

    One refused address refuses the host: a name that resolves both inside and outside the user's
    network is exactly what a rebinding attack looks like. Raises ``OSError`` when the name does
    not resolve.
    """
    literal = host.strip("[]")
    try:
        literal = str(ipaddress.ip_address(literal))
        addresses = [literal]
    except ValueError:
        addresses = resolver.resolve(host, port)
    if not addresses:
        raise OSError(f"{host} has no address")
    for text in addresses:
        try:
            address = ipaddress.ip_address(text.split("%", 1)[0])
        except ValueError:
            return addresses, f"an address the wallet cannot read ({text[:40]})"
        why = address_refusal(address, allow_loopback=allow_loopback)
        if why is not None:
            if addresses == [literal]:
                return addresses, f"{address} is {why}"
            return addresses, f"{host} resolves to {why} ({address})"
    return addresses, None
