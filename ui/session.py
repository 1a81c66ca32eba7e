"""Where the vault lives and how to open it: the app's one link to ``WalletService``.

Everything vault-related the UI does goes through the service this hands out; tests build a
:class:`VaultAccess` on a temporary path with a cheap Argon2id cost and an in-memory keyring.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wallet.service import WalletService, default_vault_path

__all__ = ["VaultAccess"]


@dataclass
class VaultAccess:
    """``service_options`` are passed to ``WalletService`` (kdf_cost, keyring, clock...)."""

    path: Path = field(default_factory=default_vault_path)
    service_options: dict[str, Any] = field(default_factory=dict)

    def exists(self) -> bool:
        return self.path.exists()

    def create(self, passphrase: str) -> WalletService:
        """Slow (Argon2id): run through ``ui.tasks``."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        return WalletService.create(self.path, passphrase, **self.service_options)

    def keyring_reason(self) -> str | None:
        """``None`` when "remember on this device" can work here, else the sentence to show."""
        keeper = self.service_options.get("keyring")
        if keeper is None:
            # The service's default keeper; WalletService offers no way to ask before a vault
            # exists, so ask the same class it uses (not re-exported by wallet.service yet).
            keeper = importlib.import_module("wallet.service").OsKeyring()
        try:
            reason: str | None = keeper.unavailable_reason()
        except Exception as exc:  # a broken keyring backend must not stop wallet creation
            reason = str(exc)
        return reason

    def check_backup(self, backup: Path, passphrase: str) -> int:
        """Prove ``backup`` opens with ``passphrase``; raises WrongPassphrase, VaultCorrupted."""
        cost = self.service_options.get("kdf_cost")
        extra = {"kdf_cost": cost} if cost is not None else {}
        return WalletService.verify_backup(backup, passphrase, **extra)

    def open(self) -> WalletService:
        """Open without unlocking. Raises VaultInUse, VaultCorrupted, VaultTooNew."""
        return WalletService.open(self.path, **self.service_options)
