"""The Share dialog: present chosen credentials as a signed file, a QR code or a PDF pack.

Opening it checks the credentials again and makes sure the holder key exists (one background
task); "Show QR code" or "Save As…" signs and encodes in another, and each share is recorded in
the vault's share history (``ui.share.presenting``). Credentials that are not valid are listed
with the reason and left out unless the learner ticks the override. The QR page shows the code
large, with its version and what to do when no code fits.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QRect, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.common.display import line, plain_label, plain_tip
from ui.common.elide import elide_middle
from ui.common.plurals import english
from ui.common.tasks import run_task
from ui.common.verdicts import verdict_label
from ui.share.binding import ChallengeReader
from ui.share.interview import FixedSlides, InterviewWindow
from ui.share.presenting import (
    InterviewShare,
    Prepared,
    Shared,
    ShareFormat,
    ShareRequest,
    as_qr_file,
    make_share,
    prepare,
    refusal,
    save_share,
    shown_slide,
)
from ui.share.qr_view import QrView
from ui.start.page import explain
from wallet.present.linkedin import linkedin_add_url
from wallet.present.presentation import Purpose, default_purpose

__all__ = ["ShareDialog", "inside"]

AskPath = Callable[[ShareFormat, str], Path | None]


def inside(frame: QRect, room: QRect) -> QPoint:
    """Where ``frame`` goes to lie inside ``room``: where it is when it does, else moved the
    least; a frame larger than the room keeps its top-left corner in it."""
    x = max(room.left(), min(frame.left(), room.right() + 1 - frame.width()))
    y = max(room.top(), min(frame.top(), room.bottom() + 1 - frame.height()))
    return QPoint(x, y)


class ShareDialog(QDialog):
    """``ask_path(format, suggested name)`` chooses where to save (tests replace it)."""

    def __init__(self, service: Any, ids: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.ids = list(ids)
        self.prepared: Prepared | None = None
        self.shared: Shared | None = None
        self.saved: list[Path] = []
        self.ask_path: AskPath = self._ask_path
        self.interview_window: InterviewWindow | None = None
        self.open_url: Callable[[str], object] = lambda url: QDesktopServices.openUrl(QUrl(url))
        self.setWindowTitle(self.tr("Share credentials"))
        self.setMinimumWidth(620)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._options_page())
        self.stack.addWidget(self._qr_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        # F11: the code full screen (interview mode), from either page.
        QShortcut(QKeySequence(Qt.Key.Key_F11), self, self.full_screen)
        self._busy(True, self.tr("Checking your credentials again…"))
        run_task(self, lambda _: prepare(service, self.ids), self._prepared, self._failed)

    # --- building -------------------------------------------------------------------------
    def _options_page(self) -> QWidget:
        page = QWidget(self)
        self.intro = plain_label(QLabel(page))
        self.intro.setWordWrap(True)
        self.credentials = QListWidget(page)
        self.credentials.setAccessibleName(self.tr("Credentials to share"))
        # A refusal's reason can be long: it wraps to the list's width rather than hiding
        # behind a horizontal scrollbar (new-user finding 9); the tooltip holds the whole row.
        self.credentials.setWordWrap(True)
        self.credentials.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.credentials.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.credentials.setMaximumHeight(140)
        self.format = QComboBox(page)
        self.format.setAccessibleName(self.tr("Format"))
        for fmt, label in (
            (ShareFormat.QR, self.tr("QR code on screen")),
            (ShareFormat.VP, self.tr("Signed presentation file (.json)")),
            (ShareFormat.VP_JWT, self.tr("Signed presentation as a JWT (.jwt)")),
            (ShareFormat.QR_PNG, self.tr("QR code image (.png)")),
            (ShareFormat.QR_SVG, self.tr("QR code image (.svg)")),
            (ShareFormat.PDF, self.tr("PDF evidence pack (.pdf)")),
        ):
            self.format.addItem(label, fmt)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.purpose = QComboBox(page)
        self.purpose.setAccessibleName(self.tr("Proof purpose"))
        self.purpose.addItem(self.tr("Authentication (most verifiers)"), Purpose.AUTHENTICATION)
        self.purpose.addItem(
            self.tr("Assertion method, for verifiers such as VerifierPlus"),
            Purpose.ASSERTION_METHOD,
        )
        # Until the learner picks a purpose, it follows the format (default_purpose).
        self._purpose_chosen = False
        self.purpose.activated.connect(self._choose_purpose)
        self.challenge = QLineEdit(page)
        self.challenge.setAccessibleName(self.tr("Verifier's challenge"))
        self.challenge.setPlaceholderText(self.tr("Given by the verifier; empty: a random one"))
        self.domain = QLineEdit(page)
        self.domain.setAccessibleName(self.tr("Verifier's domain"))
        self.domain.setPlaceholderText(self.tr("Optional, such as jobs.example.com"))
        self.override = QCheckBox(self.tr("Share the credentials that are not valid anyway"), page)
        self.override.setAccessibleName(self.tr("Share credentials that are not valid"))
        self.override.hide()
        self.override.toggled.connect(self._update_action)
        self.holder = plain_label(QLabel(page))
        self.holder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = plain_label(QLabel(page))
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Share status"))
        self.action = QPushButton(page)
        self.action.setDefault(True)
        self.action.clicked.connect(lambda: self.share())
        close = QPushButton(self.tr("Close"), page)
        close.clicked.connect(self.reject)
        self.reader = ChallengeReader(self.challenge, self.domain, self.status, page)
        self.interview_button = QPushButton(self.tr("&Interview mode (F11)"), page)
        self.interview_button.setAccessibleName(self.tr("Show the codes full screen"))
        self.interview_button.setToolTip(
            self.tr("Full screen, one code at a time, for the verifier's phone or a video call")
        )
        self.interview_button.clicked.connect(self.interview)
        self.linkedin = QPushButton(self.tr("Add to &LinkedIn profile"), page)
        self.linkedin.setAccessibleName(self.tr("Add to LinkedIn profile (opens your browser)"))
        self.linkedin.setToolTip(self.tr("Opens LinkedIn's add-certification form in your browser"))
        self.linkedin.clicked.connect(self.add_to_linkedin)
        self.linkedin.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Format:"), self.format)
        form.addRow(self.tr("&Purpose:"), self.purpose)
        form.addRow(self.tr("C&hallenge:"), self.challenge)
        form.addRow(self.tr("&Domain:"), self.domain)
        form.addRow(self.tr("Read them:"), self.reader.sources)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.linkedin)
        buttons.addWidget(self.interview_button)
        buttons.addWidget(self.action)
        buttons.addWidget(close)
        layout = QVBoxLayout(page)
        layout.addWidget(self.intro)
        layout.addWidget(self.credentials)
        layout.addWidget(self.override)
        layout.addLayout(form)
        layout.addWidget(self.holder)
        layout.addLayout(buttons)
        return page

    def _qr_page(self) -> QWidget:
        page = QWidget(self)
        self.qr_heading = plain_label(QLabel(page))
        font = self.qr_heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.qr_heading.setFont(font)
        self.qr_view = QrView(page)
        self.qr_info = plain_label(QLabel(page))
        self.qr_info.setAccessibleName(self.tr("QR code details"))
        self.qr_info.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr_message = plain_label(QLabel(page))
        self.qr_message.setWordWrap(True)
        self.qr_message.setAccessibleName(self.tr("About this QR code"))
        self.save_png = QPushButton(self.tr("Save as &PNG…"), page)
        self.save_png.clicked.connect(lambda: self._save_qr(ShareFormat.QR_PNG))
        self.save_svg = QPushButton(self.tr("Save as &SVG…"), page)
        self.save_svg.clicked.connect(lambda: self._save_qr(ShareFormat.QR_SVG))
        self.instead_file = QPushButton(self.tr("Save the presentation &file…"), page)
        self.instead_file.clicked.connect(lambda: self._instead(ShareFormat.VP))
        self.instead_pdf = QPushButton(self.tr("Save the PDF &evidence pack…"), page)
        self.instead_pdf.clicked.connect(lambda: self._instead(ShareFormat.PDF))
        back = QPushButton(self.tr("← &Back"), page)
        back.setAccessibleName(self.tr("Back to the share options"))
        back.clicked.connect(lambda: self.stack.setCurrentIndex(0))
        self.full_button = QPushButton(self.tr("F&ull screen (F11)"), page)
        self.full_button.setAccessibleName(self.tr("Show this code full screen"))
        self.full_button.clicked.connect(self.full_screen)
        close = QPushButton(self.tr("Close"), page)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addStretch(1)
        for button in (
            self.full_button,
            self.save_png,
            self.save_svg,
            self.instead_file,
            self.instead_pdf,
            close,
        ):
            buttons.addWidget(button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.qr_heading)
        layout.addWidget(self.qr_view, 1)
        layout.addWidget(self.qr_info)
        layout.addWidget(self.qr_message)
        layout.addLayout(buttons)
        return page

    # --- state ----------------------------------------------------------------------------
    def _busy(self, busy: bool, text: str = "") -> None:
        for widget in (
            self.format,
            self.purpose,
            self.challenge,
            self.domain,
            self.override,
            self.reader.sources,
        ):
            widget.setEnabled(not busy)
        self.action.setEnabled(not busy and self._can_share())
        self.interview_button.setEnabled(not busy and self._can_share())
        self.status.setText(text)

    def _can_share(self) -> bool:
        prepared = self.prepared
        if prepared is None:
            return False
        return any(c.valid for c in prepared.candidates) or self.override.isChecked()

    def _prepared(self, prepared: Prepared) -> None:
        self.prepared = prepared
        n = len(prepared.candidates)
        self.intro.setText(
            english(self.tr("Checked again just now: %n credential(s).", "", n), n)
            + " "
            + self.tr("Sharing signs them with your holder identity.")
        )
        for candidate in prepared.candidates:
            why = refusal(candidate)
            mark = "✓" if why is None else "✗"
            text = f"{mark} {line(candidate.name)} — {verdict_label(candidate.report.verdict)}"
            row = text if why is None else f"{text}: {why}"
            item = QListWidgetItem(row)
            item.setToolTip(plain_tip(row))
            self.credentials.addItem(item)
        self.override.setVisible(any(not c.valid for c in prepared.candidates))
        self.linkedin.setVisible(len(prepared.candidates) == 1)
        self.holder.setText(self.tr("Signed as %1").replace("%1", elide_middle(prepared.holder)))
        self.holder.setToolTip(plain_tip(prepared.holder))
        self.format.setCurrentIndex(max(self.format.findData(prepared.default_format), 0))
        self._busy(False)
        self._format_changed()

    def _format_changed(self) -> None:
        fmt = ShareFormat(self.format.currentData())
        if not self._purpose_chosen:
            wanted = default_purpose(fmt.is_qr_code)
            self.purpose.setCurrentIndex(self.purpose.findData(wanted))
        self.action.setText(
            self.tr("Show &QR code") if fmt is ShareFormat.QR else self.tr("&Save As…")
        )
        self.action.setAccessibleName(self.action.text().replace("&", ""))
        self._update_action()

    def _choose_purpose(self) -> None:
        self._purpose_chosen = True

    def _update_action(self) -> None:
        self.action.setEnabled(self._can_share() and self.format.isEnabled())
        self.interview_button.setEnabled(self._can_share() and self.format.isEnabled())
        if self.prepared is not None and not self._can_share():
            self.status.setText(
                self.tr("None of these credentials is valid: tick the box to share them anyway.")
            )
        elif self.prepared is not None:
            self.status.clear()

    def request(self, fmt: ShareFormat | None = None) -> ShareRequest:
        return ShareRequest(
            format=fmt or ShareFormat(self.format.currentData()),
            challenge=self.challenge.text().strip() or None,
            domain=self.domain.text().strip() or None,
            purpose=Purpose(self.purpose.currentData()),
            include_invalid=self.override.isChecked(),
        )

    # --- sharing --------------------------------------------------------------------------
    def share(self, fmt: ShareFormat | None = None) -> None:
        """Sign and encode in the background; then show the QR code, or save the file."""
        prepared = self.prepared
        if prepared is None or not self._can_share():
            return
        request = self.request(fmt)
        target = None
        if request.format is not ShareFormat.QR:
            target = self.ask_path(request.format, self._suggested_name(request.format))
            if target is None:
                return
        service = self.service

        def work(_: object) -> tuple[Shared, Path | None]:
            shared = make_share(service, prepared, request)
            if shared.pack is not None or (shared.qr is not None and shared.qr.code is None):
                return shared, None  # a pack to draw first; or nothing fits: the QR page says why
            return shared, save_share(service, shared, prepared, request, target)

        def signed(result: tuple[Shared, Path | None]) -> None:
            shared, path = result
            if shared.pack is None:
                self._shared(request, shared, path)
                return
            # Qt draws the pack here, on the GUI thread (Shared.with_pack_drawn); the worker
            # writes it and records the share.
            try:
                drawn = shared.with_pack_drawn()
            except Exception as error:  # a pack Qt cannot draw: said, never a traceback
                self._failed(error)
                return
            run_task(
                self,
                lambda _: save_share(service, drawn, prepared, request, target),
                lambda saved: self._shared(request, drawn, saved),
                self._failed,
            )

        self._busy(True, self.tr("Signing…"))
        run_task(self, work, signed, self._failed)

    def _shared(self, request: ShareRequest, shared: Shared, path: Path | None) -> None:
        self._busy(False)
        self.shared = shared
        if path is not None:
            self.saved.append(path)
            self.status.setText(
                self.tr("Saved %1 and noted it in your share history.").replace("%1", path.name)
            )
        if request.format is ShareFormat.QR or (shared.qr is not None and shared.qr.code is None):
            self._show_qr(shared)

    def _show_qr(self, shared: Shared) -> None:
        choice = shared.qr
        code = choice.code if choice is not None else None
        self.qr_view.set_code(code)
        self.qr_view.setVisible(code is not None)
        for button in (self.save_png, self.save_svg, self.full_button):
            button.setVisible(code is not None)
        for button in (self.instead_file, self.instead_pdf):
            button.setVisible(code is None)
        if code is not None:
            self.qr_heading.setText(self.tr("Let the verifier scan this code"))
            kind = self.tr("signed presentation") if code.kind == "vp1" else self.tr("link")
            self.qr_info.setText(
                self.tr("QR version %1 · %2 × %2 modules · error correction %3 · %4")
                .replace("%1", str(code.version))
                .replace("%2", str(code.size))
                .replace("%3", code.error_correction)
                .replace("%4", kind)
            )
        else:
            self.qr_heading.setText(self.tr("No QR code fits"))
            self.qr_info.clear()
        message = choice.message if choice is not None else ""
        if code is not None and code.kind == "vp1":
            message = self.tr(
                "The verifier scans it with Learner Credential Wallet, VerifierPlus or another "
                "VP1- reader; it holds the signed presentation itself, so no network is needed"
            )
        self.qr_message.setText(message[:1].upper() + message[1:] + ".")
        self.stack.setCurrentIndex(1)
        self._fit_to_screen()

    def _fit_to_screen(self) -> None:
        """As large as the code wants at 6 px a module, never larger than the screen's room
        (issue 14: the page must fit a 1366×768 laptop; F11 shows the code larger)."""
        code = self.qr_view.code
        side = QrView.minimum_side(code) * 3 // 2 if code is not None else 0
        screen = self.screen()
        room = screen.availableGeometry() if screen is not None else None
        if room is not None and room.height() >= 480:
            # No wider than the code can be drawn in the height there is.
            side = min(side, room.height() - 48 - 220, room.width() - 32 - 48)
        width, height = max(640, side + 48), max(720, side + 220)
        if room is not None and room.height() >= 480:
            width, height = min(width, room.width() - 32), min(height, room.height() - 48)
        self.resize(max(self.width(), width), height)
        if room is not None:
            # The page grows down from where the options page was: brought back inside the
            # screen, or its Close and Full screen buttons end up below the screen's edge.
            frame = self.frameGeometry()
            place = inside(frame, room)
            if place != frame.topLeft():
                self.move(place)

    # --- interview mode ---------------------------------------------------------------------
    def full_screen(self) -> None:
        """F11: the code on the QR page full screen, or interview mode from the options."""
        shared = self.shared
        code = shared.qr.code if shared is not None and shared.qr is not None else None
        if self.stack.currentIndex() != 1 or code is None or shared is None:
            self.interview()
            return
        prepared = self.prepared
        chosen = prepared.selection.presented(self.override.isChecked()) if prepared else ()
        slide = shown_slide(shared, chosen)
        self._open_interview(lambda _version: FixedSlides([slide]))

    def interview(self) -> None:
        """Interview mode: the chosen credentials' codes, signed for the challenge given."""
        prepared = self.prepared
        if prepared is None or not self._can_share():
            return
        request = self.request(ShareFormat.QR)
        if not self._purpose_chosen:  # QR codes are read by VerifierPlus and LCW
            request = replace(request, purpose=default_purpose(True))
        service = self.service
        self._open_interview(lambda version: InterviewShare(service, prepared, request, version))

    def _open_interview(self, make: Callable[[int], Any]) -> None:
        if self.interview_window is not None:
            self.interview_window.close()
        self.interview_window = InterviewWindow(make, self)
        self.interview_window.start()

    def add_to_linkedin(self) -> None:
        """Open LinkedIn's add-certification form for the one credential (on click only)."""
        prepared = self.prepared
        if prepared is None or len(prepared.candidates) != 1:
            return
        candidate = prepared.candidates[0]
        self.open_url(linkedin_add_url(candidate.report.view, candidate.name))

    def done(self, result: int) -> None:
        if self.interview_window is not None:
            self.interview_window.close()
            self.interview_window = None
        super().done(result)

    def _save_qr(self, fmt: ShareFormat) -> None:
        shared, prepared = self.shared, self.prepared
        if shared is None or prepared is None:
            return
        target = self.ask_path(fmt, self._suggested_name(fmt))
        if target is None:
            return
        service, request = self.service, self.request(fmt)

        def work(_: object) -> Path | None:
            return save_share(service, as_qr_file(shared, fmt), prepared, request, target)

        run_task(self, work, self._qr_saved, self._failed)

    def _qr_saved(self, path: Path | None) -> None:
        if path is not None:
            self.saved.append(path)
            self.qr_message.setText(self.tr("Saved %1.").replace("%1", path.name))

    def _instead(self, fmt: ShareFormat) -> None:
        self.stack.setCurrentIndex(0)
        self.format.setCurrentIndex(self.format.findData(fmt))
        self.share(fmt)

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        self.status.setText(explain(error))
        self.stack.setCurrentIndex(0)

    # --- files ----------------------------------------------------------------------------
    def _suggested_name(self, fmt: ShareFormat) -> str:
        prepared = self.prepared
        first = prepared.candidates[0].name if prepared and prepared.candidates else "credentials"
        slug = "-".join("".join(c if c.isalnum() else " " for c in first.lower()).split())[:40]
        return f"{slug or 'credentials'}{fmt.suffix}"

    def _ask_path(self, fmt: ShareFormat, suggested: str) -> Path | None:
        filters = {
            ShareFormat.VP: self.tr("Presentation (*.json)"),
            ShareFormat.VP_JWT: self.tr("Presentation JWT (*.jwt)"),
            ShareFormat.QR_PNG: self.tr("PNG image (*.png)"),
            ShareFormat.QR_SVG: self.tr("SVG image (*.svg)"),
            ShareFormat.PDF: self.tr("PDF (*.pdf)"),
        }
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save As"), str(Path.home() / suggested), filters.get(fmt, "")
        )
        return Path(path) if path else None
