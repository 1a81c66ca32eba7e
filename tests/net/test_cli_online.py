"""``learner-wallet verify`` with the network, as a user runs it (a subprocess), against a real
HTTPS server on loopback (DESIGN "Network"): online unless ``--offline``, each URL once per run,
``"fetched"`` in ``--json``, freshness in every row that relied on the web, the user cache
folder across runs, refused addresses with no connection at all, plain http refused, and a
CONNECT proxy from ``HTTPS_PROXY``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.net.issuers import WebIssuer, badge, did_web_for, publish_did_web
from tests.net.local_https import PROXY_ONLY_HOST, ConnectProxy, LocalCA, LocalHttpsServer, Route
from tests.net.scenario import REVOKED_INDEX, publish_scenario
from wallet.dids.keys import KeyType, PrivateKey

ROOT = Path(__file__).resolve().parents[2]
NOW = ["--now", "2026-06-01T00:00:00Z"]
NO_REGISTRIES = "[]"


def cli(
    *args: str, env: dict[str, str], cwd: Path, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """The command line in a fresh interpreter, with exactly the network environment given."""
    clean = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
    clean.pop("LEARNER_WALLET_ALLOW_LOOPBACK", None)
    result = subprocess.run(
        [sys.executable, "-m", "wallet.cli", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**clean, "PYTHONPATH": str(ROOT), "XDG_CACHE_HOME": str(cwd / "cache"), **env},
        timeout=timeout,
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result


def lines(result: subprocess.CompletedProcess[str]) -> list[dict[str, Any]]:
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def rows(line: dict[str, Any]) -> dict[str, dict[str, str]]:
    return {c["id"]: c for c in line["checks"]}


@pytest.fixture
def work(tmp_path: Path) -> Path:
    (tmp_path / "none.json").write_text(NO_REGISTRIES, "utf-8")
    return tmp_path


def loopback(test_ca: LocalCA, **extra: str) -> dict[str, str]:
    return {"SSL_CERT_FILE": str(test_ca.ca_file), "LEARNER_WALLET_ALLOW_LOOPBACK": "1", **extra}


def write(folder: Path, name: str, document: Any) -> str:
    path = folder / name
    path.write_text(json.dumps(document), "utf-8")
    return str(path)


def test_online_by_default_with_fetched_and_freshness_then_from_the_cache(
    https_server: LocalHttpsServer, test_ca: LocalCA, work: Path
) -> None:
    scenario = publish_scenario(https_server, "cli-online", 8)
    good = write(work, "good.json", scenario.credentials[0])
    revoked = write(work, "revoked.json", scenario.credentials[REVOKED_INDEX])
    registries = ["--registries", str(work / "none.json")]
    env = loopback(test_ca)
    first = cli("verify", "--json", *NOW, *registries, good, revoked, env=env, cwd=work)
    assert first.returncode == 1, first.stderr
    fine, gone = lines(first)
    assert fine["verdict"] == "valid" and gone["verdict"] == "revoked"
    status = rows(fine)["status"]
    assert status["status"] == "pass" and "checked online at " in status["message"]
    assert "(the DID document, checked online at " in rows(fine)["issuer"]["message"]
    did_url = https_server.url("/cli-online/did.json")
    list_url = https_server.url(scenario.list_path)
    assert {r["url"] for r in fine["fetched"]} == {did_url, list_url}
    assert all(r["cached"] is False and r["at"].endswith("Z") for r in fine["fetched"])
    assert "revoked: the issuer's status list marks it revoked" in rows(gone)["status"]["message"]
    # Both inputs share the DID document and the list: one fetch each for the whole run.
    assert https_server.hits(scenario.list_path) == 1
    assert https_server.hits("/cli-online/did.json") == 1

    before = len(https_server.requests)
    text = cli("verify", *NOW, *registries, good, env=env, cwd=work)
    assert text.returncode == 0, text.stdout + text.stderr
    assert len(https_server.requests) == before  # the user cache folder answered
    assert "from a copy fetched at " in text.stdout
    assert "  fetched:" in text.stdout and f"{list_url} (a copy kept from " in text.stdout


def test_offline_uses_only_what_was_kept_and_connects_to_nothing(
    https_server: LocalHttpsServer, test_ca: LocalCA, work: Path
) -> None:
    issuer = publish_did_web(https_server, "cli-offline")
    path = write(work, "c.json", issuer.sign(badge(issuer.id)))
    before = https_server.connections
    result = cli("verify", "--json", "--offline", *NOW, path, env=loopback(test_ca), cwd=work)
    assert result.returncode == 1
    (line,) = lines(result)
    assert line["verdict"] == "unverifiable" and line["fetched"] == []
    assert "offline, and no copy was fetched before" in rows(line)["signature"]["message"]
    assert rows(line)["trust"]["message"].endswith("is not in any trusted list you use")
    assert https_server.connections == before


def test_could_not_check_is_never_a_pass(
    https_server: LocalHttpsServer, test_ca: LocalCA, work: Path
) -> None:
    issuer = publish_did_web(https_server, "cli-unreachable")
    missing = https_server.url("/cli-unreachable/status/missing")
    entry = {
        "id": f"{missing}#3",
        "type": "BitstringStatusListEntry",
        "statusPurpose": "revocation",
        "statusListIndex": "3",
        "statusListCredential": missing,
    }
    plain_http = {**entry, "statusListCredential": "http://localhost/status/1"}
    one = write(work, "one.json", issuer.sign(badge(issuer.id, 1, credentialStatus=entry)))
    two = write(work, "two.json", issuer.sign(badge(issuer.id, 2, credentialStatus=plain_http)))
    ghost = did_web_for(https_server, "cli-nobody")
    key = PrivateKey.generate(KeyType.ED25519)
    three = write(work, "three.json", WebIssuer(ghost, f"{ghost}#key-1", key).sign(badge(ghost, 3)))
    result = cli(
        "verify", "--json", *NOW, "--registries", str(work / "none.json"), one, two, three,
        env=loopback(test_ca), cwd=work,
    )  # fmt: skip
    first, second, third = lines(result)
    for line in (first, second):
        assert line["verdict"] == "valid"  # status unknown warns; it is never a pass
        assert rows(line)["status"]["status"] == "warn"
    assert "could not be checked" in rows(first)["status"]["message"]
    assert "HTTP 404" in rows(first)["status"]["message"]
    assert "only https" in rows(second)["status"]["message"]
    assert third["verdict"] == "unverifiable"
    assert "HTTP 404" in rows(third)["signature"]["message"]


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "[::1]", "10.0.0.1", "169.254.169.254"])
def test_without_the_test_switch_no_connection_is_made(
    https_server: LocalHttpsServer, test_ca: LocalCA, work: Path, host: str
) -> None:
    """A credential naming an address on the user's network, or a name resolving there
    (localhost), gets warn / unverifiable, and the server records no connection at all."""
    port = https_server.port
    name = f"ssrf-{host.strip('[]').replace('.', '-').replace(':', '')}"
    list_url = f"https://{host}:{port}/{name}/status"
    did = "did:web:" + (f"{host}%3A{port}" if not host.startswith("[") else "") + f":{name}"
    entry = {
        "id": f"{list_url}#1",
        "type": "BitstringStatusListEntry",
        "statusPurpose": "revocation",
        "statusListIndex": "1",
        "statusListCredential": list_url,
    }
    key = PrivateKey.generate(KeyType.ED25519)
    signer = WebIssuer(did, f"{did}#key-1", key)
    documents = [signer.sign(badge(did, 1))] if "[" not in host else []
    issuer = publish_did_web(https_server, f"{name}-issuer")
    documents.append(issuer.sign(badge(issuer.id, 2, credentialStatus=entry)))
    paths = [write(work, f"{i}.json", d) for i, d in enumerate(documents)]
    before = https_server.connections
    # The test CA is trusted, the switch is off: only the address guard can refuse.
    env = {"SSL_CERT_FILE": str(test_ca.ca_file)}
    result = cli(
        "verify", "--json", *NOW, "--registries", str(work / "none.json"), *paths,
        env=env, cwd=work,
    )  # fmt: skip
    found = lines(result)
    assert https_server.connections == before
    *keyed, listed = found
    for line in keyed:
        assert line["verdict"] == "unverifiable"
        assert "refused to connect" in rows(line)["signature"]["message"]
    assert listed["verdict"] == "unverifiable"  # its own did:web is on loopback too
    status = rows(listed)["status"]
    assert status["status"] == "warn" and "refused to connect" in status["message"]


@pytest.fixture
def proxy(https_server: LocalHttpsServer) -> Iterator[ConnectProxy]:
    running = ConnectProxy({PROXY_ONLY_HOST: ("127.0.0.1", https_server.port)})
    yield running
    running.close()


def test_behind_a_connect_proxy_and_a_redirect_into_the_network_is_refused(
    https_server: LocalHttpsServer, test_ca: LocalCA, work: Path, proxy: ConnectProxy
) -> None:
    """The issuer is reachable only through the proxy (its name resolves nowhere else); no
    loopback switch. Its status list redirects to 127.0.0.1, which is refused."""
    port = https_server.port
    did = f"did:web:{PROXY_ONLY_HOST}%3A{port}:cli-proxied"
    key = PrivateKey.generate(KeyType.ED25519)
    document = {
        "@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"],
        "id": did,
        "verificationMethod": [
            {
                "id": "#key-1",
                "type": "Multikey",
                "controller": did,
                "publicKeyMultibase": key.public_key().to_multikey(),
            }
        ],
        "assertionMethod": ["#key-1"],
    }
    https_server.add_json("/cli-proxied/did.json", json.dumps(document))
    secret = f"https://127.0.0.1:{port}/cli-proxied/secret"
    https_server.add("/cli-proxied/status", Route(302, b"", {"Location": secret}))
    list_url = f"https://{PROXY_ONLY_HOST}:{port}/cli-proxied/status"
    entry = {
        "id": f"{list_url}#1",
        "type": "BitstringStatusListEntry",
        "statusPurpose": "revocation",
        "statusListIndex": "1",
        "statusListCredential": list_url,
    }
    signer = WebIssuer(did, f"{did}#key-1", key)
    path = write(work, "p.json", signer.sign(badge(did, 1, credentialStatus=entry)))
    env = {"SSL_CERT_FILE": str(test_ca.ca_file), "HTTPS_PROXY": proxy.url}
    result = cli(
        "verify", "--json", *NOW, "--registries", str(work / "none.json"), path,
        env=env, cwd=work,
    )  # fmt: skip
    (line,) = lines(result)
    assert line["verdict"] == "valid", line["checks"]
    assert f"{PROXY_ONLY_HOST}:{port}" in proxy.tunnels
    status = rows(line)["status"]
    assert status["status"] == "warn" and "refused to connect" in status["message"]
    assert https_server.hits("/cli-proxied/secret") == 0


def test_a_hundred_credentials_sharing_one_list_fetch_it_once(
    https_server: LocalHttpsServer, test_ca: LocalCA, work: Path
) -> None:
    scenario = publish_scenario(https_server, "cli-hundred", 100)
    paths = [write(work, f"{i}.json", c) for i, c in enumerate(scenario.credentials)]
    result = cli(
        "verify", "--json", *NOW, "--registries", str(work / "none.json"), *paths,
        env=loopback(test_ca), cwd=work,
    )  # fmt: skip
    found = lines(result)
    assert [line["verdict"] for line in found].count("valid") == 99
    assert found[REVOKED_INDEX]["verdict"] == "revoked"
    assert https_server.hits(scenario.list_path) == 1
    assert https_server.hits("/cli-hundred/did.json") == 1
    for line in found:  # every input still says what it relied on, and how fresh
        assert {r["url"] for r in line["fetched"]} == {
            https_server.url("/cli-hundred/did.json"),
            https_server.url(scenario.list_path),
        }
        assert "checked online at " in rows(line)["status"]["message"]


def _ob2_issuer(server: LocalHttpsServer, name: str) -> str:
    ob2 = "https://w3id.org/openbadges/v2"
    issuer, badge_url = server.url(f"/ob2/{name}/issuer"), server.url(f"/ob2/{name}/badge")
    server.add_json(
        f"/ob2/{name}/issuer",
        json.dumps({"@context": ob2, "id": issuer, "type": "Profile", "name": "Weld Academy"}),
    )
    server.add_json(
        f"/ob2/{name}/badge",
        json.dumps(
            {
                "@context": ob2,
                "id": badge_url,
                "type": "BadgeClass",
                "name": "Welding I",
                "description": "Welds.",
                "image": server.url(f"/ob2/{name}/badge.png"),
                "criteria": {"narrative": "Weld."},
                "issuer": issuer,
            }
        ),
    )
    return badge_url


def _assertion(server: LocalHttpsServer, path: str, badge_url: str, **extra: Any) -> Any:
    return {
        "@context": "https://w3id.org/openbadges/v2",
        "type": "Assertion",
        "id": server.url(path),
        "recipient": {"type": "email", "hashed": False, "identity": "learner@example.org"},
        "badge": badge_url,
        "issuedOn": "2024-01-01T00:00:00Z",
        "verification": {"type": "hosted"},
        **extra,
    }


def test_open_badges_2_hosted_assertions_online(
    https_server: LocalHttpsServer, test_ca: LocalCA, work: Path
) -> None:
    badge_url = _ob2_issuer(https_server, "cli-ob2")
    good = _assertion(https_server, "/ob2/cli-ob2/a/1", badge_url)
    https_server.add_json("/ob2/cli-ob2/a/1", json.dumps(good))
    https_server.add("/ob2/cli-ob2/a/2", Route(410, b"Gone"))
    gone = _assertion(https_server, "/ob2/cli-ob2/a/2", badge_url)
    hosted = _assertion(https_server, "/ob2/cli-ob2/a/3", badge_url)
    https_server.add_json("/ob2/cli-ob2/a/3", json.dumps(hosted))
    altered = {**hosted, "issuedOn": "2023-01-01T00:00:00Z"}
    paths = [write(work, f"ob2-{i}.json", d) for i, d in enumerate((good, gone, altered))]
    result = cli("verify", "--json", *NOW, *paths, env=loopback(test_ca), cwd=work)
    fine, withdrawn, changed = lines(result)
    assert fine["verdict"] == "valid", fine["checks"]
    assert fine["about"]["name"] == "Welding I"  # from the published badge class
    assert fine["about"]["issuer"]["name"] == "Weld Academy"
    assert "matches this one (checked online at" in rows(fine)["signature"]["message"]
    assert withdrawn["verdict"] == "revoked"
    assert "410 Gone" in rows(withdrawn)["signature"]["message"]
    assert changed["verdict"] == "invalid"
    assert "issuedOn" in rows(changed)["signature"]["message"]
    assert https_server.hits("/ob2/cli-ob2/badge") == 1  # once for the whole run


@pytest.mark.parametrize("address", ["10.0.0.1", "169.254.169.254", "127.0.0.1", "::1"])
def test_a_name_that_resolves_into_the_network_makes_no_connection(
    address: str,
    work: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Through the command line's own entry point (in this process, so DNS can be answered as a
    hostile server would): a did:web and a status list on a name that resolves to an address
    on the user's network are refused before any connection is attempted."""
    import socket

    from wallet.cli import main
    from wallet.net.addresses import SystemResolver

    monkeypatch.setattr(
        SystemResolver,
        "resolve",
        lambda self, host, port: [address] if host == "intranet.example" else [],
    )
    attempts: list[object] = []
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: attempts.append(a))
    monkeypatch.delenv("LEARNER_WALLET_ALLOW_LOOPBACK", raising=False)
    did = "did:web:intranet.example:hr"
    key = PrivateKey.generate(KeyType.ED25519)
    status = {
        "id": "https://intranet.example/status#1",
        "type": "BitstringStatusListEntry",
        "statusPurpose": "revocation",
        "statusListIndex": "1",
        "statusListCredential": "https://intranet.example/status",
    }
    signed = WebIssuer(did, f"{did}#key-1", key).sign(badge(did, 1, credentialStatus=status))
    path = write(work, "intranet.json", signed)
    assert main(["verify", "--json", *NOW, "--registries", str(work / "none.json"), path]) == 1
    (line,) = [json.loads(x) for x in capsys.readouterr().out.splitlines() if x.strip()]
    assert attempts == []
    assert line["verdict"] == "unverifiable"
    for row in ("signature", "status"):
        message = rows(line)[row]["message"]
        assert "refused to connect: intranet.example resolves to" in message, message
