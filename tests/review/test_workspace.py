"""Workspaces: one encrypted file per learner (the vault's technology), originals read-only,
notes never lost, the start page's cards from the keyring, apart from any wallet."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.conftest import MemoryKeyring
from wallet.errors import VaultInUse, WrongPassphrase
from wallet.review.desk import ReviewDesk
from wallet.review.portfolio import PortfolioFile, verify_portfolio
from wallet.review.sample import SamplePortfolio
from wallet.review.workspace import Workspace, item_key
from wallet.vault.kdf import TEST_COST
from wallet.verify import VerifyOptions

PASS = "a workspace passphrase"


@pytest.fixture
def desk(tmp_path: Path) -> ReviewDesk:
    return ReviewDesk(tmp_path / "review", keyring=MemoryKeyring(), kdf_cost=TEST_COST)


def test_originals_are_kept_byte_for_byte_once_and_encrypted(
    desk: ReviewDesk, portfolio: SamplePortfolio
) -> None:
    files = [PortfolioFile(n, d) for n, d in portfolio.files() + portfolio.loose_files()]
    with desk.create("Ada Lovelace", PASS) as workspace:
        outcomes = workspace.add_files(files)
        again = workspace.add_files(files[:2])
        path = workspace.path
    assert all(o.added for o in outcomes) and not any(o.added for o in again)
    raw = path.read_bytes()
    assert b"Ada Lovelace" not in raw and b"Data Analysis" not in raw and b"did:key" not in raw
    with desk.open(path) as workspace:
        with pytest.raises(WrongPassphrase):
            workspace.unlock("not it")
        workspace.unlock(PASS)
        assert [(f.name, f.data) for f in workspace.files()] == [(f.name, f.data) for f in files]
        assert workspace.card().learner == "Ada Lovelace"


def test_notes_survive_closing_and_are_per_credential_and_per_portfolio(
    desk: ReviewDesk, portfolio: SamplePortfolio
) -> None:
    files = [PortfolioFile(n, d) for n, d in portfolio.files()]
    with desk.create("Ada Lovelace", PASS) as workspace:
        workspace.add_files(files)
        review = verify_portfolio(workspace.files(), VerifyOptions())
        ids = workspace.file_ids()
        keys = [item_key(i, ids) for i in review.items]
        workspace.set_note(keys[2], "Ask for the renewed first aid certificate.")
        workspace.set_portfolio_note("Strong data skills; leadership badge is someone else's.")
        path = workspace.path
    with desk.open(path) as workspace:
        workspace.unlock(PASS)
        review = verify_portfolio(workspace.files(), VerifyOptions())
        keys = [item_key(i, workspace.file_ids()) for i in review.items]
        assert workspace.note(keys[2]) == "Ask for the renewed first aid certificate."
        assert workspace.note(keys[1]) == ""
        assert "someone else's" in workspace.portfolio_note
        workspace.set_note(keys[2], "")
        assert keys[2] not in workspace.notes()


def test_the_desk_lists_remembered_workspaces_by_name_and_locked_ones_plainly(
    desk: ReviewDesk, portfolio: SamplePortfolio
) -> None:
    with desk.create("Ada Lovelace", PASS, remember=True) as ada:
        ada.add_files([PortfolioFile(n, d) for n, d in portfolio.files()])
        ada.record_review(verify_portfolio(ada.files(), VerifyOptions()))
    with desk.create("Grace Hopper", "another passphrase"):
        pass
    entries = desk.entries()
    assert len(entries) == 2
    named = [e for e in entries if not e.locked]
    assert [e.card.learner for e in named if e.card] == ["Ada Lovelace"]
    card = named[0].card
    assert card is not None and card.summary["valid"] == 3 and card.inputs == 1
    locked = [e for e in entries if e.locked]
    assert len(locked) == 1 and locked[0].problem == ""
    # Listing released every file: each opens again.
    for entry in entries:
        desk.open(entry.path).close()


def test_a_workspace_is_held_by_one_process_and_apart_from_the_wallet(
    desk: ReviewDesk, tmp_path: Path
) -> None:
    with desk.create("Ada Lovelace", PASS) as workspace:
        with pytest.raises(VaultInUse):
            Workspace.open(workspace.path)
        assert workspace.path.parent == tmp_path / "review"
        assert workspace.path.suffix == ".review"
    assert not (tmp_path / "wallet.vault").exists()


def test_a_learner_needs_a_name(desk: ReviewDesk) -> None:
    with pytest.raises(ValueError):
        desk.create("   ", PASS)
    assert desk.paths() == []
