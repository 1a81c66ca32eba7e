"""Open Badges 2.0 verification offline, against the 1EdTech validator samples and their assets.

The assets (keys, issuer profiles, badge classes, revocation lists) are what an OB 2.0 issuer
publishes at https://example.org/<file>; they reach the verifier only through ``Ob2Documents``.
"""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import VECTORS
from wallet.formats.sniff import read_input
from wallet.verify.dispatch import verify_unpacked
from wallet.verify.ob2_rules import ob2_datetime
from wallet.verify.openbadges2 import Ob2Documents, verify_legacy_badge
from wallet.verify.options import VerifyOptions
from wallet.verify.recipient import names_recipient
from wallet.verify.report import Report, Status, Verdict

SAMPLES = VECTORS / "ob2" / "validator-samples"
NOW = VerifyOptions(now=datetime(2024, 6, 1, tzinfo=UTC))


def _assets() -> Ob2Documents:
    documents: dict[str, Any] = {}
    for path in (SAMPLES / "assets").glob("*.json"):
        try:
            document = json.loads(path.read_text("utf-8"))
        except ValueError:
            continue
        for scheme in ("http", "https"):
            documents[f"{scheme}://example.org/{path.name}"] = document
    return Ob2Documents(documents)


ASSETS = _assets()


def verify(name: str, resources: Ob2Documents | None = ASSETS) -> Report:
    return verify_unpacked(read_input((SAMPLES / name).read_bytes()), NOW, resources)


def status_of(report: Report, check_id: str) -> Status:
    check = report.check(check_id)  # type: ignore[arg-type]
    assert check is not None
    return check.status


def test_signed_assertion_verifies_and_binds_to_its_issuer() -> None:
    report = verify("simple.jwt")
    assert report.verdict is Verdict.VALID
    assert status_of(report, "signature") is Status.PASS
    assert status_of(report, "issuer") is Status.PASS
    assert status_of(report, "schema") is Status.SKIP


def test_revoked_and_not_revoked() -> None:
    assert verify("simple-revoked.jwt").verdict is Verdict.REVOKED
    not_revoked = verify("simple-not-revoked.jwt")
    assert not_revoked.verdict is Verdict.VALID
    assert status_of(not_revoked, "status") is Status.PASS


def test_without_the_issuers_key_it_is_unverifiable_with_the_reason() -> None:
    report = verify("simple.jwt", None)
    assert report.verdict is Verdict.UNVERIFIABLE
    signature = report.check("signature")
    assert signature is not None and "http://example.org/key1.json" in signature.message


def test_a_revocation_list_out_of_reach_is_a_warning() -> None:
    documents = dict(ASSETS.documents)
    del documents["http://example.org/revocation-list.json"]
    report = verify("simple-revoked.jwt", Ob2Documents(documents))
    assert status_of(report, "status") is Status.WARN
    assert report.verdict is Verdict.VALID


def _resign(token: str, change: dict[str, Any]) -> str:
    head, body, signature = token.split(".")
    payload = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    payload.update(change)
    encoded = base64.urlsafe_b64encode(json.dumps(payload).encode()).rstrip(b"=").decode()
    return f"{head}.{encoded}.{signature}"


def test_an_altered_assertion_fails_its_signature() -> None:
    token = (SAMPLES / "simple.jwt").read_text().strip()
    report = verify_legacy_badge(_resign(token, {"issuedOn": "2017-01-01T00:00:00Z"}), NOW, ASSETS)
    assert report.verdict is Verdict.INVALID
    assert status_of(report, "signature") is Status.FAIL


def test_a_key_the_issuer_does_not_own_is_a_failure() -> None:
    # key2 is owned by another organisation: a valid signature by it proves nothing (A1).
    documents = dict(ASSETS.documents)
    key1 = dict(documents["http://example.org/key1.json"])
    key1["owner"] = "https://attacker.example/profile"
    documents["http://example.org/key1.json"] = key1
    report = verify("simple.jwt", Ob2Documents(documents))
    assert report.verdict is Verdict.INVALID
    issuer = report.check("issuer")
    assert issuer is not None and issuer.status is Status.FAIL and "owner" in issuer.message


@pytest.mark.parametrize("alg", ["none", "HS256"])
def test_refused_algorithms(alg: str) -> None:
    token = (SAMPLES / "simple.jwt").read_text().strip()
    header = base64.urlsafe_b64encode(json.dumps({"alg": alg}).encode()).rstrip(b"=").decode()
    forged = header + "." + ".".join(token.split(".")[1:])
    report = verify_legacy_badge(forged, NOW, ASSETS)
    assert report.verdict is Verdict.INVALID


@pytest.mark.parametrize(
    ("name", "verdict"),
    [
        ("basic-assertion.json", Verdict.UNVERIFIABLE),
        ("basic-assertion-expired.json", Verdict.EXPIRED),
        ("basic-assertion-in-future.json", Verdict.NOT_YET_VALID),
        ("basic-assertion-expired-before-issued.json", Verdict.INVALID),
        ("basic-assertion-invalid-context.json", Verdict.INVALID),
        ("basic-assertion-invalid-type.json", Verdict.INVALID),
        ("assertion-with-data-image.json", Verdict.INVALID),
        ("basic-assertion-with-allowed-origins.json", Verdict.UNVERIFIABLE),
        ("basic-assertion-with-allowed-origins-valid-starts-with.json", Verdict.UNVERIFIABLE),
        ("basic-assertion-with-allowed-origins-invalid-starts-with.json", Verdict.INVALID),
        (
            "basic-assertion-with-allowed-origins-invalid-multiple-starts-with.json",
            Verdict.INVALID,
        ),
        ("warning-issuer-non-http.json", Verdict.UNVERIFIABLE),
        ("simple-badge.png", Verdict.UNVERIFIABLE),
    ],
)
def test_hosted_assertions(name: str, verdict: Verdict) -> None:
    report = verify(name)
    assert report.verdict is verdict, [c.message for c in report.checks]
    signature = report.check("signature")
    assert signature is not None and "network" in signature.message


def test_an_ob1_assertion_is_reported_as_legacy() -> None:
    report = verify_unpacked(
        read_input((VECTORS / "ob2" / "bakery" / "baked.svg").read_bytes()), NOW
    )
    assert report.verdict is Verdict.UNVERIFIABLE
    fmt = report.check("format")
    assert fmt is not None and "1.x" in fmt.message


# --- recipient ------------------------------------------------------------------------------
ASSERTION = json.loads((SAMPLES / "basic-assertion.json").read_text())


@pytest.mark.parametrize(
    ("identity", "expected"),
    [
        ("nobody@example.org", True),
        ("NoBody@Example.org", True),
        (" nobody@example.org ", True),
        ("somebody@example.org", False),
        ("", False),
    ],
)
def test_hashed_email_recipient(identity: str, expected: bool) -> None:
    assert names_recipient(ASSERTION, identity) is expected


def _recipient(kind: str, identity: str, hashed: bool, salt: str = "") -> dict[str, Any]:
    return {"recipient": {"type": kind, "identity": identity, "hashed": hashed, "salt": salt}}


def test_md5_url_telephone_and_plain_recipients() -> None:
    import hashlib

    md5 = "md5$" + hashlib.md5(b"https://me.example/pagepepper").hexdigest().upper()
    assert names_recipient(_recipient("url", md5, True, "pepper"), "https://me.example/page")
    assert not names_recipient(_recipient("url", md5, True, "salt"), "https://me.example/page")
    phone = "sha256$" + hashlib.sha256(b"+15551234567").hexdigest()
    assert names_recipient(_recipient("telephone", phone, True), "+1 (555) 123-4567")
    assert names_recipient(_recipient("email", "Me@Example.org", False), "me@example.org")
    assert not names_recipient(_recipient("email", "sha1$abcd", True), "me@example.org")


def test_ob3_identifiers_and_subject_id() -> None:
    credential = json.loads((VECTORS / "ob3" / "validator-samples" / "complete.json").read_text())
    assert names_recipient(credential, "student@1edtech.edu")
    assert names_recipient(credential, ["nobody@else.org", "somebody@gmail.com"])
    assert not names_recipient(credential, "stranger@1edtech.edu")
    subject_id = credential["credentialSubject"]["id"]
    assert names_recipient(credential, subject_id)


def test_samples_folder_exists() -> None:
    assert isinstance(SAMPLES, Path) and (SAMPLES / "assets" / "key1.json").is_file()


# --- OB 2.0 DateTime ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("x", None),
        (True, None),
        (10**11, None),
        ("2017-13-01T00:00Z", None),
        ("2017-10-01T00:00Z", datetime(2017, 10, 1, tzinfo=UTC)),
        ("2017-10-01T02:00+02:00", datetime(2017, 10, 1, tzinfo=UTC)),
        (1506816000, datetime(2017, 10, 1, tzinfo=UTC)),
        ("1506816000", datetime(2017, 10, 1, tzinfo=UTC)),
    ],
)
def test_ob2_datetimes_are_iso_8601_or_unix_time(value: object, expected: datetime | None) -> None:
    # OB 2.0 §DateTime; the 1EdTech endorsement samples leave out the seconds.
    assert ob2_datetime(value) == expected
