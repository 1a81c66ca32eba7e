"""Attacks through ``learner-wallet verify`` with the network (a subprocess, as a user runs it)
against a hostile server on loopback (branch attack-net, FINDINGS.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.net.issuers import badge, publish_did_web
from tests.net.local_https import LocalCA, LocalHttpsServer, Route
from tests.net.test_cli_online import NOW, cli, lines, loopback, rows, write


@pytest.fixture
def work(tmp_path: Path) -> Path:
    (tmp_path / "none.json").write_text("[]", "utf-8")
    return tmp_path


# Finding 3: httpx raises its own RemoteProtocolError for a Location it cannot parse, even when
# it follows no redirect; it escaped the Fetcher (whose contract is FetchError), so one hostile
# status-list host made the whole input unreadable instead of a `warn`.
@pytest.mark.parametrize("location", ["https://[::1", "//[zz]/", "https://a:b:c/"])
def test_a_redirect_to_an_unreadable_location_is_a_warning_not_a_crash(
    location: str, https_server: LocalHttpsServer, test_ca: LocalCA, work: Path
) -> None:
    issuer = publish_did_web(https_server, "attack-location")
    path = "/attack-location/status/" + str(abs(hash(location)))
    url = https_server.add(path, Route(302, b"", {"Location": location}))
    entry = {
        "id": f"{url}#3",
        "type": "BitstringStatusListEntry",
        "statusPurpose": "revocation",
        "statusListIndex": "3",
        "statusListCredential": url,
    }
    credential = write(work, "c.json", issuer.sign(badge(issuer.id, credentialStatus=entry)))
    registries = ["--registries", str(work / "none.json")]
    result = cli("verify", "--json", *NOW, *registries, credential, env=loopback(test_ca), cwd=work)
    assert result.returncode == 0, result.stdout + result.stderr
    (line,) = lines(result)
    assert line["verdict"] == "valid"
    status = rows(line)["status"]
    assert status["status"] == "warn" and "could not be checked" in status["message"], status
