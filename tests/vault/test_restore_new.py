"""Restoring into a new vault is all or nothing: a wrong backup passphrase, a damaged backup,
malformed contents found half-way, or a disk failing at any write step leave no file behind;
only a complete restore appears at the target (``WalletService.restore_new``, CLI ``restore``)."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from tests.vault.conftest import PASS, NoKeyring, open_vault
from tests.vault.test_vault_faults import STEPS, FailingOps
from wallet.cli import main
from wallet.errors import VaultCorrupted, WrongPassphrase
from wallet.service import ImportItem, WalletService
from wallet.vault.backup import seal_backup
from wallet.vault.files import OsFileOps
from wallet.vault.kdf import TEST_COST

BACKUP_PASS = "backup pass"
OPTIONS = {"kdf_cost": TEST_COST, "keyring": NoKeyring(), "workers": 1}


@pytest.fixture
def backup(tmp_path: Path, badges: list[bytes]) -> Path:
    """A backup of three credentials, in a folder of its own."""
    folder = tmp_path / "backups"
    folder.mkdir()
    with WalletService.create(folder / "source.vault", PASS, **OPTIONS) as svc:
        svc.import_many([ImportItem(f"b{i}", b) for i, b in enumerate(badges[:3])])
        svc.backup(folder / "w.lwbackup", BACKUP_PASS)
    for path in folder.iterdir():
        if path.name != "w.lwbackup":
            path.unlink()
    return folder / "w.lwbackup"


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


def _left(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_wrong_backup_passphrase_leaves_nothing(backup: Path, home: Path) -> None:
    with pytest.raises(WrongPassphrase):
        WalletService.restore_new(home / "w.vault", backup, "not it", PASS, **OPTIONS)
    assert _left(home) == []


def test_a_damaged_backup_leaves_nothing(backup: Path, home: Path) -> None:
    data = bytearray(backup.read_bytes())
    data[-20] ^= 0x01  # in the ciphertext: the backup fails its integrity check
    backup.write_bytes(bytes(data))
    with pytest.raises(VaultCorrupted):
        WalletService.restore_new(home / "w.vault", backup, BACKUP_PASS, PASS, **OPTIONS)
    assert _left(home) == []


def test_contents_found_malformed_half_way_leave_nothing(tmp_path: Path, home: Path) -> None:
    # It decrypts, so the vault is already being built when the bad record is reached.
    source = tmp_path / "odd.lwbackup"
    payload = {"format": 1, "credentials": [{"id": "x", "original": "%%%"}]}
    source.write_bytes(seal_backup(payload, BACKUP_PASS, TEST_COST))
    with pytest.raises(VaultCorrupted):
        WalletService.restore_new(home / "w.vault", source, BACKUP_PASS, PASS, **OPTIONS)
    assert _left(home) == []


@pytest.mark.parametrize("step", STEPS)
def test_a_disk_failing_at_any_step_leaves_nothing(backup: Path, home: Path, step: str) -> None:
    ops = FailingOps(step, errno.ENOSPC)
    with pytest.raises(OSError):
        WalletService.restore_new(
            home / "w.vault", backup, BACKUP_PASS, PASS, **OPTIONS, file_ops=ops
        )
    assert _left(home) == []


class FailingMove(FailingOps):
    """Fails ``step`` only for the last move, the staged vault into its place."""

    def __init__(self, step: str, final: Path) -> None:
        super().__init__(step, errno.EIO)
        self.final = final

    def rename(self, source: Path, target: Path) -> None:
        if target == self.final:
            self._maybe("rename")
        OsFileOps().rename(source, target)

    def fsync_dir(self, folder: Path) -> None:
        if self.final.exists():  # only after the move
            self._maybe("fsync_dir")
        OsFileOps().fsync_dir(folder)


@pytest.mark.parametrize("step", ["rename", "fsync_dir"])
def test_a_failed_move_into_place_leaves_nothing(backup: Path, home: Path, step: str) -> None:
    ops = FailingMove(step, home / "w.vault")
    with pytest.raises(OSError):
        WalletService.restore_new(
            home / "w.vault", backup, BACKUP_PASS, PASS, **OPTIONS, file_ops=ops
        )
    assert _left(home) == []


def test_an_existing_file_is_never_replaced(backup: Path, home: Path) -> None:
    (home / "w.vault").write_bytes(b"someone's vault")
    with pytest.raises(FileExistsError):
        WalletService.restore_new(home / "w.vault", backup, BACKUP_PASS, PASS, **OPTIONS)
    assert _left(home) == ["w.vault"] and (home / "w.vault").read_bytes() == b"someone's vault"


def test_a_complete_restore_is_in_place_and_unlocked(backup: Path, home: Path) -> None:
    service, result = WalletService.restore_new(
        home / "w.vault", backup, BACKUP_PASS, "new pass", **OPTIONS
    )
    with service:
        assert service.unlocked and len(service.list_credentials()) == 3
        assert len(result.added) == 3 and result.duplicates == ()
        assert service.holder_key("holder") is not None
    assert not [name for name in _left(home) if name.startswith(".")]  # no staging file
    with open_vault(home / "w.vault", "new pass") as again:
        assert len(again.list_credentials()) == 3


def test_cli_restore_with_a_wrong_passphrase_makes_no_vault(
    backup: Path,
    home: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("LEARNER_WALLET_BACKUP_PASSPHRASE", "not it")
    monkeypatch.setenv("LEARNER_WALLET_PASSPHRASE", PASS)
    assert main(["--vault", str(home / "w.vault"), "restore", str(backup)]) == 2
    assert "passphrase" in capsys.readouterr().err
    assert _left(home) == []
    monkeypatch.setenv("LEARNER_WALLET_BACKUP_PASSPHRASE", BACKUP_PASS)
    assert main(["--vault", str(home / "w.vault"), "restore", str(backup)]) == 0
    assert "restored 3 credentials" in capsys.readouterr().out
    with open_vault(home / "w.vault", PASS) as svc:
        assert len(svc.list_credentials()) == 3
