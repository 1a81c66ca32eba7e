"""``WalletService``: the one object the desktop app and the command line hold.

Every method runs on the caller's thread and may be slow (Argon2id, verification, disk): the app
calls them through its background-task helper, one at a time (the service is not thread-safe and
never touches Qt). Errors are :mod:`wallet.errors` classes only:

- opening: :class:`VaultInUse`, :class:`VaultCorrupted`, :class:`VaultTooNew`;
- unlocking: :class:`WrongPassphrase`; keyring use: :class:`KeyringUnavailable`;
- anything while locked: :class:`VaultLocked`; a failed write: :class:`VaultNotSaved`;
- one damaged credential: :class:`VaultCorrupted` whose ``record`` is its :data:`CredentialId`
  (the rest stay readable; :meth:`damaged` lists them all).

Unknown ids raise :class:`KeyError`.

One exception to "one thread at a time": :meth:`image` (and :meth:`fetched_image`, the same
way) may be called from any thread while another call runs, so badge pictures appear while a
long import is still writing. It reads
through its own read-only SQLite connection (the vault is in WAL mode, so a reader sees the last
committed state and never waits for the writer's transaction) under a lock of its own, and
decrypts with the cipher it finds at the start of the call (a concurrent :meth:`lock` makes it
raise :class:`VaultLocked`; nothing else it touches is shared).

The values the service hands out (:class:`CredentialSummary`, :class:`ImportOutcome`...) are
re-exported here, so callers import them from ``wallet.service`` alone.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from wallet.errors import InputError, VaultLocked
from wallet.formats.sniff import read_input
from wallet.net.settings import NetworkSettings
from wallet.trust.known import KnownRegistry
from wallet.vault.backup import open_backup, read_backup, seal_backup
from wallet.vault.catalog import Catalog
from wallet.vault.codec import has_view, report_from_json
from wallet.vault.documents import read_fetched_image
from wallet.vault.files import FileOps, staged_vault, write_atomically
from wallet.vault.image_reader import ImageReader
from wallet.vault.importer import Importer
from wallet.vault.kdf import DEFAULT_COST, KdfCost
from wallet.vault.keyring_seam import OsKeyring, SecretKeeper
from wallet.vault.models import (
    Cancel,
    Collection,
    CollectionId,
    CredentialDetail,
    CredentialId,
    CredentialSummary,
    ImportItem,
    ImportOutcome,
    ImportStatus,
    Progress,
    ShareRecord,
)
from wallet.vault.network import NetworkChoice, VaultNetwork
from wallet.vault.organise import Organiser
from wallet.vault.portable import MergeResult, export_contents, merge_contents
from wallet.vault.recheck import (
    Ob2Details,
    check_again,
    finish_recheck,
    ob2_details,
    stored_view,
)
from wallet.vault.store import VaultStore
from wallet.vault.trusted import TrustedIssuer, TrustedIssuers, name_trusted
from wallet.verify import Report, VerifyOptions, verify_input

__all__ = [
    "Cancel",
    "Collection",
    "CollectionId",
    "CredentialDetail",
    "CredentialId",
    "CredentialSummary",
    "ImportItem",
    "ImportOutcome",
    "ImportStatus",
    "MergeResult",
    "NetworkChoice",
    "Ob2Details",
    "Progress",
    "SecretKeeper",
    "ShareRecord",
    "TrustedIssuer",
    "WalletService",
    "default_vault_path",
]


def default_vault_path() -> Path:
    """``wallet.vault`` in the platform's user data folder (platformdirs)."""
    from platformdirs import user_data_path

    return user_data_path("learner-wallet", appauthor=False) / "wallet.vault"


def _utc_now() -> datetime:
    return datetime.now(UTC)


class _AskKeyring(Protocol):
    def __call__(self, keyring: SecretKeeper | None = None) -> str | None: ...


def _keyring_reason(keyring: SecretKeeper) -> str | None:
    try:
        return keyring.unavailable_reason()
    except Exception as exc:  # a broken backend is a reason not to offer it, not a crash
        return f"the system keyring cannot be used here ({exc})"


class _KeyringReason:
    """``keyring_unavailable_reason``: on the class, before any vault exists, it asks ``keyring``
    (default: the OS keyring); on a service, the keyring that service was built with."""

    def __get__(self, service: WalletService | None, owner: type[WalletService]) -> _AskKeyring:
        def ask(keyring: SecretKeeper | None = None) -> str | None:
            fallback = service._keyring if service is not None else OsKeyring()
            return _keyring_reason(keyring or fallback)

        return ask


class WalletService:
    """A vault, opened or created, with everything the app does to it.

    Construct with :meth:`open` or :meth:`create`. ``kdf_cost`` is the Argon2id cost for new
    passphrases and backups (tests inject ``TEST_COST``); ``clock`` dates imports and reports;
    ``options`` configures verification; ``keyring`` is where "remember on this device" keeps the
    unlock secret; ``file_ops`` is the durable-write seam used for whole-file writes;
    ``network_settings`` and ``registries`` are the network's seams (default: the environment,
    DCC's known registries), used only when the learner allowed the network.
    """

    def __init__(
        self,
        store: VaultStore,
        *,
        kdf_cost: KdfCost = DEFAULT_COST,
        clock: Callable[[], datetime] = _utc_now,
        options: VerifyOptions | None = None,
        keyring: SecretKeeper | None = None,
        file_ops: FileOps | None = None,
        workers: int | None = None,
        network_settings: NetworkSettings | None = None,
        registries: Sequence[KnownRegistry] | None = None,
    ) -> None:
        self._store = store
        self._kdf_cost = kdf_cost
        self._clock = clock
        self._options = options or VerifyOptions(clock=clock)
        self._keyring = keyring or OsKeyring()
        self._file_ops = file_ops
        self._workers = workers
        self._catalog: Catalog | None = None
        self._organiser: Organiser | None = None
        self._network: VaultNetwork | None = None
        self._network_seams = (network_settings, registries)
        self._images = ImageReader(store.path)
        if store.unlocked:
            self._after_unlock()

    # --- life cycle ---------------------------------------------------------------------------
    @classmethod
    def create(cls, path: Path, passphrase: str, **kwargs: Any) -> WalletService:
        """A new, unlocked vault at ``path`` (which must not exist), with the learner's first
        holder key already made (DESIGN.md, "Presentations"), so the holder DID exists from the
        start. Slow: Argon2id."""
        from wallet.present.holder import ServiceKeySlot, ensure_holder

        cost = kwargs.get("kdf_cost", DEFAULT_COST)
        store = VaultStore.create(path, passphrase, cost, ops=kwargs.get("file_ops"))
        service = cls(store, **kwargs)
        try:
            ensure_holder(ServiceKeySlot(service), service._clock)
        except BaseException:
            service.close()
            raise
        return service

    @classmethod
    def open(cls, path: Path, **kwargs: Any) -> WalletService:
        """Open (and lock the file for this process) without unlocking. Fast."""
        return cls(VaultStore.open(path), **kwargs)

    @property
    def path(self) -> Path:
        return self._store.path

    @property
    def unlocked(self) -> bool:
        return self._store.unlocked

    def unlock(self, passphrase: str) -> None:
        """Slow: Argon2id. Raises WrongPassphrase."""
        self._store.unlock(passphrase)
        self._after_unlock()

    keyring_unavailable_reason = _KeyringReason()
    """``(keyring=None) -> str | None``: None when "remember on this device" can work here, else
    the sentence to show. Callable on the class before a vault exists (it then asks ``keyring``
    or the OS keyring) and on a service (its own keyring). Never raises."""

    def remember_on_this_device(self, remember: bool = True) -> None:
        """Opt in (or out) of unlocking from the OS keyring. Raises KeyringUnavailable."""
        account = self._store.vault_id.hex()
        if remember:
            self._keyring.store(account, self._store.data_key)
        else:
            self._keyring.forget(account)

    def unlock_from_keyring(self) -> bool:
        """Unlock with the remembered secret; False when none is remembered for this vault.
        Raises KeyringUnavailable, WrongPassphrase (a stale secret)."""
        secret = self._keyring.load(self._store.vault_id.hex())
        if secret is None:
            return False
        self._store.unlock_with_key(secret)
        self._after_unlock()
        return True

    def _after_unlock(self) -> None:
        self._catalog = Catalog(self._store)
        self._organiser = Organiser(self._store)
        settings, registries = self._network_seams
        self._network = VaultNetwork(
            self._store, self._organiser, self._clock, settings=settings, registries=registries
        )

    def lock(self) -> None:
        """Drop the key and every decrypted value; :meth:`unlock` again to continue."""
        self._catalog = self._organiser = self._network = None
        self._store.lock()

    def close(self) -> None:
        self.lock()
        self._images.close()
        self._store.close()

    def __enter__(self) -> WalletService:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def catalog(self) -> Catalog:
        if self._catalog is None:
            raise VaultLocked("the vault is locked")
        return self._catalog

    @property
    def organiser(self) -> Organiser:
        if self._organiser is None:
            raise VaultLocked("the vault is locked")
        return self._organiser

    def check_passphrase(self, passphrase: str) -> bool:
        """True when ``passphrase`` is the one that unlocks this vault now (ask for it before
        :meth:`change_passphrase`, so a person at an unlocked, unattended computer cannot take
        the wallet over). Slow: Argon2id at the vault's stored cost, so never on the GUI thread.
        Changes nothing, locked or unlocked. Raises VaultCorrupted for a damaged header."""
        return self._store.check_passphrase(passphrase)

    def change_passphrase(self, new_passphrase: str) -> None:
        """Re-wrap the data key; records are untouched. A remembered secret stays valid.
        Callers ask for the current passphrase first (:meth:`check_passphrase`)."""
        self.catalog  # noqa: B018 - raises VaultLocked when locked
        self._store.change_passphrase(new_passphrase, self._kdf_cost)

    # --- credentials --------------------------------------------------------------------------
    def import_bytes(self, data: bytes, name: str = "input") -> ImportOutcome:
        """Import one input; returns once it is durably saved (or rejected). For a presentation,
        the outcome of its first credential (:meth:`import_many` returns one for each)."""
        return self.import_many([ImportItem(name, data)])[0]

    def import_many(
        self,
        items: Sequence[ImportItem],
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> list[ImportOutcome]:
        """Verify (on every core) and store many inputs; outcomes in the order of the inputs.

        One outcome per input, except a presentation: each credential inside it is imported like
        any input (verified on its own, de-duplicated) and has its own outcome, named
        ``"<input> (credential N from a presentation)"``; the holder's proof is not kept.

        ``progress(done, total)`` counts inputs and is called after each durable commit:
        everything counted as done is saved. ``cancel()`` returning True stops after the current
        batch; inputs not reached come back REJECTED with the reason "cancelled".
        """
        with self._importer() as importer:
            return importer.run(items, progress, cancel)

    def list_credentials(self) -> list[CredentialSummary]:
        """Every readable credential, newest first. Fast: served from memory."""
        return self.catalog.summaries()

    def search(self, text: str) -> list[CredentialSummary]:
        """Credentials whose name, issuer, description, skills or tags contain every word."""
        return self.catalog.search(text)

    def damaged(self) -> list[CredentialId]:
        """Credentials whose records failed their integrity check (the rest are unaffected)."""
        return sorted(self.catalog.damaged)

    def get(self, cid: CredentialId) -> CredentialDetail:
        """The credential in full. Raises KeyError, VaultCorrupted(record=cid)."""
        catalog = self.catalog
        summary = catalog.summary(cid)
        original = catalog.original(cid)
        try:
            document = read_input(original).document
        except InputError:
            document = None
        stored = catalog.latest_report(cid)["report"]
        if has_view(stored):
            report = report_from_json(stored, document)
        else:
            # Stored before reports kept their signed view: read it from the bytes again.
            report = self._verify_now(original) or report_from_json(stored, document)
        trusted = {t.id: t for t in self.trusted_issuers()}
        report = name_trusted(report, trusted)
        return CredentialDetail(summary, original, document, report, self.organiser.note(cid))

    def _verify_now(self, original: bytes) -> Report | None:
        try:
            return verify_input(original, self._options)
        except InputError:
            return None

    def image(self, image_hash: str) -> bytes | None:
        """A badge image by :attr:`CredentialSummary.image_hash`. Any thread, even while another
        call runs (see the module docstring). Raises VaultLocked, VaultCorrupted."""
        cipher = self._store.cipher  # raises VaultLocked when locked
        if self._store.path == Path(":memory:"):
            return self._store.get("images", image_hash)
        row = self._images.blob("images", image_hash)
        return None if row is None else cipher.open("images", image_hash, *row)

    @contextmanager
    def _importer(self, online: bool | None = None) -> Iterator[Importer]:
        """Raises VaultLocked when locked (through :attr:`catalog`). With the network when the
        learner allowed it (``online`` overrides), one run's fetcher for the whole import."""
        catalog = self.catalog
        # The learner's trusted issuers join any configured ones; read anew for every run, as
        # the signature cache never holds trust (it is judged at each verification).
        with self.network.run(self._learner_options(), online=online) as run:
            yield Importer(self._store, catalog, run.options, self._workers, self._clock)

    def remove(self, cid: CredentialId) -> None:
        with self._store.transaction() as conn:
            self.catalog.remove(conn, cid)
        self.catalog.forget(cid)

    def reverify_all(self, progress: Progress | None = None) -> dict[CredentialId, str]:
        """Verify every stored credential again; returns id -> verdict. Signature results are
        reused when the stored bytes are unchanged; dates, status and trust are checked anew."""
        with self._importer() as importer:
            return importer.reverify_all(progress)

    # --- the network (issue 12: wallet/vault/network.py, wallet/vault/recheck.py) --------------
    @property
    def network(self) -> VaultNetwork:
        """The learner's network choice, the vault's document cache, when a recheck is due."""
        if self._network is None:
            raise VaultLocked("the vault is locked")
        return self._network

    def recheck_all(self, progress: Progress | None = None) -> dict[CredentialId, str]:
        """The daily re-check: :meth:`recheck_many` of all, then :meth:`finish_recheck`."""
        verdicts = self.recheck_many(self.catalog.ids(), progress)
        self.finish_recheck()
        return verdicts

    def recheck_many(
        self, ids: Sequence[CredentialId], progress: Progress | None = None
    ) -> dict[CredentialId, str]:
        """These credentials verified again (the network when allowed); id -> verdict."""
        with self._importer() as importer:
            return importer.reverify_all(progress, ids)

    def finish_recheck(self) -> None:
        """Note the day's re-check; keep the badge pictures not kept yet, when allowed."""
        finish_recheck(self.network, self.catalog, self._options)

    def recheck(self, cid: CredentialId) -> Report:
        """"Check again now": fetched anew when allowed, and kept. Raises KeyError, InputError."""
        options = self._learner_options()
        return check_again(self._store, self.catalog, self.network, cid, options, self._clock)

    @contextmanager
    def verifier(self, clock: Callable[[], datetime]) -> Iterator[Callable[[bytes], Report]]:
        """Verify stored bytes again as of ``clock()`` (trusted issuers, the network when
        allowed, one fetch per URL for the block), as presenting does. Raises InputError."""
        base = dataclasses.replace(self._learner_options(), now=None, clock=clock)
        with self.network.run(base) as run:
            yield lambda original: verify_input(original, run.options)

    def ob2_details(self, cid: CredentialId) -> Ob2Details | None:
        """An OB 2.0 credential's badge class and issuer profile as kept; None for others."""
        return ob2_details(self.network, stored_view(self.catalog, cid))

    def fetched_image(self, url: str) -> bytes | None:
        """The picture kept for :attr:`CredentialSummary.image_url`. Any thread, as
        :meth:`image`. Raises VaultLocked."""
        return read_fetched_image(self._store, self._images, url)

    # --- trusted issuers ----------------------------------------------------------------------
    def trusted_issuers(self) -> list[TrustedIssuer]:
        """The issuers the learner trusts, by name. None by default, not even the demo issuer."""
        return TrustedIssuers(self.organiser).all()

    def trust_issuer(
        self, issuer_id: str, name: str = "", progress: Progress | None = None
    ) -> TrustedIssuer:
        """Trust ``issuer_id`` (``name`` defaults to the name its stored credentials give), then
        re-verify every credential so stored reports say so. Trust only shows where the issuer
        check passed and never changes a verdict. Slow: use the background helper. Raises
        ValueError for an empty id."""
        known = (s.issuer_name for s in self.list_credentials() if s.issuer_id == issuer_id)
        name = name or next(known, "")
        trusted = TrustedIssuers(self.organiser).add(issuer_id, name, self._clock())
        self.reverify_all(progress)
        return trusted

    def distrust_issuer(self, issuer_id: str, progress: Progress | None = None) -> bool:
        """Stop trusting ``issuer_id`` and re-verify (as :meth:`trust_issuer`); False when it
        was not trusted (nothing is re-verified then)."""
        removed = TrustedIssuers(self.organiser).remove(issuer_id)
        if removed:
            self.reverify_all(progress)
        return removed

    # --- the learner's own records ------------------------------------------------------------
    def set_tags(self, cid: CredentialId, tags: Sequence[str]) -> None:
        clean = tuple(dict.fromkeys(t.strip() for t in tags if t.strip()))
        with self._store.transaction() as conn:
            self.catalog.set_tags(conn, cid, clean)
        self.catalog.retag(cid, clean)

    def note(self, cid: CredentialId) -> str:
        return self.organiser.note(cid)

    def set_note(self, cid: CredentialId, text: str) -> None:
        self.catalog.summary(cid)
        self.organiser.set_note(cid, text)

    def collections(self) -> list[Collection]:
        """Ordered by position."""
        return self.organiser.collections()

    def create_collection(self, name: str) -> Collection:
        return self.organiser.new_collection(name)

    def save_collection(self, collection: Collection) -> None:
        """Rename, reorder or change members: pass the changed (frozen) value."""
        self.organiser.save_collection(collection)

    def delete_collection(self, cid: CollectionId) -> None:
        self.organiser.delete_collection(cid)

    def setting(self, name: str, default: Any = None) -> Any:
        return self.organiser.setting(name, default)

    def set_setting(self, name: str, value: Any) -> None:
        """Any JSON value; None removes it."""
        self.organiser.set_setting(name, value)

    def holder_key(self, slot: str) -> bytes | None:
        """An opaque, encrypted key record (the holder identity's private key lives here)."""
        return self.organiser.holder_key(slot)

    def put_holder_key(self, slot: str, record: bytes | None) -> None:
        """Store (None: delete) an opaque key record under ``slot``."""
        self.organiser.put_holder_key(slot, record)

    def record_share(
        self, credential_ids: Sequence[CredentialId], details: dict[str, Any]
    ) -> ShareRecord:
        """Remember that these credentials were shared (format, verifier, domain... in details)."""
        return self.organiser.record_share(self._clock(), tuple(credential_ids), details)

    def shares(self) -> list[ShareRecord]:
        return self.organiser.shares()

    # --- backups ------------------------------------------------------------------------------
    def backup(self, target: Path, passphrase: str) -> int:
        """Write an encrypted backup (its own passphrase); returns the credentials it holds."""
        payload = export_contents(self._store, self.catalog, self.organiser)
        data = seal_backup(payload, passphrase, self._kdf_cost)
        write_atomically(target, data, self._file_ops)
        return len(payload["credentials"])

    def restore(self, source: Path, passphrase: str) -> MergeResult:
        """Merge a backup into this vault (one transaction). Every credential is verified again
        from its bytes; duplicates are skipped and listed; the learner's holder key, trusted
        issuers and settings are never replaced: the backup's keys join as old keys and its
        trusted issuers are offered in the result (``MergeResult.lines()`` says all). Slow:
        Argon2id and verification. To restore into a new vault use :meth:`restore_new`."""
        payload = open_backup(read_backup(source), passphrase)
        return merge_contents(
            payload,
            self._store,
            self.catalog,
            self.organiser,
            self._learner_options(),
            self._clock,
            workers=self._workers,
        )

    @classmethod
    def restore_new(
        cls, path: Path, source: Path, backup_passphrase: str, passphrase: str, **kwargs: Any
    ) -> tuple[WalletService, MergeResult]:
        """A new vault at ``path`` (which must not exist) holding the backup ``source``, with
        ``passphrase``; returned open and unlocked, with what was restored.

        Every credential is verified again from its bytes; the backup's current holder key
        becomes the new wallet's (its credentials were issued to it); its trusted issuers are
        offered in the result, not applied.

        All or nothing: the backup is opened first (WrongPassphrase, VaultCorrupted, VaultTooNew
        before anything is written), then the vault is built in a private folder beside
        ``path`` and renamed into place only once everything is in; any failure (a malformed
        backup, a full disk) removes it, so nothing is left behind. Slow: Argon2id, twice, and
        verification. Raises FileExistsError when ``path`` exists, OSError when the disk fails.
        """
        payload = open_backup(read_backup(source), backup_passphrase)
        with (
            staged_vault(path, kwargs.get("file_ops")) as temporary,
            cls.create(temporary, passphrase, **kwargs) as staged,
        ):
            result = merge_contents(
                payload,
                staged._store,
                staged.catalog,
                staged.organiser,
                staged._learner_options(),
                staged._clock,
                adopt_identity=True,
                workers=staged._workers,
            )
            data_key = staged._store.data_key
        service = cls.open(path, **kwargs)
        try:
            service._store.unlock_with_key(data_key)  # the key just made: no Argon2id again
            service._after_unlock()
        except BaseException:
            service.close()
            raise
        return service, result

    @staticmethod
    def verify_backup(source: Path, passphrase: str, options: VerifyOptions | None = None) -> int:
        """Prove a backup restores, into memory only (every credential verified, as a restore
        would); returns its credential count. Raises WrongPassphrase or VaultCorrupted. Touches
        no vault."""
        payload = open_backup(read_backup(source), passphrase)
        options = options or VerifyOptions()
        with VaultStore.in_memory() as store:
            result = merge_contents(
                payload, store, Catalog(store), Organiser(store), options, options.clock
            )
        return len(result.added) + len(result.duplicates) + len(result.rejected)

    def verify_options(self) -> VerifyOptions:
        """The options this vault verifies with: the configured ones plus the learner's
        trusted issuers (for checks made outside an import, such as an exchange's)."""
        return self._learner_options()

    def _learner_options(self) -> VerifyOptions:
        """Verification options with the learner's trusted issuers (never a backup's)."""
        mine = TrustedIssuers(self.organiser).ids()
        options = self._options
        return dataclasses.replace(options, trusted_issuers=options.trusted_issuers | mine)
