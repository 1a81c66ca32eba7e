"""The ``trust`` check: it vouches for an issuer only where the issuer check showed that issuer
controls the signing key, and it never changes a verdict (DESIGN.md, "Verification report")."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from tests.verify.hostile import ATTACKER, ISSUER, badge, check, sign, statuses, verify
from wallet.verify import Status
from wallet.verify.report import Check
from wallet.verify.trust import trust_check


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


# --- the rule itself, shared by W3C credentials and Open Badges 2.0 -----------------------------

_ISSUER = "https://university.example/issuer"


@pytest.mark.parametrize(
    ("binding", "expected"),
    [
        (None, "skip"),  # no issuer check at all (an OB 2.0 hosted badge offline)
        (Check("issuer", Status.FAIL, "signed by someone else"), "skip"),
        (Check("issuer", Status.WARN, "needs the network", "unverifiable"), "skip"),
        (Check("issuer", Status.PASS, "the key belongs to the issuer"), "pass"),
    ],
)
def test_trust_applies_only_once_the_issuer_holds_the_key(
    binding: Check | None, expected: str
) -> None:
    assert trust_check(_ISSUER, binding, {_ISSUER}).status.value == expected


def test_an_unknown_or_unnamed_issuer_is_a_warning() -> None:
    bound = Check("issuer", Status.PASS, "ok")
    assert trust_check(_ISSUER, bound, set()).status is Status.WARN
    unnamed = trust_check(None, bound, {_ISSUER})
    assert unnamed.status is Status.WARN and "None" not in unnamed.message


def test_an_ob2_hosted_badge_of_a_trusted_issuer_is_not_shown_as_trusted(vectors) -> None:
    """Open Badges 2.0 follows the same rule: a hosted badge proves nothing offline, so even a
    trusted issuer's name on it is not shown as trusted."""
    from wallet.verify import VerifyOptions, verify_input

    assets = vectors / "ob2/validator-samples/assets"
    document = json.loads((vectors / "ob2/validator-samples/basic-assertion.json").read_bytes())
    badge_class = json.loads((assets / "robotics-badge.json").read_bytes())
    issuer = json.loads((assets / "issuer1.json").read_bytes())
    badge_class["issuer"] = issuer  # embedded, so the issuer is named
    document["badge"] = badge_class
    data = json.dumps(document).encode()
    untrusted = verify_input(data, VerifyOptions())
    assert untrusted.check("trust").status is Status.WARN  # type: ignore[union-attr]
    report = verify_input(data, VerifyOptions(trusted_issuers=frozenset({issuer["id"]})))
    trust = report.check("trust")
    assert trust is not None and trust.status is Status.SKIP, trust
    assert "does not apply" in trust.message
    assert report.verdict.value == "unverifiable"
