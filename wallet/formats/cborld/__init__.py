"""CBOR-LD as the DCC ``vpqr``/``cborld`` 4.x libraries write it (``VP1-`` QR payloads).

One codec, both directions, over one set of tables; the contexts' contents number the terms::

    registry.py     the fixed tables: tag, keyword ids, context ids, URI schemes, codec types
    context.py      active contexts and term ids, computed as the library does (TermTable)
    numbering.py    which copy of a context numbers the terms: the DCC apps' (written) or the
                    1EdTech validator's (read too)
    codecs.py       value codecs, encode_* and decode_* side by side
    cbor_writer.py  deterministic CBOR, byte for byte as the library writes it
    encoder.py      JSON-LD → CBOR-LD (encode_cborld)
    decoder.py      CBOR-LD → JSON-LD with one numbering (decode_cborld)
    reading.py      CBOR-LD → JSON-LD with the numbering that reads it for sure (read_cborld)

:mod:`wallet.formats.vp1` (reading) and :mod:`wallet.present.vpqr` (writing) wrap the bytes in
``VP1-B`` + base32.
"""

from wallet.formats.cborld.codecs import CborldEncodeError
from wallet.formats.cborld.context import ContextLoader
from wallet.formats.cborld.decoder import MAX_CBORLD_BYTES, decode_cborld
from wallet.formats.cborld.encoder import encode_cborld
from wallet.formats.cborld.numbering import DCC, NUMBERINGS, VALIDATOR, Numbering
from wallet.formats.cborld.reading import read_cborld

__all__ = [
    "DCC",
    "MAX_CBORLD_BYTES",
    "NUMBERINGS",
    "VALIDATOR",
    "CborldEncodeError",
    "ContextLoader",
    "Numbering",
    "decode_cborld",
    "encode_cborld",
    "read_cborld",
]
