"""Our QR code *images*, read as a verifier's phone reads them: the PNG that ``learner-wallet
present --format qr-png`` writes and the code the app draws on screen are scanned with zxing-cpp,
the text is decoded by DCC ``vpqr`` with the DCC document loader (as Learner Credential Wallet and
VerifierPlus do), and ``@digitalcredentials/verifier-core`` (VerifierPlus) checks the result.

Nothing here reads our own QR or CBOR-LD code back: the scan, the decoding and the verdict all
come from other implementations.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import zxingcpp
from PIL import Image

from tests.interop.conftest import DccStack
from tests.ui.conftest import PASSPHRASE, access, keyring, window  # noqa: F401  (app fixtures)
from tests.vault.conftest import NoKeyring
from wallet.cli import main
from wallet.demo import DemoIssuer
from wallet.service import WalletService
from wallet.vault.kdf import TEST_COST

CHALLENGE = "qr-image-interop"
TIMEOUT = 60_000


def scan(png: bytes) -> str:
    """The text of the one QR code in ``png``, as zxing-cpp reads it."""
    image = Image.open(io.BytesIO(png)).convert("L")
    codes = zxingcpp.read_barcodes(
        image, formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)
    )
    assert len(codes) == 1, f"{len(codes)} QR codes found"
    return str(codes[0].text)


def assert_verifier_plus_accepts(dcc: DccStack, texts: list[str]) -> list[dict[str, Any]]:
    """Decode each scanned text with vpqr and verify it with verifier-core; the presentations."""
    decoded = [d["vp"] for d in dcc.run("vpqr-decode", [{"payload": t} for t in texts])]
    results = dcc.run(
        "verify-core", [{"presentation": vp, "challenge": CHALLENGE} for vp in decoded]
    )
    for vp, result in zip(decoded, results, strict=True):
        assert "errors" not in result, result
        assert result["signature"] == "valid", result
        assert result["presentationErrors"] == [], result
        (credential,) = result["credentials"]
        assert credential["errors"] == [], credential
        steps = {step["id"]: step["valid"] for step in credential["log"]}
        assert steps["valid_signature"] is True, credential
        assert steps["expiration"] is True, credential
        assert vp["proof"]["proofPurpose"] == "assertionMethod"
    return decoded


@pytest.fixture
def vault(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Path, list[str]]]:
    """A vault holding one VC 2.0 (eddsa-rdfc-2022) and one VC 1.1 (Ed25519Signature2020) badge."""
    monkeypatch.setenv("LEARNER_WALLET_PASSPHRASE", PASSPHRASE)
    path = tmp_path / "w.vault"
    issuer = DemoIssuer()
    service = WalletService.create(
        path, PASSPHRASE, kdf_cost=TEST_COST, keyring=NoKeyring(), workers=1
    )
    ids = []
    for suite in ("eddsa-rdfc-2022", "Ed25519Signature2020"):
        credential = issuer.achievement_credential(f"Forklift Safety {suite}", suite=suite)
        outcome = service.import_bytes(json.dumps(credential).encode(), "c.json")
        assert outcome.credential_id is not None
        ids.append(outcome.credential_id)
    service.close()
    yield path, ids


def test_the_qr_png_the_command_line_writes_is_read_and_accepted_by_verifier_plus(
    dcc: DccStack, vault: tuple[Path, list[str]], tmp_path: Path
) -> None:
    path, ids = vault
    texts = []
    for index, credential_id in enumerate(ids):
        out = tmp_path / f"qr-{index}.png"
        argv = ["--vault", str(path), "present", credential_id, "--format", "qr-png"]
        assert main([*argv, "--challenge", CHALLENGE, "--out", str(out)]) == 0
        texts.append(scan(out.read_bytes()))
    assert all(t.startswith("VP1-B") for t in texts)
    decoded = assert_verifier_plus_accepts(dcc, texts)
    suites = [vp["proof"].get("cryptosuite") or vp["proof"]["type"] for vp in decoded]
    assert suites == ["eddsa-rdfc-2022", "Ed25519Signature2020"]
    names = [vp["verifiableCredential"][0]["name"] for vp in decoded]
    assert names == ["Forklift Safety eddsa-rdfc-2022", "Forklift Safety Ed25519Signature2020"]


def test_the_qr_code_the_app_draws_is_read_and_accepted_by_verifier_plus(
    dcc: DccStack,
    window,  # noqa: F811  (the imported fixture)
    qtbot,
) -> None:
    from PySide6.QtCore import QBuffer, QIODevice

    from ui.share.presenting import ShareFormat
    from wallet.present.presentation import Purpose

    window.imports.show_report = False
    window.start_page.create_wallet(PASSPHRASE)
    qtbot.waitUntil(lambda: window.state.is_unlocked, timeout=TIMEOUT)
    window.imports.add_samples()
    qtbot.waitUntil(lambda: window.state.library.total() == 5, timeout=TIMEOUT)
    chosen = next(str(s.id) for s in window.state.library.summaries() if "SQL" in s.name)
    window.share([chosen])
    dialog = window.share_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.prepared is not None, timeout=TIMEOUT)
    dialog.format.setCurrentIndex(dialog.format.findData(ShareFormat.QR))
    dialog.purpose.setCurrentIndex(dialog.purpose.findData(Purpose.ASSERTION_METHOD))
    dialog.challenge.setText(CHALLENGE)
    dialog.share()
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1, timeout=TIMEOUT)
    assert dialog.qr_view.code is not None

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert dialog.qr_view.grab().save(buffer, "PNG")  # the pixels on screen
    (vp,) = assert_verifier_plus_accepts(dcc, [scan(bytes(buffer.data()))])
    assert "SQL" in json.dumps(vp["verifiableCredential"][0])
