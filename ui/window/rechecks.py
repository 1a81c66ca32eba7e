"""Re-verification with the network (issue 12), as the window runs it: never on the GUI thread,
never blocking the window.

- After unlock: the one question (:class:`~ui.settings.network.NetworkQuestionBar`) until the
  learner answered; then, at most once a day (``VaultNetwork.due``), every credential checked
  again in the background, in chunks (``WalletService.recheck_many``) so that opening a
  credential between two chunks is served at once; the library is refreshed after each chunk,
  so verdicts change in place.
- "Check again now" on a credential's page: that credential, with documents fetched anew
  (``WalletService.recheck``), then the page and the library show the new report.

Every service call goes through :func:`ui.common.tasks.run_task`; a lock while a recheck runs
stops it at the next chunk.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from ui.common.plurals import english
from ui.common.tasks import run_task
from ui.common.verdicts import verdict_label
from ui.settings.network import NetworkQuestionBar
from ui.window.wallet_state import WalletState
from wallet.vault.network import NetworkChoice

__all__ = ["CHUNK", "Rechecks"]

CHUNK = 25  # credentials per background task: a click waits for at most one chunk


class Rechecks(QObject):
    """GUI-thread object. ``message`` carries a sentence for the status bar; ``rechecked``
    fires when a credential checked again (``check_one``) has its new report stored."""

    message = Signal(str)
    rechecked = Signal(str)  # credential id
    finished = Signal()  # a background re-check of every credential is done

    def __init__(
        self, state: WalletState, question: NetworkQuestionBar, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.question = question
        self.question.answered.connect(self.answer)
        self.running = False
        self._generation = 0  # bumped on lock: chunks of an older unlock stop
        state.locked.connect(self._stop)

    # --- after unlock -----------------------------------------------------------------------
    def after_unlock(self) -> None:
        """Ask the one question, or start the day's re-check when it is due."""
        service = self.state.service

        def read(_: object) -> tuple[bool, bool]:
            network = service.network
            return network.choice().asked, network.due()

        def decide(found: tuple[bool, bool]) -> None:
            asked, due = found
            if not self.state.is_unlocked:
                return
            self.question.setVisible(not asked)
            if due:
                self.recheck_all()

        run_task(self, read, decide, self._failed)

    def answer(self, choice: NetworkChoice) -> None:
        """Keep the learner's answer; when it is "online", check everything now."""
        self.question.setVisible(False)
        service = self.state.service

        def save(_: object) -> bool:
            service.network.choose(choice)
            return bool(service.network.due())

        def then(due: bool) -> None:
            if choice.online:
                self.message.emit(self.tr("Credentials will be checked online."))
            else:
                self.message.emit(self.tr("Nothing will be fetched from the network."))
            if due:
                self.recheck_all()

        run_task(self, save, then, self._failed)

    def after_settings(self) -> None:
        """Settings were saved: the question is answered, and a re-check may now be due."""
        self.after_unlock()

    # --- every credential, in the background ------------------------------------------------
    def recheck_all(self) -> None:
        if self.running or not self.state.is_unlocked:
            return
        self.running = True
        service, generation = self.state.service, self._generation
        ids: list[str] = []
        self.message.emit(self.tr("Checking your credentials online…"))

        def listed(found: list[str]) -> None:
            ids.extend(found)
            step(0)

        def step(start: int) -> None:
            if generation != self._generation or not self.state.is_unlocked:
                self.running = False
                return
            chunk = ids[start : start + CHUNK]
            if not chunk:
                run_task(self, lambda _: service.finish_recheck(), done, self._failed)
                return

            def next_chunk(_: Any) -> None:
                if generation == self._generation and self.state.is_unlocked:
                    self.state.refresh()  # the library's verdicts change in place
                step(start + CHUNK)

            run_task(self, lambda _: service.recheck_many(chunk), next_chunk, self._failed)

        def done(_: Any) -> None:
            self.running = False
            if generation == self._generation and self.state.is_unlocked:
                count = len(ids)
                text = english(self.tr("Checked %n credential(s) online.", "", count), count)
                self.message.emit(text)
                self.finished.emit()

        run_task(self, lambda _: [s.id for s in service.list_credentials()], listed, self._failed)

    # --- one credential ---------------------------------------------------------------------
    def check_one(self, credential_id: str, then: Callable[[str], None] | None = None) -> None:
        """For "Check again now": verify this credential again, fetching anew; then refresh."""
        if not self.state.is_unlocked:
            return
        service = self.state.service
        self.message.emit(self.tr("Checking again…"))

        def done(report: Any) -> None:
            if not self.state.is_unlocked:
                return
            word = verdict_label(report.verdict)
            self.message.emit(self.tr("Checked again: %1").replace("%1", word))
            self.state.refresh(lambda: self.rechecked.emit(credential_id))
            if then is not None:
                then(credential_id)

        run_task(self, lambda _: service.recheck(credential_id), done, self._failed)

    def _stop(self) -> None:
        self._generation += 1
        self.running = False
        self.question.setVisible(False)

    def _failed(self, error: BaseException) -> None:
        self.running = False
        self.message.emit(str(error) or type(error).__name__)
