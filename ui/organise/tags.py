"""Edit a credential's tags: comma-separated, with the wallet's existing tags offered."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

__all__ = ["TagsDialog", "parse_tags"]


def parse_tags(text: str) -> list[str]:
    return list(dict.fromkeys(t.strip() for t in text.split(",") if t.strip()))


class TagsDialog(QDialog):
    def __init__(
        self, current: tuple[str, ...], known: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tags"))
        label = QLabel(self.tr("&Tags, separated by commas:"), self)
        self.edit = QLineEdit(", ".join(current), self)
        self.edit.setAccessibleName(self.tr("Tags"))
        label.setBuddy(self.edit)
        completer = QCompleter(known, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.edit.setCompleter(completer)
        hint = QLabel(
            self.tr("Existing tags: %1").replace("%1", ", ".join(known)) if known else "", self
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.edit)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(420, self.sizeHint().height())

    def tags(self) -> list[str]:
        return parse_tags(self.edit.text())
