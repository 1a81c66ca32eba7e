"""The ``status`` check over the network (DESIGN "Verification report" and "Network").

:class:`StatusChecker` reads a credential's ``credentialStatus``, judges each entry against its
list and combines them into one :class:`~wallet.verify.report.Check` with id ``status``:

- ``fail`` (outcome ``revoked`` / ``suspended``) when a list that may speak marks it: a verified
  list, or an unsigned one (believed for "revoked", and the message says it was unsigned);
- ``pass`` only when every revocation/suspension entry was read from a *verified* list of the
  credential's own issuer, in date, of the entry's purpose;
- ``warn`` otherwise, naming why: list unreachable, its signature invalid or uncheckable, from
  another issuer, expired, unsigned ("not revoked according to an unsigned list"), malformed,
  or a status type the wallet does not support. Never a silent pass;
- ``skip`` when there is no entry.

Each message says how fresh the list was ("checked online at ...", "from a copy fetched at
..."). Lists are shared: one checker per run judges each list once (and the Fetcher fetches it
once), however many credentials point into it. Thread-safe.
"""

from __future__ import annotations

import threading
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from wallet.net.fetcher import Fetcher, FetchRecord, iso
from wallet.status.bitstring import ListError, entry_value
from wallet.status.entries import BadEntry, ListEntry, RevocationListEntry, read_entries
from wallet.status.finding import Finding, State
from wallet.status.lists import ListVerdict, StatusList, VerifyList, load_list
from wallet.status.revocation_list import judge_1edtech_list
from wallet.verify.report import Check, Status

__all__ = ["StatusChecker", "StatusResult", "status_check_from"]


@dataclass(frozen=True)
class StatusResult:
    """The ``status`` check and the documents it relied on (for ``"fetched"``)."""

    check: Check
    fetched: tuple[FetchRecord, ...]


class StatusChecker:
    """Checks status entries through ``fetcher``; ``verify_list`` verifies list credentials.

    ``trusted_list_issuers``: list issuers the user accepts for other issuers' credentials
    (STANDARDS §6: "require its issuer == the credential issuer unless the user trusts the list
    issuer").
    """

    def __init__(
        self,
        fetcher: Fetcher,
        verify_list: VerifyList,
        *,
        trusted_list_issuers: Collection[str] = (),
    ) -> None:
        self._fetcher = fetcher
        self._verify_list = verify_list
        self._trusted = frozenset(trusted_list_issuers)
        self._lists: dict[tuple[str, str], StatusList] = {}
        self._locks: dict[tuple[str, str], threading.Lock] = {}
        self._lock = threading.Lock()

    def check(
        self,
        credential_status: Any,
        *,
        issuer_id: str | None,
        now: datetime,
        credential_id: str | None = None,
    ) -> StatusResult:
        """The ``status`` check for a credential whose ``credentialStatus`` is given."""
        if not credential_status:
            check = Check("status", Status.SKIP, "the credential carries no status entry")
            return StatusResult(check, ())
        findings = [
            self._judge(entry, issuer_id, credential_id, now)
            for entry in read_entries(credential_status)
        ]
        records = tuple(dict.fromkeys(f.fetched.record for f in findings if f.fetched is not None))
        return StatusResult(status_check_from(findings), records)

    def _list(self, url: str, entry_type: str, now: datetime) -> StatusList:
        key = (url, entry_type)
        with self._lock:
            lock = self._locks.setdefault(key, threading.Lock())
        with lock:
            found = self._lists.get(key)
            if found is None:
                found = load_list(url, entry_type, self._fetcher, self._verify_list, now)
                self._lists[key] = found
            return found

    def _judge(
        self, entry: Any, issuer_id: str | None, credential_id: str | None, now: datetime
    ) -> Finding:
        if isinstance(entry, BadEntry):
            return Finding("unknown", entry.reason, unsupported=entry.unsupported)
        if isinstance(entry, RevocationListEntry):
            return judge_1edtech_list(self._fetcher, entry.url, credential_id, issuer_id)
        assert isinstance(entry, ListEntry)
        return self._judge_list_entry(entry, issuer_id, now)

    def _judge_list_entry(self, entry: ListEntry, issuer_id: str | None, now: datetime) -> Finding:
        found = self._list(entry.list_url, entry.type, now)
        url, fetched = entry.list_url, found.fetched
        if not found.speaks or found.bits is None:
            return Finding("unknown", _unusable(found), fetched)
        if found.issuer != issuer_id and found.issuer not in self._trusted:
            text = (
                f"the status list at {url} was issued by {found.issuer}, not by the "
                f"credential's issuer {issuer_id}"
            )
            return Finding("unknown", text, fetched)
        if entry.purpose not in found.purposes:
            purposes = ", ".join(sorted(found.purposes)) or "no purpose"
            return Finding(
                "unknown",
                f"the status list at {url} is for {purposes}, not {entry.purpose}",
                fetched,
            )
        try:
            value = entry_value(found.bits, entry.index, entry.size)
        except ListError as exc:
            return Finding("unknown", f"the status list at {url} is malformed: {exc}", fetched)
        return _meaning(entry, found, value)


def _unusable(found: StatusList) -> str:
    if found.verdict is ListVerdict.UNREACHABLE:
        return f"the status list could not be checked: {found.reason}"
    names = {
        ListVerdict.SIGNATURE_INVALID: "is not to be believed",
        ListVerdict.UNVERIFIABLE: "could not be verified",
        ListVerdict.EXPIRED: "has expired",
        ListVerdict.NOT_YET_VALID: "is not valid yet",
        ListVerdict.MALFORMED: "is unreadable",
    }
    return (
        f"the status list at {found.url} {names.get(found.verdict, 'is unusable')}: {found.reason}"
    )


def _meaning(entry: ListEntry, found: StatusList, value: int) -> Finding:
    assert found.fetched is not None
    freshness = found.fetched.freshness()
    unsigned = found.verdict is ListVerdict.UNSIGNED
    source = "the issuer's unsigned status list" if unsigned else "the issuer's status list"
    message = entry.message_for(value)
    note = f" ({message})" if message else ""
    if entry.purpose in ("revocation", "suspension"):
        word = "revoked" if entry.purpose == "revocation" else "suspended"
        if value != 0:
            state: State = "revoked" if word == "revoked" else "suspended"
            return Finding(
                state, f"{word}: {source} marks it {word}{note}; {freshness}", found.fetched
            )
        if unsigned:
            text = f"not {word} according to an unsigned list ({freshness})"
            return Finding("clear-unsigned", text, found.fetched)
        if found.fetched.stale:
            # The copy is older than the list allows and could not be fetched again: it says
            # what held then, not now (the network may be off or the server down). A mark in it
            # still counts (above); its silence is not a pass.
            text = (
                f"not {word} in {source} as of a copy fetched at {iso(found.fetched.at)}, "
                "which is older than the list allows, and no newer copy could be had "
                "(offline, or no connection)"
            )
            return Finding("clear-stale", text, found.fetched)
        return Finding("clear", f"not {word}: {source} says so ({freshness})", found.fetched)
    if entry.purpose == "message":
        shown = message or f"status value 0x{value:x}"
        return Finding("note", f"the issuer's status message: {shown}", found.fetched)
    return Finding("note", "", found.fetched)  # refresh: says nothing about validity


def status_check_from(findings: list[Finding]) -> Check:
    """Combine entries' findings: revoked, then suspended, then anything unchecked, else pass."""
    for state in ("revoked", "suspended"):
        decisive = next((f for f in findings if f.state == state), None)
        if decisive is not None:
            return Check("status", Status.FAIL, decisive.text, state)
    notes = "; ".join(f.text for f in findings if f.state == "note" and f.text)
    suffix = f"; {notes}" if notes else ""
    unknown = [f.text for f in findings if f.state in ("unknown", "clear-unsigned", "clear-stale")]
    if unknown:
        return Check("status", Status.WARN, "; ".join(unknown) + suffix)
    clear = [f.text for f in findings if f.state == "clear"]
    if not clear:
        text = notes or "the credential's status entries say nothing about revocation"
        return Check("status", Status.WARN, text)
    return Check("status", Status.PASS, "; ".join(clear) + suffix)
