"""A bad file among good ones (issue 11): every good input is stored, each bad one is rejected
with its reason, and a hostile one costs no more than its bounds."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from PIL import Image

from tests.formats.hostile_pdf import double_flate, literal, pack
from tests.vault.conftest import PASS, NoKeyring, open_vault
from tests.verify.hostile import ATTACKER, ISSUER, badge
from wallet.cli import main
from wallet.service import ImportItem, ImportStatus, WalletService
from wallet.vault.kdf import TEST_COST


def _bomb_pdf() -> bytes:
    """2,000 double-Flate attachments of 3 MB each, none of them a presentation."""
    body = double_flate(bytes(3 * 1024 * 1024))
    objects = {
        1: b"<< /Type /Catalog /Pages 2 0 R /Names 3 0 R >>",
        2: b"<< /Type /Pages /Count 0 /Kids [] >>",
        3: b"<< /EmbeddedFiles 4 0 R >>",
    }
    names = bytearray()
    for n in range(2000):
        objects[10 + 2 * n] = b"<< /EF << /F %d 0 R >> >>" % (11 + 2 * n)
        objects[11 + 2 * n] = body
        names += literal(f"c{n}.json") + b" %d 0 R " % (10 + 2 * n)
    objects[4] = b"<< /Names [ " + bytes(names) + b"] >>"
    return pack(objects, 1)


def _inputs() -> list[tuple[str, bytes, str | None]]:
    """(name, bytes, the reason it is rejected, or None when it is stored)."""
    blank = io.BytesIO()
    Image.new("L", (300, 300), 255).save(blank, "PNG")
    return [
        ("good-1.json", json.dumps(badge(ISSUER)).encode(), None),
        ("truncated.json", json.dumps(badge(ISSUER))[:200].encode(), "JSON"),
        ("bomb.pdf", _bomb_pdf(), "no signed presentation attached"),
        ("blank.png", blank.getvalue(), "no QR code"),
        ("good-2.json", json.dumps(badge(ATTACKER)).encode(), None),
        ("garbage.bin", b"\x00\x01 not anything", "not"),
    ]


def test_import_many_stores_every_good_input_and_says_why_each_bad_one_is_not(
    tmp_path: Path,
) -> None:
    inputs = _inputs()
    with WalletService.create(tmp_path / "w.vault", PASS, kdf_cost=TEST_COST,
                              keyring=NoKeyring(), workers=1) as svc:  # fmt: skip
        outcomes = svc.import_many([ImportItem(name, data) for name, data, _ in inputs])
        assert [o.name for o in outcomes] == [name for name, _, _ in inputs]
        for outcome, (_, _, reason) in zip(outcomes, inputs, strict=True):
            if reason is None:
                assert outcome.status is ImportStatus.IMPORTED, outcome
            else:
                assert outcome.status is ImportStatus.REJECTED, outcome
                assert reason.casefold() in outcome.reason.casefold(), outcome.reason
        assert len(svc.list_credentials()) == 2
    with open_vault(tmp_path / "w.vault") as again:  # durably, and nothing damaged
        assert len(again.list_credentials()) == 2 and again.damaged() == []


def test_the_import_command_prints_one_line_per_input_and_exits_2_for_a_missing_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LEARNER_WALLET_PASSPHRASE", PASS)
    vault = tmp_path / "w.vault"
    WalletService.create(vault, PASS, kdf_cost=TEST_COST, keyring=NoKeyring()).close()
    paths = []
    for name, data, _ in _inputs():
        (tmp_path / name).write_bytes(data)
        paths.append(str(tmp_path / name))
    missing = str(tmp_path / "missing.json")
    # Unreadable input is exit status 2, said as `verify` says it (issue 13).
    assert main(["--vault", str(vault), "import", *paths, missing]) == 2
    captured = capsys.readouterr()
    assert captured.err.splitlines() == [f"learner-wallet: {missing}: no such file"]
    lines = captured.out.splitlines()
    by_name = {line.split(": ", 1)[0]: line for line in lines}
    assert sorted(by_name) == sorted(paths)
    for path, (_, _, reason) in zip(paths, _inputs(), strict=True):
        assert ("rejected" in by_name[path]) is (reason is not None), by_name[path]
        assert "imported as" in by_name[path] or reason is not None
