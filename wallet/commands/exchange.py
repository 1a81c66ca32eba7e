"""``learner-wallet receive`` and ``learner-wallet respond`` (DESIGN.md, "Command line").

``receive OFFER [--tx-code CODE]``: an OpenID4VCI offer, a DCC request link or a VC-API
interaction / exchange URL. One line per credential received (as ``import`` prints them); exit
0 when all are valid, 1 when any is not, 2 when the exchange failed, with one line on standard
error naming the step and the reason, and nothing stored.

``respond REQUEST [ID...] [--yes] [--json]``: an ``openid4vp://`` request or a VC-API exchange
or interaction URL. Prints who asks, for what, and which stored credentials match (the ones
that would be sent are marked); only with ``--yes`` is anything sent: the matching credentials,
or the IDs given, in a presentation signed for the verifier's nonce or challenge and domain.
Exit 0 when the verifier accepted (or, without ``--yes``, when the request can be answered), 1
when it refused, 2 when the request could not be read or answered.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from wallet.commands.vault import open_service
from wallet.errors import ExchangeError
from wallet.exchange import Ask, Exchanges, Sent
from wallet.service import CredentialId
from wallet.wording import plain

__all__ = ["register"]

EXIT_OK, EXIT_NOT_VALID, EXIT_FAILED = 0, 1, 2


def register(commands: Any) -> None:
    receive = commands.add_parser(
        "receive",
        help="receive credentials from an issuer's offer or request link",
        description="Receive credentials: an openid-credential-offer:// offer, a DCC request "
        "link (dccrequest://, https://lcw.app/request) or a VC-API exchange URL. Every "
        "credential is verified and imported; nothing is stored when the exchange fails.",
    )
    receive.add_argument("offer", metavar="OFFER", help="the offer or request link")
    receive.add_argument(
        "--tx-code", metavar="CODE", help="the transaction code the offer asks for"
    )
    receive.set_defaults(handler=_receive)
    respond = commands.add_parser(
        "respond",
        help="answer a verifier's presentation request",
        description="Show who asks for what and which of your credentials match; with --yes, "
        "send them in a presentation signed for the verifier.",
    )
    respond.add_argument("request", metavar="REQUEST", help="openid4vp:// or a VC-API URL")
    respond.add_argument("ids", nargs="*", metavar="ID", help="send these credentials instead")
    respond.add_argument("--yes", action="store_true", help="send the answer")
    respond.add_argument("--json", action="store_true", help="print one JSON object")
    respond.set_defaults(handler=_respond)


def _failed(exc: ExchangeError) -> int:
    print(f"learner-wallet: failed while {exc.step}: {exc.reason}", file=sys.stderr)
    return EXIT_FAILED


def _receive(args: argparse.Namespace) -> int:
    with open_service(args) as service, Exchanges(service) as run:
        try:
            incoming = run.receiving.read(args.offer)
            result = run.receiving.receive(incoming, args.tx_code)
        except ExchangeError as exc:
            return _failed(exc)
    for outcome in result.outcomes:
        print(outcome.line(), flush=True)
    if result.redirect:
        print(
            f"learner-wallet: the issuer asks you to continue at {result.redirect}", file=sys.stderr
        )
    return EXIT_OK if result.all_valid else EXIT_NOT_VALID


def _respond(args: argparse.Namespace) -> int:
    with open_service(args) as service, Exchanges(service) as run:
        try:
            ask = run.responding.read(args.request)
            chosen = _chosen(ask, args.ids)
            sent = run.responding.send(ask, chosen) if args.yes and ask.answerable else None
        except ExchangeError as exc:
            return _failed(exc)
        holder = run.context.holder.did
    if args.json:
        print(json.dumps(_as_json(ask, chosen, holder, sent), ensure_ascii=False))
    else:
        print(_as_text(ask, chosen, holder, sent, asked_to_send=args.yes))
    if not ask.answerable:
        if not args.json:
            print(
                "learner-wallet: your wallet holds nothing that answers this request; "
                "nothing was sent",
                file=sys.stderr,
            )
        return EXIT_FAILED
    if sent is None:
        return EXIT_OK
    return EXIT_OK if sent.accepted else EXIT_NOT_VALID


def _chosen(ask: Ask, ids: list[str]) -> tuple[CredentialId, ...]:
    if not ids:
        return ask.preselected
    offered = {m.id for w in ask.wants for m in w.matches}
    for cid in ids:
        if cid not in offered:
            raise ExchangeError(
                "choosing what to send", f"{plain(cid, 80)} is not among the credentials that match"
            )
    return tuple(CredentialId(i) for i in ids)


def _as_text(
    ask: Ask, chosen: tuple[CredentialId, ...], holder: str, sent: Sent | None, asked_to_send: bool
) -> str:
    verifier = ask.verifier
    trust = (
        f"you trust it as {verifier.trusted}"
        if verifier.trusted
        else "not among the issuers you trust"
    )
    if verifier.registry:
        trust += f"; {verifier.registry}"
    lines = [
        f"who asks: {verifier.domain} ({ask.protocol}; client id {verifier.client_id}; "
        f"{verifier.authenticated}; {trust})",
        "asks for:",
    ]
    for want in ask.wants:
        need = "required" if want.required else "optional"
        lines.append(
            f"  - {want.words} ({need})" + (f": {plain(want.reason)}" if want.reason else "")
        )
        if not want.matches:
            lines.append("      nothing in your wallet matches")
        for match in want.matches:
            mark = "*" if match.id in chosen else " "
            lines.append(f"    {mark} {match.id}  {match.name} ({match.issuer}; {match.verdict})")
    if ask.did_auth:
        lines.append("  - proof that you control your holder DID")
    picked = [m for w in ask.wants for m in w.matches if m.id in chosen]
    names = ", ".join(dict.fromkeys(m.name for m in picked)) or "no credential"
    lines.append(
        f"will send: {names}, in a presentation signed by {holder} for "
        f"challenge {ask.challenge} and domain {ask.domain}"
    )
    if sent is not None:
        lines.append(("sent: " if sent.accepted else "refused: ") + sent.message)
        if sent.redirect:
            lines.append(f"continue at: {sent.redirect}")
    elif not asked_to_send and ask.answerable:
        lines.append("nothing was sent: run again with --yes to send it")
    return "\n".join(lines)


def _as_json(
    ask: Ask, chosen: tuple[CredentialId, ...], holder: str, sent: Sent | None
) -> dict[str, Any]:
    verifier = ask.verifier
    return {
        "protocol": ask.protocol,
        "verifier": {
            "domain": verifier.domain,
            "client_id": verifier.client_id,
            "authenticated": verifier.authenticated,
            "trusted": verifier.trusted,
            "registry": verifier.registry,
        },
        "asks": [
            {
                "id": w.key,
                "words": w.words,
                "reason": w.reason,
                "required": w.required,
                "matches": [
                    {
                        "id": m.id,
                        "name": m.name,
                        "issuer": m.issuer,
                        "verdict": m.verdict.value,
                        "selected": m.id in chosen,
                    }
                    for m in w.matches
                ],
            }
            for w in ask.wants
        ],
        "did_auth": ask.did_auth,
        "answerable": ask.answerable,
        "send": {
            "holder": holder,
            "challenge": ask.challenge,
            "domain": ask.domain,
            "credentials": list(chosen),
        },
        "sent": None
        if sent is None
        else {"accepted": sent.accepted, "message": sent.message, "redirect": sent.redirect},
    }
