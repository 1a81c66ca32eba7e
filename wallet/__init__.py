"""Learner Wallet's core: keep, verify and present learning credentials. No Qt here.

The public surface is below; everything else is internal and may change. Names are loaded on
first use (PEP 562), so ``import wallet.verify`` does not pay for the vault and presentations.

- Verify: :func:`verify_input` (bytes of any supported input), :func:`verify_document` (a
  parsed JSON-LD credential or presentation), :class:`VerifyOptions`, and the :class:`Report`
  they return (:class:`Check`, :class:`Status`, :class:`Verdict`).
- Keep: :class:`WalletService`, the one object the app and the command line hold.
- Errors: the :class:`WalletError` tree of :mod:`wallet.errors`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from wallet.errors import (
    AddressRefused,
    CertificateRejected,
    ContextIntegrityError,
    DocumentTooLarge,
    ExchangeCancelled,
    ExchangeError,
    FetchError,
    FetchTimeout,
    HttpStatusError,
    InputError,
    InputTooDeep,
    InputTooLarge,
    KeyringUnavailable,
    MalformedAnswer,
    NotHttps,
    OfferExpired,
    OfflineError,
    TooManyRedirects,
    UnknownContextError,
    Unreachable,
    UntrustedRequest,
    VaultChangedOutside,
    VaultCorrupted,
    VaultError,
    VaultInUse,
    VaultLocked,
    VaultNotSaved,
    VaultTooNew,
    WalletError,
    WrongPassphrase,
    WrongTxCode,
)

if TYPE_CHECKING:
    from wallet.service import WalletService
    from wallet.verify import (
        Check,
        Report,
        Status,
        Verdict,
        VerifyOptions,
        verify_document,
        verify_input,
    )

__all__ = [
    "AddressRefused",
    "CertificateRejected",
    "Check",
    "ContextIntegrityError",
    "DocumentTooLarge",
    "ExchangeCancelled",
    "ExchangeError",
    "FetchError",
    "FetchTimeout",
    "HttpStatusError",
    "InputError",
    "InputTooDeep",
    "InputTooLarge",
    "KeyringUnavailable",
    "MalformedAnswer",
    "NotHttps",
    "OfferExpired",
    "OfflineError",
    "Report",
    "Status",
    "TooManyRedirects",
    "UnknownContextError",
    "Unreachable",
    "UntrustedRequest",
    "VaultChangedOutside",
    "VaultCorrupted",
    "VaultError",
    "VaultInUse",
    "VaultLocked",
    "VaultNotSaved",
    "VaultTooNew",
    "Verdict",
    "VerifyOptions",
    "WalletError",
    "WalletService",
    "WrongPassphrase",
    "WrongTxCode",
    "verify_document",
    "verify_input",
]

_LAZY = {
    "Check": "wallet.verify",
    "Report": "wallet.verify",
    "Status": "wallet.verify",
    "Verdict": "wallet.verify",
    "VerifyOptions": "wallet.verify",
    "verify_document": "wallet.verify",
    "verify_input": "wallet.verify",
    "WalletService": "wallet.service",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'wallet' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
