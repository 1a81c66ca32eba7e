""" "Receive a credential…": read an issuer's link, ask for the transaction code when the offer
needs one, run the exchange step by step (with Cancel), then say what was stored, or which step
failed and why, with nothing stored.

Pages: the link (pasted, or from a QR source), the offer (who offers, the code), the steps,
the result. A wrong code goes back to the code with the issuer's words; an expired offer says
to ask the issuer for a new one. Every network call runs in the background helper.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.common.plurals import english
from ui.common.verdicts import verdict_label
from ui.exchange.parts import ExchangeDialog, plain_label, step_words
from ui.exchange.sources import QrTextSource
from ui.start.page import explain
from wallet.errors import ExchangeCancelled, ExchangeError, OfferExpired, WrongTxCode
from wallet.exchange import Incoming, ReceiveResult
from wallet.net import NetworkSettings
from wallet.service import ImportStatus

__all__ = ["ReceiveDialog"]


class ReceiveDialog(ExchangeDialog):
    """``received(result)`` is for the window (refresh the library); ``settings`` is the
    network seam (default: the environment's)."""

    def __init__(
        self,
        service: Any,
        sources: Sequence[QrTextSource],
        parent: QWidget | None = None,
        settings: NetworkSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Receive a credential"))
        self.setAccessibleName(self.tr("Receive a credential"))
        self.setMinimumWidth(560)
        self.incoming: Incoming | None = None
        self.received: ReceiveResult | None = None
        self.failure: BaseException | None = None
        self.on_received: list[Any] = []
        self._frame(
            service,
            settings,
            self.tr(
                "Paste the link an issuer gave you (a credential offer or request), or read "
                "it from a QR code."
            ),
            sources,
            self.read_link,
            self._offer_page,
            self._result_page,
        )

    # --- pages ----------------------------------------------------------------------------
    def _offer_page(self) -> QWidget:
        page = QWidget(self)
        self.offer_text = plain_label("", page)
        self.offer_text.setObjectName("offer-summary")
        self.code_hint = plain_label("", page)
        self.code = QLineEdit(page)
        self.code.setAccessibleName(self.tr("Transaction code"))
        self.code.returnPressed.connect(self.receive)
        form = QFormLayout()
        self.code_label = plain_label(self.tr("&Transaction code:"), page, wrap=False)
        self.code_label.setBuddy(self.code)
        form.addRow(self.code_label, self.code)
        self.code_error = plain_label("", page)
        self.code_error.setObjectName("code-error")
        back = QPushButton(self.tr("&Back"), page)
        back.setAccessibleName(self.tr("Back"))
        back.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        self.receive_button = QPushButton(self.tr("&Receive"), page)
        self.receive_button.setAccessibleName(self.tr("Receive"))
        self.receive_button.setDefault(True)
        self.receive_button.clicked.connect(self.receive)
        row = QHBoxLayout()
        row.addWidget(back)
        row.addStretch(1)
        row.addWidget(self.receive_button)
        layout = QVBoxLayout(page)
        for widget in (self.offer_text, self.code_hint):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.code_error)
        layout.addStretch(1)
        layout.addLayout(row)
        return page

    def _result_page(self) -> QWidget:
        page = QWidget(self)
        self.result_text = plain_label("", page)
        self.result_text.setObjectName("receive-result")
        self.outcomes = QListWidget(page)
        self.outcomes.setAccessibleName(self.tr("Credentials received"))
        self.retry = QPushButton(self.tr("Try the code &again"), page)
        self.retry.setAccessibleName(self.tr("Try the code again"))
        self.retry.clicked.connect(self._retry_code)
        close = QPushButton(self.tr("&Close"), page)
        close.setAccessibleName(self.tr("Close"))
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.retry)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(page)
        layout.addWidget(self.result_text)
        layout.addWidget(self.outcomes)
        layout.addLayout(row)
        return page

    # --- flow -----------------------------------------------------------------------------
    def read_link(self, text: str) -> None:
        """Read the link (background): an offer by reference is fetched, nothing is sent."""
        self.steps.begin(self.tr("Reading the link…"))
        self.pages.setCurrentWidget(self.steps)
        self.session.run(lambda run: run.receiving.read(text), self._read, self._not_read)

    def _read(self, incoming: Incoming) -> None:
        self.incoming = incoming
        self.offer_text.setText(
            self.tr("{0} offers to send you credentials ({1}).").format(
                incoming.origin, incoming.protocol
            )
        )
        needs = incoming.tx_code is not None
        for widget in (self.code_label, self.code, self.code_hint):
            widget.setVisible(needs)
        if incoming.tx_code is not None:
            hint = incoming.tx_code.description or self.tr("The issuer sent you a code separately.")
            if incoming.tx_code.length:
                length = incoming.tx_code.length
                hint += " " + english(self.tr("(%n character(s))", "", length), length)
            self.code_hint.setText(hint)
            if incoming.tx_code.length:
                self.code.setMaxLength(incoming.tx_code.length)
        self.code_error.setText("")
        self.pages.setCurrentIndex(1)
        (self.code if needs else self.receive_button).setFocus()

    def _failure_words(self, error: BaseException) -> str:
        return _failure_sentence(self, error)

    def receive(self) -> None:
        incoming = self.incoming
        if incoming is None:
            return
        code = self.code.text().strip() or None
        if incoming.tx_code is not None and not code:
            self.code_error.setText(self.tr("Type the transaction code first."))
            self.code.setFocus()
            return
        self.steps.begin(self.tr("Receiving from {0}…").format(incoming.origin))
        self.pages.setCurrentWidget(self.steps)
        self.session.run(
            lambda run: run.receiving.receive(incoming, code), self._received, self._failed
        )

    def _received(self, result: ReceiveResult) -> None:
        self.received, self.failure = result, None
        stored = sum(1 for o in result.outcomes if o.status is ImportStatus.IMPORTED)
        text = english(self.tr("%n credential(s) received and stored.", "", stored), stored)
        if stored != len(result.outcomes):
            text += " " + self.tr("The others were already in your wallet.")
        if result.redirect:
            text += " " + self.tr("The issuer asks you to continue at {0}").format(result.redirect)
        self.result_text.setText(text)
        self.outcomes.clear()
        for outcome in result.outcomes:
            verdict = verdict_label(outcome.verdict) if outcome.verdict else ""
            self.outcomes.addItem(f"{outcome.name}: {verdict}")
        self.outcomes.setVisible(True)
        self.retry.hide()
        self.pages.setCurrentIndex(3)
        for callback in self.on_received:
            callback(result)

    def _failed(self, error: BaseException) -> None:
        self.received, self.failure = None, error
        self.result_text.setText(_failure_sentence(self, error))
        self.outcomes.clear()
        self.outcomes.hide()
        self.retry.setVisible(isinstance(error, WrongTxCode))
        self.pages.setCurrentIndex(3)

    def _retry_code(self) -> None:
        self.code.selectAll()
        if isinstance(self.failure, ExchangeError):
            self.code_error.setText(self.failure.reason)
        self.pages.setCurrentIndex(1)
        self.code.setFocus()


def _failure_sentence(dialog: QDialog, error: BaseException) -> str:
    if isinstance(error, ExchangeCancelled):
        return QCoreApplication.translate("ReceiveDialog", "Cancelled. Nothing was stored.")
    if isinstance(error, WrongTxCode):
        return QCoreApplication.translate(
            "ReceiveDialog", "The issuer did not accept the transaction code: {0}"
        ).format(error.reason)
    if isinstance(error, OfferExpired):
        return QCoreApplication.translate(
            "ReceiveDialog",
            "This offer has expired or was already used: ask the issuer for a new one. ({0})",
        ).format(error.reason)
    if isinstance(error, ExchangeError):
        return QCoreApplication.translate(
            "ReceiveDialog", "Failed while {0}: {1} Nothing was stored."
        ).format(step_words(error.step).lower(), _sentence(error.reason))
    return explain(error)


def _sentence(text: str) -> str:
    return text if text.endswith((".", "!", "?")) else text + "."
