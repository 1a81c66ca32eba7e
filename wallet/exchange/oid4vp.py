"""OpenID for Verifiable Presentations 1.0, the wallet's side: read and authenticate a request,
then send the answer with ``direct_post``.

Reading (§5):

- by value (the link's own parameters), by ``request`` (a request object by value), or by
  ``request_uri``: fetched with GET, or POSTed to with ``wallet_metadata`` when
  ``request_uri_method=post`` (§5.10);
- the client identifier's prefix (§5.9) says how to authenticate the verifier:
  ``redirect_uri:`` requests are unsigned and may only send the answer to that URI;
  ``decentralized_identifier:`` requests are request objects (RFC 9101) signed by a key of that
  DID: ``kid`` must be a DID URL of the DID, the key must be listed for ``authentication`` or
  ``assertionMethod``, and the signature must verify, else
  :class:`~wallet.errors.UntrustedRequest`. ``x509_san_dns:`` / ``x509_hash:`` are recognised
  and refused (the wallet has no X.509 trust anchors yet); other prefixes too. Draft 22's
  ``client_id_scheme`` parameter (LearnCard) is read as the same prefixes;
- only ``response_type=vp_token`` with ``response_mode=direct_post``, a ``nonce``, a
  ``response_uri`` over https and a ``dcql_query`` are answered (Presentation Exchange's
  ``presentation_definition`` and encrypted responses are refused, saying so).

Answering (§8.2): ``vp_token`` is a JSON object mapping each answered credential query id to a
list of presentations, POSTed as a form with ``state``; any 2xx is acceptance (its optional
``redirect_uri`` is kept), anything else a refusal in the verifier's words.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from wallet.dids.resolve import MethodResolver, Unresolved
from wallet.errors import ExchangeError, OfferExpired, UntrustedRequest
from wallet.exchange.context import ExchangeContext, other_side_said
from wallet.exchange.dcql import DcqlError, DcqlQuery, parse_dcql
from wallet.exchange.links import Openid4vpLink, split_url
from wallet.proofs.jose import JwsError, parse_compact, refused_algorithm, verify_jws
from wallet.wording import plain, shown

__all__ = ["JAR_TYPE", "Openid4vpClient", "VpAnswer", "VpRequest"]

JAR_TYPE = "oauth-authz-req+jwt"
READ_REQUEST = "reading the verifier's request"
CHECK_VERIFIER = "checking who the verifier is"
SEND = "sending your answer to the verifier"
_WALLET_METADATA = {
    "vp_formats_supported": {
        "ldp_vc": {"proof_type_values": ["DataIntegrityProof", "Ed25519Signature2020"]},
        "jwt_vc_json": {"alg_values": ["EdDSA"]},
    },
    "client_id_prefixes_supported": ["redirect_uri", "decentralized_identifier"],
    "response_modes_supported": ["direct_post"],
}
_LEGACY_SCHEMES = {
    "did": "decentralized_identifier",
    "redirect_uri": "redirect_uri",
    "x509_san_dns": "x509_san_dns",
    "x509_san_uri": "x509_san_uri",
}


@dataclass(frozen=True)
class VpRequest:
    """A verifier's request, read and authenticated as far as its prefix allows.

    ``verifier`` is the client identifier without its prefix (a URL or a DID); ``domain`` is
    the host the answer goes to; ``signed`` says a signature by the verifier's DID was checked.
    """

    client_id: str
    prefix: str
    verifier: str
    response_uri: str
    nonce: str
    state: str | None
    query: DcqlQuery
    signed: bool

    @property
    def domain(self) -> str:
        return split_url(self.response_uri).hostname or self.response_uri


@dataclass(frozen=True)
class VpAnswer:
    accepted: bool
    message: str
    redirect: str | None


class Openid4vpClient:
    """``resolver`` finds the verifier's DID keys (did:key and did:jwk offline; did:web with the
    online resolver the caller passes)."""

    def __init__(self, context: ExchangeContext, resolver: MethodResolver) -> None:
        self._ctx = context
        self._resolver = resolver

    def read(self, link: Openid4vpLink) -> VpRequest:
        outer = link.params
        step = self._ctx.begin(READ_REQUEST)
        payload: dict[str, Any]
        token: str | None = None
        if "request_uri" in outer:
            token = self._fetch_request(outer, step)
        elif "request" in outer:
            token = outer["request"]
        if token is not None:
            payload, signed_by = self._request_object(token, step)
            if "client_id" in outer and payload.get("client_id") != outer["client_id"]:
                raise UntrustedRequest(
                    CHECK_VERIFIER,
                    "the signed request names another verifier than the link does (RFC 9101 §5)",
                )
        else:
            payload, signed_by = dict(outer), None
        return self._checked(payload, signed_by)

    def _fetch_request(self, outer: dict[str, str], step: str) -> str:
        uri = outer["request_uri"]
        accept = f"application/{JAR_TYPE}, application/jwt;q=0.9"
        method = outer.get("request_uri_method", "get").lower()
        if method == "post":
            fields = {"wallet_metadata": json.dumps(_WALLET_METADATA, separators=(",", ":"))}
            answer = self._ctx.http.post_form(uri, fields, step=step, accept=accept)
        elif method == "get":
            answer = self._ctx.http.get(uri, step=step, accept=accept)
        else:
            raise ExchangeError(step, f"request_uri_method {plain(method, 20)} is not get or post")
        if answer.status in (404, 410):
            raise OfferExpired(step, other_side_said(answer, "verifier") + "; the request is gone")
        if not answer.ok:
            raise ExchangeError(step, other_side_said(answer, "verifier"))
        return answer.text()

    def _request_object(self, token: str, step: str) -> tuple[dict[str, Any], str | None]:
        """The request object's claims, and the DID whose key signed it (None: unsigned)."""
        try:
            jws = parse_compact(token)
        except JwsError as exc:
            raise ExchangeError(step, f"the request object is not a JWT ({exc})") from None
        if jws.payload is None:
            raise ExchangeError(
                step, f"the request object's claims are unreadable: {jws.payload_problem}"
            )
        if str(jws.header.get("alg", "")).lower() == "none":
            return jws.payload, None  # only a redirect_uri: client may send this (§5.9.3)
        typ = jws.header.get("typ")
        if typ not in (JAR_TYPE, None):
            raise UntrustedRequest(CHECK_VERIFIER, f"the request object has type {shown(typ, 60)}")
        refused = refused_algorithm(jws.header)
        if refused is not None:
            raise UntrustedRequest(CHECK_VERIFIER, refused)
        kid = jws.header.get("kid")
        if not isinstance(kid, str) or not kid.startswith("did:"):
            raise UntrustedRequest(
                CHECK_VERIFIER, "the request object is signed, but names no DID key (kid)"
            )
        method = self._resolver(kid)
        if isinstance(method, Unresolved):
            raise UntrustedRequest(
                CHECK_VERIFIER, f"the verifier's key cannot be found: {method.reason}"
            )
        if not method.relationships & {"authentication", "assertionMethod"}:
            raise UntrustedRequest(CHECK_VERIFIER, f"{kid} is not a key its DID signs with")
        if not verify_jws(jws, method.key):
            raise UntrustedRequest(
                CHECK_VERIFIER,
                f"the request's signature does not verify with {kid}: it was not signed by "
                "the verifier it names, or it was changed",
            )
        return jws.payload, method.controller

    def _checked(self, payload: dict[str, Any], signed_by: str | None) -> VpRequest:
        step = CHECK_VERIFIER
        client_id = payload.get("client_id")
        if not isinstance(client_id, str) or not client_id:
            raise ExchangeError(READ_REQUEST, "the request names no client_id")
        prefix, _, verifier = client_id.partition(":")
        scheme = payload.get("client_id_scheme")
        if (
            isinstance(scheme, str)
            and scheme in _LEGACY_SCHEMES
            and not client_id.startswith(_LEGACY_SCHEMES[scheme] + ":")
        ):
            prefix, verifier = _LEGACY_SCHEMES[scheme], client_id  # draft 22
        if prefix.startswith("x509"):
            raise UntrustedRequest(
                step,
                "the verifier identifies itself with an X.509 certificate "
                f"({plain(prefix, 20)}); Learner Wallet has no certificate trust anchors for "
                "verifiers yet, so it cannot tell who is asking and does not answer",
            )
        response_uri = _response_uri(payload)
        if prefix == "redirect_uri":
            if signed_by is not None:
                raise UntrustedRequest(step, "a redirect_uri: request must not be signed (§5.9.3)")
            if verifier != response_uri:
                raise UntrustedRequest(
                    step, f"the answer would go to {response_uri}, not to {verifier} that asks"
                )
        elif prefix == "decentralized_identifier":
            if signed_by is None:
                raise UntrustedRequest(step, "the request claims a DID but is not signed by it")
            if signed_by != verifier:
                raise UntrustedRequest(
                    step, f"the request is signed by {signed_by}, not by {plain(verifier, 200)}"
                )
        else:
            raise UntrustedRequest(
                step, f"verifiers identified as {plain(client_id, 120)} are not supported"
            )
        expires = payload.get("exp")
        if isinstance(expires, int | float) and expires < self._ctx.clock().timestamp():
            raise OfferExpired(
                READ_REQUEST, "the request has expired; ask the verifier for a new one"
            )
        nonce = payload.get("nonce")
        if not isinstance(nonce, str) or not nonce:
            raise ExchangeError(READ_REQUEST, "the request carries no nonce")
        if "presentation_definition" in payload and "dcql_query" not in payload:
            raise ExchangeError(
                READ_REQUEST,
                "the verifier asks with Presentation Exchange; Learner Wallet answers DCQL "
                "queries only",
            )
        try:
            query = parse_dcql(payload.get("dcql_query"))
        except DcqlError as exc:
            raise ExchangeError(READ_REQUEST, str(exc)) from None
        state = payload.get("state")
        return VpRequest(
            client_id,
            prefix,
            verifier,
            response_uri,
            nonce,
            state if isinstance(state, str) else None,
            query,
            signed_by is not None,
        )

    def send(self, request: VpRequest, vp_token: dict[str, list[Any]]) -> VpAnswer:
        step = self._ctx.begin(SEND)
        fields = {"vp_token": json.dumps(vp_token, ensure_ascii=False, separators=(",", ":"))}
        if request.state is not None:
            fields["state"] = request.state
        answer = self._ctx.http.post_form(request.response_uri, fields, step=step)
        if not answer.ok:
            return VpAnswer(False, other_side_said(answer, "verifier"), None)
        redirect: str | None = None
        if answer.body.strip():
            try:
                body = answer.json(step)
            except ExchangeError:
                body = None
            if isinstance(body, dict) and isinstance(body.get("redirect_uri"), str):
                redirect = (
                    body["redirect_uri"] if body["redirect_uri"].startswith("https://") else None
                )
        return VpAnswer(True, "the verifier accepted your answer", redirect)


def _response_uri(payload: dict[str, Any]) -> str:
    # The verifier's values are named with wording.shown: never a Python None or repr.
    kind = payload.get("response_type")
    if kind is None:
        raise ExchangeError(
            READ_REQUEST, "the request names no response_type (it must be vp_token)"
        )
    if kind != "vp_token":
        raise ExchangeError(READ_REQUEST, f"the request asks for {shown(kind, 40)}, not a vp_token")
    mode = payload.get("response_mode", "fragment")
    if mode != "direct_post":
        said = "no response_mode" if mode is None else f"the answer by {shown(mode, 40)}"
        raise ExchangeError(
            READ_REQUEST,
            f"the request wants {said}; Learner Wallet sends answers with direct_post only",
        )
    uri = payload.get("response_uri")
    if not isinstance(uri, str) or split_url(uri).scheme != "https" or not split_url(uri).hostname:
        raise ExchangeError(READ_REQUEST, "the request's response_uri is not an https address")
    return uri
