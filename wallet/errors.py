"""The wallet's exceptions: one tree, one meaning per class.

A person acts differently on each leaf, so each leaf is its own class::

    WalletError
    ├── InputError                  the bytes given cannot be read as anything we know
    │   ├── InputTooLarge           over the size cap for its kind
    │   └── InputTooDeep            JSON nested past the depth cap
    ├── UnknownContextError         a JSON-LD @context URL we do not bundle (never fetched)
    ├── ContextIntegrityError       a bundled context file does not match its pinned hash
    ├── FetchError                  a document on the web could not be had (DESIGN "Network")
    │   ├── OfflineError            offline, and no copy was fetched before
    │   ├── NotHttps                the URL is not https (plain http is never used)
    │   ├── AddressRefused          the host is, or resolves to, a private/loopback/... address
    │   ├── TooManyRedirects        more than 3 redirects, or a redirect away from https
    │   ├── FetchTimeout            no answer in time
    │   ├── HttpStatusError         the server answered with an error status (``status``)
    │   ├── DocumentTooLarge        larger than the cap for its kind
    │   ├── CertificateRejected     TLS: the server's certificate is not trusted
    │   ├── MalformedAnswer         the server answered what no client can read (a bad Location)
    │   └── Unreachable             no connection: unknown host, refused, reset
    ├── ExchangeError               an exchange with an issuer or a verifier stopped at one step
    │   │                           (``step``, ``reason``); nothing was stored or sent after it
    │   ├── WrongTxCode             the issuer refused the transaction code: type it again
    │   ├── OfferExpired            the offer or request expired or was used: ask for a new one
    │   ├── UntrustedRequest        a verifier's request cannot be authenticated: do not answer
    │   └── ExchangeCancelled       the learner cancelled
    └── VaultError                  the encrypted store
        ├── WrongPassphrase
        ├── VaultCorrupted
        ├── VaultChangedOutside     records rolled back or removed behind the wallet's back
        ├── VaultTooNew             written by a newer version of the wallet
        ├── VaultInUse              another process holds the vault's lock
        ├── VaultLocked             the vault is open but locked: unlock it first
        ├── VaultNotSaved           a write failed (disk full, I/O error); nothing was changed
        └── KeyringUnavailable      no OS keyring here: "remember on this device" cannot work

"Invalid credential" is never an exception: verification returns a report whose checks say why.
"""

from __future__ import annotations

__all__ = [
    "AddressRefused",
    "CertificateRejected",
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
    "WalletError",
    "WrongPassphrase",
    "WrongTxCode",
]


class WalletError(Exception):
    """Base of every error the wallet raises on purpose. ``str(e)`` is a sentence for a person."""


class InputError(WalletError):
    """The input cannot be read: empty, not JSON, not a format we know, or malformed."""


class InputTooLarge(InputError):
    """The input is larger than the cap for its kind; nothing of it was parsed."""


class InputTooDeep(InputError):
    """JSON nested deeper than any credential needs (a parser attack, STANDARDS §7 A8)."""


class UnknownContextError(WalletError):
    """A JSON-LD ``@context`` URL that is not bundled. Contexts are never fetched."""

    def __init__(self, url: str) -> None:
        super().__init__(f"unknown JSON-LD context {url!r}: only bundled contexts are used")
        self.url = url


class ContextIntegrityError(WalletError):
    """A bundled context file's SHA-256 differs from the pinned value: the install is damaged."""


class FetchError(WalletError):
    """A document on the web could not be fetched. ``str(e)`` names the URL and the reason, in
    words a person understands; ``url`` is the URL asked for. Never a pass (DESIGN "Network")."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"could not fetch {url}: {reason}")
        self.url = url
        self.reason = reason


class OfflineError(FetchError):
    """Offline, and no copy of the document was fetched before."""


class NotHttps(FetchError):
    """The URL (or a redirect) is not https: documents are fetched over https only."""


class AddressRefused(FetchError):
    """The host is, or resolves to, an address the wallet never connects to (loopback, private,
    link-local, multicast, unspecified): a credential must not probe the user's network."""


class TooManyRedirects(FetchError):
    """More than the allowed number of redirects."""


class FetchTimeout(FetchError):
    """The server did not answer (or finish answering) in time."""


class HttpStatusError(FetchError):
    """The server answered with a status other than 200; ``status`` is its code (410 Gone means
    a hosted Open Badges 2.0 assertion was revoked)."""

    def __init__(self, url: str, reason: str, status: int) -> None:
        super().__init__(url, reason)
        self.status = status


class DocumentTooLarge(FetchError):
    """The document is larger than the cap for its kind; the rest was not read."""


class CertificateRejected(FetchError):
    """The server's TLS certificate is not trusted (expired, wrong host, unknown authority)."""


class MalformedAnswer(FetchError):
    """The server answered, but not in HTTP a client can use (a ``Location`` that is no URL):
    not a connection failure, so no older copy stands in for it."""


class Unreachable(FetchError):
    """No connection could be made: unknown host, connection refused or reset, proxy failure."""


class ExchangeError(WalletError):
    """An exchange with an issuer or a verifier (OpenID4VCI, OpenID4VP, VC-API, a DCC request)
    stopped. ``step`` names what the wallet was doing, in words ("asking the issuer for an access
    token"); ``reason`` says why, in a sentence, with the other side's own ``error_description``
    when it gave one. Nothing is stored from an exchange that raised, and nothing is sent after
    the step that failed."""

    def __init__(self, step: str, reason: str) -> None:
        super().__init__(f"{step}: {reason}")
        self.step = step
        self.reason = reason


class WrongTxCode(ExchangeError):
    """The issuer refused the transaction code (OpenID4VCI 1.0 §6.3 ``invalid_grant``): the
    learner types it again; the offer itself may still be good."""


class OfferExpired(ExchangeError):
    """The offer, its pre-authorized code, or the request expired or was already used: only a new
    one from the issuer or verifier helps."""


class UntrustedRequest(ExchangeError):
    """A verifier's request whose origin cannot be established: its signature does not verify
    with its client identifier's key, or it uses a client identifier prefix (``x509_san_dns``)
    the wallet has no trust anchors for. The wallet does not answer it."""


class ExchangeCancelled(ExchangeError):
    """The learner cancelled the exchange; whatever was received before is not stored."""


class VaultError(WalletError):
    """Base of the vault's errors."""


class WrongPassphrase(VaultError):
    """The passphrase does not unlock this vault."""


class VaultCorrupted(VaultError):
    """The vault file (or one record, when ``record`` is set) fails its integrity check."""

    def __init__(self, message: str, record: str | None = None) -> None:
        super().__init__(message)
        self.record = record


class VaultChangedOutside(VaultError):
    """The vault's records no longer match their authenticated index: a record was swapped for
    an older copy of itself, removed or added, or the header was rolled back, by something other
    than Learner Wallet. Unlike :class:`VaultCorrupted` this is not accidental damage to one
    record, and nothing in the vault is shown until it is resolved (wallet.vault.index)."""


class VaultTooNew(VaultError):
    """The vault was written by a newer version of Learner Wallet."""


class VaultInUse(VaultError):
    """Another process has the vault open."""


class VaultLocked(VaultError):
    """The vault is open but locked (or was auto-locked): unlock it, then try again."""


class VaultNotSaved(VaultError):
    """A change could not be written (disk full, I/O error); the vault is as it was before."""


class KeyringUnavailable(VaultError):
    """No usable OS keyring backend: the passphrase must be typed; it is never stored elsewhere."""
