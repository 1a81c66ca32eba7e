"""Recognise what an input is from its content, never its file name, and unpack it.

Each recogniser returns an :class:`Unpacked`: what was found (for the report), and how to verify
it. Unreadable input raises :class:`wallet.errors.InputError` with one sentence for a person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from wallet.errors import InputError, InputTooLarge
from wallet.formats.jsontext import MAX_JSON_BYTES, parse_json
from wallet.verify.options import VerifyOptions
from wallet.verify.report import Report

__all__ = ["MAX_INPUT_BYTES", "Unpacked", "read_input"]

# The largest input of any kind (a baked image); each kind has its own, smaller cap.
MAX_INPUT_BYTES = 20 * 1024 * 1024
_COMPACT_JWS = re.compile(r"^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*$")


@dataclass(frozen=True)
class Unpacked:
    """A document found in an input. ``kind`` names the container ("JSON", "JWT", ...)."""

    kind: str
    document: Any  # a parsed JSON object, or a compact JWT string

    def verify(self, options: VerifyOptions) -> Report:
        if isinstance(self.document, str):
            from wallet.verify.jwt import verify_compact_jwt

            return verify_compact_jwt(self.document, options)
        from wallet.verify.pipeline import verify_document

        return verify_document(self.document, options)


def read_input(data: bytes) -> Unpacked:
    """Recognise ``data`` and unpack the credential or presentation it holds."""
    if len(data) > MAX_INPUT_BYTES:
        raise InputTooLarge(f"the input is {len(data):,} bytes; the limit is {MAX_INPUT_BYTES:,}")
    head = data[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head:
        raise InputError("the input is empty")
    if head[:1] in (b"{", b"["):
        if len(data) > MAX_JSON_BYTES:
            raise InputTooLarge(
                f"JSON of {len(data):,} bytes is over the {MAX_JSON_BYTES:,}-byte limit"
            )
        document = parse_json(data)
        if not isinstance(document, dict):
            raise InputError("the JSON is not an object, so it is not a credential")
        return Unpacked("JSON", document)
    text = _as_text(data)
    if text is not None and _COMPACT_JWS.match(text):
        return Unpacked("JWT", text)
    raise InputError("not a credential: the input is neither JSON nor a JWT")


def _as_text(data: bytes) -> str | None:
    if len(data) > MAX_JSON_BYTES:
        return None
    try:
        return data.decode("utf-8").strip()
    except UnicodeDecodeError:
        return None
