"""WalletService's public surface: re-exported values, the keyring question before a vault
exists, the holder key made with the vault, (framework, skill) pairs in summaries, and badge
images readable from another thread while a write transaction is open."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

import wallet.service
import wallet.vault.models
from wallet.present.holder import HolderKeyring, ServiceKeySlot
from wallet.resources import resource_path
from wallet.service import WalletService
from wallet.vault.catalog import _skill_pairs
from wallet.vault.kdf import TEST_COST

PASS = "correct horse battery staple"


def _sample(stem: str) -> bytes:
    return (resource_path("samples") / f"{stem}.json").read_bytes()


def test_all_is_sorted_and_every_name_is_the_models_own() -> None:
    names = wallet.service.__all__
    assert names == sorted(names)
    for name in names:
        value = getattr(wallet.service, name)
        if name in wallet.vault.models.__all__:
            assert value is getattr(wallet.vault.models, name)
    for needed in ("CredentialSummary", "ImportItem", "ImportOutcome", "ImportStatus"):
        assert needed in names


class _Keeper:
    def __init__(self, reason: str | None = None, broken: bool = False) -> None:
        self.reason, self.broken = reason, broken

    def unavailable_reason(self) -> str | None:
        if self.broken:
            raise RuntimeError("dbus went away")
        return self.reason

    def store(self, account: str, secret: bytes) -> None: ...

    def load(self, account: str) -> bytes | None:
        return None

    def forget(self, account: str) -> None: ...


def test_keyring_question_works_on_the_class_and_never_raises(tmp_path: Path) -> None:
    assert WalletService.keyring_unavailable_reason(_Keeper("none here")) == "none here"
    assert WalletService.keyring_unavailable_reason(_Keeper(None)) is None
    broken = WalletService.keyring_unavailable_reason(_Keeper(broken=True))
    assert broken is not None and "dbus went away" in broken
    assert not (tmp_path / "w.vault").exists()
    with WalletService.create(
        tmp_path / "w.vault", PASS, kdf_cost=TEST_COST, keyring=_Keeper("injected")
    ) as service:
        assert service.keyring_unavailable_reason() == "injected"  # the service's own keyring


def test_create_makes_the_holder_key_and_it_survives_reopening(tmp_path: Path) -> None:
    path = tmp_path / "w.vault"
    with WalletService.create(path, PASS, kdf_cost=TEST_COST, keyring=_Keeper()) as service:
        record = service.holder_key("holder")
        assert record is not None
        did = HolderKeyring.from_record(record).current.did
        assert did.startswith("did:key:z6Mk")
    with WalletService.open(path, kdf_cost=TEST_COST, keyring=_Keeper()) as service:
        service.unlock(PASS)
        ring = HolderKeyring.from_record(ServiceKeySlot(service).get_holder_key_record() or b"")
        assert ring.current.did == did and len(ring.keys) == 1


def test_summaries_carry_framework_and_skill_pairs(tmp_path: Path) -> None:
    with WalletService.create(
        tmp_path / "w.vault", PASS, kdf_cost=TEST_COST, keyring=_Keeper(), workers=1
    ) as service:
        service.import_bytes(_sample("course-data-analysis"), "course.json")
        service.import_bytes(_sample("micro-sql-for-analysts"), "sql.json")
        pairs = {s.name: s.skill_pairs for s in service.list_credentials()}
    course = next(p for n, p in pairs.items() if "Data" in n and p and len(p) == 3)
    assert ("Demo Digital Skills Framework", "Data cleaning") in course
    sql = next(p for p in pairs.values() if p and ("", "SQL") in p)
    assert ("", "Data cleaning") in sql
    # A summary written before the pairs were kept says so, instead of claiming "no skills".
    assert _skill_pairs(None) is None
    assert _skill_pairs([["F", "S"]]) == (("F", "S"),)


def test_images_are_read_while_another_thread_holds_a_write_transaction(tmp_path: Path) -> None:
    with WalletService.create(
        tmp_path / "w.vault", PASS, kdf_cost=TEST_COST, keyring=_Keeper(), workers=1
    ) as service:
        service.import_bytes(_sample("badge-team-collaboration"), "badge.json")
        image_hash = service.list_credentials()[0].image_hash
        assert image_hash
        writing, release = threading.Event(), threading.Event()

        def long_write() -> None:
            with service._store.transaction() as conn:
                service._store.put(conn, "images", "uncommitted", b"<svg/>")
                writing.set()
                release.wait(10)

        writer = threading.Thread(target=long_write)
        writer.start()
        try:
            assert writing.wait(10)
            started = time.perf_counter()
            data = service.image(image_hash)
            waited = time.perf_counter() - started
            uncommitted = service.image("uncommitted")
        finally:
            release.set()
            writer.join()
        assert data is not None and data.lstrip().startswith(b"<svg")
        assert waited < 1.0  # did not wait for the writer's transaction
        assert uncommitted is None  # its own connection: only committed records are visible
        assert service.image("uncommitted") == b"<svg/>"  # once committed
        service.lock()
        from wallet.errors import VaultLocked

        with pytest.raises(VaultLocked):
            service.image(image_hash)
