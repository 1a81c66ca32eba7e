"""Safe-mode expansion: what JSON-LD would silently drop or redefine is reported (A3, A4).

Each hostile document names the exact problem ``expand_strict`` must report; the ``format`` check
shows those problems, and the signed data (expansion, canonical form) never contains the injected
value, so nothing unsigned can be displayed as signed.
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
    canonicalize,
    canonicalize_expanded,
    default_store,
    expand_strict,
)

UNDEFINED_TERMS = "https://www.w3.org/ns/credentials/undefined-terms/v2"
EXAMPLES_V2 = "https://www.w3.org/ns/credentials/examples/v2"


def _messages(document: dict[str, Any]) -> list[str]:
    return [p.message for p in expand_strict(document).problems]


def _contains(value: Any, needle: str) -> bool:
    return needle in json.dumps(value)


# --- A4: data that is not signed -------------------------------------------------------------
@pytest.mark.parametrize("where", ["credential", "subject", "achievement"])
def test_an_undefined_term_is_reported_and_not_in_the_signed_data(where: str) -> None:
    document = badge()
    target = {
        "credential": document,
        "subject": document["credentialSubject"],
        "achievement": document["credentialSubject"]["achievement"],
    }[where]
    target["gpa"] = "4.0"
    expansion = expand_strict(document)
    assert [p.message for p in expansion.problems] == [
        "the term 'gpa' is not defined by any context"
    ]
    # The signature check works on this expansion: the injected value is not part of it.
    assert not _contains(expansion.expanded, "4.0")
    assert "4.0" not in canonicalize_expanded(expansion.expanded)
    assert "4.0" not in canonicalize(unsecured(document))


def test_an_undefined_type_is_reported() -> None:
    document = badge()
    document["type"].append("GoldStarCredential")
    assert _messages(document) == ["the term 'GoldStarCredential' is not defined by any context"]


def test_a_key_that_looks_like_a_keyword_is_reported() -> None:
    """JSON-LD 1.1 ignores '@'-prefixed non-keywords: their data would be shown, not signed."""
    document = badge()
    document["credentialSubject"]["@gpa"] = "4.0"
    assert _messages(document) == [
        "the key '@gpa' is not a JSON-LD keyword, so its data is not signed"
    ]
    assert not _contains(expand_strict(document).expanded, "4.0")


def test_the_undefined_terms_context_is_reported_even_when_nothing_uses_it() -> None:
    document = badge()
    document["@context"] = [*document["@context"], UNDEFINED_TERMS]
    assert _messages(document) == [
        f"the context {UNDEFINED_TERMS} marks data whose terms no context defines"
    ]


def test_the_undefined_terms_context_does_not_hide_an_undefined_term() -> None:
    document = badge()
    document["@context"] = [*document["@context"], UNDEFINED_TERMS]
    document["gpa"] = "4.0"
    messages = _messages(document)
    assert "the term 'gpa' is not defined by any context" in messages
    assert len(messages) == 2


def test_a_relative_iri_is_reported() -> None:
    document = badge()
    document["credentialSubject"]["achievement"]["id"] = "achievements/42"
    assert _messages(document) == ["relative IRI 'achievements/42' is not allowed"]


def test_an_examples_context_defines_every_term_through_its_vocab() -> None:
    """The W3C examples context maps any term into its own vocabulary: nothing is dropped, so
    safe mode has nothing to report (terms such as AlumniCredential in the W3C vectors)."""
    document = {
        "@context": ["https://www.w3.org/ns/credentials/v2", EXAMPLES_V2],
        "type": ["VerifiableCredential", "AlumniCredential"],
        "issuer": "https://vc.example/issuers/5678",
        "credentialSubject": {"id": "did:example:abc", "alumniOf": "The School of Examples"},
    }
    expansion = expand_strict(document)
    assert expansion.problems == ()
    assert _contains(expansion.expanded, "https://www.w3.org/ns/credentials/examples#alumniOf")


def test_a_clean_credential_has_no_problems() -> None:
    assert expand_strict(badge()).problems == ()


# --- A3: contexts ----------------------------------------------------------------------------
def test_an_inline_context_object_is_reported() -> None:
    document = badge()
    document["credentialSubject"]["@context"] = {"grade": "https://evil.example/grade"}
    document["credentialSubject"]["grade"] = "A"
    assert "an inline @context object is not allowed" in _messages(document)


def test_an_inline_context_that_redefines_a_protected_term_fails_expansion() -> None:
    document = badge()
    document["@context"] = [*document["@context"], {"name": "https://evil.example/name"}]
    with pytest.raises(CanonicalizationError, match="protected term"):
        expand_strict(document)


def test_an_unknown_context_url_is_named_and_never_fetched() -> None:
    document = badge()
    document["@context"] = [*document["@context"], "https://evil.example/context.json"]
    with pytest.raises(UnknownContextError) as caught:
        expand_strict(document)
    assert caught.value.url == "https://evil.example/context.json"
    with pytest.raises(UnknownContextError):
        canonicalize(unsecured(document))


def test_a_document_without_a_context_cannot_be_expanded() -> None:
    document = unsecured(badge())
    del document["@context"]
    with pytest.raises(CanonicalizationError, match="no @context"):
        expand_strict(document)


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


def test_pyld_default_loader_never_fetches() -> None:
    """Defence in depth: even a pyld call without our loader cannot reach the network."""
    from pyld import jsonld as pyld_jsonld

    import wallet.jsonld  # noqa: F401  (installs the refusing loader)

    with pytest.raises(pyld_jsonld.JsonLdError) as caught:
        pyld_jsonld.expand({"@context": "https://example.org/ctx.json", "name": "x"})
    # The refusal is ours (no request was attempted), not a failed download.
    from wallet.jsonld.canon import _unknown_context_in

    refusal = _unknown_context_in(caught.value)
    assert refusal is not None and refusal.url == "https://example.org/ctx.json"
