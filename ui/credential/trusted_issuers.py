"""The issuers the learner trusts, as a list in Settings, with Remove.

The list is read in the background when shown; removals are kept until the dialog is accepted,
then applied in the background (the service re-verifies the stored credentials) and the wallet
refreshed, so a credential page that is open shows its new trust row. Trust is given on a
credential's page, where the issuer's key has been checked (:mod:`ui.credential.trust_bar`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.common.display import line, plain_label, plain_tip
from ui.common.elide import elide_middle
from ui.common.tasks import run_task
from ui.window.wallet_state import WalletState

__all__ = ["TrustedIssuersBox"]


class TrustedIssuersBox(QGroupBox):
    def __init__(self, state: WalletState | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Issuers you trust"))
        self.state = state
        self.removed: list[str] = []
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Issuers you trust"))
        self.list.setMaximumHeight(130)
        self.list.setMinimumWidth(420)
        self.list.setWordWrap(True)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.setAccessibleName(self.tr("Stop trusting the chosen issuer"))
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self.remove_current)
        self.list.currentItemChanged.connect(
            lambda item, _previous: self.remove_button.setEnabled(item is not None)
        )
        self.hint = plain_label(QLabel(self))
        self.hint.setWordWrap(True)
        self.hint.setText(self.tr("Reading…"))
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.hint)
        self._load()

    def _load(self) -> None:
        state = self.state
        if state is None or not state.is_unlocked:
            self.hint.setText(self.tr("Open your wallet to see the issuers you trust."))
            self.list.setEnabled(False)
            return
        service = state.service
        run_task(self, lambda _: service.trusted_issuers(), self.set_issuers, self._failed)

    def set_issuers(self, issuers: list[Any]) -> None:
        self.list.clear()
        for issuer in issuers:
            since = issuer.since.date().isoformat()
            text = self.tr("%1\n%2 · trusted since %3").replace("%1", line(issuer.name))
            text = text.replace("%2", elide_middle(issuer.id)).replace("%3", since)
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, issuer.id)
            item.setToolTip(plain_tip(issuer.id))
        self._explain()

    def _explain(self) -> None:
        if self.list.count() == 0:
            self.hint.setText(
                self.tr(
                    "You trust no issuers yet. To trust one, open one of its credentials and "
                    "choose “Trust this issuer”."
                )
            )
        else:
            self.hint.setText(
                self.tr("Credentials signed by these issuers' keys show them as trusted.")
            )

    def _failed(self, error: BaseException) -> None:
        self.hint.setText(self.tr("The list could not be read: %1").replace("%1", str(error)))

    def remove_current(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.removed.append(str(item.data(Qt.ItemDataRole.UserRole)))
        self.list.takeItem(self.list.row(item))
        self._explain()

    def apply(self) -> None:
        """Stop trusting what was removed (background), then refresh the wallet."""
        state, removed = self.state, list(self.removed)
        if not removed or state is None or not state.is_unlocked:
            return
        self.removed = []
        service = state.service

        def work(_: object) -> None:
            for issuer_id in removed:
                service.distrust_issuer(issuer_id)

        # Parented to the state, not this box: the dialog closes before the work is done.
        run_task(state, work, lambda _: state.refresh(), lambda e: state.failed.emit(str(e)))
