"""CBOR-LD both ways: what the encoder writes, the decoder reads back as the same document.

Three layers: the golden presentations (byte-pinned by DCC vpqr 2.2.1 in ``tests/present``) round
trip and keep their signatures; the numbering follows the indexed OB 3.0.3 context, not the spec
repository's variant (see ``wallet/formats/cborld/context.py``); and hypothesis generates
JSON-LD-ish documents that use only terms the bundled contexts define, with values shaped by each
term's type, for which decode(encode(d)) == d and re-encoding the result gives the same bytes.
"""

from __future__ import annotations

import base64
import json
import string
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import ROOT
from wallet.dids.multibase import b58encode
from wallet.formats.cborld import decode_cborld, encode_cborld
from wallet.formats.cborld.context import ActiveContext, TermTable
from wallet.formats.cborld.registry import TYPE_DATE, TYPE_DATETIME, TYPE_MULTIBASE
from wallet.formats.sniff import read_input
from wallet.formats.vp1 import decode_vp1
from wallet.jsonld import default_store
from wallet.present.vpqr import vp1_payload
from wallet.verify.dispatch import verify_unpacked
from wallet.verify.options import VerifyOptions
from wallet.verify.report import Status

GOLDEN = ROOT / "tests" / "present" / "golden"
CONTEXTS = ROOT / "resources" / "contexts"
V1 = "https://www.w3.org/2018/credentials/v1"
V2 = "https://www.w3.org/ns/credentials/v2"
OB_303 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
ED25519_2020 = "https://w3id.org/security/suites/ed25519-2020/v1"


def loader(url: str) -> Any:
    return default_store().document(url)


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
def test_ob_303_terms_are_numbered_from_the_indexed_copy_not_the_spec_repo_copy() -> None:
    variant = json.loads(
        (CONTEXTS / "purl.imsglobal.org_spec_ob_v3p0_context-3.0.3.specrepo.json").read_text()
    )

    def spec_repo_loader(url: str) -> Any:
        return variant if url == OB_303 else loader(url)

    document = {"@context": [V2, OB_303], "type": ["VerifiableCredential", "OpenBadgeCredential"]}
    document["narrative"] = "Welded under supervision"  # sorts after "endorsementJwt"
    ours = encode_cborld(document)
    theirs = encode_cborld(document, spec_repo_loader)
    assert ours != theirs  # the indexed copy's "endorsementJwt" and "jti" shift later ids
    assert decode_cborld(ours, loader) == document
    assert decode_cborld(theirs, spec_repo_loader) == document
    # Read with the wrong copy, a payload silently means something else.
    misread = decode_cborld(theirs, loader)
    assert misread == {
        **{k: v for k, v in document.items() if k != "narrative"},
        "inLanguage": document["narrative"],
    }


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
