"""XML Schema date-times as credentials write them, and the validity window (STANDARDS §7 A9).

``xsd:dateTime`` (XML Schema 1.1 Part 2 §3.3.7) allows what Python's ``datetime`` cannot hold:
years past 9999 (``10000-01-01T00:00:00Z``), ``24:00:00`` (the first instant of the next day),
and instants whose UTC form falls outside years 1-9999 (``0001-01-01T00:00:00+01:00``). Such
values are genuine; they are read as the earliest or latest instant Python can represent, so
"valid until the year 10000" compares as far in the future, never as a malformed date.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Any

__all__ = ["CLOCK_SKEW", "format_datetime", "parse_datetime"]

# The issuer's clock and ours may differ a little; JWT nbf/iat get this much grace.
CLOCK_SKEW = timedelta(minutes=5)

_DATETIME = re.compile(
    r"^(-?\d{4,})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})?$"
)
_YEAR = re.compile(r"-?([1-9]\d{3,}|0\d{3})")
_EARLIEST = datetime.min.replace(tzinfo=UTC)
_LATEST = datetime.max.replace(tzinfo=UTC)


def parse_datetime(value: Any) -> datetime | None:
    """An aware datetime for an xsd:dateTime string, or None when it is not one.

    A value without a zone is read as UTC (VCDM 1.1 allowed it; 2.0 requires a zone).
    """
    if not isinstance(value, str) or len(value) > 64:
        return None
    match = _DATETIME.match(value.strip())
    if match is None:
        return None
    year_text, month, day, hour, minute, second, fraction, zone = match.groups()
    if _YEAR.fullmatch(year_text) is None:
        return None  # XSD: a year of more than four digits has no leading zero
    year = int(year_text)
    month_n, day_n, hour_n, minute_n, second_n = map(int, (month, day, hour, minute, second))
    if not (1 <= month_n <= 12 and 1 <= day_n <= 31 and minute_n <= 59 and second_n <= 59):
        return None
    midnight_next = hour_n == 24
    if midnight_next and (minute_n or second_n or (fraction and float(fraction))):
        return None
    if hour_n > 24:
        return None
    if zone and zone != "Z" and (int(zone[1:3]) > 14 or int(zone[4:6]) > 59):
        return None
    if year < 1:
        return _EARLIEST if _valid_day(2000, month_n, day_n) else None
    if year > 9999:
        return _LATEST if _valid_day(2000, month_n, day_n) else None
    try:
        moment = datetime(
            year,
            month_n,
            day_n,
            0 if midnight_next else hour_n,
            minute_n,
            second_n,
            int(float(fraction) * 1_000_000) if fraction else 0,
            tzinfo=UTC,
        )
    except ValueError:
        return None
    try:
        if midnight_next:
            moment += timedelta(days=1)
        if zone and zone != "Z":
            sign = 1 if zone[0] == "+" else -1
            offset = timedelta(hours=int(zone[1:3]), minutes=int(zone[4:6]))
            moment -= sign * offset
    except OverflowError:
        return _LATEST if year >= 9999 else _EARLIEST
    return moment


def _valid_day(leap_year: int, month: int, day: int) -> bool:
    try:
        datetime(leap_year, month, day)
    except ValueError:
        return False
    return True


def format_datetime(moment: datetime) -> str:
    """``2024-05-01T12:00:00Z``: the form credentials and proofs use."""
    return moment.astimezone(UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")
