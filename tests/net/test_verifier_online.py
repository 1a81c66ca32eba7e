"""Verifier mode's "Check online": a did:web credential whose status list is on a real HTTPS
server on 127.0.0.1 is checked online and says so; the same input offline is unverifiable."""

from __future__ import annotations

import json

from tests.net.local_https import LocalHttpsServer
from tests.net.scenario import NOW, REVOKED_INDEX, publish_scenario
from wallet.net import MemoryCache, NetworkSettings, WebFetcher
from wallet.verifier import Outcome, check_received
from wallet.verify import Status, Verdict
from wallet.verify.online import OnlineChecks


def test_checked_online_and_offline(
    https_server: LocalHttpsServer, settings: NetworkSettings
) -> None:
    scenario = publish_scenario(https_server, "verifier-online", 10)
    good = json.dumps(scenario.credentials[0]).encode()
    revoked = json.dumps(scenario.credentials[REVOKED_INDEX]).encode()
    with WebFetcher(settings=settings, cache=MemoryCache()) as fetcher:
        online = OnlineChecks(fetcher)
        finding = check_received(good, None, clock=lambda: NOW, online=online)
        assert finding.online and finding.to_json()["mode"] == "online"
        assert finding.outcome is Outcome.ACCEPT, finding.to_json()
        status = finding.report.check("status")
        assert status is not None and status.status is Status.PASS
        assert "checked online at" in status.message
        gone = check_received(revoked, None, clock=lambda: NOW, online=online)
        assert gone.report.verdict is Verdict.REVOKED and gone.outcome is Outcome.NOT_VALID
    offline = check_received(good, None, clock=lambda: NOW)
    assert not offline.online and offline.outcome is Outcome.CANNOT_TELL
