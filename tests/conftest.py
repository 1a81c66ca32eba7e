"""Shared fixtures: where the public test vectors live (``../shared`` beside the checkout)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("LEARNER_WALLET_SHARED", ROOT.parent / "shared"))
VECTORS = SHARED / "vectors"


def load_json(path: Path) -> Any:
    return json.loads(path.read_text("utf-8"))


@pytest.fixture(scope="session")
def vectors() -> Path:
    if not VECTORS.is_dir():
        pytest.fail(f"test vectors not found at {VECTORS} (set LEARNER_WALLET_SHARED)")
    return VECTORS
