"""Interview mode and verifier mode against the DCC stack as its users run it (issue 14):

- the interview-mode screenshot (1366×768) is scanned by zxing-cpp, decoded by DCC ``vpqr`` with
  the DCC document loader and verified by ``@digitalcredentials/verifier-core``, as Learner
  Credential Wallet and VerifierPlus would;
- a QR image drawn by ``vpqr`` itself (its own loader, its own QR encoder) of a presentation the
  DCC stack signed opens in verifier mode, and answers the challenge it was signed for.
"""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.interop.conftest import DccStack
from tests.interop.test_dcc_qr_images import CHALLENGE, TIMEOUT, assert_verifier_plus_accepts, scan
from tests.ui.conftest import PASSPHRASE, access, keyring, window  # noqa: F401  (app fixtures)
from ui.verifier.window import VerifierWindow
from wallet.demo import DemoIssuer
from wallet.present.challenge import ChallengeRequest
from wallet.verifier import IssuedChallenge, Outcome
from wallet.verify import Status


def test_the_interview_screenshot_is_read_and_accepted_by_verifier_plus(
    dcc: DccStack,
    window,  # noqa: F811  (the imported fixture)
    qtbot,
    tmp_path: Path,
) -> None:
    window.imports.show_report = False
    window.start_page.create_wallet(PASSPHRASE)
    qtbot.waitUntil(lambda: window.state.is_unlocked, timeout=TIMEOUT)
    window.imports.add_samples()
    qtbot.waitUntil(lambda: window.state.library.total() == 5, timeout=TIMEOUT)
    chosen = next(str(s.id) for s in window.state.library.summaries() if "SQL" in s.name)
    window.share([chosen])
    dialog = window.share_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.prepared is not None, timeout=TIMEOUT)
    dialog.challenge.setText(CHALLENGE)
    dialog.interview()
    shown = dialog.interview_window
    assert shown is not None
    shown.showNormal()
    shown.resize(1366, 768)
    qtbot.waitUntil(lambda: shown.current is not None, timeout=TIMEOUT)
    path = tmp_path / "interview.png"
    assert shown.grab().save(str(path))
    (vp,) = assert_verifier_plus_accepts(dcc, [scan(path.read_bytes())])
    assert vp["proof"]["challenge"] == CHALLENGE
    assert "SQL" in str(vp["verifiableCredential"][0]["name"])
    shown.close()


def test_a_code_drawn_by_dcc_vpqr_opens_in_verifier_mode(
    dcc: DccStack, qtbot, tmp_path: Path
) -> None:
    template = DemoIssuer().achievement_credential("Issued Elsewhere")
    unsigned = {k: v for k, v in template.items() if k != "proof"}
    issued = dcc.run(
        "issue",
        {
            "credential": unsigned,
            "issuerSeed": "33" * 32,
            "holderSeed": "44" * 32,
            "suite": "eddsa-rdfc-2022",
            "challenge": CHALLENGE,
            "domain": "hr.example",
        },
    )
    drawn = dcc.run("vpqr-encode", {"vp": issued["presentation"], "size": 4})
    header, data = drawn["imageDataUrl"].split(",", 1)
    assert header.startswith("data:image/") and header.endswith(";base64")
    image = tmp_path / "vpqr.img"
    image.write_bytes(base64.b64decode(data))

    verifier = VerifierWindow()
    qtbot.addWidget(verifier)
    now = datetime.now(UTC)
    verifier.challenge = IssuedChallenge(
        ChallengeRequest(CHALLENGE, "hr.example"), now - timedelta(minutes=1)
    )
    verifier.check_path(image)
    qtbot.waitUntil(lambda: verifier.checks_made > 0, timeout=TIMEOUT)
    assert not verifier.error, verifier.error
    finding = verifier.finding
    assert finding is not None and finding.container == "QR"
    assert finding.outcome is Outcome.ACCEPT, finding.to_json()
    assert finding.presentation is not None and finding.presentation.challenge is Status.PASS
    assert [c.name for c in finding.credentials] == ["Issued Elsewhere"]
