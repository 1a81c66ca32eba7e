"""How the one Fetcher reaches the network: read once from the environment, then passed around.

DESIGN "Network": the operating system's trust store plus ``SSL_CERT_FILE`` when set;
``HTTPS_PROXY`` / ``NO_PROXY`` honoured (upper or lower case, as curl reads them); at most 3
redirects; a timeout and a size cap per document; ``LEARNER_WALLET_ALLOW_LOOPBACK=1`` as the
tests' switch to reach 127.0.0.0/8 and ::1.
"""

from __future__ import annotations

import ipaddress
import os
import ssl
from collections.abc import Mapping
from dataclasses import dataclass

import truststore

__all__ = ["DEFAULT_MAX_BYTES", "NetworkSettings", "ssl_context"]

# Status lists of a million entries, did:web documents, issuer profiles: all far below this.
DEFAULT_MAX_BYTES = 2 * 1024 * 1024
LOOPBACK_SWITCH = "LEARNER_WALLET_ALLOW_LOOPBACK"


def _env(environ: Mapping[str, str], name: str) -> str:
    return environ.get(name) or environ.get(name.lower()) or ""


@dataclass(frozen=True)
class NetworkSettings:
    """What the transport needs to know. ``timeout_s`` bounds one whole fetch (every redirect
    included); ``max_redirects`` is DESIGN's 3."""

    allow_loopback: bool = False
    https_proxy: str | None = None
    no_proxy: str = ""
    ca_file: str | None = None
    timeout_s: float = 10.0
    max_redirects: int = 3

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] | None = None) -> NetworkSettings:
        environ = os.environ if environ is None else environ
        return cls(
            allow_loopback=environ.get(LOOPBACK_SWITCH) == "1",
            https_proxy=_env(environ, "HTTPS_PROXY") or None,
            no_proxy=_env(environ, "NO_PROXY"),
            ca_file=environ.get("SSL_CERT_FILE") or None,
        )

    def proxy_for(self, host: str) -> str | None:
        """The proxy URL to reach ``host`` through, or None to connect directly (``NO_PROXY``
        entries are host names or domain suffixes, ``*`` meaning every host)."""
        if self.https_proxy is None:
            return None
        if _bypassed(host, self.no_proxy):
            return None
        return self.https_proxy


def _bypassed(host: str, no_proxy: str) -> bool:
    """curl's reading of ``NO_PROXY``: ``*``, host names and domain suffixes (a leading dot
    optional), address literals and CIDR ranges; a ``:port`` on an entry is ignored."""
    host = host.lower().strip("[]").rstrip(".")
    for raw in no_proxy.split(","):
        entry = raw.strip().lower()
        if entry == "*":
            return True
        if entry.count(":") == 1:
            entry = entry.split(":", 1)[0]
        entry = entry.strip("[]").lstrip("*").lstrip(".")
        if not entry:
            continue
        if host == entry or host.endswith("." + entry):
            return True
        try:
            if ipaddress.ip_address(host) in ipaddress.ip_network(entry, strict=False):
                return True
        except ValueError:
            continue
    return False


def ssl_context(settings: NetworkSettings) -> ssl.SSLContext:
    """TLS as the operating system trusts it (truststore), plus ``SSL_CERT_FILE``'s authorities.

    Hostname checking and certificate verification stay on; TLS 1.2 at least.
    """
    context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    if settings.ca_file:
        context.load_verify_locations(cafile=settings.ca_file)
    return context
