"""Attack 9: retrying earlier revisions of a mutable context costs a bounded amount per input.

When a credential naming ``ob/v3p0/context.json`` fails its signature, each of that file's 20
earlier revisions is tried (issue 10): the whole document read, expanded and canonicalized
again. Nothing bounded that work. A forged 700 KB credential took 4.6 s instead of 0.8 s, and a
2 MB presentation of small forged ones 40 s, where issue 11 allows 5. The retries now draw on a
per-input allowance counted in statements read (:data:`wallet.jsonld.budget.REVISION_WORK`).
When it runs out, the signature keeps its failure (a forgery does not become "cannot be
checked" by being large), and the row says which revisions were not tried.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.bounded import CPU_SECONDS, run_bounded
from tests.verify.hostile import NOW
from tests.verify.test_revisions import MUTABLE, REVISION, _credential, _signed
from wallet.verify import Report, Status, Verdict, VerifyOptions, verify_document

NOT_TRIED = "could not be tried: that would take more work than any credential needs"


def _forged(alignments: int = 0) -> dict[str, Any]:
    forged = copy.deepcopy(_signed(_credential(), REVISION))
    forged["credentialSubject"]["achievement"]["name"] = "Doctor of Medicine"
    forged["credentialSubject"]["achievement"]["alignment"] = [
        {"type": "Alignment", "targetName": f"Skill {i}", "targetUrl": f"https://ex.org/{i}"}
        for i in range(alignments)
    ]
    return forged


def _signature(report: Report) -> tuple[Status, str]:
    found = next(c for c in report.checks if c.id == "signature")
    return found.status, found.message


def test_a_small_forgery_is_tried_under_every_revision_and_stays_invalid() -> None:
    report = verify_document(_forged(), VerifyOptions(now=NOW))
    assert report.verdict is Verdict.INVALID
    status, message = _signature(report)
    assert status is Status.FAIL and NOT_TRIED not in message


def test_a_large_forgery_stays_invalid_and_says_what_was_not_tried() -> None:
    report = verify_document(_forged(alignments=3000), VerifyOptions(now=NOW))
    assert report.verdict is Verdict.INVALID
    status, message = _signature(report)
    assert status is Status.FAIL
    assert f"earlier revisions of its context {MUTABLE}" in message
    assert NOT_TRIED in message


def test_the_genuine_credential_signed_under_a_revision_still_verifies() -> None:
    report = verify_document(_signed(_credential(), REVISION), VerifyOptions(now=NOW))
    assert report.verdict is Verdict.VALID


def test_a_presentation_of_forgeries_is_within_the_input_budget(tmp_path: Path) -> None:
    """900 forged credentials (1 MB) in one presentation: in a child under 1 GiB and 5 s."""
    forged = _forged()
    presentation = {
        "@context": ["https://www.w3.org/2018/credentials/v1"],
        "type": ["VerifiablePresentation"],
        "verifiableCredential": [dict(forged, id=f"urn:uuid:{i}") for i in range(900)],
    }
    path = tmp_path / "presentation.json"
    path.write_text(json.dumps(presentation), "utf-8")
    setup = f"""
    from datetime import datetime
    from pathlib import Path
    from wallet.verify import VerifyOptions, verify_input
    DATA = Path({str(path)!r}).read_bytes()
    def work():
        report = verify_input(DATA, VerifyOptions(now=datetime.fromisoformat({NOW.isoformat()!r})))
        verdicts = {{c.verdict.value for c in report.credentials}}
        untried = sum("could not be tried" in c.checks[1].message for c in report.credentials)
        return f"{{len(report.credentials)}} {{sorted(verdicts)}} {{untried > 0}}"
    """
    measured = run_bounded(setup)
    assert measured.result == "900 ['invalid'] True"
    assert measured.cpu < CPU_SECONDS, measured


@settings(max_examples=5, deadline=None)
@given(count=st.integers(1, 8), alignments=st.sampled_from([0, 10, 600]))
def test_running_out_of_the_allowance_never_softens_a_forgery(count: int, alignments: int) -> None:
    """Property: however many forgeries, however large, each stays invalid (never
    unverifiable, never valid), whether or not its revisions could all be tried."""
    forged = _forged(alignments)
    presentation = {
        "@context": ["https://www.w3.org/2018/credentials/v1"],
        "type": ["VerifiablePresentation"],
        "verifiableCredential": [dict(forged, id=f"urn:uuid:{i}") for i in range(count)],
    }
    report = verify_document(presentation, VerifyOptions(now=NOW))
    assert {c.verdict for c in report.credentials} == {Verdict.INVALID}
