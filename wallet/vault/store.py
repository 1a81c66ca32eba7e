"""The vault file: one SQLite database of encrypted records, its header and its key.

Life cycle: :meth:`VaultStore.create` or :meth:`VaultStore.open` (takes the process lock, reads
and checks the header, no passphrase needed), then :meth:`unlock` (Argon2id, unwraps the data key,
migrates old formats), record reads and writes, :meth:`lock` (drops the key), :meth:`close`.

Rollback: from format 3 every record is sealed with the version it was written at and ``meta``
holds an authenticated index of all of them, updated in the same transaction as the records
(:mod:`wallet.vault.index`); unlocking checks it and raises :class:`VaultChangedOutside` when a
record or the header alone was rolled back. Every record write goes through :meth:`put`,
:meth:`put_credential`, :meth:`update_summary` and :meth:`delete`, inside :meth:`transaction`.

Durability: WAL journal with ``synchronous=FULL`` (sqlite.org/pragma.html#pragma_synchronous: in
WAL mode FULL syncs the WAL on every commit, so a committed transaction survives power loss).
Every SQLite failure that means "this file is not a sound vault" becomes :class:`VaultCorrupted`.
Not thread-safe: one store is used by one thread at a time (the service serialises calls).
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import secrets
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from wallet.errors import (
    VaultCorrupted,
    VaultError,
    VaultLocked,
    VaultNotSaved,
    VaultTooNew,
    WrongPassphrase,
)
from wallet.vault.files import FileOps, write_atomically
from wallet.vault.index import RecordIndex
from wallet.vault.kdf import TEST_COST, KdfCost, KdfParams, derive_key
from wallet.vault.lock import VaultLock
from wallet.vault.records import RecordCipher, unwrap_data_key, wrap_data_key
from wallet.vault.rows import RecordRows
from wallet.vault.schema import (
    FORMAT_VERSION,
    VERSIONED,
    create_schema,
    migrate,
    reseal_with_versions,
)

__all__ = ["VaultStore"]

_KEY_CHECK = b"learner-wallet key check"


def _header_sum(version: int, vault_id: bytes, kdf: bytes, wrapped: bytes, check: bytes) -> bytes:
    # Not a security measure (an attacker can recompute it): it tells accidental damage to the
    # header apart from a wrong passphrase, which would otherwise look the same.
    parts = [str(version).encode(), vault_id, kdf, wrapped, check]
    return hashlib.sha256(b"".join(len(p).to_bytes(4, "big") + p for p in parts)).digest()


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA temp_store=MEMORY")  # no temporary files beside the vault
    conn.execute("PRAGMA secure_delete=ON")
    return conn


class VaultStore(RecordRows):
    """One open vault file. Raises only :class:`wallet.errors.VaultError` subclasses.

    Record reads and writes (:meth:`put`, :meth:`get`, :meth:`rows`...) are in
    :class:`wallet.vault.rows.RecordRows`."""

    def __init__(self, path: Path, conn: sqlite3.Connection, lock: VaultLock | None) -> None:
        self.path = path
        self._conn = conn
        self._lock = lock
        self._cipher: RecordCipher | None = None
        self._data_key: bytes | None = None
        self._writing: int | None = None  # the generation of the open transaction
        self._delta = 0  # XOR of the index terms the open transaction changed
        self._dirty = False
        meta = self._read_meta()
        try:
            self.version = int(meta["format_version"])
            self.vault_id = bytes(meta["vault_id"])
            self._kdf_json = bytes(meta["kdf"])
            self._wrapped = bytes(meta["wrapped_key"])
            self._key_check = bytes(meta["key_check"])
            stored_sum = bytes(meta["header_sum"])
        except (KeyError, ValueError, TypeError):
            raise VaultCorrupted("the vault's header is incomplete") from None
        if self.version > FORMAT_VERSION:
            raise VaultTooNew(
                f"this vault uses format {self.version}, made by a newer Learner Wallet; "
                f"this version reads formats up to {FORMAT_VERSION}"
            )
        if self.version < 1 or not hmac.compare_digest(stored_sum, self._expected_sum()):
            raise VaultCorrupted("the vault's header is damaged")
        # Bounds first: a crafted header must not get to demand work (checked again on derive).
        self._kdf = KdfParams.from_json(self._kdf_json)
        self._index = RecordIndex.from_meta(meta) if self.version >= VERSIONED else None

    # --- opening and creating -----------------------------------------------------------------
    @classmethod
    def open(cls, path: Path) -> VaultStore:
        """Lock and read the vault at ``path``. Raises VaultInUse, VaultCorrupted, VaultTooNew,
        or :class:`FileNotFoundError` when there is no vault there."""
        if not path.is_file():
            raise FileNotFoundError(f"no vault at {path}")
        lock = VaultLock(path)
        lock.acquire()
        conn: sqlite3.Connection | None = None
        try:
            conn = _connect(path)
            return cls(path, conn, lock)
        except sqlite3.DatabaseError as exc:
            if conn is not None:
                conn.close()
            lock.release(remove=True)  # a damaged vault leaves no stale lock beside it
            raise VaultCorrupted(f"the vault file is damaged ({exc})") from None
        except BaseException as exc:
            if conn is not None:
                conn.close()
            lock.release(remove=isinstance(exc, VaultCorrupted | VaultTooNew))
            raise

    @classmethod
    def create(
        cls,
        path: Path,
        passphrase: str,
        cost: KdfCost,
        *,
        ops: FileOps | None = None,
        version: int = FORMAT_VERSION,
    ) -> VaultStore:
        """Create a new vault (it must not exist yet) and return it open and unlocked.

        The database is built in memory and written with one atomic rename, so a failure at any
        step leaves either no vault or a complete one. ``version`` < current is for golden files.
        """
        if path.exists():
            raise FileExistsError(f"a file already exists at {path}")
        path.parent.mkdir(parents=True, exist_ok=True)
        lock = VaultLock(path)
        lock.acquire()
        try:
            params = KdfParams.fresh(cost)
            data_key = secrets.token_bytes(32)
            vault_id = secrets.token_bytes(16)
            kdf_json = params.to_json()
            wrapped = wrap_data_key(derive_key(passphrase, params), data_key, vault_id, kdf_json)
            cipher = RecordCipher(data_key, vault_id)
            check = cipher.seal("meta", "key_check", _KEY_CHECK, None if version < 3 else 0)
            memory = sqlite3.connect(":memory:", isolation_level=None)
            try:
                create_schema(memory, version)
                meta = {
                    "format_version": str(version).encode(),
                    "vault_id": vault_id,
                    "kdf": kdf_json,
                    "wrapped_key": wrapped,
                    "key_check": check,
                    "header_sum": _header_sum(version, vault_id, kdf_json, wrapped, check),
                }
                if version >= VERSIONED:
                    meta.update(RecordIndex.empty(cipher).to_meta())
                memory.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
                image = memory.serialize()
            finally:
                memory.close()
            write_atomically(path, image, ops)
            conn = _connect(path)
        except BaseException:
            lock.release()
            raise
        store = cls(path, conn, lock)
        store._use_key(data_key, upgrade=False)  # an old version is asked for on purpose
        return store

    @classmethod
    def in_memory(cls) -> VaultStore:
        """A throwaway, unlocked vault that exists only in memory (to prove a backup restores).

        Its key is random and never derived, so it costs no Argon2id time.
        """
        conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        data_key, vault_id = secrets.token_bytes(32), secrets.token_bytes(16)
        kdf_json = KdfParams.fresh(TEST_COST).to_json()
        wrapped = wrap_data_key(secrets.token_bytes(32), data_key, vault_id, kdf_json)
        cipher = RecordCipher(data_key, vault_id)
        check = cipher.seal("meta", "key_check", _KEY_CHECK)
        create_schema(conn)
        meta = {
            "format_version": str(FORMAT_VERSION).encode(),
            "vault_id": vault_id,
            "kdf": kdf_json,
            "wrapped_key": wrapped,
            "key_check": check,
            "header_sum": _header_sum(FORMAT_VERSION, vault_id, kdf_json, wrapped, check),
            **RecordIndex.empty(cipher).to_meta(),
        }
        conn.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
        store = cls(Path(":memory:"), conn, None)
        store._use_key(data_key)
        return store

    def __enter__(self) -> VaultStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- keys ---------------------------------------------------------------------------------
    def unlock(self, passphrase: str) -> None:
        """Derive the key (slow: Argon2id) and unlock. Raises WrongPassphrase, VaultCorrupted."""
        kek = derive_key(passphrase, self._kdf)
        self._use_key(unwrap_data_key(kek, self._wrapped, self.vault_id, self._kdf_json))

    def check_passphrase(self, passphrase: str) -> bool:
        """True when ``passphrase`` unwraps this vault's data key under its stored parameters.

        Slow (Argon2id, the vault's own cost). Changes nothing: locked stays locked, an unlocked
        store keeps its key. Raises VaultCorrupted for a damaged header, never WrongPassphrase.
        """
        kek = derive_key(passphrase, self._kdf)
        try:
            unwrap_data_key(kek, self._wrapped, self.vault_id, self._kdf_json)
        except WrongPassphrase:
            return False
        return True

    def unlock_with_key(self, data_key: bytes) -> None:
        """Unlock with a data key kept elsewhere (the OS keyring). Raises WrongPassphrase."""
        if len(data_key) != 32:
            raise WrongPassphrase("the remembered key does not unlock this vault")
        try:
            self._use_key(data_key)
        except VaultCorrupted:
            raise WrongPassphrase("the remembered key does not unlock this vault") from None

    def _use_key(self, data_key: bytes, upgrade: bool = True) -> None:
        """Unlock with ``data_key``: migrate an older format, then check the record index.
        Raises VaultCorrupted (wrong key check), VaultChangedOutside (rolled back)."""
        cipher = RecordCipher(data_key, self.vault_id)
        if cipher.open("meta", "key_check", self._key_check, legacy=True) != _KEY_CHECK:
            raise VaultCorrupted("the vault's key check is wrong")
        self._cipher, self._data_key = cipher, data_key
        try:
            if upgrade and self.version < FORMAT_VERSION:
                with self.transaction() as conn:
                    found = self.version
                    self.version = migrate(conn, found)
                    if found < VERSIONED:  # bind versions in and build the index
                        self._index, self._writing = RecordIndex.empty(cipher), 1
                        self._delta, self._dirty = reseal_with_versions(conn, cipher), True
                    self._write_header(conn)
            if self._index is not None:
                try:
                    self._index.check(self._conn, cipher)
                except sqlite3.DatabaseError as exc:
                    raise VaultCorrupted(f"the vault file is damaged ({exc})") from None
        except BaseException:
            self.lock()
            raise

    @property
    def data_key(self) -> bytes:
        """The unwrapped data key (for "remember on this device" only). Raises VaultLocked."""
        if self._data_key is None:
            raise VaultLocked("the vault is locked")
        return self._data_key

    @property
    def cipher(self) -> RecordCipher:
        if self._cipher is None:
            raise VaultLocked("the vault is locked")
        return self._cipher

    @property
    def unlocked(self) -> bool:
        return self._cipher is not None

    def change_passphrase(self, new_passphrase: str, cost: KdfCost) -> None:
        """Re-wrap the data key under a new passphrase; no record is re-encrypted. One commit."""
        params = KdfParams.fresh(cost)
        kdf_json = params.to_json()
        wrapped = wrap_data_key(
            derive_key(new_passphrase, params), self.data_key, self.vault_id, kdf_json
        )
        old = (self._kdf, self._kdf_json, self._wrapped)
        self._kdf, self._kdf_json, self._wrapped = params, kdf_json, wrapped
        try:
            with self.transaction() as conn:
                self._write_header(conn)
        except BaseException:
            self._kdf, self._kdf_json, self._wrapped = old
            raise

    def lock(self) -> None:
        """Forget the key. Python cannot wipe immutable bytes; dropping every reference is what
        it offers."""
        self._cipher = None
        self._data_key = None

    def close(self) -> None:
        self.lock()
        try:
            self._conn.close()
        finally:
            if self._lock is not None:
                self._lock.release()

    # --- header -------------------------------------------------------------------------------
    def _expected_sum(self) -> bytes:
        return _header_sum(
            self.version, self.vault_id, self._kdf_json, self._wrapped, self._key_check
        )

    def _read_meta(self) -> dict[str, bytes]:
        rows = self._conn.execute("SELECT name, value FROM meta").fetchall()
        return {str(name): value for name, value in rows}

    def _write_header(self, conn: sqlite3.Connection) -> None:
        values = {
            "format_version": str(self.version).encode(),
            "kdf": self._kdf_json,
            "wrapped_key": self._wrapped,
            "header_sum": self._expected_sum(),
        }
        conn.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", values.items())

    # --- records ------------------------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic, durable write: everything inside commits together or not at all.

        A failed write (disk full, I/O error) is rolled back and raised as :class:`VaultNotSaved`.
        """
        conn = self._conn
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.DatabaseError as exc:
            raise _write_error(exc) from None
        before = self._index
        self._writing = before.generation + 1 if before is not None else None
        self._delta, self._dirty = 0, False
        try:
            yield conn
            after = self._index
            if after is not None and self._dirty and self._writing is not None:
                # The index commits with the records it describes, or not at all.
                after = after.with_changes(self.cipher, self._writing, self._delta)
                conn.executemany(
                    "INSERT OR REPLACE INTO meta VALUES (?, ?)", after.to_meta().items()
                )
            conn.execute("COMMIT")
            self._index = after
        except BaseException as exc:
            self._index = before
            if conn.in_transaction:
                # SQLite rolls back a failed transaction itself when it can.
                with contextlib.suppress(sqlite3.DatabaseError):
                    conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.DatabaseError):
                raise _write_error(exc) from None
            raise
        finally:
            self._writing = None


def _write_error(exc: sqlite3.DatabaseError) -> VaultError:
    text = str(exc)
    if isinstance(exc, sqlite3.OperationalError) and any(
        word in text for word in ("disk", "full", "I/O", "locked", "readonly")
    ):
        return VaultNotSaved(f"the change could not be saved, nothing was changed ({text})")
    return VaultCorrupted(f"the vault file is damaged ({text})")
