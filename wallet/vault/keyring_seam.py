"""'Remember on this device': the vault's data key kept in the operating system's keyring.

Opt-in. The secret goes only to a real keyring backend (Secret Service, macOS Keychain, Windows
Credential Locker). When none exists, :class:`KeyringUnavailable` says so and nothing is stored
anywhere else: Vorta's fallback to a plain-text passphrase file is exactly what we refuse.
"""

from __future__ import annotations

import base64
from typing import Protocol

from wallet.errors import KeyringUnavailable

__all__ = ["SERVICE_NAME", "OsKeyring", "SecretKeeper"]

SERVICE_NAME = "Learner Wallet"


class SecretKeeper(Protocol):
    """Where remembered unlock secrets live. ``account`` is the vault id (hex)."""

    def unavailable_reason(self) -> str | None: ...

    def store(self, account: str, secret: bytes) -> None: ...

    def load(self, account: str) -> bytes | None: ...

    def forget(self, account: str) -> None: ...


_NO_BACKEND = (
    "no system keyring is available on this device (on Linux, a Secret Service such as GNOME "
    "Keyring or KWallet must be running), so the wallet cannot remember your passphrase here; "
    "type it each time. It is never stored anywhere else."
)


class OsKeyring:
    """The ``keyring`` package's configured backend; refuses the fail and plaintext backends."""

    def unavailable_reason(self) -> str | None:
        import keyring

        backend = keyring.get_keyring()
        names = {type(b).__module__ for b in getattr(backend, "backends", [backend])}
        usable = {n for n in names if not n.startswith(("keyring.backends.fail", "keyrings.alt"))}
        if not usable or float(getattr(backend, "priority", 1)) <= 0:
            return _NO_BACKEND
        return None

    def _require(self) -> None:
        reason = self.unavailable_reason()
        if reason is not None:
            raise KeyringUnavailable(reason)

    def store(self, account: str, secret: bytes) -> None:
        import keyring
        from keyring.errors import KeyringError

        self._require()
        try:
            keyring.set_password(SERVICE_NAME, account, base64.b64encode(secret).decode())
        except KeyringError as exc:
            raise KeyringUnavailable(f"the system keyring refused the secret ({exc})") from None

    def load(self, account: str) -> bytes | None:
        import keyring
        from keyring.errors import KeyringError

        self._require()
        try:
            value = keyring.get_password(SERVICE_NAME, account)
        except KeyringError as exc:
            raise KeyringUnavailable(f"the system keyring cannot be read ({exc})") from None
        return None if value is None else base64.b64decode(value)

    def forget(self, account: str) -> None:
        import keyring
        from keyring.errors import KeyringError, PasswordDeleteError

        self._require()
        try:
            keyring.delete_password(SERVICE_NAME, account)
        except PasswordDeleteError:
            pass  # nothing was remembered
        except KeyringError as exc:
            raise KeyringUnavailable(f"the system keyring cannot be changed ({exc})") from None
