"""Render the app's main screens offscreen into ``docs/screenshots/*.png`` (``make screenshots``).

Uses a throw-away vault with the shipped samples, so the pictures show what a newcomer sees.
"""

from __future__ import annotations

import os
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
    save(window, "03-empty-library")

    window.imports.add_samples()
    wait(lambda: window.state.library.total() >= 5)
    wait(lambda: not window.state.images._pending and not window.state.images._queued)
    save(window, "04-library-cards")
    window.library.set_list_mode(True)
    save(window, "05-library-list")
    window.library.set_list_mode(False)
    window.library.search.setText("data")
    save(window, "06-search")
    window.library.search.clear()

    course = next(s for s in window.state.library.summaries() if s.name.startswith("Intro"))
    window.open_credential(str(course.id))
    wait(lambda: window.content.currentWidget() is window.credential)
    save(window, "07-credential")
    window.credential.tabs.setCurrentIndex(1)
    save(window, "08-verification")
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
    save(interview, "13-interview")
    shot = folder / "interview.png"
    interview.grab().save(str(shot))
    interview.close()
    share.close()
    verifier.resize(1000, 900)
    verifier.show()
    verifier.check_path(shot)
    wait(lambda: verifier.finding is not None)
    save(verifier, "14-verifier")
    verifier.new_challenge()
    verifier.check_path(shot)
    wait(lambda: verifier.finding is not None and verifier.finding.challenge is verifier.challenge)
    save(verifier, "15-verifier-replayed")
    verifier.close()

    window.sidebar.select("skills")
    wait(lambda: window.skills.model.rowCount() > 0)
    window.skills.tree.expandAll()
    save(window, "09-skills")

    window.lock_now()
    wait(lambda: window.start_page.stack.isEnabled())
    save(window, "10-unlock")
    window.close()


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
