"""A presentation where a credential belongs is refused in every spelling (issue 9): as an object,
as an enveloped ``data:application/vp+jwt`` URL and as a bare VP-JWT; the presentation carrying it
is malformed, while the genuine credential beside it still verifies on its own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.verify.hostile import NOW, badge, verify
from wallet.dids.multibase import b64url_encode
from wallet.present.holder import HolderKey
from wallet.present.presentation import PresentationRequest, sign_presentation
from wallet.proofs.sign import sign_document
from wallet.verify import Status, Verdict

HOLDER = HolderKey.generate(NOW)
_VP_JWT = ".".join(
    b64url_encode(part)
    for part in (
        b'{"alg":"EdDSA","typ":"vp+jwt"}',
        b'{"vp":{"@context":["https://www.w3.org/2018/credentials/v1"],'
        b'"type":["VerifiablePresentation"]}}',
        b"signature",
    )
)


def _inner_presentation() -> dict[str, Any]:
    request = PresentationRequest(challenge="c", clock=lambda: NOW)
    return sign_presentation([badge()], HOLDER, request).document


def _presenting(*entries: Any) -> dict[str, Any]:
    document = {
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "type": ["VerifiablePresentation"],
        "holder": HOLDER.did,
        "verifiableCredential": list(entries),
    }
    return sign_document(
        document,
        HOLDER.key,
        HOLDER.verification_method,
        purpose="authentication",
        created=NOW,
        challenge="c",
    )


@pytest.mark.parametrize(
    "nested",
    [
        _inner_presentation(),
        {
            "@context": "https://www.w3.org/ns/credentials/v2",
            "type": "EnvelopedVerifiableCredential",
            "id": "data:application/vp+jwt," + _VP_JWT,
        },
        _VP_JWT,
    ],
    ids=["object", "enveloped-vp-jwt", "bare-vp-jwt"],
)
def test_a_presentation_inside_a_presentation_is_refused(nested: Any) -> None:
    report = verify(_presenting(badge(), nested), challenge="c")
    assert report.verdict is Verdict.INVALID
    outer_format = next(c for c in report.checks if c.id == "format")
    assert outer_format.status is Status.FAIL and "credential 2 is not a credential" in (
        outer_format.message
    )
    genuine, refused = report.credentials
    assert genuine.verdict is Verdict.VALID
    assert refused.verdict is Verdict.INVALID
    assert refused.checks[0].message == "a presentation where a credential belongs"
