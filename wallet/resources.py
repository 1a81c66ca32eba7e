"""Where the wallet's bundled data lives (contexts, schemas, samples).

The folder is ``resources/`` beside the ``wallet`` package; ``LEARNER_WALLET_RESOURCES`` overrides
it for packaged builds that place data elsewhere.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["resource_path"]


def resource_path(*parts: str) -> Path:
    """The path of a bundled resource; the file may not exist."""
    override = os.environ.get("LEARNER_WALLET_RESOURCES")
    base = Path(override) if override else Path(__file__).resolve().parent.parent / "resources"
    return base.joinpath(*parts)
