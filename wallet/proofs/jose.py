"""Compact JWS (RFC 7515 §7.1): read, check the header, verify and sign.

What the JWT credential formats (VC-JWT, VC-JOSE-COSE, Open Badges 3.0 JWT proofs) share. The
algorithm is fixed by the key, never chosen by the token (STANDARDS §7 A6): ``alg: none``, HMAC
algorithms, ``crit`` parameters and keys with private parts are refused. ECDSA signatures are raw
r‖s (RFC 7518 §3.4), which :meth:`PublicKey.verify` expects.

Nothing here knows about credentials; :mod:`wallet.verify.jwt` does.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from wallet.dids.keys import JOSE_ALGORITHMS, KeyError_, KeyType, PrivateKey, PublicKey
from wallet.dids.multibase import MultibaseError, b64url_decode, b64url_encode
from wallet.errors import InputError
from wallet.formats.jsontext import parse_json
from wallet.wording import shown

__all__ = [
    "MAX_TOKEN_CHARS",
    "CompactJws",
    "JwsError",
    "MalformedJws",
    "jwk_thumbprint",
    "parse_compact",
    "refused_algorithm",
    "sign_jwt",
    "verify_jws",
]

# A CLR holding a few dozen JWT credentials stays well under this; JSON inputs are capped at 2 MiB.
MAX_TOKEN_CHARS = 3 * 1024 * 1024
# The algorithms a signer picks for each key type (RFC 8037 §3.1, RFC 7518 §3.4).
_SIGNING_ALGORITHMS = {KeyType.ED25519: "EdDSA", KeyType.P256: "ES256", KeyType.P384: "ES384"}


# RFC 7638 §3.2: the required members of each key type, in lexicographic order.
_THUMBPRINT_MEMBERS = {
    "OKP": ("crv", "kty", "x"),
    "EC": ("crv", "kty", "x", "y"),
    "RSA": ("e", "kty", "n"),
}


class JwsError(ValueError):
    """A JWS whose contents are unacceptable (bad header, payload not a JSON object, …)."""


class MalformedJws(JwsError):
    """Not a compact JWS at all: wrong number of parts, not base64url, header not JSON."""


@dataclass(frozen=True)
class CompactJws:
    """A parsed compact JWS. ``payload`` is None when the payload is not a JSON object;
    ``payload_problem`` then says why."""

    header: dict[str, Any]
    payload: dict[str, Any] | None
    signing_input: bytes
    signature: bytes
    payload_problem: str = ""


def _json_object(raw: bytes, what: str) -> dict[str, Any]:
    """Strict JSON (no duplicate keys, RFC 7515 §5.2 step 4; size and depth caps) that must be
    an object."""
    try:
        value = parse_json(raw)
    except InputError as exc:
        raise JwsError(f"the JWT {what} is not valid JSON: {exc}") from None
    if not isinstance(value, dict):
        raise JwsError(f"the JWT {what} is not a JSON object")
    return value


def parse_compact(token: str) -> CompactJws:
    """Split and decode ``header.payload.signature``.

    Raises :class:`MalformedJws` when ``token`` is not a compact JWS (so it is not a JWT at all)
    and :class:`JwsError` when it is too large. A payload that is not a JSON object does not
    raise: the JWS is well formed, its contents are bad, and the caller reports that.
    """
    if len(token) > MAX_TOKEN_CHARS:
        raise JwsError(f"the JWT is {len(token):,} characters; the limit is {MAX_TOKEN_CHARS:,}")
    parts = token.split(".")
    if len(parts) != 3 or not parts[0]:
        raise MalformedJws("not a compact JWS: expected three base64url parts separated by '.'")
    header_b64, payload_b64, signature_b64 = parts
    try:
        header_raw = b64url_decode(header_b64)
        payload_raw = b64url_decode(payload_b64)
        signature = b64url_decode(signature_b64)
    except MultibaseError:
        raise MalformedJws("not a compact JWS: a part is not base64url") from None
    try:
        header = _json_object(header_raw, "header")
    except JwsError as exc:
        raise MalformedJws(str(exc)) from None
    payload: dict[str, Any] | None = None
    problem = ""
    try:
        payload = _json_object(payload_raw, "payload")
    except JwsError as exc:
        problem = str(exc)
    signing_input = f"{header_b64}.{payload_b64}".encode("ascii")
    return CompactJws(header, payload, signing_input, signature, problem)


def refused_algorithm(header: dict[str, Any]) -> str | None:
    """Why the header's ``alg``/``crit`` must be refused outright (STANDARDS §7 A6), or None.

    RFC 7515 §4.1.11: a ``crit`` parameter we do not understand makes the JWS invalid, and we
    understand none here (``b64`` belongs to detached JWS, RFC 7797, not to JWT credentials).
    An algorithm that is merely unsupported (ES512, …) is not refused here: see
    ``JOSE_ALGORITHMS``.
    """
    alg = header.get("alg")
    if not isinstance(alg, str) or not alg:
        return "the JWT header names no algorithm (alg)"
    if alg.lower() == "none":
        return "the JWT is unsecured (alg 'none'): anyone could have written it"
    if alg.upper().startswith("HS"):
        return (
            f"the JWT uses {alg}, a shared-secret algorithm that cannot show who issued it, "
            "so it is refused"
        )
    if "crit" in header:
        return (
            f"the JWT header marks {shown(header['crit'])} critical, which this wallet cannot "
            "honour"
        )
    return None


def verify_jws(jws: CompactJws, key: PublicKey) -> bool:
    """True when the signature verifies with ``key`` under an ``alg`` allowed for the key type."""
    alg = jws.header.get("alg")
    if refused_algorithm(jws.header) is not None or JOSE_ALGORITHMS.get(str(alg)) is not key.type:
        return False
    return key.verify(jws.signature, jws.signing_input, alg=str(alg))


def jwk_thumbprint(key: PublicKey) -> str:
    """RFC 7638 thumbprint (SHA-256, base64url): the ``kid`` many JOSE issuers use."""
    jwk = key.to_jwk()
    members = {name: jwk[name] for name in _THUMBPRINT_MEMBERS[jwk["kty"]]}
    canonical = json.dumps(members, separators=(",", ":"), sort_keys=True).encode("utf-8")
    return b64url_encode(hashlib.sha256(canonical).digest())


def sign_jwt(header: dict[str, Any], payload: dict[str, Any], key: PrivateKey) -> str:
    """A compact JWS of ``payload`` signed with ``key`` (EdDSA, ES256 or ES384).

    ``alg`` is set from the key; a header that names another raises :class:`KeyError_`.
    """
    alg = _SIGNING_ALGORITHMS.get(key.type)
    if alg is None:
        raise KeyError_(f"cannot sign a JWT with a {key.type} key")
    if header.get("alg", alg) != alg:
        raise KeyError_(f"a {key.type} key signs with {alg}, not {header['alg']}")
    full_header = {"alg": alg, **{k: v for k, v in header.items() if k != "alg"}}
    signing_input = ".".join(
        b64url_encode(json.dumps(part, separators=(",", ":"), ensure_ascii=False).encode("utf-8"))
        for part in (full_header, payload)
    )
    signature = key.sign(signing_input.encode("ascii"))
    return f"{signing_input}.{b64url_encode(signature)}"
