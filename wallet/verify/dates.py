"""XML Schema date-times as credentials write them, and the validity window (STANDARDS §7 A9)."""

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


def parse_datetime(value: Any) -> datetime | None:
    """An aware datetime for an xsd:dateTime string, or None when it is not one.

    A value without a zone is read as UTC (VCDM 1.1 allowed it; 2.0 requires a zone).
    """
    if not isinstance(value, str) or len(value) > 64:
        return None
    match = _DATETIME.match(value.strip())
    if match is None:
        return None
    year, month, day, hour, minute, second, fraction, zone = match.groups()
    try:
        moment = datetime(
            int(year),
            int(month),
            int(day),
            int(hour),
            int(minute),
            int(second),
            int(float(fraction) * 1_000_000) if fraction else 0,
            tzinfo=UTC,
        )
    except (ValueError, OverflowError):
        return None
    if zone and zone != "Z":
        sign = 1 if zone[0] == "+" else -1
        offset = timedelta(hours=int(zone[1:3]), minutes=int(zone[4:6]))
        moment -= sign * offset
    return moment


def format_datetime(moment: datetime) -> str:
    """``2024-05-01T12:00:00Z``: the form credentials and proofs use."""
    return moment.astimezone(UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")
