"""The credential page's reading of a credential, and the create-wallet dialog's rules."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QDialogButtonBox

from ui.credential.describe import describe
from ui.credential.page import CredentialPage
from ui.importing.sources import sample_paths
from ui.start.create_dialog import CreateWalletDialog
from wallet.verify import verify_document
from wallet.verify.pipeline import read_document
from wallet.verify.view import SignedView


def _sample(stem: str) -> dict:
    path = next(p for p in sample_paths() if p.stem == stem)
    return json.loads(path.read_text("utf-8"))


def test_course_shows_credits_duration_results_evidence_and_framework() -> None:
    view = describe(read_document(_sample("course-data-analysis")).view())
    assert (view.kind, view.credits, view.code) == ("Course", "3 of 3", "DATA-101")
    assert view.duration == "2024-05-01 – 2024-06-12"
    assert [(r.name, r.value) for r in view.results] == [("Final grade", "A")]
    assert view.evidence[0].url.startswith("https://example.org/portfolio/")
    assert {a.framework for a in view.alignments} == {"Demo Digital Skills Framework"}


def test_clr_achievements_form_a_tree_from_associations() -> None:
    def credential(name: str, ident: str) -> dict:
        return {
            "issuer": {"id": "did:example:u", "name": "Uni"},
            "credentialSubject": {"achievement": {"id": ident, "name": name}},
        }

    clr = {
        "type": ["VerifiableCredential", "ClrCredential"],
        "credentialSubject": {
            "verifiableCredential": [credential("Degree", "urn:a"), credential("Module", "urn:b")],
            "association": [
                {"associationType": "isChildOf", "sourceId": "urn:b", "targetId": "urn:a"}
            ],
        },
    }
    # A view of any shape the statements can give (describe never sees the JSON itself).
    view = describe(SignedView(clr, "rdf"))
    assert view.is_clr
    assert [n.name for n in view.nested] == ["Degree"]
    assert [c.name for c in view.nested[0].children] == ["Module"]


def test_links_are_shown_but_not_followed(qtbot) -> None:
    page = CredentialPage()
    qtbot.addWidget(page)
    document = _sample("badge-team-collaboration")
    page.show_document(document, verify_document(document))
    assert not page.details.openLinks()
    assert "https://example.org/skills/collaboration" in page.details.toHtml()
    assert page.chip.text() == "Valid"
    assert page.report_view.topLevelItemCount() == 7


def test_create_needs_matching_passphrases_and_hides_remember_without_keyring(qtbot) -> None:
    dialog = CreateWalletDialog("no keyring here")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not dialog.remember.isEnabled() and not dialog.wants_remember()
    qtbot.keyClicks(dialog.fields.passphrase, "short")
    assert not ok.isEnabled() and "at least" in dialog.fields.problem.text()
    dialog.fields.passphrase.setText("maple river lantern 42")
    qtbot.keyClicks(dialog.fields.confirm, "maple river lantern 4")
    assert not ok.isEnabled() and "differ" in dialog.fields.problem.text()
    qtbot.keyClicks(dialog.fields.confirm, "2")
    assert ok.isEnabled()
    assert dialog.fields.meter.value() > 60
    with_keyring = CreateWalletDialog(None)
    qtbot.addWidget(with_keyring)
    assert with_keyring.remember.isEnabled()
