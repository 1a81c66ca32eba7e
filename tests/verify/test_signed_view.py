"""What the wallet shows and checks is exactly what was signed (issue 9, STANDARDS §7 A12).

Every forgery here is built from a genuinely signed credential (``tests/verify/forgery.py``) and
keeps its RDF statements, so the issuer's signature still verifies over them: the JSON says
something else, under another key, in a node RDF drops, or smuggled into the N-Quads. Each must
fail ``format`` with a message that names where, for every RDF suite; the view (what every
consumer reads) must carry only the signed statements; the genuine originals stay as they were.
"""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.verify import forgery
from tests.verify.forgery import SUITES, VCDM1, signed_credential
from tests.verify.hostile import ATTACKER, ISSUER, NOW, badge, check, sign, unsecured, verify
from wallet.verify import Status, Verdict

# --- the originals -----------------------------------------------------------------------------


@pytest.mark.parametrize("suite", SUITES)
def test_the_genuine_originals_keep_their_verdicts(suite: str) -> None:
    assert verify(signed_credential(suite, expired=False)).verdict is Verdict.VALID
    assert verify(signed_credential(suite)).verdict is Verdict.EXPIRED


@pytest.mark.parametrize("suite", SUITES)
def test_every_suites_signature_covers_the_statements(suite: str) -> None:
    """The families below mean something only if each suite's signature is really checked."""
    tampered = signed_credential(suite, expired=False)
    tampered["credentialSubject"]["achievement"]["name"] = "Doctor of Medicine"
    report = verify(tampered)
    assert check(report, "signature")[0] is Status.FAIL
    assert report.verdict is Verdict.INVALID


# --- family 1: aliases -------------------------------------------------------------------------


@pytest.mark.parametrize("suite", SUITES)
def test_an_expiry_under_its_full_iri_cannot_hide(suite: str) -> None:
    forged = forgery.alias_as_full_iri(signed_credential(suite))
    report = verify(forged)
    assert check(report, "signature")[0] is Status.PASS  # the statements are the same
    status, message = check(report, "format")
    assert status is Status.FAIL
    assert "is not how its contexts write this; the credential may have been altered" in message
    assert forgery.CRED in message
    assert report.verdict is Verdict.INVALID
    # And the view, which everything reads, still has the expiry the issuer signed.
    end = "expirationDate" if suite in VCDM1 else "validUntil"
    assert report.view.data[end] == "2024-06-01T00:00:00Z"
    assert check(report, "validity")[0] is Status.FAIL


@pytest.mark.parametrize("suite", SUITES)
@pytest.mark.parametrize("member", ["credentialStatus", "holder"])
def test_other_members_under_their_full_iri_are_aliases(suite: str, member: str) -> None:
    document = unsecured(signed_credential(suite, expired=False))
    if member == "credentialStatus":
        document["credentialStatus"] = {
            "id": "https://status.example/1#5",
            "type": "BitstringStatusListEntry",
            "statusPurpose": "revocation",
            "statusListIndex": "5",
            "statusListCredential": "https://status.example/1",
        }
        if suite in VCDM1:
            pytest.skip("VCDM 1.1 has no BitstringStatusListEntry term")
    else:
        return  # holder: covered for presentations below
    genuine = forgery.resign(document, suite)
    forged = forgery.alias_as_full_iri(genuine, "credentialStatus")
    report = verify(forged)
    assert check(report, "format")[0] is Status.FAIL
    assert report.verdict is Verdict.INVALID
    # The status entry the issuer signed is still there for the status check to read.
    assert report.view.data["credentialStatus"]["statusListIndex"] == "5"
    assert check(report, "status")[0] is Status.WARN


@pytest.mark.parametrize("suite", SUITES)
def test_at_id_for_id_is_an_alias(suite: str) -> None:
    report = verify(forgery.with_at_id(signed_credential(suite, expired=False)))
    assert check(report, "signature")[0] is Status.PASS
    status, message = check(report, "format")
    assert status is Status.FAIL and "the key “@id”" in message
    assert report.view.data["credentialSubject"]["id"] == "did:example:learner"


@pytest.mark.parametrize("suite", SUITES)
def test_another_keyword_alias_is_an_alias(suite: str) -> None:
    """``kind`` for ``@type`` beside the context's ``type``: the two spellings cannot both be
    how the contexts write it (compaction picks the shortest, then the first: ``kind``), so the
    credential, which writes ``type`` everywhere else, is refused."""
    report = verify(forgery.keyword_alias(signed_credential(suite, expired=False)))
    status, message = check(report, "format")
    assert status is Status.FAIL and "is not how its contexts write this" in message
    assert report.verdict is Verdict.INVALID


def test_a_proof_expiry_under_its_full_iri_still_expires_the_proof() -> None:
    signed = _sign_proof(unsecured(badge()), expires="2024-02-01T00:00:00Z")
    assert check(verify(signed), "signature") == (
        Status.FAIL,
        "the proof expired on 2024-02-01T00:00:00Z",
    )
    forged = copy.deepcopy(signed)
    forged["proof"][forgery.SEC + "expiration"] = {
        "@value": forged["proof"].pop("expires"),
        "@type": forgery.XSD_DATETIME,
    }
    report = verify(forged)
    assert report.verdict is Verdict.INVALID
    assert check(report, "signature")[0] is Status.FAIL
    assert "is not how its contexts write this" in check(report, "signature")[1]


def _sign_proof(
    document: dict[str, Any],
    *,
    expires: str | None = None,
    previous: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """An eddsa-rdfc-2022 proof by the issuer with options ``sign_document`` does not offer:
    ``expires``, or a ``previousProof`` chain (VC-DI 1.0 §4.4: hashed over the document with
    the proof it names)."""
    import hashlib

    from wallet.dids.multibase import multibase_encode
    from wallet.jsonld import canonicalize

    proof: dict[str, Any] = {
        "type": "DataIntegrityProof",
        "cryptosuite": "eddsa-rdfc-2022",
        "created": "2024-01-15T00:00:00Z",
        "verificationMethod": ISSUER.verification_method,
        "proofPurpose": "assertionMethod",
    }
    if expires is not None:
        proof["expires"] = expires
    signed_part = dict(document)
    if previous is not None:
        proof["previousProof"] = previous["id"]
        signed_part["proof"] = [previous]
    hash_data = (
        hashlib.sha256(canonicalize({**proof, "@context": document["@context"]}).encode()).digest()
        + hashlib.sha256(canonicalize(signed_part).encode()).digest()
    )
    proof["proofValue"] = multibase_encode(ISSUER.key.sign(hash_data))
    proofs = [previous, proof] if previous is not None else proof
    return {**document, "proof": proofs}


def test_a_holder_under_its_full_iri_is_an_alias() -> None:
    from wallet.present.holder import HolderKey
    from wallet.present.presentation import PresentationRequest, sign_presentation

    holder = HolderKey.generate(NOW)
    request = PresentationRequest(challenge="c", clock=lambda: NOW)
    signed = sign_presentation([badge()], holder, request).document
    forged = copy.deepcopy(signed)
    forged[forgery.CRED + "holder"] = {"@id": forged.pop("holder")}
    report = verify(forged, challenge="c")
    assert check(report, "format")[0] is Status.FAIL
    assert report.verdict is Verdict.INVALID
    assert report.view.data["holder"]["id"] == holder.did


# --- family 2: statements RDF drops ---------------------------------------------------------------


@pytest.mark.parametrize("suite", SUITES)
@pytest.mark.parametrize(
    "iri", ["urn:x\u00a0", "urn:x y", "urn:x\ty", "urn:\u202ex", "urn:x\u2028"]
)
def test_a_ghost_node_is_never_shown(suite: str, iri: str) -> None:
    report = verify(forgery.ghost_node(signed_credential(suite, expired=False), iri))
    status, message = check(report, "format")
    assert status is Status.FAIL and "so what it says is not signed" in message
    assert report.verdict is Verdict.INVALID
    assert "Doctor of Medicine" not in json.dumps(report.view.data)


@pytest.mark.parametrize("suite", SUITES)
def test_a_language_tag_cannot_write_into_the_statements(suite: str) -> None:
    report = verify(forgery.language_injection(signed_credential(suite, expired=False)))
    status, message = check(report, "format")
    assert status is Status.FAIL and "is not a valid BCP 47 tag" in message
    assert report.verdict is Verdict.INVALID
    assert "forged" not in json.dumps(report.view.data)


# --- property: no rewriting of a signed credential reads as valid ----------------------------

_DATE_KEYS = ("validFrom", "validUntil", "issuanceDate", "expirationDate")


def _nodes(value: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            found.append(item)
            stack.extend(v for k, v in item.items() if k != "@context" and k != "proof")
        elif isinstance(item, list):
            stack.extend(item)
    return found


@st.composite
def _rewrites(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
    suite = draw(st.sampled_from(SUITES))
    document = signed_credential(suite, expired=False)
    kind = draw(st.sampled_from(["iri-key", "at-id", "keyword-alias", "ghost", "language"]))
    if kind == "at-id":
        return suite, forgery.with_at_id(document)
    if kind == "keyword-alias":
        return suite, forgery.keyword_alias(document)
    if kind == "ghost":
        bad = draw(st.sampled_from(["\u00a0", " ", "\t", "\n", "\u2028", "\u200b", "\u202e", "<"]))
        return suite, forgery.ghost_node(document, f"urn:x{bad}y")
    if kind == "language":
        tag = draw(st.text(min_size=1, max_size=12).filter(lambda t: not t.isalpha()))
        forged = copy.deepcopy(document)
        forged["credentialSubject"]["achievement"]["name"] = {"@value": "MD", "@language": tag}
        return suite, forged
    # a member of some node moved under the full IRI its term stands for
    forged = copy.deepcopy(document)
    nodes = [n for n in _nodes(forged) if any(k in n for k in ("name", "id", *_DATE_KEYS))]
    node = draw(st.sampled_from(nodes))
    key = draw(
        st.sampled_from([k for k in node if k in ("name", "description", *_DATE_KEYS)] or ["name"])
    )
    if key not in node:
        return suite, forgery.alias_as_full_iri(forged)
    iri = {
        "name": "https://schema.org/name",
        "description": "https://schema.org/description",
    }.get(key, forgery.CRED + key)
    node[iri] = node.pop(key)
    return suite, forged


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_rewrites())
def test_no_rewriting_of_a_signed_credential_reads_as_valid(
    case: tuple[str, dict[str, Any]],
) -> None:
    _, forged = case
    report = verify(forged)
    assert report.verdict is not Verdict.VALID, [(c.id, c.message) for c in report.checks]


# --- family 3: smaller verdict errors ---------------------------------------------------------


def test_a_witness_proof_listed_first_does_not_unbind_the_issuer() -> None:
    genuine = badge()
    witnessed = sign(genuine, ATTACKER, keep_proofs=True)  # proof set: [issuer, witness]
    witness_first = copy.deepcopy(witnessed)
    witness_first["proof"] = list(reversed(witness_first["proof"]))
    for document in (witnessed, witness_first):
        report = verify(document)
        assert report.verdict is Verdict.VALID, report.checks
        assert ISSUER.did in check(report, "issuer")[1]


def test_witness_proofs_alone_do_not_make_the_issuer() -> None:
    document = unsecured(badge())
    report = verify(sign(document, ATTACKER))
    assert check(report, "issuer")[0] is Status.FAIL


@pytest.mark.parametrize(
    "previous",
    [
        {"id": "urn:proof:0", "type": "BbsBlsSignature2020", "proofValue": "z1"},  # unsupported
        {
            "id": "urn:proof:0",
            "type": "DataIntegrityProof",
            "cryptosuite": "eddsa-rdfc-2022",
            "verificationMethod": ATTACKER.verification_method,
            "proofPurpose": "assertionMethod",
            "proofValue": "z" + "1" * 60,  # garbage
        },
    ],
)
def test_a_chain_to_a_proof_that_does_not_verify_fails(previous: dict[str, Any]) -> None:
    chained = _sign_proof(unsecured(badge()), previous=previous)
    report = verify(chained)
    assert report.verdict is not Verdict.VALID
    assert check(report, "signature")[0] is Status.FAIL


@pytest.mark.parametrize(
    "spelling",
    ["u7QEsVBz4ap_P9CdPrOWWVifDw4dY0wbCykNxxyE5bRruKg", "non-minimal varint"],
)
def test_a_did_key_in_another_spelling_is_not_the_issuer(spelling: str) -> None:
    from wallet.dids.multibase import b58decode, b58encode, b64url_encode
    from wallet.dids.resolve import resolve_method

    raw = b58decode(ISSUER.did.removeprefix("did:key:z"))
    if spelling == "non-minimal varint":
        other = "did:key:z" + b58encode(b"\xed\x81\x00" + raw[2:])
    else:
        other = "did:key:u" + b64url_encode(raw)
    found = resolve_method(other)
    assert "canonical did:key" in getattr(found, "reason", "")


@pytest.mark.parametrize(
    ("until", "verdict"),
    [("10000-01-01T00:00:00Z", Verdict.VALID), ("2024-12-30T24:00:00Z", Verdict.EXPIRED)],
)
def test_genuine_xsd_dates_are_read(until: str, verdict: Verdict) -> None:
    document = unsecured(badge())
    document["validUntil"] = until
    report = verify(sign(document))
    assert check(report, "format")[0] is Status.PASS
    assert report.verdict is verdict


def test_a_date_whose_utc_form_overflows_is_a_date_not_a_crash() -> None:
    document = unsecured(badge())
    document["validFrom"] = "0001-01-01T00:00:00+01:00"
    assert verify(sign(document)).verdict is Verdict.VALID


def test_a_proof_made_in_the_future_is_said() -> None:
    report = verify(sign(unsecured(badge()), created=datetime(2030, 1, 1, tzinfo=UTC)))
    status, message = check(report, "signature")
    assert status is Status.WARN and "which is in the future" in message
    assert report.verdict is Verdict.VALID


def test_numbers_jcs_cannot_write_are_refused_not_a_crash() -> None:
    document = unsecured(badge())
    document["credentialSubject"]["achievement"]["creditsAvailable"] = 2**52
    signed = sign(document, suite="eddsa-jcs-2022")
    signed["credentialSubject"]["achievement"]["creditsAvailable"] = 2**60  # JCS cannot write it
    report = verify(signed)
    assert report.verdict is Verdict.INVALID
    assert "RFC 8785" in check(report, "signature")[1]


def test_now_is_fixed_for_these_tests() -> None:
    assert NOW.year == 2025


def test_a_null_member_is_read_as_absent_and_said_once() -> None:
    document = unsecured(badge())
    document["credentialSubject"]["achievement"]["description"] = None
    report = verify(sign(document))
    assert report.verdict is Verdict.VALID
    assert check(report, "format")[0] is Status.PASS
    status, message = check(report, "schema")
    assert status is Status.WARN and message.count("description is null") == 1
    assert "description" not in report.view.data["credentialSubject"]["achievement"]


def test_an_open_badge_type_without_its_context_is_a_plain_credential_with_a_note() -> None:
    document = unsecured(badge())
    document["@context"] = ["https://www.w3.org/ns/credentials/v2"]
    document["credentialSubject"] = {"id": "did:example:learner"}
    report = verify(sign(document))
    assert report.verdict is Verdict.VALID
    assert report.about["name"] == "Intro to Python"
    status, message = check(report, "schema")
    assert status is Status.WARN
    assert "typed OpenBadgeCredential but does not use the context that defines it" in message
    assert "checked as a plain W3C credential" in message


def test_an_undefined_type_under_vcdm_1_1_is_read_nowhere(tmp_path, capsys, monkeypatch) -> None:
    """An undefined type under an RDF proof with no vocabulary (VCDM 1.1) is dropped from the
    statements. The format row warns rather than fails: credentials signed under the 2022
    revisions of the OB 3.0 context carry OpenBadgeCredential exactly so, and issue 10 asks that
    those verify. The invariant holds because the type is read nowhere: not in the view, the
    stored summary, search, ``show`` or ``list``; it appears only in the warning that names it,
    and in the stored original that ``show --json`` hands back as it came."""
    from pathlib import Path

    from wallet.cli import main
    from wallet.service import WalletService
    from wallet.vault.kdf import TEST_COST
    from wallet.verify import VerifyOptions, verify_input

    path = Path(__file__).parents[1] / "fixtures" / "attack9" / "undefined-type-v1.json"
    data = path.read_bytes()
    forged = "HarvardDoctorOfMedicine"
    report = verify_input(data, VerifyOptions(now=NOW))
    assert report.verdict is Verdict.VALID
    status, message = check(report, "format")
    assert status is Status.WARN and forged in message
    assert forged not in json.dumps(report.view.data)
    vault = tmp_path / "v.vault"
    with WalletService.create(vault, "pass phrase", kdf_cost=TEST_COST) as service:
        outcome = service.import_bytes(data, path.name)
        (summary,) = service.list_credentials()
        assert forged not in repr(summary)
        assert service.search("Harvard") == [] and service.search("Doctor") == []
        cid = str(summary.id)
        assert outcome.credential_id == summary.id
    capsys.readouterr()
    monkeypatch.setenv("LEARNER_WALLET_PASSPHRASE", "pass phrase")
    assert main(["--vault", str(vault), "list", "--json"]) in (0, 1)
    listed = capsys.readouterr().out
    main(["--vault", str(vault), "show", cid, "--json"])
    shown = json.loads(capsys.readouterr().out)
    assert "Intro to Python" in listed and forged not in listed
    assert forged in json.dumps(shown.pop("credential"))  # the stored original, byte for byte
    shown.pop("report")  # whose format row names it, as above
    assert forged not in json.dumps(shown)


def test_a_subject_without_id_or_identifier_is_valid_with_a_schema_note() -> None:
    """Issue 10 §1: OB 3.0 asks for one, but its absence takes nothing signed away."""
    document = unsecured(badge())
    del document["credentialSubject"]["id"]
    report = verify(sign(document))
    assert report.verdict is Verdict.VALID, report.checks
    assert check(report, "signature")[0] is Status.PASS
    assert check(report, "validity")[0] is Status.PASS
    assert check(report, "schema") == (
        Status.WARN,
        "credentialSubject needs an id or an identifier",
    )
    # With an identifier instead of an id, nothing is missing.
    document["credentialSubject"]["identifier"] = [
        {
            "type": "IdentityObject",
            "identityHash": "learner@example.org",
            "identityType": "emailAddress",
            "hashed": False,
        }
    ]
    report = verify(sign(document))
    assert report.verdict is Verdict.VALID
    assert check(report, "schema")[0] is Status.PASS, check(report, "schema")
