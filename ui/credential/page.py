"""A credential's page: what it is, who issued it, how it was assessed, the verification report
as rows with reasons, and the learner's tags, collections and private note.

``show_document(document, report)`` renders any (document, Report) pair; ``show_detail`` adds
what the vault knows (tags, note, badge) for a stored credential.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.common.verdicts import chip_colors, chip_for, verdict_label, verdict_sentence
from ui.credential.describe import describe
from ui.credential.raw_json import RawJsonDialog, raw_text
from ui.credential.render import details_html
from ui.credential.report_view import ReportView, diagnostic_text
from ui.credential.trust_bar import TrustBar
from ui.library.images import decode_image, placeholder
from wallet.verify import Report
from wallet.verify.view import EMPTY_VIEW

__all__ = ["CredentialPage"]


class CredentialPage(QWidget):
    back = Signal()
    share = Signal(str)  # credential id
    edit_tags = Signal(str)  # credential id
    save_note = Signal(str, str)  # credential id, text
    remove = Signal(str)
    toggle_collection = Signal(str, str, bool)  # collection id, credential id, member
    new_collection = Signal(str)  # credential id to add to it
    check_again = Signal(str)  # credential id: verify it again now, fetching anew (issue 12)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.credential_id = ""
        self.report: Report | None = None
        self._raw = ""
        self.back_button = QPushButton(self.tr("← &Back"), self)
        self.back_button.setAccessibleName(self.tr("Back to the library"))
        self.back_button.clicked.connect(self.back)
        self.badge = QLabel(self)
        self.badge.setFixedSize(96, 96)
        self.badge.setAccessibleName(self.tr("Badge image"))
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel(self)
        self.subtitle.setWordWrap(True)
        self.chip = QLabel(self)
        self.chip.setAccessibleName(self.tr("Verification result"))
        self.sentence = QLabel(self)
        self.sentence.setWordWrap(True)
        self.tags = QLabel(self)
        self.tags.setAccessibleName(self.tr("Tags"))
        self.trust_bar = TrustBar(self)  # shown for stored credentials whose issuer is proven
        self.check_button = QPushButton(self.tr("Check &again now"), self)
        self.check_button.setAccessibleName(self.tr("Check this credential again now"))
        self.check_button.setToolTip(
            self.tr("Verify it again, fetching its issuer's keys and status lists anew when "
                    "checking online is on")
        )
        self.check_button.clicked.connect(lambda: self.check_again.emit(self.credential_id))

        self.share_button = QPushButton(self.tr("S&hare…"), self)
        self.share_button.setAccessibleName(self.tr("Share this credential"))
        self.share_button.setToolTip(
            self.tr("Present it to an employer: a QR code, a signed file or a PDF (Ctrl+Shift+S)")
        )
        self.share_button.clicked.connect(lambda: self.share.emit(self.credential_id))
        self.tags_button = QPushButton(self.tr("&Tags…"), self)
        self.tags_button.clicked.connect(lambda: self.edit_tags.emit(self.credential_id))
        self.collections_button = QToolButton(self)
        self.collections_button.setText(self.tr("C&ollections"))
        self.collections_button.setAccessibleName(self.tr("Collections"))
        self.collections_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.collections_menu = QMenu(self.collections_button)
        self.collections_button.setMenu(self.collections_menu)
        self.copy_button = QPushButton(self.tr("Copy &diagnostic"), self)
        self.copy_button.clicked.connect(self.copy_diagnostic)
        self.raw_button = QPushButton(self.tr("Raw &JSON"), self)
        self.raw_button.clicked.connect(self.show_raw)
        self.remove_button = QPushButton(self.tr("&Remove…"), self)
        self.remove_button.clicked.connect(lambda: self.remove.emit(self.credential_id))

        self.details = QTextBrowser(self)
        self.details.setOpenLinks(False)  # links are shown; opened only when clicked
        self.details.setOpenExternalLinks(False)
        self.details.anchorClicked.connect(self._open_link)
        self.details.setAccessibleName(self.tr("Credential details"))
        self.report_view = ReportView(self)
        self.note = QPlainTextEdit(self)
        self.note.setAccessibleName(self.tr("Private note"))
        self.note.setPlaceholderText(self.tr("A private note, only for you (kept encrypted)."))
        self.note_button = QPushButton(self.tr("&Save note"), self)
        self.note_button.clicked.connect(
            lambda: self.save_note.emit(self.credential_id, self.note.toPlainText())
        )
        notes = QWidget(self)
        notes_layout = QVBoxLayout(notes)
        notes_layout.addWidget(self.note)
        notes_layout.addWidget(self.note_button, 0, Qt.AlignmentFlag.AlignRight)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.details, self.tr("Details"))
        self.tabs.addTab(self.report_view, self.tr("Verification"))
        self.tabs.addTab(notes, self.tr("Note"))

        heading = QVBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.subtitle)
        chip_row = QHBoxLayout()
        chip_row.addWidget(self.chip)
        chip_row.addWidget(self.sentence, 1)
        chip_row.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignTop)
        heading.addLayout(chip_row)
        heading.addWidget(self.tags)
        heading.addWidget(self.trust_bar)
        header = QHBoxLayout()
        header.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        header.addLayout(heading, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.back_button)
        actions.addStretch(1)
        for widget in (
            self.share_button,
            self.tags_button,
            self.collections_button,
            self.copy_button,
            self.raw_button,
            self.remove_button,
        ):
            actions.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)

    # --- showing --------------------------------------------------------------------------
    def show_document(self, document: Any, report: Report | None, original: bytes = b"") -> None:
        """Render any credential and its report (no vault needed).

        What the page says comes from the report's signed view; ``document`` (the parsed
        original) only fills the raw-JSON tab.
        """
        view = describe(report.view if report is not None else EMPTY_VIEW)
        self.report = report
        self._raw = raw_text(document, original)
        self.title.setText(view.name)
        kind = f"{view.kind} · " if view.kind else ""
        issued = f" · {view.issued[:10]}" if view.issued else ""
        self.subtitle.setText(f"{kind}{view.issuer.name}{issued}")
        self.details.setHtml(details_html(view))
        self.report_view.show_report(report)
        if report is not None:
            background, text = chip_colors(chip_for(report.verdict), self.palette())
            self.chip.setText(verdict_label(report.verdict))
            self.chip.setStyleSheet(
                f"QLabel {{ background: {background.name()}; color: {text.name()};"
                " border-radius: 9px; padding: 2px 10px; font-weight: bold; }"
            )
            self.sentence.setText(verdict_sentence(report.verdict))
        self.badge.setPixmap(placeholder(view.name, view.issuer.name, 96))
        self.tags.clear()
        self.trust_bar.hide()
        self.check_button.hide()  # only a stored credential can be checked again
        self.tabs.setCurrentIndex(0)

    def show_detail(
        self, detail: Any, image: bytes | None = None, collections: list[Any] | None = None
    ) -> None:
        """A stored credential: a ``CredentialDetail`` plus its badge bytes and collections."""
        summary = detail.summary
        self.credential_id = str(summary.id)
        self.show_document(detail.document, detail.report, detail.original)
        self.trust_bar.show_for(summary.issuer_id, summary.issuer_name, detail.report)
        self.check_button.show()
        if image:
            decoded = decode_image(image, 96)
            if decoded is not None:
                self.badge.setPixmap(QPixmap.fromImage(decoded))
        self.note.setPlainText(detail.note)
        self.set_tags(summary.tags)
        self.set_collections(collections or [])

    def set_tags(self, tags: tuple[str, ...] | list[str]) -> None:
        self.tags.setText(
            self.tr("Tags: %1").replace("%1", ", ".join(tags)) if tags else self.tr("No tags")
        )

    def set_collections(self, collections: list[Any]) -> None:
        self.collections_menu.clear()
        for collection in collections:
            action = self.collections_menu.addAction(collection.name)
            action.setCheckable(True)
            action.setChecked(self.credential_id in collection.members)
            action.toggled.connect(
                lambda on, c=str(collection.id): self.toggle_collection.emit(
                    c, self.credential_id, on
                )
            )
        if collections:
            self.collections_menu.addSeparator()
        self.collections_menu.addAction(
            self.tr("New collection…"), lambda: self.new_collection.emit(self.credential_id)
        )

    def clear(self) -> None:
        """Forget everything shown (on lock)."""
        self.credential_id = ""
        self.report = None
        self._raw = ""
        for label in (self.title, self.subtitle, self.chip, self.sentence, self.tags):
            label.clear()
        self.badge.clear()
        self.trust_bar.hide()
        self.details.clear()
        self.report_view.clear()
        self.note.clear()
        self.collections_menu.clear()

    # --- actions --------------------------------------------------------------------------
    def copy_diagnostic(self) -> None:
        if self.report is not None:
            QGuiApplication.clipboard().setText(diagnostic_text(self.report, self.credential_id))

    def show_raw(self) -> None:
        RawJsonDialog(self.title.text(), self._raw, self).exec()

    def _open_link(self, url: QUrl) -> None:
        if url.scheme() in ("https", "http"):
            QDesktopServices.openUrl(url)
