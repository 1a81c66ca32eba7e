"""Open Badges 2.0 endorsements (OB 2.0 §Endorsement), each verified on its own (A10).

An issuer and an endorser with their own RSA keys publish profiles, keys and a revocation list;
they reach the verifier only through ``Ob2Documents``. The parent badge is a valid signed
assertion, so every test can also show that an endorsement never changes the parent's verdict.
"""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import VECTORS
from tests.verify.test_ob2 import ASSETS, NOW
from wallet.formats.sniff import read_input
from wallet.verify.dispatch import verify_unpacked
from wallet.verify.openbadges import ENDORSEMENT_LABEL
from wallet.verify.openbadges2 import MAX_ENDORSEMENTS, Ob2Documents, verify_legacy_badge
from wallet.verify.report import Report, Status, Verdict

ISSUER, ENDORSER = "https://issuer.example/profile", "https://endorser.example/profile"
ISSUER_KEY, ENDORSER_KEY = "https://issuer.example/key", "https://endorser.example/key"
BADGE, ASSERTION_ID = "https://issuer.example/badge", "https://issuer.example/assertions/1"
REVOKED = "https://endorser.example/revoked"
CONTEXT = "https://w3id.org/openbadges/v2"
_KEYS = {
    ISSUER_KEY: rsa.generate_private_key(public_exponent=65537, key_size=2048),
    ENDORSER_KEY: rsa.generate_private_key(public_exponent=65537, key_size=2048),
}
ATTACKER = rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def sign(payload: dict[str, Any], key: rsa.RSAPrivateKey) -> str:
    signing_input = _b64(b'{"alg":"RS256"}') + "." + _b64(json.dumps(payload).encode())
    signature = key.sign(signing_input.encode(), padding.PKCS1v15(), hashes.SHA256())
    return signing_input + "." + _b64(signature)


def _pem(key: rsa.RSAPrivateKey) -> str:
    return (
        key.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )


def endorsement(number: int, claim: str = ASSERTION_ID, **change: Any) -> dict[str, Any]:
    document = {
        "@context": CONTEXT,
        "type": "Endorsement",
        "id": f"https://endorser.example/endorsements/{number}",
        "claim": {"id": claim, "endorsementComment": "Rigorous assessment"},
        "issuer": ENDORSER,
        "issuedOn": "2020-01-01T00:00:00Z",
        "verification": {"type": "signed", "creator": ENDORSER_KEY},
    }
    return {**document, **change}


def documents(**extra: Any) -> dict[str, Any]:
    found: dict[str, Any] = {
        ISSUER: {"@context": CONTEXT, "type": "Issuer", "id": ISSUER, "publicKey": ISSUER_KEY},
        ENDORSER: {
            "@context": CONTEXT,
            "type": "Issuer",
            "id": ENDORSER,
            "publicKey": ENDORSER_KEY,
            "revocationList": REVOKED,
        },
        REVOKED: {"id": REVOKED, "revokedAssertions": [{"id": endorsement(99)["id"]}]},
        BADGE: {"@context": CONTEXT, "type": "BadgeClass", "id": BADGE, "issuer": ISSUER},
    }
    for key_id, key in _KEYS.items():
        owner = ISSUER if key_id == ISSUER_KEY else ENDORSER
        found[key_id] = {"id": key_id, "owner": owner, "publicKeyPem": _pem(key)}
    found.update(extra)
    return found


def _assertion(**change: Any) -> dict[str, Any]:
    return {
        "@context": CONTEXT,
        "type": "Assertion",
        "id": ASSERTION_ID,
        "recipient": {"type": "email", "identity": "learner@example.org", "hashed": False},
        "badge": BADGE,
        "issuedOn": "2021-01-01T00:00:00Z",
        "verification": {"type": "signed", "creator": ISSUER_KEY},
        **change,
    }


def badge(*endorsements: Any, resources: dict[str, Any] | None = None, **change: Any) -> Report:
    token = sign(_assertion(endorsement=list(endorsements), **change), _KEYS[ISSUER_KEY])
    return verify_legacy_badge(token, NOW, Ob2Documents(resources or documents()))


def only(report: Report) -> Report:
    assert report.verdict is Verdict.VALID, [c.message for c in report.checks]
    (inner,) = report.credentials
    assert inner.label == f"{ENDORSEMENT_LABEL} 1 of the assertion"
    return inner


def check(report: Report, check_id: str) -> tuple[Status, str]:
    found = report.check(check_id)  # type: ignore[arg-type]
    assert found is not None
    return found.status, found.message


# --- what must not pass ----------------------------------------------------------------------
def test_an_altered_signed_endorsement_is_invalid_and_the_badge_stays_valid() -> None:
    token = sign(endorsement(1), _KEYS[ENDORSER_KEY])
    head, _, signature = token.split(".")
    altered = _b64(json.dumps(endorsement(1, issuedOn="2019-01-01T00:00:00Z")).encode())
    inner = only(badge(f"{head}.{altered}.{signature}"))
    assert inner.verdict is Verdict.INVALID
    assert check(inner, "signature")[0] is Status.FAIL


def test_an_endorsement_signed_by_a_key_its_issuer_does_not_own_is_invalid() -> None:
    # The endorser's key, but the endorsement says the issuer wrote it (A1).
    inner = only(badge(sign(endorsement(1, issuer=ISSUER), _KEYS[ENDORSER_KEY])))
    assert inner.verdict is Verdict.INVALID
    status, message = check(inner, "issuer")
    assert status is Status.FAIL and "owner" in message


def test_a_forged_key_embedded_in_a_signed_endorsement_is_not_believed() -> None:
    forged = {"id": ENDORSER_KEY, "owner": ENDORSER, "publicKeyPem": _pem(ATTACKER)}
    inner = only(badge(sign(endorsement(1, extra=forged), ATTACKER)))
    assert inner.verdict is Verdict.INVALID
    assert check(inner, "signature")[0] is Status.FAIL


def test_a_revoked_endorsement_is_revoked() -> None:
    inner = only(badge(sign(endorsement(99), _KEYS[ENDORSER_KEY])))
    assert inner.verdict is Verdict.REVOKED


def test_an_endorsement_issued_in_the_future_is_not_yet_valid() -> None:
    future = endorsement(1, issuedOn="2030-01-01T00:00:00Z")
    assert only(badge(sign(future, _KEYS[ENDORSER_KEY]))).verdict is Verdict.NOT_YET_VALID


def test_a_malformed_endorsement_fails_its_format() -> None:
    broken = endorsement(1, type="Assertion", claim="not an object")
    inner = only(badge(sign(broken, _KEYS[ENDORSER_KEY])))
    status, message = check(inner, "format")
    assert inner.verdict is Verdict.INVALID and status is Status.FAIL
    assert "Endorsement" in message and "claim" in message


@pytest.mark.parametrize("entry", [42, "not a url", {"claim": {}}], ids=["number", "text", "bare"])
def test_what_is_not_an_endorsement_is_invalid(entry: Any) -> None:
    assert only(badge(entry)).verdict is Verdict.INVALID


def test_without_the_endorsers_key_it_is_unverifiable_with_the_reason() -> None:
    resources = documents()
    del resources[ENDORSER_KEY]
    inner = only(badge(sign(endorsement(1), _KEYS[ENDORSER_KEY]), resources=resources))
    assert inner.verdict is Verdict.UNVERIFIABLE
    assert ENDORSER_KEY in check(inner, "signature")[1]


def test_a_hosted_endorsement_is_unverifiable_offline() -> None:
    hosted = endorsement(1, verification={"type": "hosted"})
    del hosted["@context"]  # embedded: it has the assertion's context
    inner = only(badge(hosted))
    assert inner.verdict is Verdict.UNVERIFIABLE
    status, message = check(inner, "signature")
    assert status is Status.WARN and "network" in message
    assert check(inner, "format")[0] is Status.PASS


def test_an_endorsement_known_only_by_its_url_is_unverifiable() -> None:
    inner = only(badge("https://endorser.example/endorsements/7"))
    assert inner.verdict is Verdict.UNVERIFIABLE
    assert "not at hand offline" in check(inner, "signature")[1]


def test_an_endorsement_of_something_else_is_flagged_but_judged_on_its_own() -> None:
    inner = only(badge(sign(endorsement(1, claim=BADGE), _KEYS[ENDORSER_KEY])))
    status, message = check(inner, "format")
    assert status is Status.WARN and BADGE in message
    assert inner.verdict is Verdict.VALID


def test_a_forged_issuer_key_embedded_in_a_signed_assertion_is_not_believed() -> None:
    # The payload carries its own copy of the issuer's key: the signer's word, not the issuer's.
    forged = {"id": ISSUER_KEY, "owner": ISSUER, "publicKeyPem": _pem(ATTACKER)}
    token = sign(_assertion(extra=forged), ATTACKER)
    report = verify_legacy_badge(token, NOW, Ob2Documents(documents()))
    assert report.verdict is Verdict.INVALID
    assert check(report, "signature")[0] is Status.FAIL


# --- what passes, and where it is reported ---------------------------------------------------
def test_a_signed_endorsement_with_its_key_at_hand_verifies() -> None:
    inner = only(badge(sign(endorsement(1), _KEYS[ENDORSER_KEY])))
    assert inner.verdict is Verdict.VALID
    assert check(inner, "signature")[0] is Status.PASS
    assert check(inner, "issuer") == (
        Status.PASS,
        f"the key {ENDORSER_KEY} belongs to the issuer {ENDORSER}",
    )


def test_endorsements_of_the_badge_class_and_the_issuer_are_reported_too() -> None:
    on_badge = sign(endorsement(2, claim=BADGE), _KEYS[ENDORSER_KEY])
    resources = documents()
    resources[BADGE] = {**resources[BADGE], "endorsement": [on_badge]}
    resources[ISSUER] = {**resources[ISSUER], "endorsement": ["https://e.example/unknown"]}
    report = badge(resources=resources)
    assert report.verdict is Verdict.VALID
    labels = {inner.label: inner.verdict for inner in report.credentials}
    assert labels == {
        f"{ENDORSEMENT_LABEL} 1 of the badge class": Verdict.VALID,
        f"{ENDORSEMENT_LABEL} 1 of the issuer": Verdict.UNVERIFIABLE,
    }


def test_endorsements_of_endorsers_nest_and_stop() -> None:
    # The endorser's profile is endorsed by the endorser's own endorsement of it: a cycle.
    of_endorser = sign(endorsement(3, claim=ENDORSER), _KEYS[ENDORSER_KEY])
    resources = documents()
    resources[ENDORSER] = {**resources[ENDORSER], "endorsement": [of_endorser]}
    inner = only(badge(sign(endorsement(1), _KEYS[ENDORSER_KEY]), resources=resources))
    (nested,) = inner.credentials
    assert nested.label == f"{ENDORSEMENT_LABEL} 1 of the issuer"
    assert nested.verdict is Verdict.VALID and nested.credentials == ()


def test_a_flood_of_endorsements_is_cut_short_and_says_so() -> None:
    report = badge(*[f"https://e.example/{n}" for n in range(MAX_ENDORSEMENTS + 10)])
    assert report.verdict is Verdict.VALID
    assert len(report.credentials) == MAX_ENDORSEMENTS + 1
    assert "not all checked" in report.credentials[-1].label
    assert all(inner.label.startswith(ENDORSEMENT_LABEL) for inner in report.credentials)


def test_the_1edtech_sample_with_endorsements() -> None:
    data = (VECTORS / "ob2" / "validator-samples" / "assertion-with-endorsements.json").read_bytes()
    report = verify_unpacked(read_input(data), NOW, ASSETS)
    assert report.verdict is Verdict.UNVERIFIABLE  # hosted: as without its endorsements
    assert [(inner.label, inner.verdict) for inner in report.credentials] == [
        (f"{ENDORSEMENT_LABEL} 1 of the assertion", Verdict.UNVERIFIABLE),
        (f"{ENDORSEMENT_LABEL} 2 of the assertion", Verdict.UNVERIFIABLE),
        (f"{ENDORSEMENT_LABEL} 1 of the badge class", Verdict.UNVERIFIABLE),
        (f"{ENDORSEMENT_LABEL} 2 of the badge class", Verdict.UNVERIFIABLE),
    ]
    # Its assertion-level endorsements claim the BadgeClass, not the assertion that carries them.
    assert check(report.credentials[0], "format")[0] is Status.WARN
    assert check(report.credentials[2], "format")[0] is Status.PASS
    for inner in report.credentials:
        assert "network" in check(inner, "signature")[1]


# --- property: no entry breaks the verifier or the parent's verdict ---------------------------
_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=12,
)
_ENTRY = _JSON | st.builds(
    lambda change: sign(endorsement(1, **change), _KEYS[ENDORSER_KEY]),
    st.dictionaries(st.sampled_from(["claim", "issuer", "issuedOn", "verification", "id"]), _JSON),
)


@settings(max_examples=150, deadline=None, database=None)
@given(st.lists(_ENTRY, max_size=4))
def test_any_endorsement_entries_leave_the_parent_valid(entries: list[Any]) -> None:
    report = badge(*entries)
    assert report.verdict is Verdict.VALID
    assert len(report.credentials) == len(entries)
    assert all(inner.label.startswith(ENDORSEMENT_LABEL) for inner in report.credentials)
