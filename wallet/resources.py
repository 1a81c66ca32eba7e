"""Where the wallet's bundled data lives (contexts, schemas, icons, samples, translations).

From a checkout or an installed package the folder is ``resources/`` beside the ``wallet``
package; in the PyInstaller bundle (``build.spec``) it is ``resources/`` inside the bundle's
data folder, which the bootloader names in ``sys._MEIPASS``. ``LEARNER_WALLET_RESOURCES``
overrides both, for packaged builds that place data elsewhere.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

__all__ = ["resource_path", "resources_root"]


def resources_root() -> Path:
    """The ``resources/`` folder this process reads; it may not exist."""
    override = os.environ.get("LEARNER_WALLET_RESOURCES")
    if override:
        return Path(override)
    # PyInstaller's bootloader sets sys.frozen and sys._MEIPASS (the one-folder bundle's
    # `_internal/`); build.spec copies the whole resources/ tree there.
    bundled = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and isinstance(bundled, str):
        return Path(bundled) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """The path of a bundled resource; the file may not exist."""
    return resources_root().joinpath(*parts)
