"""Issue 11, "Long and strange text" and "Text is never markup": every widget that shows credential
data shows it as plain, bounded text with its invisible characters visible; links are shown,
opened only on click, and only for http(s)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QTextBrowser, QWidget

from tests.ui.conftest import PASSPHRASE
from tests.ui.library_samples import SCHEMES, hostile_badge, linked_badge
from ui.common.display import NAME_LIMIT, TEXT_LIMIT, line, passage, plain_tip, tip_text
from ui.common.markdown_text import markdown_html
from ui.credential.page import CredentialPage
from wallet.verify import verify_document

TIMEOUT = 60_000
INVISIBLE = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200b\u200e\u200f\u2060\ufeff"


def _unlocked(window, qtbot) -> None:
    window.imports.show_report = False
    window.start_page.create_wallet(PASSPHRASE)
    qtbot.waitUntil(lambda: window.state.is_unlocked, timeout=TIMEOUT)


def _import(window, qtbot, tmp_path: Path, documents: list[dict]) -> None:
    paths = []
    for i, document in enumerate(documents):
        path = tmp_path / f"hostile-{i}.json"
        path.write_text(json.dumps(document))
        paths.append(path)
    before = window.state.library.total()
    with qtbot.waitSignal(window.imports.finished, timeout=TIMEOUT):
        window.imports.import_paths(paths)
    qtbot.waitUntil(lambda: window.state.library.total() == before + len(paths), timeout=TIMEOUT)


def _open(window, qtbot, credential_id: str) -> None:
    window.credential.credential_id = ""
    window.open_credential(credential_id)
    qtbot.waitUntil(lambda: window.credential.credential_id == credential_id, timeout=TIMEOUT)


def _markup_shown(window: QWidget) -> list[str]:
    """Every place under ``window`` where the hostile markup would be interpreted: a label
    showing it with rich text on, a tooltip that is rich text holding the raw tags, a rich
    document holding the raw tags, an item's tooltip likewise."""
    found = []
    widgets = [window, *window.findChildren(QWidget)]
    for widget in widgets:
        name = f"{type(widget).__name__} {widget.objectName() or widget.accessibleName()}"
        tip = widget.toolTip()
        if "<b>VERIFIED" in tip and Qt.mightBeRichText(tip):
            found.append(f"tooltip of {name}")
        if "<b>VERIFIED" in widget.windowTitle() or "\u202e" in widget.windowTitle():
            found.append(f"window title of {name}")
        if isinstance(widget, QLabel) and "VERIFIED" in widget.text():
            rich = widget.textFormat() == Qt.TextFormat.RichText or (
                widget.textFormat() == Qt.TextFormat.AutoText and Qt.mightBeRichText(widget.text())
            )
            if rich and "<b>VERIFIED" in widget.text():
                found.append(f"label {name}")
        if isinstance(widget, QTextBrowser):
            html = widget.toHtml()
            if "<b>VERIFIED" in html or "<img" in html or 'href="javascript' in html.lower():
                found.append(f"document {name}")
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(min(model.rowCount(), 200)):
                index = model.index(row, 0)
                item_tip = str(model.data(index, Qt.ItemDataRole.ToolTipRole) or "")
                if "<b>VERIFIED" in item_tip and Qt.mightBeRichText(item_tip):
                    found.append(f"item tooltip in {name}")
    return found


def _visible_texts(window: QWidget) -> list[str]:
    texts = [w.text() for w in window.findChildren(QLabel)]
    texts += [w.toPlainText() for w in window.findChildren(QTextBrowser)]
    return texts


# --- failure first ---------------------------------------------------------------------------
def test_a_hostile_name_is_never_markup_anywhere_in_the_window(window, qtbot, tmp_path) -> None:
    _unlocked(window, qtbot)
    _import(window, qtbot, tmp_path, [hostile_badge()])
    summary = window.state.library.summaries()[0]
    # The library (cards, then rows), the page with each tab, the skills view.
    window.library.view.viewport().grab()
    window.library.set_list_mode(True)
    window.library.view.viewport().grab()
    _open(window, qtbot, str(summary.id))
    for tab in range(window.credential.tabs.count()):
        window.credential.tabs.setCurrentIndex(tab)
        window.grab()
        assert _markup_shown(window) == []
    # The name reads as written, its bidi override visible, not obeyed.
    assert "<b>VERIFIED</b> by <img" in window.credential.title.text()
    assert "\\u202e" in window.credential.title.text()
    assert "\u202e" not in "".join(_visible_texts(window))
    window.sidebar.select("skills")
    qtbot.waitUntil(lambda: window.skills.model.rowCount() > 0, timeout=TIMEOUT)
    assert _markup_shown(window) == []
    # The dialog that names it when sharing it.
    window.share([str(summary.id)])
    share = window.share_dialog
    qtbot.waitUntil(lambda: share.prepared is not None, timeout=TIMEOUT)
    assert "VERIFIED" in share.credentials.item(0).text()
    assert _markup_shown(share) == []
    share.close()


def test_a_400000_character_name_is_cut_before_anything_lays_it_out(
    window, qtbot, tmp_path
) -> None:
    _unlocked(window, qtbot)
    huge = "Harvard " * 50_000  # 400,000 characters
    _import(window, qtbot, tmp_path, [hostile_badge(7002, name=huge)])
    summary = window.state.library.summaries()[0]
    shown = window.state.library.data(window.state.library.index(0), Qt.ItemDataRole.DisplayRole)
    assert len(summary.name) <= 2_000  # what the vault's summary keeps of a name
    assert len(shown) <= NAME_LIMIT and shown.endswith("…")
    window.library.view.viewport().grab()  # paints the card from the cut text
    _open(window, qtbot, str(summary.id))
    assert len(window.credential.title.text()) <= NAME_LIMIT
    description = window.credential.shown
    assert description.description_cut and len(description.description) <= TEXT_LIMIT
    assert "Show all of the description" in window.credential.details.toPlainText()
    assert len(window.credential.details.toPlainText()) < 3 * TEXT_LIMIT


class _Opened(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def handle(self, url: QUrl) -> None:
        self.urls.append(url.toString())


@pytest.mark.parametrize("scheme", sorted(SCHEMES))
def test_links_are_shown_and_opened_on_click_only_for_http_and_https(qtbot, scheme) -> None:
    page = CredentialPage()
    qtbot.addWidget(page)
    document = linked_badge()
    page.show_document(document, verify_document(document))
    url = SCHEMES[scheme]
    html = page.details.toHtml()
    anchored = f'href="{url}"'.replace("&", "&amp;") in html
    assert anchored is (scheme in ("http", "https")), html
    opened = _Opened()
    QDesktopServices.setUrlHandler(scheme, opened, "handle")
    try:
        assert opened.urls == []  # shown is not opened
        page.details.anchorClicked.emit(QUrl(url))  # a click on it
        assert opened.urls == ([url] if scheme in ("http", "https") else [])
    finally:
        QDesktopServices.unsetUrlHandler(scheme)


def test_markdown_is_rendered_without_raw_html_images_or_other_schemes() -> None:
    html = markdown_html(
        "**Strong** <b>raw</b> <img src=x> [here](https://example.edu/a) "
        "[js](javascript:alert(1)) ![pic](file:///etc/passwd) ![ok](https://example.edu/p.png)"
    )
    assert "<strong>Strong</strong>" in html
    assert "&lt;b&gt;raw&lt;/b&gt;" in html and "&lt;img src=x&gt;" in html
    assert '<a href="https://example.edu/a">here</a>' in html
    assert "(https://example.edu/a)" in html  # the address is shown beside its text
    assert "<img" not in html and 'href="javascript' not in html and 'href="file' not in html


# --- the rule itself, for any text --------------------------------------------------------------
@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=3_000))
def test_line_is_bounded_visible_and_one_line_for_any_text(text: str) -> None:
    shown = line(text, 120)
    assert len(shown) <= 120
    assert not any(c in shown for c in INVISIBLE + "\n\r\t\x00")
    if text.strip() and all(c.isalnum() for c in text) and len(text) <= 120:
        assert shown == text


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=2_000), st.integers(min_value=10, max_value=500))
def test_passage_keeps_lines_but_never_invisible_characters(text: str, limit: int) -> None:
    shown, cut = passage(text + INVISIBLE, limit)
    assert len(shown) <= limit
    assert not any(c in shown for c in INVISIBLE)
    if len(text + INVISIBLE) > limit:
        assert cut  # said, so the page offers "show all"
    if not cut:
        assert shown.endswith("\\u200b\\u200e\\u200f\\u2060\\ufeff")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=500))
def test_a_tooltip_shows_any_text_as_written(text: str) -> None:
    QApplication.instance() or QApplication([])
    tip = plain_tip(text + "<b>x</b>")
    assert "<b>x</b>" not in tip  # escaped, so never interpreted
    assert tip_text(tip).endswith("<b>x</b>")
