"""A credential naming a context URL whose file 1EdTech has changed since (``ob/v3p0/context.json``)
verifies under the revision it was signed with, and says so (issue 10); a forged one does not."""

from __future__ import annotations

import copy
import hashlib
from typing import Any

from tests.verify.hostile import ISSUER, NOW, SIGNED_AT
from wallet.dids.multibase import multibase_encode
from wallet.jsonld.canon import canonicalize
from wallet.verify import Report, Status, Verdict, VerifyOptions, verify_document
from wallet.verify.dates import format_datetime

MUTABLE = "https://purl.imsglobal.org/spec/ob/v3p0/context.json"
REVISION = "purl.imsglobal.org_spec_ob_v3p0_context.rev-20221103.json"


def _credential() -> dict[str, Any]:
    return {
        "@context": [
            "https://www.w3.org/2018/credentials/v1",
            MUTABLE,
            "https://w3id.org/security/data-integrity/v2",
        ],
        "id": "urn:uuid:2f6ab5b0-0d5b-4bd3-9a8e-3f1b2a9e0c11",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {"id": ISSUER.did, "type": "Profile", "name": "Example College"},
        "issuanceDate": "2024-01-01T00:00:00Z",
        "name": "Intro to Python",
        "credentialSubject": {
            "type": "AchievementSubject",
            "id": "did:example:learner",
            "achievement": {
                "id": "urn:uuid:a1",
                "type": "Achievement",
                "name": "Intro to Python",
                "description": "Writes small programs.",
                "criteria": {"narrative": "Passed the final project."},
            },
        },
    }


def _signed(document: dict[str, Any], revision: str | None) -> dict[str, Any]:
    """``document`` with an eddsa-rdfc-2022 proof made while ``MUTABLE`` served ``revision``."""
    overrides = {MUTABLE: revision} if revision else None
    proof: dict[str, Any] = {
        "type": "DataIntegrityProof",
        "cryptosuite": "eddsa-rdfc-2022",
        "created": format_datetime(SIGNED_AT),
        "verificationMethod": ISSUER.verification_method,
        "proofPurpose": "assertionMethod",
    }
    config = {**proof, "@context": document["@context"]}
    hash_data = b"".join(
        hashlib.sha256(canonicalize(part, overrides=overrides).encode()).digest()
        for part in (config, document)
    )
    proof["proofValue"] = multibase_encode(ISSUER.key.sign(hash_data))
    return {**document, "proof": proof}


def _signature(report: Report) -> tuple[Status, str]:
    found = next(c for c in report.checks if c.id == "signature")
    return found.status, found.message


def test_a_credential_signed_under_an_earlier_revision_verifies_and_says_which() -> None:
    report = verify_document(_signed(_credential(), REVISION), VerifyOptions(now=NOW))
    assert report.verdict is Verdict.VALID
    status, message = _signature(report)
    assert status is Status.PASS
    assert f"earlier revision of {MUTABLE}" in message and REVISION in message
    achievement = report.view.data["credentialSubject"]["achievement"]
    assert achievement["type"] == "Achievement"  # read with the revision's meaning
    assert achievement["name"] == "Intro to Python"


def test_a_credential_signed_under_the_current_copy_names_no_revision() -> None:
    report = verify_document(_signed(_credential(), None), VerifyOptions(now=NOW))
    assert report.verdict is Verdict.VALID
    assert "revision" not in _signature(report)[1]


def test_no_revision_makes_a_forged_credential_verify() -> None:
    forged = copy.deepcopy(_signed(_credential(), REVISION))
    forged["credentialSubject"]["achievement"]["name"] = "Doctor of Medicine"
    report = verify_document(forged, VerifyOptions(now=NOW))
    assert report.verdict is Verdict.INVALID
    assert _signature(report)[0] is Status.FAIL
    assert "revision" not in _signature(report)[1]


def test_the_same_credential_verifies_again_from_the_signature_cache() -> None:
    from wallet.verify.cache import MemorySignatureCache

    cache = MemorySignatureCache()
    signed = _signed(_credential(), REVISION)
    first = verify_document(signed, VerifyOptions(now=NOW, signature_cache=cache))
    again = verify_document(signed, VerifyOptions(now=NOW, signature_cache=cache))
    assert again.verdict is first.verdict is Verdict.VALID
    assert again.view.data == first.view.data
