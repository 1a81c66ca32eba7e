"""OpenID4VCI 1.0 credential offers (§4.1), read and checked before anything is sent, and the
well-known addresses an issuer's metadata lives at (§12.2.2, RFC 8414 §3.1)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlunsplit

from wallet.errors import ExchangeError
from wallet.exchange.links import split_url
from wallet.wording import plain

__all__ = [
    "PRE_AUTHORIZED",
    "READ_OFFER",
    "CredentialOffer",
    "TxCodeRequest",
    "https_url",
    "read_offer",
    "well_known",
]

PRE_AUTHORIZED = "urn:ietf:params:oauth:grant-type:pre-authorized_code"
READ_OFFER = "reading the credential offer"


@dataclass(frozen=True)
class TxCodeRequest:
    """What the offer says of the transaction code it needs (§4.1.1 ``tx_code``)."""

    description: str
    length: int | None
    numeric: bool


@dataclass(frozen=True)
class CredentialOffer:
    """A read offer. ``issuer`` is its ``credential_issuer``; ``names`` the display names the
    metadata gives the offered configurations, once read (else their ids)."""

    issuer: str
    configuration_ids: tuple[str, ...]
    pre_authorized_code: str
    tx_code: TxCodeRequest | None
    authorization_server: str | None

    @property
    def host(self) -> str:
        return split_url(self.issuer).hostname or self.issuer


def https_url(value: Any, what: str, step: str) -> str:
    if not isinstance(value, str) or not value:
        raise ExchangeError(step, f"the {what} is missing")
    parts = split_url(value)
    if parts.scheme != "https" or not parts.hostname:
        raise ExchangeError(step, f"the {what} {plain(value, 200)} is not an https address")
    return value


def read_offer(body: dict[str, Any]) -> CredentialOffer:
    """Check an offer object (§4.1.1). Raises ExchangeError at :data:`READ_OFFER`."""
    issuer = https_url(body.get("credential_issuer"), "offer's credential_issuer", READ_OFFER)
    ids = body.get("credential_configuration_ids", body.get("credentials"))
    if not isinstance(ids, list) or not ids or not all(isinstance(i, str) for i in ids):
        raise ExchangeError(READ_OFFER, "the offer names no credential configuration")
    grants = body.get("grants")
    grant = grants.get(PRE_AUTHORIZED) if isinstance(grants, dict) else None
    if not isinstance(grant, dict) or not isinstance(grant.get("pre-authorized_code"), str):
        raise ExchangeError(
            READ_OFFER,
            "the offer has no pre-authorized code; offers that need signing in at the issuer "
            "(the authorization code flow) are not supported yet",
        )
    tx = grant.get("tx_code")
    tx_code: TxCodeRequest | None = None
    if isinstance(tx, dict) or grant.get("user_pin_required") is True:  # draft 11's name
        tx = tx if isinstance(tx, dict) else {}
        length, description = tx.get("length"), tx.get("description")
        tx_code = TxCodeRequest(
            description[:300] if isinstance(description, str) else "",  # never "None"
            length if isinstance(length, int) and 0 < length < 100 else None,
            tx.get("input_mode", "numeric") == "numeric",
        )
    server = grant.get("authorization_server")
    return CredentialOffer(
        issuer,
        tuple(ids),
        grant["pre-authorized_code"],
        tx_code,
        server if isinstance(server, str) else None,
    )


def well_known(base: str, name: str, *, appended: bool = False) -> str:
    """RFC 8414 §3.1: ``/.well-known/NAME`` inserted between the host and the path; with
    ``appended`` the older form, after the path."""
    parts = split_url(base)
    path = parts.path.rstrip("/")
    joined = f"{path}/.well-known/{name}" if appended else f"/.well-known/{name}{path}"
    return urlunsplit((parts.scheme, parts.netloc, joined, "", ""))
