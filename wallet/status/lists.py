"""Obtain a status list credential and decide whether it may speak (STANDARDS §6, DESIGN
"Network": "A status list counts only when it is itself a verified credential of the same
issuer as the credential it speaks for, in date, with the entry's statusPurpose").

The list credential is verified by a callback (``verify_list``, in practice the pipeline's
``verify_document`` with the same options), so this package never imports the pipeline. What
the callback's report says becomes one :class:`ListVerdict`:

- ``verified``: its proof verifies with its issuer's key, and it is in date;
- ``unsigned``: it carries no proof at all (DCC's status service does not sign by default);
- ``signature-invalid``: a proof that fails, or a key its issuer does not control: never
  believed, either way;
- ``unverifiable``: its proof could not be checked (its issuer's key is unreachable);
- ``expired`` / ``not-yet-valid``: outside its ``validFrom``/``validUntil``;
- ``unreachable``: it could not be fetched (the reason says why);
- ``malformed``: not JSON, not a status list credential of the entry's kind, an
  ``encodedList`` that does not decode.

Bitstring Status List §2.2 ``ttl`` (milliseconds): a cached copy older than its ``ttl`` is
fetched again; otherwise the Fetcher's one hour applies.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from wallet.errors import FetchError
from wallet.net.fetcher import DEFAULT_MAX_AGE, Fetched, Fetcher, json_of
from wallet.status.bitstring import ListError, decode_list
from wallet.status.entries import BITSTRING, REVOCATION_LIST_2020, STATUS_LIST_2021
from wallet.verify.report import Report, Status

__all__ = ["LIST_TYPES", "MAX_LIST_BYTES", "ListVerdict", "StatusList", "VerifyList", "load_list"]

VerifyList = Callable[[Any], Report]
MAX_LIST_BYTES = 2 * 1024 * 1024
# entry type -> (list credential type, list subject type)
LIST_TYPES = {
    BITSTRING: ("BitstringStatusListCredential", "BitstringStatusList"),
    STATUS_LIST_2021: ("StatusList2021Credential", "StatusList2021"),
    REVOCATION_LIST_2020: ("RevocationList2020Credential", "RevocationList2020"),
}
_MAX_TTL = timedelta(days=366)


class ListVerdict(StrEnum):
    VERIFIED = "verified"
    UNSIGNED = "unsigned"
    SIGNATURE_INVALID = "signature-invalid"
    UNVERIFIABLE = "unverifiable"
    EXPIRED = "expired"
    NOT_YET_VALID = "not-yet-valid"
    UNREACHABLE = "unreachable"
    MALFORMED = "malformed"


@dataclass(frozen=True)
class StatusList:
    """One status list as judged once per run; ``reason`` explains any verdict but verified."""

    url: str
    verdict: ListVerdict
    reason: str = ""
    fetched: Fetched | None = None
    issuer: str | None = None
    purposes: frozenset[str] = frozenset()
    bits: bytes | None = None

    @property
    def speaks(self) -> bool:
        """Its bits may be read: verified, or unsigned (then only "revoked" is believed)."""
        return self.verdict in (ListVerdict.VERIFIED, ListVerdict.UNSIGNED)


def _types(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _party(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, dict) and isinstance(value.get("id"), str):
        return str(value["id"])
    return None


def _ttl(subject: dict[str, Any]) -> timedelta | None:
    ttl = subject.get("ttl")
    if isinstance(ttl, bool) or not isinstance(ttl, int) or ttl <= 0:
        return None
    return min(timedelta(milliseconds=ttl), _MAX_TTL)


def _judge(report: Report) -> tuple[ListVerdict, str]:
    """The list's verdict from its own verification report."""
    checks = {c.id: c for c in report.checks}
    fmt, signature, binding = checks.get("format"), checks.get("signature"), checks.get("issuer")
    if fmt is not None and fmt.status is Status.FAIL:
        return ListVerdict.MALFORMED, f"it is not a well-formed credential: {fmt.message}"
    unsigned = signature is not None and signature.outcome == "unsigned"
    if not unsigned:
        if signature is not None and signature.status is Status.FAIL:
            return ListVerdict.SIGNATURE_INVALID, f"its signature fails: {signature.message}"
        if binding is not None and binding.status is Status.FAIL:
            return ListVerdict.SIGNATURE_INVALID, f"its signer is not its issuer: {binding.message}"
        for check in (signature, binding):
            if check is not None and check.outcome == "unverifiable":
                return (
                    ListVerdict.UNVERIFIABLE,
                    f"its signature could not be checked: {check.message}",
                )
            if check is None or check.status is not Status.PASS:
                why = check.message if check is not None else "no signature check"
                return ListVerdict.UNVERIFIABLE, f"its signature could not be checked: {why}"
    validity = checks.get("validity")
    if validity is not None and validity.status is Status.FAIL:
        if validity.outcome == "not-yet-valid":
            return ListVerdict.NOT_YET_VALID, f"the list is {validity.message}"
        return ListVerdict.EXPIRED, f"the list {validity.message}"
    if unsigned:
        return ListVerdict.UNSIGNED, "it is not signed"
    return ListVerdict.VERIFIED, ""


def load_list(
    url: str, entry_type: str, fetcher: Fetcher, verify_list: VerifyList, now: datetime
) -> StatusList:
    """Fetch and judge the status list at ``url`` for entries of ``entry_type``. Never raises."""
    try:
        fetched = fetcher.fetch(url, max_bytes=MAX_LIST_BYTES, max_age=DEFAULT_MAX_AGE)
    except FetchError as exc:
        return StatusList(url, ListVerdict.UNREACHABLE, str(exc))
    found = _read(url, entry_type, fetched, verify_list)
    if found.verdict is ListVerdict.MALFORMED or not fetched.cached:
        return found
    document, _ = json_of(fetched)
    subject = _subject(document)
    ttl = _ttl(subject) if subject is not None else None
    if ttl is not None and now - fetched.at > ttl:
        try:
            fresher = fetcher.fetch(url, max_bytes=MAX_LIST_BYTES, max_age=ttl)
        except FetchError as exc:
            return StatusList(url, ListVerdict.UNREACHABLE, f"{exc} (the copy past its ttl)")
        return _read(url, entry_type, fresher, verify_list)
    return found


def _subject(document: Any) -> dict[str, Any] | None:
    if not isinstance(document, dict):
        return None
    subject = document.get("credentialSubject")
    if isinstance(subject, list) and len(subject) == 1:
        subject = subject[0]
    return subject if isinstance(subject, dict) else None


def _read(url: str, entry_type: str, fetched: Fetched, verify_list: VerifyList) -> StatusList:
    def malformed(why: str) -> StatusList:
        return StatusList(url, ListVerdict.MALFORMED, why, fetched)

    document, problem = json_of(fetched)
    if problem is not None:
        return malformed(problem.replace(f"the document at {url} is", "it is"))
    subject = _subject(document)
    if not isinstance(document, dict) or subject is None:
        return malformed("it is not a status list credential")
    credential_type, subject_type = LIST_TYPES[entry_type]
    if credential_type not in _types(document.get("type")):
        return malformed(f"it is not a {credential_type}")
    if subject_type not in _types(subject.get("type")):
        return malformed(f"its credentialSubject is not a {subject_type}")
    try:
        bits = decode_list(subject.get("encodedList"), multibase=entry_type == BITSTRING)
    except ListError as exc:
        return malformed(str(exc))
    purposes = frozenset(
        p for p in _types(subject.get("statusPurpose", "revocation")) if isinstance(p, str)
    )
    if entry_type == REVOCATION_LIST_2020:
        purposes = frozenset({"revocation"})
    verdict, reason = _judge(verify_list(document))
    issuer = _party(document.get("issuer"))
    return StatusList(url, verdict, reason, fetched, issuer, purposes, bits)
