"""Receiving credentials from issuers and answering verifiers (issue 16).

- :class:`Exchanges` — one run over an unlocked vault: ``.receiving`` (OpenID4VCI 1.0
  pre-authorized code, DCC credential request links, VC-API / VCALM exchanges) and
  ``.responding`` (OpenID4VP 1.0 with DCQL and ``direct_post``, VC-API presentation requests).
- :func:`read_link` — what a link asks for, before anything is sent.
- :class:`ExchangeHttp` — GET and POST over the wallet's guarded transport (https only,
  addresses checked before every connection).

Failures are :class:`~wallet.errors.ExchangeError` (and its leaves), naming the step and the
reason; nothing is stored from an exchange that failed, nothing sent without :meth:`send`.
"""

from __future__ import annotations

from wallet.exchange.context import ExchangeContext, Received
from wallet.exchange.http import ExchangeHttp, HttpAnswer
from wallet.exchange.links import (
    CredentialOfferLink,
    DccRequestLink,
    ExchangeLink,
    Openid4vpLink,
    VcApiLink,
    read_link,
)
from wallet.exchange.oid4vci import CredentialOffer, TxCodeRequest
from wallet.exchange.receiving import Incoming, ReceiveResult, Receiving
from wallet.exchange.responding import Ask, Offerable, Responding, Sent, Verifier, Want
from wallet.exchange.session import Exchanges

__all__ = [
    "Ask",
    "CredentialOffer",
    "CredentialOfferLink",
    "DccRequestLink",
    "ExchangeContext",
    "ExchangeHttp",
    "ExchangeLink",
    "Exchanges",
    "HttpAnswer",
    "Incoming",
    "Offerable",
    "Openid4vpLink",
    "ReceiveResult",
    "Received",
    "Receiving",
    "Responding",
    "Sent",
    "TxCodeRequest",
    "VcApiLink",
    "Verifier",
    "Want",
    "read_link",
]
