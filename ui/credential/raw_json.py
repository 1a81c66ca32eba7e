"""The raw JSON (or JWT) of a credential, read-only, selectable, copyable.

A JWT is shown as what it holds: its decoded header and payload (the credential the page was
read from), then the token itself, so the learner can copy either.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.common.display import line
from wallet.errors import InputError
from wallet.formats.jws import looks_like_jws, parse_compact_jws

__all__ = ["RawJsonDialog", "raw_text"]


def _dump(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False)


def _jwt_text(token: str) -> str | None:
    try:
        jws = parse_compact_jws(token)
    except InputError:
        return None
    return (
        "// JWT header (decoded)\n"
        f"{_dump(jws.header)}\n\n"
        "// JWT payload (decoded)\n"
        f"{_dump(jws.payload)}\n\n"
        "// The token as received\n"
        f"{token}"
    )


def raw_text(document: Any, original: bytes) -> str:
    if isinstance(document, dict):
        return json.dumps(document, indent=2, ensure_ascii=False)
    text = document if isinstance(document, str) else original.decode("utf-8", errors="replace")
    token = text.strip()
    if looks_like_jws(token):
        decoded = _jwt_text(token)
        if decoded is not None:
            return decoded
    return text


class RawJsonDialog(QDialog):
    def __init__(
        self, title: str, text: str, parent: QWidget | None = None, heading: str = ""
    ) -> None:
        super().__init__(parent)
        raw = self.tr("Raw credential — %1").replace("%1", line(title, 80))
        self.setWindowTitle(heading or raw)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setPlainText(text)
        self.text.setAccessibleName(self.tr("Raw credential JSON"))
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = QPushButton(self.tr("&Copy"), self)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(text))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(720, 560)
