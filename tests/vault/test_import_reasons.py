"""An import says why a credential it stored is not valid (the app's import report showed
"imported" beside "Imported" for forged and unverifiable ones alike)."""

from __future__ import annotations

import json

from tests.verify.hostile import ISSUER, badge
from wallet.service import ImportStatus, WalletService
from wallet.verify import Verdict


def test_a_valid_import_says_imported_and_a_forged_one_says_which_check_failed(
    service: WalletService,
) -> None:
    genuine = badge(ISSUER)
    forged = json.loads(json.dumps(genuine))
    forged["credentialSubject"]["achievement"]["name"] = "Doctor of Medicine"
    good = service.import_bytes(json.dumps(genuine).encode(), "genuine.json")
    bad = service.import_bytes(json.dumps(forged).encode(), "forged.json")
    assert (good.status, good.verdict, good.reason) == (
        ImportStatus.IMPORTED,
        Verdict.VALID,
        "imported",
    )
    assert bad.status is ImportStatus.IMPORTED and bad.verdict is Verdict.INVALID
    assert bad.reason.startswith("imported; ")
    assert bad.credential_id is not None
    report = service.get(bad.credential_id).report
    signature = next(c for c in report.checks if c.id == "signature")
    assert bad.reason.startswith(f"imported; {signature.message}")  # then the other copy
