"""The ``status`` check against real lists on the test server, in all four formats: each
distinct outcome, and that only a verified list of the credential's own issuer says "not
revoked" (DESIGN "Network", STANDARDS §6)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from tests.factories import Issuer
from tests.net.local_https import LocalHttpsServer
from tests.net.status_lists import (
    bitstring_list,
    encode_bits,
    entry,
    one_edtech_list,
    publish,
    revocation_list_2020,
    sign,
    status_list_2021,
)
from wallet.net import WebFetcher
from wallet.status import StatusChecker
from wallet.verify import Report, Status, VerifyOptions, verify_document

NOW = datetime(2026, 6, 1, tzinfo=UTC)
ISSUER = Issuer.from_seed(b"status issuer", "Status College")
OTHER = Issuer.from_seed(b"another issuer", "Another College")

# kind -> (entry type, list builder, prefix with multibase 'u')
FORMATS: dict[str, tuple[str, Callable[..., dict[str, Any]], bool]] = {
    "bitstring": ("BitstringStatusListEntry", bitstring_list, True),
    "statuslist2021": ("StatusList2021Entry", status_list_2021, False),
    "revocationlist2020": ("RevocationList2020Status", revocation_list_2020, False),
}


def _verify_list(document: Any) -> Report:
    return verify_document(document, VerifyOptions(now=NOW))


@pytest.fixture
def checker(fetcher: WebFetcher) -> StatusChecker:
    return StatusChecker(fetcher, _verify_list)


def _publish_list(
    server: LocalHttpsServer,
    kind: str,
    name: str,
    revoked: dict[int, int],
    *,
    signer: Issuer | None = ISSUER,
    issuer: Issuer = ISSUER,
    purpose: str = "revocation",
    tamper: bool = False,
    **extra: Any,
) -> tuple[str, str]:
    entry_type, build, multibase = FORMATS[kind]
    path = f"/status/{kind}/{name}"
    url = server.url(path)
    options = {"purpose": purpose} if kind != "revocationlist2020" else {}
    document = build(url, issuer.did, encode_bits(revoked, multibase=multibase), **options, **extra)
    if signer is not None:
        document = sign(document, signer)
    if tamper:
        document["credentialSubject"]["encodedList"] = encode_bits({}, multibase=multibase)
    publish(server, path, document)
    return entry_type, url


def _check(checker: StatusChecker, status: Any, issuer: Issuer = ISSUER) -> Any:
    return checker.check(status, issuer_id=issuer.did, now=NOW, credential_id="urn:uuid:c1")


@pytest.mark.parametrize("kind", FORMATS)
def test_not_revoked_on_a_verified_list_passes(
    kind: str, https_server: LocalHttpsServer, checker: StatusChecker
) -> None:
    entry_type, url = _publish_list(https_server, kind, "clear", {7: 1})
    result = _check(checker, entry(entry_type, url, 42))
    assert result.check.status is Status.PASS, result.check
    assert "not revoked" in result.check.message and "checked online at" in result.check.message
    assert [r.url for r in result.fetched] == [url]


@pytest.mark.parametrize("kind", FORMATS)
def test_revoked_on_a_verified_list_fails(
    kind: str, https_server: LocalHttpsServer, checker: StatusChecker
) -> None:
    entry_type, url = _publish_list(https_server, kind, "revoked", {42: 1})
    result = _check(checker, entry(entry_type, url, "42"))
    assert (result.check.status, result.check.outcome) == (Status.FAIL, "revoked")
    assert "unsigned" not in result.check.message


@pytest.mark.parametrize("kind", ["bitstring", "statuslist2021"])
def test_suspended_fails_as_suspended(
    kind: str, https_server: LocalHttpsServer, checker: StatusChecker
) -> None:
    entry_type, url = _publish_list(https_server, kind, "suspended", {3: 1}, purpose="suspension")
    result = _check(checker, entry(entry_type, url, 3, "suspension"))
    assert (result.check.status, result.check.outcome) == (Status.FAIL, "suspended")
    assert result.check.message.startswith("suspended: ")


@pytest.mark.parametrize("kind", FORMATS)
def test_a_tampered_list_is_never_believed(
    kind: str, https_server: LocalHttpsServer, checker: StatusChecker
) -> None:
    entry_type, url = _publish_list(https_server, kind, "tampered", {5: 1}, tamper=True)
    result = _check(checker, entry(entry_type, url, 5))
    assert result.check.status is Status.WARN
    assert "not to be believed" in result.check.message and "signature" in result.check.message


@pytest.mark.parametrize("kind", FORMATS)
def test_a_list_of_another_issuer_does_not_count(
    kind: str, https_server: LocalHttpsServer, checker: StatusChecker
) -> None:
    entry_type, url = _publish_list(https_server, kind, "other", {}, signer=OTHER, issuer=OTHER)
    result = _check(checker, entry(entry_type, url, 5))
    assert result.check.status is Status.WARN
    assert f"issued by {OTHER.did}, not by the credential's issuer {ISSUER.did}" in (
        result.check.message
    )


def test_a_list_signed_by_another_key_than_its_issuers_is_not_believed(
    https_server: LocalHttpsServer, checker: StatusChecker
) -> None:
    entry_type, url = _publish_list(https_server, "bitstring", "forged", {5: 1}, signer=OTHER)
    result = _check(checker, entry(entry_type, url, 5))
    assert result.check.status is Status.WARN and "not to be believed" in result.check.message


@pytest.mark.parametrize("kind", FORMATS)
def test_an_expired_list_does_not_count(
    kind: str, https_server: LocalHttpsServer, checker: StatusChecker
) -> None:
    end = {"validUntil": "2025-01-01T00:00:00Z"}
    if kind != "bitstring":
        end = {"expirationDate": "2025-01-01T00:00:00Z"}
    entry_type, url = _publish_list(https_server, kind, "expired", {}, **end)
    result = _check(checker, entry(entry_type, url, 5))
    assert result.check.status is Status.WARN and "has expired" in result.check.message


@pytest.mark.parametrize("kind", FORMATS)
def test_an_unsigned_list_warns_when_clear_and_is_believed_when_revoked(
    kind: str, https_server: LocalHttpsServer, checker: StatusChecker
) -> None:
    entry_type, url = _publish_list(https_server, kind, "unsigned", {9: 1}, signer=None)
    clear = _check(checker, entry(entry_type, url, 8))
    assert clear.check.status is Status.WARN
    assert "not revoked according to an unsigned list" in clear.check.message
    revoked = _check(checker, entry(entry_type, url, 9))
    assert (revoked.check.status, revoked.check.outcome) == (Status.FAIL, "revoked")
    assert "unsigned status list" in revoked.check.message


@pytest.mark.parametrize("kind", FORMATS)
def test_an_unreachable_list_warns_with_the_reason(
    kind: str, https_server: LocalHttpsServer, checker: StatusChecker
) -> None:
    entry_type, _ = FORMATS[kind][0], None
    url = https_server.url(f"/status/{kind}/nowhere")
    result = _check(checker, entry(entry_type, url, 1))
    assert result.check.status is Status.WARN
    assert "could not be checked" in result.check.message and "HTTP 404" in result.check.message
    assert result.fetched == ()


@pytest.mark.parametrize(
    ("encoded", "why"),
    [
        ("unot base64 at all!", "not base64"),
        ("H4sIAAAA", "must start with 'u'"),
        ("u" + encode_bits({}, multibase=False)[:40], "not GZIP"),
    ],
    ids=["not-base64", "no-multibase-prefix", "truncated-gzip"],
)
def test_a_malformed_list_is_never_not_revoked(
    encoded: str, why: str, https_server: LocalHttpsServer, checker: StatusChecker
) -> None:
    path = f"/status/malformed/{abs(hash(encoded))}"
    url = https_server.url(path)
    publish(https_server, path, sign(bitstring_list(url, ISSUER.did, encoded), ISSUER))
    result = _check(checker, entry("BitstringStatusListEntry", url, 1))
    assert result.check.status is Status.WARN and why in result.check.message


def test_a_short_list_and_a_gzip_bomb_are_malformed(
    https_server: LocalHttpsServer, checker: StatusChecker
) -> None:
    import base64
    import gzip

    for name, raw in (("short", b"\0" * 1000), ("bomb", b"\0" * (20 * 1024 * 1024))):
        encoded = "u" + base64.urlsafe_b64encode(gzip.compress(raw)).decode().rstrip("=")
        path = f"/status/bad/{name}"
        url = https_server.url(path)
        publish(https_server, path, sign(bitstring_list(url, ISSUER.did, encoded), ISSUER))
        result = _check(checker, entry("BitstringStatusListEntry", url, 1))
        assert result.check.status is Status.WARN and "unreadable" in result.check.message


def test_a_list_for_another_purpose_does_not_count(
    https_server: LocalHttpsServer, checker: StatusChecker
) -> None:
    entry_type, url = _publish_list(https_server, "bitstring", "purpose", {}, purpose="suspension")
    result = _check(checker, entry(entry_type, url, 1, "revocation"))
    assert result.check.status is Status.WARN and "is for suspension, not revocation" in (
        result.check.message
    )


def test_status_size_and_messages(https_server: LocalHttpsServer, checker: StatusChecker) -> None:
    path = "/status/bitstring/messages"
    url = https_server.url(path)
    encoded = encode_bits({4: 2}, size=2)
    publish(
        https_server,
        path,
        sign(bitstring_list(url, ISSUER.did, encoded, purpose="message"), ISSUER),
    )
    status = {
        **entry("BitstringStatusListEntry", url, 4, "message"),
        "statusSize": 2,
        "statusMessage": [
            {"status": "0x0", "message": "pending"},
            {"status": "0x1", "message": "accepted"},
            {"status": "0x2", "message": "under review"},
            {"status": "0x3", "message": "rejected"},
        ],
    }
    result = _check(checker, status)
    assert "the issuer's status message: under review" in result.check.message
    assert result.check.status is Status.WARN  # a message alone says nothing about revocation


def test_a_hundred_credentials_share_one_list_fetch(
    https_server: LocalHttpsServer, checker: StatusChecker
) -> None:
    entry_type, url = _publish_list(https_server, "bitstring", "shared", {50: 1})
    results = [_check(checker, entry(entry_type, url, i)) for i in range(100)]
    assert https_server.hits("/status/bitstring/shared") == 1
    assert sum(r.check.status is Status.FAIL for r in results) == 1
    assert sum(r.check.status is Status.PASS for r in results) == 99


def test_entries_that_cannot_be_read(checker: StatusChecker) -> None:
    assert _check(checker, None).check.status is Status.SKIP
    for bad in (
        {
            "type": "BitstringStatusListEntry",
            "statusPurpose": "revocation",
            "statusListIndex": "-1",
            "statusListCredential": "https://example.org/list",
        },
        {
            "type": "BitstringStatusListEntry",
            "statusPurpose": "revocation",
            "statusListIndex": True,
            "statusListCredential": "https://example.org/list",
        },
        {"type": "CredentialStatusList2017", "id": "https://example.org/x"},
        "just a string",
    ):
        assert _check(checker, bad).check.status is Status.WARN


# --- the fourth format: the 1EdTech revocation list ------------------------------------------
# VCRL 1.0 defines plain JSON with no signature, validity or suspension, so its matrix is the
# outcomes it can have. Whatever a list carries, it never makes ``status`` pass.
ONE_EDTECH_CASES = ["not revoked", "revoked", "other issuer", "unreachable", "a proof", "expired"]


@pytest.mark.parametrize("case", ONE_EDTECH_CASES)
def test_one_edtech_revocation_list(
    case: str, https_server: LocalHttpsServer, checker: StatusChecker
) -> None:
    path = f"/status/1edtech/{case.replace(' ', '-')}"
    url = https_server.url(path)
    owner = OTHER if case == "other issuer" else ISSUER
    listing = one_edtech_list(url, owner.did, {"urn:uuid:revoked": "issued in error"})
    if case == "a proof":  # signed by the issuer, but the format has no signature to check
        listing["proof"] = sign(bitstring_list(url, ISSUER.did, encode_bits({})), ISSUER)["proof"]
    if case == "expired":
        listing["validUntil"] = "2025-01-01T00:00:00Z"
    if case != "unreachable":
        publish(https_server, path, listing)
    credential = "urn:uuid:revoked" if case == "revoked" else "urn:uuid:fine"
    status = entry("1EdTechRevocationList", url, 0)
    result = checker.check(status, issuer_id=ISSUER.did, now=NOW, credential_id=credential)
    message = result.check.message
    if case == "revoked":
        assert (result.check.status, result.check.outcome) == (Status.FAIL, "revoked")
        assert "the issuer's unsigned revocation list lists it" in message
        assert "issued in error" in message
    elif case == "other issuer":
        assert result.check.status is Status.WARN
        assert f"is {OTHER.did}'s, not the issuer's {ISSUER.did}" in message
    elif case == "unreachable":
        assert result.check.status is Status.WARN
        assert "could not be checked" in message and "HTTP 404" in message
        assert result.fetched == ()
    else:
        assert result.check.status is Status.WARN, result.check
        assert "not revoked according to the issuer's unsigned revocation list" in message
    if case != "unreachable":
        assert [r.url for r in result.fetched] == [url]


def test_a_real_signed_1edtech_list_is_read_bit_23_revoked(
    vectors: Path, https_server: LocalHttpsServer, fetcher: WebFetcher
) -> None:
    """The list 1EdTech's validator signed (tests/vectors/status-list/1edtech-signed, byte for
    byte): only bit 23 is set. Its issuer's key is on the web; with it known, entry 23 of the
    validator's own revoked credential is revoked and its neighbours are not. Without it, the
    list says nothing either way."""
    from wallet.dids.keys import PublicKey
    from wallet.dids.resolve import VerificationMethod, resolve_method

    folder = vectors / "status-list/1edtech-signed"
    served = (folder / "testlist.json").read_bytes()
    url = https_server.add_json("/status/1edtech-signed/testlist", served)
    credential = json.loads((folder / "credential-status-revoked.json").read_text())
    issuer = credential["issuer"]["id"]
    listed = {**credential["credentialStatus"], "statusListCredential": url}
    assert listed["statusListIndex"] == 23
    method = json.loads((folder / "testlist.json").read_text())["proof"][0]["verificationMethod"]

    def resolver(reference: Any) -> Any:
        if reference == method:  # as https://1edtech.edu/issuers/565049 would publish it
            key = PublicKey.from_multikey(method.partition("#")[2])
            return VerificationMethod(method, issuer, key, frozenset({"assertionMethod"}))
        return resolve_method(reference)

    def verify_list(document: Any) -> Report:
        return verify_document(document, VerifyOptions(now=NOW, resolver=resolver))

    knowing = StatusChecker(fetcher, verify_list)
    revoked = knowing.check(listed, issuer_id=issuer, now=NOW, credential_id=credential["id"])
    assert (revoked.check.status, revoked.check.outcome) == (Status.FAIL, "revoked")
    for index in (22, 24, 0):
        clear = knowing.check(
            {**listed, "statusListIndex": index}, issuer_id=issuer, now=NOW, credential_id="x"
        )
        assert clear.check.status is Status.PASS, clear.check
    offline_key = StatusChecker(fetcher, _verify_list)
    unknown = offline_key.check(listed, issuer_id=issuer, now=NOW, credential_id=credential["id"])
    assert unknown.check.status is Status.WARN
    assert "could not be verified" in unknown.check.message


@pytest.mark.parametrize("kind", FORMATS)
@pytest.mark.parametrize("revoked", [False, True])
def test_a_list_older_than_it_allows_that_cannot_be_fetched_again_never_passes(
    kind: str, revoked: bool, https_server: LocalHttpsServer, settings: Any
) -> None:
    """A copy fetched before answers when no connection can be made (a laptop on a plane), but
    it says what held when it was fetched: its silence is a warning with its date, while a mark
    in it still counts. A copy within the list's age passes as before."""
    from datetime import timedelta

    from tests.net.test_fetcher import Clock, _NoConnection
    from wallet.errors import Unreachable
    from wallet.net import MemoryCache

    marks = {42: 1} if revoked else {7: 1}
    entry_type, url = _publish_list(https_server, kind, f"stale-{revoked}", marks)
    status = entry(entry_type, url, 42)
    clock, cache = Clock(), MemoryCache()
    with WebFetcher(settings=settings, cache=cache, clock=clock) as online:
        first = _check(StatusChecker(online, _verify_list), status)
    clock.now += timedelta(minutes=5)  # within the hour: the copy is used as it is
    with WebFetcher(settings=settings, cache=cache, clock=clock) as young:
        again = _check(StatusChecker(young, _verify_list), status)
    clock.now += timedelta(days=2)
    cut_off = _NoConnection(Unreachable(url, "no connection"))
    with WebFetcher(settings=settings, cache=cache, clock=clock, transport=cut_off) as plane:
        late = _check(StatusChecker(plane, _verify_list), status)
    if revoked:
        for result in (first, again, late):
            assert (result.check.status, result.check.outcome) == (Status.FAIL, "revoked")
        return
    assert first.check.status is Status.PASS and again.check.status is Status.PASS
    assert "from a copy fetched at" in again.check.message
    assert late.check.status is Status.WARN, late.check
    assert "as of a copy fetched at" in late.check.message
    assert "no newer copy could be had" in late.check.message
