"""Real credentials through the DCC CBOR-LD stack and ours: documents are encoded by
``@digitalcredentials/vpqr`` (or, when too large for one QR code, by its ``cborld`` encoder) with
the DCC document loader, and must decode identically with ours, and encode identically too.

CLR 2.0 credentials are not among them: the DCC loader carries no CLR context, so Learner
Credential Wallet cannot put one in a QR code at all.
"""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest

from tests.conftest import VECTORS
from tests.factories import Issuer, make_badge
from tests.interop.conftest import DccStack
from wallet.formats.vp1 import decode_vp1
from wallet.present.vpqr import vp1_payload

V1 = "https://www.w3.org/2018/credentials/v1"
V2 = "https://www.w3.org/ns/credentials/v2"


def _presentation(credentials: list[dict[str, Any]], base: str) -> dict[str, Any]:
    return {
        "@context": [base],
        "type": ["VerifiablePresentation"],
        "verifiableCredential": credentials,
    }


def _documents() -> list[dict[str, Any]]:
    samples = VECTORS / "ob3" / "validator-samples"
    v1 = [json.loads((samples / n).read_text()) for n in ("simple_v1.json", "complete_v1.json")]
    spec = json.loads((VECTORS / "ob3" / "ob3-spec-vector" / "credential-signed.json").read_text())
    issuer = Issuer.from_seed(b"vpqr cross-check", "Interop College")
    made = [make_badge(issuer, n, valid_until="2031-05-04T03:02:01.250Z") for n in range(2)]
    return [
        _presentation(v1[:1], V1),
        _presentation(v1, V1),
        _presentation([spec], V2),
        _presentation(made, V2),
        {
            **_presentation(made[:1], V2),
            "holder": "did:key:z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi",
        },
    ]


@pytest.fixture(scope="module")
def theirs(dcc: DccStack) -> list[str]:
    """The VP1- text vpqr writes for each document (one Node start-up for all of them)."""
    documents = _documents()
    encoded = dcc.run("cborld-encode", [{"document": d} for d in documents])
    payloads = [
        "VP1-B" + base64.b32encode(bytes.fromhex(e["cborld"])).decode().rstrip("=") for e in encoded
    ]
    # Where the document fits one QR code, toQrCode itself must write the same text.
    small = [i for i, p in enumerate(payloads) if len(p) < 4000]
    assert small, "no document small enough for a QR code"
    qr = dcc.run("vpqr-encode", [{"vp": documents[i]} for i in small])
    assert [q["payload"] for q in qr] == [payloads[i] for i in small]
    return payloads


@pytest.mark.parametrize("index", range(5))
def test_our_codec_matches_vpqr_with_its_own_loader(
    dcc: DccStack, theirs: list[str], index: int
) -> None:
    document = _documents()[index]
    payload = theirs[index]
    assert payload.startswith("VP1-B")
    assert decode_vp1(payload) == document
    assert vp1_payload(document) == payload
    (back,) = dcc.run("vpqr-decode", [{"payload": payload}])
    assert back["vp"] == document
