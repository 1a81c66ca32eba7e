"""The ``trust`` check: it vouches for an issuer only where the issuer check showed that issuer
controls the signing key, and it never changes a verdict (DESIGN.md, "Verification report")."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.verify.hostile import ATTACKER, ISSUER, badge, check, sign, statuses, verify
from wallet.verify import Status


# --- failure first: trusting an issuer must not rescue what names it falsely ----------------------
def test_a_forged_credential_naming_a_trusted_issuer_stays_invalid() -> None:
    forged = sign(badge(), ATTACKER)  # signed by someone else, issuer still names ISSUER
    report = verify(forged, trusted_issuers=frozenset({ISSUER.did}))
    assert report.verdict.value == "invalid"
    assert statuses(report)["issuer"] == "fail"
    status, message = check(report, "trust")
    assert status is Status.SKIP
    assert message.startswith(f"does not apply: you trust the issuer {ISSUER.did}")


def test_an_unbound_https_fragment_key_of_a_trusted_issuer_stays_unverifiable() -> None:
    """Anyone can mint ``https://victim.edu/issuer#z6Mk<own key>``: trust must not vouch for it."""
    document = badge()
    document["issuer"]["id"] = "https://victim.edu/issuer"
    method = "https://victim.edu/issuer#" + ATTACKER.did.removeprefix("did:key:")
    signed = sign(document, ATTACKER, method=method)
    report = verify(signed, trusted_issuers=frozenset({"https://victim.edu/issuer"}))
    assert report.verdict.value == "unverifiable"
    assert statuses(report)["issuer"] == "warn"
    assert check(report, "trust")[0] is not Status.PASS


def test_an_unknown_issuer_is_a_warning_whatever_the_binding() -> None:
    for document in (badge(), sign(badge(), ATTACKER)):
        status, message = check(verify(document), "trust")
        assert status is Status.WARN
        assert message == f"the issuer {ISSUER.did} is not in any trusted list you use"


def test_trust_never_changes_a_verdict() -> None:
    documents = [
        badge(),
        badge(valid_until=datetime(2024, 2, 1, tzinfo=UTC)),
        sign(badge(), ATTACKER),
        {k: v for k, v in badge().items() if k != "proof"},
    ]
    trusted = frozenset({ISSUER.did})
    for document in documents:
        assert verify(document, trusted_issuers=trusted).verdict == verify(document).verdict


# --- the genuine case ----------------------------------------------------------------------------
def test_a_genuine_credential_of_a_trusted_issuer_shows_it_trusted() -> None:
    report = verify(badge(), trusted_issuers=frozenset({ISSUER.did}))
    assert report.verdict.value == "valid"
    assert check(report, "trust") == (Status.PASS, f"you trust the issuer {ISSUER.did}")
