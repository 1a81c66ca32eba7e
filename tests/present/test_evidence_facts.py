"""What the evidence pack says and how it sizes things for paper (no Qt needed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wallet.present.evidence import (
    MIN_QR_MODULE_MM,
    credential_facts,
    elide_identifier,
    elide_identifiers,
    qr_print_size,
)
from wallet.present.qr import QrCode, fit_qr
from wallet.verify.pipeline import read_document
from wallet.verify.view import SignedView

SAMPLES = Path(__file__).parents[2] / "resources" / "samples"
DID = "did:key:z6MkhSJNfNKQuaPhb3V8zu5Y3C8WGH4S6PPTdm3ofVDJwsYV"


def test_a_code_that_would_print_below_half_a_millimetre_a_module_is_refused() -> None:
    oversized = QrCode("x", "vp1", 40, "L", ((False,) * 250,) * 250)
    with pytest.raises(ValueError, match="does not fit 100 mm"):
        qr_print_size(oversized)


def test_the_largest_qr_code_prints_at_half_a_millimetre_a_module_or_more() -> None:
    code = fit_qr("A" * 4200, "vp1")
    assert code is not None and code.version == 40
    size = qr_print_size(code)
    assert size.module_mm >= MIN_QR_MODULE_MM and size.width_mm <= 100


def test_a_small_qr_code_is_printed_at_one_millimetre_a_module() -> None:
    code = fit_qr("https://example.org/c/1", "url")
    assert code is not None
    size = qr_print_size(code)
    assert size.module_mm == 1.0 and size.width_mm == code.size + 8  # 4-module quiet zone


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (DID, "did:key:z6MkhSJN…fVDJwsYV"),
        (f"the issuer {DID}.", "the issuer did:key:z6MkhSJN…fVDJwsYV."),
        (f"{DID}#{DID[8:]}", "did:key:z6MkhSJN…fVDJwsYV#z6MkhSJN…fVDJwsYV"),
        ("did:web:example.org", "did:web:example.org"),
        (
            "urn:uuid:5b0f1c52-5d0e-4a8e-9b1e-000000000001",
            "urn:uuid:5b0f1c52-5d0e-4a8e-9b1e-000000000001",
        ),
    ],
)
def test_long_dids_are_elided_in_the_middle_for_reading(text: str, shown: str) -> None:
    assert elide_identifiers(text) == shown


def test_elide_identifier_leaves_other_text_alone() -> None:
    assert elide_identifier("Learner Wallet Demo Issuer") == "Learner Wallet Demo Issuer"


def test_a_course_shows_its_results_and_evidence() -> None:
    document = json.loads((SAMPLES / "course-data-analysis.json").read_text())
    facts = credential_facts(read_document(document).view())
    assert facts.results == ("Final grade: A",)
    assert facts.evidence == (
        "Final project: air quality in three cities — A notebook analysing a year of open "
        "air-quality data, peer reviewed. "
        "(https://example.org/portfolio/data-analysis-final-project)",
    )
    assert len(facts.skills) == 3


def test_hostile_results_and_evidence_are_skipped_not_fatal() -> None:
    document = {
        "issuer": "did:example:issuer",
        "evidence": ["not an object", {"id": "https://example.org/e"}, {}],
        "credentialSubject": {"result": [1, {"value": ""}, {"value": "Pass"}], "achievement": {}},
    }
    # Any shape a signed view can take: the facts never come from the JSON itself.
    facts = credential_facts(SignedView(document, "rdf"), "Fallback")
    assert facts.results == ("Result: Pass",)
    assert facts.evidence == ("https://example.org/e",)
