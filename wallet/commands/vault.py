"""The vault commands: ``init``, ``import``, ``list``, ``show``, ``remove``, ``backup``,
``restore``, ``passphrase`` (DESIGN.md, "Command line").

The passphrase comes from ``LEARNER_WALLET_PASSPHRASE`` or a prompt that does not echo; backup
passphrases from ``LEARNER_WALLET_BACKUP_PASSPHRASE`` or a prompt, new ones from
``LEARNER_WALLET_NEW_PASSPHRASE`` or a prompt asked twice. Without ``--vault`` the vault lives in
the user data folder (platformdirs).
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from wallet.commands.inputs import counted, read_all
from wallet.commands.verify import render_text
from wallet.errors import WalletError, WrongPassphrase
from wallet.service import (
    CredentialId,
    ImportItem,
    ImportStatus,
    WalletService,
    default_vault_path,
)
from wallet.verify.parts import parts_sentence, parts_to_json
from wallet.verify.recipient import recipient_of
from wallet.wording import plain

__all__ = ["open_service", "register"]


def register(commands: Any) -> None:
    def add(name: str, help_text: str, handler: Any) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = commands.add_parser(name, help=help_text)
        parser.set_defaults(handler=handler)
        return parser

    add("init", "create a new encrypted vault", _init)
    add("import", "add credentials to the vault", _import).add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="a file, a folder (every file in it, recursively), or - for standard input",
    )
    add("list", "list the credentials in the vault", _list).add_argument(
        "--json", action="store_true", help="one JSON object per credential per line"
    )
    show = add("show", "show one credential and its last verification", _show)
    show.add_argument("id", metavar="ID")
    show.add_argument("--json", action="store_true", help="the credential and its report as JSON")
    add("remove", "remove a credential from the vault", _remove).add_argument("id", metavar="ID")
    backup = add("backup", "write an encrypted backup, or test one with --verify", _backup)
    backup.add_argument("file", metavar="FILE")
    backup.add_argument("--verify", action="store_true", help="prove FILE restores; change nothing")
    add(
        "restore", "restore a backup into a new vault or merge it into this one", _restore
    ).add_argument("file", metavar="FILE")
    add("passphrase", "change the vault's passphrase", _passphrase)


def _secret(variable: str, prompt: str, confirm: bool = False) -> str:
    value = os.environ.get(variable)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise WalletError(f"no passphrase: set {variable} or run in a terminal")
    value = getpass.getpass(prompt)
    if confirm and getpass.getpass("Again: ") != value:
        raise WalletError("the two passphrases differ")
    if not value:
        raise WalletError("an empty passphrase is not allowed")
    return value


def _path(args: argparse.Namespace) -> Path:
    return Path(args.vault) if args.vault else default_vault_path()


def open_service(args: argparse.Namespace, prompt: str = "Vault passphrase: ") -> WalletService:
    """The vault ``--vault`` names (or the default one), opened and unlocked with the passphrase
    from ``LEARNER_WALLET_PASSPHRASE`` or a prompt. The caller closes it (``with``). Raises
    WalletError when there is no vault there, WrongPassphrase and the other opening errors."""
    path = _path(args)
    if not path.exists():
        raise WalletError(f"no wallet at {path}: create one with `learner-wallet init`")
    service = WalletService.open(path)
    try:
        service.unlock(_secret("LEARNER_WALLET_PASSPHRASE", prompt))
    except BaseException:
        service.close()
        raise
    return service


def _init(args: argparse.Namespace) -> int:
    path = _path(args)
    if path.exists():
        raise WalletError(f"a vault already exists at {path}")
    passphrase = _secret("LEARNER_WALLET_PASSPHRASE", "New vault passphrase: ", confirm=True)
    WalletService.create(path, passphrase).close()
    print(f"created an encrypted vault at {path}")
    return 0


def _import(args: argparse.Namespace) -> int:
    """Exit 0 when everything was imported or already there, 1 when a credential was rejected,
    2 when an input could not be read (said as ``verify`` says it, on standard error)."""
    status = 0
    with open_service(args) as service:  # no wallet: said first, and nothing is read
        items = []
        for given in read_all(args.inputs):
            if given.problem:
                print(f"learner-wallet: {given.name}: {given.problem}", file=sys.stderr)
                status = 2
            else:
                items.append(ImportItem(given.name, given.data))
        for outcome in service.import_many(items):
            print(outcome.line(), flush=True)
            if outcome.status is ImportStatus.REJECTED:
                status = max(status, 1)
    return status


def _list(args: argparse.Namespace) -> int:
    with open_service(args) as service:
        for s in service.list_credentials():
            if args.json:
                row = {
                    "id": s.id,
                    "name": s.name,
                    "issuer": {"id": s.issuer_id, "name": s.issuer_name},
                    "issued": s.issued,
                    "added": s.added.isoformat(),
                    "verdict": s.verdict.value,
                    "kind": s.kind,
                    "achievementType": s.achievement_type,
                    "skills": list(s.skills),
                    "tags": list(s.tags),
                    "recipient": s.recipient or None,
                    # How the credentials inside fared (a CLR's achievements, endorsements).
                    "parts": parts_to_json(s.parts),
                    "partsNote": parts_sentence(s.verdict, s.parts) or None,
                }
                print(json.dumps(row, ensure_ascii=False))
            else:
                print(_list_line(s))
        for cid in service.damaged():
            print(
                f"learner-wallet: credential {cid} is damaged and cannot be read", file=sys.stderr
            )
    return 0


def _list_line(s: Any) -> str:
    """``ID  verdict  Name — Issuer (to Recipient) [valid, but 1 of 4 achievements ...]``."""
    text = f"{s.id}  {s.verdict.value:<13} {plain(s.name)}"
    if s.issuer_name:
        text += f" — {plain(s.issuer_name)}"
    if s.recipient:
        text += f" (to {plain(s.recipient)})"
    note = parts_sentence(s.verdict, s.parts)
    return f"{text} [{note}]" if note else text


def _show(args: argparse.Namespace) -> int:
    with open_service(args) as service:
        try:
            detail = service.get(CredentialId(args.id))
        except KeyError:
            raise WalletError(f"no credential {args.id} in this vault") from None
        summary = detail.summary
        if args.json:
            row = {
                "id": args.id,
                "credential": detail.document,
                "report": detail.report.to_json(),
                "recipient": summary.recipient or None,
                "parts": parts_to_json(summary.parts),
            }
            print(json.dumps(row, ensure_ascii=False))
        else:
            print(render_text(plain(summary.name), detail.report))
            recipient = recipient_of(detail.view.data)
            if recipient.shown:
                print(f"  issued to: {plain(recipient.shown)}")
            elif recipient.hashed:
                print(f"  issued to: a hashed {recipient.kind or 'identity'}")
            note = parts_sentence(detail.report.verdict, summary.parts)
            if note:
                print(f"  inside: {note}")
    return 0


def _remove(args: argparse.Namespace) -> int:
    with open_service(args) as service:
        try:
            service.remove(CredentialId(args.id))
        except KeyError:
            raise WalletError(f"no credential {args.id} in this vault") from None
    print(f"removed {args.id}")
    return 0


def _backup(args: argparse.Namespace) -> int:
    target = Path(args.file)
    if args.verify:
        secret = _secret("LEARNER_WALLET_BACKUP_PASSPHRASE", "Backup passphrase: ")
        with _backup_words(target):
            count = WalletService.verify_backup(target, secret)
        print(f"{target}: restores correctly ({counted(count, 'credential')})")
        return 0
    with open_service(args) as service:
        secret = _secret("LEARNER_WALLET_BACKUP_PASSPHRASE", "Backup passphrase: ", confirm=True)
        count = service.backup(target, secret)
    print(f"wrote an encrypted backup of {counted(count, 'credential')} to {target}")
    return 0


@contextmanager
def _backup_words(source: Path) -> Iterator[None]:
    """A backup's failures in its own words: its passphrase is the *backup* passphrase (not the
    wallet's), its file a backup file."""
    try:
        yield
    except WrongPassphrase:
        raise WalletError(
            f"{source}: the backup passphrase is wrong (LEARNER_WALLET_BACKUP_PASSPHRASE)"
        ) from None
    except FileNotFoundError:
        raise WalletError(f"{source}: no such file") from None


def _restore(args: argparse.Namespace) -> int:
    source, path = Path(args.file), _path(args)
    secret = _secret("LEARNER_WALLET_BACKUP_PASSPHRASE", "Backup passphrase: ")
    if not source.is_file():
        raise WalletError(f"{source}: no such file")
    if path.exists():
        with open_service(args) as service, _backup_words(source):
            result = service.restore(source, secret)
    else:  # built beside the target and moved into place when complete: no half vault
        passphrase = _secret("LEARNER_WALLET_PASSPHRASE", "New vault passphrase: ", confirm=True)
        with _backup_words(source):
            service, result = WalletService.restore_new(path, source, secret, passphrase)
        service.close()
    for line in result.lines():  # exactly what changed, and what was offered, not applied
        print(line)
    print(f"restored {counted(len(result.added), 'credential')} into {path}")
    return 0


def _passphrase(args: argparse.Namespace) -> int:
    """The current passphrase (``LEARNER_WALLET_PASSPHRASE`` or a prompt) first, then the new
    one (``LEARNER_WALLET_NEW_PASSPHRASE`` or a prompt asked twice). The command line never
    unlocks from the keyring, so unlocking with the current passphrase is the proof the app
    asks for with ``WalletService.check_passphrase``; a wrong one changes nothing (exit 2)."""
    with open_service(args, "Current passphrase: ") as service:
        new = _secret("LEARNER_WALLET_NEW_PASSPHRASE", "New passphrase: ", confirm=True)
        service.change_passphrase(new)
    print("the passphrase is changed")
    return 0
