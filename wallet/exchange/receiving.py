"""Receiving credentials from an issuer: read the link, run its protocol, check, then import.

The protocols (:mod:`~wallet.exchange.oid4vci`, :mod:`~wallet.exchange.vcapi`, the DCC request)
only bring credentials back. Nothing is stored until every one of them has passed
:meth:`Receiving.check`, all or nothing:

- it is a readable credential (not a presentation, not garbage);
- it is genuine: a verdict of ``invalid`` (a signature that fails, a key the issuer does not
  control: a credential tampered with, by the issuer or on the way) or ``unsigned`` fails the
  exchange. ``expired``, ``revoked``, ``unverifiable`` and the others are imported like any
  import, with that verdict, and the learner sees it (DESIGN: exit 1);
- its subject is the holder DID the wallet just proved possession of (every ``credentialSubject``
  that names an ``id`` names it, and one at least does): a credential issued to someone else
  is not the learner's to keep.

Then :meth:`WalletService.import_many` imports them like any import (verified again, stored,
de-duplicated), one outcome each.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from wallet.errors import ExchangeError, InputError
from wallet.exchange.context import ExchangeContext, Received, other_side_said
from wallet.exchange.links import (
    CredentialOfferLink,
    DccRequestLink,
    ExchangeLink,
    Openid4vpLink,
    VcApiLink,
    read_link,
    split_url,
)
from wallet.exchange.oid4vci import CredentialOffer, Openid4vciClient, TxCodeRequest
from wallet.exchange.possession import DataModel, did_auth_presentation
from wallet.exchange.vcapi import VcApiExchange, credentials_in
from wallet.service import ImportItem, ImportOutcome, WalletService
from wallet.verify import Report, Status, Verdict, VerifyOptions, verify_input
from wallet.wording import plain, shown

__all__ = ["CHECKING", "Incoming", "ReceiveResult", "Receiving"]

CHECKING = "checking what the issuer sent"
SENDING_DID_AUTH = "proving your holder DID to the issuer"
STORING = "storing the credentials"
_NOT_GENUINE = (Verdict.INVALID, Verdict.UNSIGNED)


@dataclass(frozen=True)
class Incoming:
    """A receive link, read: which ``protocol``, from which ``origin`` (what the link says), and
    the transaction code it needs, if any. Nothing has been sent yet but the reads."""

    protocol: str
    origin: str
    tx_code: TxCodeRequest | None
    link: ExchangeLink
    offer: CredentialOffer | None = None
    exchange: VcApiExchange | None = field(default=None, compare=False)


@dataclass(frozen=True)
class ReceiveResult:
    """What a finished exchange stored: one outcome per credential, and where the issuer asks
    the learner to go next (VC-API ``redirectUrl``), if anywhere."""

    protocol: str
    origin: str
    outcomes: tuple[ImportOutcome, ...]
    redirect: str | None = None

    @property
    def all_valid(self) -> bool:
        return all(o.verdict is Verdict.VALID for o in self.outcomes)


class Receiving:
    """Receive into ``service`` (unlocked). ``options`` verify what arrives (the learner's own:
    ``WalletService.verify_options``). Runs on the calling thread; slow (network)."""

    def __init__(
        self, service: WalletService, context: ExchangeContext, options: VerifyOptions
    ) -> None:
        self._service = service
        self._ctx = context
        self._options = options

    def read(self, text: str) -> Incoming:
        """Read the link and what it points at (an offer by reference, an interaction's
        protocols). Raises ExchangeError; ``read_link``'s step for a bad link."""
        return self._incoming(read_link(text))

    def _incoming(self, link: ExchangeLink) -> Incoming:
        if isinstance(link, CredentialOfferLink):
            offer = Openid4vciClient(self._ctx).offer(link)
            return Incoming("OpenID4VCI", offer.host, offer.tx_code, link, offer)
        if isinstance(link, DccRequestLink):
            return Incoming("DCC credential request", _host(link.vc_request_url), None, link)
        if isinstance(link, VcApiLink):
            exchange = VcApiExchange(self._ctx, link, "issuer")
            other = exchange.resolve()
            if other is not None:
                return self._incoming(other)
            return Incoming("VC-API", exchange.origin, None, link, exchange=exchange)
        assert isinstance(link, Openid4vpLink)
        raise ExchangeError(
            "reading the link",
            "this is a verifier's presentation request, not a credential offer: answer it "
            "with 'Answer a request…' (learner-wallet respond)",
        )

    def receive(self, incoming: Incoming, tx_code: str | None = None) -> ReceiveResult:
        """Run the exchange, check everything received, then import it all. Raises
        ExchangeError (WrongTxCode, OfferExpired, ExchangeCancelled...) with nothing stored."""
        redirect = None
        if incoming.offer is not None:
            received = Openid4vciClient(self._ctx).receive(incoming.offer, tx_code)
        elif isinstance(incoming.link, DccRequestLink):
            received = self._dcc(incoming.link)
        else:
            assert incoming.exchange is not None
            received, redirect = self._vc_api(incoming.exchange)
        if not received:
            raise ExchangeError(CHECKING, "the issuer sent no credential")
        self.check(received)
        self._ctx.begin(STORING)
        items = [
            ImportItem(f"credential {n} from {incoming.origin}", r.data)
            for n, r in enumerate(received, 1)
        ]
        outcomes = self._service.import_many(items)
        return ReceiveResult(incoming.protocol, incoming.origin, tuple(outcomes), redirect)

    def check(self, received: list[Received]) -> list[Report]:
        """Verify every credential received (see the module docstring); raises ExchangeError at
        :data:`CHECKING` naming the first that fails, so nothing is stored."""
        self._ctx.begin(CHECKING)
        holder = self._ctx.holder.did
        reports = []
        for n, item in enumerate(received, 1):
            try:
                report = verify_input(item.data, self._options)
            except InputError as exc:
                raise ExchangeError(CHECKING, f"credential {n} cannot be read: {exc}") from None
            if report.kind != "credential":
                raise ExchangeError(
                    CHECKING, f"credential {n} is a {report.kind}, not a credential"
                )
            if report.verdict in _NOT_GENUINE:
                raise ExchangeError(CHECKING, f"credential {n} is not genuine: {_why(report)}")
            subjects = _subject_ids(report.view.get("credentialSubject"))
            if not subjects or any(s != holder for s in subjects):
                named = ", ".join(shown(s) for s in subjects) or "no one"
                raise ExchangeError(
                    CHECKING,
                    f"credential {n} is issued to {named}, not to your holder DID {holder}",
                )
            reports.append(report)
        return reports

    def _dcc(self, link: DccRequestLink) -> list[Received]:
        if link.auth_type == "code":
            raise ExchangeError(
                "reading the link",
                "the issuer wants you to sign in with it first (auth_type=code), which Learner "
                "Wallet does not support yet; ask the issuer for a link with auth_type=bearer",
            )
        step = self._ctx.begin(SENDING_DID_AUTH)
        presentation = did_auth_presentation(
            self._ctx.holder, challenge=link.challenge, domain=None, clock=self._ctx.clock
        )
        answer = self._ctx.http.post_json(link.vc_request_url, presentation, step=step)
        if not answer.ok:
            raise ExchangeError(step, other_side_said(answer, "issuer"))
        return _received(credentials_in(answer.json(step)), link.issuer or link.vc_request_url)

    def _vc_api(self, exchange: VcApiExchange) -> tuple[list[Received], str | None]:
        current = exchange.start()
        credentials: list[Any] = []
        while True:
            if current.refused is not None:
                raise ExchangeError("talking to the issuer", current.refused)
            credentials += current.credentials
            asked = current.asked
            if asked is None:
                break
            if asked.examples:
                raise ExchangeError(
                    "reading the issuer's request",
                    "the exchange asks for credentials from your wallet: it is a presentation "
                    "request; answer it with 'Answer a request…' (learner-wallet respond)",
                )
            if not asked.did_auth:
                kinds = ", ".join(asked.unknown) or "nothing the wallet knows"
                raise ExchangeError("reading the issuer's request", f"the issuer asks for {kinds}")
            model: DataModel = (
                "2.0"
                if asked.cryptosuites and "Ed25519Signature2020" not in asked.cryptosuites
                else "1.1"
            )
            presentation = did_auth_presentation(
                self._ctx.holder,
                challenge=asked.challenge,
                domain=asked.domain,
                clock=self._ctx.clock,
                data_model=model,
            )
            current = exchange.answer(asked, presentation)
        return _received(credentials, exchange.origin), current.redirect


def _received(credentials: list[Any], issuer: str) -> list[Received]:
    out = []
    for credential in credentials:
        if isinstance(credential, str):
            out.append(Received(credential.encode("utf-8"), "jwt", issuer))
        else:
            out.append(
                Received(json.dumps(credential, ensure_ascii=False).encode("utf-8"), "vc", issuer)
            )
    return out


def _subject_ids(subject: Any) -> list[str]:
    subjects = subject if isinstance(subject, list) else [subject]
    return [s["id"] for s in subjects if isinstance(s, dict) and isinstance(s.get("id"), str)]


def _why(report: Report) -> str:
    failing = [c for c in report.checks if c.status is Status.FAIL]
    if failing:
        return f"{failing[0].id}: {plain(failing[0].message, 300)}"
    return f"its verdict is {report.verdict.value}"


def _host(url: str) -> str:

    return split_url(url).hostname or url
