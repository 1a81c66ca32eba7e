"""A presentation as a ``vp+jwt`` (VC-JOSE-COSE §3.1.2), signed EdDSA with the holder's key.

The JWT payload *is* the VCDM 2.0 presentation; ``nonce`` carries the verifier's challenge and
``aud`` its domain (the claims VC-JWT 1.1 §6.3.1 defined for replay protection, which JOSE
verifiers, ours included, check). ``kid`` is the holder's did:key verification method.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from wallet.present.holder import HolderKey
from wallet.present.presentation import HeldCredential, PresentationRequest, build_presentation
from wallet.proofs.jose import sign_jwt

__all__ = ["JwtPresentation", "sign_vp_jwt"]


@dataclass(frozen=True)
class JwtPresentation:
    token: str
    challenge: str
    domain: str | None
    holder: str


def sign_vp_jwt(
    credentials: Sequence[HeldCredential],
    holder: HolderKey,
    request: PresentationRequest | None = None,
) -> JwtPresentation:
    """A compact ``vp+jwt``. Raises ValueError for nothing to present."""
    request = request or PresentationRequest()
    challenge = request.challenge if request.challenge is not None else request.make_challenge()
    payload = build_presentation(credentials, holder.did, data_model="2.0")
    payload["iss"] = holder.did
    payload["nonce"] = challenge
    payload["iat"] = int(request.clock().timestamp())
    if request.domain is not None:
        payload["aud"] = request.domain
    header = {"typ": "vp+jwt", "cty": "vp", "kid": holder.verification_method}
    return JwtPresentation(
        sign_jwt(header, payload, holder.key), challenge, request.domain, holder.did
    )
