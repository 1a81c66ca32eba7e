"""The Share dialog against a real vault: refusal with the reason, the override, signed files a
verifier accepts with its challenge and domain, the QR page, the PDF pack, and the share history."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import open_with_samples
from ui.common.tasks import wait_for_tasks
from ui.share.dialog import ShareDialog
from ui.share.presenting import ShareFormat, format_from_setting
from wallet.present.presentation import Purpose
from wallet.verify import Verdict, VerifyOptions, verify_input

TIMEOUT = 60_000


@pytest.fixture
def wallet(window, qtbot):
    """The window, unlocked, with the shipped samples imported; ids by sample name."""
    open_with_samples(window, qtbot, TIMEOUT)
    ids = {s.name: str(s.id) for s in window.state.library.summaries()}
    return window, ids


def _pick(ids: dict[str, str], word: str) -> str:
    return next(cid for name, cid in ids.items() if word in name)


def _dialog(window, qtbot, chosen: list[str], tmp_path: Path) -> ShareDialog:
    window.share(chosen)
    dialog = window.share_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.prepared is not None, timeout=TIMEOUT)
    dialog.ask_path = lambda fmt, name: tmp_path / name
    return dialog


def _shares(window) -> list:
    service = window.state.service
    shares: list = []
    window.state.call(lambda s: shares.extend(service.shares()), refresh=False)
    wait_for_tasks()
    return shares


def test_expired_is_refused_with_its_reason_and_the_file_verifies(wallet, qtbot, tmp_path) -> None:
    window, ids = wallet
    course, expired = _pick(ids, "Data"), _pick(ids, "First")
    window.state.call(lambda s: s.set_setting("presentation_format", "vp-jwt"), refresh=False)
    dialog = _dialog(window, qtbot, [course, expired], tmp_path)
    rows = [dialog.credentials.item(i).text() for i in range(dialog.credentials.count())]
    refused = next(r for r in rows if "First" in r)
    assert refused.startswith("✗") and "Expired" in refused and ":" in refused  # with the why
    assert dialog.override.isVisibleTo(dialog) and not dialog.override.isChecked()
    assert dialog.format.currentData() == ShareFormat.VP_JWT  # the settings' default
    dialog.format.setCurrentIndex(dialog.format.findData(ShareFormat.VP))
    dialog.challenge.setText("job-4411")
    dialog.domain.setText("jobs.example.com")
    qtbot.mouseClick(dialog.action, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.saved), timeout=TIMEOUT)
    saved = dialog.saved[0]
    presentation = json.loads(saved.read_text("utf-8"))
    assert len(presentation["verifiableCredential"]) == 1  # the expired one was left out
    right = VerifyOptions(challenge="job-4411", domain="jobs.example.com")
    assert verify_input(saved.read_bytes(), right).verdict is Verdict.VALID
    wrong = VerifyOptions(challenge="replayed", domain="jobs.example.com")
    assert verify_input(saved.read_bytes(), wrong).verdict is not Verdict.VALID
    (share,) = _shares(window)
    assert share.credential_ids == (course,)
    assert share.details["challenge"] == "job-4411" and share.details["format"] == "vp"
    assert share.details["file"] == str(saved)


def test_only_invalid_needs_the_override_then_it_is_presented(wallet, qtbot, tmp_path) -> None:
    window, ids = wallet
    dialog = _dialog(window, qtbot, [_pick(ids, "First")], tmp_path)
    assert not dialog.action.isEnabled()
    assert "tick the box" in dialog.status.text()
    dialog.override.setChecked(True)
    assert dialog.action.isEnabled()
    dialog.format.setCurrentIndex(dialog.format.findData(ShareFormat.VP_JWT))
    dialog.purpose.setCurrentIndex(dialog.purpose.findData(Purpose.AUTHENTICATION))
    dialog.share()
    qtbot.waitUntil(lambda: bool(dialog.saved), timeout=TIMEOUT)
    token = dialog.saved[0].read_text("ascii")
    assert token.count(".") == 2 and dialog.saved[0].suffix == ".jwt"
    assert _shares(window)[0].details["format"] == "vp-jwt"


def test_qr_on_screen_shows_the_version_and_saves_png(wallet, qtbot, tmp_path) -> None:
    window, ids = wallet
    dialog = _dialog(window, qtbot, [_pick(ids, "SQL")], tmp_path)
    dialog.format.setCurrentIndex(dialog.format.findData(ShareFormat.QR))
    dialog.purpose.setCurrentIndex(dialog.purpose.findData(Purpose.ASSERTION_METHOD))
    assert dialog.action.text().replace("&", "") == "Show QR code"
    dialog.share()
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1, timeout=TIMEOUT)
    code = dialog.qr_view.code
    assert code is not None and code.kind == "vp1"
    assert f"QR version {code.version}" in dialog.qr_info.text()
    assert dialog.qr_view.module_px() >= 4
    assert verify_input(code.text.encode("ascii")).kind == "presentation"
    dialog.save_png.click()
    qtbot.waitUntil(lambda: bool(dialog.saved), timeout=TIMEOUT)
    assert dialog.saved[0].read_bytes().startswith(b"\x89PNG")
    formats = sorted(s.details["format"] for s in _shares(window))
    assert formats == ["qr", "qr-png"]
    assert all(s.details["purpose"] == "assertionMethod" for s in _shares(window))


def test_when_no_qr_fits_it_says_why_and_offers_file_or_pdf(
    wallet, qtbot, tmp_path, monkeypatch
) -> None:
    import threading

    import ui.export.evidence_pack as pack

    drawn_on: list[int] = []
    draw = pack.evidence_pack_pdf

    def drawing(*args, **kwargs):  # Qt's PDF writer: on the GUI thread only
        drawn_on.append(threading.get_ident())
        return draw(*args, **kwargs)

    monkeypatch.setattr(pack, "evidence_pack_pdf", drawing)
    window, ids = wallet
    dialog = _dialog(window, qtbot, list(ids.values())[:4], tmp_path)
    dialog.override.setChecked(True)
    dialog.format.setCurrentIndex(dialog.format.findData(ShareFormat.QR))
    dialog.share()
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1, timeout=TIMEOUT)
    assert dialog.qr_view.code is None and not dialog.qr_view.isVisibleTo(dialog)
    assert "does not fit" in dialog.qr_message.text()
    assert dialog.instead_pdf.isVisibleTo(dialog) and not dialog.save_png.isVisibleTo(dialog)
    assert _shares(window) == []  # nothing was shared
    dialog.instead_pdf.click()
    qtbot.waitUntil(lambda: bool(dialog.saved), timeout=TIMEOUT)
    assert dialog.saved[0].read_bytes().startswith(b"%PDF")
    assert _shares(window)[0].details["format"] == "pdf"
    assert drawn_on == [threading.get_ident()]


def test_share_action_uses_the_library_selection(wallet, qtbot) -> None:
    window, _ = wallet
    view = window.library.view
    assert not window.library.share_button.isEnabled()
    view.selectionModel().select(
        window.library.model.index(0), view.selectionModel().SelectionFlag.Select
    )
    view.selectionModel().select(
        window.library.model.index(2), view.selectionModel().SelectionFlag.Select
    )
    assert window.library.share_button.isEnabled()
    assert "2" in window.library.share_button.text()
    window.menu_actions.share.trigger()
    dialog = window.share_dialog
    assert dialog is not None and len(dialog.ids) == 2
    qtbot.waitUntil(lambda: dialog.prepared is not None, timeout=TIMEOUT)


def test_legacy_setting_qr_text_means_qr_on_screen() -> None:
    assert format_from_setting("qr-text") is ShareFormat.QR
    assert format_from_setting("nonsense") is ShareFormat.VP
    assert format_from_setting("pdf") is ShareFormat.PDF


def test_the_purpose_follows_the_format_until_the_learner_picks_one(wallet, qtbot, tmp_path):
    """QR codes are read by VerifierPlus / LCW, which check assertionMethod; files default to
    authentication. Once the learner picks a purpose, changing the format keeps it."""
    window, ids = wallet
    dialog = _dialog(window, qtbot, [_pick(ids, "SQL")], tmp_path)

    def show(fmt: ShareFormat) -> Purpose:
        dialog.format.setCurrentIndex(dialog.format.findData(fmt))
        return Purpose(dialog.purpose.currentData())

    assert show(ShareFormat.VP) is Purpose.AUTHENTICATION
    assert show(ShareFormat.QR) is Purpose.ASSERTION_METHOD
    assert show(ShareFormat.QR_SVG) is Purpose.ASSERTION_METHOD
    assert show(ShareFormat.PDF) is Purpose.AUTHENTICATION
    index = dialog.purpose.findData(Purpose.ASSERTION_METHOD)
    dialog.purpose.setCurrentIndex(index)
    dialog.purpose.activated.emit(index)  # as a click or key choice does
    assert show(ShareFormat.VP) is Purpose.ASSERTION_METHOD
