"""``learner-wallet [--vault PATH] open [FILE_OR_LINK...]``: open the desktop app, handing it
files to import and links to answer.

This is what the desktop entry runs (``Exec=learner-wallet open %U``) for "Open with Learner
Wallet" and for a click on an ``openid-credential-offer:``, ``openid4vp:`` or ``dccrequest:``
link. The arguments are read before Qt is loaded (:func:`wallet.handoff.read_handoff`), so a
mistyped name is one line on standard error and exit status 2. When a window is already open
for the vault, it gets the files and links and comes forward; this process then exits 0.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from wallet.errors import WalletError
from wallet.handoff import read_handoff

__all__ = ["register"]


def register(commands: Any) -> None:
    parser: argparse.ArgumentParser = commands.add_parser(
        "open", help="open the app with files to import or links to answer"
    )
    parser.add_argument(
        "targets",
        nargs="*",
        metavar="FILE_OR_LINK",
        help="a credential file or folder, a file: URI, or an openid-credential-offer:, "
        "openid4vp:, dccrequest: or https://lcw.app/request link",
    )
    parser.set_defaults(handler=_open)


def _open(args: argparse.Namespace) -> int:
    handoff = read_handoff(args.targets)
    try:
        from ui.app import run_app
    except ImportError as exc:
        raise WalletError(f"the desktop app cannot start: {exc}") from exc
    return run_app(Path(args.vault) if args.vault else None, handoff)
