""" "Answer a request…": read a verifier's request, show who asks, what they ask in words, which
stored credentials match (pre-selected, each with its verdict) and what would be sent; send only
when the learner presses Send, then say whether the verifier accepted.

Nothing is sent before Send (consent): reading the request fetches it (and, for VC-API, starts
the exchange), and that is all. Every answer is recorded in the sharing history by the core.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.common.elide import elide_identifiers, elide_middle
from ui.common.verdicts import verdict_label
from ui.exchange.parts import ExchangeDialog, plain_label, step_words
from ui.exchange.sources import QrTextSource
from ui.start.page import explain
from wallet.errors import ExchangeCancelled, ExchangeError, UntrustedRequest
from wallet.exchange import Ask, Sent
from wallet.net import NetworkSettings
from wallet.service import CredentialId

__all__ = ["RespondDialog"]

_ID = Qt.ItemDataRole.UserRole


class RespondDialog(ExchangeDialog):
    """``settings`` is the network seam (default: the environment's)."""

    def __init__(
        self,
        service: Any,
        sources: Sequence[QrTextSource],
        parent: QWidget | None = None,
        settings: NetworkSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Answer a request"))
        self.setAccessibleName(self.tr("Answer a request"))
        self.setMinimumWidth(640)
        self.ask: Ask | None = None
        self.sent: Sent | None = None
        self.holder = ""
        self._frame(
            service,
            settings,
            self.tr(
                "Paste the request a verifier gave you (an openid4vp:// link or an exchange "
                "address), or read it from a QR code."
            ),
            sources,
            self.read_request,
            self._consent_page,
            self._result_page,
        )

    # --- pages ----------------------------------------------------------------------------
    def _consent_page(self) -> QWidget:
        page = QWidget(self)
        who = QFormLayout()
        self.who_domain = plain_label("", page)
        self.who_client = plain_label("", page)
        self.who_how = plain_label("", page)
        self.who_trust = plain_label("", page)
        for title, label in (
            (self.tr("Who asks:"), self.who_domain),
            (self.tr("Identifier:"), self.who_client),
            (self.tr("How the wallet knows:"), self.who_how),
            (self.tr("Trust:"), self.who_trust),
        ):
            label.setAccessibleName(title.rstrip(":"))
            who.addRow(plain_label(title, page, wrap=False), label)
        self.asks_title = plain_label(self.tr("They ask for:"), page)
        self.matches = QTreeWidget(page)
        self.matches.setHeaderLabels([self.tr("Asked for / your credential"), self.tr("Verdict")])
        self.matches.setAccessibleName(self.tr("What is asked for, and your matching credentials"))
        header = self.matches.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.matches.setWordWrap(True)
        self.matches.itemChanged.connect(lambda *_: self._update_send())
        self.asks_title.setBuddy(self.matches)
        self.will_send = plain_label("", page)
        self.will_send.setObjectName("will-send")
        self.will_send.setAccessibleName(self.tr("What will be sent"))
        decline = QPushButton(self.tr("&Don't send"), page)
        decline.setAccessibleName(self.tr("Don't send"))
        decline.clicked.connect(self.reject)
        self.send_button = QPushButton(self.tr("&Send"), page)
        self.send_button.setAccessibleName(self.tr("Send"))
        self.send_button.clicked.connect(self.send)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(decline)
        row.addWidget(self.send_button)
        layout = QVBoxLayout(page)
        layout.addLayout(who)
        layout.addWidget(self.asks_title)
        layout.addWidget(self.matches, 1)
        layout.addWidget(self.will_send)
        layout.addLayout(row)
        return page

    def _result_page(self) -> QWidget:
        page = QWidget(self)
        self.result_text = plain_label("", page)
        self.result_text.setObjectName("respond-result")
        close = QPushButton(self.tr("&Close"), page)
        close.setAccessibleName(self.tr("Close"))
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(page)
        layout.addWidget(self.result_text)
        layout.addStretch(1)
        layout.addLayout(row)
        return page

    # --- flow -----------------------------------------------------------------------------
    def read_request(self, text: str) -> None:
        self.steps.begin(self.tr("Reading the request…"))
        self.pages.setCurrentWidget(self.steps)

        def work(run: Any) -> tuple[Ask, str]:
            return run.responding.read(text), run.context.holder.did

        self.session.run(work, self._read, self._not_read)

    def _read(self, found: tuple[Ask, str]) -> None:
        ask, self.holder = found
        self.ask = ask
        verifier = ask.verifier
        self.who_domain.setText(f"{verifier.domain} ({ask.protocol})")
        self.who_client.setText(elide_middle(verifier.client_id, 64))
        self.who_client.setToolTip(verifier.client_id)
        self.who_how.setText(_short_words(verifier.authenticated))
        self.who_how.setToolTip(verifier.authenticated)
        trust = (
            self.tr("You trust it as {0}.").format(verifier.trusted)
            if verifier.trusted
            else self.tr("Not among the issuers you trust; check the domain before you send.")
        )
        if verifier.registry:
            trust += "\n" + self.tr("Issuer registries: {0}.").format(verifier.registry)
        self.who_trust.setText(trust)
        self._fill(ask)
        self.pages.setCurrentIndex(1)
        self.matches.setFocus()

    def _fill(self, ask: Ask) -> None:
        self.matches.blockSignals(True)
        self.matches.clear()
        chosen = set(ask.preselected)
        for want in ask.wants:
            need = self.tr("required") if want.required else self.tr("optional")
            title = f"{want.words} ({need})" + (f": {want.reason}" if want.reason else "")
            top = QTreeWidgetItem([title, ""])
            top.setToolTip(0, title)
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.matches.addTopLevelItem(top)
            if not want.matches:
                empty = QTreeWidgetItem([self.tr("Nothing in your wallet matches."), ""])
                empty.setFlags(Qt.ItemFlag.ItemIsEnabled)
                top.addChild(empty)
            for match in want.matches:
                item = QTreeWidgetItem(
                    [f"{match.name} — {match.issuer}", verdict_label(match.verdict)]
                )
                item.setData(0, _ID, match.id)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                checked = match.id in chosen
                item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                top.addChild(item)
        if ask.did_auth:
            proof = QTreeWidgetItem([self.tr("Proof that you control your holder DID"), ""])
            proof.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.matches.addTopLevelItem(proof)
        self.matches.expandAll()
        self.matches.resizeColumnToContents(1)
        self.matches.blockSignals(False)
        self._update_send()

    def chosen(self) -> list[str]:
        """The credential ids ticked now, each once, in the order shown."""
        ids: list[str] = []
        for n in range(self.matches.topLevelItemCount()):
            top = self.matches.topLevelItem(n)
            for c in range(top.childCount() if top is not None else 0):
                item = top.child(c) if top is not None else None
                cid = item.data(0, _ID) if item is not None else None
                if item is None or not cid:
                    continue
                if item.checkState(0) == Qt.CheckState.Checked and cid not in ids:
                    ids.append(cid)
        return ids

    def _update_send(self) -> None:
        ask = self.ask
        if ask is None:
            return
        picked = set(self.chosen())
        missing = [
            w for w in ask.wants if w.required and not any(m.id in picked for m in w.matches)
        ]
        names = [m.name for w in ask.wants for m in w.matches if m.id in picked]
        names = list(dict.fromkeys(names))
        if missing:
            self.will_send.setText(
                self.tr("Nothing can be sent: the verifier requires {0}.").format(missing[0].words)
            )
        else:
            what = ", ".join(names) if names else self.tr("no credential")
            self.will_send.setText(
                self.tr(
                    "Will be sent to {0}: {1}, in a presentation signed by your holder DID "
                    "{2} for this request only (challenge {3})."
                ).format(ask.verifier.domain, what, elide_middle(self.holder, 40), ask.challenge)
            )
        self.send_button.setEnabled(not missing and (bool(names) or ask.did_auth))

    def send(self) -> None:
        ask = self.ask
        if ask is None or not self.send_button.isEnabled():
            return
        chosen = [CredentialId(i) for i in self.chosen()]
        self.steps.begin(self.tr("Sending to {0}…").format(ask.verifier.domain))
        self.pages.setCurrentWidget(self.steps)
        self.session.run(lambda run: run.responding.send(ask, chosen), self._sent, self._failed)

    def _sent(self, sent: Sent) -> None:
        self.sent = sent
        if sent.accepted:
            text = self.tr("The verifier accepted your answer. It is in your sharing history.")
        else:
            text = self.tr(
                "The verifier refused your answer: {0} It is in your sharing history."
            ).format(_sentence(sent.message))
        if sent.redirect:
            text += " " + self.tr("It asks you to continue at {0}").format(sent.redirect)
        self.result_text.setText(text)
        self.pages.setCurrentIndex(3)

    def _failure_words(self, error: BaseException) -> str:
        return _failure_sentence(self, error)

    def _failed(self, error: BaseException) -> None:
        self.result_text.setText(_failure_sentence(self, error))
        self.pages.setCurrentIndex(3)


def _sentence(text: str) -> str:
    return text if text.endswith((".", "!", "?")) else text + "."


def _short_words(text: str) -> str:
    """``text`` capitalised, its DIDs and URLs shortened in the middle so it wraps."""
    shortened = elide_identifiers(text)
    return shortened[:1].upper() + shortened[1:]


def _failure_sentence(dialog: QDialog, error: BaseException) -> str:
    if isinstance(error, ExchangeCancelled):
        return QCoreApplication.translate("RespondDialog", "Cancelled. Nothing was sent.")
    if isinstance(error, UntrustedRequest):
        return QCoreApplication.translate(
            "RespondDialog", "Learner Wallet does not answer this request: {0}"
        ).format(error.reason)
    if isinstance(error, ExchangeError):
        return QCoreApplication.translate("RespondDialog", "Failed while {0}: {1}").format(
            step_words(error.step).lower(), error.reason
        )
    return explain(error)
