"""Presenting credentials: the holder identity, signed presentations, QR payloads.

The PDF evidence pack is drawn by ``ui/export`` (Qt); its content comes from
:mod:`wallet.present.evidence`, which is plain Python like the rest of this package.
"""

from wallet.present.holder import (
    HolderKey,
    HolderKeyring,
    HolderKeySlot,
    ensure_holder,
    rotate_holder,
)
from wallet.present.presentation import (
    HeldCredential,
    Presentation,
    PresentationRequest,
    Purpose,
    build_presentation,
    random_challenge,
    sign_presentation,
)

__all__ = [
    "HeldCredential",
    "HolderKey",
    "HolderKeySlot",
    "HolderKeyring",
    "Presentation",
    "PresentationRequest",
    "Purpose",
    "build_presentation",
    "ensure_holder",
    "random_challenge",
    "rotate_holder",
    "sign_presentation",
]
