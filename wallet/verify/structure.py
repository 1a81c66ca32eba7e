"""The ``format`` check's structural rules for W3C credentials and presentations (VCDM 1.1, 2.0).

They read the signed view (:mod:`wallet.verify.view`), never the JSON. Returns plain problem
sentences; the pipeline turns them into the ``format`` check. Open Badges and CLR profile rules
are the ``schema`` row's (:mod:`wallet.verify.openbadges`).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from wallet.verify.dates import parse_datetime
from wallet.wording import shown

__all__ = [
    "END_DATES",
    "START_DATES",
    "VC_V1",
    "VC_V2",
    "as_list",
    "credential_problems",
    "data_model",
    "date_bound",
    "party_id",
    "presentation_problems",
    "types_of",
]

VC_V1 = "https://www.w3.org/2018/credentials/v1"
VC_V2 = "https://www.w3.org/ns/credentials/v2"
# Where a credential's validity window starts and ends, in VCDM 2.0 and 1.1. Both pairs are
# read whatever the data model: the model is named by the first @context, which signs nothing.
START_DATES = ("validFrom", "issuanceDate")
END_DATES = ("validUntil", "expirationDate")


def as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def types_of(node: Any) -> set[str]:
    if not isinstance(node, dict):
        return set()
    return {t for t in as_list(node.get("type")) if isinstance(t, str)}


def party_id(value: Any) -> str | None:
    """The id of an ``issuer`` or ``holder``: a URI string or an object with an ``id``."""
    if isinstance(value, list) and len(value) == 1:
        value = value[0]
    if isinstance(value, str):
        return value
    if isinstance(value, dict) and isinstance(value.get("id"), str):
        return str(value["id"])
    return None


def data_model(document: dict[str, Any]) -> str | None:
    """ "1.1" or "2.0" from the first @context (VCDM 2.0 §4.3), else None."""
    first = next(iter(as_list(document.get("@context"))), None)
    return {VC_V1: "1.1", VC_V2: "2.0"}.get(first) if isinstance(first, str) else None


def date_bound(
    data: dict[str, Any], names: tuple[str, ...], *, latest: bool
) -> tuple[str | None, datetime | None]:
    """The latest (``latest``) or earliest readable date among ``names`` in ``data``: as
    written, and as read. (None, None) when none is readable."""
    dated = [(data[n], parse_datetime(data[n])) for n in names if isinstance(data.get(n), str)]
    found = [(text, moment) for text, moment in dated if moment is not None]
    if not found:
        return None, None
    return (max if latest else min)(found, key=lambda pair: pair[1])


def _is_uri(value: Any) -> bool:
    if not isinstance(value, str) or not value or any(c.isspace() for c in value):
        return False
    scheme, sep, rest = value.partition(":")
    return bool(sep and rest) and scheme[:1].isalpha()


def _common_problems(document: dict[str, Any], base_type: str) -> list[str]:
    problems: list[str] = []
    if data_model(document) is None:
        problems.append(f"the first @context must be {VC_V2} or {VC_V1}")
    if base_type not in types_of(document):
        problems.append(f"type must include {base_type}")
    if "id" in document and not _is_uri(document["id"]):
        problems.append(f"id {shown(document['id'])} is not a URI")
    return problems


def credential_problems(document: dict[str, Any]) -> list[str]:
    """What makes ``document`` not a well-formed verifiable credential."""
    problems = _common_problems(document, "VerifiableCredential")
    issuer = document.get("issuer")
    if issuer is None:
        problems.append("the credential names no issuer")
    elif isinstance(issuer, list):
        problems.append("the credential names more than one issuer")
    elif not _is_uri(party_id(issuer)):
        problems.append("the issuer must be a URI or an object with a URI id")
    subjects = as_list(document.get("credentialSubject"))
    if not subjects:
        problems.append("the credential has no credentialSubject")
    elif not all(isinstance(s, dict) for s in subjects):
        problems.append("credentialSubject must be an object")
    if data_model(document) == "1.1" and "issuanceDate" not in document:
        problems.append("a VCDM 1.1 credential must have an issuanceDate")
    # Every date the statements carry is read (attack 9: under the other model's name too).
    for member in (*START_DATES, *END_DATES, "issued"):
        if isinstance(document.get(member), list):
            problems.append(f"the credential has more than one {member}")
        elif member in document and parse_datetime(document[member]) is None:
            problems.append(f"{member} {shown(document[member])} is not a valid date-time")
    start = date_bound(document, START_DATES, latest=True)[1]
    end = date_bound(document, END_DATES, latest=False)[1]
    if start and end and end < start:
        problems.append("the credential's validity ends before it starts")
    return problems


def presentation_problems(document: dict[str, Any]) -> list[str]:
    problems = _common_problems(document, "VerifiablePresentation")
    holder = document.get("holder")
    if isinstance(holder, list):
        problems.append("the presentation names more than one holder")
    elif holder is not None and not _is_uri(party_id(holder)):
        problems.append("the holder must be a URI")
    return problems
