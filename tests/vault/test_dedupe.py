"""Two copies of one credential that differ are both kept (issue 9): a forged copy imported first
never makes the genuine one "already in your wallet", and the learner is told about the other."""

from __future__ import annotations

import json

import pytest

from tests.verify.hostile import ISSUER, badge
from wallet.service import ImportItem, ImportStatus, WalletService
from wallet.verify import Verdict


def _copies() -> tuple[bytes, bytes]:
    genuine = badge(ISSUER)
    forged = json.loads(json.dumps(genuine))
    forged["credentialSubject"]["achievement"]["name"] = "Doctor of Medicine"
    return json.dumps(genuine).encode(), json.dumps(forged).encode()


@pytest.mark.parametrize("forged_first", [True, False], ids=["forged-first", "genuine-first"])
def test_a_forged_copy_never_hides_the_genuine_one(
    service: WalletService, forged_first: bool
) -> None:
    genuine, forged = _copies()
    order = [("forged", forged), ("genuine", genuine)]
    if not forged_first:
        order.reverse()
    first, second = (service.import_bytes(data, name) for name, data in order)
    assert first.status is second.status is ImportStatus.IMPORTED
    assert first.credential_id != second.credential_id
    assert "already holds another copy of this credential" in second.reason
    assert str(first.credential_id) in second.reason
    verdicts = {o.name: o.verdict for o in (first, second)}
    assert verdicts == {"genuine": Verdict.VALID, "forged": Verdict.INVALID}
    shown = {s.id: s.name for s in service.list_credentials()}
    genuine_id = first.credential_id if order[0][0] == "genuine" else second.credential_id
    assert shown[genuine_id] == "Intro to Python"


def test_two_copies_in_one_batch_are_both_kept(service: WalletService) -> None:
    genuine, forged = _copies()
    outcomes = service.import_many([ImportItem("f", forged), ImportItem("g", genuine)])
    assert [o.status for o in outcomes] == [ImportStatus.IMPORTED, ImportStatus.IMPORTED]
    assert [o.verdict for o in outcomes] == [Verdict.INVALID, Verdict.VALID]


def test_the_same_bytes_twice_are_one_credential(service: WalletService) -> None:
    genuine, _ = _copies()
    service.import_bytes(genuine, "a")
    again = service.import_bytes(json.dumps(json.loads(genuine), indent=2).encode(), "b")
    assert again.status is ImportStatus.ALREADY_THERE


# --- alias forgeries: the same statements, other JSON (issue 9 family 1) -----------------------
def _aliases() -> dict[str, dict[str, object]]:
    """Copies of the genuine badge whose signature still verifies (their statements are the
    same), written with ``@id`` for ``id`` or a date under its full IRI: each fails ``format``."""
    from tests.verify import forgery

    genuine = badge(ISSUER)
    return {"at-id": forgery.with_at_id(genuine), "full-iri": forgery.alias_as_full_iri(genuine)}


@pytest.mark.parametrize("alias", ["at-id", "full-iri"])
def test_an_alias_forgery_after_the_genuine_one_is_kept_beside_it(
    service: WalletService, alias: str
) -> None:
    genuine = badge(ISSUER)
    original = json.dumps(genuine).encode()
    first = service.import_bytes(original, "genuine")
    second = service.import_bytes(json.dumps(_aliases()[alias]).encode(), "alias")
    assert (first.status, first.verdict) == (ImportStatus.IMPORTED, Verdict.VALID)
    assert (second.status, second.verdict) == (ImportStatus.IMPORTED, Verdict.INVALID)
    assert second.credential_id != first.credential_id
    assert "already holds another copy of this credential" in second.reason
    assert str(first.credential_id) in second.reason
    # The genuine one is untouched: the same bytes, still valid, still shown as it was signed.
    kept = service.get(first.credential_id)
    assert kept.original == original
    assert kept.summary.verdict is Verdict.VALID
    assert kept.summary.name == "Intro to Python"
    assert {s.id for s in service.list_credentials()} == {
        first.credential_id,
        second.credential_id,
    }


@pytest.mark.parametrize("alias", ["at-id", "full-iri"])
def test_an_alias_forgery_imported_first_does_not_keep_the_genuine_one_out(
    service: WalletService, alias: str
) -> None:
    forged = service.import_bytes(json.dumps(_aliases()[alias]).encode(), "alias")
    genuine = service.import_bytes(json.dumps(badge(ISSUER)).encode(), "genuine")
    assert forged.verdict is Verdict.INVALID
    assert (genuine.status, genuine.verdict) == (ImportStatus.IMPORTED, Verdict.VALID)
    assert genuine.credential_id != forged.credential_id
    assert "already holds another copy of this credential" in genuine.reason
    verdicts = {s.id: s.verdict for s in service.list_credentials()}
    assert verdicts == {forged.credential_id: Verdict.INVALID, genuine.credential_id: Verdict.VALID}
