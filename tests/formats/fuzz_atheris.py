"""libFuzzer campaign (atheris) over the input sniffer and every parser behind it.

Not collected by pytest. Where atheris installs (``pip install atheris``), run from the checkout:

    .venv/bin/python -m tests.formats.fuzz_atheris -runs=200000 -max_total_time=600

Seeds are written to a temporary corpus first. Any exception other than the wallet's typed
errors is a crash and stops the run with the input that caused it (libFuzzer prints it); inputs
slower than 2 s are reported by ``-timeout=2`` (set by default).
"""

from __future__ import annotations

import contextlib
import sys
import tempfile
from pathlib import Path

import atheris

from wallet.verify.dispatch import verify_unpacked

with atheris.instrument_imports():
    from tests.formats.fuzz_seeds import seeds
    from wallet.errors import WalletError
    from wallet.formats.sniff import read_input
    from wallet.verify.openbadges2 import Ob2Documents
    from wallet.verify.options import VerifyOptions

OPTIONS = VerifyOptions()


def one_input(data: bytes) -> None:
    with contextlib.suppress(WalletError):
        verify_unpacked(read_input(data), OPTIONS, Ob2Documents())


def main() -> None:
    corpus = Path(tempfile.mkdtemp(prefix="wallet-fuzz-"))
    for index, seed in enumerate(seeds()):
        (corpus / f"seed-{index}").write_bytes(seed)
    args = [sys.argv[0], "-timeout=2", "-max_len=65536", *sys.argv[1:], str(corpus)]
    atheris.Setup(args, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
