"""``learner-wallet review`` against DESIGN.md's contract, run as a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from wallet.review.sample import SAMPLE_CHALLENGE, SAMPLE_JOB, SamplePortfolio
from wallet.verify import Verdict

CHECK_KEYS = {"id", "status", "message"}


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "wallet.cli", "review", *args],
        input=stdin,
        capture_output=True,
        timeout=120,
        check=False,
    )


def assert_contract(data: dict[str, Any], job: bool = False) -> None:
    """The shape other programs test: every key, every verdict, indices that index."""
    assert set(data) == {"summary", "holder", "items", "skills"} | ({"job"} if job else set())
    assert set(data["summary"]) == {v.value for v in Verdict}
    assert sum(data["summary"].values()) == len(data["items"])
    if data["holder"] is not None:
        assert set(data["holder"]) == {"id", "status", "message"}
    for item in data["items"]:
        assert set(item) == {"input", "name", "issuer", "verdict", "checks"}
        assert item["verdict"] in data["summary"]
        assert all(set(c) == CHECK_KEYS for c in item["checks"])
    for skill in data["skills"]:
        assert set(skill) == {"name", "framework", "url", "evidence"}
        assert skill["evidence"]
        assert all(data["items"][i]["verdict"] == "valid" for i in skill["evidence"])
    if job:
        assert set(data["job"]) == {"matched", "missing"}


@pytest.fixture
def folder(tmp_path: Path, portfolio: SamplePortfolio) -> Path:
    for name, data in portfolio.files():
        (tmp_path / name).write_bytes(data)
    (tmp_path / "job.txt").write_text(SAMPLE_JOB)
    return tmp_path


def test_json_follows_the_contract(folder: Path) -> None:
    done = run(str(folder / "ada-portfolio.json"), "--json", "--challenge", SAMPLE_CHALLENGE)
    assert done.returncode == 1, done.stderr  # not every credential is valid
    data = json.loads(done.stdout)
    assert_contract(data)
    assert data["summary"]["valid"] == 3 and data["summary"]["expired"] == 1
    assert data["holder"]["status"] == "warn"
    assert [i["verdict"] for i in data["items"]] == [
        "valid", "valid", "expired", "invalid", "unverifiable", "valid"
    ]  # fmt: skip
    assert data["items"][5]["checks"][-1]["id"] == "holder"
    assert data["items"][5]["checks"][-1]["status"] == "warn"
    assert {s["name"] for s in data["skills"]} >= {"SQL", "Python (computer programming)"}
    assert "lead a team" not in {s["name"] for s in data["skills"]}  # someone else's


def test_job_adds_matched_and_missing(folder: Path) -> None:
    done = run(str(folder / "ada-portfolio.json"), "--json", "--job", str(folder / "job.txt"))
    data = json.loads(done.stdout)
    assert_contract(data, job=True)
    matched = {m["name"]: m for m in data["job"]["matched"]}
    assert matched["SQL"]["evidence"] == [0] and matched["SQL"]["words"] == ["SQL"]
    assert "statistics" in {m["name"] for m in data["job"]["missing"]}


def test_folders_stdin_and_unreadable_inputs(folder: Path, portfolio: SamplePortfolio) -> None:
    loose = folder / "loose"
    loose.mkdir()
    for name, data in portfolio.loose_files():
        (loose / name).write_bytes(data)
    (loose / "broken.json").write_bytes(b'{"@context": [')
    done = run(str(loose), "--json")
    assert done.returncode == 2
    assert_contract(json.loads(done.stdout))
    assert len(json.loads(done.stdout)["items"]) == 6
    assert b"broken.json" in done.stderr and b"Traceback" not in done.stderr
    piped = run("-", "--json", stdin=portfolio.files()[0][1])
    assert piped.returncode == 1
    assert len(json.loads(piped.stdout)["items"]) == 6
    missing = run(str(folder / "nothing-here.json"))
    assert missing.returncode == 2 and b"no such file" in missing.stderr


def test_text_output_and_usage_errors(folder: Path) -> None:
    done = run(str(folder / "ada-portfolio.json"))
    text = done.stdout.decode()
    assert "6 credentials: 3 valid, 1 invalid, 1 expired, 1 unverifiable" in text
    assert "holder: warn" in text
    bad = run(str(folder / "ada-portfolio.json"), "--job", str(folder / "none.txt"))
    assert bad.returncode == 2 and bad.stdout == b"" and b"--job" in bad.stderr
    assert run(str(folder), "--now", "yesterday").returncode == 2


def test_the_report_is_titled_with_the_learner_the_credentials_name(tmp_path: Path) -> None:
    # The name of a credential about the holder; never of one about someone else it carries.
    import io
    from datetime import UTC, datetime

    from pypdf import PdfReader

    from tests.factories import Issuer, make_badge
    from wallet.present.holder import HolderKey
    from wallet.present.presentation import PresentationRequest, sign_presentation

    holder = HolderKey.generate(datetime.now(UTC))
    issuer = Issuer.from_seed(b"review report title", "Title College")

    def badge(serial: int, subject: str, name: str | None) -> dict[str, Any]:
        unsigned = {k: v for k, v in make_badge(issuer, serial).items() if k != "proof"}
        named = {"name": name} if name else {}
        unsigned["credentialSubject"] = {**unsigned["credentialSubject"], "id": subject, **named}
        return issuer.sign(unsigned)

    def title(*credentials: dict[str, Any]) -> str:
        request = PresentationRequest(challenge="c-1")
        presented = tmp_path / "vp.json"
        presented.write_text(
            json.dumps(sign_presentation(list(credentials), holder, request).document)
        )
        report = tmp_path / "report.pdf"
        done = run(str(presented), "--challenge", "c-1", "--report", str(report))
        assert done.returncode in (0, 1), done.stderr
        text = PdfReader(io.BytesIO(report.read_bytes())).pages[0].extract_text()
        return " ".join(text.splitlines()[0].split())  # pypdf spaces the heading with tabs

    someone_else = badge(1, "did:example:someone-else", "Mallory Example")
    assert title(someone_else, badge(2, holder.did, "Ada Lovelace")) == (
        "Portfolio review: Ada Lovelace"
    )
    assert title(badge(3, holder.did, None)).startswith("Portfolio review: the holder did:key:")


def test_one_credential_is_one_credential(folder: Path, tmp_path: Path) -> None:
    from tests.factories import Issuer, make_badge

    (tmp_path / "one.json").write_text(json.dumps(make_badge(Issuer.generate(), 1)))
    text = run(str(tmp_path / "one.json"), "--offline").stdout.decode()
    assert text.startswith("1 credential: 1 valid"), text
