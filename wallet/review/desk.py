"""The advisor's desk: every learner's review workspace in one folder, and what the start page
shows of each.

Workspaces live in ``review/`` in the user data folder (``--`` injectable), one ``*.review`` file
per learner, apart from the advisor's own wallet: an advisor needs no wallet of their own to
review. Each is encrypted with its own passphrase; the advisor may have its key remembered in
the OS keyring (opt-in, as the wallet's "remember on this device").

The start page lists the workspaces with the learner's name, when each was last opened and its
last summary. Those are inside the encrypted file: :meth:`ReviewDesk.entries` reads them for
workspaces whose key the keyring remembers (no passphrase needed, no Argon2id), and lists the
others as locked, with the file's date, until they are opened. Nothing about a learner is ever
written outside their workspace. Slow-ish (opens files): run in the background.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from wallet.errors import KeyringUnavailable, VaultError, WrongPassphrase
from wallet.review.workspace import SUFFIX, Workspace, WorkspaceCard
from wallet.vault.kdf import DEFAULT_COST, KdfCost
from wallet.vault.keyring_seam import OsKeyring, SecretKeeper

__all__ = ["DeskEntry", "ReviewDesk", "default_desk_folder"]


def default_desk_folder() -> Path:
    """``review/`` in the platform's user data folder, beside the wallet (platformdirs)."""
    from platformdirs import user_data_path

    return user_data_path("learner-wallet", appauthor=False) / "review"


@dataclass(frozen=True)
class DeskEntry:
    """One workspace on the start page: its file, its card when it could be read without a
    passphrase (else None, and ``problem`` says why when it is not simply locked)."""

    path: Path
    card: WorkspaceCard | None
    modified: datetime
    problem: str = ""

    @property
    def locked(self) -> bool:
        return self.card is None


class ReviewDesk:
    """The folder of workspaces. ``keyring`` is where remembered keys are (the OS keyring by
    default); ``kdf_cost`` the Argon2id cost for new workspaces (tests inject TEST_COST)."""

    def __init__(
        self,
        folder: Path | None = None,
        *,
        keyring: SecretKeeper | None = None,
        kdf_cost: KdfCost = DEFAULT_COST,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.folder = folder or default_desk_folder()
        self.keyring = keyring or OsKeyring()
        self.kdf_cost = kdf_cost
        self.clock = clock

    def keyring_reason(self) -> str | None:
        """None when keys can be remembered here, else the sentence to show. Never raises."""
        try:
            return self.keyring.unavailable_reason()
        except Exception as exc:  # a broken backend is a reason not to offer it
            return f"the system keyring cannot be used here ({exc})"

    def paths(self) -> list[Path]:
        if not self.folder.is_dir():
            return []
        return sorted(p for p in self.folder.glob(f"*{SUFFIX}") if p.is_file())

    def entries(self) -> list[DeskEntry]:
        """Every workspace, most recently opened first (locked ones by file date)."""
        found = [self._entry(path) for path in self.paths()]
        found.sort(key=lambda e: e.card.opened if e.card else e.modified, reverse=True)
        return found

    def _entry(self, path: Path) -> DeskEntry:
        modified = datetime.fromtimestamp(path.stat().st_mtime, UTC)
        try:
            with self.open(path) as workspace:
                if self.keyring_reason() is None and workspace.unlock_from(self.keyring):
                    return DeskEntry(path, workspace.card(), modified)
        except (KeyringUnavailable, WrongPassphrase):
            pass  # a stale remembered key: the passphrase opens it
        except VaultError as exc:
            return DeskEntry(path, None, modified, str(exc))
        except OSError as exc:
            return DeskEntry(path, None, modified, exc.strerror or str(exc))
        return DeskEntry(path, None, modified)

    def create(self, learner: str, passphrase: str, *, remember: bool = False) -> Workspace:
        """A new workspace for ``learner``, unlocked. Slow: Argon2id. Raises ValueError (no
        name), KeyringUnavailable (``remember`` without a keyring; nothing is left behind)."""
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = self.folder / f"{secrets.token_hex(8)}{SUFFIX}"
        workspace = Workspace.create(
            path, passphrase, learner, kdf_cost=self.kdf_cost, clock=self.clock
        )
        if remember:
            try:
                workspace.remember(self.keyring)
            except BaseException:
                workspace.close()
                path.unlink(missing_ok=True)
                raise
        return workspace

    def open(self, path: Path) -> Workspace:
        """Open without unlocking. Raises VaultInUse, VaultCorrupted, VaultTooNew."""
        return Workspace.open(path, clock=self.clock, kdf_cost=self.kdf_cost)

    def open_remembered(self, path: Path) -> Workspace | None:
        """Open and unlock from the keyring; None when the keyring has no key for it (the
        workspace is then closed again)."""
        workspace = self.open(path)
        try:
            if self.keyring_reason() is None and workspace.unlock_from(self.keyring):
                return workspace
        except (KeyringUnavailable, WrongPassphrase):
            pass
        except BaseException:
            workspace.close()
            raise
        workspace.close()
        return None
