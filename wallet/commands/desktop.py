"""``learner-wallet desktop install [--exec PROGRAM] | uninstall``: the menu entry, icon, file
types and link handlers for the current user (:mod:`wallet.desktop`; ``make install-desktop``
and ``make uninstall-desktop`` call these).

``--exec`` names the program the entry runs; by default the bundle's own executable when this
is the bundle, else the ``learner-wallet`` beside this Python (a virtual environment's).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from wallet import desktop
from wallet.errors import WalletError

__all__ = ["register"]


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "desktop", help="install or remove the desktop entry, icon and file and link handlers"
    )
    actions = parser.add_subparsers(dest="desktop_action", metavar="ACTION", required=True)
    install = actions.add_parser("install", help="install them for the current user")
    install.add_argument(
        "--exec",
        dest="program",
        metavar="PROGRAM",
        help="the learner-wallet executable the entry runs (default: this one)",
    )
    install.set_defaults(handler=_install)
    actions.add_parser("uninstall", help="remove exactly what install installed").set_defaults(
        handler=_uninstall
    )


def _default_program() -> Path:
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve()
    beside = Path(sys.executable).parent / "learner-wallet"
    if beside.is_file():
        return beside.absolute()
    raise WalletError("cannot tell which learner-wallet to run: give it with --exec PROGRAM")


def _report(change: desktop.DesktopChange, verb: str) -> None:
    for path in change.files:
        print(f"{verb} {path}")
    if change.refreshed:
        print(f"refreshed with {', '.join(change.refreshed)}")
    if change.missing_tools:
        print(f"not installed here, so not run: {', '.join(change.missing_tools)}")


def _install(args: argparse.Namespace) -> int:
    program = Path(args.program).absolute() if args.program else _default_program()
    _report(desktop.install(program), "installed")
    return 0


def _uninstall(args: argparse.Namespace) -> int:
    change = desktop.uninstall()
    if not change.files:
        print(f"nothing to remove: no desktop files were installed in {change.data_home}")
        return 0
    _report(change, "removed")
    return 0
