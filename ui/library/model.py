"""The library's item model: every credential summary, filtered and sorted for the view.

The model owns the whole list (what ``WalletService.list_credentials`` returned) and the visible
part. Filtering and sorting are done here, in plain Python over precomputed lower-case text and
sort keys, instead of a ``QSortFilterProxyModel`` calling back into Python for every row: with
10,000 credentials a keystroke costs a few milliseconds. Everything runs on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from ui.common.display import line, plain_tip
from ui.common.verdicts import Chip, chip_for, chip_label, parts_caveat

__all__ = ["SHOWN_ROLE", "SUMMARY_ROLE", "LibraryModel", "Query", "Shown", "SortKey"]

SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1
SHOWN_ROLE = Qt.ItemDataRole.UserRole + 2
_Index = QModelIndex | QPersistentModelIndex


class SortKey(StrEnum):
    NAME = "name"
    ISSUER = "issuer"
    ISSUED = "issued"
    ADDED = "added"
    STATUS = "status"


# Status order: what needs attention first.
_CHIP_ORDER = {
    c: i
    for i, c in enumerate(
        (Chip.INVALID, Chip.REVOKED, Chip.WARNING, Chip.UNVERIFIABLE, Chip.EXPIRED, Chip.VALID)
    )
}


@dataclass(frozen=True)
class Query:
    """What the learner asked to see. Empty fields match everything."""

    text: str = ""
    tag: str | None = None
    collection: frozenset[str] | None = None  # member ids of the chosen collection
    issuer: str | None = None
    chip: Chip | None = None
    kind: str | None = None
    sort: SortKey = SortKey.ADDED
    descending: bool = True

    def with_text(self, text: str) -> Query:
        return replace(self, text=text)


@dataclass(frozen=True)
class Shown:
    """What a card or row paints, by the display rule (``ui.common.display``): bounded, one
    line, invisible characters visible. Computed once per summary, never while painting."""

    name: str
    issuer: str
    recipient: str
    caveat: str  # "1 of 4 achievements is not genuine", or ""
    issued: str


def _shown(summary: Any, chip: Chip) -> Shown:
    parts = getattr(summary, "parts", ())
    return Shown(
        name=line(summary.name),
        issuer=line(summary.issuer_name),
        recipient=line(getattr(summary, "recipient", "")),
        caveat=parts_caveat(parts),
        issued=(summary.issued or "")[:10],
    )


class _Row:
    """One summary plus what filtering, sorting and painting need, computed once."""

    __slots__ = ("chip", "haystack", "keys", "shown", "summary")

    def __init__(self, summary: Any) -> None:
        self.summary = summary
        self.chip = chip_for(summary.verdict)
        self.shown = _shown(summary, self.chip)
        self.haystack = "\n".join(
            (
                summary.name,
                summary.issuer_name,
                getattr(summary, "recipient", ""),
                summary.achievement_type or summary.kind,
                summary.description,
                *summary.skills,
                *summary.tags,
                *getattr(summary, "related", ()),
            )
        ).casefold()
        self.keys = {
            SortKey.NAME: summary.name.casefold(),
            SortKey.ISSUER: summary.issuer_name.casefold(),
            SortKey.ISSUED: summary.issued or "",
            SortKey.ADDED: summary.added.isoformat(),
            SortKey.STATUS: _CHIP_ORDER[self.chip],
        }


class LibraryModel(QAbstractListModel):
    """A list model over credential summaries. ``DisplayRole`` is the name; ``SUMMARY_ROLE`` the
    summary itself (a frozen ``CredentialSummary``)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._visible: list[_Row] = []
        self.query = Query()

    # --- feeding -------------------------------------------------------------------------
    def set_summaries(self, summaries: Iterable[Any]) -> None:
        self._rows = [_Row(s) for s in summaries]
        self._refresh()

    def clear(self) -> None:
        """Forget every row (on lock: no decrypted data stays in the model)."""
        self._rows = []
        self._refresh()

    def set_query(self, query: Query) -> None:
        if query != self.query:
            self.query = query
            self._refresh()

    def _refresh(self) -> None:
        self.beginResetModel()
        self._visible = _select(self._rows, self.query)
        self.endResetModel()

    # --- reading -------------------------------------------------------------------------
    def total(self) -> int:
        return len(self._rows)

    def summaries(self) -> list[Any]:
        return [r.summary for r in self._rows]

    def summary_at(self, row: int) -> Any:
        return self._visible[row].summary

    def row_of(self, credential_id: str) -> int:
        return next((i for i, r in enumerate(self._visible) if r.summary.id == credential_id), -1)

    def facets(self) -> dict[str, list[str]]:
        """The values each filter can take, from every row (not just the visible ones)."""
        tags: set[str] = set()
        issuers: set[str] = set()
        kinds: set[str] = set()
        for r in self._rows:
            tags.update(r.summary.tags)
            issuers.add(r.shown.issuer)
            kinds.add(r.summary.achievement_type or r.summary.kind)
        return {
            "tag": sorted(tags, key=str.casefold),
            "issuer": sorted(issuers, key=str.casefold),
            "kind": sorted(kinds, key=str.casefold),
        }

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._visible):
            return None
        row = self._visible[index.row()]
        s = row.summary
        shown = row.shown
        if role == Qt.ItemDataRole.DisplayRole:
            return shown.name
        if role == SUMMARY_ROLE:
            return s
        if role == SHOWN_ROLE:
            return shown
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [shown.name, shown.issuer, shown.recipient, shown.caveat]
            return plain_tip("\n".join(t for t in lines if t))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            words = [shown.name, shown.issuer, shown.issued, chip_label(row.chip), shown.caveat]
            return ", ".join(w for w in words if w)
        return None


def _select(rows: Sequence[_Row], query: Query) -> list[_Row]:
    words = query.text.casefold().split()
    chosen = [
        r
        for r in rows
        if all(w in r.haystack for w in words)
        and (query.tag is None or query.tag in r.summary.tags)
        and (query.collection is None or r.summary.id in query.collection)
        and (query.issuer is None or r.shown.issuer == query.issuer)
        and (query.chip is None or r.chip == query.chip)
        and (query.kind is None or (r.summary.achievement_type or r.summary.kind) == query.kind)
    ]
    key = query.sort
    chosen.sort(key=lambda r: r.keys[key], reverse=query.descending)
    return chosen
