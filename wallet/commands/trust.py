"""``learner-wallet [--vault PATH] trust list | add ISSUER_ID [--name N] | remove ISSUER_ID``.

The issuers the learner trusts, kept encrypted in the vault. Adding or removing one re-verifies
the stored credentials so their ``trust`` rows say so at once. Trust shows only where the issuer
check passed (the issuer provably controls the signing key) and never changes a verdict. For an
employer's one-off list, ``learner-wallet verify --trust ISSUER_ID`` needs no vault.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from wallet.commands.vault import open_service
from wallet.errors import WalletError

__all__ = ["register"]


def register(commands: Any) -> None:
    parser = commands.add_parser("trust", help="list, add or remove issuers you trust")
    actions = parser.add_subparsers(dest="trust_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="the issuers you trust")
    listing.add_argument("--json", action="store_true", help="one JSON object per issuer per line")
    listing.set_defaults(handler=_list)
    add = actions.add_parser("add", help="trust an issuer and re-check your credentials")
    add.add_argument("issuer", metavar="ISSUER_ID", help="the issuer's id, e.g. its did:key")
    add.add_argument(
        "--name", default="", help="a name to show (default: the name its credentials give)"
    )
    add.set_defaults(handler=_add)
    remove = actions.add_parser("remove", help="stop trusting an issuer")
    remove.add_argument("issuer", metavar="ISSUER_ID")
    remove.set_defaults(handler=_remove)
    for sub in (listing, add, remove):
        # `trust add --vault v.vault ID` as well as `--vault v.vault trust add ID`.
        sub.add_argument(
            "--vault", metavar="PATH", default=argparse.SUPPRESS, help=argparse.SUPPRESS
        )


def _list(args: argparse.Namespace) -> int:
    with open_service(args) as service:
        trusted = service.trusted_issuers()
    for t in trusted:
        if args.json:
            row = {"id": t.id, "name": t.name, "since": t.since.isoformat()}
            print(json.dumps(row, ensure_ascii=False))
        else:
            print(f"{t.id}  {t.name}  (since {t.since.date().isoformat()})")
    if not trusted and not args.json:
        print("you trust no issuers yet: add one with 'learner-wallet trust add ISSUER_ID'")
    return 0


def _add(args: argparse.Namespace) -> int:
    if not args.issuer.strip():
        raise WalletError("an issuer id is needed")
    with open_service(args) as service:
        trusted = service.trust_issuer(args.issuer, args.name)
    print(trusted.message())
    return 0


def _remove(args: argparse.Namespace) -> int:
    with open_service(args) as service:
        if not service.distrust_issuer(args.issuer):
            raise WalletError(f"{args.issuer} is not among the issuers you trust")
    print(f"you no longer trust the issuer {args.issuer}")
    return 0
