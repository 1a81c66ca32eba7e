"""Issue 16: a full OpenID4VCI pre-authorized exchange against the loopback issuer (the
@openid4vc / DCC peers of tests/exchange), including verification and import, under 1 s.

Each run is what "Receive" does for a learner: a new exchange session (new TLS connections),
read the offer, metadata, authorization server metadata, token, nonce, credential request with
a proof, then the check and the import into a real vault (one durable commit). The offer is
made beforehand at the peers' control endpoint, outside the timing. The peers run in Node on
the same two cores, so the figure includes the issuer's own signing.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.timing import report
from tests.exchange.peers import Peers, start_peers
from tests.net.local_https import make_test_ca
from wallet.exchange import Exchanges
from wallet.net import NetworkSettings
from wallet.service import WalletService
from wallet.vault.kdf import TEST_COST

LIMIT_MS = 1000.0


class _NoKeyring:
    def unavailable_reason(self) -> str:
        return "not used by the benchmark"


def main(argv: list[str]) -> None:
    runs = 5 if "--quick" in argv else 20
    folder = Path(tempfile.mkdtemp(prefix="bench-exchange-"))
    ca = make_test_ca(folder / "ca")
    settings = NetworkSettings(ca_file=str(ca.ca_file), allow_loopback=True)
    peers_run = start_peers(ca, folder)
    peers = next(peers_run)
    service = WalletService.create(
        folder / "w.vault", "bench", kdf_cost=TEST_COST, keyring=_NoKeyring(), workers=1
    )
    try:
        for label, spec in (
            ("by value, jwt proof, ldp_vc", {}),
            ("by reference, tx_code, jwt proof", {"byReference": True, "txCode": "2468"}),
            ("di_vp proof (holder-signed presentation)", {"configurations": ["badge_di_vp"]}),
            ("jwt_vc_json credential", {"configurations": ["badge_jwt"]}),
        ):
            _measure(label, lambda s=spec: _exchange(service, settings, peers, s), runs)  # type: ignore[misc]
        print(f"   stored: {len(service.list_credentials())} credentials", flush=True)
    finally:
        service.close()
        next(peers_run, None)


def _exchange(
    service: WalletService, settings: NetworkSettings, peers: Peers, spec: dict[str, object]
) -> Callable[[], object]:
    link = peers.offer(**spec)
    code = spec.get("txCode")

    def run() -> object:
        with Exchanges(service, settings=settings) as session:
            result = session.receiving.receive(session.receiving.read(link), code)  # type: ignore[arg-type]
        assert result.all_valid, result
        return result

    return run


def _measure(label: str, prepare: Callable[[], Callable[[], object]], runs: int) -> None:
    samples = []
    for n in range(runs + 2):
        work = prepare()  # the offer is made outside the timing
        started = time.perf_counter()
        work()
        if n >= 2:  # two warm-up runs: imports, first TLS context
            samples.append((time.perf_counter() - started) * 1000)
    report(f"exchange {label} (median of {runs})", statistics.median(samples), LIMIT_MS)
    report(f"exchange {label} (slowest)", max(samples), LIMIT_MS)
