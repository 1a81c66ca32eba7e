"""Sharing history: when the learner shared what, in which format, and for which verifier.

:class:`ShareHistoryModel` is a table over ``WalletService.shares()`` (newest first), held by
``WalletState`` and emptied on lock like the other models; :class:`ShareHistoryDialog` shows it.
The rows are read in the background (``WalletState.load_shares``); everything here runs on the
GUI thread and never touches the vault.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

__all__ = ["ShareHistoryDialog", "ShareHistoryModel", "format_label"]

_Index = QModelIndex | QPersistentModelIndex
# The Share dialog's words for the same things (ui/share/dialog.py); "qr-text" is the CLI's.
_FORMATS = {
    "vp": QT_TRANSLATE_NOOP("ShareHistory", "Signed presentation file (.json)"),
    "vp-jwt": QT_TRANSLATE_NOOP("ShareHistory", "Signed presentation as a JWT (.jwt)"),
    "qr": QT_TRANSLATE_NOOP("ShareHistory", "QR code on screen"),
    "qr-text": QT_TRANSLATE_NOOP("ShareHistory", "QR code text"),
    "qr-png": QT_TRANSLATE_NOOP("ShareHistory", "QR code image (.png)"),
    "qr-svg": QT_TRANSLATE_NOOP("ShareHistory", "QR code image (.svg)"),
    "pdf": QT_TRANSLATE_NOOP("ShareHistory", "PDF evidence pack (.pdf)"),
    "openid4vp": QT_TRANSLATE_NOOP("ShareHistory", "Answer to a verifier (OpenID4VP)"),
    "vc-api": QT_TRANSLATE_NOOP("ShareHistory", "Answer to a verifier (VC-API)"),
}
_PURPOSES = {
    "authentication": QT_TRANSLATE_NOOP("ShareHistory", "Authentication"),
    "assertionMethod": QT_TRANSLATE_NOOP("ShareHistory", "Assertion method"),
}


# pyside6-lupdate reads only literal translate("Context", "text") calls, not a wrapper.
translate = QCoreApplication.translate


def _t(text: object) -> str:
    """A table's word (marked with QT_TRANSLATE_NOOP, which types it ``object``), translated."""
    return translate("ShareHistory", str(text))


def format_label(value: Any) -> str:
    """A format as a person says it; an unknown one as written."""
    return _t(_FORMATS[value]) if value in _FORMATS else str(value or "")


class ShareHistoryModel(QAbstractTableModel):
    """One row per share, newest first: when, credentials, format, challenge, domain, purpose."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("ShareHistory", "When"),
        QT_TRANSLATE_NOOP("ShareHistory", "Credentials"),
        QT_TRANSLATE_NOOP("ShareHistory", "Format"),
        QT_TRANSLATE_NOOP("ShareHistory", "Challenge"),
        QT_TRANSLATE_NOOP("ShareHistory", "Domain"),
        QT_TRANSLATE_NOOP("ShareHistory", "Purpose"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, ...]] = []
        self._tips: list[str] = []

    def set_shares(self, shares: Sequence[Any], names: Mapping[str, str]) -> None:
        """``shares``: ``ShareRecord`` values; ``names``: credential id -> name (a credential
        removed since is called so)."""
        self.beginResetModel()
        self._rows, self._tips = [], []
        for share in sorted(shares, key=lambda s: s.at, reverse=True):
            details = share.details
            credentials = [
                names.get(str(cid), translate("ShareHistory", "a removed credential"))
                for cid in share.credential_ids
            ]
            purpose = details.get("purpose")
            self._rows.append(
                (
                    share.at.astimezone().strftime("%Y-%m-%d %H:%M"),
                    ", ".join(credentials),
                    format_label(details.get("format")),
                    str(details.get("challenge") or ""),
                    str(details.get("domain") or ""),
                    _t(_PURPOSES[purpose]) if purpose in _PURPOSES else str(purpose or ""),
                )
            )
            tip = (
                [translate("ShareHistory", "Signed as %1").replace("%1", str(details["holder"]))]
                if details.get("holder")
                else []
            )
            if details.get("file"):
                tip.append(
                    translate("ShareHistory", "Saved to %1").replace("%1", str(details["file"]))
                )
            if details.get("verifier"):
                tip.append(
                    translate("ShareHistory", "Sent to %1").replace("%1", str(details["verifier"]))
                )
            if details.get("accepted") is not None:
                tip.append(
                    translate("ShareHistory", "Accepted")
                    if details["accepted"]
                    else translate("ShareHistory", "Refused")
                )
            self._tips.append("\n".join(tip))
        self.endResetModel()

    def clear(self) -> None:
        self.set_shares([], {})

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tips[index.row()] or None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _t(self.COLUMNS[section])
        return None


class ShareHistoryDialog(QDialog):
    """The history table, or a sentence when nothing has been shared yet."""

    def __init__(self, model: ShareHistoryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sharing history"))
        intro = QLabel(
            self.tr(
                "Every time you shared credentials from this wallet: what, how, and the "
                "verifier's challenge and domain. It is kept encrypted in your wallet."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setModel(model)
        self.table.setAccessibleName(self.tr("Sharing history"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr("You have not shared any credentials yet."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body = QStackedWidget(self)
        self.body.addWidget(self.table)
        self.body.addWidget(self.empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.body, 1)
        layout.addWidget(buttons)
        model.modelReset.connect(self._update)
        self._update()
        self.resize(820, 380)

    def _update(self) -> None:
        model = self.table.model()
        self.body.setCurrentWidget(self.empty if model.rowCount() == 0 else self.table)
