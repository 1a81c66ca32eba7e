"""VP1- QR payloads both ways, with the DCC stack's own document loader on its side: ours decode
in DCC vpqr into the same presentation and still verify there; what vpqr encodes from a
presentation the DCC stack issued decodes here into that presentation, byte-identical to what we
would write, and it and its credentials verify here."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from tests.interop.conftest import DccStack
from wallet.demo import DemoIssuer
from wallet.formats.vp1 import decode_vp1
from wallet.present.holder import HolderKey
from wallet.present.presentation import PresentationRequest, Purpose, sign_presentation
from wallet.present.vpqr import vp1_payload
from wallet.verify import Verdict, VerifyOptions, verify_input

CHALLENGE = "vp1-interop"
GOLDEN = Path(__file__).resolve().parent.parent / "present" / "golden"


def _presentations() -> list[dict[str, Any]]:
    holder = HolderKey.generate(datetime.now(UTC))
    issuer = DemoIssuer()
    documents = []
    for suite in ("eddsa-rdfc-2022", "Ed25519Signature2020"):
        credential = issuer.achievement_credential(
            "Welding Safety", suite=suite, subject_id=holder.did, skills=("Safety", "MIG")
        )
        for purpose in Purpose:
            request = PresentationRequest(challenge=CHALLENGE, domain="hr.example", purpose=purpose)
            documents.append(sign_presentation([credential], holder, request).document)
    return documents


def test_our_vp1_payloads_decode_in_vpqr_and_still_verify(dcc: DccStack) -> None:
    documents = _presentations()
    payloads = [vp1_payload(d) for d in documents]
    decoded = dcc.run("vpqr-decode", [{"payload": p} for p in payloads])
    assert [d["vp"] for d in decoded] == documents
    # What vpqr encodes from the same presentations is, byte for byte, what we wrote.
    encoded = dcc.run("vpqr-encode", [{"vp": d} for d in documents])
    assert [e["payload"] for e in encoded] == payloads
    checks = dcc.run(
        "verify-vc",
        [
            {
                "presentation": d["vp"],
                "challenge": CHALLENGE,
                "domain": "hr.example",
                "purpose": d["vp"]["proof"]["proofPurpose"],
            }
            for d in decoded
        ],
    )
    assert all(c["verified"] for c in checks), checks


@pytest.mark.parametrize("suite", ["eddsa-rdfc-2022", "Ed25519Signature2020"])
def test_what_the_dcc_stack_issues_and_encodes_decodes_here_and_verifies(
    dcc: DccStack, suite: str
) -> None:
    template = DemoIssuer().achievement_credential("Issued Elsewhere", suite=suite)
    unsigned = {k: v for k, v in template.items() if k != "proof"}
    issued = dcc.run(
        "issue",
        {
            "credential": unsigned,
            "issuerSeed": "33" * 32,
            "holderSeed": "44" * 32,
            "suite": suite,
            "challenge": CHALLENGE,
            "domain": "hr.example",
        },
    )
    theirs = dcc.run("vpqr-encode", {"vp": issued["presentation"]})["payload"]
    assert theirs.startswith("VP1-B")
    assert decode_vp1(theirs) == issued["presentation"]
    assert vp1_payload(issued["presentation"]) == theirs
    report = verify_input(theirs.encode(), VerifyOptions(challenge=CHALLENGE, domain="hr.example"))
    assert report.kind == "presentation"
    assert report.verdict is Verdict.VALID, report.to_json()
    assert [c.verdict for c in report.credentials] == [Verdict.VALID], report.to_json()
    replayed = verify_input(theirs.encode(), VerifyOptions(challenge="another"))
    assert replayed.verdict is Verdict.INVALID


def test_the_golden_payloads_are_what_vpqr_writes(dcc: DccStack) -> None:
    """``tests/present/golden`` pins vpqr's output offline; here vpqr makes it again."""
    goldens = [json.loads(p.read_text("utf-8")) for p in sorted(GOLDEN.glob("vp1-*.json"))]
    assert goldens
    encoded = dcc.run("vpqr-encode", [{"vp": g["presentation"]} for g in goldens])
    assert [e["payload"] for e in encoded] == [g["payload"] for g in goldens]
