"""Dates and times as the app's language writes them (``QLocale()``: the language chosen, see
:mod:`ui.common.language`), in the user's time zone: "1 Dec 2026, 14:05", "1 dic 2026, 14:05".

Only for showing: what is exported or compared stays ISO 8601, and a widget showing one of these
keeps the ISO value in its tooltip.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, QLocale

__all__ = ["local_date", "local_time"]


def _moment(value: datetime) -> QDateTime:
    # A naive datetime is UTC, as the core writes them; the epoch keeps the instant exact.
    aware = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
    return QDateTime.fromMSecsSinceEpoch(int(aware.timestamp() * 1000)).toLocalTime()


def local_date(value: datetime) -> str:
    """The day, with the month abbreviated in the app's language."""
    return QLocale().toString(_moment(value).date(), "d MMM yyyy")


def local_time(value: datetime, *, seconds: bool = False) -> str:
    """The day and the local time of day (to the second with ``seconds``)."""
    return QLocale().toString(_moment(value), "d MMM yyyy, HH:mm" + (":ss" if seconds else ""))
