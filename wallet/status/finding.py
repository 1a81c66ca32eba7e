"""What one status entry says, before the entries of a credential are combined into its
``status`` check (:mod:`wallet.status.checker`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from wallet.net.fetcher import Fetched

__all__ = ["Finding", "State"]

# revoked / suspended: believed; clear: a verified list says not revoked (or not suspended);
# clear-unsigned: an unsigned list says so (never a pass); note: a message or refresh entry,
# informational; unknown: could not be checked, ``text`` says why.
State = Literal["revoked", "suspended", "clear", "clear-unsigned", "clear-stale", "note", "unknown"]


@dataclass(frozen=True)
class Finding:
    state: State
    text: str
    fetched: Fetched | None = None
    unsupported: bool = False
