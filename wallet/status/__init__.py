"""Credential status over the network: status lists and revocation lists (STANDARDS §6).

- :class:`StatusChecker` — the ``status`` check for a credential's ``credentialStatus``
  (``BitstringStatusListEntry``, ``StatusList2021Entry``, ``RevocationList2020Status``,
  ``1EdTechRevocationList``), through an injected Fetcher, with the list credential verified by
  an injected callback (this package never imports the pipeline).
- :func:`judge_ob2_list` — an Open Badges 2.0 ``RevocationList``.
- :func:`read_entries`, :func:`decode_list`, :func:`entry_value` — the parts, bounded.
"""

from __future__ import annotations

from wallet.status.bitstring import ListError, decode_list, entry_value
from wallet.status.checker import StatusChecker, StatusResult, status_check_from
from wallet.status.entries import BadEntry, ListEntry, RevocationListEntry, read_entries
from wallet.status.finding import Finding
from wallet.status.lists import ListVerdict, StatusList, VerifyList, load_list
from wallet.status.revocation_list import judge_1edtech_list, judge_ob2_list

__all__ = [
    "BadEntry",
    "Finding",
    "ListEntry",
    "ListError",
    "ListVerdict",
    "RevocationListEntry",
    "StatusChecker",
    "StatusList",
    "StatusResult",
    "VerifyList",
    "decode_list",
    "entry_value",
    "judge_1edtech_list",
    "judge_ob2_list",
    "load_list",
    "read_entries",
    "status_check_from",
]
