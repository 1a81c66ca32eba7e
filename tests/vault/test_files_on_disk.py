"""Files on disk (issue 11): planted symlinks are never followed, and one vault file has one
lock whatever name it is opened by."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.vault.conftest import PASS
from wallet.errors import VaultInUse
from wallet.service import WalletService
from wallet.vault.files import SHARED, staged_vault, write_atomically
from wallet.vault.kdf import TEST_COST
from wallet.vault.lock import VaultLock

ROOT = Path(__file__).resolve().parents[2]
VICTIM = b"the victim's own file\n"


def _victim(folder: Path) -> Path:
    victim = folder / "victim.txt"
    victim.write_bytes(VICTIM)
    victim.chmod(0o644)
    return victim


def _plant(folder: Path, names: list[str], victim: Path) -> list[Path]:
    links = [folder / name for name in names]
    for link in links:
        link.symlink_to(victim)
    return links


def _assert_untouched(victim: Path, links: list[Path]) -> None:
    assert victim.read_bytes() == VICTIM
    assert stat.S_IMODE(victim.stat().st_mode) == 0o644
    for link in links:
        assert link.is_symlink() and link.resolve() == victim


def test_symlinks_at_every_plausible_temporary_name_are_never_followed(tmp_path: Path) -> None:
    victim = _victim(tmp_path)
    target = tmp_path / "backup.lwb"
    # The old predictable name, and the first names the random source will hand out.
    sequence = ["aaaa", "bbbb", "cccc", "dddd"]
    planted = [
        f".{target.name}.{os.getpid()}.tmp",
        *(f".{target.name}.{n}.tmp" for n in sequence[:3]),
    ]
    links = _plant(tmp_path, planted, victim)
    names: Iterator[str] = iter(sequence)
    write_atomically(target, b"new contents", names=lambda: next(names))
    _assert_untouched(victim, links)
    assert target.read_bytes() == b"new contents" and not target.is_symlink()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    expected = sorted([*planted, target.name, victim.name])
    assert sorted(p.name for p in tmp_path.iterdir()) == expected


def test_a_symlink_at_the_target_is_replaced_not_written_through(tmp_path: Path) -> None:
    victim = _victim(tmp_path)
    target = tmp_path / "shared.pdf"
    target.symlink_to(victim)
    write_atomically(target, b"%PDF-1.7 pack", mode=SHARED)
    assert victim.read_bytes() == VICTIM
    assert not target.is_symlink() and target.read_bytes() == b"%PDF-1.7 pack"
    assert stat.S_IMODE(target.stat().st_mode) == SHARED


def test_every_temporary_name_taken_is_a_clear_error_and_changes_nothing(tmp_path: Path) -> None:
    victim = _victim(tmp_path)
    target = tmp_path / "b.lwb"
    links = _plant(tmp_path, [f".{target.name}.same.tmp"], victim)
    with pytest.raises(FileExistsError, match="no free temporary name"):
        write_atomically(target, b"x", names=lambda: "same")
    _assert_untouched(victim, links)
    assert not target.exists()


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.text("abcdef0123", min_size=1, max_size=6), min_size=1, max_size=8, unique=True),
    st.binary(max_size=64),
)
def test_property_planted_names_are_skipped_whatever_they_are(
    tmp_path_factory: pytest.TempPathFactory, planted: list[str], data: bytes
) -> None:
    folder = tmp_path_factory.mktemp("plant")
    victim = _victim(folder)
    target = folder / "out.png"
    links = _plant(folder, [f".{target.name}.{n}.tmp" for n in planted], victim)
    names = iter([*planted, "free-name"])
    write_atomically(target, data, names=lambda: next(names))
    _assert_untouched(victim, links)
    assert target.read_bytes() == data


def test_a_restore_is_built_in_a_private_folder_nothing_planted_can_reach(tmp_path: Path) -> None:
    victim = _victim(tmp_path)
    target = tmp_path / "w.vault"
    planted = [
        f".{target.name}.{os.getpid()}.restoring",  # the names a restore used to build at
        f".{target.name}.{os.getpid()}.restoring-wal",
        f".{target.name}.{os.getpid()}.restoring-journal",
        f".{target.name}.{os.getpid()}.restoring.lock",
    ]
    links = _plant(tmp_path, planted, victim)
    with staged_vault(target) as temporary:
        folder = temporary.parent
        assert folder.parent == tmp_path and stat.S_IMODE(folder.stat().st_mode) == 0o700
        WalletService.create(temporary, PASS, kdf_cost=TEST_COST).close()
    _assert_untouched(victim, links)
    assert not folder.exists()
    with WalletService.open(target, kdf_cost=TEST_COST) as svc:
        svc.unlock(PASS)


def test_a_symlink_planted_at_the_lock_file_is_refused_not_followed(tmp_path: Path) -> None:
    victim = _victim(tmp_path)
    vault = tmp_path / "w.vault"
    WalletService.create(vault, PASS, kdf_cost=TEST_COST).close()
    (tmp_path / "w.vault.lock").unlink()  # left by the create; the kernel lock went with it
    links = _plant(tmp_path, ["w.vault.lock"], victim)
    with pytest.raises(OSError):
        WalletService.open(vault, kdf_cost=TEST_COST)
    _assert_untouched(victim, links)


def test_the_same_vault_through_a_symlink_is_in_use_in_one_process(tmp_path: Path) -> None:
    vault = tmp_path / "real" / "w.vault"
    WalletService.create(vault, PASS, kdf_cost=TEST_COST).close()
    (tmp_path / "link.vault").symlink_to(vault)
    (tmp_path / "folder").symlink_to(vault.parent)
    with WalletService.open(tmp_path / "link.vault", kdf_cost=TEST_COST):
        aliases = (vault, tmp_path / "folder" / "w.vault", tmp_path / "real/../real/w.vault")
        for other in aliases:
            with pytest.raises(VaultInUse):
                WalletService.open(other, kdf_cost=TEST_COST)
    assert VaultLock(tmp_path / "link.vault").path == VaultLock(vault).path


_HOLDER = """
import sys, time
from pathlib import Path
from wallet.service import WalletService
from wallet.vault.kdf import TEST_COST
with WalletService.open(Path(sys.argv[1]), kdf_cost=TEST_COST):
    print("holding", flush=True)
    sys.stdin.readline()
"""


def test_the_same_vault_through_a_symlink_is_refused_by_a_second_process(tmp_path: Path) -> None:
    vault = tmp_path / "w.vault"
    WalletService.create(vault, PASS, kdf_cost=TEST_COST).close()
    link = tmp_path / "elsewhere" / "alias.vault"
    link.parent.mkdir()
    link.symlink_to(vault)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(_HOLDER), str(link)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        second = subprocess.run(
            [sys.executable, "-m", "wallet.cli", "--vault", str(vault), "list"],
            capture_output=True, text=True, env={**env, "LEARNER_WALLET_PASSPHRASE": PASS},
            timeout=60,
        )  # fmt: skip
        assert second.returncode == 2
        assert "is open in another Learner Wallet window or process" in second.stderr
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=30)
        if holder.stdout is not None:
            holder.stdout.close()
    with WalletService.open(vault, kdf_cost=TEST_COST) as svc:  # released with its process
        svc.unlock(PASS)


def test_backups_and_presentations_never_write_through_a_planted_symlink(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """End to end: ``backup`` and ``present --out`` to names an attacker has pointed at a file
    of the learner's (before issue 11 ``present`` wrote straight through such a link)."""
    import json

    from wallet.cli import main
    from wallet.demo import DemoIssuer

    victim = _victim(tmp_path)
    vault = tmp_path / "w.vault"
    with WalletService.create(vault, PASS, kdf_cost=TEST_COST, workers=1) as svc:
        cid = svc.import_bytes(json.dumps(DemoIssuer().achievement_credential("Kilo")).encode())
        assert cid.credential_id is not None
    shared = tmp_path / "shared"
    shared.mkdir()
    links = []
    for name in ("backup.lwb", "vp.json", "qr.png"):
        links += _plant(shared, [f".{name}.{os.getpid()}.tmp"], victim)
        (shared / name).symlink_to(victim)
    monkeypatch.setenv("LEARNER_WALLET_PASSPHRASE", PASS)
    monkeypatch.setenv("LEARNER_WALLET_BACKUP_PASSPHRASE", "bp")
    assert main(["--vault", str(vault), "backup", str(shared / "backup.lwb")]) == 0
    for fmt, name in (("vp", "vp.json"), ("qr-png", "qr.png")):
        out = str(shared / name)
        assert main(["--vault", str(vault), "present", cid.credential_id, "--format", fmt,
                     "--challenge", "c", "--out", out]) == 0  # fmt: skip
    _assert_untouched(victim, links)
    for name in ("backup.lwb", "vp.json", "qr.png"):
        assert not (shared / name).is_symlink() and (shared / name).read_bytes() != VICTIM
    assert stat.S_IMODE((shared / "backup.lwb").stat().st_mode) == 0o600
    assert stat.S_IMODE((shared / "vp.json").stat().st_mode) == SHARED
