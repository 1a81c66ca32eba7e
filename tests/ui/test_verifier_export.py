"""What verifier mode exports (issue 14, Export): for each way a learner can hand a presentation
over (a JSON-LD VP, a VP-JWT, a QR code image, a PDF evidence pack) the JSON and the PDF the
employer saves say the same as the screen: the outcome, the challenge and domain answered, each
credential's verdict. The JSON is parsed, the PDF's text extracted with pypdf and its pages
drawn with poppler when it is installed."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import unicodedata
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from ui.export.evidence_pack import evidence_pack_pdf
from ui.verifier.window import VerifierWindow
from wallet.demo import DemoIssuer
from wallet.present.evidence import EvidenceItem
from wallet.present.holder import HolderKey
from wallet.present.presentation import PresentationRequest, Purpose, sign_presentation
from wallet.present.qr import choose_qr
from wallet.present.vp_jwt import sign_vp_jwt
from wallet.verify import VerifyOptions, verify_input

TIMEOUT = 60_000
NOW = datetime.now(UTC).replace(microsecond=0)


def _inputs(holder: HolderKey, challenge: str, domain: str) -> dict[str, bytes]:
    """The four forms of one presentation of one credential, signed for ``challenge``."""
    credential = DemoIssuer().achievement_credential(
        "Forklift Safety", subject_id=holder.did, skills=("Safety",)
    )
    request = PresentationRequest(
        challenge=challenge, domain=domain, purpose=Purpose.AUTHENTICATION, clock=lambda: NOW
    )
    presentation = sign_presentation([credential], holder, request).document
    code = choose_qr(presentation, [credential]).code
    assert code is not None and code.kind == "vp1"
    original = json.dumps(credential).encode()
    item = EvidenceItem(
        credential["id"],
        "Forklift Safety",
        credential,
        verify_input(original, VerifyOptions()),
        NOW,
        original,
    )
    return {
        "vp": json.dumps(presentation).encode(),
        "vp-jwt": sign_vp_jwt([credential], holder, request).token.encode(),
        "qr-png": code.png(),
        "pdf": evidence_pack_pdf([item], presentation, made=NOW),
    }


def _export(qtbot, verifier: VerifierWindow, kind: str, target: Path) -> None:
    verifier.ask_save = lambda _kind, _name: target
    button = verifier.export_pdf if kind == "pdf" else verifier.export_json
    assert button.isEnabled()
    button.click()
    qtbot.waitUntil(lambda: verifier.status.text() == f"Saved {target.name}.", timeout=TIMEOUT)


@pytest.mark.parametrize("form", ["vp", "vp-jwt", "qr-png", "pdf"])
def test_the_json_and_pdf_exported_say_what_the_screen_says(qtbot, tmp_path, form) -> None:
    verifier = VerifierWindow(clock=lambda: NOW)
    qtbot.addWidget(verifier)
    verifier.domain.setText("hr.example")
    verifier.new_challenge()
    issued = verifier.challenge
    assert issued is not None
    data = _inputs(HolderKey.generate(NOW), issued.challenge, "hr.example")[form]
    before = verifier.checks_made
    verifier.check_bytes(data, form)
    qtbot.waitUntil(lambda: verifier.checks_made > before, timeout=TIMEOUT)
    assert not verifier.error, verifier.error
    _export(qtbot, verifier, "json", tmp_path / "finding.json")
    _export(qtbot, verifier, "pdf", tmp_path / "finding.pdf")

    exported = json.loads((tmp_path / "finding.json").read_text("utf-8"))
    assert exported["outcome"] == "accept", exported["presentation"]
    assert (
        exported["input"]["container"]
        == {
            "vp": "JSON",
            "vp-jwt": "JWT",
            "qr-png": "QR",
            "pdf": "PDF",
        }[form]
    )
    assert exported["challenge"]["challenge"] == issued.challenge
    assert exported["challenge"]["domain"] == "hr.example"
    presentation = exported["presentation"]
    assert (presentation["challenge"], presentation["domain"]) == ("pass", "pass")
    assert presentation["holder"]["status"] == "pass"
    assert presentation["freshness"]["status"] == "pass"
    assert [s["is_holder"] for s in presentation["subjects"]] == [True]
    assert [(c["name"], c["verdict"]) for c in exported["credentials"]] == [
        ("Forklift Safety", "valid")
    ]
    assert exported["report"]["kind"] == "presentation"
    assert exported["report"]["verdict"] == "valid"
    assert (exported["note"] is not None) == (form == "pdf")  # printed pages are not evidence

    pdf = (tmp_path / "finding.pdf").read_bytes()
    reader = PdfReader(io.BytesIO(pdf))
    pages = " ".join(page.extract_text() for page in reader.pages)
    text = " ".join(unicodedata.normalize("NFKC", pages).split())  # the font's "ﬁ" ligature
    assert text.startswith("Verification report")
    assert issued.challenge in text and "domain hr.example" in text
    assert "challenge pass" in text and "domain pass" in text
    assert "after the challenge was issued" in text
    assert "Forklift Safety — valid" in text
    assert ("not evidence" in text) == (form == "pdf")
    if shutil.which("pdftoppm") is not None:
        subprocess.run(
            ["pdftoppm", "-r", "30", "-png", str(tmp_path / "finding.pdf"), str(tmp_path / "p")],
            check=True,
        )
        assert sorted(tmp_path.glob("p*.png")), "poppler drew no page"
