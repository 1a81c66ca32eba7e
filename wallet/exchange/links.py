"""What a pasted, scanned or handed-over link asks the wallet to do, read before anything is sent.

=====================================================  ==============================  =========
``openid-credential-offer://?credential_offer=…``      OpenID4VCI 1.0 §4.1 offer       receive
(or ``credential_offer_uri=``, or any https URL with
either parameter: the offer's "https form")
``dccrequest://request?issuer=…&vc_request_url=…``     DCC credential request          receive
``https://lcw.app/request?…`` (same parameters)
``dccrequest://request?request={"protocols": …}``      VC-API / VCALM via a DCC link   either
``https://…?iuv=1``                                    VC-API interaction URL          either
``https://…`` (anything else)                          VC-API exchange URL             either
``openid4vp://?…`` (and https URLs with ``client_id``  OpenID4VP 1.0 §5 request        respond
and ``request_uri`` / ``response_type``)
=====================================================  ==============================  =========

Nothing here touches the network; the link's parameters are checked for form only (an https
address where one is needed), and a bad one is an :class:`~wallet.errors.ExchangeError` at the
step "reading the link". What the issuer or verifier says about itself is read later, by the
protocol clients, and shown for what it is: a claim.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import SplitResult, parse_qs, urlsplit

from wallet.errors import ExchangeError, InputError
from wallet.formats.jsontext import parse_json
from wallet.handoff import MAX_LINK_CHARS
from wallet.wording import shown

__all__ = [
    "READING_LINK",
    "CredentialOfferLink",
    "DccRequestLink",
    "ExchangeLink",
    "Openid4vpLink",
    "VcApiLink",
    "read_link",
    "split_url",
]

READING_LINK = "reading the link"
OFFER_SCHEME = "openid-credential-offer"


@dataclass(frozen=True)
class CredentialOfferLink:
    """An OpenID4VCI credential offer, by value (``offer``) or by reference (``offer_uri``)."""

    offer: dict[str, Any] | None
    offer_uri: str | None


@dataclass(frozen=True)
class DccRequestLink:
    """A DCC credential request: POST a DID-Auth presentation to ``vc_request_url``."""

    issuer: str
    vc_request_url: str
    challenge: str | None
    auth_type: str


@dataclass(frozen=True)
class VcApiLink:
    """A VC-API (VCALM) exchange: ``interaction`` when ``url`` is an interaction URL whose
    ``protocols`` must be read first, else the exchange URL itself. ``origin`` is who the link
    says it came from (``credentialRequestOrigin``), if it says."""

    url: str
    interaction: bool
    origin: str = ""


@dataclass(frozen=True)
class Openid4vpLink:
    """An OpenID4VP authorization request's parameters, as the link carries them."""

    params: dict[str, str]


ExchangeLink = CredentialOfferLink | DccRequestLink | VcApiLink | Openid4vpLink


def split_url(value: str) -> SplitResult:
    """``urlsplit``, with a malformed URL (``https://[x``) read as an empty one, never raising."""
    try:
        return urlsplit(value)
    except ValueError:
        return urlsplit("")


def _fail(reason: str) -> ExchangeError:
    return ExchangeError(READING_LINK, reason)


def _single(query: dict[str, list[str]]) -> dict[str, str]:
    return {key: values[0] for key, values in query.items() if values}


def _https(value: str, what: str) -> str:
    parts = split_url(value)
    if parts.scheme.lower() != "https" or not parts.hostname:
        raise _fail(f"the {what} {shown(value)} is not an https address")
    return value


def _json_object(text: str, what: str) -> dict[str, Any]:
    try:
        value = parse_json(text)  # strict: no duplicate keys, bounded depth
    except InputError:
        raise _fail(f"the {what} in the link is not JSON") from None
    if not isinstance(value, dict):
        raise _fail(f"the {what} in the link is not a JSON object")
    return value


def read_link(text: str) -> ExchangeLink:
    """The exchange ``text`` asks for (see the module table). Raises ExchangeError."""
    url = text.strip()
    if not url:
        raise _fail("the link is empty")
    if len(url) > MAX_LINK_CHARS:
        raise _fail(f"the link is longer than {MAX_LINK_CHARS:,} characters")
    parts = split_url(url)
    scheme = parts.scheme.lower()
    params = _single(parse_qs(parts.query, keep_blank_values=False))
    if scheme == OFFER_SCHEME or (
        scheme == "https" and ("credential_offer" in params or "credential_offer_uri" in params)
    ):
        return _offer(params)
    if scheme == "openid4vp":
        return Openid4vpLink(params)
    if scheme == "dccrequest" or (
        scheme == "https"
        and (parts.hostname or "") == "lcw.app"
        and parts.path.rstrip("/") == "/request"
    ):
        return _dcc(params)
    if scheme == "https":
        if "client_id" in params and ("request_uri" in params or "response_type" in params):
            return Openid4vpLink(params)
        if not parts.hostname:
            raise _fail("the link names no host")
        return VcApiLink(url, interaction=params.get("iuv") == "1")
    raise _fail(
        "it is not a credential offer, a credential request, a VC-API exchange or a "
        "presentation request the wallet knows"
    )


def _offer(params: dict[str, str]) -> CredentialOfferLink:
    by_value, by_reference = params.get("credential_offer"), params.get("credential_offer_uri")
    if by_value and by_reference:
        # OpenID4VCI 1.0 §4.1: exactly one of the two.
        raise _fail("the offer carries both credential_offer and credential_offer_uri")
    if by_value:
        return CredentialOfferLink(_json_object(by_value, "credential offer"), None)
    if by_reference:
        return CredentialOfferLink(None, _https(by_reference, "credential offer address"))
    raise _fail("the offer link carries neither credential_offer nor credential_offer_uri")


def _dcc(params: dict[str, str]) -> ExchangeLink:
    request = params.get("request")
    if request:
        # VerifierPlus and VCALM issuers: {"credentialRequestOrigin", "protocols": {...}}.
        body = _json_object(request, "request")
        origin = body.get("credentialRequestOrigin")
        return _from_protocols(body.get("protocols"), origin if isinstance(origin, str) else "")
    issuer, request_url = params.get("issuer"), params.get("vc_request_url")
    if not request_url:
        raise _fail("the credential request names no vc_request_url")
    auth_type = params.get("auth_type", "bearer")
    if auth_type not in ("bearer", "code"):
        raise _fail(
            f"the credential request's auth_type {shown(auth_type, 40)} is not one the wallet knows"
        )
    return DccRequestLink(
        issuer or "", _https(request_url, "vc_request_url"), params.get("challenge"), auth_type
    )


def _from_protocols(protocols: Any, origin: str) -> ExchangeLink:
    """Pick from a VCALM ``protocols`` map: VC-API first, then OpenID4VCI, then OpenID4VP."""
    if not isinstance(protocols, dict):
        raise _fail("the request lists no protocols")
    chosen = protocols_choice(protocols)
    if chosen is None:
        names = ", ".join(sorted(shown(k, 40) for k in protocols)) or "none"
        raise _fail(f"the request offers no protocol the wallet speaks (it offers {names})")
    name, value = chosen
    if name == "vcapi":
        return VcApiLink(_https(value, "VC-API exchange address"), False, origin)
    inner = read_link(value)
    if isinstance(inner, VcApiLink):
        raise _fail(f"the request's {name} entry is not a {name} link")
    return inner


def protocols_choice(protocols: dict[str, Any]) -> tuple[str, str] | None:
    """``(name, value)`` of the protocol to use from a VCALM ``protocols`` map, or None."""
    for name in ("vcapi", "OID4VCI", "OID4VP"):
        value = protocols.get(name)
        if isinstance(value, str) and value:
            return name, value
    return None
