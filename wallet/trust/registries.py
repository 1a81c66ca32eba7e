"""Issuer registries (DCC known-registries): is this issuer registered, and as whom?

Two kinds, in the order of the registry list (most authoritative first, as DCC's client reads
them):

- ``dcc-legacy``: a JSON document ``{"registry": {DID: {"name", "location", "url"}}}``;
- ``oidf``: an OpenID Federation trust anchor (:mod:`wallet.trust.oidf`): its self-signed entity
  configuration verified against the pinned keys, then the fetch endpoint's subordinate
  statement for the issuer verified with the anchor's keys, ``exp`` honoured.

Three distinct answers per registry (:class:`Registration`): registered (with the registered
name), not registered, or unreachable (with the reason: the registry could not be fetched, or
what it sent does not verify). "Not registered" is only said by a registry that answered.
Everything goes through the injected Fetcher (memo, cache, offline switch); the clock is
injected for ``exp``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Literal
from urllib.parse import quote

from wallet.errors import FetchError, HttpStatusError
from wallet.net.fetcher import Fetched, Fetcher, FetchRecord, json_of
from wallet.trust.known import KnownRegistry
from wallet.trust.oidf import Statement, StatementError, verify_statement

__all__ = ["Registration", "RegistryAnswer", "RegistryClient"]

MAX_REGISTRY_BYTES = 8 * 1024 * 1024
_REGISTRY_AGE = timedelta(hours=6)  # registries change by the week; statements carry their exp
_STATEMENT_ACCEPT = "application/entity-statement+jwt, application/jwt;q=0.9, */*;q=0.1"


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class Registration:
    """One registry's answer about one issuer."""

    registry: str
    state: Literal["registered", "not-registered", "unreachable"]
    name: str | None = None
    reason: str = ""
    fetched: tuple[Fetched, ...] = ()

    @property
    def freshness(self) -> str:
        return self.fetched[-1].freshness() if self.fetched else ""


@dataclass(frozen=True)
class RegistryAnswer:
    """Every registry's answer, in the list's order."""

    issuer: str
    registrations: tuple[Registration, ...]

    @property
    def registered(self) -> Registration | None:
        """The most authoritative registry that lists the issuer."""
        return next((r for r in self.registrations if r.state == "registered"), None)

    @property
    def unreachable(self) -> tuple[Registration, ...]:
        return tuple(r for r in self.registrations if r.state == "unreachable")

    def fetched(self) -> tuple[FetchRecord, ...]:
        return tuple(dict.fromkeys(f.record for r in self.registrations for f in r.fetched))

    def summary(self) -> str:
        """One sentence: registered as NAME in REGISTRY / not registered / unreachable."""
        found = self.registered
        if found is not None:
            name = found.name or "an unnamed issuer"
            return f"registered as {name} in {found.registry} ({found.freshness})"
        if self.unreachable:
            why = "; ".join(f"{r.registry}: {r.reason}" for r in self.unreachable)
            return f"not found in the registries that answered; registry unreachable: {why}"
        names = ", ".join(r.registry for r in self.registrations) or "no registry"
        return f"not registered in {names}"


class RegistryClient:
    """Looks issuers up in ``registries`` through ``fetcher``. Thread-safe as the Fetcher is."""

    def __init__(
        self,
        fetcher: Fetcher,
        registries: Sequence[KnownRegistry],
        *,
        clock: Callable[[], datetime] = _utc_now,
    ) -> None:
        self._fetcher, self._registries, self._clock = fetcher, tuple(registries), clock

    def lookup(self, issuer: str) -> RegistryAnswer:
        answers = tuple(
            self._legacy(r, issuer) if r.type == "dcc-legacy" else self._oidf(r, issuer)
            for r in self._registries
        )
        return RegistryAnswer(issuer, answers)

    def _legacy(self, registry: KnownRegistry, issuer: str) -> Registration:
        try:
            fetched = self._fetcher.fetch(
                registry.url, max_bytes=MAX_REGISTRY_BYTES, max_age=_REGISTRY_AGE
            )
        except FetchError as exc:
            return Registration(registry.name, "unreachable", reason=str(exc))
        document, problem = json_of(fetched)
        entries = document.get("registry") if isinstance(document, dict) else None
        if problem is not None or not isinstance(entries, dict):
            why = problem or f"{registry.url} is not a dcc-legacy registry"
            return Registration(registry.name, "unreachable", reason=why, fetched=(fetched,))
        entry = entries.get(issuer)
        if entry is None:
            return Registration(registry.name, "not-registered", fetched=(fetched,))
        name = entry.get("name") if isinstance(entry, dict) else None
        shown = name[:200] if isinstance(name, str) and name else None
        return Registration(registry.name, "registered", shown, fetched=(fetched,))

    def _oidf(self, registry: KnownRegistry, issuer: str) -> Registration:
        now = self._clock()
        used: list[Fetched] = []

        def unreachable(why: str) -> Registration:
            return Registration(registry.name, "unreachable", reason=why, fetched=tuple(used))

        if not registry.jwks:
            return unreachable("no key of its trust anchor is pinned, so it cannot be verified")
        try:
            fetched = self._fetcher.fetch(
                registry.trust_anchor, max_bytes=MAX_REGISTRY_BYTES, accept=_STATEMENT_ACCEPT
            )
            used.append(fetched)
            anchor = verify_statement(
                fetched.body.decode("ascii", "replace"),
                list(registry.jwks),
                issuer=registry.anchor_id,
                subject=registry.anchor_id,
                now=now,
            )
        except FetchError as exc:
            return unreachable(str(exc))
        except StatementError as exc:
            return unreachable(f"the trust anchor's statement does not verify: {exc}")
        endpoint = anchor.fetch_endpoint() or registry.fetch_endpoint
        if not endpoint:
            return unreachable("the trust anchor names no fetch endpoint")
        return self._subordinate(registry, anchor, endpoint, issuer, now, used)

    def _subordinate(
        self,
        registry: KnownRegistry,
        anchor: Statement,
        endpoint: str,
        issuer: str,
        now: datetime,
        used: list[Fetched],
    ) -> Registration:
        base = endpoint if endpoint.endswith(("?sub=", "&sub=")) else _with_query(endpoint, "sub=")
        url = base + quote(issuer, safe="")
        try:
            fetched = self._fetcher.fetch(
                url, max_bytes=MAX_REGISTRY_BYTES, accept=_STATEMENT_ACCEPT
            )
        except HttpStatusError as exc:
            if exc.status == 404:  # OpenID Federation §8.9: not_found, the subject is unknown
                return Registration(registry.name, "not-registered", fetched=tuple(used))
            return Registration(registry.name, "unreachable", reason=str(exc), fetched=tuple(used))
        except FetchError as exc:
            return Registration(registry.name, "unreachable", reason=str(exc), fetched=tuple(used))
        used.append(fetched)
        try:
            statement = verify_statement(
                fetched.body.decode("ascii", "replace"),
                anchor.jwks(),
                issuer=anchor.subject,
                subject=issuer,
                now=now,
            )
        except StatementError as exc:
            why = f"its statement about the issuer does not verify: {exc}"
            return Registration(registry.name, "unreachable", reason=why, fetched=tuple(used))
        name = statement.organization_name()
        return Registration(registry.name, "registered", name, fetched=tuple(used))


def _with_query(endpoint: str, parameter: str) -> str:
    return endpoint + ("&" if "?" in endpoint else "?") + parameter
