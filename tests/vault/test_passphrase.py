"""Changing the passphrase needs the current one: ``WalletService.check_passphrase`` (wrong first,
no state change, the vault's own KDF parameters) and ``learner-wallet passphrase``."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.vault.conftest import PASS, NoKeyring, open_vault
from wallet.cli import main
from wallet.errors import VaultLocked, WrongPassphrase
from wallet.service import WalletService
from wallet.vault.kdf import TEST_COST, KdfCost


def test_a_wrong_passphrase_is_false_and_changes_nothing(
    service: WalletService, badges: list[bytes]
) -> None:
    service.import_bytes(badges[0])
    assert service.check_passphrase("not it") is False
    assert service.check_passphrase("") is False
    assert service.unlocked and len(service.list_credentials()) == 1  # still unlocked, readable
    assert service.check_passphrase(PASS) is True
    service.lock()
    assert service.check_passphrase(PASS) is True
    assert not service.unlocked  # checking is not unlocking
    with pytest.raises(VaultLocked):
        service.list_credentials()


def test_it_derives_with_the_vaults_stored_parameters(tmp_path: Path) -> None:
    path = tmp_path / "w.vault"
    WalletService.create(path, PASS, kdf_cost=TEST_COST, keyring=NoKeyring()).close()
    # A service configured with another cost for *new* passphrases still checks the stored one.
    other = KdfCost(memory_kib=16, iterations=2, lanes=1)
    with WalletService.open(path, kdf_cost=other, keyring=NoKeyring()) as service:
        assert service.check_passphrase(PASS) is True
        assert service.check_passphrase(PASS + " ") is False


def test_after_a_change_only_the_new_one_checks(service: WalletService) -> None:
    service.change_passphrase("a new passphrase")
    assert service.check_passphrase(PASS) is False
    assert service.check_passphrase("a new passphrase") is True


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    path = tmp_path / "w.vault"
    WalletService.create(path, PASS, kdf_cost=TEST_COST, keyring=NoKeyring()).close()
    return path


def test_cli_refuses_a_wrong_current_passphrase(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LEARNER_WALLET_PASSPHRASE", "not the current one")
    monkeypatch.setenv("LEARNER_WALLET_NEW_PASSPHRASE", "taken over")
    assert main(["--vault", str(vault_path), "passphrase"]) == 2
    assert "does not unlock" in capsys.readouterr().err
    with pytest.raises(WrongPassphrase):
        open_vault(vault_path, "taken over")
    open_vault(vault_path, PASS).close()


def test_cli_changes_it_given_the_current_one(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LEARNER_WALLET_PASSPHRASE", PASS)
    monkeypatch.setenv("LEARNER_WALLET_NEW_PASSPHRASE", "a new passphrase")
    assert main(["--vault", str(vault_path), "passphrase"]) == 0
    assert "the passphrase is changed" in capsys.readouterr().out
    with pytest.raises(WrongPassphrase):
        open_vault(vault_path, PASS)
    open_vault(vault_path, "a new passphrase").close()


def test_cli_asks_for_the_current_one_in_a_terminal(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import wallet.commands.vault as commands

    asked: list[str] = []
    answers = iter([PASS, "a new passphrase", "a new passphrase"])
    monkeypatch.delenv("LEARNER_WALLET_PASSPHRASE", raising=False)
    monkeypatch.delenv("LEARNER_WALLET_NEW_PASSPHRASE", raising=False)
    monkeypatch.setattr(commands.sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr(
        commands.getpass, "getpass", lambda prompt: asked.append(prompt) or next(answers)
    )
    assert main(["--vault", str(vault_path), "passphrase"]) == 0
    assert asked == ["Current passphrase: ", "New passphrase: ", "Again: "]
    open_vault(vault_path, "a new passphrase").close()
