"""VP1- payloads: our CBOR-LD decoder against payloads the real DCC vpqr library wrote (with the
DCC document loader, as Learner Credential Wallet does), and against one an earlier Learner
Wallet wrote (numbered with the 1EdTech validator's copy of OB 3.0 context 3.0.3)."""

from __future__ import annotations

import base64
import json

import cbor2
import pytest

from tests.formats.helpers import FIXTURES
from wallet.errors import InputError, InputTooDeep
from wallet.formats.cborld import decode_cborld
from wallet.formats.sniff import read_input
from wallet.formats.vp1 import decode_vp1, vp1_bytes
from wallet.jsonld import default_store
from wallet.verify.dispatch import verify_unpacked
from wallet.verify.options import VerifyOptions
from wallet.verify.report import Status, Verdict

VP1 = FIXTURES / "vp1"
NAMES = ["ob3-v1-presentation", "ob3-v2-presentation"]


def loader(url: str) -> object:
    return default_store().document(url)


def payload(document_bytes: bytes) -> str:
    return "VP1-B" + base64.b32encode(b"\xd9\x05\x01" + document_bytes).decode().rstrip("=")


@pytest.mark.parametrize("name", NAMES)
def test_decodes_what_vpqr_encoded(name: str) -> None:
    expected = json.loads((VP1 / f"{name}.json").read_text())
    assert decode_vp1((VP1 / f"{name}.vp1.txt").read_text()) == expected


def test_decodes_what_an_earlier_learner_wallet_encoded() -> None:
    old = (VP1 / "ob3-v2-presentation.validator-numbering.vp1.txt").read_text()
    new = (VP1 / "ob3-v2-presentation.vp1.txt").read_text()
    assert old != new  # the numbering changed ...
    expected = json.loads((VP1 / "ob3-v2-presentation.json").read_text())
    assert decode_vp1(old) == decode_vp1(new) == expected  # ... and both read the same


@pytest.mark.parametrize("name", NAMES)
def test_the_credential_inside_keeps_its_signature(name: str) -> None:
    report = verify_unpacked(read_input((VP1 / f"{name}.vp1.txt").read_bytes()), VerifyOptions())
    assert report.kind == "presentation" and report.verdict is Verdict.UNSIGNED
    (inner,) = report.credentials
    signature = inner.check("signature")
    assert signature is not None and signature.status is Status.PASS


def test_one_flipped_character_changes_the_outcome() -> None:
    text = (VP1 / "ob3-v2-presentation.vp1.txt").read_text().strip()
    # Flip a character near the end (inside the proof value): decoding may succeed, but the
    # credential must no longer verify.
    flipped = text[:-10] + ("A" if text[-10] != "A" else "B") + text[-9:]
    try:
        report = verify_unpacked(read_input(flipped.encode()), VerifyOptions())
    except InputError:
        return
    assert report.credentials[0].verdict is Verdict.INVALID


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("VP1-Z1234", "base32"),
        ("VP1-B", "CBOR-LD tag"),
        ("VP1-BAAAA", "CBOR-LD tag"),
        (payload(b"")[:-1] + "A", "valid CBOR"),
        ("VP1-B" + base64.b32encode(b"\xd9\x05\x07\xa0").decode().rstrip("="), "mode 7"),
        (payload(cbor2.dumps({0: 0x7777})), "not in the registry"),
        (payload(cbor2.dumps({0: 0x11, 9998: 1})), "not defined"),
        (payload(cbor2.dumps({0: 0x11}) + b"\x00"), "after its end"),
        (payload(cbor2.dumps({0: 0x11, 2: cbor2.CBORTag(1, 0)})), "tag"),
        (payload(cbor2.dumps({0: 0x11, 2: cbor2.CBORTag(99999, 0)})), "tag"),
        (payload(cbor2.dumps({0: "https://evil.example/context"})), "does not bundle"),
        (payload(cbor2.dumps({0: 0x11, 1: [0x11]})), "both"),
        (payload(cbor2.dumps([1, 2])), "maps"),
        (payload(cbor2.dumps({0: 0x11, 6: "x"})), "keyword"),
    ],
    ids=[
        "not-base32",
        "empty",
        "short",
        "cut",
        "mode",
        "ctx-id",
        "term",
        "trailing",
        "date-tag",
        "unknown-tag",
        "ctx-url",
        "both-ctx",
        "not-map",
        "keyword",
    ],
)
def test_malformed_payloads_are_input_errors(text: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        decode_vp1(text)


def test_nesting_is_bounded() -> None:
    deep: object = "x"
    for _ in range(200):
        deep = [deep]
    with pytest.raises(InputTooDeep):
        decode_cborld(b"\xd9\x05\x01" + cbor2.dumps(deep), loader)


def test_shared_references_cannot_make_cycles() -> None:
    shared = b"\xd8\x1c\x81\xd8\x1d\x00"  # tag 28: shareable [ tag 29: shared(0) ]
    with pytest.raises(InputError):
        decode_cborld(b"\xd9\x05\x01" + shared, loader)


def test_uncompressed_cborld_is_read_as_json() -> None:
    document = {"@context": "https://www.w3.org/2018/credentials/v1", "type": "X"}
    assert decode_cborld(b"\xd9\x05\x00" + cbor2.dumps(document), loader) == document


def test_lower_case_base32_is_accepted() -> None:
    text = (VP1 / "ob3-v1-presentation.vp1.txt").read_text().strip()
    assert vp1_bytes("VP1-B" + text[5:].lower()) == vp1_bytes(text)
