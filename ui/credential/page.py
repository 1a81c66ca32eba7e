"""A credential's page: what it is, who issued it and to whom, how it was assessed, the
verification report as rows with reasons, and the learner's tags, collections and private note.

``show_document(document, report)`` renders any (document, Report) pair; ``show_detail`` adds
what the vault knows (tags, note, badge, collections) for a stored credential. Every value from
the credential is shown by the display rule (:mod:`ui.common.display`): bounded, invisible
characters visible, never markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.common.display import line, menu_text, plain_label
from ui.common.verdicts import chip_colors, chip_for, parts_caveat, verdict_label, verdict_sentence
from ui.credential.describe import CredentialView, describe_report
from ui.credential.legacy import LinkedDetails
from ui.credential.note import NoteEditor
from ui.credential.raw_json import RawJsonDialog, raw_text
from ui.credential.render import SHOW_ALL, details_html, recipient_text
from ui.credential.report_view import ReportView, diagnostic_text
from ui.credential.trust_bar import TrustBar
from ui.library.images import decode_image, placeholder
from wallet.verify import Report, Verdict
from wallet.verify.parts import tally_parts

__all__ = ["DETAILS_TAB", "VERIFICATION_TAB", "CredentialPage"]

DETAILS_TAB, VERIFICATION_TAB, NOTE_TAB = 0, 1, 2


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
        self.shown = CredentialView()
        self._raw = ""
        self.back_button = QPushButton(self.tr("← &Back"), self)
        self.back_button.setAccessibleName(self.tr("Back to the library"))
        self.back_button.clicked.connect(self._leave)
        self.badge = QLabel(self)
        self.badge.setFixedSize(96, 96)
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.badge.setAccessibleName(self.tr("Badge image"))
        self.title = plain_label(QLabel(self))
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = plain_label(QLabel(self))
        self.subtitle.setWordWrap(True)
        self.recipient = plain_label(QLabel(self))
        self.recipient.setAccessibleName(self.tr("Issued to"))
        self.recipient.setWordWrap(True)
        self.chip = plain_label(QLabel(self))
        self.chip.setAccessibleName(self.tr("Verification result"))
        self.sentence = plain_label(QLabel(self))
        self.sentence.setWordWrap(True)
        # The headline already names the Verification tab; the button only takes you there,
        # and is hidden while that tab is the current one (new-user finding 8).
        self.why_button = QPushButton(self.tr("Show &why"), self)
        self._why = False
        self.why_button.setFlat(True)
        self.why_button.setAccessibleName(self.tr("Show why: the Verification tab"))
        self.why_button.clicked.connect(self._show_why)
        self.caveat = plain_label(QLabel(self))
        self.caveat.setWordWrap(True)
        self.caveat.setAccessibleName(self.tr("Credentials inside"))
        self.tags = plain_label(QLabel(self))
        self.tags.setAccessibleName(self.tr("Tags"))
        self.tags.setWordWrap(True)
        self.in_collections = plain_label(QLabel(self))
        self.in_collections.setAccessibleName(self.tr("Collections it is in"))
        self.in_collections.setWordWrap(True)
        self.trust_bar = TrustBar(self)  # shown for stored credentials whose issuer is proven
        self.check_button = QPushButton(self.tr("Check &again now"), self)
        self.check_button.setAccessibleName(self.tr("Check this credential again now"))
        self.check_button.setToolTip(
            self.tr(
                "Verify it again, fetching its issuer's keys and status lists anew when "
                "checking online is on"
            )
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
        self.note = NoteEditor(self)
        self.note.save.connect(self.save_note)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Credential details"))
        self.tabs.addTab(self.details, self.tr("Details"))
        self.tabs.addTab(self.report_view, self.tr("Verification"))
        self.tabs.addTab(self.note, self.tr("Note"))
        self.tabs.currentChanged.connect(self._offer_why)
        self._lay_out()

    def _lay_out(self) -> None:
        heading = QVBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.subtitle)
        heading.addWidget(self.recipient)
        chip_row = QHBoxLayout()
        chip_row.addWidget(self.chip)
        chip_row.addWidget(self.sentence, 1)
        chip_row.addWidget(self.why_button)
        chip_row.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignTop)
        heading.addLayout(chip_row)
        heading.addWidget(self.caveat)
        heading.addWidget(self.tags)
        heading.addWidget(self.in_collections)
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
    def show_document(
        self,
        document: Any,
        report: Report | None,
        original: bytes = b"",
        *,
        linked: LinkedDetails | None = None,
        identities: Sequence[str] = (),
    ) -> None:
        """Render any credential and its report (no vault needed).

        What the page says comes from the report's signed view and its nested reports'
        (``linked``: an OB 2.0 badge's fetched BadgeClass and Profile; ``identities``: the
        learner's own addresses); ``document`` (the parsed original) only fills the raw tab.
        """
        view = describe_report(report, linked=linked, identities=identities)
        self.shown = view
        self.report = report
        self._raw = raw_text(document, original)
        self.title.setText(view.name)
        kind = view.kind or ("Open Badges 2.0" if view.legacy is not None else "")
        issued = view.issued[:10]
        self.subtitle.setText(" · ".join(t for t in (kind, view.issuer.name, issued) if t))
        who = recipient_text(view)
        self.recipient.setText(self.tr("Issued to %1").replace("%1", who) if who else "")
        self.recipient.setVisible(bool(who))
        self.details.setHtml(details_html(view, self.palette()))
        self.report_view.show_report(report)
        self._headline(report)
        self._offer_why()
        self.badge.setPixmap(placeholder(view.name, view.issuer.name, 96))
        self.tags.clear()
        self.in_collections.clear()
        self.trust_bar.hide()
        self.check_button.hide()  # only a stored credential can be checked again
        self.tabs.setCurrentIndex(DETAILS_TAB)

    def _headline(self, report: Report | None) -> None:
        """The verdict, what it means, and where the reason is."""
        self._why = False
        self.caveat.clear()
        self.caveat.setVisible(False)
        if report is None:
            self.chip.clear()
            self.sentence.clear()
            return
        background, text = chip_colors(chip_for(report.verdict), self.palette())
        self.chip.setText(verdict_label(report.verdict))
        self.chip.setStyleSheet(
            f"QLabel {{ background: {background.name()}; color: {text.name()};"
            " border-radius: 9px; padding: 2px 10px; font-weight: bold; }"
        )
        self.sentence.setText(verdict_sentence(report.verdict))
        self._why = report.verdict is not Verdict.VALID
        if report.view.basis == "unsigned":
            # attack-files F6: a Blockcerts marker or a hosted OB 2.0 assertion is read as the
            # file writes it; nothing the wallet checked signs the name and issuer shown.
            self.caveat.setText(
                "⚠ "
                + self.tr(
                    "Nothing this wallet checked signs what this page shows: the name, issuer "
                    "and details are the file's own text, and anyone could have written them."
                )
            )
            self.caveat.setVisible(True)
            self._why = True
            return
        caveat = parts_caveat(tally_parts(report))
        if caveat:
            prefix = (
                self.tr("Valid, but") if report.verdict is Verdict.VALID else self.tr("Inside it:")
            )
            self.caveat.setText(
                f"⚠ {prefix} {caveat}. "
                + self.tr("Each one's own verdict is beside it in Details and in Verification.")
            )
            self.caveat.setVisible(True)
            self._why = True

    def show_detail(
        self,
        detail: Any,
        image: bytes | None = None,
        collections: list[Any] | None = None,
        *,
        linked: LinkedDetails | None = None,
        identities: Sequence[str] = (),
    ) -> None:
        """A stored credential: a ``CredentialDetail`` plus its badge bytes and collections."""
        summary = detail.summary
        self.note.flush()
        self.credential_id = str(summary.id)
        self.show_document(
            detail.document, detail.report, detail.original, linked=linked, identities=identities
        )
        self.trust_bar.show_for(summary.issuer_id, summary.issuer_name, detail.report)
        self.check_button.show()
        if image:
            decoded = decode_image(image, 96)
            if decoded is not None:  # a small badge is drawn larger, smoothly
                self.badge.setPixmap(
                    QPixmap.fromImage(decoded).scaled(
                        96,
                        96,
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                )
        self.note.load(self.credential_id, detail.note)
        self.set_tags(summary.tags)
        self.set_collections(collections or [])

    def set_tags(self, tags: tuple[str, ...] | list[str]) -> None:
        self.tags.setText(
            self.tr("Tags: %1").replace("%1", line(", ".join(tags), 400))
            if tags
            else self.tr("No tags")
        )

    def set_collections(self, collections: list[Any]) -> None:
        self.collections_menu.clear()
        mine = [c for c in collections if self.credential_id in c.members]
        self.in_collections.setText(
            self.tr("In collections: %1").replace("%1", line(", ".join(c.name for c in mine), 400))
            if mine
            else ""
        )
        self.in_collections.setVisible(bool(mine))
        for collection in collections:
            action = self.collections_menu.addAction(menu_text(collection.name))
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
        """Forget everything shown (on lock); an unsaved note is saved first."""
        self.note.clear()
        self.credential_id = ""
        self.report = None
        self.shown = CredentialView()
        self._raw = ""
        for label in (
            self.title,
            self.subtitle,
            self.recipient,
            self.chip,
            self.sentence,
            self.caveat,
            self.tags,
            self.in_collections,
        ):
            label.clear()
        self.badge.clear()
        self._why = False
        self.why_button.hide()
        self.trust_bar.hide()
        self.details.clear()
        self.report_view.clear()
        self.collections_menu.clear()

    # --- actions --------------------------------------------------------------------------
    def _leave(self) -> None:
        self.note.flush()
        self.back.emit()

    def _offer_why(self) -> None:
        self.why_button.setVisible(self._why and self.tabs.currentIndex() != VERIFICATION_TAB)

    def _show_why(self) -> None:
        self.tabs.setCurrentIndex(VERIFICATION_TAB)
        self.report_view.setFocus()

    def copy_diagnostic(self) -> None:
        if self.report is not None:
            QGuiApplication.clipboard().setText(diagnostic_text(self.report, self.credential_id))

    def show_raw(self) -> None:
        RawJsonDialog(self.title.text(), self._raw, self).exec()

    def show_all_description(self) -> None:
        """The whole description, as plain text in a scrolling box."""
        heading = self.tr("Description — %1").replace("%1", line(self.title.text(), 80))
        RawJsonDialog(self.title.text(), self.shown.full_description, self, heading).exec()

    def _open_link(self, url: QUrl) -> None:
        if url.toString() == SHOW_ALL:
            self.show_all_description()
        elif url.scheme() in ("https", "http"):
            QDesktopServices.openUrl(url)
