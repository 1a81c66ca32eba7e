"""``learner-wallet trust list|add|remove`` on a real vault and ``verify --trust``: an additive
extension of the command-line contract (``verify`` without ``--trust`` is unchanged)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.vault.conftest import NoKeyring
from tests.verify.hostile import ATTACKER, ISSUER, badge, sign
from wallet.cli import main
from wallet.service import WalletService
from wallet.vault.kdf import TEST_COST

PASS = "correct horse battery staple"
NOW = ["--now", "2025-01-01T00:00:00Z"]


@pytest.fixture
def vault(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("LEARNER_WALLET_PASSPHRASE", PASS)
    path = tmp_path / "w.vault"
    with WalletService.create(
        path, PASS, kdf_cost=TEST_COST, keyring=NoKeyring(), workers=1
    ) as service:
        service.import_bytes(json.dumps(badge()).encode(), "badge.json")
    return path


def _trust_row(out: str) -> dict[str, str]:
    line = json.loads(out.splitlines()[0])
    row: dict[str, str] = next(c for c in line["checks"] if c["id"] == "trust")
    return row


# --- failure first --------------------------------------------------------------------------
def test_removing_an_issuer_never_trusted_is_a_usage_error(
    vault: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--vault", str(vault), "trust", "remove", ISSUER.did]) == 2
    assert "is not among the issuers you trust" in capsys.readouterr().err


def test_trust_needs_an_action(vault: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--vault", str(vault), "trust"])
    assert stopped.value.code == 2


def test_verify_trust_does_not_rescue_a_forged_credential(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "forged.json"
    path.write_text(json.dumps(sign(badge(), ATTACKER)))
    assert main(["verify", "--offline", "--json", *NOW, "--trust", ISSUER.did, str(path)]) == 1
    out = capsys.readouterr().out
    assert json.loads(out)["verdict"] == "invalid"
    assert _trust_row(out)["status"] == "skip"


# --- what works -----------------------------------------------------------------------------
def test_verify_with_and_without_trust(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "badge.json"
    path.write_text(json.dumps(badge()))
    assert main(["verify", "--offline", "--json", *NOW, str(path)]) == 0
    assert _trust_row(capsys.readouterr().out)["status"] == "warn"
    args = ["verify", "--offline", "--json", *NOW, "--trust", "did:example:other"]
    args += ["--trust", ISSUER.did]
    assert main([*args, str(path)]) == 0
    assert _trust_row(capsys.readouterr().out) == {
        "id": "trust",
        "status": "pass",
        "message": f"you trust the issuer {ISSUER.did}",
    }


def test_add_list_show_remove(vault: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = ["--vault", str(vault)]
    assert main([*base, "trust", "list"]) == 0
    assert "you trust no issuers yet" in capsys.readouterr().out
    assert main([*base, "trust", "add", ISSUER.did, "--name", "Example College"]) == 0
    assert capsys.readouterr().out.startswith(
        f"you trust the issuer Example College ({ISSUER.did}) since "
    )
    assert main(["trust", "list", "--json", "--vault", str(vault)]) == 0
    row = json.loads(capsys.readouterr().out)
    assert (row["id"], row["name"]) == (ISSUER.did, "Example College")
    assert main([*base, "list"]) == 0
    cid = capsys.readouterr().out.split()[0]
    assert main([*base, "show", cid]) == 0
    assert "ok  trust     you trust the issuer Example College" in capsys.readouterr().out
    assert main([*base, "trust", "remove", ISSUER.did]) == 0
    assert main([*base, "show", cid]) == 0
    assert "warn  trust     the issuer" in capsys.readouterr().out
