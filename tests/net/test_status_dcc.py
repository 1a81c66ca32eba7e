"""Status lists issued and signed by the DCC JavaScript stack (@digitalcredentials/vc with
vc-bitstring-status-list and vc-status-list), as DCC's issuer coordinator publishes them: the
wallet reads them as their own implementation wrote them."""

from __future__ import annotations

import hashlib
import json
from typing import Any

import pytest

from tests.factories import Issuer
from tests.net.js_stack import dcc_status_lists
from tests.net.local_https import LocalHttpsServer
from tests.net.status_lists import encode_bits, entry
from tests.net.test_status import NOW
from wallet.net import WebFetcher
from wallet.status import StatusChecker
from wallet.verify import Report, Status, VerifyOptions, verify_document

SEED = b"dcc status issuer"
ISSUER = Issuer.from_seed(SEED)
KINDS = {"bitstring": "BitstringStatusListEntry", "statuslist2021": "StatusList2021Entry"}


def _verify_list(document: Any) -> Report:
    return verify_document(document, VerifyOptions(now=NOW))


@pytest.fixture(scope="module")
def published(https_server: LocalHttpsServer) -> dict[str, str]:
    specs = []
    for kind in KINDS:
        for purpose in ("revocation", "suspension"):
            specs.append(
                {
                    "kind": kind,
                    "purpose": purpose,
                    "set": [11, 4000],
                    "id": https_server.url(f"/dcc/{kind}/{purpose}"),
                }
            )
        specs.append(
            {
                "kind": kind,
                "purpose": "revocation",
                "set": [],
                "validUntil": "2025-01-01T00:00:00Z",
                "id": https_server.url(f"/dcc/{kind}/expired"),
            }
        )
    made = dcc_status_lists({"issuerSeed": hashlib.sha256(SEED).hexdigest(), "lists": specs})
    assert made["issuer"] == ISSUER.did
    urls = {}
    for spec, document in zip(specs, made["lists"], strict=True):
        path = spec["id"].split(str(https_server.port), 1)[1]
        urls[path] = https_server.add_json(path, json.dumps(document))
        tampered = json.loads(json.dumps(document))
        # the attacker's edit: a list in which nothing is revoked, under the issuer's proof
        clean = encode_bits({}, multibase=spec["kind"] == "bitstring")
        tampered["credentialSubject"]["encodedList"] = clean
        urls[path + "/tampered"] = https_server.add_json(path + "/tampered", json.dumps(tampered))
    return urls


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("purpose", ["revocation", "suspension"])
def test_dcc_signed_lists_are_read_as_dcc_wrote_them(
    kind: str, purpose: str, published: dict[str, str], fetcher: WebFetcher
) -> None:
    checker = StatusChecker(fetcher, _verify_list)
    url = published[f"/dcc/{kind}/{purpose}"]
    for index, expected in ((11, Status.FAIL), (4000, Status.FAIL), (12, Status.PASS)):
        result = checker.check(
            entry(KINDS[kind], url, index, purpose), issuer_id=ISSUER.did, now=NOW
        )
        assert result.check.status is expected, (index, result.check)
        if expected is Status.FAIL:
            assert result.check.outcome == ("revoked" if purpose == "revocation" else "suspended")


@pytest.mark.parametrize("kind", KINDS)
def test_dcc_signed_lists_tampered_or_expired_do_not_count(
    kind: str, published: dict[str, str], fetcher: WebFetcher
) -> None:
    checker = StatusChecker(fetcher, _verify_list)
    tampered = published[f"/dcc/{kind}/revocation/tampered"]
    result = checker.check(entry(KINDS[kind], tampered, 11), issuer_id=ISSUER.did, now=NOW)
    assert result.check.status is Status.WARN
    expired = published[f"/dcc/{kind}/expired"]
    result = checker.check(entry(KINDS[kind], expired, 11), issuer_id=ISSUER.did, now=NOW)
    assert result.check.status is Status.WARN and "expired" in result.check.message
