"""VP1- QR payloads: ours decode in DCC vpqr into the same presentation, and theirs equal ours."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.interop.conftest import DccStack
from wallet.demo import DemoIssuer
from wallet.errors import InputError
from wallet.present.holder import HolderKey
from wallet.present.presentation import PresentationRequest, Purpose, sign_presentation
from wallet.present.vpqr import vp1_payload
from wallet.verify import Verdict, VerifyOptions, verify_input

CHALLENGE = "vp1-interop"


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


def test_what_the_dcc_stack_issues_and_encodes_is_what_we_encode_and_read(dcc: DccStack) -> None:
    template = DemoIssuer().achievement_credential("Issued Elsewhere")
    unsigned = {k: v for k, v in template.items() if k != "proof"}
    issued = dcc.run(
        "issue",
        {
            "credential": unsigned,
            "issuerSeed": "33" * 32,
            "holderSeed": "44" * 32,
            "suite": "eddsa-rdfc-2022",
            "challenge": CHALLENGE,
            "domain": "hr.example",
        },
    )
    theirs = dcc.run("vpqr-encode", {"vp": issued["presentation"]})["payload"]
    assert vp1_payload(issued["presentation"]) == theirs
    try:
        report = verify_input(theirs.encode(), VerifyOptions(challenge=CHALLENGE))
    except InputError as exc:
        pytest.skip(f"this tree has no VP1- reader yet (wallet.formats): {exc}")
    assert report.kind == "presentation"
    assert report.verdict is Verdict.VALID, report.to_json()
