"""The credentials inside a presentation, each as an input of its own, for importing.

A learner may be handed a presentation (a ``.json`` VP, a ``vp+jwt``, a ``VP1-`` QR code) rather
than the credentials themselves. The wallet keeps credentials, not presentations: each credential
inside is imported like any other input (verified on its own, de-duplicated), and the holder's
proof around them is not kept (it answered a verifier's challenge once; it proves nothing later).
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any
from urllib.parse import unquote

from wallet.verify import Report
from wallet.verify.structure import types_of

__all__ = ["presented_credentials"]


def presented_credentials(report: Report) -> list[bytes]:
    """The bytes of each credential in the presentation ``report`` verified, in order: JSON for
    an embedded object, the compact JWT for a string or an ``EnvelopedVerifiableCredential``
    (VC-JOSE-COSE §3.2: a ``data:`` URL in its ``id``). They are the credentials the
    verification found, by the IRI that holds them, so no way of writing the key hides one. An
    entry that is neither comes back empty, so it is rejected as unreadable with the rest still
    imported."""
    if report.kind != "presentation":
        return []
    return [_as_input(nested.source) for nested in report.credentials]


def _as_input(value: Any) -> bytes:
    if isinstance(value, dict) and "EnvelopedVerifiableCredential" in types_of(value):
        value = value.get("id")
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    if isinstance(value, str):
        text = _data_url_body(value) if value.startswith("data:") else value
        return text.encode("utf-8")
    return b""


def _data_url_body(url: str) -> str:
    """RFC 2397: what follows the comma, base64-decoded when the header says so."""
    header, _, body = url.partition(",")
    if header.endswith(";base64"):
        try:
            return base64.b64decode(body, validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            return ""
    return unquote(body)
