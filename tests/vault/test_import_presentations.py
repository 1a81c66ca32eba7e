"""Importing a presentation imports the credentials inside it: each verified and de-duplicated
like any input, named "from a presentation"; the presentation and its holder proof are not kept.
Every container: a VP file, a vp+jwt, VP1- text, a QR image; and ``learner-wallet import``."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from tests.vault.conftest import PASS
from wallet.cli import main
from wallet.demo import DemoIssuer
from wallet.present.holder import HolderKey
from wallet.present.presentation import PresentationRequest, sign_presentation
from wallet.service import ImportItem, ImportStatus, WalletService
from wallet.verify import Verdict

NOW = datetime(2025, 3, 1, 12, tzinfo=UTC)
FROM = "from a presentation"
VC_V2 = "https://www.w3.org/ns/credentials/v2"


@pytest.fixture(scope="module")
def holder() -> HolderKey:
    return HolderKey.generate(NOW)


def _credential(holder: HolderKey, name: str) -> dict[str, Any]:
    return DemoIssuer().achievement_credential(name, subject_id=holder.did)


def _vp(holder: HolderKey, *credentials: Any) -> dict[str, Any]:
    request = PresentationRequest(challenge="c-1", domain="hr.example", clock=lambda: NOW)
    return sign_presentation(list(credentials), holder, request).document


def _json(value: Any) -> bytes:
    return json.dumps(value).encode()


def test_a_presentation_with_nothing_inside_is_rejected(service: WalletService) -> None:
    empty = {"@context": [VC_V2], "type": ["VerifiablePresentation"]}
    (outcome,) = service.import_many([ImportItem("empty.json", _json(empty))])
    assert outcome.status is ImportStatus.REJECTED and "no credentials" in outcome.reason
    assert service.list_credentials() == []


def test_each_credential_is_imported_and_deduplicated_in_input_order(
    service: WalletService, holder: HolderKey
) -> None:
    a, b, c = (_credential(holder, n) for n in ("Alpha", "Bravo", "Charlie"))
    first = service.import_bytes(_json(b), "b.json")
    seen: list[tuple[int, int]] = []
    outcomes = service.import_many(
        [ImportItem("a.json", _json(a)), ImportItem("vp.json", _json(_vp(holder, b, c)))],
        progress=lambda done, total: seen.append((done, total)),
    )
    assert [o.name for o in outcomes] == [
        "a.json",
        f"vp.json (credential 1 {FROM})",
        f"vp.json (credential 2 {FROM})",
    ]
    assert [o.status for o in outcomes] == [
        ImportStatus.IMPORTED,
        ImportStatus.ALREADY_THERE,
        ImportStatus.IMPORTED,
    ]
    assert outcomes[1].credential_id == first.credential_id
    assert seen[-1] == (2, 2)  # progress counts inputs, not credentials
    assert all(FROM in o.line() for o in outcomes[1:])
    stored = {s.name: s for s in service.list_credentials()}
    assert sorted(stored) == ["Alpha", "Bravo", "Charlie"]
    detail = service.get(stored["Charlie"].id)
    assert detail.report.kind == "credential" and detail.report.verdict is Verdict.VALID
    assert detail.document == c and b"VerifiablePresentation" not in detail.original


def test_a_tampered_credential_inside_is_kept_as_invalid(
    service: WalletService, holder: HolderKey
) -> None:
    good, bad = _credential(holder, "Good"), _credential(holder, "Forged")
    vp = _vp(holder, good, bad)
    vp["verifiableCredential"][1]["credentialSubject"]["achievement"]["name"] = "Forged Degree"
    outcomes = service.import_many([ImportItem("vp.json", _json(vp))])
    assert [o.verdict for o in outcomes] == [Verdict.VALID, Verdict.INVALID]


def test_vp_jwt_vp1_text_and_qr_image_each_give_the_credential(
    service: WalletService, holder: HolderKey
) -> None:
    from wallet.present.qr import choose_qr
    from wallet.present.vp_jwt import sign_vp_jwt
    from wallet.present.vpqr import vp1_payload

    cred = _credential(holder, "Delta")
    vp = _vp(holder, cred)
    request = PresentationRequest(challenge="c-2", clock=lambda: NOW)
    token = sign_vp_jwt([cred], holder, request).token
    code = choose_qr(vp, [cred]).code
    assert code is not None and code.kind == "vp1"
    outcomes = service.import_many(
        [
            ImportItem("vp.jwt", token.encode()),
            ImportItem("qr.txt", vp1_payload(vp).encode()),
            ImportItem("qr.png", code.png()),
        ]
    )
    assert [o.status for o in outcomes] == [
        ImportStatus.IMPORTED,
        ImportStatus.ALREADY_THERE,
        ImportStatus.ALREADY_THERE,
    ], [o.line() for o in outcomes]
    assert all(FROM in o.name for o in outcomes)
    assert [s.name for s in service.list_credentials()] == ["Delta"]


def test_cli_import_says_from_a_presentation(
    service: WalletService,
    holder: HolderKey,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = service.path
    service.close()
    vp_file = tmp_path / "vp.json"
    vp_file.write_bytes(_json(_vp(holder, _credential(holder, "Echo"))))
    monkeypatch.setenv("LEARNER_WALLET_PASSPHRASE", PASS)
    assert main(["--vault", str(path), "import", str(vp_file)]) == 0
    line = capsys.readouterr().out.strip()
    assert line.startswith(f"{vp_file} (credential 1 {FROM}): imported as ")
    assert line.endswith("(valid)")


def test_a_pdf_evidence_pack_imports_the_credentials_it_carries(
    service: WalletService, holder: HolderKey
) -> None:
    """An employer or a second device receives the PDF: its attached presentation is the data."""
    import io

    from pypdf import PdfWriter

    a, b = _credential(holder, "Pack one"), _credential(holder, "Pack two")
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    writer.add_attachment("presentation.json", _json(_vp(holder, a, b)))
    pdf = io.BytesIO()
    writer.write(pdf)
    outcomes = service.import_many([ImportItem("pack.pdf", pdf.getvalue())])
    assert [o.status for o in outcomes] == [ImportStatus.IMPORTED, ImportStatus.IMPORTED]
    assert all("from a presentation" in o.name for o in outcomes)
    names = sorted(s.name for s in service.list_credentials())
    assert names == ["Pack one", "Pack two"]
