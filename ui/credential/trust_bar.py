"""The credential page's "Trust this issuer" / "Stop trusting this issuer".

Offered only when the report's issuer check passed: trust vouches for an issuer whose key is
proven, so a credential whose binding failed or could not be established has nothing to trust
(the pipeline shows its trust row as "does not apply" even for a trusted issuer). The change runs
on the background helper (``ui.common.tasks``); the service re-verifies every stored credential, and
the refresh that follows re-opens the page with its new rows.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ui.common.display import line, plain_label
from ui.common.tasks import run_task
from ui.window.wallet_state import WalletState
from wallet.verify import Report, Status

__all__ = ["TrustBar", "find_state"]


def find_state(widget: QWidget) -> WalletState | None:
    """The open wallet of the window ``widget`` is in, or None (a standalone page or dialog)."""
    window: QObject = widget.window()
    return window.findChild(WalletState)


class TrustBar(QWidget):
    """One line: what trusting means, and the button that gives or withdraws it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.issuer_id = ""
        self.issuer_name = ""
        self.trusted = False
        self.explanation = plain_label(QLabel(self))
        self.explanation.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.clicked.connect(self.toggle)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.explanation, 1)
        layout.addWidget(self.button)
        self.hide()

    def show_for(self, issuer_id: str, issuer_name: str, report: Report | None) -> None:
        """Offer trust for this credential's issuer, or hide when it does not apply."""
        issuer = report.check("issuer") if report is not None else None
        trust = report.check("trust") if report is not None else None
        if not issuer_id or issuer is None or issuer.status is not Status.PASS:
            self.hide()
            return
        self.issuer_id, self.issuer_name = issuer_id, issuer_name or issuer_id
        self.trusted = trust is not None and trust.status is Status.PASS
        if self.trusted:
            self.button.setText(self.tr("Stop trusting this issuer"))
            self.explanation.setText(
                self.tr("You trust %1: credentials signed by its key show it as trusted.").replace(
                    "%1", line(self.issuer_name)
                )
            )
        else:
            self.button.setText(self.tr("Trust this issuer"))
            self.explanation.setText(
                self.tr("Credentials signed by this issuer's key will show it as trusted.")
            )
        self.button.setAccessibleDescription(self.explanation.text())
        self.button.setEnabled(True)
        self.show()

    def toggle(self) -> None:
        state = find_state(self)
        if state is None or not state.is_unlocked or not self.issuer_id:
            return
        service = state.service
        issuer_id, name, trusted = self.issuer_id, self.issuer_name, self.trusted
        self.button.setEnabled(False)  # until the refreshed page arrives
        window = self.window()

        def work(_: object) -> Any:
            if trusted:
                return service.distrust_issuer(issuer_id)
            return service.trust_issuer(issuer_id, name)

        def tell(text: str) -> None:
            status_bar = getattr(window, "statusBar", None)
            if callable(status_bar):
                status_bar().showMessage(text, 8000)

        def done(_: object) -> None:
            template = (
                self.tr("You no longer trust %1.") if trusted else self.tr("You now trust %1.")
            )
            tell(template.replace("%1", name))
            if state.is_unlocked:
                state.refresh()  # the window re-opens this page with its re-verified rows

        def failed(error: BaseException) -> None:
            self.button.setEnabled(True)
            tell(self.tr("Trust was not changed: %1").replace("%1", str(error)))

        run_task(self, work, done, failed)
