"""``learner-wallet present`` and ``learner-wallet holder`` (DESIGN.md, "Command line").

``present ID... --out FILE`` signs a presentation of the chosen credentials with the holder key
and writes it as a presentation file (``vp``), a ``vp+jwt``, a QR payload (``qr-text``), a QR
image (``qr-png``) or a PDF evidence pack (``pdf``). Each credential is verified again first; one
whose verdict is not ``valid`` is refused, with the reason, unless ``--allow-invalid``.
Exit status: 0 written; 1 refused (a credential not valid, or no QR code fits); 2 usage errors.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from wallet.commands.inputs import counted
from wallet.commands.vault import open_service
from wallet.errors import WalletError
from wallet.present.holder import (
    HolderKey,
    HolderKeyring,
    ServiceKeySlot,
    ensure_holder,
    rotate_holder,
)
from wallet.present.presentation import (
    PresentationRequest,
    Purpose,
    default_purpose,
    sign_presentation,
)
from wallet.present.selection import Candidate, evidence_items, select_for_presentation
from wallet.service import WalletService
from wallet.vault.files import SHARED, write_atomically

__all__ = ["register"]

EXIT_WRITTEN, EXIT_REFUSED = 0, 1
FORMATS = ("vp", "vp-jwt", "qr-text", "qr-png", "pdf")


def register(commands: Any) -> None:
    present = commands.add_parser(
        "present",
        help="sign a presentation of chosen credentials for an employer",
        description="Sign a presentation of the chosen credentials with your holder key.",
    )
    present.add_argument("ids", nargs="+", metavar="ID", help="credential ids (see 'list')")
    present.add_argument("--challenge", help="the verifier's challenge (random when not given)")
    present.add_argument("--domain", help="the verifier's domain")
    present.add_argument("--format", choices=FORMATS, default="vp", help="what to write")
    present.add_argument(
        "--purpose",
        choices=[p.value for p in Purpose],
        default=None,
        help="proof purpose (default: authentication; for QR codes assertionMethod, which "
        "VerifierPlus and Learner Credential Wallet expect)",
    )
    present.add_argument("--out", metavar="FILE", required=True, help="where to write it")
    present.add_argument(
        "--allow-invalid", action="store_true", help="present credentials that are not valid"
    )
    present.set_defaults(handler=_present)
    holder = commands.add_parser(
        "holder", help="print your holder DID", description="Print your holder DID (did:key)."
    )
    holder.add_argument(
        "--new", action="store_true", help="make a new holder key (old ones are kept)"
    )
    holder.add_argument("--all", action="store_true", help="list every holder DID, oldest first")
    holder.set_defaults(handler=_holder)


def _now() -> datetime:
    return datetime.now(UTC)


def _holder(args: argparse.Namespace) -> int:
    with open_service(args) as service:
        slot = ServiceKeySlot(service)
        ring: HolderKeyring = (rotate_holder if args.new else ensure_holder)(slot, _now)
    for key in ring.keys if args.all else (ring.current,):
        print(f"{key.did}  (made {key.created:%Y-%m-%d})" if args.all else key.did)
    return 0


def _present(args: argparse.Namespace) -> int:
    purpose = (
        Purpose(args.purpose) if args.purpose else default_purpose(args.format.startswith("qr"))
    )
    request = PresentationRequest(
        challenge=args.challenge, domain=args.domain, purpose=purpose, clock=_now
    )
    out = Path(args.out)
    with open_service(args) as service:
        selection = select_for_presentation(service, args.ids, _now, place="vault")
        if selection.refusals and not args.allow_invalid:
            for refusal in selection.refusals:
                print(f"learner-wallet: refused: {refusal.line()}", file=sys.stderr)
            print("learner-wallet: use --allow-invalid to present it anyway", file=sys.stderr)
            return EXIT_REFUSED
        chosen = selection.presented(args.allow_invalid)
        holder = ensure_holder(ServiceKeySlot(service), _now).current
        documents = [c.document for c in chosen]
        details: dict[str, Any] = {"format": args.format, "holder": holder.did, "file": str(out)}
        if args.format == "vp-jwt":
            from wallet.present.vp_jwt import sign_vp_jwt

            jwt = sign_vp_jwt(documents, holder, request)
            _write(out, jwt.token.encode("ascii"))
            details.update(challenge=jwt.challenge, domain=jwt.domain, suite="vp+jwt EdDSA")
        else:
            signed = sign_presentation(documents, holder, request)
            details.update(
                challenge=signed.challenge,
                domain=signed.domain,
                suite=signed.suite,
                purpose=signed.purpose.value,
            )
            if args.format == "pdf":
                _write(out, _evidence_pack(service, chosen, signed.document, holder, request))
                status = EXIT_WRITTEN
            else:
                status = _write_format(args.format, out, signed.document, chosen, details)
            if status != EXIT_WRITTEN:
                return status
        service.record_share([c.id for c in chosen], details)
    print(
        f"wrote {out}: {counted(len(chosen), 'credential')} presented by {holder.did} "
        f"({details['suite']}, challenge {details['challenge']}"
        + (f", domain {details['domain']}" if details.get("domain") else "")
        + ")"
    )
    return EXIT_WRITTEN


def _write_format(
    fmt: str,
    out: Path,
    presentation: dict[str, Any],
    chosen: Sequence[Candidate],
    details: dict[str, Any],
) -> int:
    if fmt == "vp":
        _write(out, json.dumps(presentation, indent=2, ensure_ascii=False).encode("utf-8") + b"\n")
        return EXIT_WRITTEN
    if fmt in ("qr-text", "qr-png"):
        from wallet.present.qr import choose_qr

        choice = choose_qr(presentation, [c.document for c in chosen])
        if choice.code is None:
            # The core's sentence names no flags (the app shows it too); the command line does.
            hint = " (--format vp or --format pdf)"
            print(f"learner-wallet: {choice.message}{hint}", file=sys.stderr)
            return EXIT_REFUSED
        print(choice.message, file=sys.stderr)
        data = choice.code.text.encode("ascii") + b"\n" if fmt == "qr-text" else choice.code.png()
        _write(out, data)
        details.update(qr=choice.code.kind, qr_version=choice.code.version)
        return EXIT_WRITTEN
    raise WalletError(f"unknown format {fmt}")


def _evidence_pack(
    service: WalletService,
    chosen: Sequence[Candidate],
    presentation: dict[str, Any],
    holder: HolderKey,
    request: PresentationRequest,
) -> bytes:
    """The PDF evidence pack (rendered with the desktop app's Qt, offscreen)."""
    items = evidence_items(service, chosen, holder, request)
    try:
        from ui.export.evidence_pack import write_evidence_pack_offscreen
    except ImportError as exc:
        raise WalletError(f"the PDF evidence pack needs the desktop app's Qt: {exc}") from None
    return write_evidence_pack_offscreen(items, presentation)


def _write(out: Path, data: bytes) -> None:
    try:
        # Never through a planted symlink; readable by others: it is made to be handed on.
        write_atomically(out, data, mode=SHARED)
    except OSError as exc:
        raise WalletError(f"cannot write {out}: {exc.strerror or exc}") from None
