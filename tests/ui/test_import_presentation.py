"""The app's import paths take a presentation: a VP file and pasted VP1- text each add the
credentials inside, and the import report names them "from a presentation"."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from tests.ui.conftest import PASSPHRASE
from ui.importing.report_dialog import ImportReportDialog
from wallet.demo import DemoIssuer
from wallet.present.holder import HolderKey
from wallet.present.presentation import PresentationRequest, sign_presentation
from wallet.present.vpqr import vp1_payload

TIMEOUT = 30_000
NOW = datetime(2025, 3, 1, 12, tzinfo=UTC)


def test_a_presentation_file_and_vp1_text_import_their_credentials(window, qtbot, tmp_path: Path):
    window.imports.show_report = False
    window.start_page.create_wallet(PASSPHRASE)
    qtbot.waitUntil(lambda: window.state.is_unlocked, timeout=TIMEOUT)
    holder = HolderKey.generate(NOW)
    issuer = DemoIssuer()
    credentials = [
        issuer.achievement_credential(name, subject_id=holder.did) for name in ("Kilo", "Lima")
    ]
    request = PresentationRequest(challenge="c", clock=lambda: NOW)
    vp = sign_presentation(credentials, holder, request).document
    path = tmp_path / "portfolio.json"
    path.write_text(json.dumps(vp), "utf-8")

    with qtbot.waitSignal(window.imports.finished, timeout=TIMEOUT) as done:
        window.imports.import_paths([path])
    outcomes = done.args[0]
    assert [str(o.status) for o in outcomes] == ["imported", "imported"]
    assert all("from a presentation" in o.name for o in outcomes)
    qtbot.waitUntil(lambda: window.state.library.total() == 2, timeout=TIMEOUT)
    report = ImportReportDialog(outcomes, window)
    rows = [report.table.topLevelItem(i).text(0) for i in range(report.table.topLevelItemCount())]
    assert rows == [
        "portfolio.json (credential 1 from a presentation)",
        "portfolio.json (credential 2 from a presentation)",
    ]

    single = sign_presentation(credentials[:1], holder, request).document
    with qtbot.waitSignal(window.imports.finished, timeout=TIMEOUT) as pasted:
        window.imports.import_text(vp1_payload(single))
    assert [str(o.status) for o in pasted.args[0]] == ["already there"]
    assert "from a presentation" in pasted.args[0][0].name
