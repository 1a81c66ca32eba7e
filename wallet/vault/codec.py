"""Plaintext encodings of what goes inside records: reports and checks as JSON.

:meth:`Report.to_json` is the public contract shape and drops ``outcome`` and ``label``, which
the verdict needs; records keep everything so a stored report reads back equal to the original.
"""

from __future__ import annotations

import json
from typing import Any

from wallet.errors import VaultCorrupted
from wallet.verify import Check, Report, Status, Verdict
from wallet.verify.report import RawInput
from wallet.verify.view import EMPTY_VIEW, SignedView

__all__ = [
    "checks_from_json",
    "checks_to_json",
    "dumps",
    "has_view",
    "loads",
    "report_from_json",
    "report_to_json",
]


def dumps(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def loads(data: bytes, record: str) -> Any:
    """Parse a decrypted record; a record that decrypts but does not parse is corrupted too."""
    try:
        return json.loads(data)
    except ValueError:
        raise VaultCorrupted(f"record {record} does not parse", record=record) from None


def checks_to_json(checks: tuple[Check, ...]) -> list[list[str | None]]:
    return [[c.id, c.status.value, c.message, c.outcome] for c in checks]


def checks_from_json(value: Any) -> tuple[Check, ...]:
    return tuple(Check(c[0], Status(c[1]), c[2], c[3]) for c in value)


def report_to_json(report: Report) -> dict[str, Any]:
    """A report with its signed view (the vault shows and indexes what was signed)."""
    return {
        "kind": report.kind,
        "verdict": report.verdict.value,
        "label": report.label,
        "checks": checks_to_json(report.checks),
        "credentials": [report_to_json(r) for r in report.credentials],
        "view": report.view.to_json(),
        "about": report.about,
    }


def report_from_json(value: Any, source: Any = None) -> Report:
    """A stored report; its view is None-empty for records written before views were kept
    (:func:`has_view` tells), and ``source`` is the parsed original when the caller has it."""
    view = SignedView.from_json(value["view"]) if "view" in value else EMPTY_VIEW
    about = value.get("about")
    return Report(
        kind=value["kind"],
        verdict=Verdict(value["verdict"]),
        checks=checks_from_json(value["checks"]),
        credentials=tuple(report_from_json(r) for r in value["credentials"]),
        label=value["label"],
        view=view,
        source=RawInput(source) if source is not None else None,
        about=about if isinstance(about, dict) else {},
    )


def has_view(value: Any) -> bool:
    return isinstance(value, dict) and "view" in value
