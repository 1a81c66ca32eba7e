"""Compact JWT credentials and presentations (VC-JWT 1.1, VC-JOSE-COSE vc+jwt / vp+jwt)."""

from __future__ import annotations

from wallet.verify.options import VerifyOptions
from wallet.verify.report import Check, Report, Status, derive_verdict

__all__ = ["verify_compact_jwt", "verify_embedded_jwt"]


def verify_compact_jwt(token: str, options: VerifyOptions) -> Report:
    return verify_embedded_jwt(token, options, label="", depth=0)


def verify_embedded_jwt(token: str, options: VerifyOptions, *, label: str, depth: int) -> Report:
    check = Check("signature", Status.WARN, "JWT credentials are not supported yet", "unverifiable")
    return Report("credential", derive_verdict([check]), (check,), label=label)
