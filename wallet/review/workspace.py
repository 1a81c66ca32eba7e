"""One learner's review workspace: an encrypted file of the vault's own kind, apart from any wallet.

A workspace is a :class:`wallet.vault.store.VaultStore` file (``*.review``): the same SQLite
layout, AES-256-GCM records bound to the workspace's id, table and record, a data key wrapped by
Argon2id from the workspace's own passphrase, the rollback index, the process lock. It never
shares a key or a file with the advisor's wallet, so one learner's portfolio cannot leak into the
advisor's credentials or another learner's workspace. What it holds:

- ``credentials``: each input exactly as received (the learner's original bytes), written once
  and never rewritten: the originals are read-only; the summary holds the input's name and when
  it was added. The same bytes are kept once (a keyed hash).
- ``notes``: the advisor's note per credential (keyed by :func:`item_key`) and per portfolio.
- ``settings``: the workspace card (learner, created, last opened, last summary), the job
  description and the chosen framework.

Names are stored under keyed ids with the name inside the record (as the wallet's organiser
does), so the file does not tell which notes exist. Every write is one durable transaction:
a note is saved before :meth:`set_note` returns, and nothing is ever lost to a crash. Not
thread-safe; the app calls it through its background helper.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from wallet.errors import VaultCorrupted, VaultLocked
from wallet.review.portfolio import PortfolioFile, PortfolioReview, ReviewItem
from wallet.vault.catalog import new_id
from wallet.vault.codec import dumps, loads
from wallet.vault.documents import VaultDocumentCache
from wallet.vault.files import FileOps
from wallet.vault.kdf import DEFAULT_COST, KdfCost
from wallet.vault.keyring_seam import SecretKeeper
from wallet.vault.organise import named_value, put_named_value
from wallet.vault.store import VaultStore

__all__ = ["SUFFIX", "AddOutcome", "Workspace", "WorkspaceCard", "item_key"]

SUFFIX = ".review"
PORTFOLIO_NOTE = "portfolio"
MAX_NOTE_CHARS = 100_000


def _now() -> datetime:
    return datetime.now(UTC)


def item_key(item: ReviewItem, file_ids: dict[str, str]) -> str:
    """A note's key for an item: its input's record id and its place in that input, stable for
    as long as the (read-only) input is kept."""
    return f"{file_ids.get(item.input, item.input)}/{item.label}"


@dataclass(frozen=True)
class WorkspaceCard:
    """What the start page shows: the learner, when the workspace was made and last opened, and
    its last summary (verdict -> count) with when that was checked."""

    learner: str
    created: datetime
    opened: datetime
    summary: dict[str, int] = field(default_factory=dict)
    checked: datetime | None = None
    inputs: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "learner": self.learner,
            "created": self.created.isoformat(),
            "opened": self.opened.isoformat(),
            "summary": self.summary,
            "checked": self.checked.isoformat() if self.checked else None,
            "inputs": self.inputs,
        }

    @classmethod
    def from_json(cls, value: Any) -> WorkspaceCard:
        try:
            checked = value.get("checked")
            return cls(
                learner=str(value["learner"]),
                created=datetime.fromisoformat(value["created"]),
                opened=datetime.fromisoformat(value["opened"]),
                summary={str(k): int(v) for k, v in dict(value.get("summary") or {}).items()},
                checked=datetime.fromisoformat(checked) if checked else None,
                inputs=int(value.get("inputs") or 0),
            )
        except (KeyError, TypeError, ValueError, AttributeError):
            raise VaultCorrupted("the workspace's card does not read") from None


@dataclass(frozen=True)
class AddOutcome:
    """What happened to one input: ``added`` or already kept (under ``file_id``)."""

    name: str
    file_id: str
    added: bool


class Workspace:
    """An opened workspace. Construct with :meth:`create` or :meth:`open`, then unlock."""

    def __init__(
        self,
        store: VaultStore,
        *,
        clock: Callable[[], datetime] = _now,
        kdf_cost: KdfCost = DEFAULT_COST,
    ) -> None:
        self._store = store
        self._clock = clock
        self._kdf_cost = kdf_cost

    # --- life cycle ---------------------------------------------------------------------------
    @classmethod
    def create(
        cls,
        path: Path,
        passphrase: str,
        learner: str,
        *,
        kdf_cost: KdfCost = DEFAULT_COST,
        clock: Callable[[], datetime] = _now,
        file_ops: FileOps | None = None,
    ) -> Workspace:
        """A new, unlocked workspace at ``path`` (which must not exist). Slow: Argon2id.
        Raises FileExistsError, OSError, ValueError for an empty learner name."""
        learner = " ".join(learner.split())
        if not learner:
            raise ValueError("a workspace needs the learner's name")
        store = VaultStore.create(path, passphrase, kdf_cost, ops=file_ops)
        workspace = cls(store, clock=clock, kdf_cost=kdf_cost)
        now = clock()
        try:
            workspace._put_setting("card", WorkspaceCard(learner, now, now).to_json())
        except BaseException:
            store.close()
            path.unlink(missing_ok=True)
            raise
        return workspace

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        clock: Callable[[], datetime] = _now,
        kdf_cost: KdfCost = DEFAULT_COST,
    ) -> Workspace:
        """Open (and lock the file for this process) without unlocking. Raises VaultInUse,
        VaultCorrupted, VaultTooNew, FileNotFoundError."""
        return cls(VaultStore.open(path), clock=clock, kdf_cost=kdf_cost)

    @property
    def path(self) -> Path:
        return self._store.path

    @property
    def unlocked(self) -> bool:
        return self._store.unlocked

    @property
    def account(self) -> str:
        """The keyring account this workspace's key is remembered under."""
        return "review-" + self._store.vault_id.hex()

    def unlock(self, passphrase: str) -> None:
        """Slow: Argon2id. Raises WrongPassphrase, VaultChangedOutside."""
        self._store.unlock(passphrase)

    def unlock_from(self, keyring: SecretKeeper) -> bool:
        """Unlock with the key the keyring remembers; False when it remembers none."""
        secret = keyring.load(self.account)
        if secret is None:
            return False
        self._store.unlock_with_key(secret)
        return True

    def remember(self, keyring: SecretKeeper, remember: bool = True) -> None:
        """Keep (or forget) this workspace's key in the advisor's keyring. Raises
        KeyringUnavailable."""
        if remember:
            keyring.store(self.account, self._store.data_key)
        else:
            keyring.forget(self.account)

    def change_passphrase(self, passphrase: str) -> None:
        self._store.change_passphrase(passphrase, self._kdf_cost)

    def lock(self) -> None:
        self._store.lock()

    def close(self) -> None:
        self._store.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- named records --------------------------------------------------------------------------
    def _named(self, table: str, name: str) -> Any:
        return named_value(self._store, table, name)

    def _put_named(self, table: str, name: str, value: Any) -> None:
        put_named_value(self._store, table, name, value)

    def _put_setting(self, name: str, value: Any) -> None:
        self._put_named("settings", name, value)

    def setting(self, name: str, default: Any = None) -> Any:
        found = self._named("settings", name)
        return default if found is None else found

    def set_setting(self, name: str, value: Any) -> None:
        """Any JSON value; None removes it."""
        if name == "card":
            raise ValueError("the card is written by the workspace itself")
        self._put_setting(name, value)

    # --- the card -------------------------------------------------------------------------------
    def card(self) -> WorkspaceCard:
        """Raises VaultLocked, VaultCorrupted."""
        return WorkspaceCard.from_json(self._named("settings", "card"))

    def mark_opened(self) -> WorkspaceCard:
        card = self.card()
        card = WorkspaceCard(
            card.learner, card.created, self._clock(), card.summary, card.checked, card.inputs
        )
        self._put_setting("card", card.to_json())
        return card

    def record_review(self, review: PortfolioReview) -> WorkspaceCard:
        """Keep the summary of the last "verify all" on the card."""
        card = self.card()
        card = WorkspaceCard(
            card.learner, card.created, card.opened, review.summary(), review.checked, review.inputs
        )
        self._put_setting("card", card.to_json())
        return card

    def rename(self, learner: str) -> WorkspaceCard:
        learner = " ".join(learner.split())
        if not learner:
            raise ValueError("a workspace needs the learner's name")
        card = self.card()
        card = WorkspaceCard(
            learner, card.created, card.opened, card.summary, card.checked, card.inputs
        )
        self._put_setting("card", card.to_json())
        return card

    # --- the portfolio's inputs (read-only originals) -------------------------------------------
    def add_files(self, files: Sequence[PortfolioFile]) -> list[AddOutcome]:
        """Keep each input's bytes, once (one transaction for all of them)."""
        known = {dedupe: cid for cid, dedupe, _, _ in self._store.credential_rows()}
        outcomes = []
        added = self._clock().isoformat()
        with self._store.transaction() as conn:
            for file in files:
                dedupe = self._store.cipher.keyed_id("inputs", hashlib.sha256(file.data).digest())
                if dedupe in known:
                    outcomes.append(AddOutcome(file.name, known[dedupe], False))
                    continue
                cid = new_id()
                seq = len(known)  # the order inputs were given in, whatever the clock says
                summary = dumps(
                    {"name": file.name, "added": added, "size": len(file.data), "seq": seq}
                )
                self._store.put_credential(conn, cid, dedupe, summary, file.data)
                known[dedupe] = cid
                outcomes.append(AddOutcome(file.name, cid, True))
        return outcomes

    def file_ids(self) -> dict[str, str]:
        """Input name -> its record id (for :func:`item_key`)."""
        return {name: cid for cid, name, _ in self._summaries()}

    def _summaries(self) -> list[tuple[str, str, int]]:
        """(record id, input name, position) of every input, in the order they were added."""
        found = []
        for cid, _, blob, version in self._store.credential_rows():
            plain = self._store.open_record("credentials.summary", cid, blob, version)
            summary = loads(plain, cid)
            try:
                found.append((cid, str(summary["name"]), int(summary["seq"])))
            except (KeyError, TypeError, ValueError):
                raise VaultCorrupted(f"input {cid} has a damaged summary", record=cid) from None
        found.sort(key=lambda row: row[2])
        return found

    def document_cache(self) -> VaultDocumentCache:
        """Where documents fetched while checking this portfolio online are kept: encrypted in
        the workspace, never in the user's cache folder (which issuers a learner's credentials
        name is the learner's business). Call ``flush()`` on it after the run."""
        return VaultDocumentCache(self._store)

    def files(self) -> list[PortfolioFile]:
        """Every input exactly as it was received, in the order they were added."""
        files = []
        for cid, name, _ in self._summaries():
            data = self._store.credential_part(cid, "original")
            if data is None:
                raise VaultCorrupted(f"input {cid} has no original", record=cid)
            files.append(PortfolioFile(name, data))
        return files

    # --- notes ----------------------------------------------------------------------------------
    def note(self, key: str) -> str:
        value = self._named("notes", key)
        return value if isinstance(value, str) else ""

    def set_note(self, key: str, text: str) -> None:
        """Save the note for ``key`` (an :func:`item_key`), durably; "" removes it."""
        if len(text) > MAX_NOTE_CHARS:
            raise ValueError(f"a note is limited to {MAX_NOTE_CHARS:,} characters")
        self._put_named("notes", key, text or None)

    def notes(self) -> dict[str, str]:
        """Every note by key."""
        found = {}
        for rid, blob, version in self._store.rows("notes"):
            record = loads(self._store.open_record("notes", rid, blob, version), rid)
            if isinstance(record.get("value"), str):
                found[str(record["name"])] = record["value"]
        return found

    @property
    def portfolio_note(self) -> str:
        return self.note(PORTFOLIO_NOTE)

    def set_portfolio_note(self, text: str) -> None:
        self.set_note(PORTFOLIO_NOTE, text)

    def require_unlocked(self) -> None:
        if not self._store.unlocked:
            raise VaultLocked("the workspace is locked")
