"""Cross-check with the real DCC library: documents are encoded by ``@digitalcredentials/vpqr``
(installed from the npm registry by the interop tests' ``dcc`` fixture, pinned by its lock file)
and must decode identically with ours.

Skipped, with the reason, when node/npm are missing or the registry cannot be reached; the
committed fixtures in ``tests/fixtures/formats/vp1`` cover that case.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT, VECTORS
from tests.factories import Issuer, make_badge
from tests.formats.helpers import FIXTURES
from tests.interop.conftest import DccStack, dcc  # noqa: F401  (the shared npm install)
from wallet.formats.vp1 import decode_vp1

TOOL = FIXTURES / "vp1" / "vpqr_tool.cjs"
CONTEXTS = ROOT / "resources" / "contexts"


@pytest.fixture(scope="module")
def node_modules(dcc: DccStack) -> Path:  # noqa: F811  (the imported fixture)
    """The DCC packages the interop tests install (pinned by their lock file), shared."""
    return dcc.folder / "node_modules"


def _tool(modules: Path, mode: str, text: str) -> str:
    done = subprocess.run(
        ["node", str(TOOL), str(modules), str(CONTEXTS), mode],
        input=text,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def _presentation(credentials: list[dict[str, Any]], v2: bool) -> dict[str, Any]:
    base = (
        "https://www.w3.org/ns/credentials/v2" if v2 else "https://www.w3.org/2018/credentials/v1"
    )
    return {
        "@context": [base],
        "type": ["VerifiablePresentation"],
        "verifiableCredential": credentials,
    }


def _documents() -> list[dict[str, Any]]:
    samples = VECTORS / "ob3" / "validator-samples"
    v1 = [json.loads((samples / n).read_text()) for n in ("simple_v1.json", "complete_v1.json")]
    issuer = Issuer.from_seed(b"vpqr cross-check", "Interop College")
    made = [make_badge(issuer, n, valid_until="2031-05-04T03:02:01.250Z") for n in range(2)]
    clr = json.loads((VECTORS / "clr2" / "validator-samples" / "simple_v1.json").read_text())
    return [
        _presentation(v1[:1], v2=False),
        _presentation(v1, v2=False),
        _presentation([clr], v2=False),
        _presentation(made, v2=True),
        {
            **_presentation(made[:1], v2=True),
            "holder": "did:key:z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi",
        },
    ]


@pytest.mark.parametrize("index", range(5))
def test_our_decoder_matches_vpqr(node_modules: Path, index: int) -> None:
    document = _documents()[index]
    # Documents too large for one QR code go through vpqr's cborld encoder directly.
    mode = "encode" if index in (0, 3, 4) else "encode-large"
    payload = _tool(node_modules, mode, json.dumps(document))
    assert payload.startswith("VP1-B")
    ours = decode_vp1(payload)
    theirs = json.loads(_tool(node_modules, "decode", payload))
    assert ours == theirs
    assert ours == document
