"""The review with the network allowed: each input's did:web key and status list are fetched
from an HTTPS server on 127.0.0.1 (once per run), and the rows say how fresh they are."""

from __future__ import annotations

import json

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
