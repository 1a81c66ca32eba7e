"""Render the app's main screens offscreen into ``docs/screenshots/*.png`` (``make screenshots``).

Uses a throw-away vault filled as a learner's would be (issue 13): the shipped demo samples,
public real-world vectors (Open Badges 2.0 baked badges, 1EdTech samples, a CLR 2.0 transcript)
and credentials issued by the DCC JavaScript stack (:mod:`scripts.screenshot_samples`).
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from scripts.screenshot_samples import dcc_issued, vector_files  # noqa: E402
from ui.common.tasks import run_events_until  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
PASSPHRASE = "screenshots are not secret"


def wait(done: Callable[[], bool], timeout_s: float = 60) -> None:
    if not run_events_until(done, timeout_s, poll_ms=10):
        raise SystemExit("timed out waiting for the app")


def settle(ms: int = 150) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def save(widget: QWidget, name: str) -> None:
    settle()
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    print(f"wrote {path.relative_to(ROOT)}")


def show_page(window: Any, credential_id: str, name: str) -> None:
    window.credential.credential_id = ""
    window.open_credential(credential_id)
    wait(lambda: window.credential.credential_id == credential_id)
    save(window, name)


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Learner Wallet")
    from ui.common.theme import apply_theme
    from ui.start.create_dialog import CreateWalletDialog
    from ui.window.session import VaultAccess
    from ui.window.shell import MainWindow
    from wallet.vault.kdf import TEST_COST  # a throw-away vault: no need for the real cost

    apply_theme(app)
    OUT.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp())
    access = VaultAccess(folder / "wallet.vault", {"kdf_cost": TEST_COST, "workers": 1})
    window = MainWindow(access, QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat))
    window.imports.show_report = False
    window.resize(1180, 760)
    window.show()
    window.start()
    save(window, "01-welcome")

    dialog = CreateWalletDialog("no system keyring is available on this device", window)
    dialog.fields.passphrase.setText("maple river lantern 42")
    dialog.fields.confirm.setText("maple river lantern 42")
    dialog.show()
    save(dialog, "02-create-wallet")
    dialog.close()

    window.start_page.create_wallet(PASSPHRASE)
    wait(lambda: window.state.is_unlocked)
    wait(lambda: window.network_question.isVisible())
    save(window, "03-empty-library")  # with the one question: check online?
    # The screenshots go nowhere: stay offline (the samples' keys are did:key).
    window.network_question.offline.click()
    wait(lambda: not window.network_question.isVisible())

    window.imports.add_samples()
    wait(lambda: window.state.library.total() >= 5)
    inbox = folder / "inbox"
    inbox.mkdir()
    for path in vector_files():
        shutil.copy(path, inbox / path.name)
    issued, why = dcc_issued()
    if why:
        print(f"without DCC-issued credentials: {why}")
    for i, credential in enumerate(issued):
        (inbox / f"dcc-{i}.json").write_text(json.dumps(credential))
    expected = window.state.library.total() + len(vector_files()) + len(issued)
    window.imports.import_paths([inbox])
    wait(lambda: window.state.library.total() >= expected - 1)  # two vectors may be one badge
    settle(500)
    wait(lambda: not window.state.images._pending and not window.state.images._queued)
    save(window, "04-library-cards")
    window.library.set_list_mode(True)
    save(window, "05-library-list")
    window.library.set_list_mode(False)
    window.library.search.setText("okafor")
    save(window, "06-search")
    window.library.search.clear()

    summaries = window.state.library.summaries()
    course = next((s for s in summaries if s.name.startswith("Web Accessibility")), None)
    course = course or next(s for s in summaries if s.name.startswith("Intro"))
    show_page(window, str(course.id), "07-credential")
    window.credential.tabs.setCurrentIndex(1)
    save(window, "08-verification")
    badge = next(s for s in summaries if s.kind == "Open Badges 2.0" and s.image_hash)
    show_page(window, str(badge.id), "13-open-badge-2")
    clrs = [s for s in summaries if s.kind == "CLR 2.0"]
    clr = max(clrs, key=lambda s: sum(t.total for t in s.parts))  # the fullest transcript
    show_page(window, str(clr.id), "14-clr")
    window.credential.back_button.click()

    sql = next(s for s in window.state.library.summaries() if "SQL" in s.name)
    window.share([str(sql.id)])
    share = window.share_dialog
    assert share is not None
    wait(lambda: share.prepared is not None)
    save(share, "11-share")
    share.format.setCurrentIndex(share.format.findData("qr"))
    share.share()
    wait(lambda: share.stack.currentIndex() == 1)
    share.resize(680, 820)
    save(share, "12-share-qr")
    share.close()

    from ui.settings.dialog import SettingsDialog

    settings = SettingsDialog({"network": {"verify": True, "images": False}}, window)
    settings.tabs.setCurrentIndex(1)
    settings.show()
    wait(lambda: settings.network.hint.text() != settings.tr("Reading…"))
    save(settings, "27-settings-online")
    settings.close()

    # Interview mode at 1366×768, signed for a verifier's challenge; then verifier mode checking
    # its screenshot (issue 14), and the same code against a newer challenge.
    from ui.verifier.window import VerifierWindow

    verifier = VerifierWindow()
    verifier.domain.setText("jobs.example.com")
    verifier.new_challenge()
    assert verifier.challenge is not None
    own = _issued_to_the_holder(window)
    window.share([own])
    share = window.share_dialog
    assert share is not None
    wait(lambda: share.prepared is not None)
    share.reader.use_text(verifier.challenge.request.to_text())
    share.interview()
    interview = share.interview_window
    assert interview is not None
    interview.showNormal()
    interview.resize(1366, 768)
    wait(lambda: interview.current is not None)
    save(interview, "15-interview")
    shot = folder / "interview.png"
    interview.grab().save(str(shot))
    interview.close()
    share.close()
    verifier.resize(1000, 900)
    verifier.show()
    verifier.check_path(shot)
    wait(lambda: verifier.finding is not None)
    save(verifier, "16-verifier")
    verifier.new_challenge()
    verifier.check_path(shot)
    wait(lambda: verifier.finding is not None and verifier.finding.challenge is verifier.challenge)
    save(verifier, "17-verifier-replayed")
    verifier.close()

    window.sidebar.select("skills")
    wait(lambda: window.skills.model.rowCount() > 0)
    window.skills.tree.expandAll()
    save(window, "09-skills")

    window.lock_now()
    wait(lambda: window.start_page.stack.isEnabled())
    save(window, "10-unlock")
    review_screens(window, folder)
    window.close()
    spanish_library(access, folder)


def spanish_library(access: Any, folder: Path) -> None:
    """The same library in Spanish (``90-library-es``): a new window once Spanish is installed."""
    from ui.common.language import ENV, install_translations
    from ui.window.shell import MainWindow

    os.environ[ENV] = "es"
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    installed = install_translations(app)
    if not installed:
        print("without 90-library-es: run `make translations` first")
        return
    window = MainWindow(access, QSettings(str(folder / "ui-es.ini"), QSettings.Format.IniFormat))
    window.resize(1180, 760)
    window.show()
    window.start()
    wait(lambda: window.start_page.stack.isEnabled())
    window.start_page.passphrase.setText(PASSPHRASE)
    window.start_page.unlock()
    wait(lambda: window.state.is_unlocked)
    wait(lambda: not window.state.images._pending and not window.state.images._queued)
    save(window, "90-library-es")
    window.close()
    for translator in installed:
        app.removeTranslator(translator)


class _Keyring:
    """An in-memory keyring, so the start page shows remembered workspaces by name."""

    def __init__(self) -> None:
        self.secrets: dict[str, bytes] = {}

    def unavailable_reason(self) -> None:
        return None

    def store(self, account: str, secret: bytes) -> None:
        self.secrets[account] = secret

    def load(self, account: str) -> bytes | None:
        return self.secrets.get(account)

    def forget(self, account: str) -> None:
        self.secrets.pop(account, None)


def review_screens(window: object, folder: Path) -> None:
    """The advisor's review mode with the demo portfolio (wallet.review.sample), offline."""
    from ui.common.tasks import busy
    from wallet.review.desk import ReviewDesk
    from wallet.review.portfolio import PortfolioFile
    from wallet.review.sample import SAMPLE_JOB, sample
    from wallet.vault.kdf import TEST_COST

    mode = window.review  # type: ignore[attr-defined]
    desk = ReviewDesk(folder / "review", keyring=_Keyring(), kdf_cost=TEST_COST)
    mode.desk = mode.desk_page.desk = desk
    portfolio = sample()
    with desk.create("Grace Hopper", PASSPHRASE, remember=True) as other:
        other.add_files([PortfolioFile(n, d) for n, d in portfolio.loose_files()[:2]])
        from wallet.review.portfolio import verify_portfolio
        from wallet.verify import VerifyOptions

        other.record_review(verify_portfolio(other.files(), VerifyOptions()))
        other.mark_opened()
    window.open_review()  # type: ignore[attr-defined]
    wait(lambda: not busy() and mode.desk_page.list.count() == 1)
    mode.desk_page.create_review("Ada Lovelace", PASSPHRASE, True)
    wait(lambda: not busy() and mode.currentWidget() is mode.page)
    page = mode.page
    page.add_files([PortfolioFile(n, d) for n, d in portfolio.files()])
    wait(lambda: not busy() and page.review is not None and len(page.review.items) == 6)
    page.challenge.setText("advisor-7f3a-2025")
    page.challenge.editingFinished.emit()
    wait(lambda: not busy() and page.review is not None)
    page.credentials.select_index(3)
    save(window, "21-review-credentials")  # type: ignore[arg-type]
    page.credentials.set_grouping("verdict")
    page.credentials.select_index(0)
    save(window, "22-review-quality-of-one")  # type: ignore[arg-type]
    page.tabs.setCurrentWidget(page.skills_panel)
    save(window, "23-review-skills")  # type: ignore[arg-type]
    wait(lambda: page.index is not None)
    page.tabs.setCurrentWidget(page.job)
    page.job.editor.setPlainText(SAMPLE_JOB)
    wait(lambda: page.job.match is not None and bool(page.job.match.matched))
    save(window, "24-review-job")  # type: ignore[arg-type]
    page.tabs.setCurrentWidget(page.quality)
    save(window, "25-review-quality")  # type: ignore[arg-type]
    report = page.build_report()
    if report is not None:
        import shutil
        import subprocess

        from ui.review.report_pdf import review_report_pdf

        pdf = folder / "review.pdf"
        pdf.write_bytes(review_report_pdf(report))
        if shutil.which("pdftoppm"):
            subprocess.run(
                ["pdftoppm", "-r", "70", "-png", "-f", "1", "-l", "2", str(pdf), str(folder / "r")],
                check=True,
            )
            for n, png in enumerate(sorted(folder.glob("r-*.png")), 1):
                shutil.copyfile(png, OUT / f"26-review-report-{n}.png")
                print(f"wrote docs/screenshots/26-review-report-{n}.png")
    page.close_workspace()
    wait(lambda: not busy() and mode.desk_page.list.count() == 2)
    save(window, "20-review-start")  # type: ignore[arg-type]


def _issued_to_the_holder(window: Any) -> str:
    """A demo credential issued to this wallet's holder DID (the samples name another subject),
    so verifier mode shows what an honest interview looks like. Its id in the vault."""
    import json
    from datetime import UTC, datetime

    from wallet.demo import DemoIssuer
    from wallet.present.holder import ServiceKeySlot, ensure_holder

    made: list[str] = []

    def work(service: Any) -> None:
        holder = ensure_holder(ServiceKeySlot(service), lambda: datetime.now(UTC)).current
        credential = DemoIssuer().achievement_credential(
            "Forklift Safety", subject_id=holder.did, skills=("Warehouse safety", "Loading")
        )
        outcome = service.import_bytes(json.dumps(credential).encode(), "forklift.json")
        made.append(str(outcome.credential_id))

    window.state.call(work)
    wait(lambda: bool(made) and window.state.library.total() >= 6)
    return made[0]


if __name__ == "__main__":
    main()
