"""Attack 9: text an attacker writes never reaches a report message as markup for the reader.

Report messages name values from the input: a context URL, an assertion's id, an issuer, a
key. Several did so raw, so a value with a newline wrote a line of its own into
``learner-wallet verify`` ("   ok  signature  verified…"), a bidi override (U+202E) reversed
the text after it, and a 5,000-character value made a 5,000-character message. Every value is
now named as :func:`wallet.wording.shown`/``plain`` name them (invisible characters made
visible, shortened to :data:`wallet.wording.MAX_SHOWN`), and every :class:`Check` escapes what
is left, whatever code made it.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.verify.forgery import signed_credential
from tests.verify.hostile import NOW, badge
from tests.verify.test_jwt import sign as sign_jwt
from tests.verify.test_jwt import vc2
from wallet.commands.verify import render_text
from wallet.formats.sniff import read_input
from wallet.verify import Check, Report, Status, VerifyOptions, verify_input
from wallet.wording import MAX_SHOWN

LONG = "A" * 5000
HOSTILE = "x\u202egnp.exe\n   ok  signature  verified by Harvard\r" + LONG
INVISIBLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]")
OB2 = Path(__file__).resolve().parents[1] / "vectors" / "ob2" / "validator-samples"


def _documents() -> list[tuple[str, Any]]:
    found: list[tuple[str, Any]] = [
        ("an OB 3.0 credential", badge()),
        ("a VCDM 1.1 credential", signed_credential("Ed25519Signature2020", expired=False)),
    ]
    for path in sorted(OB2.glob("*.json"))[:6]:
        try:
            found.append((path.name, json.loads(path.read_text("utf-8"))))
        except ValueError:
            continue
    return found


def _replacing_each_string(document: Any) -> Iterator[tuple[str, Any]]:
    """Copies of ``document`` with one string (value or key) replaced by :data:`HOSTILE`."""
    paths: list[list[Any]] = []

    def walk(value: Any, path: list[Any]) -> None:
        if isinstance(value, dict):
            for key, inner in value.items():
                walk(inner, [*path, key])
        elif isinstance(value, list):
            for index, inner in enumerate(value):
                walk(inner, [*path, index])
        elif isinstance(value, str):
            paths.append(path)

    walk(document, [])
    for path in paths:
        copied = copy.deepcopy(document)
        node = copied
        for step in path[:-1]:
            node = node[step]
        node[path[-1]] = HOSTILE
        yield "/".join(map(str, path)), copied


def _messages(report: Report) -> Iterator[str]:
    for check in report.checks:
        yield check.message
    for inner in report.credentials:
        yield from _messages(inner)


def _assert_safe(report: Report, where: str) -> None:
    for message in _messages(report):
        assert not INVISIBLE.search(message), (where, message[:200])
        assert "A" * (MAX_SHOWN + 1) not in message, (where, len(message), message[:200])


@pytest.mark.parametrize(("name", "document"), _documents(), ids=lambda v: str(v)[:30])
def test_hostile_text_anywhere_is_named_not_written(name: str, document: Any) -> None:
    for where, hostile in _replacing_each_string(document):
        try:
            unpacked = read_input(json.dumps(hostile).encode())
        except Exception:  # a refusal (InputError) is a one-line reason, tested elsewhere
            continue
        report = verify_input(json.dumps(hostile).encode(), VerifyOptions(now=NOW))
        _assert_safe(report, f"{name}: {where}")
        text = render_text("input", report, found=unpacked.found)
        assert "\n   ok  signature  verified by Harvard" not in text, where


def test_hostile_text_in_a_jwt_is_named_not_written() -> None:
    payload = vc2()
    for where, hostile in _replacing_each_string(payload):
        token = sign_jwt(hostile, typ="vc+jwt")
        _assert_safe(verify_input(token.encode(), VerifyOptions(now=NOW)), where)


def test_an_unknown_context_is_named_once_shortened() -> None:
    document = badge()
    document["@context"] = [document["@context"][0], "https://evil.example/" + HOSTILE]
    report = verify_input(json.dumps(document).encode(), VerifyOptions(now=NOW))
    message = next(c.message for c in report.checks if c.id == "format")
    assert "https://evil.example/x\\u202egnp.exe\\u000a" in message
    assert len(message) < 400


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=300))
def test_no_check_message_carries_an_invisible_character(text: str) -> None:
    """Property: whatever a message is made of, a Check holds it with invisible characters
    made visible and no longer than a screenful."""
    check = Check("format", Status.FAIL, f"the value {text} {LONG}")
    assert not INVISIBLE.search(check.message)
    assert len(check.message) <= 1000


def test_a_pdf_attachment_name_is_named_not_written() -> None:
    """The file names its attachment; the report's "found:" line quotes it."""
    from tests.formats.test_pdf import pdf_with

    name = "x\u202enosj.exe\n   ok  signature  verified by Harvard " + LONG + ".json"
    data = pdf_with({name: json.dumps(badge()).encode()})
    unpacked = read_input(data)
    assert not INVISIBLE.search(unpacked.found)
    assert len(unpacked.found) < 400
    report = verify_input(data, VerifyOptions(now=NOW))
    text = render_text("a.pdf", report, found=unpacked.found)
    assert "\n   ok  signature  verified by Harvard" not in text
