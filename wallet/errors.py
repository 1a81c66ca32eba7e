"""The wallet's exceptions: one tree, one meaning per class.

A person acts differently on each leaf, so each leaf is its own class::

    WalletError
    ├── InputError                  the bytes given cannot be read as anything we know
    │   ├── InputTooLarge           over the size cap for its kind
    │   └── InputTooDeep            JSON nested past the depth cap
    ├── UnknownContextError         a JSON-LD @context URL we do not bundle (never fetched)
    ├── ContextIntegrityError       a bundled context file does not match its pinned hash
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
    "ContextIntegrityError",
    "InputError",
    "InputTooDeep",
    "InputTooLarge",
    "KeyringUnavailable",
    "UnknownContextError",
    "VaultChangedOutside",
    "VaultCorrupted",
    "VaultError",
    "VaultInUse",
    "VaultLocked",
    "VaultNotSaved",
    "VaultTooNew",
    "WalletError",
    "WrongPassphrase",
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
