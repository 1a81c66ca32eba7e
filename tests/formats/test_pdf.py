"""A PDF evidence pack is verified through the presentation attached to it."""

from __future__ import annotations

import io
import json

import pytest
from pypdf import PdfWriter

from wallet.demo import DemoIssuer
from wallet.errors import InputError, InputTooLarge
from wallet.formats.jsontext import MAX_JSON_BYTES
from wallet.formats.sniff import read_input
from wallet.verify import Verdict, VerifyOptions, verify_input
from wallet.verify.dispatch import verify_unpacked


def pdf_with(attachments: dict[str, bytes]) -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    for name, data in attachments.items():
        writer.add_attachment(name, data)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


CREDENTIAL = json.dumps(DemoIssuer().achievement_credential("Teamwork")).encode()


def test_a_damaged_pdf_is_one_sentence() -> None:
    with pytest.raises(InputError, match="a PDF that cannot be read"):
        read_input(b"%PDF-1.7\n" + b"\x00garbage" * 50)


def test_a_pdf_with_nothing_attached_says_so() -> None:
    with pytest.raises(InputError, match="no signed presentation attached"):
        read_input(pdf_with({}))


def test_several_json_files_but_no_presentation_is_ambiguous() -> None:
    with pytest.raises(InputError, match="no signed presentation attached"):
        read_input(pdf_with({"a.json": CREDENTIAL, "b.json": CREDENTIAL}))


def test_an_oversized_attachment_is_refused() -> None:
    big = b'{"x": "' + b"a" * MAX_JSON_BYTES + b'"}'
    with pytest.raises(InputTooLarge):
        read_input(pdf_with({"presentation.json": big}))


def test_a_tampered_attachment_fails_its_signature() -> None:
    document = json.loads(CREDENTIAL)
    document["name"] = "Brain Surgery"
    report = verify_input(pdf_with({"presentation.json": json.dumps(document).encode()}))
    assert report.verdict is Verdict.INVALID


def test_the_attached_presentation_is_what_is_verified() -> None:
    unpacked = read_input(pdf_with({"credential-01.json": b"{}", "presentation.json": CREDENTIAL}))
    assert unpacked.kind == "PDF"
    assert "attached to a PDF (presentation.json)" in unpacked.found
    report = verify_unpacked(unpacked, VerifyOptions())
    assert report.verdict is Verdict.VALID


def test_a_lone_json_attachment_is_used() -> None:
    report = verify_input(pdf_with({"badge.json": CREDENTIAL}))
    assert report.verdict is Verdict.VALID
