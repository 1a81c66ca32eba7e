"""The holder proving it holds its key: what issuers bind credentials to, and what DID-Auth is.

- :func:`jwt_proof`: OpenID4VCI 1.0 Appendix F.1, a JWT with ``typ: openid4vci-proof+jwt``,
  ``kid`` the holder's did:key verification method, ``aud`` the Credential Issuer Identifier,
  ``nonce`` the ``c_nonce``, ``iat`` now; signed EdDSA by the wallet's own JOSE code.
- :func:`did_auth_presentation`: a presentation carrying no credential, signed with proof
  purpose ``authentication`` for the other side's ``challenge`` and ``domain``. The DCC request
  links and VC-API ``DIDAuthentication`` queries ask for it, and it is OpenID4VCI 1.0 Appendix
  F.2's ``di_vp`` proof (``domain`` = the Credential Issuer Identifier, ``challenge`` =
  ``c_nonce``). VC 1.1 with ``Ed25519Signature2020`` is what the DCC stack checks; VC 2.0 with
  ``eddsa-rdfc-2022`` where the other side names that cryptosuite.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Any, Literal

from wallet.present.holder import HolderKey
from wallet.present.presentation import ED25519_2020_CONTEXT
from wallet.proofs.jose import sign_jwt
from wallet.proofs.sign import sign_document
from wallet.verify.structure import VC_V1, VC_V2

__all__ = ["PROOF_JWT_TYPE", "DataModel", "did_auth_presentation", "jwt_proof"]

PROOF_JWT_TYPE = "openid4vci-proof+jwt"
DataModel = Literal["1.1", "2.0"]


def jwt_proof(
    holder: HolderKey, *, audience: str, nonce: str | None, now: datetime, client_id: str | None
) -> str:
    """OpenID4VCI 1.0 Appendix F.1. ``iss`` is the client id when there is one; the
    pre-authorized code flow has none, so it is left out (§F.1: "MUST be omitted")."""
    header = {"typ": PROOF_JWT_TYPE, "kid": holder.verification_method}
    payload: dict[str, Any] = {"aud": audience, "iat": int(now.timestamp())}
    if nonce is not None:
        payload["nonce"] = nonce
    if client_id:
        payload["iss"] = client_id
    return sign_jwt(header, payload, holder.key)


def did_auth_presentation(
    holder: HolderKey,
    *,
    challenge: str | None,
    domain: str | None,
    clock: Callable[[], datetime],
    data_model: DataModel = "1.1",
    credentials: list[Any] | None = None,
) -> dict[str, Any]:
    """A presentation by ``holder``, signed for ``challenge`` and ``domain`` (either may be
    None), with ``credentials`` inside when given (VC-API answers that carry both)."""
    contexts: list[str] = [VC_V1, ED25519_2020_CONTEXT] if data_model == "1.1" else [VC_V2]
    document: dict[str, Any] = {
        "@context": contexts,
        "id": f"urn:uuid:{uuid.uuid4()}",
        "type": ["VerifiablePresentation"],
        "holder": holder.did,
    }
    if credentials:
        document["verifiableCredential"] = credentials
    return sign_document(
        document,
        holder.key,
        holder.verification_method,
        suite="Ed25519Signature2020" if data_model == "1.1" else "eddsa-rdfc-2022",
        purpose="authentication",
        created=clock(),
        challenge=challenge,
        domain=domain,
    )
