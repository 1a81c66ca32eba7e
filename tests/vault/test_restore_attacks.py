"""Restoring a backup made by someone else (issue 11): nothing in the file is believed that can be
checked instead, and nothing the learner has is replaced."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.vault.conftest import PASS, NoKeyring, open_vault
from tests.verify.hostile import ATTACKER, ISSUER, badge
from wallet.cli import main
from wallet.errors import VaultCorrupted
from wallet.present.holder import HolderKeyring, ServiceKeySlot, ensure_holder
from wallet.service import WalletService
from wallet.vault.backup import seal_backup
from wallet.vault.codec import checks_to_json, dumps
from wallet.vault.kdf import TEST_COST
from wallet.vault.sigcache import cache_mac_key, open_entries, seal_entries
from wallet.vault.trusted import SETTING
from wallet.verify import Check, Status, Verdict
from wallet.verify.cache import STATIC_CHECKS, cache_key

BACKUP_PASS = "someone else's backup"
WHEN = datetime(2025, 3, 4, tzinfo=UTC)
OPTIONS = {"kdf_cost": TEST_COST, "keyring": NoKeyring(), "workers": 1}


def _forged() -> tuple[dict[str, object], bytes]:
    """A credential whose signature no longer holds: "Brain Surgery" over a Teamwork badge."""
    document = badge()
    document["name"] = "Doctor of Medicine"
    return document, json.dumps(document).encode()


def _all_pass() -> tuple[Check, ...]:
    return tuple(Check(c, Status.PASS, "planted", "pass") for c in sorted(STATIC_CHECKS))


def _hand_made_backup(tmp_path: Path, document: dict[str, object], original: bytes) -> Path:
    """A format-1 backup as an attacker would write it: a VALID report and a signature-cache
    entry under the document's public cache key, saying every static check passed."""
    planted = {"kind": "credential", "verdict": "valid", "label": "Valid", "credentials": [],
               "checks": [[c.id, "pass", "planted", "pass"] for c in _all_pass()]}  # fmt: skip
    payload = {
        "format": 1,
        "credentials": [
            {
                "id": "forged0000000001",
                "original": base64.b64encode(original).decode(),
                "added": WHEN.isoformat(),
                "reports": [{"at": WHEN.isoformat(), "report": planted}],
                "tags": ["medicine"],
                "note": "",
                "cache": [[cache_key(document).hex(), checks_to_json(_all_pass())]],
            }
        ],
        "collections": [],
        "settings": {},
        "holder_keys": {},
        "shares": [],
    }
    path = tmp_path / "hand-made.lwb"
    path.write_bytes(seal_backup(payload, BACKUP_PASS, TEST_COST))
    return path


def _learner(tmp_path: Path, name: str = "mine.vault") -> WalletService:
    return WalletService.create(tmp_path / name, PASS, clock=lambda: WHEN, **OPTIONS)


@pytest.mark.parametrize("into", ["merge", "new"])
def test_a_planted_valid_report_and_cache_entry_are_not_believed(tmp_path: Path, into: str) -> None:
    document, original = _forged()
    backup = _hand_made_backup(tmp_path, document, original)
    if into == "merge":
        service = _learner(tmp_path)
        result = service.restore(backup, BACKUP_PASS)
    else:
        service, result = WalletService.restore_new(
            tmp_path / "new.vault", backup, BACKUP_PASS, PASS, **OPTIONS
        )
    with service:
        (cid,) = result.added
        assert result.verdicts == {cid: Verdict.INVALID}
        detail = service.get(cid)
        assert detail.summary.verdict is Verdict.INVALID
        assert detail.report.check("signature").status is Status.FAIL  # type: ignore[union-attr]
        assert all(c.message != "planted" for c in detail.report.checks)
        assert service.reverify_all() == {cid: "invalid"}  # and it stays so
        assert "planted" not in repr(service.catalog.cache_entries(cid))
        assert "added 1 credential, each verified again from its own bytes (1 invalid)" in (
            result.lines()
        )


def test_a_cache_entry_without_this_vaults_mac_is_ignored(tmp_path: Path) -> None:
    """Even inside the vault: an entry sealed under another key (any file, any other vault)
    is never read back, so the forged credential is verified again and fails."""
    document, original = _forged()
    with _learner(tmp_path) as service:
        cid = service.import_bytes(original).credential_id
        assert cid is not None
        foreign = seal_entries(b"\x07" * 32, ((cache_key(document), _all_pass()),))
        legacy = [[cache_key(document).hex(), checks_to_json(_all_pass())]]  # format-2 records
        for planted in (foreign, legacy):
            with service._store.transaction() as conn:
                service._store.put(conn, "signature_cache", cid, dumps(planted))
            assert service.catalog.cache_entries(cid) == ()
            assert service.reverify_all() == {cid: "invalid"}


@settings(max_examples=200, deadline=None)
@given(
    st.binary(min_size=32, max_size=32),
    st.lists(st.tuples(st.binary(min_size=1, max_size=40), st.text(max_size=20)), max_size=5),
    st.data(),
)
def test_property_only_entries_sealed_under_the_key_are_read(
    mac_key: bytes, raw: list[tuple[bytes, str]], data: st.DataObject
) -> None:
    entries = tuple((k, (Check("signature", Status.PASS, m, "pass"),)) for k, m in raw)
    sealed = seal_entries(mac_key, entries)
    assert open_entries(mac_key, sealed) == entries
    other = data.draw(st.binary(min_size=32, max_size=32).filter(lambda k: k != mac_key))
    assert open_entries(other, sealed) == ()
    if sealed:  # any change to a key or a check breaks its MAC
        mac, key_hex, value = sealed[0]
        bumped = [
            [mac, key_hex + "00", value],
            [mac, key_hex, [[*value[0][:2], value[0][2] + "!", "pass"]]],
        ]
        assert open_entries(mac_key, bumped) == ()
    junk = data.draw(st.recursive(st.none() | st.integers() | st.text(), st.lists, max_leaves=8))
    assert open_entries(mac_key, junk) == ()


def _ring(service: WalletService) -> HolderKeyring:
    return ensure_holder(ServiceKeySlot(service), lambda: WHEN)


def _someone_elses_backup(tmp_path: Path) -> tuple[Path, str, str]:
    """Another person's wallet: a credential, their own holder key, trust in ATTACKER."""
    with WalletService.create(tmp_path / "theirs.vault", "theirs", clock=lambda: WHEN,
                              **OPTIONS) as theirs:  # fmt: skip
        theirs.import_bytes(json.dumps(badge(ATTACKER)).encode())
        theirs.trust_issuer(ATTACKER.did, "Mallory")
        theirs.set_setting("auto_lock_minutes", 0)
        theirs.set_setting("their_only_setting", "x")
        did = _ring(theirs).current.did
        backup = tmp_path / "theirs.lwb"
        theirs.backup(backup, BACKUP_PASS)
    return backup, did, ATTACKER.did


def test_a_merge_keeps_the_learners_holder_key_trust_and_settings(tmp_path: Path) -> None:
    backup, their_did, their_issuer = _someone_elses_backup(tmp_path)
    with _learner(tmp_path) as service:
        service.import_bytes(json.dumps(badge(ISSUER)).encode())
        service.trust_issuer(ISSUER.did, "Example College")
        service.set_setting("auto_lock_minutes", 5)
        my_did = _ring(service).current.did
        result = service.restore(backup, BACKUP_PASS)
        ring = _ring(service)
        assert ring.current.did == my_did  # still signs as the learner
        assert [k.did for k in ring.keys] == [their_did, my_did]  # theirs kept, as an old key
        assert [t.id for t in service.trusted_issuers()] == [ISSUER.did]  # not applied
        assert [t.id for t in result.offered_issuers] == [their_issuer]
        assert service.setting("auto_lock_minutes") == 5
        assert service.setting(SETTING) == {ISSUER.did: service.setting(SETTING)[ISSUER.did]}
        assert result.holder_keys_added == (their_did,) and result.holder_adopted is None
        assert result.settings_added == ("their_only_setting",)
        assert result.settings_kept == ("auto_lock_minutes",)
        lines = result.lines()
        assert f"kept the backup's holder key {their_did} as an old key (not used to sign)" in lines
        assert any(line.startswith(f"the backup trusts Mallory ({their_issuer}); not applied")
                   for line in lines)  # fmt: skip
        assert "settings kept as they were: auto_lock_minutes" in lines
        again = service.restore(backup, BACKUP_PASS)  # nothing new the second time
        assert again.added == () and again.holder_keys_added == ()
        assert len(again.duplicates) == 1


def test_a_new_wallet_from_a_backup_speaks_as_its_owner_but_trusts_no_one(tmp_path: Path) -> None:
    backup, their_did, their_issuer = _someone_elses_backup(tmp_path)
    service, result = WalletService.restore_new(
        tmp_path / "new.vault", backup, BACKUP_PASS, PASS, **OPTIONS
    )
    with service:
        assert _ring(service).current.did == their_did == result.holder_adopted
        assert service.trusted_issuers() == []
        assert [t.id for t in result.offered_issuers] == [their_issuer]
        assert service.setting("auto_lock_minutes") == 0  # nothing of the learner's to keep


def test_the_restore_command_says_exactly_what_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    backup, their_did, their_issuer = _someone_elses_backup(tmp_path)
    _learner(tmp_path).close()
    monkeypatch.setenv("LEARNER_WALLET_PASSPHRASE", PASS)
    monkeypatch.setenv("LEARNER_WALLET_BACKUP_PASSPHRASE", BACKUP_PASS)
    vault = str(tmp_path / "mine.vault")
    assert main(["--vault", vault, "restore", str(backup)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("added 1 credential, each verified again from its own bytes")
    assert f"kept the backup's holder key {their_did} as an old key (not used to sign)" in out
    assert f"'learner-wallet trust add {their_issuer}' trusts it" in out[2]
    assert out[-1] == f"restored 1 credential into {vault}"


def test_one_unreadable_credential_in_a_backup_leaves_the_rest_restored(tmp_path: Path) -> None:
    inputs = [json.dumps(badge()).encode(), b"not a credential", b"[1, 2"]
    payload = {"format": 2, "collections": [], "settings": {}, "holder_keys": {}, "shares": [],
               "credentials": [{"id": f"c{n}", "original": base64.b64encode(data).decode(),
                                "added": WHEN.isoformat(), "tags": [], "note": ""}
                               for n, data in enumerate(inputs)]}  # fmt: skip
    backup = tmp_path / "mixed.lwb"
    backup.write_bytes(seal_backup(payload, BACKUP_PASS, TEST_COST))
    with _learner(tmp_path) as service:
        result = service.restore(backup, BACKUP_PASS)
        assert result.added == ("c0",)
        assert [cid for cid, _ in result.rejected] == ["c1", "c2"]
        assert all(reason for _, reason in result.rejected)
        assert [line.split(":")[0] for line in result.lines()[:2]] == ["c1", "c2"]
    assert WalletService.verify_backup(backup, BACKUP_PASS) == 3


def test_a_backup_whose_holder_key_is_not_one_we_write_changes_nothing(tmp_path: Path) -> None:
    payload = {"format": 2, "collections": [], "settings": {}, "shares": [],
               "holder_keys": {"holder": b"not a key ring".hex()},
               "credentials": [{"id": "c0", "original": base64.b64encode(json.dumps(badge())
                                .encode()).decode(), "added": WHEN.isoformat(), "tags": [],
                                "note": ""}]}  # fmt: skip
    backup = tmp_path / "bad-key.lwb"
    backup.write_bytes(seal_backup(payload, BACKUP_PASS, TEST_COST))
    with _learner(tmp_path) as service:
        before = service.holder_key("holder")
        with pytest.raises(VaultCorrupted, match="the backup's holder key cannot be used"):
            service.restore(backup, BACKUP_PASS)
        assert service.list_credentials() == [] and service.holder_key("holder") == before
    with open_vault(tmp_path / "mine.vault") as again:
        assert again.list_credentials() == []


def test_mac_keys_differ_between_vaults(tmp_path: Path) -> None:
    with _learner(tmp_path, "a.vault") as a, _learner(tmp_path, "b.vault") as b:
        assert cache_mac_key(a._store.data_key) != cache_mac_key(b._store.data_key)
