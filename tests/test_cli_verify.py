"""``learner-wallet verify`` as a subprocess: the DESIGN.md command-line contract.

Exit status 0 when every input is valid, 1 when any is not, 2 for usage errors and unreadable
input (one line on standard error, never a traceback); ``--json`` prints one object per input per
line with exactly ``input, kind, verdict, checks, credentials, ms``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import VECTORS as VECTORS_ROOT
from tests.verify.hostile import ISSUER, SIGNED_AT, badge, sign
from wallet.demo import DemoIssuer
from wallet.proofs.sign import sign_document

ROOT = Path(__file__).resolve().parent.parent
HOLDER = DemoIssuer(seed=b"tests: the learner", name="Learner")
CHALLENGE, DOMAIN = "c-5f2a9b", "jobs.employer.example"
LINE_KEYS = {"input", "kind", "verdict", "checks", "credentials", "about", "fetched", "ms"}
NOW = ["--now", "2025-01-01T00:00:00Z"]


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    """The CLI in a fresh interpreter. The timeout is a generous guard, not a benchmark.

    ``verify`` runs ``--offline`` here: these tests are about verification itself, and nothing
    in the suite reaches the internet; tests/net/test_cli_online.py runs it with the network,
    against a local server."""
    if args[:1] == ("verify",) and "--help" not in args:
        args = ("verify", "--offline", *args[1:])
    result = subprocess.run(
        [sys.executable, "-m", "wallet.cli", *args],
        input=stdin.decode("utf-8") if stdin is not None else None,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result


def lines(result: subprocess.CompletedProcess[str]) -> list[dict[str, Any]]:
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def write(tmp_path: Path, name: str, document: Any) -> str:
    path = tmp_path / name
    path.write_text(json.dumps(document), "utf-8")
    return str(path)


def presentation(**sign_options: Any) -> dict[str, Any]:
    vp = {
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "type": ["VerifiablePresentation"],
        "holder": HOLDER.did,
        "verifiableCredential": [badge(subject_id=HOLDER.did)],
    }
    sign_options.setdefault("challenge", CHALLENGE)
    sign_options.setdefault("domain", DOMAIN)
    return sign_document(
        vp,
        HOLDER.key,
        HOLDER.verification_method,
        purpose="authentication",
        created=SIGNED_AT,
        **sign_options,
    )


# --- failure first -----------------------------------------------------------------------------
def test_a_tampered_credential_exits_1_with_its_reason(tmp_path: Path) -> None:
    document = badge()
    document["credentialSubject"]["achievement"]["name"] = "Advanced Python"
    result = run("verify", "--json", *NOW, write(tmp_path, "t.json", document))
    assert result.returncode == 1
    (line,) = lines(result)
    assert line["verdict"] == "invalid"
    signature = next(c for c in line["checks"] if c["id"] == "signature")
    assert signature["status"] == "fail"
    assert "does not match the data" in signature["message"]


def test_an_unreadable_input_exits_2_but_the_others_are_still_reported(tmp_path: Path) -> None:
    good = write(tmp_path, "good.json", badge())
    missing = str(tmp_path / "missing.json")
    result = run("verify", "--json", *NOW, good, missing)
    assert result.returncode == 2
    assert [line["input"] for line in lines(result)] == [good]
    assert result.stderr.splitlines() == [f"learner-wallet: {missing}: no such file"]


def test_a_bad_now_is_a_usage_error(tmp_path: Path) -> None:
    result = run("verify", "--now", "next tuesday", write(tmp_path, "b.json", badge()))
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1
    assert "--now" in result.stderr


def test_an_unknown_option_is_a_usage_error() -> None:
    result = run("verify", "--fetch-everything", "x.json")
    assert result.returncode == 2
    assert "unrecognized arguments" in result.stderr


def test_verify_needs_an_input() -> None:
    assert run("verify").returncode == 2


def test_a_presentation_with_the_wrong_challenge_exits_1(tmp_path: Path) -> None:
    path = write(tmp_path, "vp.json", presentation())
    result = run("verify", "--json", *NOW, "--challenge", "replayed", "--domain", DOMAIN, path)
    assert result.returncode == 1
    (line,) = lines(result)
    assert line["kind"] == "presentation"
    assert line["verdict"] == "invalid"
    # The holder signed it, for another challenge: a replay is the holder check's (issue 13).
    holder = next(c for c in line["checks"] if c["id"] == "holder")
    assert holder["status"] == "fail"
    assert holder["message"] == (
        f"it was signed for the challenge “{CHALLENGE}”, not “replayed”: it may be a copy made "
        "for someone else"
    )


def test_a_presentation_for_another_domain_exits_1(tmp_path: Path) -> None:
    path = write(tmp_path, "vp.json", presentation())
    result = run(
        "verify", "--json", *NOW, "--challenge", CHALLENGE, "--domain", "evil.example", path
    )
    assert result.returncode == 1
    assert lines(result)[0]["verdict"] == "invalid"


def test_a_valid_presentation_of_an_invalid_credential_exits_1(tmp_path: Path) -> None:
    vp = presentation()
    inner = vp["verifiableCredential"][0]
    inner["credentialSubject"]["achievement"]["name"] = "Edited after issuance"
    vp = sign_document(
        {k: v for k, v in vp.items() if k != "proof"},
        HOLDER.key,
        HOLDER.verification_method,
        purpose="authentication",
        created=SIGNED_AT,
        challenge=CHALLENGE,
        domain=DOMAIN,
    )
    path = write(tmp_path, "vp.json", vp)
    result = run("verify", "--json", *NOW, "--challenge", CHALLENGE, "--domain", DOMAIN, path)
    assert result.returncode == 1
    (line,) = lines(result)
    assert line["verdict"] == "valid"  # the holder's proof is fine ...
    assert [c["verdict"] for c in line["credentials"]] == ["invalid"]  # ... the credential is not


# --- the contract when all is well ---------------------------------------------------------------
def test_a_valid_credential_exits_0_with_one_json_line_of_the_contract_shape(
    tmp_path: Path,
) -> None:
    path = write(tmp_path, "b.json", badge())
    result = run("verify", "--json", *NOW, path)
    assert result.returncode == 0, result.stdout
    assert result.stderr == ""
    assert len(result.stdout.splitlines()) == 1
    (line,) = lines(result)
    assert set(line) == LINE_KEYS
    assert line["input"] == path
    assert line["kind"] == "credential"
    assert line["verdict"] == "valid"
    assert line["credentials"] == []
    assert isinstance(line["ms"], int | float) and line["ms"] >= 0
    assert [c["id"] for c in line["checks"]] == [
        "format", "signature", "issuer", "validity", "status", "trust", "schema",
    ]  # fmt: skip
    for entry in line["checks"]:
        assert set(entry) == {"id", "status", "message"}
        assert entry["status"] in {"pass", "fail", "warn", "skip"}
        assert entry["message"]


def test_one_line_per_input_in_order(tmp_path: Path) -> None:
    first = write(tmp_path, "1.json", badge())
    second = write(tmp_path, "2.json", sign(badge(), ISSUER))
    result = run("verify", "--json", *NOW, first, second, first)
    assert result.returncode == 0
    assert [line["input"] for line in lines(result)] == [first, second, first]


def test_standard_input(tmp_path: Path) -> None:
    result = run("verify", "--json", *NOW, "-", stdin=json.dumps(badge()).encode())
    assert result.returncode == 0
    (line,) = lines(result)
    assert line["input"] == "-"
    assert line["verdict"] == "valid"


@pytest.mark.parametrize(
    ("now", "code", "verdict"),
    [
        ("2024-03-01T00:00:00Z", 0, "valid"),
        ("2024-06-01T00:00:01Z", 1, "expired"),
        ("2024-01-14T23:59:59Z", 1, "not-yet-valid"),
    ],
)
def test_now_sets_the_clock(tmp_path: Path, now: str, code: int, verdict: str) -> None:
    document = badge(valid_until=datetime(2024, 6, 1, tzinfo=UTC))
    result = run("verify", "--json", "--now", now, write(tmp_path, "e.json", document))
    assert result.returncode == code
    assert lines(result)[0]["verdict"] == verdict


def test_a_presentation_with_the_expected_challenge_and_domain_exits_0(tmp_path: Path) -> None:
    path = write(tmp_path, "vp.json", presentation())
    result = run("verify", "--json", *NOW, "--challenge", CHALLENGE, "--domain", DOMAIN, path)
    assert result.returncode == 0, result.stdout
    (line,) = lines(result)
    assert set(line) == LINE_KEYS
    assert line["kind"] == "presentation"
    assert line["verdict"] == "valid"
    holder = next(c for c in line["checks"] if c["id"] == "holder")
    assert holder["status"] == "pass"
    assert "challenge and domain as expected" in holder["message"]
    (inner,) = line["credentials"]
    assert {"kind", "verdict", "checks", "credentials"} <= set(inner)
    assert inner["kind"] == "credential"
    assert inner["verdict"] == "valid"


def test_text_output_names_the_verdict_and_every_check(tmp_path: Path) -> None:
    path = write(tmp_path, "b.json", badge())
    result = run("verify", *NOW, path)
    assert result.returncode == 0
    assert result.stdout.startswith(f"{path}: VALID (credential)")
    for check_id in ("format", "signature", "issuer", "validity", "status", "trust", "schema"):
        assert check_id in result.stdout


def test_help() -> None:
    result = run("verify", "--help")
    assert result.returncode == 0
    assert "--challenge" in result.stdout


def _clr_of(inner: dict[str, Any]) -> dict[str, Any]:
    from tests.verify.test_attacks import _clr

    return _clr(inner)


def test_a_clr_with_a_forged_achievement_credential_exits_1(tmp_path: Path) -> None:
    """The CLR's own signature is good, but what it carries is what an employer relies on."""
    inner = dict(badge())
    inner.pop("proof")
    inner["issuer"] = {"id": "did:web:university.example", "type": ["Profile"], "name": "U"}
    result = run("verify", "--json", write(tmp_path, "clr.json", _clr_of(sign(inner))))
    (line,) = lines(result)
    assert line["verdict"] == "valid"
    assert line["credentials"][0]["verdict"] == "invalid"
    assert result.returncode == 1


def test_a_clr_of_valid_achievement_credentials_exits_0(tmp_path: Path) -> None:
    result = run("verify", "--json", write(tmp_path, "clr.json", _clr_of(badge())))
    (line,) = lines(result)
    assert [c["verdict"] for c in line["credentials"]] == ["valid"]
    assert result.returncode == 0, result.stdout


def test_an_unverifiable_endorsement_does_not_make_a_valid_badge_exit_1(tmp_path: Path) -> None:
    """Endorsements are third parties' opinions: reported, but not the credential's verdict."""
    endorsement = json.loads(
        (VECTORS_ROOT / "ob3/validator-samples/endorsement-valid.json").read_text("utf-8")
    )
    document = dict(badge())
    document.pop("proof")
    document["credentialSubject"]["achievement"]["endorsement"] = [endorsement]
    result = run("verify", "--json", write(tmp_path, "endorsed.json", sign(document)))
    (line,) = lines(result)
    assert line["verdict"] == "valid"
    assert line["credentials"][0]["verdict"] == "unverifiable"
    assert result.returncode == 0
