"""Attack 9: a credential's validity dates cannot be hidden by relabelling its data model.

Which names hold a credential's validity window (``issuanceDate``/``expirationDate`` in VCDM
1.1, ``validFrom``/``validUntil`` in 2.0) was decided from its first ``@context``. That URL is
not a statement: an attacker who swaps ``credentials/v1`` for ``credentials/v2`` and writes the
1.1 dates under their full IRIs (the v2 context has no term for them, so that is how it writes
them) keeps every signed statement, so the issuer's signature still verifies, and an expired or
not-yet-valid credential read as valid. Every date the signed statements carry counts now,
whatever the data model.
"""

from __future__ import annotations

import copy
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.verify import forgery
from tests.verify.forgery import CRED, XSD_DATETIME, signed_credential
from tests.verify.hostile import ISSUER, check, sign, unsecured, verify
from tests.verify.test_jwt import sign as sign_jwt
from tests.verify.test_jwt import vc2
from tests.verify.test_jwt import verify as verify_jwt
from wallet.verify import Status, Verdict


def _legacy(issued: datetime, until: datetime | None) -> dict[str, Any]:
    return ISSUER.achievement_credential(
        "Intro to Python", suite="Ed25519Signature2020", issued=issued, valid_until=until
    )


def test_the_genuine_legacy_credential_is_expired() -> None:
    assert verify(signed_credential("Ed25519Signature2020")).verdict is Verdict.EXPIRED


def test_an_expired_credential_relabelled_vcdm_2_stays_expired() -> None:
    forged = forgery.as_other_data_model(signed_credential("Ed25519Signature2020"))
    report = verify(forged)
    assert check(report, "signature")[0] is Status.PASS  # the statements did not change
    assert report.verdict is Verdict.EXPIRED, report.checks
    assert check(report, "validity") == (Status.FAIL, "expired on 2024-06-01T00:00:00Z")


def test_a_credential_not_yet_valid_relabelled_vcdm_2_stays_not_yet_valid() -> None:
    genuine = _legacy(datetime(2026, 1, 1, tzinfo=UTC), None)
    assert verify(genuine).verdict is Verdict.NOT_YET_VALID
    report = verify(forgery.as_other_data_model(genuine))
    # The proof was made in the future too (a warning, never a failure).
    assert check(report, "signature")[0] is Status.WARN
    assert report.verdict is Verdict.NOT_YET_VALID, report.checks


def test_a_vcdm_2_credential_with_vcdm_1_dates_is_judged_by_all_of_them() -> None:
    """Signed as such by its issuer: validUntil in the future, expirationDate past. The
    earliest end decides, as it does when both models' dates are present in any order."""
    document = unsecured(signed_credential("eddsa-rdfc-2022", expired=False))
    document["validUntil"] = "2030-01-01T00:00:00Z"
    document[CRED + "expirationDate"] = {"@value": "2024-06-01T00:00:00Z", "@type": XSD_DATETIME}
    report = verify(sign(document))
    assert check(report, "signature")[0] is Status.PASS
    assert report.verdict is Verdict.EXPIRED


def test_an_unreadable_date_under_the_other_models_name_fails_format() -> None:
    document = unsecured(signed_credential("eddsa-rdfc-2022", expired=False))
    document[CRED + "expirationDate"] = {"@value": "next year", "@type": XSD_DATETIME}
    report = verify(sign(document))
    status, message = check(report, "format")
    assert status is Status.FAIL
    assert "expirationDate “next year” is not a valid date-time" in message


@settings(max_examples=30, deadline=None)
@given(
    start=st.datetimes(datetime(2020, 1, 1), datetime(2030, 1, 1), timezones=st.just(UTC)),
    days=st.integers(1, 3_000_000),
    expires=st.booleans(),
)
def test_relabelling_never_changes_the_verdict(start: datetime, days: int, expires: bool) -> None:
    """Property: for any validity window, the relabelled copy's verdict is the original's."""
    start = start.replace(microsecond=0)
    end = start + timedelta(days=min(days, (datetime(9000, 1, 1, tzinfo=UTC) - start).days))
    genuine = _legacy(start, end if expires else None)
    forged = forgery.as_other_data_model(copy.deepcopy(genuine))
    assert verify(forged).verdict is verify(genuine).verdict


@pytest.mark.parametrize("suite", ["eddsa-rdfc-2022", "ecdsa-rdfc-2019"])
def test_genuine_vcdm_2_credentials_keep_their_verdicts(suite: str) -> None:
    assert verify(signed_credential(suite, expired=False)).verdict is Verdict.VALID
    assert verify(signed_credential(suite)).verdict is Verdict.EXPIRED


def test_a_jwt_with_nbf_still_expires_by_a_date_under_the_other_models_name() -> None:
    """The JWT's nbf/exp replace the validity row; the credential's own dates still count, all
    of them, as the signed view has them."""
    payload = vc2()
    payload[CRED + "expirationDate"] = {"@value": "2025-03-01T00:00:00Z", "@type": XSD_DATETIME}
    payload["nbf"] = int(datetime(2025, 1, 1, tzinfo=UTC).timestamp())
    report = verify_jwt(sign_jwt(payload, typ="vc+jwt"))  # at 2025-06-01
    assert check(report, "signature")[0] is Status.PASS
    assert report.verdict is Verdict.EXPIRED, report.checks
