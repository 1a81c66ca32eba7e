"""The DCC known-registries list (``resources/registries/known-did-registries.json``, provenance
in its SOURCES.md): which issuer registries to ask, most authoritative first."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Literal

from wallet.errors import InputError
from wallet.resources import resource_path

__all__ = ["KnownRegistry", "bundled_registries", "read_known_registries"]

RegistryType = Literal["dcc-legacy", "oidf"]
_WELL_KNOWN = "/.well-known/openid-federation"


@dataclass(frozen=True)
class KnownRegistry:
    """One registry. ``url`` for dcc-legacy; ``trust_anchor`` (the entity configuration URL),
    ``fetch_endpoint`` and the pinned ``jwks`` keys for OpenID Federation."""

    name: str
    type: RegistryType
    url: str = ""
    trust_anchor: str = ""
    fetch_endpoint: str = ""
    jwks: tuple[dict[str, Any], ...] = ()

    @property
    def anchor_id(self) -> str:
        """The trust anchor's entity identifier (OpenID Federation §1.2: its URL)."""
        if self.trust_anchor.endswith(_WELL_KNOWN):
            return self.trust_anchor[: -len(_WELL_KNOWN)]
        return self.trust_anchor


def _https(value: Any) -> str:
    return value if isinstance(value, str) and value.startswith("https://") else ""


def read_known_registries(data: Any) -> list[KnownRegistry]:
    """The registries of a DCC known-registries list (entries of unknown type are skipped).

    Raises :class:`~wallet.errors.InputError` when ``data`` is not such a list.
    """
    if not isinstance(data, list):
        raise InputError("a known-registries list must be a JSON array")
    found: list[KnownRegistry] = []
    for item in data[:100]:
        if not isinstance(item, dict) or not isinstance(item.get("name"), str):
            continue
        name = item["name"][:200]
        if item.get("type", "dcc-legacy") == "dcc-legacy" and _https(item.get("url")):
            found.append(KnownRegistry(name, "dcc-legacy", url=item["url"]))
        elif item.get("type") == "oidf":
            anchor = _https(item.get("trustAnchorEC"))
            endpoint = _https(item.get("fetchEndpoint"))
            if not anchor and endpoint:
                anchor = "/".join(endpoint.split("/")[:3]) + _WELL_KNOWN
            keys = (
                item.get("jwks", {}).get("keys", []) if isinstance(item.get("jwks"), dict) else []
            )
            pinned = tuple(k for k in keys if isinstance(k, dict))
            if anchor:
                found.append(KnownRegistry(name, "oidf", "", anchor, endpoint, pinned))
    return found


def bundled_registries() -> list[KnownRegistry]:
    """The list shipped with the wallet (DCC's, with pinned anchor keys)."""
    path = resource_path("registries", "known-did-registries.json")
    return read_known_registries(json.loads(path.read_text("utf-8")))
