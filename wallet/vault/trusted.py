"""The issuers the learner trusts: id, the name they knew it by, and since when.

Kept as one encrypted setting (``trusted_issuers``), so the list is the learner's, never written
in plain text, and travels with backups like every other setting. Nothing is trusted by default,
not even the demo issuer: trust is something a person gives.

What trust means is decided by the pipeline (``wallet.verify.trust``): it applies
only when the issuer check showed the issuer controls the signing key, and it never changes a
verdict. This module only keeps the list and, when a report is read back, names who is trusted.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from wallet.errors import VaultCorrupted
from wallet.vault.organise import Organiser
from wallet.verify import Check, Report, Status
from wallet.verify.trust import trusted_message

__all__ = ["SETTING", "TrustedIssuer", "TrustedIssuers", "name_trusted"]

SETTING = "trusted_issuers"
MAX_NAME = 200  # a display name, not a document


@dataclass(frozen=True)
class TrustedIssuer:
    """One trusted issuer: ``id`` as credentials name it, ``name`` to show, ``since`` (UTC)."""

    id: str
    name: str
    since: datetime

    def message(self) -> str:
        """The ``trust`` row when this issuer is trusted: who, which id, since when."""
        shown = f"{self.name} ({self.id})" if self.name and self.name != self.id else self.id
        return f"you trust the issuer {shown} since {self.since.date().isoformat()}"


class TrustedIssuers:
    """The list, over the vault's encrypted settings. Every write is its own transaction."""

    def __init__(self, organiser: Organiser) -> None:
        self._organiser = organiser

    def _raw(self) -> dict[str, Any]:
        value = self._organiser.setting(SETTING, {})
        if not isinstance(value, dict):
            raise VaultCorrupted("the trusted issuers setting is damaged", record=SETTING)
        return value

    def all(self) -> list[TrustedIssuer]:
        """Sorted by name, then id. Raises VaultCorrupted for a damaged record."""
        found = []
        for issuer_id, entry in self._raw().items():
            try:
                found.append(
                    TrustedIssuer(
                        issuer_id, str(entry["name"]), datetime.fromisoformat(entry["since"])
                    )
                )
            except (KeyError, TypeError, ValueError):
                raise VaultCorrupted(
                    "the trusted issuers setting is damaged", record=SETTING
                ) from None
        return sorted(found, key=lambda t: (t.name.casefold(), t.id))

    def ids(self) -> frozenset[str]:
        return frozenset(self._raw())

    def add(self, issuer_id: str, name: str, at: datetime) -> TrustedIssuer:
        """Trust ``issuer_id`` (again: the name is updated, the date kept). Raises ValueError for
        an empty id."""
        issuer_id = issuer_id.strip()
        if not issuer_id:
            raise ValueError("an issuer id is needed")
        raw = self._raw()
        since = raw.get(issuer_id, {}).get("since") or at.isoformat()
        name = " ".join(name.split())[:MAX_NAME] or issuer_id
        raw[issuer_id] = {"name": name, "since": since}
        self._organiser.set_setting(SETTING, raw)
        return TrustedIssuer(issuer_id, name, datetime.fromisoformat(since))

    def remove(self, issuer_id: str) -> bool:
        """Stop trusting; False when it was not trusted."""
        raw = self._raw()
        if raw.pop(issuer_id, None) is None:
            return False
        self._organiser.set_setting(SETTING, raw or None)
        return True


def name_trusted(report: Report, trusted: Mapping[str, TrustedIssuer]) -> Report:
    """``report`` with each ``trust`` pass row for an issuer in ``trusted`` saying who trusted
    it and since when (nested reports too). Judgements are untouched: only messages change."""
    by_message = {trusted_message(t.id): t for t in trusted.values()}

    def named(check: Check) -> Check:
        issuer = by_message.get(check.message)
        if check.id != "trust" or check.status is not Status.PASS or issuer is None:
            return check
        return dataclasses.replace(check, message=issuer.message())

    def walk(node: Report) -> Report:
        return dataclasses.replace(
            node,
            checks=tuple(named(c) for c in node.checks),
            credentials=tuple(walk(n) for n in node.credentials),
        )

    return walk(report) if by_message else report
