"""The PDF evidence pack, checked with real tools: poppler renders it, pypdf extracts the
attachments, and what comes out verifies."""

from __future__ import annotations

import io
import json
import re
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
from wallet.verify.view import EMPTY_VIEW

NOW = datetime(2025, 3, 1, 12, tzinfo=UTC)


@pytest.fixture(scope="module")
def pack(qapp: object) -> tuple[bytes, list[EvidenceItem], dict[str, object]]:
    holder = HolderKey.generate(NOW)
    issuer = DemoIssuer()
    request = PresentationRequest(challenge="pack-challenge", domain="hr.example")
    credentials = [
        issuer.achievement_credential(
            "Data Analysis",
            subject_id=holder.did,
            skills=("SQL", "Statistics"),
            description="Cleaned, analysed and charted real data sets with SQL and Python in a "
            "twelve-week course with weekly assessed exercises and a final project.",
        ),
        issuer.achievement_credential(
            "Expired Course",
            subject_id=holder.did,
            suite="Ed25519Signature2020",
            valid_until=datetime(2024, 6, 1, tzinfo=UTC),
        ),
    ]
    items = []
    for n, credential in enumerate(credentials):
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
                _red_png() if n == 0 else None,
                choose_qr(single, [credential]),
            )
        )
    presentation = sign_presentation(credentials, holder, request).document
    return evidence_pack_pdf(items, presentation, made=NOW), items, presentation


def _red_png() -> bytes:
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(64, 64, QImage.Format.Format_RGB32)
    image.fill(QColor(255, 0, 0))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def _is_red(pixel: tuple[int, int, int]) -> bool:
    red, green, blue = pixel
    return red > 200 and green < 60 and blue < 60


def _text(reader: PdfReader, page: int) -> str:
    return " ".join(reader.pages[page].extract_text().split())


def test_facts_of_a_jwt_credential_fall_back_to_its_name() -> None:
    facts = credential_facts(EMPTY_VIEW, "Teamwork")
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
    # did:key identifiers are elided on the page (a cell would wrap them letter by letter) and
    # kept whole in the attached files
    issuer = items[0].document["issuer"]["id"]
    assert issuer not in first and f"{issuer[:16]}…{issuer[-8:]}" in first
    attachments = reader.attachments
    assert sorted(attachments) == [
        "credential-01-data-analysis.json",
        "credential-02-expired-course.json",
        "presentation.json",
    ]
    assert attachments["credential-01-data-analysis.json"] == [items[0].original]
    assert issuer.encode() in attachments["credential-01-data-analysis.json"][0]
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
    page = image.open(pages[1]).convert("RGB")
    found = zxingcpp.read_barcodes(page)
    code = items[0].qr.code if items[0].qr is not None else None
    assert code is not None and code.version >= 25  # a realistic, dense VP1- code
    assert [r.text for r in found] == [code.text]
    # printed size: the symbol's corners (quiet zone excluded) in 150 dpi pixels → mm a module
    corners = found[0].position
    width_px = corners.top_right.x - corners.top_left.x
    assert width_px / code.size * 25.4 / 150 >= 0.5


def test_the_badge_image_sits_clear_of_the_text(
    qapp: object, pack: tuple[bytes, list[EvidenceItem], dict[str, object]], tmp_path: Path
) -> None:
    """The red badge on page 2 touches no word (pdftotext's word boxes, in points)."""
    if shutil.which("pdftoppm") is None or shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils (pdftoppm, pdftotext) is not installed")
    image = pytest.importorskip("PIL.Image")
    pdf = tmp_path / "pack.pdf"
    pdf.write_bytes(pack[0])
    subprocess.run(
        ["pdftoppm", "-r", "150", "-f", "2", "-l", "2", "-png", str(pdf), str(tmp_path / "p")],
        check=True,
        timeout=120,
    )
    page = image.open(next(tmp_path.glob("p*.png"))).convert("RGB")
    red = [
        (x, y)
        for y in range(0, page.height, 2)
        for x in range(0, page.width, 2)
        if _is_red(page.getpixel((x, y)))
    ]
    assert red, "the badge image is not on the page"
    left, top = min(x for x, _ in red), min(y for _, y in red)
    right, bottom = max(x for x, _ in red), max(y for _, y in red)
    html = subprocess.run(
        ["pdftotext", "-bbox", "-f", "2", "-l", "2", str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout
    scale = 150 / 72
    words = list(
        re.finditer(
            r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<', html
        )
    )
    assert len(words) > 50
    for word in words:
        x0, y0, x1, y1 = (float(v) * scale for v in word.groups()[:4])
        overlaps = x0 < right and x1 > left and y0 < bottom and y1 > top
        assert not overlaps, f"{word.group(5)!r} overlaps the badge image"
