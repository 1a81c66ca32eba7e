"""Issue 12: verification with the network, over loopback against a local HTTPS server.

- 100 credentials sharing one status list fetch it once (counted at the server);
- a cold did:web + status check (new fetcher: TLS handshake, DID document, status list and its
  signature) under 300 ms;
- a warm re-check from the cache (a new run: disk cache filled, signature cache kept, as the
  vault keeps both) under 5 ms per credential; and the same through WalletService, the vault's
  encrypted caches (the app's daily re-check).
"""

from __future__ import annotations

import json
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.timing import report
from tests.net.local_https import LocalHttpsServer, make_test_ca
from tests.net.scenario import NOW, publish_scenario
from wallet.net import MemoryCache, NetworkSettings, WebFetcher
from wallet.service import ImportItem
from wallet.verify import Report, Status, Verdict, VerifyOptions, verify_document
from wallet.verify.cache import MemorySignatureCache
from wallet.verify.online import OnlineChecks


def _verify(online: OnlineChecks, document: dict[str, object], cache: object = None) -> Report:
    options = VerifyOptions(now=NOW, signature_cache=cache)  # type: ignore[arg-type]
    return verify_document(document, online.apply_to(options))


def main(argv: list[str]) -> None:
    quick = "--quick" in argv
    folder = Path(tempfile.mkdtemp(prefix="bench-network-"))
    server = LocalHttpsServer(make_test_ca(folder))
    settings = NetworkSettings(ca_file=str(folder / "ca.pem"), allow_loopback=True)
    try:
        _shared_list(server, settings)
        _cold(server, settings, runs=5 if quick else 15)
        _warm(server, settings, rounds=2 if quick else 5)
        _vault(server, settings, rounds=2 if quick else 5)
    finally:
        server.close()


def _shared_list(server: LocalHttpsServer, settings: NetworkSettings) -> None:
    scenario = publish_scenario(server, "shared", 100)
    with WebFetcher(settings=settings, cache=MemoryCache()) as fetcher:
        online = OnlineChecks(fetcher)
        started = time.perf_counter()
        reports = [_verify(online.for_input(), c) for c in scenario.credentials]
        elapsed = (time.perf_counter() - started) * 1000
    assert sum(r.verdict is Verdict.VALID for r in reports) == 99
    hits = server.hits(scenario.list_path)
    print(f"   100 credentials, one status list: the list was fetched {hits} time(s)", flush=True)
    assert hits == 1
    report("100 credentials sharing one list (total)", elapsed)
    report("  per credential", elapsed / 100)


def _cold(server: LocalHttpsServer, settings: NetworkSettings, runs: int) -> None:
    samples = []
    for run in range(runs):
        scenario = publish_scenario(server, f"cold{run}", 1)
        started = time.perf_counter()
        with WebFetcher(settings=settings, cache=MemoryCache()) as fetcher:
            result = _verify(OnlineChecks(fetcher), scenario.credentials[0])
        samples.append((time.perf_counter() - started) * 1000)
        assert result.verdict is Verdict.VALID, result.checks
        assert result.check("status").status is Status.PASS  # type: ignore[union-attr]
    report("cold did:web + status check (median, new fetcher)", statistics.median(samples), 300)


def _warm(server: LocalHttpsServer, settings: NetworkSettings, rounds: int) -> None:
    scenario = publish_scenario(server, "warm", 100)
    disk, signatures = MemoryCache(), MemorySignatureCache()
    with WebFetcher(settings=settings, cache=disk) as fetcher:
        online = OnlineChecks(fetcher)
        for credential in scenario.credentials:
            _verify(online.for_input(), credential, signatures)
    per_credential = []
    for _ in range(rounds):
        before = server.connections
        with WebFetcher(settings=settings, cache=disk) as fetcher:  # a new run, warm cache
            online = OnlineChecks(fetcher)
            started = time.perf_counter()
            for credential in scenario.credentials:
                result = _verify(online.for_input(), credential, signatures)
                assert "from a copy fetched at" in result.check("status").message  # type: ignore[union-attr]
            per_credential.append((time.perf_counter() - started) * 1000 / 100)
        assert server.connections == before, "a warm re-check must not touch the network"
    report(
        "warm re-check from the cache, per credential (100, median)",
        statistics.median(per_credential),
        5,
    )
    single = []
    for credential in scenario.credentials[:20]:
        with WebFetcher(settings=settings, cache=disk) as fetcher:
            started = time.perf_counter()
            _verify(OnlineChecks(fetcher), credential, signatures)
            single.append((time.perf_counter() - started) * 1000)
    report("warm re-check of one credential alone (list verified too)", statistics.median(single))


def _vault(server: LocalHttpsServer, settings: NetworkSettings, rounds: int) -> None:
    """The app's daily re-check through WalletService: 100 stored credentials sharing a list,
    online, the vault's encrypted document cache and signature cache warm (the list younger
    than its hour, so nothing is fetched)."""
    from wallet.service import NetworkChoice, WalletService
    from wallet.vault.kdf import TEST_COST

    scenario = publish_scenario(server, "vault", 100)
    folder = Path(tempfile.mkdtemp(prefix="bench-network-vault-"))
    with WalletService.create(
        folder / "w.vault", "bench passphrase", kdf_cost=TEST_COST, workers=1,
        network_settings=settings, registries=[],
    ) as service:  # fmt: skip
        service.network.choose(NetworkChoice(verify=True))
        started = time.perf_counter()
        service.import_many(
            [
                ImportItem(f"{i}.json", json.dumps(c).encode())
                for i, c in enumerate(scenario.credentials)
            ]
        )
        report(
            "vault: import 100 online (one list, one DID document)",
            (time.perf_counter() - started) * 1000,
        )
        samples = []
        for _ in range(rounds):
            before = server.connections
            started = time.perf_counter()
            verdicts = service.recheck_all()
            samples.append((time.perf_counter() - started) * 1000 / 100)
            assert list(verdicts.values()).count("valid") == 99
            assert server.connections == before, "a warm re-check must not touch the network"
    report(
        "vault: warm daily re-check, per credential (100, median)", statistics.median(samples), 5
    )
