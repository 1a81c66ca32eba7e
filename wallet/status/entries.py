"""Read a credential's ``credentialStatus`` into typed entries (STANDARDS §6).

- ``BitstringStatusListEntry`` (W3C Bitstring Status List v1.0 §2.1): ``statusPurpose``
  (revocation, suspension, refresh, message), ``statusListIndex`` (a base-10 string; 1EdTech
  samples write a number: both are read, negatives refused), ``statusListCredential``, optional
  ``statusSize`` (default 1) and ``statusMessage`` (required when ``statusSize`` > 1).
- ``StatusList2021Entry`` (VC Status List 2021 §2.1): the same without size or messages.
- ``RevocationList2020Status`` (CCG Revocation List 2020 §2.1): ``revocationListIndex``,
  ``revocationListCredential``; its purpose is revocation.
- ``1EdTechRevocationList`` (OB 3.0 §9.x, 1EdTech VCRL 1.0): ``id`` is the URL of the issuer's
  list of revoked credential ids.

Every problem becomes a :class:`BadEntry` with a sentence; nothing here raises.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from wallet.wording import shown

__all__ = [
    "BITSTRING",
    "MAX_ENTRIES",
    "MAX_INDEX",
    "MAX_STATUS_SIZE",
    "REVOCATION_LIST_2020",
    "STATUS_LIST_2021",
    "BadEntry",
    "Entry",
    "ListEntry",
    "RevocationListEntry",
    "read_entries",
]

BITSTRING = "BitstringStatusListEntry"
STATUS_LIST_2021 = "StatusList2021Entry"
REVOCATION_LIST_2020 = "RevocationList2020Status"
ONE_EDTECH = "1EdTechRevocationList"
MAX_ENTRIES = 8  # a credential with more status entries than this is not one anyone issued
MAX_INDEX = 2**31 - 1
MAX_STATUS_SIZE = 8  # Bitstring Status List §2.1: statusSize values above a byte are not used
_DECIMAL = re.compile(r"^(0|[1-9][0-9]{0,9})$")
_HEX = re.compile(r"^0x[0-9a-fA-F]{1,2}$")
_PURPOSES = frozenset({"revocation", "suspension", "refresh", "message"})


@dataclass(frozen=True)
class ListEntry:
    """An entry pointing into a bitstring status list credential."""

    type: str
    purpose: str
    index: int
    list_url: str
    size: int = 1
    messages: tuple[tuple[int, str], ...] = ()

    def message_for(self, value: int) -> str | None:
        return next((text for status, text in self.messages if status == value), None)


@dataclass(frozen=True)
class RevocationListEntry:
    """A 1EdTech revocation list: the URL answers with the ids of revoked credentials."""

    url: str


@dataclass(frozen=True)
class BadEntry:
    """An entry that cannot be checked: ``unsupported`` for a type the wallet does not know."""

    type: str
    reason: str
    unsupported: bool = False


Entry = ListEntry | RevocationListEntry | BadEntry


def _index(value: Any, name: str) -> int | str:
    """The index, or why it is not one. A bool is not a number here, whatever Python says."""
    if isinstance(value, bool) or value is None:
        return f"{name} is missing or not a number"
    if isinstance(value, int):
        number = value
    elif isinstance(value, str) and _DECIMAL.match(value):
        number = int(value)
    else:
        return f"{name} {shown(str(value)[:20])} is not a non-negative base-10 integer"
    if not 0 <= number <= MAX_INDEX:
        return f"{name} {number} is out of range"
    return number


def _url(value: Any, name: str) -> str | None:
    if isinstance(value, dict):  # the signed view writes a bare IRI reference as {"id": …}
        value = value.get("id")
    return value if isinstance(value, str) and value.startswith(("https://", "http://")) else None


def _messages(value: Any, size: int) -> tuple[tuple[int, str], ...] | str:
    if value is None:
        return () if size == 1 else "statusMessage is required when statusSize is above 1"
    if not isinstance(value, list) or len(value) > 2**MAX_STATUS_SIZE:
        return "statusMessage must be a list"
    found = []
    for item in value:
        status = item.get("status") if isinstance(item, dict) else None
        message = item.get("message") if isinstance(item, dict) else None
        if not isinstance(status, str) or not _HEX.match(status) or not isinstance(message, str):
            return "each statusMessage needs a hexadecimal status and a message"
        found.append((int(status, 16), message[:300]))
    return tuple(found)


def _bitstring(entry: dict[str, Any], kind: str) -> Entry:
    purpose = entry.get("statusPurpose")
    if not isinstance(purpose, str) or purpose not in _PURPOSES:
        return BadEntry(
            kind, f"the statusPurpose {shown(str(purpose)[:40])} is not one the wallet knows"
        )
    index = _index(entry.get("statusListIndex"), "statusListIndex")
    if isinstance(index, str):
        return BadEntry(kind, index)
    url = _url(entry.get("statusListCredential"), "statusListCredential")
    if url is None:
        return BadEntry(kind, "statusListCredential is not a URL")
    if kind == STATUS_LIST_2021:
        return ListEntry(kind, purpose, index, url)
    size = entry.get("statusSize", 1)
    if isinstance(size, bool) or not isinstance(size, int) or not 1 <= size <= MAX_STATUS_SIZE:
        return BadEntry(kind, f"statusSize {shown(str(size)[:20])} is not 1 to {MAX_STATUS_SIZE}")
    messages = _messages(entry.get("statusMessage"), size)
    if isinstance(messages, str):
        return BadEntry(kind, messages)
    return ListEntry(kind, purpose, index, url, size, messages)


def _revocation_list_2020(entry: dict[str, Any]) -> Entry:
    index = _index(entry.get("revocationListIndex"), "revocationListIndex")
    if isinstance(index, str):
        return BadEntry(REVOCATION_LIST_2020, index)
    url = _url(entry.get("revocationListCredential"), "revocationListCredential")
    if url is None:
        return BadEntry(REVOCATION_LIST_2020, "revocationListCredential is not a URL")
    return ListEntry(REVOCATION_LIST_2020, "revocation", index, url)


def _one(entry: Any) -> Entry:
    if not isinstance(entry, dict):
        return BadEntry("", "a status entry must be an object")
    kind = entry.get("type")
    types = kind if isinstance(kind, list) else [kind]
    if BITSTRING in types:
        return _bitstring(entry, BITSTRING)
    if STATUS_LIST_2021 in types:
        return _bitstring(entry, STATUS_LIST_2021)
    if REVOCATION_LIST_2020 in types:
        return _revocation_list_2020(entry)
    if ONE_EDTECH in types:
        url = _url(entry.get("id"), "id")
        if url is None:
            return BadEntry(ONE_EDTECH, "the revocation list's id is not a URL")
        return RevocationListEntry(url)
    name = ", ".join(str(t)[:60] for t in types)
    return BadEntry(name, f"the status type {shown(name)} is not supported", unsupported=True)


def read_entries(credential_status: Any) -> list[Entry]:
    """The entries of a ``credentialStatus`` value (an object or a list of them)."""
    values = credential_status if isinstance(credential_status, list) else [credential_status]
    entries = [_one(value) for value in values[:MAX_ENTRIES]]
    if len(values) > MAX_ENTRIES:
        entries.append(BadEntry("", f"more than {MAX_ENTRIES} status entries: the rest not read"))
    return entries
