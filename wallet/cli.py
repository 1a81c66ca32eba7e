"""The command line: ``learner-wallet`` with no arguments opens the app (``--vault PATH`` alone:
the app on that wallet), otherwise a subcommand.

Contract: DESIGN.md, "Command line". Exit status 0 when every input is valid, 1 when any is not,
2 for usage errors and unreadable input, with one line on standard error and never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from wallet.commands import app as app_command
from wallet.commands import desktop as desktop_command
from wallet.commands import exchange as exchange_command
from wallet.commands import present as present_command
from wallet.commands import review as review_command
from wallet.commands import trust as trust_command
from wallet.commands import vault as vault_command
from wallet.commands import verify as verify_command
from wallet.commands.inputs import reason
from wallet.errors import WalletError

__all__ = ["build_parser", "main"]

EXIT_USAGE = 2
EXIT_BROKEN_PIPE = 0


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"{self.prog}: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="learner-wallet",
        description="Keep, verify and present your learning credentials.",
    )
    parser.add_argument("--vault", metavar="PATH", help="vault file (default: your data folder)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    verify_command.register(commands)
    vault_command.register(commands)
    present_command.register(commands)
    review_command.register(commands)
    exchange_command.register(commands)
    trust_command.register(commands)
    app_command.register(commands)
    desktop_command.register(commands)
    for name, subparser in commands.choices.items():
        if name not in ("verify", "review"):
            # `learner-wallet import --vault v.vault x.json` reads as naturally as the contract's
            # `learner-wallet --vault v.vault import x.json`; SUPPRESS keeps the global value.
            subparser.add_argument(
                "--vault", metavar="PATH", default=argparse.SUPPRESS, help=argparse.SUPPRESS
            )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list:
        return _run_app()
    parser = build_parser()
    args = parser.parse_args(args_list)
    if args.command is None:
        if args.vault:  # `learner-wallet --vault PATH`: the app, on that wallet
            return _run_app(args.vault)
        parser.print_help()
        return EXIT_USAGE
    try:
        status: int = args.handler(args)
    except WalletError as exc:
        print(f"learner-wallet: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except (FileNotFoundError, PermissionError, IsADirectoryError) as exc:
        # A file named on the command line: the same words as `verify` uses for its inputs.
        print(f"learner-wallet: {exc.filename or ''}: {reason(exc)}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("learner-wallet: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`learner-wallet list | head`): not an error worth a traceback.
        # Point stdout at devnull so the interpreter's final flush does not raise again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    except Exception as exc:  # a bug: still one line, never a traceback (DESIGN.md, CLI contract)
        if os.environ.get("LEARNER_WALLET_DEBUG"):
            raise
        print(
            f"learner-wallet: unexpected error ({type(exc).__name__}: {exc}). "
            "Set LEARNER_WALLET_DEBUG=1 to see the details, and please report it.",
            file=sys.stderr,
        )
        return EXIT_USAGE
    return status


def _run_app(vault: str | None = None) -> int:
    try:
        from ui.app import run_app
    except ImportError as exc:
        print(f"learner-wallet: the desktop app cannot start: {exc}", file=sys.stderr)
        return EXIT_USAGE
    return run_app(Path(vault) if vault else None)


if __name__ == "__main__":
    sys.exit(main())
