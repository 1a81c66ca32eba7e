"""Write the golden vault of a format version: ``python tests/vault/make_golden.py VERSION``.

Golden files are written once per format version and committed; tests open them forever after.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the checkout: tests.factories

from tests.factories import make_badges
from wallet.service import WalletService
from wallet.vault.kdf import TEST_COST
from wallet.vault.store import VaultStore


def main() -> None:
    version = int(sys.argv[1])
    target = Path(__file__).parent / "golden" / f"vault-v{version}.vault"
    store = VaultStore.create(target, "golden passphrase", TEST_COST, version=version)
    if version < 2:  # today's import also fills the signature cache, which v1 lacks
        store.query("CREATE TABLE signature_cache (id TEXT PRIMARY KEY, blob BLOB NOT NULL)")
    with WalletService(store, kdf_cost=TEST_COST, workers=1) as svc:
        for data in make_badges(2):
            svc.import_bytes(data)
        svc.set_setting("golden", version)
    if version < 2:
        import sqlite3

        with sqlite3.connect(target) as conn:
            conn.execute("DROP TABLE signature_cache")
        conn.close()
    for suffix in ("-wal", "-shm", ".lock"):
        Path(str(target) + suffix).unlink(missing_ok=True)


if __name__ == "__main__":
    main()
