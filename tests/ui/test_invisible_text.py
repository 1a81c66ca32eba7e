"""Attack-files F2: no character that draws nothing reaches the screen, the PDF or a message.

Before, the display rule (``ui.common.display``) and the message rule (``wallet.wording``) listed
bidi controls and zero-width characters by hand and let through the rest of Unicode's format
characters: tag characters (U+E0020…E007F, a whole hidden sentence after "Harvard"), soft
hyphens, Arabic number signs, Hangul fillers that look like spaces, variation selectors, and
floods of combining marks ("Zalgo" text) that draw over the lines around them.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from datetime import UTC, datetime
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.factories import Issuer, make_badge
from ui.common.display import line, passage
from wallet.wording import MAX_MARKS, plain

# Every Cf character of this Python's Unicode database, and the ones that are not Cf but draw
# nothing (combining grapheme joiner, Hangul fillers, Khmer inherent vowels, variation selectors).
CF = [chr(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Cf"]
BLANK = [
    "\u034f",
    "\u115f",
    "\u1160",
    "\u17b4",
    "\u17b5",
    "\u3164",
    "\uffa0",
    "\ufe00",
    "\U000e0100",
]
HIDDEN = CF + BLANK + ["\u2028", "\u2029"]
NOW = datetime(2025, 3, 1, 12, tzinfo=UTC)


def _hidden_left(text: str) -> list[str]:
    return [c for c in text if c in HIDDEN_SET or unicodedata.category(c) == "Cc"]


HIDDEN_SET = set(HIDDEN)


def _longest_mark_run(text: str) -> int:
    longest = run = 0
    for c in text:
        run = run + 1 if unicodedata.combining(c) else 0
        longest = max(longest, run)
    return longest


words = st.text(st.characters(codec="utf-8"), max_size=40)
hidden = st.sampled_from(HIDDEN)
marks = st.integers(min_value=0, max_value=60).map(lambda n: "\u0301\u0316\u0363" * n)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(words, hidden, marks), max_size=12))
def test_no_invisible_character_survives_any_display_rule(parts: list[str]) -> None:
    text = "".join(parts)
    for shown in (line(text), passage(text)[0], plain(text), plain(text, 20_000)):
        assert _hidden_left(shown.replace("\n", "")) == [], repr(shown)
        assert _longest_mark_run(shown) <= MAX_MARKS + 1  # a cut may end beside one escape


def test_tag_characters_and_fillers_are_shown_as_escapes() -> None:
    tagged = "Harvard" + "".join(chr(0xE0000 + ord(c)) for c in "ok")
    assert line(tagged) == "Harvard\\U000e006f\\U000e006b"
    assert plain("a\u3164b\u00adc") == "a\\u3164b\\u00adc"
    assert line("e" + "\u0301" * 500) == "e" + "\u0301" * MAX_MARKS + "…"
    assert line("e" + "\u0301" * 50) == "e" + "\u0301" * MAX_MARKS
    # Real text keeps its marks and emoji: Vietnamese, Hebrew with points, a heart with VS16.
    for real in ("Nguyễn Thị Hương", "שָׁלוֹם", "I ❤️ Python", "Ελληνικά"):
        assert line(real) == real and plain(real) == real


def test_the_credential_page_escapes_hidden_text(qtbot) -> None:
    from ui.credential.page import CredentialPage
    from wallet.formats.sniff import read_input
    from wallet.verify import VerifyOptions
    from wallet.verify.dispatch import verify_unpacked

    hidden_words = "".join(chr(0xE0000 + ord(c)) for c in "forged")
    badge = make_badge(
        Issuer.generate("Harvard" + hidden_words), 1, name="MD\u3164" + "\u0301" * 80
    )
    data = json.dumps(badge).encode()
    unpacked = read_input(data)
    page = CredentialPage()
    qtbot.addWidget(page)
    page.show_document(unpacked.document, verify_unpacked(unpacked, VerifyOptions()), data)
    for shown in (page.title.text(), page.subtitle.text(), page.details.toPlainText()):
        assert _hidden_left(shown.replace("\n", "").replace("\u2029", "")) == []
        assert _longest_mark_run(shown) <= MAX_MARKS
    assert "\\U000e0066" in page.subtitle.text()


ATTACK9 = Path(__file__).resolve().parents[1] / "fixtures" / "attack9"


def test_unsigned_content_beside_a_blockcerts_marker_is_labelled_unsigned(qtbot) -> None:
    """F6: the file's own "Doctor of Medicine, Harvard University" is shown with a sentence that
    nothing signs it, on the page and in the PDF pack, never as a credential's content alone."""
    from ui.credential.page import CredentialPage
    from ui.export.evidence_html import pack_html
    from wallet.formats.sniff import read_input
    from wallet.present.evidence import EvidenceItem
    from wallet.verify import VerifyOptions
    from wallet.verify.dispatch import verify_unpacked

    data = (ATTACK9 / "blockcerts-marker-unsigned-content.json").read_bytes()
    unpacked = read_input(data)
    report = verify_unpacked(unpacked, VerifyOptions(offline=True))
    assert report.view.basis == "unsigned"
    page = CredentialPage()
    qtbot.addWidget(page)
    page.show_document(unpacked.document, report, data)
    assert page.caveat.isVisibleTo(page)
    assert "Nothing this wallet checked signs" in page.caveat.text()
    item = EvidenceItem("x", "x", unpacked.document, report, NOW, data)
    assert "not signed" in pack_html([item], "did:example:holder", NOW, 4.0).body
    # A signed credential carries no such sentence.
    badge = json.dumps(make_badge(Issuer.generate(), 2)).encode()
    signed = read_input(badge)
    page.show_document(signed.document, verify_unpacked(signed, VerifyOptions()), badge)
    assert not page.caveat.isVisibleTo(page)
