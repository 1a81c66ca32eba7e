"""Build and sign the learner's verifiable presentations.

Suite choice (DESIGN.md, "Presentations"): a VCDM 1.1 presentation signed ``Ed25519Signature2020``
when every credential inside is 1.1 — the combination 2022–2024 verifiers (DCC, LCW) check — and
otherwise a VCDM 2.0 presentation signed ``eddsa-rdfc-2022``. A 2.0 presentation may carry 1.1
credentials: the 2.0 context's ``verifiableCredential`` term resets the active context
(``"@context": null``), so each credential is read with its own contexts; the reverse is not true.

Proof purpose ``authentication`` with the verifier's challenge and domain (VC-DI 1.0 §2.1.2; a
random challenge when the verifier gave none, so a copy cannot be replayed as fresh), or
``assertionMethod`` for verifiers that check presentations that way (DCC verifier-core).
A credential held as a compact JWT travels as an ``EnvelopedVerifiableCredential`` (VCDM 2.0 §4.13).
"""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from wallet.present.holder import HolderKey
from wallet.proofs.sign import sign_document
from wallet.verify.options import system_clock
from wallet.verify.structure import VC_V1, VC_V2, types_of

__all__ = [
    "ED25519_2020_CONTEXT",
    "HeldCredential",
    "Presentation",
    "PresentationRequest",
    "Purpose",
    "build_presentation",
    "default_purpose",
    "random_challenge",
    "sign_presentation",
]

ED25519_2020_CONTEXT = "https://w3id.org/security/suites/ed25519-2020/v1"


class Purpose(StrEnum):
    AUTHENTICATION = "authentication"
    ASSERTION_METHOD = "assertionMethod"


def default_purpose(for_qr_code: bool) -> Purpose:
    """The proof purpose to use when the learner has not chosen one.

    A QR code is read by the DCC apps (VerifierPlus, Learner Credential Wallet), whose
    verifier-core checks presentations for assertionMethod and rejects authentication proofs;
    a file goes to any verifier, and authentication is what the standards ask for.
    """
    return Purpose.ASSERTION_METHOD if for_qr_code else Purpose.AUTHENTICATION


def random_challenge() -> str:
    """128 random bits, URL-safe: enough that no two presentations share a challenge."""
    return secrets.token_urlsafe(16)


HeldCredential = dict[str, Any] | str
"""A credential as the vault holds it: a JSON-LD document or a compact JWT."""


@dataclass(frozen=True)
class PresentationRequest:
    """What the verifier asked for. ``challenge`` None: a random one is made and reported."""

    challenge: str | None = None
    domain: str | None = None
    purpose: Purpose = Purpose.AUTHENTICATION
    clock: Callable[[], datetime] = field(default=system_clock, compare=False)
    make_challenge: Callable[[], str] = field(default=random_challenge, compare=False)


@dataclass(frozen=True)
class Presentation:
    """A signed presentation and what it was signed with (for the learner's share history)."""

    document: dict[str, Any]
    suite: str
    purpose: Purpose
    challenge: str
    domain: str | None
    holder: str
    created: datetime


def _is_v1(credential: HeldCredential) -> bool:
    if not isinstance(credential, dict):
        return False
    contexts = credential.get("@context")
    first = contexts[0] if isinstance(contexts, list) and contexts else contexts
    return bool(first == VC_V1)


def build_presentation(
    credentials: Sequence[HeldCredential], holder: str, *, data_model: str | None = None
) -> dict[str, Any]:
    """An unsigned presentation of ``credentials`` by ``holder``.

    ``data_model`` "1.1" or "2.0"; None picks 1.1 only when every credential is 1.1 (see above).
    Raises ValueError for no credentials, or a JWT credential in a 1.1 presentation.
    """
    if not credentials:
        raise ValueError("a presentation needs at least one credential")
    if data_model is None:
        data_model = "1.1" if all(_is_v1(c) for c in credentials) else "2.0"
    if data_model == "1.1":
        if any(isinstance(c, str) for c in credentials):
            raise ValueError("a VCDM 1.1 presentation cannot carry a JWT credential")
        contexts: list[str] = [VC_V1, ED25519_2020_CONTEXT]
    elif data_model == "2.0":
        contexts = [VC_V2]
    else:
        raise ValueError(f"unknown data model {data_model!r}")
    return {
        "@context": contexts,
        "id": f"urn:uuid:{uuid.uuid4()}",
        "type": ["VerifiablePresentation"],
        "holder": holder,
        "verifiableCredential": [_embedded(c) for c in credentials],
    }


def _embedded(credential: HeldCredential) -> dict[str, Any]:
    if isinstance(credential, str):
        return {
            "@context": VC_V2,
            "id": f"data:application/vc+jwt,{credential}",
            "type": "EnvelopedVerifiableCredential",
        }
    if "VerifiableCredential" not in types_of(credential):
        raise ValueError("only verifiable credentials can be presented")
    return credential


def sign_presentation(
    credentials: Sequence[HeldCredential],
    holder: HolderKey,
    request: PresentationRequest | None = None,
    *,
    data_model: str | None = None,
) -> Presentation:
    """Build a presentation of ``credentials`` and sign it with ``holder``'s key.

    Raises ValueError (nothing to present, or credentials the chosen data model cannot carry) and
    the canonicalization errors of :func:`sign_document` (a credential with an unknown context).
    """
    request = request or PresentationRequest()
    document = build_presentation(credentials, holder.did, data_model=data_model)
    suite = "Ed25519Signature2020" if document["@context"][0] == VC_V1 else "eddsa-rdfc-2022"
    challenge = request.challenge if request.challenge is not None else request.make_challenge()
    created = request.clock()
    signed = sign_document(
        document,
        holder.key,
        holder.verification_method,
        suite=suite,
        purpose=request.purpose.value,
        created=created,
        challenge=challenge,
        domain=request.domain,
    )
    return Presentation(
        signed, suite, request.purpose, challenge, request.domain, holder.did, created
    )
