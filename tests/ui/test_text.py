"""How text reads: long identifiers elided in the middle (full text kept), counted phrases."""

from __future__ import annotations

import json

from ui.common.display import tip_text
from ui.common.elide import elide_identifiers, elide_middle
from ui.common.plurals import english
from ui.credential.report_view import ReportView, diagnostic_text
from ui.importing.sources import sample_paths
from wallet.verify import verify_document

DID = "did:key:z6MkhSJNfNKQuaXu6dFyFVgmiGDjRX1zfWGH4S6PPTdm3ofVDJwsYV"


def test_elide_keeps_both_ends_and_short_text() -> None:
    short = elide_middle(DID, 30)
    assert len(short) == 30 and short.startswith("did:key:z6Mk") and short.endswith("JwsYV")
    assert "…" in short
    assert elide_middle("did:key:short") == "did:key:short"
    text = f"verified with {DID}#key-1 as expected"
    assert elide_identifiers(text).startswith("verified with did:key:")
    assert elide_identifiers(text).endswith(" as expected") and DID not in elide_identifiers(text)


def test_report_rows_elide_but_tooltip_and_diagnostic_keep_the_full_did(qtbot) -> None:
    path = next(p for p in sample_paths() if p.stem == "course-data-analysis")
    report = verify_document(json.loads(path.read_text("utf-8")))
    view = ReportView()
    qtbot.addWidget(view)
    view.show_report(report)
    rows = [view.topLevelItem(i) for i in range(view.topLevelItemCount())]
    signature = next(r for r in rows if "signature" in tip_text(r.toolTip(2)))
    issuer = report.view.data["issuer"]["id"]
    assert issuer not in signature.text(2) and "…" in signature.text(2)
    assert issuer in tip_text(signature.toolTip(2))
    assert issuer in diagnostic_text(report)


def test_english_counts() -> None:
    assert english("1 credential(s), 1 issuer(s)", 1) == "1 credential, 1 issuer"
    assert english("2 credential(s)", 2) == "2 credentials"
    assert english("2 Nachweise", 2) == "2 Nachweise"  # a real translation passes as-is
