"""The Spanish translation is complete: every message of the template is in
``learner_wallet_es.ts``, finished, with the same placeholders, accelerators and HTML as its source;
and the language the app picks (system, choice, fallback)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ui.common.language import available_languages, resolve_language

FOLDER = Path(__file__).resolve().parents[2] / "resources" / "translations"
PLACEHOLDER = re.compile(r"%(?:n|\d)|\{\d*\}")
TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?(/?)>")


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            found[(context.findtext("name") or "", message.findtext("source") or "")] = message
    return found


TEMPLATE = _messages(FOLDER / "learner_wallet.ts")
SPANISH = _messages(FOLDER / "learner_wallet_es.ts")


def _forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = [f.text or "" for f in translation.iter("numerusform")]
    return forms if message.get("numerus") == "yes" else [translation.text or ""]


def _tags(text: str) -> list[str]:
    """The element names of the HTML tags in ``text``, in order, closing ones marked."""
    return [
        ("/" if m.group(0).startswith("</") else "") + m.group(1).lower()
        for m in TAG.finditer(text)
    ]


def test_the_template_is_not_empty() -> None:
    assert len(TEMPLATE) > 700


def test_every_message_of_the_template_is_translated_and_finished() -> None:
    missing = [key for key in TEMPLATE if key not in SPANISH]
    unfinished = [
        key
        for key, message in SPANISH.items()
        if (t := message.find("translation")) is None
        or t.get("type") in ("unfinished", "vanished", "obsolete")
        or not all(form.strip() for form in _forms(message))
    ]
    assert missing == []
    assert unfinished == []


def test_counted_phrases_have_both_spanish_plural_forms() -> None:
    counted = [m for m in SPANISH.values() if m.get("numerus") == "yes"]
    assert counted
    assert [m.findtext("source") for m in counted if len(_forms(m)) != 2] == []


def _problems(source: str, form: str) -> list[str]:
    """What a translation ``form`` of ``source`` lost: placeholders, accelerator, markup, lines."""
    problems = []
    if Counter(PLACEHOLDER.findall(form)) != Counter(PLACEHOLDER.findall(source)):
        problems.append("placeholders")  # every %1, %2, %n and {0}, each as often
    if _accelerator(form) != _accelerator(source):
        problems.append("accelerator")  # an & in the source is one in the translation
    if _tags(form) != _tags(source):
        problems.append("markup")
    if form.count("\n") != source.count("\n"):
        problems.append("line breaks")
    return problems


def _accelerator(text: str) -> bool:
    return bool(re.search(r"&\S", text.replace("&&", "")))


def test_placeholders_accelerators_and_markup_are_kept() -> None:
    lost = [
        (key[1], form, problems)
        for key in TEMPLATE
        for form in _forms(SPANISH[key])
        if (problems := _problems(key[1], form))
    ]
    assert lost == []


def test_the_wallet_is_a_cartera_and_the_product_keeps_its_name() -> None:
    texts = [(k[1], f) for k, m in SPANISH.items() for f in _forms(m)]
    assert not [f for _, f in texts if re.search(r"monedero|billetera", f, re.IGNORECASE)]
    assert [f for s, f in texts if "Learner Wallet" in s and "Learner Wallet" not in f] == []


def test_the_checker_finds_what_a_translation_lost() -> None:
    assert _problems("%1 of %2 %3", "%1 de %2") == ["placeholders"]
    assert _problems("<b>bold</b>", "<b>negrita") == ["markup"]
    assert _problems("&Open", "Abrir") == ["accelerator"]
    assert _problems("%n of {0}\n&Next", "%n de {0}\n&Siguiente") == []


# --- which language -------------------------------------------------------------------------
AVAILABLE = {"en", "es"}


@pytest.mark.parametrize(
    ("choice", "system", "expected"),
    [
        ("", ["es-MX", "es"], "es"),
        ("", ["es-AR"], "es"),
        ("", ["fr-FR", "fr"], "en"),  # no French: the source language
        ("", ["fr-FR", "es-ES"], "es"),  # the system's second choice, when the first is missing
        ("", ["en-US", "es"], "en"),  # English first: English, though Spanish is there too
        ("", [], "en"),
        ("en", ["es-ES"], "en"),  # the learner's choice wins over the system
        ("es", ["en-GB"], "es"),
        ("es_MX", ["en-GB"], "es"),
        ("system", ["es-CL"], "es"),
        ("de", ["es-ES"], "en"),  # a choice nobody translated: English, not the system's
    ],
)
def test_the_language_follows_the_system_with_a_fallback(
    choice: str, system: list[str], expected: str
) -> None:
    assert resolve_language(choice, system, AVAILABLE) == expected


@given(
    choice=st.text(max_size=12),
    system=st.lists(st.text(max_size=12), max_size=4),
)
def test_any_choice_or_system_gives_a_shipped_language(choice: str, system: list[str]) -> None:
    assert resolve_language(choice, system, AVAILABLE) in AVAILABLE


def test_the_languages_available_are_english_and_each_built_qm(tmp_path: Path) -> None:
    assert available_languages(tmp_path) == {"en"}
    (tmp_path / "learner_wallet_es.qm").write_bytes(b"")
    (tmp_path / "learner_wallet.ts").write_text("")
    assert available_languages(tmp_path) == {"en", "es"}
