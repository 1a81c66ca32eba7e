"""OpenID for Verifiable Credential Issuance 1.0, the wallet's side of the pre-authorized code
flow (no Python library speaks it for a holder; this is a thin client over the exchange HTTP).

1. The offer (§4.1): by value, or fetched from ``credential_offer_uri`` (§4.1.3).
2. The Credential Issuer's metadata (§12.2.2): ``/.well-known/openid-credential-issuer``
   inserted before the issuer's path, then (drafts up to 13) appended after it; its
   ``credential_issuer`` must be the offer's, exactly (§12.2.3).
3. The authorization server's metadata (RFC 8414 §3, then OpenID Connect Discovery), for its
   ``token_endpoint``; the issuer's own ``token_endpoint`` (draft 11) when neither exists.
4. The token request (§6.1): ``grant_type`` pre-authorized code, the code, and ``tx_code`` when
   the offer asks for one (§4.1.1). ``invalid_grant`` after a code was sent is a wrong code
   (:class:`~wallet.errors.WrongTxCode`), without one an expired or used offer
   (:class:`~wallet.errors.OfferExpired`), as §6.3 describes both.
5. A fresh ``c_nonce`` from the nonce endpoint (§7), else the token response's (draft 13).
6. The credential request (§8.2) for each offered configuration, with one proof of possession
   (``jwt``, or ``di_vp`` when that is all the configuration takes); ``ldp_vc`` and
   ``jwt_vc_json`` credentials are taken. Both the 1.0 answer (``credentials: [{credential}]``)
   and draft 13's (``credential``) are read.
7. Deferred issuance (§9): ``transaction_id`` is polled at the deferred endpoint, no faster than
   the issuer's ``interval`` (at least :data:`MIN_INTERVAL_S`), at most :data:`MAX_POLLS` times.

Every address used must be https; nothing received is trusted until it is verified and imported
by :mod:`wallet.exchange.receiving`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from wallet.errors import ExchangeError, OfferExpired, WrongTxCode
from wallet.exchange.context import (
    ExchangeContext,
    Received,
    oauth_error_code,
    oauth_error_description,
    other_side_said,
)
from wallet.exchange.http import HttpAnswer
from wallet.exchange.links import CredentialOfferLink, split_url
from wallet.exchange.offers import (
    PRE_AUTHORIZED,
    READ_OFFER,
    CredentialOffer,
    TxCodeRequest,
    https_url,
    read_offer,
    well_known,
)
from wallet.exchange.possession import DataModel, did_auth_presentation, jwt_proof
from wallet.wording import plain, shown

__all__ = [
    "MAX_POLLS",
    "MIN_INTERVAL_S",
    "PRE_AUTHORIZED",
    "CredentialOffer",
    "Openid4vciClient",
    "TxCodeRequest",
]

FORMATS = frozenset({"ldp_vc", "jwt_vc_json"})
MIN_INTERVAL_S = 1.0
MAX_INTERVAL_S = 60.0
MAX_POLLS = 30
SIGNING_ALGORITHMS = frozenset({"EdDSA", "Ed25519"})  # RFC 8037; the newer fully-specified name
CRYPTOSUITES = frozenset({"eddsa-rdfc-2022", "Ed25519Signature2020"})

READ_METADATA = "reading the issuer's metadata"
READ_SERVER = "reading the authorization server's metadata"
ASK_TOKEN = "asking the issuer for an access token"
ASK_NONCE = "asking the issuer for a nonce"
ASK_CREDENTIAL = "asking the issuer for the credential"
WAIT_DEFERRED = "waiting for the issuer to issue the credential"


@dataclass(frozen=True)
class _Token:
    access_token: str
    token_type: str
    c_nonce: str | None

    def header(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.access_token}"}


class Openid4vciClient:
    """One pre-authorized exchange. Runs on the calling thread; not reusable."""

    def __init__(self, context: ExchangeContext) -> None:
        self._ctx = context
        self._http = context.http

    def offer(self, link: CredentialOfferLink) -> CredentialOffer:
        """The offer ``link`` carries, fetched when it is by reference."""
        if link.offer is not None:
            return read_offer(link.offer)
        assert link.offer_uri is not None
        step = self._ctx.begin(READ_OFFER)
        answer = self._http.get(link.offer_uri, step=step)
        if answer.status in (404, 410):
            raise OfferExpired(step, other_side_said(answer, "issuer") + "; the offer is gone")
        if not answer.ok:
            raise ExchangeError(step, other_side_said(answer, "issuer"))
        return read_offer(answer.json_object(step))

    def receive(self, offer: CredentialOffer, tx_code: str | None) -> list[Received]:
        """Every credential the offer holds, as received. Raises ExchangeError."""
        if offer.tx_code is not None and not tx_code:
            raise WrongTxCode(
                ASK_TOKEN,
                "the offer asks for a transaction code"
                + (
                    f" ({plain(offer.tx_code.description, 200)})"
                    if offer.tx_code.description
                    else ""
                )
                + "; give it to receive the credential",
            )
        metadata = self._metadata(offer)
        token_endpoint = self._token_endpoint(offer, metadata)
        token = self._token(token_endpoint, offer, tx_code if offer.tx_code else None)
        received: list[Received] = []
        nonce = token.c_nonce
        for configuration_id in offer.configuration_ids:
            configuration = _configuration(metadata, configuration_id)
            nonce = self._nonce(metadata) or nonce
            received += self._credential(metadata, configuration_id, configuration, token, nonce)
        return received

    def _metadata(self, offer: CredentialOffer) -> dict[str, Any]:
        step = self._ctx.begin(READ_METADATA)
        answer = self._http.get(well_known(offer.issuer, "openid-credential-issuer"), step=step)
        if answer.status == 404 and split_url(offer.issuer).path.strip("/"):
            appended = well_known(offer.issuer, "openid-credential-issuer", appended=True)
            answer = self._http.get(appended, step=step)
        if not answer.ok:
            raise ExchangeError(step, other_side_said(answer, "issuer"))
        metadata = answer.json_object(step)
        if metadata.get("credential_issuer") != offer.issuer:
            raise ExchangeError(
                step,
                f"the metadata is for {shown(metadata.get('credential_issuer'), 200)}, "
                f"not for {offer.issuer} that made the offer (§12.2.3)",
            )
        https_url(metadata.get("credential_endpoint"), "issuer's credential endpoint", step)
        if not isinstance(metadata.get("credential_configurations_supported"), dict):
            raise ExchangeError(step, "the metadata lists no credential configurations")
        return metadata

    def _token_endpoint(self, offer: CredentialOffer, metadata: dict[str, Any]) -> str:
        servers = metadata.get("authorization_servers")
        server = offer.authorization_server or (
            servers[0] if isinstance(servers, list) and servers else offer.issuer
        )
        server = https_url(server, "authorization server", READ_SERVER)
        step = self._ctx.begin(READ_SERVER)
        for name in ("oauth-authorization-server", "openid-configuration"):
            answer = self._http.get(well_known(server, name), step=step)
            if answer.ok:
                body = answer.json_object(step)
                if body.get("issuer") not in (None, server):
                    raise ExchangeError(
                        step, f"the metadata at {answer.url} is for another server (RFC 8414 §3.3)"
                    )
                return https_url(body.get("token_endpoint"), "token endpoint", step)
        if server == offer.issuer and "token_endpoint" in metadata:
            return https_url(metadata.get("token_endpoint"), "token endpoint", step)
        raise ExchangeError(step, f"{server} publishes no authorization server metadata")

    def _token(self, endpoint: str, offer: CredentialOffer, tx_code: str | None) -> _Token:
        step = self._ctx.begin(ASK_TOKEN)
        fields = {"grant_type": PRE_AUTHORIZED, "pre-authorized_code": offer.pre_authorized_code}
        if tx_code is not None:
            fields["tx_code"] = tx_code
        answer = self._http.post_form(endpoint, fields, step=step)
        if not answer.ok:
            raise _token_error(step, answer, sent_code=tx_code is not None)
        body = answer.json_object(step)
        access = body.get("access_token")
        kind = body.get("token_type", "Bearer")
        if not isinstance(access, str) or not access:
            raise ExchangeError(step, "the issuer's answer carries no access token")
        if not isinstance(kind, str) or kind.lower() != "bearer":
            raise ExchangeError(
                step, f"the issuer wants {shown(kind, 40)} tokens; only Bearer tokens are supported"
            )
        nonce = body.get("c_nonce")
        return _Token(access, kind, nonce if isinstance(nonce, str) else None)

    def _nonce(self, metadata: dict[str, Any]) -> str | None:
        endpoint = metadata.get("nonce_endpoint")
        if endpoint is None:
            return None
        step = self._ctx.begin(ASK_NONCE)
        answer = self._http.post_empty(https_url(endpoint, "nonce endpoint", step), step=step)
        if not answer.ok:
            raise ExchangeError(step, other_side_said(answer, "issuer"))
        nonce = answer.json_object(step).get("c_nonce")
        if not isinstance(nonce, str) or not nonce:
            raise ExchangeError(step, "the issuer's answer carries no c_nonce")
        return nonce

    def _credential(
        self,
        metadata: dict[str, Any],
        configuration_id: str,
        configuration: dict[str, Any],
        token: _Token,
        nonce: str | None,
    ) -> list[Received]:
        step = self._ctx.begin(ASK_CREDENTIAL)
        issuer = str(metadata["credential_issuer"])
        request = {
            "credential_configuration_id": configuration_id,
            "proofs": self._proofs(configuration, issuer, nonce, step),
        }
        answer = self._http.post_json(
            str(metadata["credential_endpoint"]), request, step=step, headers=token.header()
        )
        if not answer.ok:
            raise _credential_error(step, answer)
        body = answer.json_object(step)
        fmt = str(configuration.get("format", ""))
        if "transaction_id" in body and not _has_credentials(body):
            body = self._deferred(metadata, body, token)
        return _credentials_of(body, fmt, issuer, step)

    def _proofs(
        self, configuration: dict[str, Any], issuer: str, nonce: str | None, step: str
    ) -> dict[str, list[Any]]:
        """§8.2 ``proofs``: one proof of the holder key, of the type the configuration takes."""
        kinds = configuration.get("proof_types_supported")
        kinds = kinds if isinstance(kinds, dict) else {"jwt": {}}
        jwt_kind = kinds.get("jwt")
        if isinstance(jwt_kind, dict):
            algorithms = jwt_kind.get("proof_signing_alg_values_supported")
            if not isinstance(algorithms, list) or SIGNING_ALGORITHMS & set(algorithms):
                holder = self._ctx.holder
                proof = jwt_proof(
                    holder, audience=issuer, nonce=nonce, now=self._ctx.clock(), client_id=None
                )
                return {"jwt": [proof]}
        di_kind = kinds.get("di_vp")
        if isinstance(di_kind, dict):
            suites = di_kind.get("proof_signing_alg_values_supported")
            offered = set(suites) if isinstance(suites, list) else CRYPTOSUITES
            if offered & CRYPTOSUITES:
                model: DataModel = "2.0" if "eddsa-rdfc-2022" in offered else "1.1"
                presentation = did_auth_presentation(
                    self._ctx.holder,
                    challenge=nonce,
                    domain=issuer,
                    clock=self._ctx.clock,
                    data_model=model,
                )
                return {"di_vp": [presentation]}
        raise ExchangeError(
            step,
            "the issuer takes no proof this wallet can make (it signs EdDSA JWTs and "
            "eddsa-rdfc-2022 or Ed25519Signature2020 presentations)",
        )

    def _deferred(
        self, metadata: dict[str, Any], body: dict[str, Any], token: _Token
    ) -> dict[str, Any]:
        step = WAIT_DEFERRED
        endpoint = https_url(
            metadata.get("deferred_credential_endpoint"), "deferred endpoint", step
        )
        transaction = body.get("transaction_id")
        for _ in range(MAX_POLLS):
            self._ctx.sleep(_interval(body))
            self._ctx.begin(step)
            answer = self._http.post_json(
                endpoint, {"transaction_id": transaction}, step=step, headers=token.header()
            )
            if answer.ok:
                body = answer.json_object(step)
                if _has_credentials(body):
                    return body
                continue  # 1.0: 202 with the same transaction_id and perhaps a new interval
            if oauth_error_code(answer) == "issuance_pending":  # draft 13 §9.3
                body = {**body, **_maybe_json(answer)}
                continue
            raise _credential_error(step, answer)
        raise ExchangeError(step, f"the credential was still not ready after {MAX_POLLS} tries")


def _interval(body: dict[str, Any]) -> float:
    value = body.get("interval")
    seconds = float(value) if isinstance(value, int | float) else 5.0
    return min(max(seconds, MIN_INTERVAL_S), MAX_INTERVAL_S)


def _maybe_json(answer: HttpAnswer) -> dict[str, Any]:
    try:
        value = answer.json("")
    except ExchangeError:
        return {}
    return value if isinstance(value, dict) else {}


def _configuration(metadata: dict[str, Any], configuration_id: str) -> dict[str, Any]:
    configurations = metadata["credential_configurations_supported"]
    configuration = configurations.get(configuration_id)
    if not isinstance(configuration, dict):
        raise ExchangeError(
            READ_METADATA,
            f"the offer names {plain(configuration_id, 100)}, which the issuer's metadata "
            "does not describe",
        )
    fmt = configuration.get("format")
    if fmt not in FORMATS:
        raise ExchangeError(
            READ_METADATA,
            f"the credential {plain(configuration_id, 100)} comes as {shown(fmt, 40)}; "
            "the wallet takes ldp_vc and jwt_vc_json credentials",
        )
    return configuration


def _has_credentials(body: dict[str, Any]) -> bool:
    return "credentials" in body or "credential" in body


def _credentials_of(body: dict[str, Any], fmt: str, issuer: str, step: str) -> list[Received]:
    if "credentials" in body:
        entries = body["credentials"]
        if not isinstance(entries, list) or not entries:
            raise ExchangeError(step, "the issuer's answer lists no credential")
        values = [e.get("credential") if isinstance(e, dict) else e for e in entries]
    elif "credential" in body:
        values = [body["credential"]]  # draft 13 §7.3
    else:
        raise ExchangeError(step, "the issuer's answer carries no credential")
    received = []
    for value in values:
        if isinstance(value, dict) and fmt == "ldp_vc":
            data = json.dumps(value, ensure_ascii=False).encode("utf-8")
        elif isinstance(value, str) and fmt == "jwt_vc_json":
            data = value.encode("utf-8")
        else:
            raise ExchangeError(step, f"the issuer sent something that is not a {fmt} credential")
        received.append(Received(data, fmt, issuer))
    return received


def _token_error(step: str, answer: HttpAnswer, *, sent_code: bool) -> ExchangeError:
    said = other_side_said(answer, "issuer")
    code = oauth_error_code(answer)
    if code == "invalid_grant":
        description = oauth_error_description(answer).lower()
        about_code = any(w in description for w in ("tx_code", "transaction code", "pin"))
        if sent_code and (about_code or "expired" not in description):
            return WrongTxCode(step, f"the transaction code was not accepted ({said})")
        return OfferExpired(
            step, f"the offer's code was refused: it has expired or was used already ({said})"
        )
    return ExchangeError(step, said)


def _credential_error(step: str, answer: HttpAnswer) -> ExchangeError:
    if oauth_error_code(answer) in ("invalid_token", "expired_transaction_id"):
        return OfferExpired(step, other_side_said(answer, "issuer"))
    return ExchangeError(step, other_side_said(answer, "issuer"))
