"""Attack 9: a credential at the input cap is verified within the per-input budget (issue 11).

A 1.2 MB credential of 50,000 alignments took 7 s: 2 of them in the JSON schema check, because
jsonschema-rs gathers every complaint before it yields the first, and 1.5 in re-reading it under
an earlier context revision. The schema row now names only the first problem of a document of
many values (the verdict never depended on it), and a retry costs what reading the document
costs, so a document this large is not retried.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.bounded import CPU_SECONDS, run_bounded
from tests.verify.hostile import NOW, badge, check, sign, unsecured, verify
from wallet.verify import Status

_WORK = """
from datetime import datetime
from pathlib import Path
from wallet.verify import VerifyOptions, verify_input
DATA = Path({path!r}).read_bytes()
def work():
    now = datetime.fromisoformat({now!r})
    report = verify_input(DATA, VerifyOptions(now=now))
    return report.verdict.value
"""


def _alignments(count: int, *, typed: bool) -> dict[str, Any]:
    document = badge()
    item: dict[str, Any] = {"type": "Alignment"} if typed else {}
    document["credentialSubject"]["achievement"]["alignment"] = [
        {**item, "targetName": f"Skill {i}"} for i in range(count)
    ]
    return document


def test_a_large_document_names_its_first_schema_problem() -> None:
    document = unsecured(badge())
    document["credentialSubject"]["achievement"]["alignment"] = [
        {"type": "Alignment", "targetName": f"Skill {i}"} for i in range(6000)
    ]
    report = verify(sign(document))
    status, message = check(report, "schema")
    assert status is Status.WARN
    assert "targetUrl" in message and "only its first problem is named" in message


def test_a_small_document_still_names_several() -> None:
    document = unsecured(badge())
    document["credentialSubject"]["achievement"]["alignment"] = [
        {"type": "Alignment", "targetName": f"Skill {i}"} for i in range(3)
    ]
    status, message = check(verify(sign(document)), "schema")
    assert status is Status.WARN and message.count("targetUrl") == 3


@pytest.mark.parametrize(("count", "typed"), [(50_000, False), (40_000, True)])
def test_a_credential_at_the_cap_is_within_the_budget(
    count: int, typed: bool, tmp_path: Path
) -> None:
    path = tmp_path / "credential.json"
    path.write_text(json.dumps(_alignments(count, typed=typed)), "utf-8")
    assert path.stat().st_size > 900_000
    measured = run_bounded(_WORK.format(path=str(path), now=NOW.isoformat()))
    assert measured.result == "invalid"  # the issuer's proof no longer fits
    assert measured.cpu < CPU_SECONDS, measured
