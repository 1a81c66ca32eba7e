"""The verification pipeline: bytes or documents in, a :class:`Report` out.

Invalid credentials are reports, never exceptions; only unreadable input raises
(:class:`wallet.errors.InputError` and its subclasses).
"""

from wallet.verify.options import VerifyOptions
from wallet.verify.pipeline import verify_document, verify_input
from wallet.verify.report import CHECK_IDS, Check, Report, Status, Verdict, derive_verdict

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
