"""End to end: did:web keys, a status list signed by the same did:web issuer and a registry,
through OnlineChecks as the pipeline uses it, with each input's "fetched"."""

from __future__ import annotations

import json

from tests.net.local_https import LocalHttpsServer
from tests.net.scenario import NOW, REVOKED_INDEX, publish_scenario
from wallet.net import MemoryCache, NetworkSettings, WebFetcher
from wallet.trust import KnownRegistry
from wallet.verify import Status, Verdict, VerifyOptions, verify_document
from wallet.verify.online import OnlineChecks


def _verify(online: OnlineChecks, document: dict[str, object]) -> tuple[object, object]:
    view = online.for_input()
    report = verify_document(document, view.apply_to(VerifyOptions(now=NOW)))
    return report, view.fetched()


def test_a_did_web_credential_with_a_status_list_and_a_registry(
    https_server: LocalHttpsServer, settings: NetworkSettings
) -> None:
    scenario = publish_scenario(https_server, "e2e", 10)
    registry_url = https_server.add_json(
        "/e2e/registry.json",
        json.dumps({"registry": {scenario.issuer.id: {"name": "End To End University"}}}),
    )
    registries = [KnownRegistry("Test Registry", "dcc-legacy", url=registry_url)]
    with WebFetcher(settings=settings, cache=MemoryCache()) as fetcher:
        online = OnlineChecks(fetcher, registries=registries)
        fine, fetched = _verify(online, scenario.credentials[0])
        assert fine.verdict is Verdict.VALID, fine.checks  # type: ignore[attr-defined]
        status = fine.check("status")  # type: ignore[attr-defined]
        assert status.status is Status.PASS and "checked online at" in status.message
        trust = fine.check("trust")  # type: ignore[attr-defined]
        assert "registered as End To End University in Test Registry" in trust.message
        urls = {r.url for r in fetched}  # type: ignore[attr-defined]
        assert urls == {
            https_server.url("/e2e/did.json"),
            https_server.url(scenario.list_path),
            registry_url,
        }
        revoked, _ = _verify(online, scenario.credentials[REVOKED_INDEX])
        assert revoked.verdict is Verdict.REVOKED  # type: ignore[attr-defined]
    assert https_server.hits(scenario.list_path) == 1
    assert https_server.hits("/e2e/did.json") == 1


def test_offline_from_the_cache_says_so(
    https_server: LocalHttpsServer, settings: NetworkSettings
) -> None:
    scenario = publish_scenario(https_server, "e2e-cache", 2)
    cache = MemoryCache()
    with WebFetcher(settings=settings, cache=cache) as fetcher:
        _verify(OnlineChecks(fetcher), scenario.credentials[0])
    with WebFetcher(settings=settings, cache=cache, offline=True) as offline:
        report, fetched = _verify(OnlineChecks(offline), scenario.credentials[1])
    assert report.verdict is Verdict.VALID  # type: ignore[attr-defined]
    assert "from a copy fetched at" in report.check("status").message  # type: ignore[attr-defined]
    assert all(r.cached for r in fetched)  # type: ignore[attr-defined]
    assert [json.loads(json.dumps(r.to_json()))["cached"] for r in fetched] == [True, True]  # type: ignore[attr-defined]


def test_for_run_reads_the_environment_and_closes(
    https_server: LocalHttpsServer, settings: NetworkSettings, tmp_path: object
) -> None:
    from pathlib import Path

    from wallet.net import FolderCache

    scenario = publish_scenario(https_server, "e2e-run", 1)
    online = OnlineChecks.for_run(
        settings=settings, cache=FolderCache(Path(str(tmp_path))), registries=[]
    )
    try:
        report, fetched = _verify(online, scenario.credentials[0])
    finally:
        online.close()
    assert report.verdict is Verdict.VALID  # type: ignore[attr-defined]
    assert len(fetched) == 2  # type: ignore[arg-type]
    offline = OnlineChecks.for_run(
        offline=True, settings=settings, cache=FolderCache(Path(str(tmp_path))), registries=[]
    )
    try:
        again, _ = _verify(offline, scenario.credentials[0])
    finally:
        offline.close()
    assert again.verdict is Verdict.VALID  # type: ignore[attr-defined]
