"""CBOR-LD as the DCC ``vpqr``/``cborld`` 4.x libraries write it (``VP1-`` QR payloads).

:func:`decode_cborld` turns the bytes back into JSON-LD using the bundled contexts. The tables
(:mod:`.registry`) and the term numbering (:mod:`.context`) are shared with a future encoder.
"""

from wallet.formats.cborld.context import ContextLoader
from wallet.formats.cborld.decoder import MAX_CBORLD_BYTES, decode_cborld

__all__ = ["MAX_CBORLD_BYTES", "ContextLoader", "decode_cborld"]
