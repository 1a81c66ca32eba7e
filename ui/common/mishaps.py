"""The last line of defence: an unexpected error becomes a plain message, never a traceback.

Expected failures (wrong passphrase, unreadable file...) are handled where they happen. This
catches only bugs: Python errors raised in a Qt slot or event handler, which would otherwise be
printed to the terminal and leave the window in an unknown state. The learner sees one sentence
and can copy the technical details for a bug report; nothing is sent anywhere.
"""

from __future__ import annotations

import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

__all__ = ["install_excepthook", "report_unexpected"]


# pyside6-lupdate reads only literal translate("Context", "text") calls, not a wrapper.
translate = QCoreApplication.translate


def report_unexpected(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    """Show what went wrong in words, with the details one click away on the clipboard."""
    details = "".join(traceback.format_exception(kind, error, trace))
    print(details, file=sys.stderr)
    if QApplication.instance() is None:
        return
    box = QMessageBox(QMessageBox.Icon.Warning, translate("Mishaps", "Something went wrong"), "")
    box.setText(
        translate("Mishaps", "Learner Wallet ran into a problem it did not expect: {0}").format(
            str(error) or type(error).__name__
        )
    )
    box.setInformativeText(
        translate(
            "Mishaps",
            "Your wallet is safe: it saves each change completely or not at all. "
            "If this happens again, copy the details and report it.",
        )
    )
    copy = box.addButton(translate("Mishaps", "Copy details"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    copy.setAccessibleName(translate("Mishaps", "Copy the technical details"))
    box.exec()
    if box.clickedButton() is copy:
        clipboard = QApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(details)


def install_excepthook() -> None:
    """Route uncaught exceptions (outside ``ui.common.tasks``, which delivers its own) to a
    message."""

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        report_unexpected(kind, error, trace)

    sys.excepthook = hook
