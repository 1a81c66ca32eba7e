"""A bug that one input triggers never stops the others (issue 9): ``verify A B C`` reports A and
C and names B; an import stores the good inputs and rejects the one with a reason."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.vault.conftest import PASS, NoKeyring
from tests.verify.hostile import ATTACKER, ISSUER, NOW, badge
from wallet import cli
from wallet.commands import verify as verify_command
from wallet.service import ImportItem, ImportStatus, WalletService
from wallet.vault import verifying
from wallet.vault.kdf import TEST_COST

TRIGGER = "urn:uuid:trigger-the-bug"


def _with_bug(real: Any) -> Any:
    """``real``, except that it fails as a bug would for the credential named TRIGGER."""

    def buggy(first: Any, *rest: Any, **options: Any) -> Any:
        if TRIGGER.encode() in (first if isinstance(first, bytes) else repr(first).encode()):
            raise ZeroDivisionError("division by zero")
        return real(first, *rest, **options)

    return buggy


def _inputs(tmp_path: Path) -> list[Path]:
    documents = [badge(ISSUER), {**badge(ISSUER), "id": TRIGGER}, badge(ATTACKER)]
    paths = []
    for n, document in enumerate(documents):
        paths.append(tmp_path / f"{'abc'[n]}.json")
        paths[-1].write_text(json.dumps(document))
    return paths


def test_verify_reports_the_others_and_names_the_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(
        verify_command, "verify_unpacked", _with_bug(verify_command.verify_unpacked)
    )
    monkeypatch.delenv("LEARNER_WALLET_DEBUG", raising=False)
    a, b, c = _inputs(tmp_path)
    argv = ["verify", "--offline", "--json", "--now", NOW.isoformat(), str(a), str(b), str(c)]
    assert cli.main(argv) == 2  # one input could not be checked
    out, err = capsys.readouterr()
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line["input"] for line in lines] == [str(a), str(c)]
    assert [line["verdict"] for line in lines] == ["valid", "valid"]
    assert f"{b}: unexpected error (ZeroDivisionError)" in err
    assert "the other inputs are still checked" in err and "Traceback" not in err


def test_import_stores_the_others_and_rejects_the_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(verifying, "verify_input", _with_bug(verifying.verify_input))
    monkeypatch.delenv("LEARNER_WALLET_DEBUG", raising=False)
    items = [ImportItem(p.name, p.read_bytes()) for p in _inputs(tmp_path)]
    with WalletService.create(tmp_path / "w.vault", PASS, kdf_cost=TEST_COST,
                              keyring=NoKeyring(), workers=1) as svc:  # fmt: skip
        outcomes = svc.import_many(items)
        assert [o.status for o in outcomes] == [
            ImportStatus.IMPORTED,
            ImportStatus.REJECTED,
            ImportStatus.IMPORTED,
        ]
        assert "unexpected error while checking it (ZeroDivisionError)" in outcomes[1].reason
        assert len(svc.list_credentials()) == 2
