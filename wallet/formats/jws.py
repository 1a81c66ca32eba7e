"""Compact JWS/JWT parsing: split, decode the header and payload, nothing more.

Signature checks live in :mod:`wallet.verify`; this module only reads, with the same caps as JSON,
and tells a truncated or damaged token apart from text that was never a token.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from wallet.dids.multibase import MultibaseError, b64url_decode
from wallet.errors import InputError
from wallet.formats.jsontext import MAX_JSON_BYTES, parse_json

__all__ = ["CompactJws", "looks_like_jws", "looks_truncated", "parse_compact_jws"]

_PART = r"[A-Za-z0-9_-]"
_THREE_PARTS = re.compile(rf"^{_PART}+\.{_PART}*\.{_PART}*$")
_TWO_PARTS = re.compile(rf"^(eyJ{_PART}*)\.{_PART}*$")


@dataclass(frozen=True)
class CompactJws:
    """A compact JWS: its parsed header and payload, and the bytes its signature covers."""

    token: str
    header: dict[str, Any]
    payload: Any
    signing_input: bytes
    signature: bytes


def looks_like_jws(text: str) -> bool:
    """Three base64url parts: a compact JWS or JWT (possibly damaged inside)."""
    return len(text) <= MAX_JSON_BYTES * 2 and _THREE_PARTS.match(text) is not None


def looks_truncated(text: str) -> bool:
    """A JWT header and part of what follows, but fewer than three parts."""
    return len(text) <= MAX_JSON_BYTES * 2 and (
        _TWO_PARTS.match(text) is not None or re.fullmatch(rf"eyJ{_PART}{{8,}}", text) is not None
    )


def _part(text: str, what: str) -> bytes:
    try:
        return b64url_decode(text)
    except (MultibaseError, ValueError):
        raise InputError(
            f"the JWT is truncated or damaged: its {what} is not valid base64url"
        ) from None


def parse_compact_jws(token: str) -> CompactJws:
    """Decode ``token``. Raises :class:`InputError` with one sentence when it is damaged."""
    token = token.strip()
    if not looks_like_jws(token):
        if looks_truncated(token):
            raise InputError("the JWT is truncated: it has fewer than its three parts")
        raise InputError("not a JWT: a compact JWS has three base64url parts")
    head, body, signature = token.split(".")
    try:
        header = parse_json(_part(head, "header"))
    except InputError:
        raise InputError("the JWT is truncated or damaged: its header is not JSON") from None
    if not isinstance(header, dict):
        raise InputError("the JWT is damaged: its header is not a JSON object")
    try:
        payload = parse_json(_part(body, "payload"))
    except InputError:
        raise InputError("the JWT is truncated or damaged: its payload is not JSON") from None
    return CompactJws(
        token=token,
        header=header,
        payload=payload,
        signing_input=f"{head}.{body}".encode("ascii"),
        signature=_part(signature, "signature"),
    )
