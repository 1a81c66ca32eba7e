"""STANDARDS §7: each attack a verifier must stop, with the exact check and verdict it produces.

Every hostile credential here is genuinely signed (``tests.verify.hostile``): the failure comes
from the guard under test. JOSE-specific attacks (alg none, HS256, JWKs with ``d``, self-asserted
``jwk`` headers) are in ``tests/proofs/test_jose*.py``; parser attacks on files in
``tests/test_bad_input.py``.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.verify import forgery
from tests.verify.hostile import (
    ATTACKER,
    ISSUER,
    NOW,
    SIGNED_AT,
    badge,
    check,
    sign,
    statuses,
    unsecured,
    verify,
)
from wallet.verify import Status

OB3 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
VC2 = "https://www.w3.org/ns/credentials/v2"


def _expect(report: Any, verdict: str, **wanted: str) -> None:
    got = statuses(report)
    assert report.verdict.value == verdict, (report.verdict, got, report.checks)
    for check_id, status in wanted.items():
        assert got[check_id] == status, (check_id, got, report.checks)


# --- A1: a key not bound to the issuer --------------------------------------------------------
def test_a1_a_valid_signature_by_another_did_key_is_invalid() -> None:
    forged = sign(badge(), ATTACKER)  # issuer still names ISSUER
    report = verify(forged)
    _expect(report, "invalid", format="pass", signature="pass", issuer="fail")
    assert ATTACKER.did in check(report, "issuer")[1]


def test_a1_a_did_key_fragment_that_names_another_key_is_invalid() -> None:
    method = f"{ISSUER.did}#{ATTACKER.did.removeprefix('did:key:')}"
    report = verify(sign(badge(), ATTACKER, method=method))
    _expect(report, "invalid", signature="fail", issuer="skip")
    assert "names a key other than its DID's" in check(report, "signature")[1]


def test_a1_an_https_fragment_key_under_the_victims_url_is_not_bound() -> None:
    """Anyone can mint ``https://victim.edu/issuer#z6Mk<attacker key>`` (the 1EdTech shortcut)."""
    document = badge()
    document["issuer"]["id"] = "https://victim.edu/issuer"
    method = "https://victim.edu/issuer#" + ATTACKER.did.removeprefix("did:key:")
    report = verify(sign(document, ATTACKER, method=method))
    _expect(report, "unverifiable", signature="pass", issuer="warn")
    assert "not from the keys “https://victim.edu/issuer” publishes" in check(report, "issuer")[1]


def test_a1_the_genuine_badge_is_valid() -> None:
    _expect(verify(badge()), "valid", format="pass", signature="pass", issuer="pass")


# --- A2: proof purpose -------------------------------------------------------------------------
def test_a2_an_authentication_proof_does_not_make_a_credential_valid() -> None:
    lifted = sign(badge(), purpose="authentication", challenge="abc", domain="example.com")
    report = verify(lifted)
    _expect(report, "invalid", signature="fail", issuer="skip")
    assert check(report, "signature")[1] == (
        "the proof's purpose is “authentication”, expected “assertionMethod”"
    )


# --- A3: context substitution and injection ----------------------------------------------------
def test_a3_an_inline_context_that_adds_a_term_is_signed_data() -> None:
    """Issue 10: an inline context object is part of the signed document; it may add terms."""
    document = unsecured(badge())
    document["credentialSubject"]["@context"] = {"grade": "https://school.example/grade"}
    document["credentialSubject"]["grade"] = "A+"
    report = verify(sign(document))
    _expect(report, "valid", format="pass", signature="pass")
    assert report.view.data["credentialSubject"]["https://school.example/grade"] == "A+"


def test_a3_an_inline_context_added_after_signing_breaks_the_signature() -> None:
    document = badge()
    document["credentialSubject"]["@context"] = {"grade": "https://evil.example/grade"}
    document["credentialSubject"]["grade"] = "A+"
    _expect(verify(document), "invalid", signature="fail")


def test_a3_an_inline_term_for_a_signed_iri_cannot_hide_it_from_the_view() -> None:
    """A context may add ``expiry`` for ``validUntil``'s IRI: the view still reads validUntil."""
    document = unsecured(badge(valid_until=datetime(2024, 6, 1, tzinfo=UTC)))
    document["@context"] = [
        *document["@context"],
        {
            "expiry": {
                "@id": "https://www.w3.org/2018/credentials#validUntil",
                "@type": "http://www.w3.org/2001/XMLSchema#dateTime",
            }
        },
    ]
    document["expiry"] = document.pop("validUntil")
    report = verify(sign(document))
    _expect(report, "expired", validity="fail")
    assert report.view.data["validUntil"] == "2024-06-01T00:00:00Z"


def test_a3_a_hostile_context_that_redefines_name_fails() -> None:
    document = badge()
    document["@context"] = [*document["@context"], {"name": "https://evil.example/name"}]
    report = verify(document)
    _expect(report, "invalid", format="fail", signature="fail")
    assert "protected term" in check(report, "format")[1]


def test_a3_an_unknown_context_is_named_and_never_fetched() -> None:
    """Issue 10: nothing shows such a credential is forged, only that it cannot be read."""
    document = badge()
    document["@context"] = [*document["@context"], "https://evil.example/ctx.jsonld"]
    report = verify(document)
    _expect(report, "unverifiable", format="warn", signature="warn")
    assert "https://evil.example/ctx.jsonld" in check(report, "format")[1]


def test_a3_a_proof_context_that_is_not_a_prefix_of_the_documents_fails() -> None:
    document = badge()
    document["proof"]["@context"] = ["https://www.w3.org/ns/credentials/examples/v2"]
    report = verify(document)
    _expect(report, "invalid", signature="fail")
    assert check(report, "signature")[1] == "the proof's @context does not match the document's"


def test_a3_a_proof_context_that_is_a_prefix_is_accepted() -> None:
    document = badge()
    document["proof"]["@context"] = [VC2]
    _expect(verify(document), "valid", signature="pass")


# A legacy proof's own @context, none a prefix of its credential's: jsonld-signatures' default
# for proofs (security/v2, which redefines VCDM 1.1's protected Ed25519Signature2018), the
# suite's own context, and the JWS suite's with the VC context it needs for ``type``.
_OWN_CONTEXT = {
    "Ed25519Signature2018": "https://w3id.org/security/v2",
    "Ed25519Signature2020": "https://w3id.org/security/suites/ed25519-2020/v1",
    "JsonWebSignature2020": [
        "https://www.w3.org/2018/credentials/v1",
        "https://w3id.org/security/suites/jws-2020/v1",
    ],
}


def _with_own_context(suite: str, context: Any) -> dict[str, Any]:
    genuine = forgery.signed_credential(suite, expired=False)
    method = genuine["proof"]["verificationMethod"]
    return forgery.sign_legacy(genuine, suite, method, proof_context=context)


@pytest.mark.parametrize("suite", forgery.LEGACY)
def test_a3_a_legacy_proof_with_its_own_context_verifies(suite: str) -> None:
    """Issue 10: the proof's @context is no prefix of the document's, which Data Integrity
    refuses; the Linked Data suites before it were specified this way. Read inside the
    credential, security/v2 would redefine a protected term: the proof is read on its own."""
    document = _with_own_context(suite, _OWN_CONTEXT[suite])
    own = document["proof"]["@context"]
    assert document["@context"][: len(own) if isinstance(own, list) else 1] != (
        own if isinstance(own, list) else [own]
    )
    _expect(verify(document), "valid", format="pass", signature="pass", issuer="pass")
    document["proof"]["created"] = "2024-01-16T00:00:00Z"
    _expect(verify(document), "invalid", signature="fail")


@pytest.mark.parametrize("suite", forgery.LEGACY)
def test_a3_a_legacy_proofs_own_context_is_read_strictly(suite: str) -> None:
    """The JWS 2020 context alone does not make ``type`` the node's type, so nothing defines
    the proof's terms: what it would sign is not its options, and it fails."""
    document = _with_own_context(suite, "https://w3id.org/security/suites/jws-2020/v1")
    report = verify(document)
    _expect(report, "invalid", signature="fail")
    assert "is not defined by any context" in check(report, "signature")[1]


@pytest.mark.parametrize("suite", ["eddsa-rdfc-2022", "eddsa-jcs-2022", "ecdsa-rdfc-2019"])
@pytest.mark.parametrize("own", ["https://w3id.org/security/data-integrity/v2", [OB3, VC2]])
def test_a3_a_data_integrity_proof_context_that_is_not_a_prefix_fails(suite: str, own: Any) -> None:
    """The same kind of proof @context as above, on a Data Integrity proof: VC-DI 1.0 §4.2
    step 4 refuses it, though the signature (over the document's context) still matches."""
    if suite == "ecdsa-rdfc-2019":
        document = forgery.signed_credential(suite, expired=False)
    else:
        document = sign(unsecured(badge()), suite=suite)
    document["proof"]["@context"] = own
    report = verify(document)
    _expect(report, "invalid", signature="fail")
    assert check(report, "signature")[1] == "the proof's @context does not match the document's"


def test_a3_the_base_context_must_come_first() -> None:
    document = unsecured(badge())
    document["@context"] = [OB3, VC2]
    report = verify(sign(document))
    _expect(report, "invalid", format="fail", signature="pass")
    assert f"the first @context must be {VC2}" in check(report, "format")[1]


# --- A4: silent data loss ----------------------------------------------------------------------
def test_a4_an_undefined_term_injected_after_signing_fails_format() -> None:
    """pyld drops 'gpa', so the signature still verifies: only safe mode stops it."""
    document = badge()
    document["credentialSubject"]["gpa"] = "4.0"
    report = verify(document)
    _expect(report, "invalid", format="fail", signature="pass")
    assert check(report, "format")[1] == "the term “gpa” is not defined by any context"


def test_a4_a_keyword_like_key_injected_after_signing_fails_format() -> None:
    document = badge()
    document["credentialSubject"]["@gpa"] = "4.0"
    report = verify(document)
    _expect(report, "invalid", format="fail", signature="pass")
    assert "“@gpa” is not a JSON-LD keyword" in check(report, "format")[1]


def test_a4_the_undefined_terms_context_is_flagged() -> None:
    document = unsecured(badge())
    document["@context"] = [
        *document["@context"],
        "https://www.w3.org/ns/credentials/undefined-terms/v2",
    ]
    document["gpa"] = "4.0"
    report = verify(sign(document))
    _expect(report, "invalid", format="fail", signature="pass", issuer="pass")
    message = check(report, "format")[1]
    assert "undefined-terms/v2 marks data whose terms no context defines" in message
    assert "the term “gpa” is not defined by any context" in message


def _with_gpa(suite: str) -> dict[str, Any]:
    """The same credential with an undefined term ``gpa``, signed by the issuer with ``suite``."""
    form = "Ed25519Signature2020" if suite == "Ed25519Signature2020" else "eddsa-rdfc-2022"
    document = unsecured(forgery.signed_credential(form, expired=False))
    document["credentialSubject"]["gpa"] = "4.0"
    return document


@pytest.mark.parametrize("suite", ["eddsa-jcs-2022", "vc+jwt"])
def test_a4_an_undefined_term_under_a_json_signature_is_a_format_warning(suite: str) -> None:
    """Issue 10: a JSON signature covers the JSON itself, so ``gpa`` is signed; no context
    says what it means, which the format row says."""
    from wallet.proofs.jose import sign_jwt
    from wallet.verify.jwt import verify_compact_jwt
    from wallet.verify.options import VerifyOptions

    document = _with_gpa(suite)
    if suite == "vc+jwt":
        token = sign_jwt({"kid": ISSUER.verification_method, "typ": suite}, document, ISSUER.key)
        report = verify_compact_jwt(token, VerifyOptions(now=NOW))
    else:
        report = verify(sign(document, suite=suite))
    _expect(report, "valid", format="warn", signature="pass", issuer="pass")
    assert (
        "the term “gpa” is shown as signed JSON; no context defines it"
        in (check(report, "format")[1])
    )
    assert report.view.basis == "json"
    assert report.view.data["credentialSubject"]["gpa"] == "4.0"


@pytest.mark.parametrize("suite", ["eddsa-rdfc-2022", "Ed25519Signature2020"])
def test_a4_the_same_undefined_term_under_an_rdf_proof_fails_format(suite: str) -> None:
    """The other side: an RDF proof signs statements, and ``gpa`` makes none, so the JSON says
    what nothing signs, though the signature verifies."""
    report = verify(sign(_with_gpa(suite), suite=suite))
    _expect(report, "invalid", format="fail", signature="pass", issuer="pass")
    assert check(report, "format")[1] == "the term “gpa” is not defined by any context"
    assert "gpa" not in report.view.data["credentialSubject"]


def test_a4_a_defined_term_changed_after_signing_fails_the_signature() -> None:
    document = badge()
    document["credentialSubject"]["achievement"]["name"] = "Advanced Python"
    _expect(verify(document), "invalid", format="pass", signature="fail", issuer="skip")


# --- A7: multiple and partial proofs -----------------------------------------------------------
def _unknown_suite_proof() -> dict[str, Any]:
    return {
        "type": "DataIntegrityProof",
        "cryptosuite": "bbs-2023",
        "created": "2024-01-15T00:00:00Z",
        "verificationMethod": ISSUER.verification_method,
        "proofPurpose": "assertionMethod",
        "proofValue": "u2V0ChVhA",
    }


def test_a7_an_unknown_proof_alone_is_unverifiable() -> None:
    document = badge()
    document["proof"] = _unknown_suite_proof()
    report = verify(document)
    _expect(report, "unverifiable", signature="warn", issuer="warn")
    assert check(report, "signature")[1] == "the proof type “bbs-2023” is not supported"


def test_a7_an_unknown_proof_beside_a_valid_one_is_ignored_and_said_so() -> None:
    """OB 3.0 §Proof formats: any one valid proof may be accepted; the other is reported."""
    document = badge()
    document["proof"] = [document["proof"], _unknown_suite_proof()]
    report = verify(document)
    _expect(report, "valid", signature="pass", issuer="pass")
    assert "1 other proof could not be checked and was ignored" in check(report, "signature")[1]


def test_a7_an_undefined_proof_type_beside_a_valid_one_fails_format() -> None:
    """Like 1EdTech's simple-multiple-proofs.json: 'SomeProofType' is no defined term."""
    document = badge()
    document["proof"] = [
        document["proof"],
        {"type": "SomeProofType", "proofPurpose": "assertionMethod", "proofValue": "z1"},
    ]
    report = verify(document)
    _expect(report, "invalid", format="fail", signature="pass")
    # Under a type no context defines, the proof's own terms mean nothing: not signed.
    assert "the term “proofPurpose” is not defined" in check(report, "format")[1]


def test_a7_a_failing_proof_beside_a_valid_one_decides() -> None:
    document = badge()
    forged = sign(badge(), ATTACKER)["proof"]
    forged["proofValue"] = "z" + "1" * 60
    document["proof"] = [document["proof"], forged]
    _expect(verify(document), "invalid", signature="fail")


def test_a7_a_chain_whose_previous_proof_is_missing_fails() -> None:
    first = sign(badge())
    first["proof"]["id"] = "urn:uuid:proof-1"
    chained = sign(first, ATTACKER, keep_proofs=True)
    chained["proof"][1]["previousProof"] = "urn:uuid:proof-1"
    del chained["proof"][0]
    report = verify(chained)
    _expect(report, "invalid", signature="fail")
    assert check(report, "signature")[1] == "the proof's previousProof is not in this document"


# --- A9: time ----------------------------------------------------------------------------------
def test_a9_an_expired_credential() -> None:
    report = verify(badge(valid_until=datetime(2024, 6, 1, tzinfo=UTC)))
    _expect(report, "expired", signature="pass", issuer="pass", validity="fail")
    assert check(report, "validity")[1] == "expired on 2024-06-01T00:00:00Z"


def test_a9_a_credential_not_valid_yet() -> None:
    report = verify(badge(issued=datetime(2026, 3, 1, tzinfo=UTC)))
    # Signed (proof created) on its issue date, which is in the future: said, not refused.
    _expect(report, "not-yet-valid", signature="warn", validity="fail")
    assert check(report, "validity")[1] == "not valid until 2026-03-01T00:00:00Z"
    assert "which is in the future" in check(report, "signature")[1]


def test_a9_the_same_credential_is_valid_inside_its_window() -> None:
    document = badge(valid_until=datetime(2024, 6, 1, tzinfo=UTC))
    _expect(verify(document, now=datetime(2024, 3, 1, tzinfo=UTC)), "valid", validity="pass")


def test_a9_an_expired_proof_fails_the_signature() -> None:
    """The proof's own ``expires`` is checked before the signature (VC-DI 1.0 §4.2)."""
    document = badge()
    document["proof"]["expires"] = "2024-02-01T00:00:00Z"
    report = verify(document)
    _expect(report, "invalid", signature="fail")
    assert check(report, "signature")[1] == "the proof expired on 2024-02-01T00:00:00Z"


def test_a9_a_legacy_credential_uses_issuance_and_expiration_dates() -> None:
    document = ISSUER.achievement_credential(
        "Welding",
        suite="Ed25519Signature2020",
        issued=SIGNED_AT,
        valid_until=datetime(2024, 6, 1, tzinfo=UTC),
    )
    _expect(verify(document), "expired", format="pass", signature="pass", validity="fail")


# --- A10: nested credentials -------------------------------------------------------------------
CLR_CONTEXT = "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json"


def _clr(inner: dict[str, Any]) -> dict[str, Any]:
    document = {
        "@context": [VC2, CLR_CONTEXT, OB3],
        "id": "urn:uuid:8e2c1c3a-5b2d-4f0e-9a1b-1c2d3e4f5a6b",
        "type": ["VerifiableCredential", "ClrCredential"],
        "issuer": {"id": ISSUER.did, "type": ["Profile"], "name": ISSUER.name},
        "validFrom": "2024-01-15T00:00:00Z",
        "name": "Transcript",
        "credentialSubject": {
            "id": "did:example:learner",
            "type": ["ClrSubject"],
            "verifiableCredential": [inner],
        },
    }
    return sign(document)


def test_a10_a_forged_inner_issuer_is_caught_inside_a_valid_clr() -> None:
    """The CLR issuer's signature does not vouch for the nested credential's issuer."""
    inner = unsecured(badge())
    inner["issuer"] = {"id": "did:web:harvard.example", "type": ["Profile"], "name": "Harvard"}
    inner = sign(inner)  # signed by ISSUER's did:key, claims another issuer
    report = verify(_clr(inner))
    _expect(report, "valid", format="pass", signature="pass", issuer="pass")
    (nested,) = report.credentials
    assert nested.label == "achievement credential 1"
    _expect(nested, "invalid", signature="pass", issuer="fail")


def test_a10_an_inner_credential_edited_inside_a_signed_clr_fails_on_its_own() -> None:
    inner = badge()
    inner["credentialSubject"]["achievement"]["name"] = "Quantum Physics"
    report = verify(_clr(inner))  # the CLR issuer signs over the edited copy
    assert report.verdict.value == "valid"
    _expect(report.credentials[0], "invalid", signature="fail")


def test_a10_a_genuine_inner_credential_is_valid() -> None:
    report = verify(_clr(badge()))
    _expect(report, "valid")
    _expect(report.credentials[0], "valid", issuer="pass")


def test_a10_an_endorsement_is_verified_on_its_own() -> None:
    endorsement = {
        "@context": [VC2, OB3],
        "id": "urn:uuid:2f0c4a7b-1d2e-4f3a-8b9c-0d1e2f3a4b5c",
        "type": ["VerifiableCredential", "EndorsementCredential"],
        "issuer": {"id": ATTACKER.did, "type": ["Profile"], "name": ATTACKER.name},
        "validFrom": "2024-01-15T00:00:00Z",
        "name": "Endorsement",
        "credentialSubject": {
            "id": "urn:uuid:0b6f4a4e-3a5c-4a43-9c49-7d8c1f1a2b3c",
            "type": ["EndorsementSubject"],
            "endorsementComment": "Good",
        },
    }
    endorsement = sign(endorsement, ISSUER)  # claims ATTACKER, signed by ISSUER
    document = unsecured(badge())
    document["endorsement"] = [endorsement]
    report = verify(sign(document))
    _expect(report, "valid")
    (nested,) = report.credentials
    assert nested.label == "endorsement 1 of the credential"
    _expect(nested, "invalid", signature="pass", issuer="fail")


# --- A11: offline truth ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("issuer_id", "method"),
    [
        ("did:web:college.example", "did:web:college.example#key-1"),
        ("https://college.example/issuer", "https://college.example/issuer#key-1"),
    ],
)
def test_a11_keys_on_the_web_are_unverifiable_offline(issuer_id: str, method: str) -> None:
    document = unsecured(badge())
    document["issuer"]["id"] = issuer_id
    report = verify(sign(document, method=method), offline=True)
    _expect(report, "unverifiable", signature="warn", issuer="warn")
    assert "needs the network" in check(report, "signature")[1]


def test_a11_a_status_entry_is_never_a_silent_pass_offline() -> None:
    document = unsecured(badge())
    document["credentialStatus"] = {
        "id": "https://college.example/status/3#94567",
        "type": "BitstringStatusListEntry",
        "statusPurpose": "revocation",
        "statusListIndex": "94567",
        "statusListCredential": "https://college.example/status/3",
    }
    report = verify(sign(document))
    assert check(report, "status")[0] is Status.WARN
    assert report.verdict.value == "valid"


def test_a11_an_unsupported_did_method_is_unverifiable() -> None:
    """DESIGN 'Verification report': an unsupported DID method is unverifiable, not invalid."""
    document = unsecured(badge())
    document["issuer"]["id"] = "did:example:123"
    report = verify(sign(document, method="did:example:123#key-1"))
    _expect(report, "unverifiable", signature="warn", issuer="warn")
    assert check(report, "signature")[1] == "the DID method “example” is not supported"
