"""``learner-wallet holder`` and ``present``: a real vault, every format, refusals with reasons."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.vault.conftest import NoKeyring
from wallet.cli import main
from wallet.demo import DemoIssuer
from wallet.present.holder import HolderKeyring, ServiceKeySlot
from wallet.service import WalletService
from wallet.vault.kdf import TEST_COST
from wallet.verify import Verdict, VerifyOptions, verify_input

PASS = "correct horse battery staple"


@pytest.fixture
def vault(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Path, list[str]]]:
    monkeypatch.setenv("LEARNER_WALLET_PASSPHRASE", PASS)
    path = tmp_path / "w.vault"
    issuer = DemoIssuer()
    service = WalletService.create(path, PASS, kdf_cost=TEST_COST, keyring=NoKeyring(), workers=1)
    ids = []
    for credential in (
        issuer.achievement_credential("Teamwork", skills=("Collaboration",)),
        issuer.achievement_credential("Old Course", valid_until=datetime(2024, 6, 1, tzinfo=UTC)),
    ):
        outcome = service.import_bytes(json.dumps(credential).encode(), "c.json")
        assert outcome.credential_id is not None
        ids.append(outcome.credential_id)
    service.close()
    yield path, ids


def _holder(path: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> str:
    assert main(["--vault", str(path), "holder", *extra]) == 0
    return capsys.readouterr().out.strip()


def test_holder_is_made_once_and_rotation_keeps_the_old_did(
    vault: tuple[Path, list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = vault
    first = _holder(path, capsys)
    assert first.startswith("did:key:z6Mk")
    assert _holder(path, capsys) == first
    second = _holder(path, capsys, "--new")
    assert second != first
    listed = _holder(path, capsys, "--all")
    assert listed.splitlines()[0].startswith(first) and listed.splitlines()[1].startswith(second)
    with WalletService.open(path, kdf_cost=TEST_COST, keyring=NoKeyring()) as service:
        service.unlock(PASS)
        record = ServiceKeySlot(service).get_holder_key_record()
        assert record is not None and len(HolderKeyring.from_record(record).keys) == 2


def test_present_vp_with_challenge_and_domain(
    vault: tuple[Path, list[str]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, ids = vault
    out = tmp_path / "vp.json"
    argv = ["--vault", str(path), "present", ids[0], "--challenge", "c-1", "--domain", "hr.example"]
    assert main([*argv, "--out", str(out)]) == 0
    said = capsys.readouterr().out
    assert "challenge c-1" in said and "domain hr.example" in said
    options = VerifyOptions(challenge="c-1", domain="hr.example")
    report = verify_input(out.read_bytes(), options)
    assert report.kind == "presentation" and report.verdict is Verdict.VALID
    with WalletService.open(path, kdf_cost=TEST_COST, keyring=NoKeyring()) as service:
        service.unlock(PASS)
        (share,) = service.shares()
        assert share.credential_ids == (ids[0],)
        assert share.details["challenge"] == "c-1" and share.details["format"] == "vp"


def test_an_invalid_credential_is_refused_with_the_reason(
    vault: tuple[Path, list[str]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, ids = vault
    out = tmp_path / "vp.json"
    assert main(["--vault", str(path), "present", *ids, "--out", str(out)]) == 1
    said = capsys.readouterr().err
    assert "Old Course is expired" in said and "expired on 2024-06-01" in said
    assert "--allow-invalid" in said
    assert not out.exists()
    argv = ["--vault", str(path), "present", *ids, "--allow-invalid", "--out", str(out)]
    assert main(argv) == 0
    report = verify_input(out.read_bytes(), VerifyOptions())
    assert [c.verdict for c in report.credentials] == [Verdict.VALID, Verdict.EXPIRED]


def test_unknown_id_is_a_usage_error(
    vault: tuple[Path, list[str]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = vault
    assert main(["--vault", str(path), "present", "nope", "--out", str(tmp_path / "x")]) == 2
    assert "no credential nope" in capsys.readouterr().err


@pytest.mark.parametrize("fmt", ["vp-jwt", "qr-text", "qr-png"])
def test_other_formats(
    vault: tuple[Path, list[str]], tmp_path: Path, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path, ids = vault
    out = tmp_path / "out"
    argv = ["--vault", str(path), "present", ids[0], "--format", fmt, "--challenge", "c-2"]
    assert main([*argv, "--purpose", "assertionMethod", "--out", str(out)]) == 0
    data = out.read_bytes()
    if fmt == "qr-png":
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        assert "VP1- QR code (version" in capsys.readouterr().err
        return
    if fmt == "qr-text":
        assert data.startswith(b"VP1-B")
    report = verify_input(data.strip(), VerifyOptions(challenge="c-2"))
    if fmt == "vp-jwt":
        assert report.verdict is Verdict.VALID
    else:  # an assertionMethod presentation: its credentials verify; its purpose is reported
        assert [c.verdict for c in report.credentials] == [Verdict.VALID]


def test_pdf_format(vault: tuple[Path, list[str]], tmp_path: Path) -> None:
    path, ids = vault
    out = tmp_path / "pack.pdf"
    argv = ["--vault", str(path), "present", ids[0], "--format", "pdf", "--challenge", "c-3"]
    assert main([*argv, "--out", str(out)]) == 0
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert len(reader.pages) == 2
    presentation = reader.attachments["presentation.json"][0]
    report = verify_input(presentation, VerifyOptions(challenge="c-3"))
    assert report.verdict is Verdict.VALID


@pytest.mark.parametrize(
    ("fmt", "given", "expected"),
    [
        ("qr-text", None, "assertionMethod"),  # read by VerifierPlus / LCW (verifier-core)
        ("qr-text", "authentication", "authentication"),  # the learner's choice wins
        ("vp", None, "authentication"),
        ("vp", "assertionMethod", "assertionMethod"),
    ],
)
def test_the_default_purpose_follows_the_format(
    vault: tuple[Path, list[str]], tmp_path: Path, fmt: str, given: str | None, expected: str
) -> None:
    path, ids = vault
    out = tmp_path / "out"
    argv = ["--vault", str(path), "present", ids[0], "--format", fmt, "--out", str(out)]
    assert main([*argv, *(["--purpose", given] if given else [])]) == 0
    report = verify_input(out.read_bytes().strip(), VerifyOptions())
    source = report.source
    assert isinstance(source, dict)
    assert source["proof"]["proofPurpose"] == expected
    assert report.verdict is Verdict.VALID
