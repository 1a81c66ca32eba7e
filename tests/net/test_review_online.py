"""The review with the network allowed: each input's did:web key and status list are fetched
from an HTTPS server on 127.0.0.1 (once per run), and the rows say how fresh they are."""

from __future__ import annotations

import json
from pathlib import Path

from tests.net.local_https import LocalHttpsServer
from tests.net.scenario import NOW, REVOKED_INDEX, publish_scenario
from wallet.net import MemoryCache, NetworkSettings, WebFetcher
from wallet.review.portfolio import PortfolioFile, verify_portfolio
from wallet.verify import Verdict, VerifyOptions
from wallet.verify.online import OnlineChecks


def test_online_checks_answer_status_and_keys_for_every_item(
    https_server: LocalHttpsServer, settings: NetworkSettings
) -> None:
    scenario = publish_scenario(https_server, "review", REVOKED_INDEX + 2)
    files = [
        PortfolioFile(f"c{n}.json", json.dumps(c).encode())
        for n, c in enumerate(scenario.credentials)
    ]
    offline = verify_portfolio(files, VerifyOptions(now=NOW))
    assert {i.verdict for i in offline.items} == {Verdict.UNVERIFIABLE}
    with WebFetcher(settings=settings, cache=MemoryCache()) as fetcher:
        options = VerifyOptions(now=NOW, offline=False, online=OnlineChecks(fetcher))
        online = verify_portfolio(files, options)
    verdicts = [i.verdict for i in online.items]
    assert verdicts[REVOKED_INDEX] is Verdict.REVOKED
    assert verdicts.count(Verdict.VALID) == len(files) - 1
    status = online.items[0].report.check("status")
    assert status is not None and "checked online at" in status.message
    assert https_server.hits(scenario.list_path) == 1  # one list for the whole portfolio
    assert {r.url for r in online.fetched} >= {https_server.url(scenario.list_path)}


def test_a_workspace_keeps_what_its_online_review_fetched_encrypted_in_itself(
    https_server: LocalHttpsServer, test_ca: object, tmp_path: Path, monkeypatch: object
) -> None:
    """An advisor's review fetches each learner's issuers' keys and lists; which issuers a
    learner's credentials name is the learner's business, so the copies go into that learner's
    encrypted workspace, never into the user's plain cache folder."""
    from tests.net.conftest import loopback_environment
    from ui.review.page import default_options
    from wallet.review.workspace import Workspace
    from wallet.vault.kdf import TEST_COST

    for name, value in loopback_environment(test_ca.ca_file).items():  # type: ignore[attr-defined]
        monkeypatch.setenv(name, value)  # type: ignore[attr-defined]
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))  # type: ignore[attr-defined]
    scenario = publish_scenario(https_server, "review-cache", 2)
    files = [
        PortfolioFile(f"c{n}.json", json.dumps(c).encode())
        for n, c in enumerate(scenario.credentials)
    ]
    workspace = Workspace.create(tmp_path / "ada.review", "advisor pass", "Ada", kdf_cost=TEST_COST)
    try:
        cache = workspace.document_cache()
        options = default_options(True, cache)
        assert options.online is not None
        try:
            review = verify_portfolio(files, options)
        finally:
            options.online.close()
        assert cache.flush() >= 2  # the did:web document and the status list
        assert {r.url for r in review.fetched} >= {https_server.url(scenario.list_path)}
        assert workspace.document_cache().get(https_server.url(scenario.list_path)) is not None
    finally:
        workspace.close()
    assert not any((tmp_path / "user-cache").rglob("*.doc"))
    raw = (tmp_path / "ada.review").read_bytes()
    assert scenario.list_path.encode() not in raw and b"did:web" not in raw
