"""The new user's findings left open by the newuser branch (/work/notes/newuser-findings.md,
items 8-11 and the Spanish dates): each test fails on the code before its fix."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import QLabel

from tests.factories import Issuer, make_badge
from tests.ui.conftest import open_with_samples
from tests.ui.library_samples import clr_with_a_forged_achievement
from ui.common.dates import local_time
from ui.common.display import tip_text
from ui.common.verdicts import UNSIGNED_NOTE
from ui.credential.page import DETAILS_TAB, VERIFICATION_TAB, CredentialPage
from ui.export.evidence_html import pack_html
from ui.review.desk_page import card_line
from ui.review.report_pdf import report_html
from ui.verifier.window import VerifierWindow
from wallet.demo import DemoIssuer
from wallet.present.evidence import EvidenceItem
from wallet.present.holder import HolderKey
from wallet.present.presentation import PresentationRequest, Purpose, sign_presentation
from wallet.review.desk import DeskEntry
from wallet.review.portfolio import PortfolioFile, verify_portfolio
from wallet.review.report import ReviewReport
from wallet.review.workspace import WorkspaceCard
from wallet.verify import VerifyOptions, verify_document

TIMEOUT = 60_000
NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
ATTACK9 = Path(__file__).resolve().parents[1] / "fixtures" / "attack9"
HOSTED = Path(__file__).parents[1] / "vectors" / "ob2" / "validator-samples" / "simple-badge.png"


def test_the_way_to_the_verification_tab_is_not_offered_on_it(qtbot) -> None:
    # Finding 8: "See the Verification tab" stayed beside the report it pointed to.
    page = CredentialPage()
    qtbot.addWidget(page)
    document = clr_with_a_forged_achievement()
    page.show_document(document, verify_document(document))
    assert page.why_button.isVisibleTo(page)
    assert "Verification tab" not in page.why_button.text()  # not the headline's words again
    page.why_button.click()
    assert page.tabs.currentIndex() == VERIFICATION_TAB
    assert not page.why_button.isVisibleTo(page)
    page.tabs.setCurrentIndex(DETAILS_TAB)
    assert page.why_button.isVisibleTo(page)
    page.tabs.setCurrentIndex(VERIFICATION_TAB)
    page.show_document(document, verify_document(document))  # a new credential opens on Details
    assert page.why_button.isVisibleTo(page)


@pytest.fixture
def samples(window, qtbot):
    """The window, unlocked, with the shipped samples and a hosted OB 2.0 badge (unverifiable
    offline, with a long reason) imported; ids by name."""
    open_with_samples(window, qtbot, TIMEOUT)
    with qtbot.waitSignal(window.imports.finished, timeout=TIMEOUT):
        window.imports.import_paths([HOSTED])
    qtbot.waitUntil(lambda: window.state.library.total() == 6, timeout=TIMEOUT)
    return window, {s.name: str(s.id) for s in window.state.library.summaries()}


def test_a_long_reason_in_the_share_list_wraps_and_its_tooltip_has_it_all(samples, qtbot) -> None:
    # Finding 9: "Unverifiable: the key was read from…" ran off behind a horizontal scrollbar.
    window, ids = samples
    window.share(list(ids.values()))
    dialog = window.share_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.prepared is not None, timeout=TIMEOUT)
    dialog.resize(dialog.minimumWidth(), dialog.height())
    qtbot.wait(50)
    listed = dialog.credentials
    assert listed.wordWrap()
    assert listed.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert not listed.horizontalScrollBar().isVisible()
    width = listed.viewport().width()
    rows = [listed.item(i) for i in range(listed.count())]
    longest = max(rows, key=lambda r: listed.fontMetrics().horizontalAdvance(r.text()))
    assert listed.fontMetrics().horizontalAdvance(longest.text()) > width  # a long one is there
    rect = listed.visualItemRect(longest)
    assert rect.width() <= width and rect.height() > 1.5 * listed.fontMetrics().height()
    for row in rows:
        assert tip_text(row.toolTip()) == row.text()  # the whole row, refused or not


def test_review_a_portfolio_on_the_start_page_is_a_button_that_shows_its_focus(window, qtbot):
    # Finding 10: a flat button, read as a line of plain text.
    page = window.start_page
    button = page.review_button
    assert button.isVisible() and not button.isFlat()
    assert button.width() == page.check_button.width()  # one of the start page's buttons
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert button.accessibleName()
    page.check_button.setFocus()
    qtbot.waitUntil(page.check_button.hasFocus)
    unfocused = button.grab().toImage()
    qtbot.keyClick(page.check_button, Qt.Key.Key_Tab)  # the check button's next stop
    qtbot.waitUntil(button.hasFocus)
    assert button.grab().toImage() != unfocused  # the focus is drawn


@pytest.fixture
def spanish_dates():
    """QLocale() speaks Spanish, as after choosing Español; the default is put back after."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Spain))
    yield
    QLocale.setDefault(before)


def test_verifier_mode_writes_its_times_in_the_apps_language(qtbot, tmp_path, spanish_dates):
    # Finding 11: "Made" showed "made at 2026-12-01T10:00:00+00:00, but…".
    made = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)
    holder = HolderKey.generate(made)
    credential = DemoIssuer().achievement_credential("Forklift Safety", subject_id=holder.did)
    request = PresentationRequest(
        challenge="c-123", domain="", purpose=Purpose.AUTHENTICATION, clock=lambda: made
    )
    presentation = sign_presentation([credential], holder, request).document
    verifier = VerifierWindow(clock=lambda: made + timedelta(minutes=5))
    qtbot.addWidget(verifier)
    verifier.check_bytes(json.dumps(presentation).encode(), "vp")
    qtbot.waitUntil(lambda: verifier.checks_made > 0, timeout=TIMEOUT)
    assert not verifier.error, verifier.error
    iso = made.isoformat(timespec="seconds")
    local = QLocale().toString(QDateTime(made).toLocalTime(), "d MMM yyyy, HH:mm")
    assert "dic" in local  # the month as Spanish writes it
    labels = {label.text(): label for label in verifier.findChildren(QLabel)}
    assert not [text for text in labels if iso in text]
    made_row = next(label for text, label in labels.items() if f"made at {local}" in text)
    assert iso in made_row.toolTip()
    checked = next(label for text, label in labels.items() if text.startswith("Checked "))
    assert local.split(",")[0] in checked.text() and "T10:05:00" in checked.toolTip()
    verifier.ask_save = lambda _kind, _name: tmp_path / "finding.json"
    verifier.export_json.click()
    qtbot.waitUntil(lambda: (tmp_path / "finding.json").exists(), timeout=TIMEOUT)
    exported = json.loads((tmp_path / "finding.json").read_text("utf-8"))
    assert iso in exported["presentation"]["freshness"]["message"]  # the export stays ISO


def test_the_review_desk_writes_its_dates_in_the_apps_language(spanish_dates, tmp_path) -> None:
    # strftime("%d %b") wrote "01 Dec" under Spanish: the C library's months, not the app's.
    when = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
    card = WorkspaceCard("Sam Learner", when, when, {"valid": 2})
    shown = card_line(DeskEntry(tmp_path / "sam.lwreview", card, when))
    locked = card_line(DeskEntry(tmp_path / "kim.lwreview", None, when))
    for line in (shown, locked):
        assert "Dec" not in line and local_time(when) in line and "dic" in local_time(when)


def test_the_review_report_labels_content_nothing_signs_as_the_pack_does(qtbot) -> None:
    # attack-files F6 reached the credential page and the PDF pack, not the review report.
    unsigned = (ATTACK9 / "blockcerts-marker-unsigned-content.json").read_bytes()
    badge = json.dumps(make_badge(Issuer.generate(), 2)).encode()
    files = [PortfolioFile("marker.json", unsigned), PortfolioFile("badge.json", badge)]
    review = verify_portfolio(files, VerifyOptions(offline=True))
    bases = [item.report.view.basis for item in review.items]
    assert "unsigned" in bases and len(bases) == 2
    html = report_html(ReviewReport.build(review), 400)
    assert html.count(UNSIGNED_NOTE) == 1  # beside the marker's row only
    row = next(r for r in html.split("<tr>") if UNSIGNED_NOTE in r)
    assert "Harvard" in row or "Medicine" in row
    item = EvidenceItem("x", "x", {}, review.items[bases.index("unsigned")].report, NOW, unsigned)
    assert UNSIGNED_NOTE in pack_html([item], "did:example:holder", NOW, 4.0).body  # same words
