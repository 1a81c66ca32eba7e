"""The ``VP1-`` QR payload: ``VP1-`` + ``B`` (multibase, RFC 4648 base32 upper case) + base32 of the
presentation's compressed CBOR-LD, no padding — what DCC ``vpqr`` writes and Learner Credential
Wallet and VerifierPlus read. Every character is in the QR alphanumeric set (ISO/IEC 18004 §7.4.4),
so the code can use alphanumeric mode, 5.5 bits a character.

Terms are numbered as the DCC apps number them (their copy of OB 3.0 context 3.0.3:
:mod:`wallet.formats.cborld.numbering`), so they read the code. The CBOR-LD codec is
:mod:`wallet.formats.cborld`; :mod:`wallet.formats.vp1` is the reading side.
"""

from __future__ import annotations

import base64
from typing import Any

from wallet.formats import vp1
from wallet.formats.cborld import ContextLoader, encode_cborld

__all__ = ["VP1_PREFIX", "vp1_payload"]

VP1_PREFIX = vp1.VP1_PREFIX + vp1.BASE32_MULTIBASE  # "VP1-B"


def vp1_payload(presentation: dict[str, Any], load: ContextLoader | None = None) -> str:
    """The VP1- text for ``presentation``. Raises CborldEncodeError / UnknownContextError."""
    encoded = base64.b32encode(encode_cborld(presentation, load)).decode("ascii").rstrip("=")
    return VP1_PREFIX + encoded
