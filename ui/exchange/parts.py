"""What the receive and respond screens share: the link page with its QR sources, the list of
steps with a Cancel button, and the session that runs the exchange on the background lane.

:class:`ExchangeSession` makes one :class:`wallet.exchange.Exchanges` for a dialog, on the
worker lane, and uses and closes it there; the steps it reports arrive on the GUI thread through
a queued signal, and Cancel sets a flag the exchange reads between two requests.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.common.tasks import run_task
from ui.exchange.sources import QrTextSource
from wallet.exchange import Exchanges
from wallet.net import NetworkSettings

__all__ = [
    "ExchangeDialog",
    "ExchangeSession",
    "LinkPage",
    "StepsPage",
    "plain_label",
    "step_words",
]

T = TypeVar("T")


def plain_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = True) -> QLabel:
    """A label that shows text as text (never rich text), selectable, word-wrapped."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setText(text)
    return label


# pyside6-lupdate reads only literal translate("Context", "text") calls, not a wrapper.
translate = QCoreApplication.translate


def step_words(step: str) -> str:
    """A step the core reported (``wallet.exchange``'s English phrase), as the screen says it."""
    known = {
        "reading the link": translate("ExchangeSteps", "Reading the link"),
        "reading the credential offer": translate("ExchangeSteps", "Reading the credential offer"),
        "reading the issuer's metadata": translate(
            "ExchangeSteps", "Reading the issuer's metadata"
        ),
        "reading the authorization server's metadata": translate(
            "ExchangeSteps", "Reading the authorization server's metadata"
        ),
        "asking the issuer for an access token": translate(
            "ExchangeSteps", "Asking the issuer for an access token"
        ),
        "asking the issuer for a nonce": translate(
            "ExchangeSteps", "Asking the issuer for a nonce"
        ),
        "asking the issuer for the credential": translate(
            "ExchangeSteps", "Asking the issuer for the credential"
        ),
        "waiting for the issuer to issue the credential": translate(
            "ExchangeSteps", "Waiting for the issuer to issue the credential"
        ),
        "checking what the issuer sent": translate(
            "ExchangeSteps", "Checking what the issuer sent"
        ),
        "storing the credentials": translate("ExchangeSteps", "Storing the credentials"),
        "proving your holder DID to the issuer": translate(
            "ExchangeSteps", "Proving your holder DID to the issuer"
        ),
        "reading the interaction's protocols": translate(
            "ExchangeSteps", "Reading the interaction's protocols"
        ),
        "starting the exchange": translate("ExchangeSteps", "Starting the exchange"),
        "answering the exchange": translate("ExchangeSteps", "Answering the exchange"),
        "reading the verifier's request": translate(
            "ExchangeSteps", "Reading the verifier's request"
        ),
        "checking who the verifier is": translate("ExchangeSteps", "Checking who the verifier is"),
        "sending your answer to the verifier": translate(
            "ExchangeSteps", "Sending your answer to the verifier"
        ),
        "choosing what to send": translate("ExchangeSteps", "Choosing what to send"),
    }
    return known.get(step, step[:1].upper() + step[1:])


class _Relay(QObject):
    step = Signal(str)


class ExchangeSession(QObject):
    """One dialog's exchanges over ``service``; ``settings`` defaults to the environment's."""

    def __init__(
        self, service: Any, parent: QObject, settings: NetworkSettings | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._settings = settings
        self._cancel = threading.Event()
        self._exchanges: Exchanges | None = None
        self.relay = _Relay(self)
        self.step = self.relay.step
        # A dialog dropped without finishing (the app quitting, a dialog never shown) still
        # closes its connections, here rather than whenever the garbage collector gets to them.
        parent.destroyed.connect(lambda *_: self._drop())

    def run(
        self,
        work: Callable[[Exchanges], T],
        on_success: Callable[[T], None],
        on_failure: Callable[[BaseException], None],
    ) -> None:
        """Run ``work`` on the background lane with this dialog's exchanges."""
        self._cancel.clear()

        def task(_: object) -> T:
            if self._exchanges is None:
                self._exchanges = Exchanges(
                    self._service,
                    settings=self._settings,
                    progress=self.relay.step.emit,
                    cancelled=self._cancel.is_set,
                )
            return work(self._exchanges)

        parent = self.parent()
        assert parent is not None
        run_task(parent, task, on_success, on_failure)

    def cancel(self) -> None:
        self._cancel.set()

    def _drop(self) -> None:
        exchanges, self._exchanges = self._exchanges, None
        if exchanges is not None:
            exchanges.close()

    def close(self) -> None:
        exchanges, self._exchanges = self._exchanges, None
        if exchanges is not None:
            parent = self.parent()
            assert parent is not None
            run_task(parent, lambda _: exchanges.close(), None, lambda _e: None)


class LinkPage(QWidget):
    """The first page: a field for the link and a button per source. ``submitted(text)``."""

    submitted = Signal(str)

    def __init__(
        self, intro: str, sources: Sequence[QrTextSource], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.intro = plain_label(intro, self)
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(self.tr("openid-credential-offer://…, https://…"))
        self.field.setAccessibleName(self.tr("Link or QR code text"))
        self.field.setClearButtonEnabled(True)
        self.intro.setBuddy(self.field)
        self.error = plain_label("", self)
        self.error.setObjectName("exchange-link-error")
        self.error.hide()
        buttons = QHBoxLayout()
        self.source_buttons: list[QPushButton] = []
        for source in sources:
            self.add_source(source, buttons)
        buttons.addStretch(1)
        self.go = QPushButton(self.tr("&Continue"), self)
        self.go.setDefault(True)
        self.go.setAccessibleName(self.tr("Continue"))
        self.go.clicked.connect(self._submit)
        self.field.returnPressed.connect(self._submit)
        buttons.addWidget(self.go)
        self._buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.field)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def add_source(self, source: QrTextSource, row: QHBoxLayout | None = None) -> None:
        button = QPushButton(source.label, self)
        button.setAccessibleName(source.label.replace("&", ""))
        button.clicked.connect(lambda: source.read(self, self.take))
        self.source_buttons.append(button)
        target = row if row is not None else self._buttons
        target.insertWidget(len(self.source_buttons) - 1, button)

    def take(self, text: str) -> None:
        """A source's text: into the field, then on (as if Continue was pressed)."""
        self.field.setText(text.strip())
        self._submit()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _submit(self) -> None:
        text = self.field.text().strip()
        if text:
            self.show_error("")
            self.submitted.emit(text)


class StepsPage(QWidget):
    """The steps so far, the last one under way, and Cancel."""

    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = plain_label("", self)
        self.steps = QListWidget(self)
        self.steps.setAccessibleName(self.tr("Steps"))
        self.steps.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.cancel = QPushButton(self.tr("Cancel"), self)
        self.cancel.setAccessibleName(self.tr("Cancel"))
        self.cancel.clicked.connect(self._cancel)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.steps)
        layout.addLayout(row)

    def begin(self, title: str) -> None:
        self.title.setText(title)
        self.steps.clear()
        self.cancel.setEnabled(True)
        self.cancel.setFocus()

    def add(self, step: str) -> None:
        """A step now under way (in the wallet's words, with a capital letter)."""
        self.steps.addItem(step_words(step) + "…")
        self.steps.scrollToBottom()

    def _cancel(self) -> None:
        self.cancel.setEnabled(False)
        self.steps.addItem(self.tr("Cancelling after this step…"))
        self.cancelled.emit()


class ExchangeDialog(QDialog):
    """What the receive and respond dialogs share: a link page, a page of their own, the steps
    page and a result page (indexes 0-3), over one :class:`ExchangeSession` that closes when
    the dialog finishes. A subclass calls :meth:`_frame` and says how it words a failure."""

    def _frame(
        self,
        service: Any,
        settings: NetworkSettings | None,
        intro: str,
        sources: Sequence[QrTextSource],
        read: Callable[[str], None],
        own_page: Callable[[], QWidget],
        result_page: Callable[[], QWidget],
    ) -> None:
        self.session = ExchangeSession(service, self, settings)
        self.link_page = LinkPage(intro, sources, self)
        self.link_page.submitted.connect(read)
        self.steps = StepsPage(self)
        self.steps.cancelled.connect(self.session.cancel)
        self.session.step.connect(self.steps.add)
        self.pages = QStackedWidget(self)
        for page in (self.link_page, own_page(), self.steps, result_page()):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.finished.connect(lambda _: self.session.close())

    def _failure_words(self, error: BaseException) -> str:
        raise NotImplementedError

    def _not_read(self, error: BaseException) -> None:
        """Back on the link page, saying why the link could not be read."""
        self.pages.setCurrentWidget(self.link_page)
        self.link_page.show_error(self._failure_words(error))
        self.link_page.field.setFocus()
