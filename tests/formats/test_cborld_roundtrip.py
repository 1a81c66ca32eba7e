"""CBOR-LD both ways: what the encoder writes, the decoder reads back as the same document.

Three layers: the golden presentations (byte-pinned by DCC vpqr 2.2.1 with the DCC document
loader, in ``tests/present``) round trip and keep their signatures; the numbering follows the DCC
apps' copy of OB 3.0.3 (the spec repository's) and a payload numbered with the validator's copy
is still read, never misread (``wallet/formats/cborld/numbering.py``, ``reading.py``); and
hypothesis generates JSON-LD-ish documents that use only terms the bundled contexts define, with
values shaped by each term's type, for which decode(encode(d)) == d, re-encoding the result gives
the same bytes, and reading with the wrong numbering never gives another document.
"""

from __future__ import annotations

import base64
import json
import string
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import cbor2
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import ROOT, VECTORS
from wallet.dids.multibase import b58encode
from wallet.errors import InputError
from wallet.formats.cborld import (
    DCC,
    NUMBERINGS,
    VALIDATOR,
    CborldEncodeError,
    decode_cborld,
    encode_cborld,
    read_cborld,
)
from wallet.formats.cborld.context import ActiveContext, TermTable
from wallet.formats.cborld.numbering import Numbering, bundled_loader
from wallet.formats.cborld.registry import TYPE_DATE, TYPE_DATETIME, TYPE_MULTIBASE
from wallet.formats.sniff import read_input
from wallet.formats.vp1 import decode_vp1
from wallet.present.vpqr import vp1_payload
from wallet.verify.dispatch import verify_unpacked
from wallet.verify.options import VerifyOptions
from wallet.verify.report import Status

GOLDEN = ROOT / "tests" / "present" / "golden"
V1 = "https://www.w3.org/2018/credentials/v1"
V2 = "https://www.w3.org/ns/credentials/v2"
OB_303 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
ED25519_2020 = "https://w3id.org/security/suites/ed25519-2020/v1"


loader = DCC.loader(bundled_loader)  # what the encoder numbers with by default
validator_loader = VALIDATOR.loader(bundled_loader)


# --- golden presentations -------------------------------------------------------------------------
@pytest.mark.parametrize("path", sorted(GOLDEN.glob("vp1-*.json")), ids=lambda p: p.stem)
def test_golden_presentations_round_trip_and_still_verify(path: Path) -> None:
    presentation = json.loads(path.read_text("utf-8"))["presentation"]
    payload = vp1_payload(presentation)
    assert decode_vp1(payload) == presentation
    from_qr = verify_unpacked(read_input(payload.encode()), VerifyOptions())
    from_json = verify_unpacked(read_input(json.dumps(presentation).encode()), VerifyOptions())
    assert from_qr.to_json() == from_json.to_json()
    signature = from_qr.check("signature")
    assert signature is not None and signature.status is Status.PASS
    for inner, document in zip(
        from_qr.credentials, presentation["verifiableCredential"], strict=True
    ):
        if "proof" in document:
            check = inner.check("signature")
            assert check is not None and check.status is Status.PASS


# --- the two OB 3.0.3 variants --------------------------------------------------------------------
NARRATIVE = {
    "@context": [V2, OB_303],
    "type": ["VerifiableCredential", "OpenBadgeCredential"],
    "narrative": "Welded under supervision",  # sorts after "endorsementJwt"
}


def test_ob_303_terms_are_numbered_from_the_dcc_copy_not_the_validator_copy() -> None:
    ours = encode_cborld(NARRATIVE)
    assert ours == encode_cborld(NARRATIVE, loader)
    assert ours != encode_cborld(NARRATIVE, validator_loader)  # "endorsementJwt", "jti" shift ids
    assert decode_cborld(ours, loader) == NARRATIVE
    # Decoded with the other copy, the same bytes silently mean something else: why reading checks.
    assert decode_cborld(ours, validator_loader) == {
        **{k: v for k, v in NARRATIVE.items() if k != "narrative"},
        "inLanguage": NARRATIVE["narrative"],
    }


def test_a_payload_that_reads_as_two_documents_is_refused_not_guessed() -> None:
    # Both readings decode, re-encode to the same bytes and use only defined terms.
    with pytest.raises(InputError, match="two different documents"):
        read_cborld(encode_cborld(NARRATIVE), bundled_loader)


def test_the_one_document_is_ambiguous_whichever_copy_numbered_it() -> None:
    old = encode_cborld(NARRATIVE, validator_loader)
    assert encode_cborld(decode_cborld(old, loader), loader) == old  # a second reading holds up
    with pytest.raises(InputError, match="two different documents"):
        read_cborld(old, bundled_loader)


@pytest.mark.parametrize("path", sorted(GOLDEN.glob("vp1-*.json")), ids=lambda p: p.stem)
def test_a_validator_numbered_presentation_is_read_as_only_that_reading_holds_up(
    path: Path,
) -> None:
    """What earlier Learner Wallet versions wrote (the validator's copy) still reads."""
    presentation = json.loads(path.read_text("utf-8"))["presentation"]
    old = encode_cborld(presentation, validator_loader)
    assert old != encode_cborld(presentation)
    with pytest.raises(InputError):
        decode_cborld(old, loader)  # the DCC numbering cannot read it at all
    assert read_cborld(old, bundled_loader) == presentation


def _public_ob_303_credentials() -> list[tuple[str, dict[str, Any]]]:
    """Every JSON document in the public vectors that names OB 3.0 context 3.0.3 and that both
    numberings can write (the rest use terms no context defines)."""
    found = []
    for path in sorted(VECTORS.rglob("*.json")):
        try:
            document = json.loads(path.read_text("utf-8"))
        except ValueError:
            continue  # the vectors include files that are broken on purpose
        if not isinstance(document, dict) or OB_303 not in json.dumps(document.get("@context")):
            continue
        try:
            encode_cborld(document, loader), encode_cborld(document, validator_loader)
        except CborldEncodeError:
            continue
        found.append((str(path.relative_to(VECTORS)), document))
    return found


def test_public_credentials_read_back_exactly_whichever_copy_numbered_them() -> None:
    """No real credential is ambiguous: the wrong numbering never holds up for any of them."""
    credentials = _public_ob_303_credentials()
    assert len(credentials) >= 20
    for name, document in credentials:
        for write in (loader, validator_loader):
            assert read_cborld(encode_cborld(document, write), bundled_loader) == document, name


def test_an_array_of_documents_shares_one_numbering_and_reads_back() -> None:
    presentation = {"@context": [V2], "type": ["VerifiablePresentation"]}
    both = [NARRATIVE, presentation]
    encoded = encode_cborld(both, validator_loader)
    assert decode_cborld(encoded, validator_loader) == both
    with pytest.raises(InputError, match="two different documents"):
        read_cborld(encoded, bundled_loader)  # NARRATIVE is ambiguous on its own, and here too
    assert read_cborld(encode_cborld([presentation, presentation]), bundled_loader) == [
        presentation,
        presentation,
    ]


def test_the_numberings_agree_where_no_context_differs() -> None:
    document = {"@context": [V2], "type": ["VerifiablePresentation"]}
    assert encode_cborld(document, loader) == encode_cborld(document, validator_loader)
    assert read_cborld(encode_cborld(document), bundled_loader) == document


def test_a_payload_no_numbering_reads_says_so_naming_both_copies() -> None:
    bad = _cborld({1: [V2, OB_303], 9998: 1})
    with pytest.raises(InputError, match=r"not defined.*either copy of OB 3\.0 context 3\.0\.3"):
        read_cborld(bad, bundled_loader)
    # Where the copies do not matter, the message does not name them.
    with pytest.raises(InputError, match="not defined") as raised:
        read_cborld(_cborld({1: [V2], 9998: 1}), bundled_loader)
    assert "3.0.3" not in str(raised.value)


def test_a_reading_that_does_not_encode_back_to_the_same_bytes_is_refused() -> None:
    # The same map with its entries out of CBOR's canonical order: it decodes into the document,
    # but it is not what vpqr writes, so which numbering wrote it cannot be confirmed.
    written = encode_cborld(NARRATIVE)
    entries = cbor2.loads(written[3:])
    loose = _cborld(dict(reversed(entries.items())))
    assert loose != written and decode_cborld(loose, loader) == NARRATIVE
    with pytest.raises(InputError, match="does not encode back to the same bytes"):
        read_cborld(loose, bundled_loader)


def _cborld(value: Any) -> bytes:
    return b"\xd9\x05\x01" + cbor2.dumps(value)


# --- property: generated documents ----------------------------------------------------------------
@dataclass(frozen=True)
class Profile:
    """A root node's contexts and types, and what the bundled contexts define under them."""

    contexts: tuple[str, ...]
    types: tuple[str, ...]
    root_terms: dict[str, str]  # term -> value kind
    nested_terms: dict[str, str]
    nested_types: tuple[str, ...]  # types with no scoped context


def _kinds(table: TermTable, active: ActiveContext) -> dict[str, str]:
    kinds = {}
    for term, definition in active.terms.items():
        if term in active.scoped:
            continue  # types and property-scoped terms would change what is defined below
        if term in active.id_aliases:
            kinds[term] = "id"
        elif term in active.type_aliases:
            kinds[term] = "type"
        else:
            kinds[term] = table.term_type(active, definition) or "plain"
    return kinds


def _profile(contexts: tuple[str, ...], types: tuple[str, ...]) -> Profile:
    table = TermTable(loader)
    stack: list[ActiveContext] = []
    base, _ = table.apply_embedded(stack, list(contexts))
    root, _ = table.apply_type_scoped(stack, {"type": list(types)})
    nested = _kinds(table, base)
    plain_types = tuple(sorted(nested))  # any term name is a @vocab value (written as its id)
    root_terms = {k: v for k, v in _kinds(table, root).items() if v != "type"}
    return Profile(contexts, types, root_terms, nested, plain_types)


PROFILES = [
    _profile((V2, OB_303), ("VerifiableCredential", "OpenBadgeCredential")),
    _profile((V2,), ("VerifiablePresentation",)),
    _profile((V1, ED25519_2020), ("VerifiablePresentation",)),
]
ROUND_TRIP = settings(
    max_examples=300, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)

_PATH = st.text(string.ascii_letters + string.digits + "/-._~?#=&", max_size=16)
_NAME = st.text(string.ascii_letters + string.digits + "-_", min_size=1, max_size=12)
_KEY_BYTES = st.binary(min_size=1, max_size=34)
URIS = st.one_of(
    _PATH.map(lambda p: "https://example.org/" + p),
    _PATH.map(lambda p: "http://example.org/" + p),
    _PATH.map(lambda p: "https://example.org:8443/" + p),  # kept as text: not a known scheme
    st.uuids(version=4).map(lambda u: f"urn:uuid:{u}"),
    st.uuids(version=4).map(lambda u: f"urn:uuid:{str(u).upper()}"),
    _KEY_BYTES.map(lambda b: "did:key:z" + b58encode(b)),
    st.tuples(_KEY_BYTES, _KEY_BYTES).map(
        lambda p: f"did:key:z{b58encode(p[0])}#z{b58encode(p[1])}"
    ),
    _NAME.map(lambda n: "did:example:" + n),
    _NAME,  # a relative IRI
)
MULTIBASE = st.one_of(
    st.binary(max_size=40).map(lambda b: "z" + b58encode(b)),
    st.binary(max_size=40).map(lambda b: "M" + base64.b64encode(b).decode()),
    st.text(max_size=10).filter(lambda s: s[:1] not in ("z", "M")),
)
DATES = st.one_of(
    st.dates(min_value=date(1, 1, 1)).map(lambda d: f"{d.year:04d}-{d.month:02d}-{d.day:02d}"),
    st.text(max_size=12),
)
_MOMENTS = st.datetimes(min_value=datetime(1960, 1, 1), max_value=datetime(9999, 12, 31))
DATETIMES = st.one_of(
    _MOMENTS.map(lambda m: m.replace(tzinfo=UTC).strftime("%Y-%m-%dT%H:%M:%SZ")),
    _MOMENTS.map(lambda m: m.strftime("%Y-%m-%dT%H:%M:%S") + f".{m.microsecond // 1000:03d}Z"),
    _MOMENTS.map(lambda m: m.isoformat() + "+02:00"),
    st.text(max_size=12),
)
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**53), 2**53),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=20),
)
TYPED = {"id": URIS, TYPE_MULTIBASE: MULTIBASE, TYPE_DATE: DATES, TYPE_DATETIME: DATETIMES}


def _node(profile: Profile, terms: dict[str, str], depth: int) -> st.SearchStrategy[Any]:
    keys = st.lists(st.sampled_from(sorted(terms)), max_size=5, unique=True)
    return keys.flatmap(
        lambda chosen: st.fixed_dictionaries(
            {term: _value(profile, terms[term], depth) for term in chosen}
        )
    )


def _value(profile: Profile, kind: str, depth: int) -> st.SearchStrategy[Any]:
    if kind == "type":
        vocab = st.one_of(st.sampled_from(profile.nested_types), URIS)
        return st.one_of(vocab, st.lists(vocab, min_size=1, max_size=3))
    if kind in TYPED:
        return TYPED[kind]
    nodes = _node(profile, profile.nested_terms, depth + 1) if depth < 3 else st.nothing()
    if kind == "@id":
        items = st.one_of(URIS, nodes)
    elif kind == "plain":
        items = st.one_of(SCALARS, nodes)
    else:  # @json, xsd:anyURI, ...: no codec, so only text keeps its meaning
        return st.text(max_size=20)
    return st.one_of(items, st.lists(items, max_size=3))


@st.composite
def documents(draw: st.DrawFn) -> dict[str, Any]:
    profile = draw(st.sampled_from(PROFILES))
    document: dict[str, Any] = {"@context": list(profile.contexts), "type": list(profile.types)}
    document.update(draw(_node(profile, profile.root_terms, 0)))
    return document


@ROUND_TRIP
@given(documents())
def test_generated_documents_round_trip(document: dict[str, Any]) -> None:
    encoded = encode_cborld(document)
    decoded = decode_cborld(encoded, loader)
    assert decoded == document
    assert encode_cborld(decoded) == encoded


@ROUND_TRIP
@given(documents(), st.sampled_from(NUMBERINGS))
def test_reading_with_either_numbering_never_gives_another_document(
    document: dict[str, Any], numbering: Numbering
) -> None:
    """Whichever copy numbered the payload, reading gives the document back or refuses it as
    ambiguous (both readings hold up): never a different document, and never another error."""
    encoded = encode_cborld(document, numbering.loader(bundled_loader))
    try:
        read = read_cborld(encoded, bundled_loader)
    except InputError as exc:
        assert "two different documents" in str(exc)
    else:
        assert read == document
