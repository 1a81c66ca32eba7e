"""Rollback (issue 11): a record swapped for an older copy of itself, a record removed or brought
back, or the header rolled back alone, is "the vault was changed outside Learner Wallet". A whole
file replaced by an older copy is not detectable without state kept elsewhere; a test says so."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.vault.conftest import PASS, NoKeyring, open_vault
from tests.verify.hostile import ATTACKER, ISSUER, badge
from wallet.errors import VaultChangedOutside, VaultCorrupted
from wallet.service import WalletService
from wallet.vault.kdf import TEST_COST
from wallet.vault.schema import FORMAT_VERSION

TABLES = ("credentials", "reports", "images", "tags", "notes", "collections", "settings",
          "holder_keys", "shares", "signature_cache")  # fmt: skip
INDEX = ("index_generation", "index_accumulator", "index_mac")


def _rows(path: Path) -> dict[tuple[str, str], tuple[object, ...]]:
    with sqlite3.connect(path) as conn:
        found = {}
        for table in TABLES:
            for row in conn.execute(f"SELECT * FROM {table}"):
                found[(table, str(row[0]))] = tuple(row)
        for name, value in conn.execute("SELECT name, value FROM meta"):
            found[("meta", str(name))] = (name, value)
    conn.close()
    return found


def _put_back(path: Path, key: tuple[str, str], row: tuple[object, ...] | None) -> None:
    """Make ``path`` hold ``row`` for ``key`` (None: no such row), behind the wallet's back."""
    table, rid = key
    with sqlite3.connect(path) as conn:
        column = "name" if table == "meta" else "id"
        conn.execute(f"DELETE FROM {table} WHERE {column} = ?", (rid,))
        if row is not None:
            marks = ", ".join("?" * len(row))
            conn.execute(f"INSERT INTO {table} VALUES ({marks})", row)
    conn.close()


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """An old and a new copy of one vault: between them the learner stopped trusting an
    issuer, removed a credential, retagged one and changed a note."""
    folder = tmp_path_factory.mktemp("history")
    path = folder / "w.vault"
    with WalletService.create(path, PASS, kdf_cost=TEST_COST, keyring=NoKeyring(),
                              workers=1) as svc:  # fmt: skip
        files = [json.dumps(badge(issuer)).encode() for issuer in (ISSUER, ATTACKER)]
        ids = [svc.import_bytes(data).credential_id for data in files]
        svc.trust_issuer(ISSUER.did, "Example College")
        svc.trust_issuer(ATTACKER.did, "Mallory (compromised)")
        svc.set_tags(ids[0], ["old tag"])  # type: ignore[arg-type]
        svc.set_note(ids[0], "old note")  # type: ignore[arg-type]
    old = folder / "old.vault"
    shutil.copy(path, old)
    with open_vault(path) as svc:
        svc.distrust_issuer(ATTACKER.did)
        svc.remove(ids[1])  # type: ignore[arg-type]
        svc.set_tags(ids[0], ["new tag"])  # type: ignore[arg-type]
        svc.set_note(ids[0], "new note")  # type: ignore[arg-type]
    return old, path


def _copy(history: tuple[Path, Path], tmp_path: Path) -> tuple[dict, dict, Path]:  # type: ignore[type-arg]
    old, new = history
    target = tmp_path / "w.vault"
    shutil.copy(new, target)
    return _rows(old), _rows(new), target


def test_the_trusted_issuer_list_rolled_back_is_changed_outside(
    history: tuple[Path, Path], tmp_path: Path
) -> None:
    """The issue's case: the list from before the learner removed a compromised issuer."""
    old, new, target = _copy(history, tmp_path)
    changed = [k for k in old if k[0] == "settings" and old[k] != new.get(k)]
    assert len(changed) == 1
    _put_back(target, changed[0], old[changed[0]])
    with pytest.raises(VaultChangedOutside, match="the vault was changed outside Learner Wallet"):
        open_vault(target)


def test_the_header_rolled_back_alone_is_changed_outside(
    history: tuple[Path, Path], tmp_path: Path
) -> None:
    old, _, target = _copy(history, tmp_path)
    for name in INDEX:
        _put_back(target, ("meta", name), old[("meta", name)])
    with pytest.raises(VaultChangedOutside, match="header was rolled back"):
        open_vault(target)


@pytest.mark.parametrize("what", ["removed credential brought back", "credential removed",
                                  "note rolled back", "tags rolled back"])  # fmt: skip
def test_each_kind_of_record_rollback_is_changed_outside(
    history: tuple[Path, Path], tmp_path: Path, what: str
) -> None:
    old, new, target = _copy(history, tmp_path)
    if what == "removed credential brought back":
        key = next(k for k in old if k[0] == "credentials" and k not in new)
        _put_back(target, key, old[key])
    elif what == "credential removed":
        key = next(k for k in new if k[0] == "credentials")
        _put_back(target, key, None)
    else:
        table = "notes" if what.startswith("note") else "tags"
        key = next(k for k in old if k[0] == table and old[k] != new.get(k))
        _put_back(target, key, old[key])
    with pytest.raises(VaultChangedOutside):
        open_vault(target)


def test_an_old_record_given_the_current_version_number_fails_its_own_tag(
    history: tuple[Path, Path], tmp_path: Path
) -> None:
    old, new, target = _copy(history, tmp_path)
    key = next(k for k in old if k[0] == "notes" and old[k] != new.get(k))
    rid, blob, _ = old[key]
    _put_back(target, key, (rid, blob, new[key][2]))  # the index still matches
    with open_vault(target) as svc, pytest.raises(VaultCorrupted) as caught:
        svc.note(rid)  # type: ignore[arg-type]
    assert caught.value.record == rid


def test_a_whole_file_rollback_is_not_detected(history: tuple[Path, Path], tmp_path: Path) -> None:
    """The documented limit: every record and the header from one older copy was a genuine
    state once. Telling it from today's needs state outside the file, which is not kept."""
    old, _ = history
    target = tmp_path / "w.vault"
    shutil.copy(old, target)
    with open_vault(target) as svc:
        assert {t.id for t in svc.trusted_issuers()} == {ISSUER.did, ATTACKER.did}


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.data())
def test_property_any_mix_of_old_and_new_rows_opens_only_when_it_is_the_new_state(
    history: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    old_path, new_path = history
    old, new = _rows(old_path), _rows(new_path)
    differing = sorted(k for k in {*old, *new} if old.get(k) != new.get(k))
    chosen = data.draw(st.lists(st.sampled_from(differing), unique=True, max_size=len(differing)))
    target = tmp_path_factory.mktemp("mix") / "w.vault"
    shutil.copy(new_path, target)
    for key in chosen:
        _put_back(target, key, old.get(key))
    if not chosen or set(chosen) == set(differing):  # the new state, or the old one whole
        expected = {ISSUER.did} | ({ATTACKER.did} if chosen else set())
        with open_vault(target) as svc:
            assert {t.id for t in svc.trusted_issuers()} == expected
        return
    # Every row that differs does so in its version (versions only grow), so any other mix of
    # old and new is caught at unlock, before anything is shown.
    with pytest.raises(VaultChangedOutside):
        open_vault(target)


@pytest.mark.parametrize("version", [1, 2])
def test_an_older_vault_migrates_to_versioned_records(tmp_path: Path, version: int) -> None:
    target = tmp_path / "old.vault"
    shutil.copy(Path(__file__).parent / "golden" / f"vault-v{version}.vault", target)
    open_vault(target, "golden passphrase").close()
    rows = _rows(target)
    assert rows[("meta", "format_version")][1] == str(FORMAT_VERSION).encode()
    records = [r for k, r in rows.items() if k[0] != "meta"]
    blobs = [v for r in records for v in r if isinstance(v, bytes)]
    assert blobs and all(blob[:1] == b"\x02" for blob in blobs)
    key = next(k for k in rows if k[0] == "settings")
    _put_back(target, key, None)
    with pytest.raises(VaultChangedOutside):
        open_vault(target, "golden passphrase")
