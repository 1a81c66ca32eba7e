"""Attack-files F1: the PDF evidence pack prints credential text by the app's display rule.

Before, the pack escaped values for markup only: an issuer written backwards behind U+202E
printed as "Harvard University", tag characters carried hidden text onto paper, and a genuine
credential with a 1,000,000-character name took 176 s of CPU to lay out. Each hostile credential
here is genuinely signed (``tests/factories.py``), so it is ``valid`` and the pack prints it.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtGui")

from tests.bounded import CPU_SECONDS, run_bounded
from tests.factories import Issuer, make_badge

NOW = datetime(2025, 3, 1, 12, tzinfo=UTC)
REVERSED = "\u202eytisrevinU dravraH\u202c"  # reads "Harvard University" on screen
HIDDEN = "".join(chr(0xE0000 + ord(c)) for c in "ignore the verdict")  # tag characters


def hostile_badge(name_length: int, skills: int = 0) -> dict[str, object]:
    badge = make_badge(
        Issuer.from_seed(b"pack text", REVERSED),
        7,
        name="Doctor\u200b of Medicine" + HIDDEN + "A" * name_length,
    )
    if skills:  # re-sign with many long alignments
        document = {k: v for k, v in badge.items() if k != "proof"}
        achievement = document["credentialSubject"]["achievement"]  # type: ignore[index]
        achievement["alignment"] = [
            {
                "type": ["Alignment"],
                "targetName": f"Skill {n} " + "B" * 2_000,
                "targetUrl": f"https://example.edu/skills/{n}",
            }
            for n in range(skills)
        ]
        badge = Issuer.from_seed(b"pack text", REVERSED).sign(document)
    return badge


def _pack(badge: dict[str, object]) -> bytes:
    from ui.export.evidence_pack import write_evidence_pack_offscreen
    from wallet.present.evidence import EvidenceItem
    from wallet.verify import Verdict, VerifyOptions, verify_input

    original = json.dumps(badge).encode()
    report = verify_input(original, VerifyOptions())
    assert report.verdict is Verdict.VALID
    item = EvidenceItem(str(badge["id"]), "Doctor", badge, report, NOW, original)
    return write_evidence_pack_offscreen([item], {"holder": "did:example:holder"})


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_the_pack_shows_bidi_and_hidden_characters_as_escapes(tmp_path: Path) -> None:
    (tmp_path / "pack.pdf").write_bytes(_pack(hostile_badge(10)))
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "pack.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "\u202e" not in text and "\\u202e" in text
    assert "\u200b" not in text and "\\u200b" in text
    assert not any(0xE0000 <= ord(c) <= 0xE0FFF for c in text)
    assert "\\U000e0069" in text  # the first hidden tag character, shown


def test_a_megabyte_name_and_hundreds_of_long_skills_print_within_the_budget() -> None:
    measured = run_bounded(
        """
        import json
        from tests.present.test_evidence_pack_text import _pack, hostile_badge
        badge = hostile_badge(1_000_000)
        many = hostile_badge(10, skills=800)
        def work():
            return [len(_pack(b)) for b in (badge, many)]
        """,
        timeout=300,
    )
    assert measured.cpu < CPU_SECONDS, measured  # the name alone took 176 s
    sizes = json.loads(measured.result)
    assert all(size < 5_000_000 for size in sizes)  # the attached original is most of it


def test_a_pack_lists_the_first_hundred_skills_and_says_how_many_more() -> None:
    from ui.export.evidence_html import pack_html
    from wallet.present.evidence import EvidenceItem
    from wallet.verify import VerifyOptions, verify_input

    badge = hostile_badge(0, skills=150)
    original = json.dumps(badge).encode()
    item = EvidenceItem("x", "x", badge, verify_input(original, VerifyOptions()), NOW, original)
    body = pack_html([item], "did:example:holder", NOW, 4.0).body
    assert "and 50 more" in body
    assert "B" * 700 not in body  # each line is cut (600 characters)
