"""``learner-wallet review`` on what the DCC JavaScript stack issues and presents (its own
loader and defaults, tests/interop/js): the JSON contract, verdicts, holder binding and skills."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tests.interop.conftest import DccStack
from tests.review.test_review_command import assert_contract
from wallet.demo import DemoIssuer
from wallet.verify.dates import format_datetime

CHALLENGE, DOMAIN = "advisor-dcc-1", "careers.example.edu"
ESCO_SQL = "http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742"


def _unsigned(name: str, suite: str, **extra: Any) -> dict[str, Any]:
    template = DemoIssuer().achievement_credential(name, suite=suite)
    unsigned = {k: v for k, v in template.items() if k != "proof"}
    unsigned["credentialSubject"]["achievement"]["alignment"] = [
        {"type": ["Alignment"], "targetName": "SQL", "targetFramework": "ESCO",
         "targetUrl": ESCO_SQL}
    ]  # fmt: skip
    return {**unsigned, **extra}


def test_review_reads_a_dcc_portfolio(dcc: DccStack, tmp_path: Path) -> None:
    # The DCC stack refuses to present an expired credential, so this one expires in 2030 and
    # the review is made as of later that year (--now).
    expired = format_datetime(datetime(2030, 1, 1, tzinfo=UTC))
    requests = [
        {
            "credential": credential,
            "issuerSeed": "31" * 32,
            "holderSeed": "42" * 32,
            "suite": suite,
            "challenge": CHALLENGE,
            "domain": DOMAIN,
        }
        for suite, credential in (
            ("eddsa-rdfc-2022", _unsigned("SQL Fundamentals", "eddsa-rdfc-2022")),
            (
                "Ed25519Signature2020",
                _unsigned("Databases (VC 1.1)", "Ed25519Signature2020"),
            ),
            (
                "eddsa-rdfc-2022",
                _unsigned("Old Course", "eddsa-rdfc-2022", validUntil=expired),
            ),
        )
    ]
    issued = dcc.run("issue", requests)
    (tmp_path / "vp-2022.json").write_text(json.dumps(issued[0]["presentation"]))
    (tmp_path / "vp-2020.json").write_text(json.dumps(issued[1]["presentation"]))
    (tmp_path / "vp-expired.json").write_text(json.dumps(issued[2]["presentation"]))
    tampered = dict(issued[0]["credential"])
    tampered["name"] = "SQL Grandmaster"
    (tmp_path / "tampered.json").write_text(json.dumps(tampered))
    done = subprocess.run(
        [sys.executable, "-m", "wallet.cli", "review", str(tmp_path), "--json",
         "--challenge", CHALLENGE, "--domain", DOMAIN, "--now", "2030-06-01T00:00:00Z"],
        capture_output=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    data = json.loads(done.stdout)
    assert_contract(data)
    by_input = {Path(i["input"]).name: i for i in data["items"]}
    assert by_input["vp-2022.json"]["verdict"] == "valid"
    assert by_input["vp-2020.json"]["verdict"] == "valid"
    assert by_input["vp-expired.json"]["verdict"] == "expired"
    # Edited after the DCC stack signed it: invalid, and the signature row says why.
    assert by_input["tampered.json"]["verdict"] == "invalid"
    signature = next(c for c in by_input["tampered.json"]["checks"] if c["id"] == "signature")
    assert signature["status"] == "fail" and "changed after signing" in signature["message"]
    assert data["holder"]["id"] == issued[0]["holder"]
    assert data["holder"]["status"] == "pass", data["holder"]
    assert "challenge and domain as expected" in data["holder"]["message"]
    holder_rows = [c for c in by_input["vp-2022.json"]["checks"] if c["id"] == "holder"]
    assert holder_rows and holder_rows[0]["status"] == "pass"
    sql = next(s for s in data["skills"] if s["url"] == ESCO_SQL)
    names = {data["items"][i]["input"] for i in sql["evidence"]}
    assert {Path(n).name for n in names} == {"vp-2022.json", "vp-2020.json"}
