"""The proof result of a JWT credential or presentation: which key signed it, and does it verify.

The key comes from the JOSE header (RFC 7515 §4.1): ``kid`` names a verification method in the
signer's controller document (VC-JOSE-COSE §3.3: a relative ``kid`` is read against ``iss``);
``jwk`` carries a key inline. An inline key proves nothing about who controls it (STANDARDS §7
A5): it is bound to the issuer only when the issuer is the self-certifying ``did:key`` or
``did:jwk`` of that very key. Returns a :class:`ProofResult` the binding checks read, never raises.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from wallet.dids.keys import JOSE_ALGORITHMS, KeyError_, PublicKey
from wallet.dids.resolve import (
    ALL_RELATIONSHIPS,
    MethodResolver,
    Unresolved,
    VerificationMethod,
    did_jwk_for,
    key_label,
    resolve_method,
)
from wallet.proofs.embedded import ProofResult
from wallet.proofs.jose import CompactJws, jwk_thumbprint, refused_algorithm, verify_jws
from wallet.wording import shown

__all__ = ["JwtExpectations", "jwt_proof_result"]


@dataclass(frozen=True)
class JwtExpectations:
    """What the proof must satisfy besides the signature.

    ``party`` is the issuer (credentials) or holder (presentations) the key is looked up for;
    ``challenge``/``domain`` are the verifier's values a presentation's ``nonce``/``aud`` must
    carry (VC-JWT 1.1 §6.3.1); ``suite`` names the format in messages.
    """

    suite: str
    party: str | None
    challenge: str | None = None
    domain: str | None = None


def jwt_proof_result(
    jws: CompactJws, expect: JwtExpectations, resolver: MethodResolver = resolve_method
) -> ProofResult:
    """Verify ``jws``'s signature with the key its header names (see the module docstring)."""
    header, suite = jws.header, expect.suite
    refused = refused_algorithm(header)
    if refused is not None:
        return ProofResult(False, refused, suite)
    alg = str(header["alg"])
    if alg not in JOSE_ALGORITHMS:
        return ProofResult(None, f"the JWT algorithm {shown(alg)} is not supported", suite)
    replay = _replay_problem(jws.payload or {}, expect)
    found = _method(header, expect.party, resolver)
    if isinstance(found, ProofResult):
        return found
    if isinstance(found, Unresolved):
        verdict = None if found.needs_network or found.unsupported else False
        return ProofResult(verdict, found.reason, suite, unresolved=found)
    method, inline = found
    if JOSE_ALGORITHMS[alg] is not method.key.type:
        return ProofResult(
            False, f"the JWT algorithm {alg} cannot be used with a {method.key.type} key", suite
        )
    if not verify_jws(jws, method.key):
        return ProofResult(
            False,
            f"the {suite} signature does not match: the token was changed after signing or "
            "signed by another key",
            suite,
            None if inline else method,
        )
    if inline:
        # A5: a key shipped in the token itself says nothing about who controls it, so the
        # check is never shown as passed (issue 10): a warning that says why.
        return ProofResult(
            True,
            f"{suite} {alg} signature verified with the key carried in the token's own header "
            f"(jwk {jwk_thumbprint(method.key)[:16]}…)",
            suite,
            warnings=(
                "anyone could have put that key there, so it shows nothing about who signed",
            ),
            replay=replay,
        )
    message = f"{suite} {alg} signature verified with {key_label(method.id)}"
    return ProofResult(True, message, suite, method, replay=replay)


def _replay_problem(payload: dict[str, Any], expect: JwtExpectations) -> str | None:
    """VC-JWT 1.1 §6.3.1: a presentation's ``nonce`` is the challenge, ``aud`` the domain."""
    if expect.challenge is not None and payload.get("nonce") != expect.challenge:
        return (
            f"it was signed for the nonce {shown(payload.get('nonce'))}, not "
            f"{shown(expect.challenge)}: it may be a copy made for someone else"
        )
    if expect.domain is not None:
        aud = payload.get("aud")
        audiences = aud if isinstance(aud, list) else [aud]
        if expect.domain not in audiences:
            return (
                f"it was signed for the audience {shown(aud)}, not {shown(expect.domain)}: it "
                "may be a copy made for someone else"
            )
    return None


def _method(
    header: dict[str, Any], party: str | None, resolver: MethodResolver
) -> tuple[VerificationMethod, bool] | Unresolved | ProofResult:
    """The signing key's method and whether it came inline (``jwk``) rather than resolved."""
    kid = header.get("kid")
    if kid is not None and (not isinstance(kid, str) or not kid):
        return Unresolved("the JWT header's kid is not a string", needs_network=False)
    resolved: VerificationMethod | Unresolved | None = None
    if kid:
        absolute = _absolute_kid(kid, party)
        if absolute is None:
            return Unresolved(f"the JWT's kid {shown(kid)} is relative and names no issuer", False)
        resolved = resolver(absolute)
    if "jwk" not in header:
        if resolved is not None:
            return (resolved, False) if isinstance(resolved, VerificationMethod) else resolved
        return _method_from_party(party, resolver)
    try:
        inline = PublicKey.from_jwk(header["jwk"])
    except KeyError_ as exc:
        return ProofResult(False, f"the jwk in the JWT header is refused: {exc}")
    if isinstance(resolved, VerificationMethod):
        if not resolved.key.same_key(inline):
            return ProofResult(
                False, f"the JWT header's jwk is not the key its kid {shown(kid)} names"
            )
        return resolved, False
    own = _self_certified(party, resolver)
    if own is not None and own.key.same_key(inline):
        return own, False
    if own is not None:
        # The issuer is a did:key/did:jwk whose only key is another one: provably not theirs.
        did = did_jwk_for(inline)
        return VerificationMethod(f"{did}#0", did, inline, ALL_RELATIONSHIPS), False
    return VerificationMethod("jwk", party or "", inline, ALL_RELATIONSHIPS, bound=False), True


def _absolute_kid(kid: str, party: str | None) -> str | None:
    """VC-JOSE-COSE §3.3: an absolute ``kid`` is used as is; a relative one is read against the
    issuer (``#key-1``, or a bare JWK thumbprint taken as the fragment)."""
    scheme, sep, _ = kid.partition(":")
    if sep and scheme[:1].isalpha() and all(c.isalnum() or c in "+-." for c in scheme):
        return kid
    if party is None:
        return None
    base = party.partition("#")[0]
    return base + kid if kid.startswith("#") else f"{base}#{kid}"


def _self_certified(party: str | None, resolver: MethodResolver) -> VerificationMethod | None:
    if party is None or not party.startswith(("did:key:", "did:jwk:")):
        return None
    found = resolver(party.partition("#")[0])
    return found if isinstance(found, VerificationMethod) else None


def _method_from_party(
    party: str | None, resolver: MethodResolver
) -> tuple[VerificationMethod, bool] | Unresolved:
    """No kid, no jwk: only a self-certifying issuer DID names its key by itself."""
    own = _self_certified(party, resolver)
    if own is not None:
        return own, False
    if party is not None and party.startswith(("https://", "http://", "did:web:")):
        return Unresolved(
            f"the JWT names no key (no kid or jwk header): {party}'s keys are published on "
            "the web, and checking them needs the network",
            needs_network=True,
        )
    return Unresolved("the JWT names no key (no kid or jwk header)", needs_network=False)
