"""Expansion notes: what JSON-LD would silently drop, and forms its contexts would not write.

Each hostile document names the exact note :func:`expand_document` must make; the verifier turns
notes into ``format`` problems (see tests/verify/test_signed_view.py), and the statements the
signature covers never contain the injected value, so nothing unsigned can be shown as signed.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.verify.hostile import badge, unsecured
from wallet.errors import ContextIntegrityError, UnknownContextError
from wallet.jsonld import (
    CanonicalizationError,
    ContextStore,
    UnsupportedJsonLd,
    canonicalize,
    default_store,
    expand_document,
)
from wallet.jsonld.rdf import nquad

UNDEFINED_TERMS = "https://www.w3.org/ns/credentials/undefined-terms/v2"
EXAMPLES_V2 = "https://www.w3.org/ns/credentials/examples/v2"


def _notes(document: dict[str, Any]) -> list[tuple[str, str]]:
    return [(n.kind, n.message) for n in expand_document(document).notes]


def _statements_text(document: dict[str, Any]) -> str:
    statements = expand_document(document).statements()
    return "".join(nquad(*q) for q in statements.quads)


# --- A4: data that is not signed -------------------------------------------------------------
@pytest.mark.parametrize("where", ["credential", "subject", "achievement"])
def test_an_undefined_term_is_noted_and_not_in_the_statements(where: str) -> None:
    document = badge()
    target = {
        "credential": document,
        "subject": document["credentialSubject"],
        "achievement": document["credentialSubject"]["achievement"],
    }[where]
    target["gpa"] = "4.0"
    assert _notes(document) == [("undefined", "the term “gpa” is not defined by any context")]
    # VCDM 2.0's @vocab gives it an issuer-dependent IRI, but it stays out of any other vocabulary
    assert "4.0" not in canonicalize(unsecured(badge()))


def test_an_undefined_term_in_a_vcdm_1_1_credential_makes_no_statement() -> None:
    document = badge(suite="Ed25519Signature2020")
    document["credentialSubject"]["gpa"] = "4.0"
    assert ("undefined", "the term “gpa” is not defined by any context") in _notes(document)
    assert "4.0" not in _statements_text(unsecured(document))


def test_an_undefined_type_is_noted_on_its_own() -> None:
    document = badge()
    document["type"].append("GoldStarCredential")
    assert _notes(document) == [
        ("undefined-type", "the type “GoldStarCredential” is not defined by any context")
    ]


def test_a_key_that_looks_like_a_keyword_is_noted() -> None:
    """JSON-LD 1.1 ignores '@'-prefixed non-keywords: their data would be shown, not signed."""
    document = badge()
    document["credentialSubject"]["@gpa"] = "4.0"
    assert _notes(document) == [
        ("reserved", "the key “@gpa” is not a JSON-LD keyword, so its data is not signed")
    ]
    assert "4.0" not in _statements_text(document)


def test_an_examples_context_defines_every_term_through_its_vocab() -> None:
    """The W3C examples context maps any term into its own vocabulary: nothing is dropped, so
    there is nothing to note (terms such as AlumniCredential in the W3C vectors)."""
    document = {
        "@context": ["https://www.w3.org/ns/credentials/v2", EXAMPLES_V2],
        "type": ["VerifiableCredential", "AlumniCredential"],
        "issuer": "https://vc.example/issuers/5678",
        "credentialSubject": {"id": "did:example:abc", "alumniOf": "The School of Examples"},
    }
    assert _notes(document) == []
    assert "https://www.w3.org/ns/credentials/examples#alumniOf" in _statements_text(document)


def test_a_clean_credential_has_no_notes() -> None:
    assert _notes(badge()) == []
    assert _notes(badge(suite="Ed25519Signature2020")) == []


# --- A12: forms the contexts would not produce -----------------------------------------------
@pytest.mark.parametrize(
    ("key", "value"),
    [
        (
            "https://www.w3.org/2018/credentials#validUntil",
            {
                "@value": "2020-01-01T00:00:00Z",
                "@type": "http://www.w3.org/2001/XMLSchema#dateTime",
            },
        ),
        ("cred:validUntil", "2020-01-01T00:00:00Z"),
    ],
)
def test_a_full_or_compact_iri_for_a_defined_term_is_an_alias(key: str, value: Any) -> None:
    document = badge()
    document["@context"] = [*document["@context"], {"cred": "https://www.w3.org/2018/credentials#"}]
    document[key] = value
    kinds = [kind for kind, _ in _notes(document)]
    assert "alias" in kinds
    assert any(key in message for _, message in _notes(document))


def test_a_keyword_where_its_alias_is_defined_is_an_alias() -> None:
    document = badge()
    document["credentialSubject"]["@id"] = document["credentialSubject"].pop("id")
    assert _notes(document) == [
        (
            "alias",
            "the key “@id” is not how its contexts write this; the credential may have "
            "been altered",
        )
    ]


def test_a_type_written_as_its_iri_is_an_alias() -> None:
    document = badge()
    document["type"] = [
        "https://www.w3.org/2018/credentials#VerifiableCredential",
        "OpenBadgeCredential",
    ]
    assert (
        "alias",
        "the type “https://www.w3.org/2018/credentials#VerifiableCredential” is not how its "
        "contexts write this; the credential may have been altered",
    ) in _notes(document)


def test_an_explicit_typed_value_under_a_coercing_term_is_an_alias() -> None:
    document = badge()
    document["validFrom"] = {
        "@value": document["validFrom"],
        "@type": "http://www.w3.org/2001/XMLSchema#dateTime",
    }
    assert [k for k, _ in _notes(document)] == ["alias"]


def test_a_null_member_is_noted_as_absent() -> None:
    document = badge()
    document["validUntil"] = None
    assert _notes(document) == [("null", "validUntil is null, so it is read as absent")]


# --- A3: contexts ----------------------------------------------------------------------------
def test_an_inline_context_that_only_adds_terms_is_read() -> None:
    """Issue 10: an inline context object is part of the signed document and may add terms."""
    document = badge()
    document["credentialSubject"]["@context"] = {"grade": "https://school.example/grade"}
    document["credentialSubject"]["grade"] = "A"
    assert _notes(document) == []
    assert "https://school.example/grade" in _statements_text(document)


def test_an_inline_context_cannot_redefine_a_protected_term() -> None:
    document = badge()
    document["@context"] = [*document["@context"], {"name": "https://evil.example/name"}]
    with pytest.raises(CanonicalizationError, match="protected term “name”"):
        expand_document(document)


def test_an_inline_context_cannot_set_a_vocabulary() -> None:
    document = badge()
    document["@context"] = [*document["@context"], {"@vocab": "https://evil.example/"}]
    with pytest.raises(UnsupportedJsonLd, match="@vocab"):
        expand_document(document)


def test_an_unknown_context_url_is_named_and_never_fetched() -> None:
    document = badge()
    document["@context"] = [*document["@context"], "https://evil.example/context.json"]
    with pytest.raises(UnknownContextError) as caught:
        expand_document(document)
    assert caught.value.url == "https://evil.example/context.json"
    with pytest.raises(UnknownContextError):
        canonicalize(unsecured(document))


def test_a_document_without_a_context_cannot_be_expanded() -> None:
    document = unsecured(badge())
    del document["@context"]
    with pytest.raises(CanonicalizationError, match="no @context"):
        expand_document(document)


# --- the pinned store --------------------------------------------------------------------------
def test_the_store_refuses_an_unknown_url() -> None:
    with pytest.raises(UnknownContextError):
        default_store().document("https://www.w3.org/ns/credentials/v3")


def test_a_changed_bundled_context_is_refused(tmp_path: Path) -> None:
    source = default_store()
    folder = tmp_path / "contexts"
    shutil.copytree(Path(__file__).resolve().parents[2] / "resources" / "contexts", folder)
    target = folder / "www.w3.org_ns_credentials_v2.json"
    target.write_bytes(target.read_bytes().replace(b'"name"', b'"nane"', 1))
    store = ContextStore(folder)
    with pytest.raises(ContextIntegrityError):
        store.document("https://www.w3.org/ns/credentials/v2")
    # Untouched files still load, and the shared default store is unaffected.
    assert store.document(EXAMPLES_V2)
    assert source.document("https://www.w3.org/ns/credentials/v2")


def test_every_revision_listed_is_pinned() -> None:
    store = default_store()
    revisions = json.loads((store.folder / "revisions.json").read_text())
    assert revisions, "the mutable OB 3.0 context has published revisions"
    for url in store.urls:
        for name in store.revisions(url):
            assert store.document(url, {url: name}) is not store.document(url)


def test_pyld_default_loader_never_fetches() -> None:
    """Defence in depth: even a pyld call without a loader cannot reach the network."""
    from pyld import jsonld as pyld_jsonld

    import wallet.jsonld  # noqa: F401  (installs the refusing loader)

    with pytest.raises(pyld_jsonld.JsonLdError) as caught:
        pyld_jsonld.expand({"@context": "https://example.org/ctx.json", "name": "x"})
    assert "https://example.org/ctx.json" in str(caught.value.details) or caught.value
