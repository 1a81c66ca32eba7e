"""Answering a verifier: read its request, say who asks and for what, find what matches in the
vault, and send only what the learner chose (consent: nothing is sent before :meth:`send`).

:meth:`Responding.read` gives an :class:`Ask`: the verifier (domain, client id, how it was
authenticated, whether the learner trusts it, what the configured issuer registries say of it
from the copies kept in the vault), each thing asked for in words with the stored
credentials that match it (pre-selected: the valid ones, one each unless the verifier asks for
several) and their verdicts. :meth:`Responding.send` signs one presentation per answered query
(OpenID4VP: ``challenge`` = the nonce, ``domain`` = the client id; VC-API: the request's
challenge and domain) and records the answer in the sharing history, accepted or not.

VC-API ``QueryByExample`` (VPR 0.3 §2.2, as VerifierPlus asks it) matches ``type`` against the
signed view's types, ``issuer`` against its issuer id, and any other member against the view
recursively; ``@context`` is not compared (contexts are not part of what a credential says; its
types are, as the signed statements carry them).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from wallet.dids.resolve import MethodResolver
from wallet.errors import ExchangeError
from wallet.exchange.context import ExchangeContext
from wallet.exchange.dcql import Candidate, CredentialQuery
from wallet.exchange.links import Openid4vpLink, VcApiLink, read_link
from wallet.exchange.oid4vp import Openid4vpClient, VpRequest
from wallet.exchange.presenting import jwt_vc_presentation, stored_candidate
from wallet.exchange.vcapi import ExampleQuery, PresentationAsked, VcApiExchange
from wallet.present.presentation import PresentationRequest, Purpose, sign_presentation
from wallet.service import CredentialId, WalletService
from wallet.trust.registries import RegistryClient
from wallet.verify import Verdict
from wallet.verify.about import first_text
from wallet.wording import plain

__all__ = ["Ask", "Offerable", "Responding", "Sent", "Verifier", "Want"]

CHOOSING = "choosing what to send"


@dataclass(frozen=True)
class Offerable:
    """A stored credential that answers a want."""

    id: CredentialId
    name: str
    issuer: str
    verdict: Verdict


@dataclass(frozen=True)
class Want:
    """One thing the verifier asks for. ``key`` is the DCQL query id (or ``example-N``)."""

    key: str
    words: str
    reason: str
    required: bool
    multiple: bool
    matches: tuple[Offerable, ...]
    preselected: tuple[CredentialId, ...]


@dataclass(frozen=True)
class Verifier:
    """Who asks. ``authenticated`` says how the wallet knows (a sentence); ``trusted`` the
    learner's name for it when the learner trusts its identifier, else None; ``registry`` what
    the configured registries' kept copies say of it ("registered as … in …" or "not listed
    in …"), None when no copy answered."""

    domain: str
    client_id: str
    authenticated: str
    trusted: str | None
    registry: str | None = None


@dataclass(frozen=True)
class Ask:
    protocol: str
    verifier: Verifier
    wants: tuple[Want, ...]
    did_auth: bool
    challenge: str
    domain: str
    _request: VpRequest | PresentationAsked = field(repr=False, compare=False)
    _exchange: VcApiExchange | None = field(default=None, repr=False, compare=False)

    @property
    def answerable(self) -> bool:
        """Every required want has at least one match (else nothing can be sent)."""
        return all(w.matches for w in self.wants if w.required) and bool(self.wants)

    @property
    def preselected(self) -> tuple[CredentialId, ...]:
        return tuple(dict.fromkeys(i for w in self.wants for i in w.preselected))


@dataclass(frozen=True)
class Sent:
    accepted: bool
    message: str
    redirect: str | None
    shared: tuple[CredentialId, ...]


class Responding:
    """Answer from ``service`` (unlocked). ``resolver`` resolves the verifier's DID keys;
    ``registries`` looks the verifier up in issuer registries (None: none are asked)."""

    def __init__(
        self,
        service: WalletService,
        context: ExchangeContext,
        resolver: MethodResolver,
        registries: RegistryClient | None = None,
    ) -> None:
        self._service = service
        self._ctx = context
        self._resolver = resolver
        self._registries = registries
        self._candidates: list[tuple[Candidate, Offerable, Any]] | None = None

    def read(self, text: str) -> Ask:
        """Read and authenticate the request; match it against the vault. Sends nothing but
        the reads (and, for VC-API, the request to start the exchange). Raises ExchangeError."""
        link = read_link(text)
        if isinstance(link, VcApiLink):
            exchange = VcApiExchange(self._ctx, link, "verifier")
            other = exchange.resolve()
            if other is None:
                return self._vc_api(exchange)
            link = other
        if not isinstance(link, Openid4vpLink):
            raise ExchangeError(
                "reading the link",
                "this is a credential offer, not a presentation request: receive it with "
                "'Receive a credential…' (learner-wallet receive)",
            )
        return self._openid4vp(link)

    def _openid4vp(self, link: Openid4vpLink) -> Ask:
        request = Openid4vpClient(self._ctx, self._resolver).read(link)
        found = request.query.matches([c for c, _, _ in self._stored()])
        chosen = request.query.answerable(found)
        wanted = set(chosen) if chosen is not None else {q.id for q in request.query.credentials}
        wants = tuple(
            self._want(q.id, q.words(), "", q.id in wanted, q.multiple, found.get(q.id, []))
            for q in request.query.credentials
        )
        how = (
            f"its request is signed by {request.verifier}"
            if request.signed
            else f"it names itself by the address its answer goes to ({request.response_uri})"
        )
        verifier = Verifier(
            request.domain,
            request.client_id,
            how,
            self._trusted(request.verifier),
            self._registry(request.verifier, request.domain),
        )
        return Ask("OpenID4VP", verifier, wants, False, request.nonce, request.client_id, request)

    def _vc_api(self, exchange: VcApiExchange) -> Ask:
        first = exchange.start()
        if first.refused is not None:
            raise ExchangeError("starting the exchange", first.refused)
        asked = first.asked
        if asked is None or not (asked.examples or asked.did_auth):
            raise ExchangeError(
                "reading the verifier's request", "the exchange asks for no presentation"
            )
        candidates = self._stored()
        wants = tuple(
            self._want(
                f"example-{n}",
                _example_words(q),
                q.reason,
                q.required,
                True,
                [c for c, _, _ in candidates if _example_matches(q.example, c.view)],
            )
            for n, q in enumerate(asked.examples, 1)
        )
        domain = asked.domain or exchange.origin
        verifier = Verifier(
            exchange.origin,
            exchange.url,
            f"it is the server at {exchange.origin} (the exchange's address)",
            self._trusted(exchange.origin),  # never the request's own claim (its domain)
            self._registry(exchange.origin, exchange.origin),
        )
        return Ask(
            "VC-API",
            verifier,
            wants,
            asked.did_auth,
            asked.challenge or "",
            domain,
            asked,
            exchange,
        )

    def send(self, ask: Ask, chosen: Sequence[CredentialId]) -> Sent:
        """Sign and send what the learner ``chosen`` (ids from the wants' matches), then record
        it in the sharing history. Raises ExchangeError when a required want is left empty."""
        picked = set(chosen)
        by_id = {o.id: document for _, o, document in self._stored()}
        per_want = {w.key: [o.id for o in w.matches if o.id in picked] for w in ask.wants}
        for want in ask.wants:
            if want.required and not per_want[want.key]:
                raise ExchangeError(
                    CHOOSING, f"the verifier requires {want.words}; nothing was chosen"
                )
        holder = self._ctx.holder
        request = PresentationRequest(
            challenge=ask.challenge or None,
            domain=ask.domain,
            purpose=Purpose.AUTHENTICATION,
            clock=self._ctx.clock,
        )
        shared = tuple(dict.fromkeys(i for ids in per_want.values() for i in ids))
        if isinstance(ask._request, VpRequest):
            vp_token: dict[str, list[Any]] = {}
            queries = {q.id: q for q in ask._request.query.credentials}
            for key, ids in per_want.items():
                if ids:
                    vp_token[key] = [
                        _presentation(queries[key], [by_id[i] for i in ids], holder, request)
                    ]
            answer = Openid4vpClient(self._ctx, self._resolver).send(ask._request, vp_token)
            accepted, message, redirect = answer.accepted, answer.message, answer.redirect
        else:
            assert ask._exchange is not None
            documents = [by_id[i] for i in shared]
            if documents:
                presentation = sign_presentation(documents, holder, request).document
            else:
                from wallet.exchange.possession import did_auth_presentation

                presentation = did_auth_presentation(
                    holder, challenge=ask.challenge, domain=ask.domain, clock=self._ctx.clock
                )
            step = ask._exchange.answer(ask._request, presentation)
            accepted = step.refused is None
            message = step.refused or "the verifier accepted your answer"
            redirect = step.redirect
        self._service.record_share(
            list(shared),
            {
                "format": "openid4vp" if ask.protocol == "OpenID4VP" else "vc-api",
                "protocol": ask.protocol,
                "verifier": ask.verifier.client_id,
                "domain": ask.domain,
                "challenge": ask.challenge,
                "purpose": Purpose.AUTHENTICATION.value,
                "holder": holder.did,
                "asked": [w.words for w in ask.wants],
                "accepted": accepted,
            },
        )
        return Sent(accepted, message, redirect, shared)

    def _want(
        self,
        key: str,
        words: str,
        reason: str,
        required: bool,
        multiple: bool,
        found: list[Candidate],
    ) -> Want:
        offer = {c.key: o for c, o, _ in self._stored()}
        matches = tuple(offer[c.key] for c in found)
        valid = [m.id for m in matches if m.verdict is Verdict.VALID]
        pre = tuple(valid if multiple else valid[:1])
        return Want(key, words, reason, required, multiple, matches, pre)

    def _stored(self) -> list[tuple[Candidate, Offerable, Any]]:
        """Every stored credential as a DCQL candidate, once per run."""
        if self._candidates is None:
            self._candidates = []
            for summary in self._service.list_credentials():
                detail = self._service.get(summary.id)
                candidate = stored_candidate(summary.id, detail.document, detail.view.data)
                if candidate is None:
                    continue
                offerable = Offerable(
                    summary.id,
                    summary.name,
                    summary.issuer_name or summary.issuer_id,
                    summary.verdict,
                )
                self._candidates.append((candidate, offerable, detail.document))
        return self._candidates

    def _trusted(self, identifier: str) -> str | None:
        for issuer in self._service.trusted_issuers():
            if issuer.id == identifier:
                return issuer.name or issuer.id
        return None

    def _registry(self, identifier: str, domain: str) -> str | None:
        """What the registries say of the verifier's identifier (a DID, a URL), else of its
        domain as an OpenID Federation entity (``https://domain``); None when no registry's
        copy answered (an absent copy says nothing either way)."""
        if self._registries is None:
            return None
        unlisted: list[str] = []
        for name in dict.fromkeys((identifier, _entity(domain))):
            if not name:
                continue
            answer = self._registries.lookup(name)
            if answer.registered is not None:
                return plain(answer.summary(), 400)  # the name is the registry's text
            unlisted += [r.registry for r in answer.registrations if r.state == "not-registered"]
        if unlisted:
            return "not listed in " + ", ".join(dict.fromkeys(unlisted))
        return None


def _entity(domain: str) -> str:
    """An origin or host as an entity identifier (OpenID Federation §1.2: an https URL)."""
    if not domain:
        return ""
    return domain if domain.startswith("https://") else f"https://{domain}"


def _presentation(
    query: CredentialQuery, documents: list[Any], holder: Any, request: PresentationRequest
) -> Any:
    if query.format == "jwt_vc_json":
        return jwt_vc_presentation([str(d) for d in documents], holder, request)
    return sign_presentation(documents, holder, request).document


def _types(value: Any) -> set[str]:
    items = value if isinstance(value, list) else [value]
    return {str(t) for t in items if isinstance(t, str)}


def _example_matches(example: dict[str, Any], view: Any) -> bool:
    if not isinstance(view, dict):
        return False
    for key, wanted in example.items():
        if key == "@context":
            continue
        have = view.get(key)
        if key == "type":
            if not _types(wanted) <= _types(have):
                return False
        elif key == "issuer":
            wanted_id = wanted.get("id") if isinstance(wanted, dict) else wanted
            have_id = have.get("id") if isinstance(have, dict) else have
            if wanted_id != have_id:
                return False
        elif isinstance(wanted, dict):
            if not _example_matches(wanted, have):
                return False
        elif isinstance(wanted, list):
            have_list = have if isinstance(have, list) else [have]
            if not all(w in have_list for w in wanted):
                return False
        elif wanted != have:
            return False
    return True


def _example_words(query: ExampleQuery) -> str:
    types = sorted(_types(query.example.get("type")) - {"VerifiableCredential"})
    text = "a credential of type " + " or ".join(types) if types else "a credential"
    issuer = query.example.get("issuer")
    issuer_id = issuer.get("id") if isinstance(issuer, dict) else issuer
    if isinstance(issuer_id, str):
        text += f" issued by {issuer_id}"
    name = first_text(query.example.get("name"))
    if name:
        text += f" named {name}"
    return text
