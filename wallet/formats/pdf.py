"""A Learner Wallet PDF evidence pack: the signed presentation attached to it.

The pack (wallet.present.evidence, ui.export) attaches ``presentation.json`` and the original
credential files, so that an employer can verify it, not just read it. Reading takes one
attachment only: page content is never interpreted, and no other attachment is decoded.

Every step is bounded, whatever the file holds (issue 11: a 1 MB PDF with 2,000 tiny double-Flate
attachments grew to 5.9 GB when every attachment was decoded):

- the ``EmbeddedFiles`` name tree (ISO 32000-2 §7.9.6, §7.11.4) is walked by hand, to a depth of
  :data:`MAX_TREE_DEPTH`, collecting names and references only; at most :data:`MAX_OBJECTS`
  indirect objects are resolved in all;
- object streams (§7.5.7) decoded on the way count against :data:`MAX_STRUCTURE_BYTES` in total,
  and each structural stream against :data:`MAX_STRUCTURE_STREAM`;
- the one attachment chosen is decoded up to the JSON size limit, however many filters it has;
- pypdf's own limits (``pypdf.Configuration``: array and dictionary sizes, filters per stream,
  decoding work) are tightened for the duration of the read.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from wallet.errors import InputError, InputTooLarge
from wallet.formats.jsontext import MAX_JSON_BYTES
from wallet.wording import plain

__all__ = [
    "MAX_ATTACHMENTS",
    "MAX_OBJECTS",
    "MAX_STRUCTURE_BYTES",
    "MAX_TREE_DEPTH",
    "PRESENTATION_ATTACHMENT",
    "PdfAttachment",
    "find_pdf_presentation",
    "is_pdf",
]

PRESENTATION_ATTACHMENT = "presentation.json"
# ISO 32000-2 §7.5.2: the header may follow up to 1,024 bytes of other data.
_HEADER_WINDOW = 1024
MAX_OBJECTS = 5_000  # an evidence pack of 50 credentials resolves about 120
MAX_ATTACHMENTS = 10_000  # names collected from the tree (only one is ever decoded)
MAX_TREE_DEPTH = 32  # a balanced name tree of 2^32 leaves; pypdf's named-destination cap is 100
MAX_STRUCTURE_STREAM = 1024 * 1024  # one decoded object or cross-reference stream
MAX_STRUCTURE_BYTES = 8 * 1024 * 1024  # every object stream decoded on the way, together
_ATTACHMENT_LIMIT = MAX_JSON_BYTES + 1  # one byte over says "too large" rather than cutting it


@dataclass(frozen=True)
class PdfAttachment:
    """The attachment found: its name as a person is shown it (the file chose it: invisible
    characters made visible and shortened, attack 9), and its bytes."""

    name: str
    data: bytes


def is_pdf(data: bytes) -> bool:
    return b"%PDF-" in data[:_HEADER_WINDOW]


class _Budget:
    """Objects resolved and structural bytes decoded so far; raises when either runs out."""

    def __init__(self) -> None:
        self.objects = 0
        self.structure = 0

    def touch(self) -> None:
        self.objects += 1
        if self.objects > MAX_OBJECTS:
            raise InputTooLarge(
                f"the PDF needs more than {MAX_OBJECTS:,} objects read to find its attachment"
            )

    def decoded(self, size: int) -> None:
        self.structure += size
        if self.structure > MAX_STRUCTURE_BYTES:
            raise InputTooLarge("the PDF's structure inflates past what any evidence pack holds")


def _reader(data: bytes, budget: _Budget) -> Any:
    """A pypdf reader that counts every indirect object it resolves against ``budget``."""
    from pypdf import PdfReader
    from pypdf.generic import StreamObject

    class CountingReader(PdfReader):
        def get_object(self, indirect_reference: Any) -> Any:
            budget.touch()
            found = super().get_object(indirect_reference)
            if isinstance(found, StreamObject) and found.get("/Type") == "/ObjStm":
                # Decoded here, once (pypdf caches it), so its size is counted before use.
                budget.decoded(len(found.get_data()))
            return found

    return CountingReader(io.BytesIO(data), strict=False)


@contextmanager
def _limits(stream_bytes: int) -> Iterator[None]:
    from pypdf import apply_configuration

    with apply_configuration(
        zlib_maximum_output_length=stream_bytes,
        zlib_maximum_recovery_input_length=64 * 1024,
        lzw_maximum_output_length=stream_bytes,
        run_length_maximum_output_length=stream_bytes,
        brotli_maximum_output_length=stream_bytes,
        array_based_stream_maximum_output_length=stream_bytes,
        stream_decoding_work_maximum_length=4 * stream_bytes,
        stream_filters_maximum_length=4,
        array_maximum_element_count=20_000,
        dictionary_maximum_element_count=1_000,
    ):
        yield


def _resolve(value: Any) -> Any:
    return value.get_object() if hasattr(value, "get_object") else value


def _tree_leaves(root: Any, budget: _Budget) -> list[tuple[str, Any]]:
    """``(name, file specification reference)`` for every leaf of the EmbeddedFiles tree, in
    tree order; values are not resolved. Cycles end the walk as a damaged file."""
    leaves: list[tuple[str, Any]] = []
    seen: set[int] = set()
    stack: list[tuple[Any, int]] = [(root, 0)]
    while stack:
        node, depth = stack.pop()
        node = _resolve(node)
        if not isinstance(node, dict) or id(node) in seen:
            raise InputError("a PDF that cannot be read")
        seen.add(id(node))
        if depth > MAX_TREE_DEPTH:
            raise InputTooLarge("the PDF's list of attachments is nested too deeply")
        names = _resolve(node.get("/Names"))
        if isinstance(names, list):
            for key, value in zip(names[0::2], names[1::2], strict=False):
                leaves.append((str(_resolve(key)), value))
            if len(leaves) > MAX_ATTACHMENTS:
                raise InputTooLarge(f"the PDF lists more than {MAX_ATTACHMENTS:,} attachments")
        kids = _resolve(node.get("/Kids"))
        if isinstance(kids, list):
            stack.extend((kid, depth + 1) for kid in reversed(kids))
    return leaves


def _choose(leaves: list[tuple[str, Any]]) -> tuple[str, Any]:
    by_name: dict[str, list[Any]] = {}
    for name, value in leaves:
        by_name.setdefault(name, []).append(value)
    name = PRESENTATION_ATTACHMENT
    if name not in by_name:
        json_files = [n for n in by_name if n.lower().endswith(".json")]
        if len(json_files) != 1:
            raise InputError(
                "a PDF with no signed presentation attached, so there is nothing to verify "
                "(Learner Wallet evidence packs attach presentation.json)"
            )
        name = json_files[0]
    if len(by_name[name]) != 1:
        raise InputError(
            f"a PDF with more than one attachment named {plain(name)}: which is meant?"
        )
    return name, by_name[name][0]


def _embedded_stream(spec: Any) -> Any:
    from pypdf.generic import StreamObject

    spec = _resolve(spec)
    files = _resolve(spec.get("/EF")) if isinstance(spec, dict) else None
    stream = None
    if isinstance(files, dict):
        stream = _resolve(files.get("/UF") or files.get("/F"))
    if not isinstance(stream, StreamObject):
        raise InputError("a PDF whose attachment list names a file that is not there")
    return stream


def _attachment(data: bytes) -> PdfAttachment:
    from pypdf.errors import LimitReachedError

    budget = _Budget()
    with _limits(MAX_STRUCTURE_STREAM):
        reader = _reader(data, budget)
        if reader.is_encrypted:
            raise InputError("an encrypted PDF: Learner Wallet evidence packs are not encrypted")
        catalog = _resolve(reader.trailer.get("/Root"))
        names = _resolve(catalog.get("/Names")) if isinstance(catalog, dict) else None
        tree = names.get("/EmbeddedFiles") if isinstance(names, dict) else None
        leaves = _tree_leaves(tree, budget) if tree is not None else []
        name, spec = _choose(leaves)
        stream = _embedded_stream(spec)
    with _limits(_ATTACHMENT_LIMIT):
        try:
            attached = stream.get_data()
        except LimitReachedError:
            attached = b""
            too_large = True
        else:
            too_large = len(attached) > MAX_JSON_BYTES
    if too_large:
        raise InputTooLarge(f"the PDF's attachment {plain(name)} is over the JSON size limit")
    return PdfAttachment(plain(name), attached)


def find_pdf_presentation(data: bytes) -> PdfAttachment:
    """The attached signed presentation, or the only attached JSON file.

    Raises :class:`InputTooLarge` when finding or decoding it would pass a limit above, and
    :class:`InputError` for a PDF that cannot be read or carries no such attachment.
    """
    # pypdf logs what it repairs ("EOF marker not found") to the root handler, i.e. standard
    # error: the CLI promises one line there, and the reason below says it all.
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    from pypdf.errors import LimitReachedError

    try:
        return _attachment(data)
    except InputError:
        raise
    except LimitReachedError:
        raise InputTooLarge("the PDF's structure is larger than any evidence pack's") from None
    except Exception:  # pypdf raises many types for damaged files; none is worth more words
        raise InputError("a PDF that cannot be read") from None
