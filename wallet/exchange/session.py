"""One exchange run over an unlocked vault: the network, the holder key and the learner's
verification options put together, for the command line and the app alike.

    with Exchanges(service, progress=..., cancelled=...) as run:
        incoming = run.receiving.read(link)
        result = run.receiving.receive(incoming, tx_code)

The network is used only because the learner asked for this exchange (DESIGN "Network": nothing
goes online unasked); the verifier's did:web keys are fetched over the wallet's one Fetcher, in
memory only. Runs on the calling thread (the app's background helper); never touches Qt.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from wallet.dids.web import online_resolver
from wallet.exchange.context import ExchangeContext
from wallet.exchange.http import ExchangeHttp
from wallet.exchange.receiving import Receiving
from wallet.exchange.responding import Responding
from wallet.net import MemoryCache, NetworkSettings, WebFetcher
from wallet.present.holder import ServiceKeySlot, ensure_holder
from wallet.service import WalletService

__all__ = ["Exchanges"]


def _never() -> bool:
    return False


def _quiet(step: str) -> None:
    del step


class Exchanges:
    """The receive and respond flows for ``service``. ``http`` and ``fetcher`` are seams (tests
    and benchmarks pass their own); made from ``settings`` (default: the environment)."""

    def __init__(
        self,
        service: WalletService,
        *,
        settings: NetworkSettings | None = None,
        http: ExchangeHttp | None = None,
        fetcher: WebFetcher | None = None,
        progress: Callable[[str], None] = _quiet,
        cancelled: Callable[[], bool] = _never,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        settings = settings or NetworkSettings.from_environment()
        self._http = http or ExchangeHttp(settings)
        self._fetcher = fetcher or WebFetcher(settings=settings, cache=MemoryCache())
        options = service.verify_options()
        holder = ensure_holder(ServiceKeySlot(service), options.clock).current
        self.context = ExchangeContext(
            self._http, holder, options.clock, progress, cancelled, sleep
        )
        self.receiving = Receiving(service, self.context, options)
        resolver = online_resolver(self._fetcher)
        # The verifier is looked up in the issuer registries as kept in the vault: the consent
        # screen asks no registry online (only the exchange itself goes online).
        registries = service.network.registry_copies()
        self.responding = Responding(service, self.context, resolver, registries)
        self._http_owned, self._fetcher_owned = http is None, fetcher is None

    def close(self) -> None:
        if self._http_owned:
            self._http.close()
        if self._fetcher_owned:
            self._fetcher.close()

    def __enter__(self) -> Exchanges:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
