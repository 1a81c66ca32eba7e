"""The interview, both sides, in the app (issue 14): the employer's verifier mode makes a
challenge; the learner's Share dialog reads it from the challenge's QR image; interview mode shows
the codes at 1366×768 and 1280×720 and zxing reads each screenshot; the screenshot opened in
verifier mode is genuine and answers the challenge; another challenge and a forged holder proof
are shown as such. Auto-lock waits while the codes are on screen."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from PySide6.QtCore import Qt

from tests.ui.conftest import open_with_samples
from ui.share.interview import InterviewWindow
from ui.verifier.window import VerifierWindow
from wallet.demo import DemoIssuer
from wallet.present.challenge import read_challenge
from wallet.present.holder import ServiceKeySlot, ensure_holder
from wallet.verifier import Outcome
from wallet.verify import Status, Verdict

TIMEOUT = 60_000


@pytest.fixture
def wallet(window, qtbot):
    open_with_samples(window, qtbot, TIMEOUT)

    def own(service) -> None:
        # A credential issued to this wallet's holder DID (the samples name did:example:learner).
        holder = ensure_holder(ServiceKeySlot(service), lambda: datetime.now(UTC)).current
        credential = DemoIssuer().achievement_credential(
            "Forklift Safety", subject_id=holder.did, skills=("Safety",)
        )
        service.import_bytes(json.dumps(credential).encode(), "forklift.json")

    window.state.call(own)
    qtbot.waitUntil(lambda: window.state.library.total() == 6, timeout=TIMEOUT)
    ids = {s.name: str(s.id) for s in window.state.library.summaries()}
    return window, ids


def _decode(path: Path) -> list[str]:
    image = Image.open(path).convert("L")
    formats = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)
    return [str(c.text) for c in zxingcpp.read_barcodes(image, formats=formats)]


def _verifier(qtbot) -> VerifierWindow:
    verifier = VerifierWindow()
    qtbot.addWidget(verifier)
    verifier.show()
    return verifier


def _check(qtbot, verifier: VerifierWindow, path: Path):
    before = verifier.checks_made
    verifier.check_path(path)
    qtbot.waitUntil(lambda: verifier.checks_made > before, timeout=TIMEOUT)
    assert not verifier.error, verifier.error
    return verifier.finding


def _share(window, qtbot, ids: list[str]):
    window.share(ids)
    dialog = window.share_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.prepared is not None, timeout=TIMEOUT)
    return dialog


def _interview(dialog, qtbot, size: tuple[int, int]) -> InterviewWindow:
    dialog.interview()
    shown = dialog.interview_window
    assert shown is not None
    shown.showNormal()
    shown.resize(*size)
    qtbot.waitUntil(lambda: shown.current is not None or bool(shown.error), timeout=TIMEOUT)
    assert not shown.error
    return shown


def _shot(widget, path: Path) -> Path:
    assert widget.grab().save(str(path))
    return path


def test_the_whole_interview_loop(wallet, qtbot, tmp_path: Path) -> None:
    window, ids = wallet
    verifier = _verifier(qtbot)
    verifier.domain.setText("jobs.example.com")
    verifier.new_challenge()
    issued = verifier.challenge
    assert issued is not None and verifier.challenge_panel.isVisible()
    assert issued.challenge in verifier.challenge_text.text()
    challenge_png = _shot(verifier.challenge_code, tmp_path / "challenge.png")

    dialog = _share(window, qtbot, [ids["Forklift Safety"]])
    dialog.reader.sources.ask_image = lambda: challenge_png
    dialog.reader.sources.image_button.click()
    qtbot.waitUntil(lambda: dialog.reader.read is not None, timeout=TIMEOUT)
    assert dialog.challenge.text() == issued.challenge
    assert dialog.domain.text() == "jobs.example.com"
    assert issued.challenge in dialog.status.text()

    assert window.idle.active() or window.idle._armed
    for size in ((1366, 768), (1280, 720)):
        shown = _interview(dialog, qtbot, size)
        assert window.idle.held and not window.idle.active()  # auto-lock waits
        assert shown.current.code is not None and shown.view.module_px() >= 4
        assert shown.name.text() == "Forklift Safety"
        assert "Learner Wallet Demo Issuer" in shown.issuer.text()
        shot = _shot(shown, tmp_path / f"interview-{size[0]}.png")
        texts = _decode(shot)
        assert texts == [shown.current.code.text] and texts[0].startswith("VP1-B")
        finding = _check(qtbot, verifier, shot)
        assert finding.outcome is Outcome.ACCEPT, finding.to_json()
        assert finding.presentation.challenge is Status.PASS
        assert finding.presentation.domain is Status.PASS
        assert verifier.result.banner is not None and "Genuine" in verifier.result.banner.text()
        qtbot.keyClick(shown, Qt.Key.Key_Escape)
        assert not shown.isVisible()
        assert not window.idle.held and window.idle.active()  # resumed

    # The same code checked against a newer challenge: a copy, not an answer.
    verifier.new_challenge()
    finding = _check(qtbot, verifier, tmp_path / "interview-1366.png")
    assert finding.outcome is Outcome.REPLAYED and finding.report.verdict is Verdict.INVALID
    assert "Not made for you" in verifier.result.banner.text()

    # Exports for the employer's records.
    verifier.ask_save = lambda kind, name: tmp_path / name
    verifier.export("json")
    qtbot.waitUntil(lambda: "Saved" in verifier.status.text(), timeout=TIMEOUT)
    exported = json.loads(next(tmp_path.glob("verification-*.json")).read_text("utf-8"))
    assert exported["outcome"] == "replayed" and exported["mode"] == "offline"
    verifier.export("pdf")
    qtbot.waitUntil(lambda: any(tmp_path.glob("verification-*.pdf")), timeout=TIMEOUT)
    assert next(tmp_path.glob("verification-*.pdf")).read_bytes().startswith(b"%PDF")
    shares = []
    window.state.call(lambda s: shares.extend(s.shares()), refresh=False)
    qtbot.waitUntil(lambda: bool(shares), timeout=TIMEOUT)
    assert any(s.details.get("format") == "interview" for s in shares)


def test_a_forged_holder_proof_is_shown_forged_at_the_top(wallet, qtbot, tmp_path) -> None:
    window, ids = wallet
    verifier = _verifier(qtbot)
    verifier.new_challenge()
    dialog = _share(window, qtbot, [ids["Forklift Safety"]])
    dialog.challenge.setText(verifier.challenge.challenge)
    shown = _interview(dialog, qtbot, (1366, 768))
    document = json.loads(json.dumps(shown.current.presentation))
    value = document["proof"]["proofValue"]
    document["proof"]["proofValue"] = value[:-4] + ("AAAA" if value[-4:] != "AAAA" else "BBBB")
    forged = tmp_path / "forged.json"
    forged.write_text(json.dumps(document), "utf-8")
    shown.close()
    finding = _check(qtbot, verifier, forged)
    assert finding.outcome is Outcome.FORGED
    assert [c.verdict for c in finding.credentials] == [Verdict.VALID]  # genuine inside
    assert verifier.result.banner.text().startswith("Forged")


def test_someone_elses_credential_is_flagged_at_the_top(wallet, qtbot, tmp_path) -> None:
    window, ids = wallet
    verifier = _verifier(qtbot)
    verifier.new_challenge()
    dialog = _share(window, qtbot, [ids["SQL for Analysts"]])  # issued to did:example:learner
    dialog.challenge.setText(verifier.challenge.challenge)
    shown = _interview(dialog, qtbot, (1366, 768))
    finding = _check(qtbot, verifier, _shot(shown, tmp_path / "sql.png"))
    shown.close()
    assert finding.report.verdict is Verdict.VALID
    assert finding.outcome is Outcome.NOT_THE_SUBJECT
    assert "not every credential is about the person who signed it" in (
        verifier.result.banner.text()
    )


def test_several_codes_one_each_with_keys_and_no_flags(wallet, qtbot, tmp_path) -> None:
    window, ids = wallet
    names = ("SQL for Analysts", "Team Collaboration", "Introduction to Data Analysis")
    chosen = [ids[name] for name in names]
    dialog = _share(window, qtbot, chosen)
    shown = _interview(dialog, qtbot, (1366, 768))
    assert shown._count == 3 and "1 of 3" in shown.position.text()
    seen, kinds = [], []
    for step in range(3):
        seen.append(shown.name.text())
        kinds.append(shown.current.kind)
        if shown.current.code is None:
            assert "--" not in shown.view.text and "presentation file" in shown.view.text
        if step < 2:
            before = shown.shown
            qtbot.keyClick(shown, Qt.Key.Key_Right)
            qtbot.waitUntil(lambda before=before: shown.shown > before, timeout=TIMEOUT)
    assert tuple(seen) == names
    assert "3 of 3" in shown.position.text() and not shown.next.isEnabled()
    assert kinds[:2] == ["presentation", "presentation"]
    before = shown.shown
    qtbot.keyClick(shown, Qt.Key.Key_Left)
    qtbot.waitUntil(lambda: shown.shown > before, timeout=TIMEOUT)
    assert shown.name.text() == "Team Collaboration"
    shown.close()


def test_verifier_mode_needs_no_wallet(window, qtbot) -> None:
    assert not window.state.is_unlocked
    assert window.start_page.check_button.isVisible()
    assert window.menu_actions.check.isEnabled()
    window.start_page.check_button.click()
    assert window.verifier is not None and window.verifier.isVisible()
    assert window.verifier.finding is None


def test_the_challenge_read_from_the_screen(qtbot, tmp_path) -> None:
    verifier = _verifier(qtbot)
    verifier.resize(760, 560)
    verifier.new_challenge()
    qtbot.waitExposed(verifier)
    qtbot.wait(200)  # painted, as a person would see it before pressing the button
    found: list[str] = []
    verifier.sources.found.disconnect()
    verifier.sources.found.connect(found.append)
    errors: list[str] = []
    verifier.sources.failed.connect(errors.append)
    verifier.sources.screen_button.click()
    qtbot.waitUntil(lambda: bool(found or errors), timeout=TIMEOUT)
    if errors and "could not be read" in errors[0]:
        pytest.skip("this platform plugin cannot grab the screen")
    assert not errors, errors
    assert read_challenge(found[0]).challenge == verifier.challenge.challenge


def test_f11_on_the_qr_page_and_linkedin_on_click_only(wallet, qtbot, tmp_path) -> None:
    window, ids = wallet
    dialog = _share(window, qtbot, [ids["Forklift Safety"]])
    opened: list[str] = []
    dialog.open_url = opened.append
    assert dialog.linkedin.isVisibleTo(dialog) and opened == []  # nothing opens by itself
    dialog.linkedin.click()
    (url,) = opened
    assert url.startswith("https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME")
    assert "name=Forklift+Safety" in url
    dialog.format.setCurrentIndex(dialog.format.findData("qr"))
    dialog.share()
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1, timeout=TIMEOUT)
    code = dialog.qr_view.code
    assert code is not None and dialog.full_button.isVisibleTo(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_F11)
    shown = dialog.interview_window
    assert shown is not None
    qtbot.waitUntil(lambda: shown.current is not None, timeout=TIMEOUT)
    assert shown.current.code is code  # the same signed code, not a new signature
    assert shown.name.text() == "Forklift Safety" and window.idle.held
    dialog.close()
    assert not shown.isVisible() and not window.idle.held


def test_verifier_mode_reads_pasted_vp1_text_and_says_why_for_nonsense(wallet, qtbot) -> None:
    from PySide6.QtGui import QGuiApplication

    window, ids = wallet
    dialog = _share(window, qtbot, [ids["Forklift Safety"]])
    dialog.format.setCurrentIndex(dialog.format.findData("qr"))
    dialog.share()
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1, timeout=TIMEOUT)
    payload = dialog.qr_view.code.text
    verifier = _verifier(qtbot)
    QGuiApplication.clipboard().setText(payload)
    verifier.paste_button.click()
    qtbot.waitUntil(lambda: verifier.finding is not None, timeout=TIMEOUT)
    assert verifier.finding.container == "VP1"
    assert verifier.finding.credentials[0].name == "Forklift Safety"
    QGuiApplication.clipboard().setText("hello, this is no credential")
    before = verifier.checks_made
    verifier.paste_button.click()
    qtbot.waitUntil(lambda: verifier.checks_made > before, timeout=TIMEOUT)
    assert verifier.error and "Not a credential" in verifier.status.text()
    # The earlier answer is gone: a failed input must not leave "Genuine" on screen.
    assert verifier.finding is None and verifier.result.banner is None
    assert not verifier.export_pdf.isEnabled()
    assert "Traceback" not in verifier.status.text()
