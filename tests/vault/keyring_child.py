"""Runs inside ``dbus-run-session`` with an unlocked GNOME keyring: remember, reopen, unlock."""

from __future__ import annotations

import sys
from pathlib import Path

from wallet.service import WalletService
from wallet.vault.kdf import TEST_COST


def main() -> None:
    path = Path(sys.argv[1])
    with WalletService.create(path, "pw", kdf_cost=TEST_COST) as svc:
        assert svc.keyring_unavailable_reason() is None, svc.keyring_unavailable_reason()
        svc.remember_on_this_device(True)
    with WalletService.open(path, kdf_cost=TEST_COST) as svc:
        assert svc.unlock_from_keyring() is True
        svc.remember_on_this_device(False)
    with WalletService.open(path, kdf_cost=TEST_COST) as svc:
        assert svc.unlock_from_keyring() is False
    print("keyring ok")


if __name__ == "__main__":
    main()
