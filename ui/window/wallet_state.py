"""The open wallet as the UI sees it: the service, the item models over what it returns, and the
signals views listen to. Views never call the service directly for reads; they read the models.

On lock every model is emptied and every cached image dropped, so no decrypted data stays in
the UI (DESIGN.md, "The vault": the UI drops decrypted data on lock).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from ui.common.collector import freeze_long_lived, thaw
from ui.common.tasks import run_task
from ui.library.images import ImageCache
from ui.library.model import LibraryModel
from ui.share.history import ShareHistoryModel

__all__ = ["WalletState"]


class WalletState(QObject):
    """GUI-thread object. ``service`` is a ``WalletService`` (or ``None`` before opening)."""

    changed = Signal()  # the models hold fresh data
    unlocked = Signal()
    locked = Signal()
    failed = Signal(str)  # a background call failed: a sentence for the status bar

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service: Any = None
        self.library = LibraryModel(self)
        self.shares = ShareHistoryModel(self)  # loaded on demand (load_shares)
        self.collections: list[Any] = []
        self.images = ImageCache(self._load_image, parent=self)
        self._open = False  # True between a successful unlock and the next lock
        # the heap was frozen after this unlock's first load (ui.common.collector)
        self._frozen = False

    def _load_image(self, image_hash: str) -> bytes | None:
        service = self.service  # read on the worker thread: the service may have been locked
        if service is None or not service.unlocked:
            return None
        data: bytes | None = service.image(image_hash)
        return data

    @property
    def is_unlocked(self) -> bool:
        return self._open and self.service is not None

    def set_service(self, service: Any) -> None:
        self.service = service

    def after_unlock(self) -> None:
        self._open = True
        self.unlocked.emit()
        self.refresh()

    def refresh(self, then: Callable[[], None] | None = None) -> None:
        """Reload summaries and collections from the service (background), then ``changed``."""
        service = self.service

        def work(_: object) -> tuple[list[Any], list[Any]]:
            return service.list_credentials(), service.collections()

        def done(result: tuple[list[Any], list[Any]]) -> None:
            if not self.is_unlocked:
                return  # locked while loading: keep the models empty
            summaries, collections = result
            self.collections = collections
            self.library.set_summaries(summaries)
            if not self._frozen:
                self._frozen = True
                freeze_long_lived()
            self.changed.emit()
            if then is not None:
                then()

        run_task(self, work, done, self._failed)

    def call(
        self,
        work: Callable[[Any], Any],
        then: Callable[[Any], None] | None = None,
        *,
        refresh: bool = True,
    ) -> None:
        """Run ``work(service)`` in the background; refresh the models afterwards."""
        service = self.service

        def done(result: Any) -> None:
            if then is not None:
                then(result)
            if refresh and self.is_unlocked:
                self.refresh()

        run_task(self, lambda _: work(service), done, self._failed)

    def load_shares(self, then: Callable[[], None] | None = None) -> None:
        """Read the sharing history (background) into :attr:`shares`, then call ``then``."""
        service = self.service

        def done(shares: list[Any]) -> None:
            if not self.is_unlocked:
                return  # locked while loading: keep the model empty
            names = {str(s.id): s.name for s in self.library.summaries()}
            self.shares.set_shares(shares, names)
            if then is not None:
                then()

        run_task(self, lambda _: service.shares(), done, self._failed)

    def _failed(self, error: BaseException) -> None:
        self.failed.emit(str(error) or type(error).__name__)

    def lock(self) -> None:
        """Empty the models now; lock the vault in the background (after queued work)."""
        self._open = False
        self.library.clear()
        self.shares.clear()
        self.images.clear()
        self.collections = []
        if self._frozen:
            self._frozen = False
            thaw()
        service = self.service
        if service is not None:
            run_task(self, lambda _: service.lock(), None, self._failed)
        self.locked.emit()

    def close(self) -> None:
        self._open = False
        self.library.clear()
        self.shares.clear()
        self.images.clear()
        service, self.service = self.service, None
        if service is not None:
            run_task(self, lambda _: service.close(), None, lambda _e: None)
