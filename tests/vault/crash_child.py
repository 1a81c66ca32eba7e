"""A child process for the crash tests: ``crash_child.py VAULT BADGES_FILE FIRST [FSIZE_LIMIT]``.

Imports the badges (one JSON per line) from index FIRST on, one at a time, and prints
``ack N`` after each import returned (so it is durably saved). With FSIZE_LIMIT, files it writes
may not grow past that many bytes (RLIMIT_FSIZE), so SQLite's writes fail like a full disk.
"""

from __future__ import annotations

import resource
import signal
import sys
from pathlib import Path

from wallet.errors import VaultNotSaved
from wallet.service import WalletService
from wallet.vault.kdf import TEST_COST


def main() -> None:
    vault, badges, first = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    lines = badges.read_bytes().splitlines()
    with WalletService.open(vault, kdf_cost=TEST_COST, workers=1) as svc:
        svc.unlock("crash")
        if len(sys.argv) > 4:
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # get EFBIG from write(), not death
            limit = int(sys.argv[4])
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
        for index in range(first, len(lines)):
            try:
                svc.import_bytes(lines[index], str(index))
            except VaultNotSaved:
                print(f"failed {index}", flush=True)
                continue
            print(f"ack {index}", flush=True)


if __name__ == "__main__":
    main()
