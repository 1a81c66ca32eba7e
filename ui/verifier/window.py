"""Verifier mode: "Check someone's credentials", for an employer or an advisor with no wallet.

Input: open or drop a file (JSON, JWT, PDF evidence pack, baked PNG/SVG, a QR image), paste
text (``VP1-`` included) or an image, the webcam, or "Scan the screen" (a code shown on a video
call). "New challenge" makes a fresh challenge and shows it as text and as a QR code for the
learner's wallet to read; what is checked afterwards must answer it
(:func:`wallet.verifier.check_received`). The result reads presentation first, then each
credential, then when and how the check was made (:class:`ui.verifier.finding_view.FindingView`),
and can be exported as PDF or JSON. Nothing is stored: the window keeps the last finding in
memory until it is closed, and the network is used only when "Check online" is ticked.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.common.tasks import run_task
from ui.scan.pixels import gray_pixels
from ui.scan.sources import QrSources
from ui.share.qr_view import QrView
from ui.verifier.export import finding_json, finding_pdf
from ui.verifier.finding_view import FindingView
from wallet.errors import InputError
from wallet.formats.qrimage import read_qr_pixels
from wallet.formats.sniff import MAX_INPUT_BYTES
from wallet.present.qr import fit_qr
from wallet.vault.files import SHARED, write_atomically
from wallet.verifier import Finding, IssuedChallenge, check_received, new_challenge

__all__ = ["VerifierWindow"]

AskPath = Callable[[str, str], Path | None]


class VerifierWindow(QMainWindow):
    """``ask_open()`` / ``ask_save(kind, name)`` choose files (tests replace them); ``clock``
    is the time checks are made at."""

    def __init__(
        self, parent: QWidget | None = None, clock: Callable[[], datetime] | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Check someone's credentials — Learner Wallet"))
        self.setAcceptDrops(True)
        self.clock = clock or (lambda: datetime.now(UTC))
        self.challenge: IssuedChallenge | None = None
        self.finding: Finding | None = None
        self.error = ""
        self.checks_made = 0
        # "Check online" keeps what it fetched in memory for this window only: verifier mode
        # writes nothing to disk (issue 14), not even the network cache.
        self._cache: Any = None
        self.ask_open: Callable[[], Path | None] = self._ask_open
        self.ask_save: AskPath = self._ask_save
        self.open_button = QPushButton(self.tr("&Open a file…"), self)
        self.open_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Open))
        self.open_button.setAccessibleName(self.tr("Open what the learner gave you"))
        self.open_button.clicked.connect(self.open_file)
        self.paste_button = QPushButton(self.tr("&Paste"), self)
        self.paste_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Paste))
        self.paste_button.setAccessibleName(self.tr("Check what the clipboard holds"))
        self.paste_button.clicked.connect(self.paste)
        self.sources = QrSources(self.tr("the learner's code"), self)
        self.sources.image_button.hide()  # "Open a file" reads QR images too
        self.sources.found.connect(lambda text: self.check_bytes(text.encode("utf-8")))
        self.sources.failed.connect(self._show_error)
        self.online = QCheckBox(self.tr("Check &online"), self)
        self.online.setAccessibleName(self.tr("Use the network for revocation and web keys"))
        self.online.setToolTip(
            self.tr(
                "Fetches status lists and issuers' web keys. Off: everything is checked on this "
                "computer, and what needs the network is reported as such."
            )
        )
        self.domain = QLineEdit(self)
        self.domain.setPlaceholderText(self.tr("Your domain (optional), such as jobs.example.com"))
        self.domain.setAccessibleName(self.tr("Your domain for the challenge"))
        self.challenge_button = QPushButton(self.tr("&New challenge"), self)
        self.challenge_button.setAccessibleName(self.tr("Make a new challenge for the learner"))
        self.challenge_button.clicked.connect(self.new_challenge)
        self.challenge_panel = self._challenge_panel()
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status"))
        self.result = FindingView(self)
        scroll = QScrollArea(self)
        scroll.setAccessibleName(self.tr("What was checked"))
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.result)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.export_pdf = QPushButton(self.tr("Export as P&DF…"), self)
        self.export_pdf.clicked.connect(lambda: self.export("pdf"))
        self.export_json = QPushButton(self.tr("Export as &JSON…"), self)
        self.export_json.clicked.connect(lambda: self.export("json"))
        for button in (self.export_pdf, self.export_json):
            button.setEnabled(False)
        top = QHBoxLayout()
        for widget in (self.open_button, self.paste_button, self.sources):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.online)
        challenge_row = QHBoxLayout()
        challenge_row.addWidget(self.domain, 1)
        challenge_row.addWidget(self.challenge_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.export_pdf)
        bottom.addWidget(self.export_json)
        intro = QLabel(
            self.tr(
                "Open, drop or paste what a learner shows you, or scan their code. Nothing is "
                "stored. For a live check, make a new challenge first and let their wallet "
                "read it."
            ),
            self,
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addLayout(challenge_row)
        layout.addWidget(self.challenge_panel)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)
        self.setCentralWidget(central)
        self.resize(980, 760)

    def _challenge_panel(self) -> QFrame:
        panel = QFrame(self)
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        self.challenge_code = QrView(panel)
        self.challenge_code.setFixedSize(220, 220)
        self.challenge_text = QLabel(panel)
        self.challenge_text.setTextFormat(Qt.TextFormat.PlainText)
        self.challenge_text.setWordWrap(True)
        self.challenge_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.challenge_text.setAccessibleName(self.tr("The challenge"))
        row = QHBoxLayout(panel)
        row.addWidget(self.challenge_code)
        row.addWidget(self.challenge_text, 1)
        panel.hide()
        return panel

    # --- the challenge ----------------------------------------------------------------------
    def new_challenge(self) -> None:
        """A fresh challenge, shown as text and as a QR code; later checks must answer it."""
        domain = self.domain.text().strip() or None
        issued = new_challenge(self.clock, domain)
        code = fit_qr(issued.request.to_text(), "url")
        if code is None:
            self._show_error(self.tr("That domain is too long for a challenge code."))
            return
        self.challenge = issued
        self.challenge_code.set_code(code)
        text = self.tr(
            "Challenge: %1\n\nLet the learner's wallet read this code (Share → Read them → "
            "Scan the screen or From a QR image), or read the challenge out for them to type. "
            "Then check what they show you: it must be signed for this challenge."
        ).replace("%1", issued.challenge)
        if domain:
            text += "\n" + self.tr("Domain: %1").replace("%1", domain)
        self.challenge_text.setText(text)
        self.challenge_panel.show()
        self.status.setText(self.tr("New challenge made. What you check next must answer it."))

    # --- input --------------------------------------------------------------------------------
    def open_file(self) -> None:
        path = self.ask_open()
        if path is not None:
            self.check_path(path)

    def check_path(self, path: Path) -> None:
        def read(_: object) -> bytes:
            with path.open("rb") as handle:
                data = handle.read(MAX_INPUT_BYTES + 1)
            if len(data) > MAX_INPUT_BYTES:
                raise InputError("the file is over the size limit")
            return data

        self._start(read, path.name)

    def paste(self) -> None:
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None:
            return
        if mime.hasUrls() and all(u.isLocalFile() for u in mime.urls()) and mime.urls():
            self.check_path(Path(mime.urls()[0].toLocalFile()))
        elif mime.hasText() and mime.text().strip():
            self.check_bytes(mime.text().encode("utf-8"))
        elif mime.hasImage():
            width, height, gray = gray_pixels(QGuiApplication.clipboard().image())

            def scan(_: object) -> bytes:
                text = read_qr_pixels(width, height, gray)
                if text is None:
                    raise InputError("the pasted picture holds no QR code")
                return text.encode("utf-8")

            self._start(scan, self.tr("the pasted picture"))
        else:
            self._show_error(self.tr("The clipboard holds nothing to check."))

    def check_bytes(self, data: bytes, what: str = "") -> None:
        self._start(lambda _: data, what)

    def _start(self, read: Callable[[object], bytes], what: str) -> None:
        challenge, clock, online = self.challenge, self.clock, self.online.isChecked()
        if online and self._cache is None:
            from wallet.net import MemoryCache

            self._cache = MemoryCache()
        cache = self._cache

        def work(context: object) -> Finding:
            data = read(context)
            if not online:
                return check_received(data, challenge, clock=clock)
            from wallet.verify.online import OnlineChecks

            checks = OnlineChecks.for_run(cache=cache)
            try:
                return check_received(data, challenge, clock=clock, online=checks)
            finally:
                checks.close()

        self.status.setText(self.tr("Checking %1…").replace("%1", what) if what else "")
        run_task(self, work, self._checked, self._failed)

    def _checked(self, finding: Finding) -> None:
        self.finding = finding
        self.error = ""
        self.checks_made += 1
        self.result.show_finding(finding)
        self.status.setText("")
        for button in (self.export_pdf, self.export_json):
            button.setEnabled(True)

    def _failed(self, error: BaseException) -> None:
        # The previous answer is about another input: never leave it on screen beside an error.
        self.finding = None
        self.result.clear()
        for button in (self.export_pdf, self.export_json):
            button.setEnabled(False)
        if isinstance(error, OSError):
            self._show_error(self.tr("The file could not be read: ") + (error.strerror or ""))
        else:
            self._show_error(str(error) or type(error).__name__)

    def _show_error(self, sentence: str) -> None:
        self.error = sentence
        self.checks_made += 1
        self.status.setText(sentence[:1].upper() + sentence[1:])

    # --- export -------------------------------------------------------------------------------
    def export(self, kind: str) -> None:
        finding = self.finding
        if finding is None:
            return
        stamp = finding.checked.strftime("%Y%m%d-%H%M%S")
        target = self.ask_save(kind, f"verification-{stamp}.{kind}")
        if target is None:
            return

        # Drawn here, on the GUI thread: Qt objects built in a worker that holds the GIL can
        # deadlock with this thread's signal work (see ui/library/images.py). Writing is slow.
        data = finding_pdf(finding) if kind == "pdf" else finding_json(finding)

        def work(_: object) -> Path:
            write_atomically(target, data, mode=SHARED)
            return target

        run_task(
            self,
            work,
            lambda path: self.status.setText(self.tr("Saved %1.").replace("%1", path.name)),
            self._export_failed,
        )

    def _export_failed(self, error: BaseException) -> None:
        """The answer stays on screen; only the file could not be written."""
        reason = error.strerror if isinstance(error, OSError) else None
        self.status.setText(self.tr("The file could not be written: ") + (reason or str(error)))

    # --- files --------------------------------------------------------------------------------
    def _ask_open(self) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open what the learner shared"),
            "",
            self.tr(
                "Credentials, presentations and QR images (*.json *.jsonld *.jwt *.txt *.vp1 "
                "*.pdf *.png *.svg *.jpg *.jpeg *.gif *.bmp *.webp);;All files (*)"
            ),
        )
        return Path(path) if path else None

    def _ask_save(self, kind: str, suggested: str) -> Path | None:
        filters = {"pdf": self.tr("PDF (*.pdf)"), "json": self.tr("JSON (*.json)")}
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the result"), str(Path.home() / suggested), filters[kind]
        )
        return Path(path) if path else None

    # --- drag and drop --------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if mime.hasUrls() or mime.hasText():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        if mime.hasUrls() and mime.urls() and mime.urls()[0].isLocalFile():
            self.check_path(Path(mime.urls()[0].toLocalFile()))
        elif mime.hasText():
            self.check_bytes(mime.text().encode("utf-8"))
        event.acceptProposedAction()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.finding = None
        self._cache = None
        self.result.clear()  # nothing is kept once the window is closed
        super().closeEvent(event)
