"""Reading CBOR-LD numbered with either copy of a context, never misreading it silently.

A payload does not say which copy of a context numbered its terms (:mod:`.numbering`), and one
read with the wrong copy can decode without an error into another document. So
:func:`read_cborld` takes a reading only when it holds up:

1. decode with a numbering (the DCC apps' first): every term id must stand for a term the
   contexts define where it is used (:mod:`.decoder`);
2. the result must re-encode, with that numbering, to exactly the bytes given: every id then
   stands for the term it was written for, with the value codec that term's type gives it;
3. when the payload reaches a context that the numberings serve differently, decode with the
   other numbering too: one reading that holds up, or two that give the same document, is the
   document;
4. otherwise the payload cannot be read safely: :class:`InputError`, one sentence. That includes
   two readings that both hold up and differ. Nothing in the bytes can tell them apart, and no
   rule of thumb can either: a document that JSON-LD finds fully defined may well be the misread
   one (the property test in ``tests/formats/test_cborld_roundtrip.py`` found such a pair).

Uncompressed CBOR-LD (mode 0) carries its terms as text and needs no numbering.
"""

from __future__ import annotations

from typing import Any

from wallet.errors import InputError
from wallet.formats.cborld.codecs import CborldEncodeError
from wallet.formats.cborld.context import ContextLoader
from wallet.formats.cborld.decoder import decode_cborld
from wallet.formats.cborld.encoder import encode_cborld
from wallet.formats.cborld.numbering import NUMBERINGS, Numbering
from wallet.formats.cborld.registry import CBORLD_TAG_PREFIX, UNCOMPRESSED

__all__ = ["read_cborld"]

_EITHER = "with either copy of OB 3.0 context 3.0.3 (the DCC apps' or the 1EdTech validator's)"


class _Watching:
    """A loader that remembers whether a URL some numbering serves differently was loaded."""

    def __init__(self, load: ContextLoader, variant_urls: frozenset[str]) -> None:
        self._load = load
        self._variant_urls = variant_urls
        self.reached_variant = False

    def __call__(self, url: str) -> Any:
        if url in self._variant_urls:
            self.reached_variant = True
        return self._load(url)


def _read_with(data: bytes, numbering: Numbering, watching: _Watching, base: ContextLoader) -> Any:
    document = decode_cborld(data, watching)
    try:
        again = encode_cborld(document, numbering.loader(base))
    except CborldEncodeError:
        again = None
    if again != data:
        raise InputError(
            "the CBOR-LD payload does not encode back to the same bytes, so its terms may be "
            "misread"
        )
    return document


def read_cborld(data: bytes, base: ContextLoader) -> Any:
    """The JSON-LD document (or array of documents) in ``data``, read with the right numbering.

    ``base`` serves bundled context documents by URL and raises :class:`InputError` (or another
    :class:`WalletError`) for any other. Raises :class:`InputError` when no numbering gives a
    reading that holds up, or when two give different ones that both do.
    """
    if data[:2] == CBORLD_TAG_PREFIX and data[2:3] == bytes((UNCOMPRESSED,)):
        return decode_cborld(data, base)
    variant_urls = frozenset(url for n in NUMBERINGS for url in n.copies)
    readings: list[Any] = []
    first_error: InputError | None = None
    tried = 0
    for numbering in NUMBERINGS:
        tried += 1
        watching = _Watching(numbering.loader(base), variant_urls)
        try:
            readings.append(_read_with(data, numbering, watching, base))
        except InputError as exc:
            first_error = first_error or exc
        if not watching.reached_variant:
            break  # the numberings agree on every context this payload names
    distinct = [r for i, r in enumerate(readings) if r not in readings[:i]]
    if len(distinct) == 1:
        return distinct[0]
    if not distinct:
        assert first_error is not None
        if tried > 1:
            raise InputError(f"{first_error}, read {_EITHER}") from None
        raise first_error
    raise InputError(
        "the CBOR-LD payload reads as two different documents depending on which copy of "
        "OB 3.0 context 3.0.3 numbered it, so it cannot be read safely"
    )
