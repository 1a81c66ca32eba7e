"""OpenID Federation 1.0 entity statements, verified (§3, §9, §8.1).

The DCC's own registry client decodes these statements without checking their signatures; here
nothing in one counts until it is verified:

1. the trust anchor's entity configuration (``/.well-known/openid-federation``, a JWT with
   ``typ: entity-statement+jwt``) is self-signed: it must verify with a key *pinned* in the
   registry list, not merely with the keys it carries (anyone can sign a statement with keys
   of their own); ``iss`` and ``sub`` are the anchor, ``exp`` is in the future;
2. the keys it carries (``jwks``, now authenticated) verify the subordinate statement the fetch
   endpoint (§8.1.1) returns for the issuer: ``iss`` the anchor, ``sub`` the issuer, ``exp`` in
   the future.

``alg`` is fixed by the key (wallet.proofs.jose: no ``none``, no HMAC, no ``crit``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from wallet.dids.keys import KeyError_, PublicKey
from wallet.proofs.jose import JwsError, parse_compact, verify_jws
from wallet.wording import shown

__all__ = ["ENTITY_STATEMENT_TYP", "Statement", "StatementError", "verify_statement"]

ENTITY_STATEMENT_TYP = "entity-statement+jwt"
MAX_STATEMENT_CHARS = 512 * 1024


class StatementError(ValueError):
    """The statement is malformed, unsigned by the expected keys, for another subject, or
    expired; the message says which."""


@dataclass(frozen=True)
class Statement:
    """A verified entity statement's claims."""

    issuer: str
    subject: str
    expires: datetime
    claims: dict[str, Any]

    def jwks(self) -> list[dict[str, Any]]:
        keys = self.claims.get("jwks", {})
        found = keys.get("keys", []) if isinstance(keys, dict) else []
        return [k for k in found if isinstance(k, dict)][:32]

    def organization_name(self) -> str | None:
        metadata = self.claims.get("metadata")
        for section, member in (
            ("federation_entity", "organization_name"),
            ("institution_additional_information", "legal_name"),
        ):
            part = metadata.get(section) if isinstance(metadata, dict) else None
            value = part.get(member) if isinstance(part, dict) else None
            if isinstance(value, str) and value:
                return value[:200]
        return None

    def fetch_endpoint(self) -> str | None:
        metadata = self.claims.get("metadata")
        entity = metadata.get("federation_entity") if isinstance(metadata, dict) else None
        value = entity.get("federation_fetch_endpoint") if isinstance(entity, dict) else None
        return value if isinstance(value, str) and value.startswith("https://") else None


def _keys(jwks: list[dict[str, Any]], kid: Any) -> list[PublicKey]:
    keys = []
    for jwk in jwks:
        if kid is not None and jwk.get("kid") != kid:
            continue
        try:
            keys.append(PublicKey.from_jwk(jwk))
        except KeyError_:
            continue
    return keys


def verify_statement(
    token: str,
    jwks: list[dict[str, Any]],
    *,
    issuer: str,
    subject: str,
    now: datetime,
) -> Statement:
    """The claims of ``token`` once it verifies with one of ``jwks`` (the ``kid`` it names),
    is from ``issuer`` about ``subject`` and has not expired. Raises :class:`StatementError`."""
    token = token.strip()
    if len(token) > MAX_STATEMENT_CHARS:
        raise StatementError("the entity statement is larger than any federation sends")
    try:
        jws = parse_compact(token)
    except JwsError as exc:
        raise StatementError(f"not an entity statement: {exc}") from None
    if jws.payload is None:
        raise StatementError(f"not an entity statement: {jws.payload_problem}")
    if jws.header.get("typ") != ENTITY_STATEMENT_TYP:
        raise StatementError(f"the statement's typ is not {ENTITY_STATEMENT_TYP}")
    keys = _keys(jwks, jws.header.get("kid"))
    if not keys:
        raise StatementError(
            f"no trusted key with the kid {shown(str(jws.header.get('kid'))[:60])}"
        )
    if not any(verify_jws(jws, key) for key in keys):
        raise StatementError("its signature does not verify with the trusted keys")
    claims = jws.payload
    if claims.get("iss") != issuer:
        raise StatementError(f"it was issued by {str(claims.get('iss'))[:120]}, not {issuer}")
    if claims.get("sub") != subject:
        raise StatementError(f"it is about {str(claims.get('sub'))[:120]}, not {subject}")
    exp = claims.get("exp")
    if isinstance(exp, bool) or not isinstance(exp, int | float):
        raise StatementError("it has no expiry (exp)")
    expires = datetime.fromtimestamp(min(float(exp), 253402300799.0), UTC)
    if expires <= now:
        raise StatementError(f"it expired at {expires.isoformat()}")
    return Statement(issuer, subject, expires, claims)
