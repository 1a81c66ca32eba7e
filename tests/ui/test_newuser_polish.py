"""The new user's findings left open by the newuser branch (/work/notes/newuser-findings.md,
items 8-11 and the Spanish dates): each test fails on the code before its fix."""

from __future__ import annotations

from tests.ui.library_samples import clr_with_a_forged_achievement
from ui.credential.page import DETAILS_TAB, VERIFICATION_TAB, CredentialPage
from wallet.verify import verify_document


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
