"""A Learner Wallet PDF evidence pack: the signed presentation attached to it.

The pack (wallet.present.evidence, ui.export) attaches ``presentation.json`` and the original
credential files, so that an employer can verify it, not just read it. Reading takes the
attachments only: page content is never interpreted. pypdf caps every decompression (75 MB by
default); the attachment itself must then fit the JSON limit.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass

from wallet.errors import InputError, InputTooLarge
from wallet.formats.jsontext import MAX_JSON_BYTES

__all__ = ["PRESENTATION_ATTACHMENT", "PdfAttachment", "find_pdf_presentation", "is_pdf"]

PRESENTATION_ATTACHMENT = "presentation.json"
# ISO 32000-2 §7.5.2: the header may follow up to 1,024 bytes of other data.
_HEADER_WINDOW = 1024


@dataclass(frozen=True)
class PdfAttachment:
    name: str
    data: bytes


def is_pdf(data: bytes) -> bool:
    return b"%PDF-" in data[:_HEADER_WINDOW]


def find_pdf_presentation(data: bytes) -> PdfAttachment:
    """The attached signed presentation, or the only attached JSON file.

    Raises :class:`InputError` for a PDF that cannot be read or carries no such attachment.
    """
    from pypdf import PdfReader

    # pypdf logs what it repairs ("EOF marker not found") to the root handler, i.e. standard
    # error: the CLI promises one line there, and the reason below says it all.
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    try:
        attachments = PdfReader(io.BytesIO(data), strict=False).attachments
        files = {name: contents[0] for name, contents in attachments.items() if contents}
    except Exception:  # pypdf raises many types for damaged files; none is worth more words
        raise InputError("a PDF that cannot be read") from None
    name = PRESENTATION_ATTACHMENT
    if name not in files:
        json_files = [n for n in files if n.lower().endswith(".json")]
        if len(json_files) != 1:
            raise InputError(
                "a PDF with no signed presentation attached, so there is nothing to verify "
                "(Learner Wallet evidence packs attach presentation.json)"
            )
        name = json_files[0]
    attached = files[name]
    if len(attached) > MAX_JSON_BYTES:
        raise InputTooLarge(f"the PDF's attachment {name} is over the JSON size limit")
    return PdfAttachment(name, attached)
