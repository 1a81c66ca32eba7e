"""Issue 5: presenting. Targets: signing a presentation < 20 ms per credential; a VP1- payload
< 50 ms; a PDF evidence pack of 10 credentials < 2 s (everything the 'pdf' format does after the
credentials are chosen: per-credential QR presentations, layout, attachments)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from benchmarks.timing import median_ms, report
from wallet.demo import DemoIssuer
from wallet.present.evidence import EvidenceItem
from wallet.present.holder import HolderKey
from wallet.present.presentation import PresentationRequest, sign_presentation
from wallet.present.qr import choose_qr
from wallet.present.vpqr import vp1_payload
from wallet.verify import VerifyOptions, verify_input


def main(argv: list[str]) -> None:
    quick = "--quick" in argv
    runs = 20 if quick else 100
    holder = HolderKey.generate(datetime.now(UTC))
    issuer = DemoIssuer()
    request = PresentationRequest(challenge="bench", domain="employer.example")
    for suite in ("eddsa-rdfc-2022", "Ed25519Signature2020"):
        for count in (1, 5):
            credentials = [
                issuer.achievement_credential(f"Badge {i}", suite=suite, subject_id=holder.did)
                for i in range(count)
            ]
            value = median_ms(
                lambda c=credentials: sign_presentation(c, holder, request), runs=runs
            )
            report(
                f"sign presentation, {count} credential(s), {suite}, per credential",
                value / count,
                20,
            )
    one = sign_presentation([issuer.achievement_credential("Teamwork")], holder, request).document
    report("encode VP1- payload, 1 credential", median_ms(lambda: vp1_payload(one), runs=runs), 50)
    report(
        "VP1- QR code (payload + version/level + modules)",
        median_ms(lambda: choose_qr(one, [one]), warmup=2, runs=5 if quick else 20),
    )
    _pdf(holder, issuer, request, 3 if quick else 7)


def _pdf(holder: HolderKey, issuer: DemoIssuer, request: PresentationRequest, runs: int) -> None:
    from PySide6.QtGui import QGuiApplication

    from ui.export.evidence_pack import evidence_pack_pdf

    app = QGuiApplication.instance() or QGuiApplication(["bench", "-platform", "offscreen"])
    credentials = [
        issuer.achievement_credential(f"Skill {i}", subject_id=holder.did, skills=("SQL", "R"))
        for i in range(10)
    ]
    originals = [json.dumps(c).encode() for c in credentials]
    reports = [verify_input(o, VerifyOptions()) for o in originals]

    def pack() -> bytes:
        items = [
            EvidenceItem(
                c["id"],
                c["name"],
                c,
                r,
                datetime.now(UTC),
                o,
                None,
                choose_qr(sign_presentation([c], holder, request).document, [c]),
            )
            for c, r, o in zip(credentials, reports, originals, strict=True)
        ]
        return evidence_pack_pdf(items, sign_presentation(credentials, holder, request).document)

    value = median_ms(pack, warmup=1, runs=runs)
    report("PDF evidence pack, 10 credentials", value, 2000)
    del app
