"""VC-API / VCALM exchanges from the holder's side, and the DCC credential request link.

- An interaction URL (``iuv=1``) is read with ``GET`` and ``Accept: application/json``; its
  ``protocols`` map names the exchange (``vcapi``) or an OpenID4VCI / OpenID4VP link
  (:func:`wallet.exchange.links.protocols_choice`).
- The exchange loop (VC-API "Exchanges"; Learner Credential Wallet's ``exchanges.ts``): POST
  ``{}`` to start; each answer is either a ``verifiablePresentationRequest`` (VPR 0.3: queries of
  type ``DIDAuthentication`` and ``QueryByExample``, a ``challenge``, a ``domain``, and the
  ``interact`` service to answer at), a ``verifiablePresentation`` holding offered credentials,
  or a ``redirectUrl``, and the wallet answers with ``{"verifiablePresentation": …}``. At most
  :data:`MAX_ROUNDS` rounds.
- A DCC request link: POST a DID-Auth presentation (challenge = the link's) to
  ``vc_request_url``; the answer is a credential or a presentation holding some.

Who the other side is comes from the one thing the wallet checked, the TLS server it talks to
(:attr:`VcApiExchange.origin`), never from what the link or the request says of itself
(``credentialRequestOrigin``, a VPR's ``domain``): a request whose ``domain`` names another
server, or whose ``interact`` service sends the answer to another host, is refused
(:class:`~wallet.errors.UntrustedRequest`), since a presentation signed for that domain is one
the server could replay there.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from wallet.errors import ExchangeError, UntrustedRequest
from wallet.exchange.context import ExchangeContext, other_side_said
from wallet.exchange.http import HttpAnswer
from wallet.exchange.links import ExchangeLink, VcApiLink, protocols_choice, read_link, split_url
from wallet.wording import plain

__all__ = [
    "MAX_ROUNDS",
    "ExampleQuery",
    "PresentationAsked",
    "VcApiExchange",
    "VcApiStep",
    "credentials_in",
]

MAX_ROUNDS = 10
READ_INTERACTION = "reading the interaction's protocols"
START = "starting the exchange"
ANSWER = "answering the exchange"
DID_AUTH = frozenset({"DIDAuthentication", "DIDAuth"})


@dataclass(frozen=True)
class ExampleQuery:
    """One ``QueryByExample`` credential query: its ``example`` (types, issuer, context) and the
    ``reason`` the verifier gives, as written."""

    example: dict[str, Any]
    reason: str
    required: bool


@dataclass(frozen=True)
class PresentationAsked:
    """A ``verifiablePresentationRequest``, read."""

    did_auth: bool
    cryptosuites: tuple[str, ...]
    examples: tuple[ExampleQuery, ...]
    challenge: str | None
    domain: str | None
    endpoint: str
    unknown: tuple[str, ...]  # query types the wallet does not answer


@dataclass(frozen=True)
class VcApiStep:
    """One answer of the exchange. ``refused`` is the other side's refusal in a sentence."""

    asked: PresentationAsked | None
    credentials: tuple[Any, ...]
    redirect: str | None
    refused: str | None = None


def credentials_in(value: Any) -> list[Any]:
    """The credentials a reply carries: itself when it is one, the ``verifiableCredential`` of a
    presentation, or those of a ``verifiablePresentation`` member."""
    if isinstance(value, str):
        return [value] if value.count(".") == 2 else []
    if not isinstance(value, dict):
        return []
    if "verifiablePresentation" in value:
        return credentials_in(value["verifiablePresentation"])
    types = value.get("type")
    types = types if isinstance(types, list) else [types]
    if "VerifiablePresentation" in types or (
        "verifiableCredential" in value and "VerifiableCredential" not in types
    ):
        inner = value.get("verifiableCredential")
        items = inner if isinstance(inner, list) else [] if inner is None else [inner]
        return [c for c in items if isinstance(c, dict | str)]
    if "VerifiableCredential" in types:
        return [value]
    return []


def _asked(request: Any, fallback: str, step: str) -> PresentationAsked:
    if not isinstance(request, dict):
        raise ExchangeError(step, "the presentation request is not a JSON object")
    queries = request.get("query")
    queries = queries if isinstance(queries, list) else [queries] if queries else []
    did_auth, suites, examples, unknown = False, [], [], []
    for query in queries:
        kind = query.get("type") if isinstance(query, dict) else None
        if kind in DID_AUTH:
            did_auth = True
            for entry in _list(query.get("acceptedCryptosuites")):
                suite = entry.get("cryptosuite") if isinstance(entry, dict) else entry
                if isinstance(suite, str):
                    suites.append(suite)
        elif kind == "QueryByExample":
            for credential_query in _list(query.get("credentialQuery")):
                example = (
                    credential_query.get("example") if isinstance(credential_query, dict) else None
                )
                if isinstance(example, dict):
                    reason = credential_query.get("reason", "")
                    examples.append(
                        ExampleQuery(
                            example,
                            reason if isinstance(reason, str) else "",
                            credential_query.get("required", True) is not False,
                        )
                    )
        else:
            unknown.append(plain(kind, 60) if isinstance(kind, str) else "a query without a type")
    challenge, domain = request.get("challenge"), request.get("domain")
    endpoint = _endpoint(request.get("interact"), fallback)
    if isinstance(domain, str) and not _names_server(domain, fallback):
        raise UntrustedRequest(
            step,
            f"the request is for the domain {plain(domain, 120)}, but it comes from "
            f"{_server(fallback)}: a presentation signed for it could be replayed there",
        )
    if not _names_server(endpoint, fallback):
        raise UntrustedRequest(
            step,
            f"the answer would go to {plain(endpoint, 200)}, not to {_server(fallback)} that asks",
        )
    return PresentationAsked(
        did_auth,
        tuple(suites),
        tuple(examples),
        challenge if isinstance(challenge, str) else None,
        domain if isinstance(domain, str) else None,
        endpoint,
        tuple(unknown),
    )


def _server(url: str) -> str:
    parts = split_url(url)
    return parts.netloc.rpartition("@")[2].lower() or url


def _names_server(value: str, exchange_url: str) -> bool:
    """Does ``value`` (a URL, or a bare ``host[:port]``) name the server of ``exchange_url``?
    The host must be the same; a port, when given, too."""
    here = split_url(exchange_url)
    try:
        there = split_url(value if "://" in value else f"https://{value}")
        port = there.port
    except ValueError:
        return False
    if (there.hostname or "") != (here.hostname or "") or not here.hostname:
        return False
    return port is None or port == (here.port or 443)


def _list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _endpoint(interact: Any, fallback: str) -> str:
    """VPR ``interact.service[0].serviceEndpoint`` when it is https, else the exchange URL."""
    services = interact.get("service") if isinstance(interact, dict) else None
    for service in _list(services):
        endpoint = service.get("serviceEndpoint") if isinstance(service, dict) else None
        if isinstance(endpoint, str) and split_url(endpoint).scheme == "https":
            return endpoint
    return fallback


class VcApiExchange:
    """One exchange at ``link``; ``who`` is "issuer" or "verifier", for messages."""

    def __init__(self, context: ExchangeContext, link: VcApiLink, who: str) -> None:
        self._ctx = context
        self._http = context.http
        self.url = link.url
        self._interaction = link.interaction
        self._who = who
        self._rounds = 0

    @property
    def origin(self) -> str:
        """The host the wallet talks to: the one name TLS checked. What the link says it came
        from (``credentialRequestOrigin``) is the other side's claim and is not used."""
        return split_url(self.url).hostname or ""

    def resolve(self) -> ExchangeLink | None:
        """For an interaction URL, the protocol it offers: None when it is VC-API (this object
        then talks to its exchange), else the OpenID4VCI / OpenID4VP link to follow instead."""
        if not self._interaction:
            return None
        step = self._ctx.begin(READ_INTERACTION)
        answer = self._http.get(self.url, step=step)
        if not answer.ok:
            raise ExchangeError(step, other_side_said(answer, self._who))
        protocols = answer.json_object(step).get("protocols")
        chosen = protocols_choice(protocols) if isinstance(protocols, dict) else None
        if chosen is None:
            raise ExchangeError(step, "the interaction offers no protocol the wallet speaks")
        name, value = chosen
        if name == "vcapi":
            if split_url(value).scheme != "https":
                raise ExchangeError(step, f"the exchange address {plain(value, 200)} is not https")
            self.url, self._interaction = value, False
            return None
        return read_link(value)

    def start(self) -> VcApiStep:
        step = self._ctx.begin(START)
        return self._step(self._http.post_json(self.url, {}, step=step), step)

    def answer(self, asked: PresentationAsked, presentation: dict[str, Any]) -> VcApiStep:
        """Send ``presentation`` where ``asked`` says to."""
        self._rounds += 1
        if self._rounds > MAX_ROUNDS:
            raise ExchangeError(ANSWER, f"the exchange asked more than {MAX_ROUNDS} times")
        step = self._ctx.begin(ANSWER)
        body = {"verifiablePresentation": presentation}
        return self._step(self._http.post_json(asked.endpoint, body, step=step), step)

    def _step(self, answer: HttpAnswer, step: str) -> VcApiStep:
        if not answer.ok:
            return VcApiStep(None, (), None, other_side_said(answer, self._who))
        body = answer.json_object(step) if answer.body.strip() else {}
        asked = None
        if "verifiablePresentationRequest" in body:
            asked = _asked(body["verifiablePresentationRequest"], self.url, step)
        redirect = body.get("redirectUrl")
        return VcApiStep(
            asked,
            tuple(credentials_in(body)),
            redirect if isinstance(redirect, str) and redirect.startswith("https://") else None,
        )
