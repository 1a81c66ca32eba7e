"""Stored credentials as a verifier's query sees them, and the JWT presentation ``jwt_vc_json``
answers need.

:func:`stored_candidate` gives a credential's DCQL format and the expanded types its signed
statements carry (OpenID4VP 1.0 Appendix B.1.1 ``type_values`` are IRIs after the ``@context``
is applied): the wallet's own JSON-LD processor reads them from the stored bytes with the pinned
contexts, the same reading its verification uses, so the types matched are the signed ones.

:func:`jwt_vc_presentation` is the VC-JWT 1.1 presentation OpenID4VP 1.0 Appendix B.1.3.1 asks
for with ``jwt_vc_json``: a JWT whose ``vp`` claim holds the credential JWTs, ``nonce`` the
request's nonce and ``aud`` the client id, signed EdDSA by the holder's did:key.
"""

from __future__ import annotations

import uuid
from typing import Any

from wallet.exchange.dcql import Candidate
from wallet.present.holder import HolderKey
from wallet.present.presentation import PresentationRequest
from wallet.proofs.jose import JwsError, parse_compact, sign_jwt
from wallet.verify.reading import Reading
from wallet.verify.structure import VC_V1

__all__ = ["jwt_vc_presentation", "stored_candidate"]


def stored_candidate(key: str, document: Any, view: dict[str, Any]) -> Candidate | None:
    """``document`` (the parsed original: a JSON-LD object or a compact JWT) as a DCQL
    candidate, or None when it is neither."""
    if isinstance(document, dict):
        reading = Reading.of(document, "rdf")
        return Candidate(key, "ldp_vc", frozenset(reading.root_types()), view)
    if isinstance(document, str):
        try:
            jws = parse_compact(document)
        except JwsError:
            return None
        payload = jws.payload or {}
        credential = payload.get("vc", payload)
        if not isinstance(credential, dict):
            return None
        types = frozenset(Reading.of(credential, "json").root_types())
        return Candidate(key, "jwt_vc_json", types, view)
    return None


def jwt_vc_presentation(
    credentials: list[str], holder: HolderKey, request: PresentationRequest
) -> str:
    """A VC-JWT 1.1 presentation of ``credentials`` (compact JWTs) for ``request``'s
    challenge (``nonce``) and domain (``aud``)."""
    now = int(request.clock().timestamp())
    payload: dict[str, Any] = {
        "iss": holder.did,
        "jti": f"urn:uuid:{uuid.uuid4()}",
        "iat": now,
        "nbf": now,
        "exp": now + 600,
        "nonce": request.challenge,
        "vp": {
            "@context": [VC_V1],
            "type": ["VerifiablePresentation"],
            "holder": holder.did,
            "verifiableCredential": credentials,
        },
    }
    if request.domain is not None:
        payload["aud"] = request.domain
    header = {"typ": "JWT", "kid": holder.verification_method}
    return sign_jwt(header, payload, holder.key)
