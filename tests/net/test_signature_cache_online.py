"""The signature cache with the network (issue 12): a result made offline never sticks once the
network is back, a changed DID document is judged anew, and the ``issuer`` row says how fresh
the document that listed the key is, cached or not."""

from __future__ import annotations

import json
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.net.issuers import SIGNED_AT, badge, did_document, publish_did_web
from tests.net.local_https import LocalHttpsServer
from tests.net.scenario import NOW
from wallet.dids.keys import KeyType, PrivateKey
from wallet.net import MemoryCache, NetworkSettings, WebFetcher
from wallet.proofs.sign import sign_document
from wallet.verify import Check, Status, Verdict, VerifyOptions, verify_document
from wallet.verify.cache import MemorySignatureCache, settled
from wallet.verify.online import OnlineChecks


def _online(
    settings: NetworkSettings,
    cache: MemorySignatureCache,
    *,
    offline: bool = False,
    documents: MemoryCache | None = None,
) -> tuple[WebFetcher, VerifyOptions]:
    documents = MemoryCache() if documents is None else documents
    fetcher = WebFetcher(settings=settings, cache=documents, offline=offline)
    online = OnlineChecks(fetcher).for_input()
    return fetcher, online.apply_to(VerifyOptions(now=NOW, signature_cache=cache))


def test_an_offline_result_is_not_cached_and_the_network_settles_it(
    https_server: LocalHttpsServer, settings: NetworkSettings
) -> None:
    issuer = publish_did_web(https_server, "sigcache-offline")
    credential = issuer.sign(badge(issuer.id))
    cache = MemorySignatureCache()
    offline = verify_document(credential, VerifyOptions(now=NOW, signature_cache=cache))
    assert offline.verdict is Verdict.UNVERIFIABLE
    assert len(cache) == 0  # an unverifiable binding is worth nothing tomorrow
    fetcher, options = _online(settings, cache)
    with fetcher:
        online = verify_document(credential, options)
    assert online.verdict is Verdict.VALID, online.checks
    issuer_row = online.check("issuer")
    assert issuer_row is not None and "(the DID document, checked online at " in issuer_row.message
    assert len(cache) == 1


def test_a_cached_binding_carries_the_freshness_of_this_run(
    https_server: LocalHttpsServer, settings: NetworkSettings
) -> None:
    issuer = publish_did_web(https_server, "sigcache-fresh")
    credential = issuer.sign(badge(issuer.id))
    cache, documents = MemorySignatureCache(), MemoryCache()
    fetcher, options = _online(settings, cache, documents=documents)
    with fetcher:
        first = verify_document(credential, options)
    fetcher, options = _online(settings, cache, offline=True, documents=documents)
    with fetcher:
        again = verify_document(credential, options)
    assert first.verdict is Verdict.VALID
    assert again.verdict is Verdict.VALID, again.checks
    message = again.check("issuer").message  # type: ignore[union-attr]
    assert message.count("(the DID document") == 1  # never stacked on the cached row
    assert "from a copy fetched at " in message


def test_a_did_document_that_drops_the_key_misses_the_cache(
    https_server: LocalHttpsServer, settings: NetworkSettings
) -> None:
    issuer = publish_did_web(https_server, "sigcache-rotated")
    credential = issuer.sign(badge(issuer.id))
    cache = MemorySignatureCache()
    fetcher, options = _online(settings, cache)
    with fetcher:
        assert verify_document(credential, options).verdict is Verdict.VALID
    # The issuer rotates: the old key is now listed for authentication only.
    rotated = did_document(
        issuer.id, "#key-1", issuer.public_multikey(), relationships=("authentication",)
    )
    https_server.add_json("/sigcache-rotated/did.json", json.dumps(rotated))
    fetcher, options = _online(settings, cache)
    with fetcher:
        later = verify_document(credential, options)
    assert later.verdict is Verdict.INVALID, later.checks
    assert "not listed for assertionMethod" in later.check("issuer").message  # type: ignore[union-attr]


def test_a_new_key_under_the_same_id_misses_the_cache(
    https_server: LocalHttpsServer, settings: NetworkSettings
) -> None:
    issuer = publish_did_web(https_server, "sigcache-swapped")
    credential = issuer.sign(badge(issuer.id))
    cache = MemorySignatureCache()
    fetcher, options = _online(settings, cache)
    with fetcher:
        assert verify_document(credential, options).verdict is Verdict.VALID
    other = PrivateKey.generate(KeyType.ED25519).public_key().to_multikey()
    https_server.add_json(
        "/sigcache-swapped/did.json", json.dumps(did_document(issuer.id, "#key-1", other))
    )
    fetcher, options = _online(settings, cache)
    with fetcher:
        later = verify_document(credential, options)
    assert later.check("signature").status is Status.FAIL  # type: ignore[union-attr]


_OUTCOMES = st.sampled_from([None, "unverifiable", "expired", "unsigned", "revoked"])


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(list(Status)), _OUTCOMES), min_size=1, max_size=6))
def test_settled_refuses_exactly_the_rows_with_an_unverifiable_outcome(
    rows: list[tuple[Status, str | None]],
) -> None:
    checks = [Check("signature", status, "m", outcome) for status, outcome in rows]
    assert settled(checks) is all(outcome != "unverifiable" for _, outcome in rows)


def test_a_did_web_holder_row_says_how_fresh_its_key_is(
    https_server: LocalHttpsServer, settings: NetworkSettings
) -> None:
    holder = publish_did_web(https_server, "holder-fresh")
    presentation = {
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "type": ["VerifiablePresentation"],
        "holder": holder.id,
    }
    signed = sign_document(
        presentation, holder.key, holder.method, purpose="authentication", created=SIGNED_AT,
        challenge="c-1",
    )  # fmt: skip
    fetcher, options = _online(settings, MemorySignatureCache())
    with fetcher:
        report = verify_document(signed, replace(options, challenge="c-1"))
    row = report.check("holder")
    assert row is not None and row.status is Status.PASS, report.checks
    assert "(the DID document, checked online at " in row.message
