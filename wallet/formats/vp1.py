"""``VP1-`` QR payloads: ``VP1-`` + ``B`` (multibase base32, RFC 4648, upper case, no padding) +
the CBOR-LD bytes of a presentation, as the DCC ``vpqr`` library (Learner Credential Wallet,
VerifierPlus) writes them.

:func:`decode_vp1` returns the JSON-LD document; contexts come from the bundled store only, and
the payload may be numbered with either copy of OB 3.0 context 3.0.3 (the DCC apps' or the
validator's: :mod:`wallet.formats.cborld.reading`). The writing side is
:mod:`wallet.present.vpqr`; both use the one codec in :mod:`wallet.formats.cborld`.
"""

from __future__ import annotations

import base64
import binascii
import re
from typing import Any

from wallet.errors import InputError, InputTooLarge, UnknownContextError, WalletError
from wallet.formats.cborld import MAX_CBORLD_BYTES, read_cborld
from wallet.jsonld import default_store

__all__ = ["BASE32_MULTIBASE", "MAX_VP1_CHARS", "VP1_PREFIX", "decode_vp1", "is_vp1", "vp1_bytes"]

VP1_PREFIX = "VP1-"
BASE32_MULTIBASE = "B"
# Base32 costs 8 characters per 5 bytes.
MAX_VP1_CHARS = len(VP1_PREFIX) + 1 + (MAX_CBORLD_BYTES * 8 + 4) // 5
_BASE32 = re.compile(r"^[A-Z2-7]*=*$")


def is_vp1(text: str) -> bool:
    return text.startswith(VP1_PREFIX)


def vp1_bytes(text: str) -> bytes:
    """The CBOR-LD bytes inside a ``VP1-`` payload."""
    text = text.strip()
    if len(text) > MAX_VP1_CHARS:
        raise InputTooLarge(f"a VP1- payload of {len(text):,} characters is over the limit")
    if not is_vp1(text):
        raise InputError("not a VP1- QR payload")
    body = text[len(VP1_PREFIX) :]
    if not body.startswith(BASE32_MULTIBASE):
        raise InputError("the VP1- payload is not base32 (it must start with VP1-B)")
    encoded = body[1:].upper()
    if not _BASE32.match(encoded):
        raise InputError("the VP1- payload holds characters that are not base32")
    encoded = encoded.rstrip("=")
    try:
        return base64.b32decode(encoded + "=" * (-len(encoded) % 8))
    except (binascii.Error, ValueError):
        raise InputError("the VP1- payload is truncated: its base32 length is impossible") from None


def _bundled_context(url: str) -> Any:
    try:
        return default_store().document(url)
    except UnknownContextError:
        raise InputError(
            f"the VP1- payload uses the JSON-LD context {url}, which this wallet does not bundle"
        ) from None
    except WalletError as exc:
        raise InputError(str(exc)) from None


def decode_vp1(text: str) -> Any:
    """The JSON-LD document in a ``VP1-`` payload (usually a presentation).

    Raises :class:`InputError` when the text is not a well-formed payload, names contexts the
    wallet does not bundle, or cannot be read with certainty under either numbering.
    """
    return read_cborld(vp1_bytes(text), _bundled_context)
