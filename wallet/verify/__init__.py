"""The verification pipeline: bytes or documents in, a :class:`Report` out.

Invalid credentials are reports, never exceptions; only unreadable input raises
(:class:`wallet.errors.InputError` and its subclasses).

The pipeline functions are loaded on first use (PEP 562): the proof modules import this package's
leaf modules (dates, report), and the pipeline imports the proof modules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wallet.verify.options import VerifyOptions
from wallet.verify.report import CHECK_IDS, Check, Report, Status, Verdict, derive_verdict
from wallet.wording import shown

if TYPE_CHECKING:
    from wallet.verify.pipeline import verify_document, verify_input

__all__ = [
    "CHECK_IDS",
    "Check",
    "Report",
    "Status",
    "Verdict",
    "VerifyOptions",
    "derive_verdict",
    "verify_document",
    "verify_input",
]


def __getattr__(name: str) -> Any:
    if name in ("verify_document", "verify_input"):
        from wallet.verify import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'wallet.verify' has no attribute {shown(name)}")
