"""The verifier's challenge, as it travels from the employer's screen to the learner's wallet.

What a verifier shows (as text and as a QR code) is a Verifiable Presentation Request (W3C CCG
VP Request Spec §3, "DID Authentication"): ``{"query": [{"type": "DIDAuthentication"}],
"challenge": "...", "domain": "..."}``, the request the DCC apps and VC-API exchanges use to ask a
holder to sign for a nonce. The learner's wallet reads that JSON, or a bare challenge typed or
shown on its own (what most verifiers say aloud on a call: "sign for 4QX…").

Reading is strict and bounded: at most :data:`MAX_REQUEST_CHARS` of text, a challenge of printable
characters only (no controls, no invisible or bidi characters that would show one value and sign
another), at most :data:`MAX_CHALLENGE_CHARS` long; a domain a host name or an https origin.
Anything else is :class:`wallet.errors.InputError` with one sentence.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from wallet.errors import InputError
from wallet.wording import shown

__all__ = [
    "MAX_CHALLENGE_CHARS",
    "MAX_REQUEST_CHARS",
    "ChallengeRequest",
    "read_challenge",
]

MAX_REQUEST_CHARS = 4096
MAX_CHALLENGE_CHARS = 256
MAX_DOMAIN_CHARS = 253  # RFC 1035 §2.3.4, a host name's limit
# Printable ASCII and any letter or digit beyond it; never controls, spaces inside, or the
# format characters (U+200B-U+200F, U+202A-U+202E, U+2060-U+2069, U+FEFF) that hide text.
_FORBIDDEN = re.compile(
    r"[\s\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]"
)
_LABEL = r"[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?"
_HOST = re.compile(rf"^(?=.{{1,253}}$){_LABEL}(\.{_LABEL})*(:[0-9]{{1,5}})?$")


@dataclass(frozen=True)
class ChallengeRequest:
    """A challenge (and domain) a verifier asks a presentation to be signed for."""

    challenge: str
    domain: str | None = None

    def to_text(self) -> str:
        """The request as compact JSON: what the verifier's QR code holds."""
        request: dict[str, Any] = {
            "query": [{"type": "DIDAuthentication"}],
            "challenge": self.challenge,
        }
        if self.domain is not None:
            request["domain"] = self.domain
        return json.dumps(request, separators=(",", ":"), ensure_ascii=False)


def read_challenge(text: str) -> ChallengeRequest:
    """The challenge in ``text``: a presentation request's JSON, or a bare challenge.

    Raises InputError (one sentence) for anything else.
    """
    if len(text) > MAX_REQUEST_CHARS:
        raise InputError(
            f"the text is {len(text):,} characters; a verifier's challenge is far shorter"
        )
    text = text.strip()
    if not text:
        raise InputError("there is no challenge: the text is empty")
    if text.startswith("{"):
        return _from_request(text)
    if text.startswith("VP1-") or (text.count(".") == 2 and len(text) > 100):
        raise InputError("this is a presentation or a credential, not a verifier's challenge")
    return ChallengeRequest(_challenge(text))


def _from_request(text: str) -> ChallengeRequest:
    try:
        request = json.loads(text)
    except (ValueError, RecursionError):
        raise InputError("the challenge request is not readable JSON") from None
    if not isinstance(request, dict):
        raise InputError("the challenge request is not a JSON object")
    value = request.get("challenge")
    if not isinstance(value, str):
        raise InputError("the presentation request carries no challenge")
    domain = request.get("domain")
    if domain is not None and not isinstance(domain, str):
        raise InputError(f"the request's domain is {shown(domain)}, not a text")
    return ChallengeRequest(_challenge(value), _domain(domain) if domain else None)


def _challenge(value: str) -> str:
    if len(value) > MAX_CHALLENGE_CHARS:
        raise InputError(
            f"the challenge is {len(value):,} characters; at most {MAX_CHALLENGE_CHARS} are "
            "accepted"
        )
    if not value or _FORBIDDEN.search(value):
        raise InputError(
            f"the challenge {shown(value)} holds spaces, control or invisible characters; "
            "a challenge is one word of visible characters"
        )
    return value


def _domain(value: str) -> str:
    """A host name (``jobs.example.com``) or an https origin, as VC-DI's ``domain`` is used."""
    if len(value) > MAX_DOMAIN_CHARS + len("https://"):
        raise InputError("the request's domain is too long to be a host name")
    host = value
    if value.startswith("https://"):
        parts = urlsplit(value)
        host = parts.hostname or ""
        if parts.path not in ("", "/") or parts.query or parts.fragment:
            raise InputError(f"the request's domain {shown(value)} is not an origin")
    if not _HOST.match(host.lower()):
        raise InputError(f"the request's domain {shown(value)} is not a host name")
    return value
