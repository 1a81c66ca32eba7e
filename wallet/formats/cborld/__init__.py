"""CBOR-LD as the DCC ``vpqr``/``cborld`` 4.x libraries write it (``VP1-`` QR payloads).

One codec, both directions, over one set of tables and one term numbering::

    registry.py     the fixed tables: tag, keyword ids, context ids, URI schemes, codec types
    context.py      active contexts and term ids, computed as the library does (TermTable)
    codecs.py       value codecs, encode_* and decode_* side by side
    cbor_writer.py  deterministic CBOR, byte for byte as the library writes it
    encoder.py      JSON-LD → CBOR-LD (encode_cborld)
    decoder.py      CBOR-LD → JSON-LD (decode_cborld)

:mod:`wallet.formats.vp1` (reading) and :mod:`wallet.present.vpqr` (writing) wrap the bytes in
``VP1-B`` + base32.
"""

from wallet.formats.cborld.codecs import CborldEncodeError
from wallet.formats.cborld.context import ContextLoader
from wallet.formats.cborld.decoder import MAX_CBORLD_BYTES, decode_cborld
from wallet.formats.cborld.encoder import encode_cborld

__all__ = [
    "MAX_CBORLD_BYTES",
    "CborldEncodeError",
    "ContextLoader",
    "decode_cborld",
    "encode_cborld",
]
