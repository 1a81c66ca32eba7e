"""An unexpected error in the app becomes one plain message with copyable details."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ui.common.mishaps import install_excepthook, report_unexpected


def _boom() -> tuple[type[BaseException], BaseException, object]:
    try:
        raise ValueError("the index was off by one")
    except ValueError:
        return sys.exc_info()  # type: ignore[return-value]


def test_the_message_is_a_sentence_and_copy_puts_the_details_on_the_clipboard(qtbot) -> None:
    seen: dict[str, str] = {}

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen["text"] = box.text()
        seen["info"] = box.informativeText()
        copy = next(b for b in box.buttons() if b.text() == "Copy details")
        copy.click()

    QTimer.singleShot(0, answer)
    report_unexpected(*_boom())  # type: ignore[arg-type]
    assert "the index was off by one" in seen["text"]
    assert "Traceback" not in seen["text"] + seen["info"]
    clipboard = QApplication.clipboard().text()
    assert "Traceback" in clipboard and "ValueError" in clipboard


def test_the_hook_is_installed_and_leaves_ctrl_c_alone(monkeypatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)
    install_excepthook()
    assert sys.excepthook is not sys.__excepthook__
    calls: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "__excepthook__", lambda kind, error, trace: calls.append(kind))
    sys.excepthook(KeyboardInterrupt, KeyboardInterrupt(), None)
    assert calls == [KeyboardInterrupt]
