"""Which language the app speaks: the system's, unless the learner chose one in Settings (or on
the start page), or ``LEARNER_WALLET_LANGUAGE`` says otherwise (tests, screenshots).

The choice is the machine's, not the wallet's: it lives in the app's ``QSettings`` beside the
window layout (nothing private), so it applies before any wallet is unlocked, and it takes effect
at the next start. A language with no ``learner_wallet_<lang>.qm`` falls back to English, the
source language; a regional variant (``es_MX``, ``es_AR``) uses its language's file.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QComboBox, QHBoxLayout, QLabel, QWidget

from wallet.resources import resource_path

__all__ = [
    "ENV",
    "SETTING",
    "LanguageBox",
    "available_languages",
    "chosen_language",
    "install_translations",
    "resolve_language",
]

ENV = "LEARNER_WALLET_LANGUAGE"
SETTING = "ui/language"  # "" (or absent): the system's
SOURCE = "en"  # the language the strings are written in; needs no file
# Each shipped language by its own name, so a person who cannot read the current one finds theirs.
NAMES = {"en": "English", "es": "Español"}


def available_languages(folder: Path | None = None) -> set[str]:
    """English and every language whose ``learner_wallet_<lang>.qm`` was built (``make
    translations``)."""
    folder = folder or resource_path("translations")
    built = {p.stem.removeprefix("learner_wallet_") for p in folder.glob("learner_wallet_*.qm")}
    return {SOURCE, *built}


def resolve_language(choice: str, preferred: Iterable[str], available: set[str]) -> str:
    """The language to show: ``choice`` ("es", "es_MX"; "" or "system" for the system's), else
    the first of the system's ``preferred`` languages (BCP 47 tags, most wanted first, as
    ``QLocale.uiLanguages()`` gives them) that is ``available``, else English."""
    tags = [choice] if choice and choice.lower() != "system" else list(preferred)
    for tag in tags:
        language = tag.replace("-", "_").split("_")[0].lower()
        if language in available:
            return language
    return SOURCE


def chosen_language(settings: QSettings | None = None) -> str:
    """The environment's override, else the learner's choice, else "" (the system's)."""
    override = os.environ.get(ENV, "").strip()
    if override:
        return override
    value = (settings or QSettings()).value(SETTING, "")
    return value if isinstance(value, str) else ""


def install_translations(
    app: QApplication, settings: QSettings | None = None, folder: Path | None = None
) -> list[QTranslator]:
    """Load Qt's own strings and ours (from ``folder``, default the resources') for the chosen
    language; returns the translators installed (none for English)."""
    folder = folder or resource_path("translations")
    system = QLocale.system()
    choice = chosen_language(settings)
    language = resolve_language(choice, system.uiLanguages(), available_languages(folder))
    installed: list[QTranslator] = []
    if language == SOURCE:
        return installed
    locale = QLocale(language)
    if system.language() != locale.language():
        QLocale.setDefault(locale)  # dates and numbers in the language the app speaks
    for name, where in (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("learner_wallet", str(folder)),
    ):
        translator = QTranslator(app)
        if translator.load(f"{name}_{language}", where):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


class LanguageBox(QWidget):
    """ "Language: [System default | English | Español]", kept in ``settings`` by :meth:`apply`
    (or at once, with ``save_at_once``), with "takes effect when you restart" once changed."""

    def __init__(
        self,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
        *,
        save_at_once: bool = False,
    ) -> None:
        super().__init__(parent)
        self.settings = settings if settings is not None else QSettings()
        self.combo = QComboBox(self)
        self.combo.setAccessibleName(self.tr("Language"))
        self.combo.addItem(self.tr("System default"), "")
        for code, name in NAMES.items():
            self.combo.addItem(name, code)
        current = self.settings.value(SETTING, "")
        self.combo.setCurrentIndex(max(self.combo.findData(current or ""), 0))
        self.label = QLabel(self.tr("&Language:"), self)
        self.label.setBuddy(self.combo)
        self.note = QLabel(self.tr("Takes effect when you restart Learner Wallet."), self)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.note.setVisible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.combo)
        layout.addWidget(self.note, 1)
        self._initial = self.choice()
        self.combo.currentIndexChanged.connect(self._changed)
        self.save_at_once = save_at_once

    def choice(self) -> str:
        return str(self.combo.currentData() or "")

    def _changed(self) -> None:
        self.note.setVisible(self.choice() != self._initial)
        if self.save_at_once:
            self.apply()

    def apply(self) -> None:
        self.settings.setValue(SETTING, self.choice())
        self.settings.sync()
