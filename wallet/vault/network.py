"""The vault's side of the network (issue 12): the learner's one choice, the encrypted document
cache, and the verification runs that use them.

- **The choice** (:class:`NetworkChoice`, in the vault's settings): whether to check credentials
  online, asked once by the app (default: yes, for verification only), and whether badge
  pictures may be downloaded too (default: no). Never asked means offline: nothing goes online
  unasked (DESIGN "Network").
- **The cache**: every document the wallet fetches while the vault is open is kept encrypted in
  it (:class:`~wallet.vault.documents.VaultDocumentCache`), so a did:web document, a status
  list, an OB 2.0 badge class or a badge picture fetched once is there offline afterwards.
- **Runs**: :meth:`VaultNetwork.run` gives the verification options of one run (one
  :class:`~wallet.verify.online.OnlineChecks`: one fetch per URL), online when allowed.
  Re-verification with the network is due at most once a day (:meth:`VaultNetwork.due`).

Runs on the caller's thread, like the service; :meth:`VaultNetwork.run` writes what it fetched
when it ends, so it is entered with no transaction open (the service does).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from wallet.errors import FetchError
from wallet.net.cache import CachedDocument
from wallet.net.fetcher import Fetcher, WebFetcher
from wallet.net.settings import NetworkSettings
from wallet.trust.known import KnownRegistry, bundled_registries
from wallet.trust.registries import RegistryClient
from wallet.vault.documents import VaultDocumentCache
from wallet.vault.organise import Organiser
from wallet.vault.store import VaultStore
from wallet.verify.online import OnlineChecks
from wallet.verify.options import VerifyOptions

__all__ = ["RECHECK_EVERY", "NetworkChoice", "NetworkRun", "VaultNetwork"]

RECHECK_EVERY = timedelta(days=1)  # issue 12: re-verified in the background at most once a day
MAX_IMAGE_BYTES = 5 * 1024 * 1024
_IMAGE_ACCEPT = "image/png, image/svg+xml, image/jpeg, image/gif, image/webp;q=0.9"
_SETTING = "network"
_LAST_RECHECK = "network.last_recheck"


@dataclass(frozen=True)
class NetworkChoice:
    """What the learner allowed. ``verify`` is None until they were asked."""

    verify: bool | None = None
    images: bool = False

    @property
    def asked(self) -> bool:
        return self.verify is not None

    @property
    def online(self) -> bool:
        return self.verify is True

    def to_json(self) -> dict[str, Any]:
        return {"verify": self.verify, "images": self.images}

    @classmethod
    def from_json(cls, value: Any) -> NetworkChoice:
        if not isinstance(value, dict):
            return cls()
        verify = value.get("verify")
        return cls(
            verify if isinstance(verify, bool) else None,
            value.get("images") is True and verify is True,
        )


@dataclass(frozen=True)
class NetworkRun:
    """The options of one run, and its network (None when offline)."""

    options: VerifyOptions
    checks: OnlineChecks | None


class VaultNetwork:
    """The network as one unlocked vault uses it. ``settings`` and ``registries`` are the
    seams tests set (default: the environment, DCC's known registries)."""

    def __init__(
        self,
        store: VaultStore,
        organiser: Organiser,
        clock: Callable[[], datetime],
        *,
        settings: NetworkSettings | None = None,
        registries: Sequence[KnownRegistry] | None = None,
    ) -> None:
        self._organiser = organiser
        self._clock = clock
        self._settings = settings
        self._registries = registries
        self.cache = VaultDocumentCache(store)

    # --- the choice ---------------------------------------------------------------------------
    def choice(self) -> NetworkChoice:
        return NetworkChoice.from_json(self._organiser.setting(_SETTING))

    def choose(self, choice: NetworkChoice) -> None:
        self._organiser.set_setting(_SETTING, choice.to_json())

    # --- runs ---------------------------------------------------------------------------------
    @contextmanager
    def run(
        self, base: VerifyOptions, *, online: bool | None = None, refresh: bool = False
    ) -> Iterator[NetworkRun]:
        """One run of verifications: ``base`` with the network when the learner allowed it
        (``online`` overrides), over this vault's cache, one fetch per URL. Offline, the copies
        kept in the vault still answer, saying when they were fetched (a did:web credential
        checked online stays valid "from a copy fetched at ..."); a vault that never kept any
        verifies exactly as without a network layer (on every core). ``refresh`` fetches every
        document anew ("check again now"). Documents fetched are written to the vault when the
        run ends (call it with no transaction open)."""
        allowed = self.choice().online if online is None else online
        if not allowed and not self.cache.holds_any():
            yield NetworkRun(base, None)
            return
        checks = OnlineChecks.for_run(
            offline=not allowed,
            refresh=refresh,
            cache=self.cache,
            registries=self._registries,
            settings=self._settings,
            clock=self._clock,
        )
        try:
            yield NetworkRun(checks.apply_to(base), checks)
        finally:
            checks.close()
            self.cache.flush()

    def due(self) -> bool:
        """Is a background re-verification with the network due (allowed, and none in the
        last day; a date in the future, from a clock that was wrong, counts as none)?"""
        if not self.choice().online:
            return False
        when = self.last_recheck()
        if when is None:
            return True
        return self._clock() - when >= RECHECK_EVERY or when > self._clock()

    def mark_rechecked(self) -> None:
        self._organiser.set_setting(_LAST_RECHECK, self._clock().isoformat())

    def last_recheck(self) -> datetime | None:
        last = self._organiser.setting(_LAST_RECHECK)
        try:
            when = datetime.fromisoformat(last) if isinstance(last, str) else None
        except ValueError:
            return None
        return when if when is not None and when.tzinfo is not None else None

    def registry_copies(self) -> RegistryClient:
        """The configured issuer registries, answered only from the copies kept in this vault
        (never the network): the consent screen says what they list without going online for
        it (issue 16). A registry never fetched answers "unreachable"."""
        registries = bundled_registries() if self._registries is None else self._registries
        fetcher = WebFetcher(
            settings=self._settings, cache=self.cache, offline=True, clock=self._clock
        )
        return RegistryClient(fetcher, registries, clock=self._clock)

    # --- what was fetched ---------------------------------------------------------------------
    def documents(self) -> list[CachedDocument]:
        """Every document kept in the vault, newest first (Settings: what, from where, when)."""
        return self.cache.documents()

    def cached(self, url: str) -> CachedDocument | None:
        """The kept copy of ``url`` (no network)."""
        return self.cache.get(url)

    def fetch_images(self, urls: Sequence[str], fetcher: Fetcher) -> int:
        """Download the badge pictures at ``urls`` not kept yet (only when the learner allowed
        pictures); returns how many were fetched. Failures are skipped: a picture is never a
        reason to fail anything."""
        if not self.choice().images:
            return 0
        fetched = 0
        for url in dict.fromkeys(urls):
            if not url.startswith("https://") or self.cache.get(url) is not None:
                continue
            try:
                document = fetcher.fetch(url, max_bytes=MAX_IMAGE_BYTES, accept=_IMAGE_ACCEPT)
            except FetchError:
                continue
            if document.content_type.split(";", 1)[0].strip().lower().startswith("image/"):
                fetched += 1
        return fetched
