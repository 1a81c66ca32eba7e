"""Where the vault lives and how to open it: the app's one link to ``WalletService``.

Everything vault-related the UI does goes through the service this hands out; tests build a
:class:`VaultAccess` on a temporary path with a cheap Argon2id cost and an in-memory keyring.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wallet.review.desk import ReviewDesk
from wallet.service import MergeResult, WalletService, default_vault_path
from wallet.vault.kdf import DEFAULT_COST

__all__ = ["VaultAccess"]


@dataclass
class VaultAccess:
    """``service_options`` are passed to ``WalletService`` (kdf_cost, keyring, clock...)."""

    path: Path = field(default_factory=default_vault_path)
    service_options: dict[str, Any] = field(default_factory=dict)
    # What the last restore did (``MergeResult.lines()``: the trusted issuers it offered but did
    # not apply, credentials it could not restore), for the window to show.
    last_restore: MergeResult | None = None

    def exists(self) -> bool:
        return self.path.exists()

    def create(self, passphrase: str) -> WalletService:
        """Slow (Argon2id): run through ``ui.common.tasks``."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        return WalletService.create(self.path, passphrase, **self.service_options)

    def keyring_reason(self) -> str | None:
        """``None`` when "remember on this device" can work here, else the sentence to show.
        Asks the keyring the service will use; works before the vault exists."""
        return WalletService.keyring_unavailable_reason(self.service_options.get("keyring"))

    def restore(self, backup: Path, passphrase: str) -> WalletService:
        """A new wallet holding ``backup``, with the backup's passphrase; nothing is left behind
        when it fails (``WalletService.restore_new``). Slow (Argon2id): run through
        ``ui.common.tasks``.
        Raises WrongPassphrase, VaultCorrupted, VaultTooNew, OSError."""
        service, self.last_restore = WalletService.restore_new(
            self.path, backup, passphrase, passphrase, **self.service_options
        )
        return service

    def open(self) -> WalletService:
        """Open without unlocking. Raises VaultInUse, VaultCorrupted, VaultTooNew."""
        return WalletService.open(self.path, **self.service_options)

    def review_desk(self) -> ReviewDesk:
        """The advisor's review workspaces: ``review/`` beside the vault (the user data folder
        by default), with the same keyring and Argon2id cost as the wallet. No wallet needed."""
        options = self.service_options
        return ReviewDesk(
            self.path.parent / "review",
            keyring=options.get("keyring"),
            kdf_cost=options.get("kdf_cost", DEFAULT_COST),
        )
