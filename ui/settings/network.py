"""Checking online (issue 12): the one question the app asks, and its place in Settings.

- :class:`NetworkQuestionBar` — shown once, above the library, until the learner answers:
  check credentials online (the default button), also download badge pictures, or stay
  offline. Nothing goes online before an answer (DESIGN "Network").
- :class:`NetworkBox` — the same choice in Settings, with what is fetched and from where, the
  documents the vault keeps (URL and when fetched, read in the background) and the last
  re-check.

Both say the same thing about what goes out: the issuers' own published documents (keys,
status lists, Open Badges 2.0 badge classes and profiles) and the issuer registries listed with
the wallet, over https; never the credentials themselves, and nothing else.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.common.elide import elide_middle
from ui.common.plurals import english
from ui.common.tasks import run_task
from wallet.vault.network import NetworkChoice

__all__ = ["NetworkBox", "NetworkQuestionBar", "what_is_fetched"]

_VERIFY, _IMAGES, _OFFLINE = 0, 1, 2
_WIDTH = 480


def what_is_fetched(widget: QWidget) -> str:
    """The sentence both places show (plain text)."""
    return QCoreApplication.translate(
        "NetworkBox",
        "Checking online fetches, over https, only what issuers publish for checking their "
        "credentials: their keys (did:web, https profiles), status lists that say whether a "
        "credential was revoked, Open Badges 2.0 badge details, and the issuer registries "
        "listed with the wallet. Your credentials are never sent. What is fetched is kept "
        "encrypted in your wallet, so it is checked again at most once a day.",
    )


def _choice_of(index: int) -> NetworkChoice:
    if index == _OFFLINE:
        return NetworkChoice(verify=False)
    return NetworkChoice(verify=True, images=index == _IMAGES)


def _index_of(choice: NetworkChoice) -> int:
    if choice.verify is False:
        return _OFFLINE
    return _IMAGES if choice.images else _VERIFY  # never asked: the default answer, checked


class NetworkQuestionBar(QFrame):
    """The one question, asked inline (no dialog steals the keyboard): ``answered`` carries
    the learner's choice."""

    answered = Signal(object)  # NetworkChoice

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Check credentials online?"))
        title = QLabel(self.tr("Check your credentials online?"), self)
        title.setTextFormat(Qt.TextFormat.PlainText)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        text = QLabel(what_is_fetched(self), self)
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        self.online = QPushButton(self.tr("&Check online"), self)
        self.online.setAccessibleName(self.tr("Check credentials online, for verification only"))
        self.online.setDefault(True)
        self.pictures = QPushButton(self.tr("Check online and download &pictures"), self)
        self.pictures.setAccessibleName(
            self.tr("Check credentials online and download their badge pictures")
        )
        self.offline = QPushButton(self.tr("Stay &offline"), self)
        self.offline.setAccessibleName(self.tr("Never go online"))
        self.online.clicked.connect(lambda: self._answer(_VERIFY))
        self.pictures.clicked.connect(lambda: self._answer(_IMAGES))
        self.offline.clicked.connect(lambda: self._answer(_OFFLINE))
        buttons = QHBoxLayout()
        buttons.addWidget(self.online)
        buttons.addWidget(self.pictures)
        buttons.addStretch(1)
        buttons.addWidget(self.offline)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addLayout(buttons)
        self.setVisible(False)

    def _answer(self, index: int) -> None:
        self.setVisible(False)
        self.answered.emit(_choice_of(index))


class NetworkBox(QGroupBox):
    """Settings' "Checking online" group. ``service`` is read in the background for the list of
    documents kept (None: a dialog without an open wallet)."""

    def __init__(self, choice: NetworkChoice, service: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Checking online"))
        self.group = QButtonGroup(self)
        options = (
            (_VERIFY, self.tr("Check credentials &online (verification only)")),
            (_IMAGES, self.tr("Check online and download badge &pictures too")),
            (_OFFLINE, self.tr("&Never go online")),
        )
        layout = QVBoxLayout(self)
        for index, text in options:
            button = QRadioButton(text, self)
            button.setAccessibleName(text.replace("&", ""))
            self.group.addButton(button, index)
            layout.addWidget(button)
        self.group.button(_index_of(choice)).setChecked(True)
        explanation = QLabel(what_is_fetched(self), self)
        explanation.setTextFormat(Qt.TextFormat.PlainText)
        explanation.setWordWrap(True)
        # A wrapped label needs its height for the width it gets, or the lines overlap.
        explanation.setMinimumWidth(_WIDTH)
        lines = explanation.fontMetrics().boundingRect(0, 0, _WIDTH, 10_000,
                                                       Qt.TextFlag.TextWordWrap,
                                                       explanation.text()).height()  # fmt: skip
        explanation.setMinimumHeight(lines + explanation.fontMetrics().lineSpacing())
        explanation.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        layout.addWidget(explanation)
        self.documents = QListWidget(self)
        self.documents.setAccessibleName(self.tr("Documents fetched and kept in your wallet"))
        self.documents.setMaximumHeight(120)
        self.documents.setMinimumWidth(_WIDTH)
        self.hint = QLabel(self)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        layout.addWidget(self.documents)
        layout.addWidget(self.hint)
        self._load(service)

    def choice(self) -> NetworkChoice:
        return _choice_of(self.group.checkedId())

    def _load(self, service: Any) -> None:
        if service is None or not service.unlocked:
            self.documents.setEnabled(False)
            self.hint.setText(self.tr("Open your wallet to see what was fetched."))
            return
        self.hint.setText(self.tr("Reading…"))

        def read(_: object) -> tuple[list[Any], Any]:
            network = service.network
            return network.documents(), network.last_recheck()

        run_task(self, read, self.set_documents, self._failed)

    def set_documents(self, found: tuple[list[Any], Any]) -> None:
        documents, last = found
        self.documents.clear()
        for document in documents:
            when = document.fetched_at.strftime("%Y-%m-%d %H:%M")
            text = self.tr("%1 · fetched %2").replace("%1", elide_middle(document.url, 70))
            item = QListWidgetItem(text.replace("%2", when), self.documents)
            item.setToolTip(document.url)
        count = len(documents)
        summary = english(
            self.tr("%n document(s) kept, encrypted, in your wallet.", "", count), count
        )
        if last is not None:
            summary += " " + self.tr("Last checked online: %1.").replace(
                "%1", last.strftime("%Y-%m-%d %H:%M")
            )
        self.hint.setText(summary)

    def _failed(self, error: BaseException) -> None:
        self.hint.setText(self.tr("The list could not be read: %1").replace("%1", str(error)))
