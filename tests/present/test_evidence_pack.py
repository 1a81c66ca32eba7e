"""The PDF evidence pack, checked with real tools: poppler renders it, pypdf extracts the
attachments, and what comes out verifies."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtGui")

from pypdf import PdfReader

from ui.export.evidence_pack import evidence_pack_pdf
from wallet.demo import DemoIssuer
from wallet.present.evidence import EvidenceItem, credential_facts
from wallet.present.holder import HolderKey
from wallet.present.presentation import PresentationRequest, sign_presentation
from wallet.present.qr import choose_qr
from wallet.verify import Verdict, VerifyOptions, verify_input

NOW = datetime(2025, 3, 1, 12, tzinfo=UTC)


@pytest.fixture(scope="module")
def pack(qapp: object) -> tuple[bytes, list[EvidenceItem], dict[str, object]]:
    holder = HolderKey.generate(NOW)
    issuer = DemoIssuer()
    request = PresentationRequest(challenge="pack-challenge", domain="hr.example")
    credentials = [
        issuer.achievement_credential(
            "Data Analysis", subject_id=holder.did, skills=("SQL", "Statistics")
        ),
        issuer.achievement_credential(
            "Expired Course",
            subject_id=holder.did,
            suite="Ed25519Signature2020",
            valid_until=datetime(2024, 6, 1, tzinfo=UTC),
        ),
    ]
    items = []
    for credential in credentials:
        original = json.dumps(credential).encode()
        single = sign_presentation([credential], holder, request).document
        items.append(
            EvidenceItem(
                credential["id"],
                credential["name"],
                credential,
                verify_input(original, VerifyOptions()),
                NOW,
                original,
                None,
                choose_qr(single, [credential]),
            )
        )
    presentation = sign_presentation(credentials, holder, request).document
    return evidence_pack_pdf(items, presentation, made=NOW), items, presentation


def _text(reader: PdfReader, page: int) -> str:
    return " ".join(reader.pages[page].extract_text().split())


def test_facts_of_a_jwt_credential_fall_back_to_its_name() -> None:
    facts = credential_facts("eyJ.eyJ.sig", "Teamwork")
    assert facts.title == "Teamwork" and facts.skills == ()


def test_an_empty_pack_is_refused(qapp: object) -> None:
    with pytest.raises(ValueError, match="at least one"):
        evidence_pack_pdf([], {})


def test_pages_text_and_attachments(
    qapp: object, pack: tuple[bytes, list[EvidenceItem], dict[str, object]]
) -> None:
    pdf, items, presentation = pack
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1 + len(items)
    cover = _text(reader, 0)
    assert "Evidence pack" in cover and "Data Analysis" in cover and "Expired Course" in cover
    first = _text(reader, 1)
    assert "SQL" in first and "Statistics" in first and "Completed all required work" in first
    assert "2025-03-01 12:00:00 UTC" in first  # when the report was made
    assert "EXPIRED" in _text(reader, 2)
    attachments = reader.attachments
    assert sorted(attachments) == [
        "credential-01-data-analysis.json",
        "credential-02-expired-course.json",
        "presentation.json",
    ]
    assert attachments["credential-01-data-analysis.json"] == [items[0].original]
    report = verify_input(attachments["credential-01-data-analysis.json"][0], VerifyOptions())
    assert report.verdict is Verdict.VALID
    extracted = attachments["presentation.json"][0]
    assert json.loads(extracted) == presentation
    checked = verify_input(
        extracted, VerifyOptions(challenge="pack-challenge", domain="hr.example")
    )
    assert checked.kind == "presentation"
    assert [c.verdict for c in checked.credentials] == [Verdict.VALID, Verdict.EXPIRED]


def test_poppler_renders_every_page_and_the_qr_code_scans(
    qapp: object, pack: tuple[bytes, list[EvidenceItem], dict[str, object]], tmp_path: Path
) -> None:
    if shutil.which("pdftoppm") is None:
        pytest.skip("poppler-utils (pdftoppm) is not installed")
    pdf, items, _ = pack
    (tmp_path / "pack.pdf").write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-r", "150", "-png", str(tmp_path / "pack.pdf"), str(tmp_path / "page")],
        check=True,
        timeout=120,
    )
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) == 3
    zxingcpp = pytest.importorskip("zxingcpp")
    image = pytest.importorskip("PIL.Image")
    found = zxingcpp.read_barcodes(image.open(pages[1]))
    assert items[0].qr is not None and items[0].qr.code is not None
    assert [r.text for r in found] == [items[0].qr.code.text]
