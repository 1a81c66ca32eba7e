"""Issue 11, "Forged parts": a valid CLR holding a forged achievement says so next to each part,
on its card and row, on its page, in the PDF evidence pack and in ``list --json``."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import PASSPHRASE
from tests.ui.library_samples import FORGED_NAME, clr_with_a_forged_achievement
from ui.common.verdicts import parts_caveat
from ui.credential.page import CredentialPage
from ui.export.evidence_html import pack_html
from ui.library.model import SHOWN_ROLE
from wallet.cli import main
from wallet.present.evidence import EvidenceItem
from wallet.service import WalletService
from wallet.vault.kdf import TEST_COST
from wallet.verify import Verdict, verify_document
from wallet.verify.parts import PartTally, parts_sentence, tally_parts

TIMEOUT = 60_000
CAVEAT = "1 of 4 achievements is not genuine"


def test_the_tally_counts_each_kind_and_the_sentence_names_the_worst() -> None:
    report = verify_document(clr_with_a_forged_achievement())
    assert report.verdict is Verdict.VALID  # the outer signature holds...
    assert tally_parts(report) == (PartTally("achievement", 4, 1, 1, 0),)  # ...one part not
    assert parts_sentence(report.verdict, tally_parts(report)) == f"valid, but {CAVEAT}"
    assert parts_caveat(tally_parts(report)) == CAVEAT
    assert parts_caveat([PartTally("endorsement", 2, 2, 0, 2)]) == (
        "2 of 2 endorsements could not be checked"
    )
    assert parts_sentence(Verdict.VALID, [PartTally("achievement", 3, 0, 0, 0)]) == ""


@pytest.mark.parametrize(
    ("tally", "said"),
    [
        (PartTally("achievement", 4, 1, 1, 0), "1 of 4 achievements is not genuine"),
        (PartTally("achievement", 4, 2, 2, 0), "2 of 4 achievements are not genuine"),
        (PartTally("endorsement", 3, 1, 0, 1), "1 of 3 endorsements could not be checked"),
        (PartTally("endorsement", 4, 4, 0, 4), "4 of 4 endorsements could not be checked"),
        (PartTally("credential", 1, 1, 0, 0), "1 of 1 credential is not valid now"),
        (PartTally("credential", 5, 3, 0, 1), "3 of 5 credentials are not valid now"),
    ],
)
def test_the_parts_sentence_agrees_with_each_problem_singular_and_plural(tally, said) -> None:
    # "4 of 4 endorsements are could not be checked" was printed by list and show (audit 13-16).
    assert parts_sentence("unverifiable", [tally]) == f"unverifiable, but {said}"
    two = parts_sentence(Verdict.VALID, [tally, PartTally("achievement", 2, 2, 2, 0)])
    assert two == f"valid, but {said} and 2 of 2 achievements are not genuine"


def test_each_part_on_the_page_carries_its_own_verdict(qtbot) -> None:
    page = CredentialPage()
    qtbot.addWidget(page)
    document = clr_with_a_forged_achievement()
    page.show_document(document, verify_document(document))
    assert page.chip.text() == "Valid"
    assert page.caveat.isVisibleTo(page) and CAVEAT in page.caveat.text()
    assert page.why_button.isVisibleTo(page)
    nodes = {n.name: n.verdict for n in page.shown.nested}
    assert nodes[FORGED_NAME] == "invalid" and nodes["Course 1"] == "valid"
    # In the details, the forged degree sits right after its own "Invalid" chip.
    text = page.details.toPlainText()
    assert f"Invalid {FORGED_NAME}" in " ".join(text.split())
    assert "Valid Course 1" in " ".join(text.split())
    page.why_button.click()
    assert page.tabs.currentIndex() == 1  # "see the Verification tab" goes there


def test_the_card_and_the_row_say_valid_but_and_so_does_the_pdf(window, qtbot, tmp_path) -> None:
    window.imports.show_report = False
    window.start_page.create_wallet(PASSPHRASE)
    qtbot.waitUntil(lambda: window.state.is_unlocked, timeout=TIMEOUT)
    path = tmp_path / "transcript.json"
    path.write_text(json.dumps(clr_with_a_forged_achievement()))
    with qtbot.waitSignal(window.imports.finished, timeout=TIMEOUT):
        window.imports.import_paths([path])
    qtbot.waitUntil(lambda: window.state.library.total() == 1, timeout=TIMEOUT)
    model = window.state.library
    index = model.index(0)
    assert model.data(index, SHOWN_ROLE).caveat == CAVEAT
    assert CAVEAT in model.data(index, Qt.ItemDataRole.AccessibleTextRole)
    summary = model.summaries()[0]
    assert summary.verdict is Verdict.VALID
    # Search finds the CLR by the names of what it holds.
    assert window.state.service.search("harvard medical")[0].id == summary.id

    detail = window.state.service.get(summary.id)
    item = EvidenceItem(
        str(summary.id), summary.name, detail.document, detail.report, datetime.now(UTC)
    )
    body = pack_html([item], "did:example:learner", datetime.now(UTC), 4.0).body
    assert CAVEAT in body
    assert f"INVALID</b> achievement credential 2: {FORGED_NAME}" in body


@pytest.fixture
def vault(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("LEARNER_WALLET_PASSPHRASE", PASSPHRASE)
    path = tmp_path / "w.vault"
    with WalletService.create(path, PASSPHRASE, kdf_cost=TEST_COST) as service:
        service.import_bytes(json.dumps(clr_with_a_forged_achievement()).encode())
    return path


def test_list_json_and_list_say_how_the_parts_fared(vault: Path, capsys) -> None:
    assert main(["--vault", str(vault), "list", "--json"]) == 0
    row = json.loads(capsys.readouterr().out)
    assert row["verdict"] == "valid"
    assert row["parts"] == [
        {"kind": "achievement", "total": 4, "notValid": 1, "notGenuine": 1, "unchecked": 0}
    ]
    assert row["partsNote"] == f"valid, but {CAVEAT}"
    assert main(["--vault", str(vault), "list"]) == 0
    line = capsys.readouterr().out.strip()
    assert line.endswith(f"[valid, but {CAVEAT}]") and "Untitled" not in line
