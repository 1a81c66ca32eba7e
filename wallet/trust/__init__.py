"""Trust in issuers beyond the learner's own list: issuer registries (DCC known-registries).

- :class:`RegistryClient` — looks an issuer up in dcc-legacy registries and OpenID Federation
  trust anchors (signatures verified), answering :class:`RegistryAnswer`.
- :func:`bundled_registries` — DCC's public list, shipped in ``resources/registries/``.
- :func:`registry_trust_check` — the ``trust`` row from the user's trusted issuers and a
  registry answer.
"""

from __future__ import annotations

from wallet.trust.check import registry_trust_check
from wallet.trust.known import KnownRegistry, bundled_registries, read_known_registries
from wallet.trust.oidf import Statement, StatementError, verify_statement
from wallet.trust.registries import Registration, RegistryAnswer, RegistryClient

__all__ = [
    "KnownRegistry",
    "Registration",
    "RegistryAnswer",
    "RegistryClient",
    "Statement",
    "StatementError",
    "bundled_registries",
    "read_known_registries",
    "registry_trust_check",
    "verify_statement",
]
