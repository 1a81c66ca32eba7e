"""``learner-wallet verify``: verify files or standard input (DESIGN.md contract).

The network is used unless ``--offline`` (DESIGN "Network"): did:web and https keys, status
lists, issuer registries and Open Badges 2.0 documents are fetched through one
:class:`~wallet.verify.online.OnlineChecks` for the whole run (each URL once), kept in the user
cache folder; ``--offline`` reads only copies kept there, saying when they were fetched.

``--json`` prints one object per input per line, with ``"fetched": [{"url", "at", "cached"}]``
for the documents that input relied on; otherwise a short report per input, ending with where
its fetched documents came from. Exit status: 0 when every input (and every credential inside a
presentation) is valid, 1 when any is not, 2 when an input cannot be read (one line on standard
error per unreadable input).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import traceback
from datetime import datetime
from pathlib import Path
from typing import Any

from wallet.commands.inputs import Read, read_all, reason
from wallet.errors import InputError, WalletError
from wallet.formats.jsontext import parse_json
from wallet.formats.sniff import read_input
from wallet.net.fetcher import FetchRecord, iso
from wallet.trust.known import KnownRegistry, read_known_registries
from wallet.verify import Report, Status, Verdict, VerifyOptions
from wallet.verify.dates import parse_datetime
from wallet.verify.dispatch import verify_unpacked
from wallet.verify.online import OnlineChecks
from wallet.verify.openbadges import ENDORSEMENT_LABEL
from wallet.wording import plain

__all__ = ["about_line", "fetched_lines", "register", "render_text"]

EXIT_VALID, EXIT_NOT_VALID, EXIT_UNREADABLE = 0, 1, 2


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "verify",
        help="check that credentials and presentations are genuine",
        description="Verify credentials and presentations. Keys on the web (did:web, https), "
        "status lists, issuer registries and Open Badges 2.0 documents are fetched over https "
        "unless --offline.",
    )
    parser.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="a file, a folder (every file in it, recursively), or - for standard input",
    )
    parser.add_argument("--json", action="store_true", help="one JSON object per input per line")
    parser.add_argument("--challenge", help="the challenge a presentation's proof must carry")
    parser.add_argument("--domain", help="the domain a presentation's proof must carry")
    parser.add_argument(
        "--offline",
        action="store_true",
        help="never use the network: only copies fetched before (their date is said)",
    )
    parser.add_argument("--now", metavar="ISO8601", help="verify as of this date-time")
    parser.add_argument(
        "--trust",
        action="append",
        default=[],
        metavar="ISSUER_ID",
        help="an issuer id you trust (repeat for more); shown only where the issuer's key is "
        "confirmed, and never changes a verdict",
    )
    parser.add_argument(
        "--registries",
        metavar="FILE",
        help="the issuer registries to ask, as a DCC known-registries JSON list ([] for none); "
        "default: DCC's list, shipped with the wallet",
    )
    parser.set_defaults(handler=run)


def _registries(name: str | None) -> list[KnownRegistry] | None:
    if name is None:
        return None
    try:
        return read_known_registries(parse_json(Path(name).read_bytes()))
    except OSError as exc:
        raise WalletError(f"--registries {name}: {reason(exc)}") from None
    except InputError as exc:
        raise WalletError(f"--registries {name}: {exc}") from None


def run(args: argparse.Namespace) -> int:
    now: datetime | None = None
    if args.now is not None:
        now = parse_datetime(args.now)
        if now is None:
            raise WalletError(f"--now {args.now!r} is not an ISO 8601 date-time")
    options = VerifyOptions(
        now=now,
        challenge=args.challenge,
        domain=args.domain,
        trusted_issuers=frozenset(args.trust),
    )
    worst = EXIT_VALID
    registries = _registries(args.registries)
    # One network for the whole run: each URL is fetched once, whatever the inputs share.
    online = OnlineChecks.for_run(offline=args.offline, registries=registries)
    try:
        for given in read_all(args.inputs):
            worst = max(worst, _verify_one(given, args.json, online.for_input(), options))
    finally:
        online.close()
    return worst


def _verify_one(given: Read, as_json: bool, online: OnlineChecks, options: VerifyOptions) -> int:
    """Verify one input with this input's view of the run's network; its exit status."""
    name = given.name
    try:
        if given.problem:
            raise InputError(given.problem)
        started = time.perf_counter()
        unpacked = read_input(given.data)
        report = verify_unpacked(unpacked, online.apply_to(options))
        elapsed_ms = (time.perf_counter() - started) * 1000
    except InputError as exc:
        print(f"learner-wallet: {name}: {reason(exc)}", file=sys.stderr)
        return EXIT_UNREADABLE
    except Exception as exc:  # a bug on one input must not stop the others (issue 9)
        if os.environ.get("LEARNER_WALLET_DEBUG"):
            traceback.print_exc()
        print(
            f"learner-wallet: {name}: unexpected error ({type(exc).__name__}); the other "
            "inputs are still checked. Please report it.",
            file=sys.stderr,
        )
        return EXIT_UNREADABLE
    fetched = online.fetched()
    if as_json:
        line = {
            "input": name,
            **report.to_json(),
            "fetched": [r.to_json() for r in fetched],
            "ms": round(elapsed_ms, 3),
        }
        print(json.dumps(line, ensure_ascii=False), flush=True)
    else:
        text = render_text(name, report, found=unpacked.found)
        print("\n".join([text, *fetched_lines(fetched)]), flush=True)
    return EXIT_VALID if _all_valid(report) else EXIT_NOT_VALID


def fetched_lines(fetched: tuple[FetchRecord, ...], indent: str = "  ") -> list[str]:
    """Where the documents a report relied on came from, one line each (text output)."""
    if not fetched:
        return []
    lines = [f"{indent}fetched:"]
    for record in fetched:
        how = "a copy kept from" if record.cached else "fetched at"
        lines.append(f"{indent}  {plain(record.url)} ({how} {iso(record.at)})")
    return lines


def _all_valid(report: Report) -> bool:
    """Valid, and so is every credential inside it that the input vouches for.

    A presentation's credentials and a CLR's achievement credentials are what the input shares,
    so each must be valid too. Endorsements are third parties' opinions of the credential: they
    are reported, but a stale endorsement does not make the credential itself not valid.
    """
    if report.verdict is not Verdict.VALID:
        return False
    return all(
        _all_valid(inner)
        for inner in report.credentials
        if not inner.label.startswith(ENDORSEMENT_LABEL)
    )


_MARKS = {Status.PASS: "ok", Status.FAIL: "FAIL", Status.WARN: "warn", Status.SKIP: "-"}


def _party(value: Any) -> str:
    if not isinstance(value, dict):
        return ""
    name, ident = value.get("name"), value.get("id")
    if name and ident and name != ident:
        return f"{plain(str(name))} ({plain(str(ident))})"
    return plain(str(name or ident or ""))


def about_line(report: Report) -> str:
    """What the signed data says the report is about, in one line ("" when it says nothing)."""
    about = report.about
    if not about:
        return ""
    parts = []
    if report.kind == "presentation":
        holder = _party(about.get("subject"))
        return f"presented by {holder}" if holder else ""
    name = about.get("name")
    parts.append(f"“{plain(str(name))}”" if name else "a credential with no name")
    issuer = _party(about.get("issuer"))
    if issuer:
        parts.append(f"from {issuer}")
    subject = _party(about.get("subject"))
    if subject:
        parts.append(f"to {subject}")
    text = " ".join(parts)
    if about.get("issued"):
        text += f", issued {plain(str(about['issued']))}"
    text += f", expires {plain(str(about['expires']))}" if about.get("expires") else ", no expiry"
    return text


def render_text(name: str, report: Report, indent: str = "", found: str = "") -> str:
    """A short report a person reads: the verdict, what the input held, what the signed data
    says it is about, and one line per check."""
    title = f"{name}: " if name else ""
    lines = [f"{indent}{title}{report.verdict.value.upper()} ({report.kind})"]
    if found:
        lines.append(f"{indent}  found: {found}")
    about = about_line(report)
    if about:
        lines.append(f"{indent}  about: {about}")
    for check in report.checks:
        lines.append(f"{indent}  {_MARKS[check.status]:>4}  {check.id:<9} {check.message}")
    for inner in report.credentials:
        lines.append(render_text(inner.label, inner, indent + "    "))
    return "\n".join(lines)
