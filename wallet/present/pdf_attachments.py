"""Embed files in a PDF as attachments (PDF 1.7 §7.11.4, the ``EmbeddedFiles`` name tree).

Qt's PDF writer draws pages but cannot attach files, so the evidence pack is written by Qt and
then passed through here (pypdf, a runtime dependency for this reason): the original credential
files and the signed presentation travel inside the pack, so it can be verified, not just read.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from pypdf import PdfReader, PdfWriter

__all__ = ["attach_files"]


def attach_files(pdf: bytes, files: Sequence[tuple[str, bytes]]) -> bytes:
    """``pdf`` with each ``(file name, bytes)`` embedded. Names must be unique."""
    names = [name for name, _ in files]
    if len(set(names)) != len(names):
        raise ValueError("attachment names must be unique")
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    for name, data in files:
        writer.add_attachment(name, data)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
