"""did:web and https verification methods, resolved over the injected Fetcher (STANDARDS §3).

- ``did:web`` (W3C CCG did:web §3.2): ``did:web:example.edu`` is
  ``https://example.edu/.well-known/did.json``; ``did:web:example.edu:issuers:42`` is
  ``https://example.edu/issuers/42/did.json``; each segment is percent-decoded, so a port is
  written ``%3A`` (``did:web:localhost%3A8443:issuer`` is ``https://localhost:8443/issuer/did.json``).
- https methods (``https://example.edu/issuers/565049#key-1``, OB 3.0 §8.3 and CID 1.0): the
  document at the URL without its fragment is the controller document, an OB 3.0 issuer Profile
  or a CID document, and must list the key; a method URL without a fragment that answers with a
  verification method of its own is followed once to its ``controller``, which must list it.

Either way the binding is real only when a document the issuer controls lists the key, and the
relationships come from that document (:mod:`wallet.dids.controller`). A document that cannot be
had resolves to :class:`Unresolved` with ``needs_network`` set and the fetch's reason, so the
verdict is ``unverifiable``, never ``valid``. :func:`online_resolver` is the
:data:`~wallet.dids.resolve.MethodResolver` ``VerifyOptions.resolver`` takes; ``did:key`` and
``did:jwk`` go to the offline resolver.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote, unquote

from wallet.dids.controller import method_from_document
from wallet.dids.keys import KeyError_, PublicKey
from wallet.dids.resolve import MethodResolver, Unresolved, VerificationMethod, resolve_method
from wallet.errors import FetchError
from wallet.net.fetcher import Fetched, Fetcher, json_of
from wallet.wording import shown

__all__ = [
    "MAX_DOCUMENT_BYTES",
    "ParsedDocuments",
    "WebResolver",
    "did_web_url",
    "online_resolver",
]

MAX_DOCUMENT_BYTES = 256 * 1024
_HOST = re.compile(
    r"^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)*[A-Za-z0-9-]{1,63}(?::\d{1,5})?$"
)
_PATH_SAFE = "!$&'()*+,;=@-._~"
# url -> (the Fetched it was parsed from, its JSON, why it is not JSON)
ParsedDocuments = dict[str, tuple[Fetched, Any, str | None]]


def did_web_url(did: str) -> str:
    """The https URL of a did:web's DID document. Raises ``ValueError`` with a sentence for a
    DID that is not a well-formed did:web (no host, a path that would escape its folder, ...)."""
    if not did.startswith("did:web:") or "#" in did or "?" in did or "/" in did:
        raise ValueError(f"{shown(did[:80])} is not a did:web")
    raw = did[len("did:web:") :].split(":")
    segments = [unquote(part) for part in raw]
    host, path = segments[0].lower(), segments[1:]
    if not _HOST.match(host):
        raise ValueError(f"{did[:80]} names no valid host")
    for segment in path:
        if (
            not segment
            or segment in (".", "..")
            or any(c in segment for c in "/\\")
            or any(ord(c) < 0x21 and c != " " for c in segment)
        ):
            raise ValueError(f"{did[:80]} has an invalid path segment {shown(segment[:40])}")
    if not path:
        return f"https://{host}/.well-known/did.json"
    encoded = "/".join(quote(segment, safe=_PATH_SAFE) for segment in path)
    return f"https://{host}/{encoded}/did.json"


class WebResolver:
    """A :data:`MethodResolver` that fetches did:web documents and https controller documents.

    Every document goes through ``fetcher`` (its memo: one fetch per URL per run; its cache and
    offline switch). Anything else goes to ``fallback`` (the offline did:key / did:jwk resolver).
    Thread-safe as far as the Fetcher is.
    """

    def __init__(
        self,
        fetcher: Fetcher,
        fallback: MethodResolver = resolve_method,
        *,
        parsed: ParsedDocuments | None = None,
    ) -> None:
        self._fetcher = fetcher
        self._fallback = fallback
        # The JSON of each document as last fetched: a hundred credentials of one issuer parse
        # its DID document once (the Fetcher hands back the same Fetched from its memo, so the
        # entry is used only for that very answer). Views of one run may share it.
        self._parsed: ParsedDocuments = {} if parsed is None else parsed

    def __call__(self, reference: Any) -> VerificationMethod | Unresolved:
        if isinstance(reference, dict):
            reference = reference.get("id")
        if not isinstance(reference, str):
            return self._fallback(reference)
        if reference.startswith("did:web:"):
            return self._did_web(reference)
        if reference.startswith("https://"):
            return self._https(reference)
        if reference.startswith("http://"):
            return Unresolved(
                f"the key {reference[:120]} is published over plain http, which cannot be "
                "trusted: only https documents are fetched",
                needs_network=True,
            )
        return self._fallback(reference)

    def _get(self, url: str, what: str) -> tuple[Any, Fetched | None, Unresolved | None]:
        try:
            fetched = self._fetcher.fetch(url, max_bytes=MAX_DOCUMENT_BYTES)
        except FetchError as exc:
            return None, None, Unresolved(f"{what}: {exc}", needs_network=True)
        known = self._parsed.get(url)
        if known is not None and known[0] is fetched:
            document, problem = known[1], known[2]
        else:
            document, problem = json_of(fetched)
            self._parsed[url] = (fetched, document, problem)
        if problem is not None:
            return None, fetched, Unresolved(f"{what}: {problem}", needs_network=True)
        return document, fetched, None

    def _did_web(self, reference: str) -> VerificationMethod | Unresolved:
        did, _, fragment = reference.partition("#")
        try:
            url = did_web_url(did)
        except ValueError as exc:
            return Unresolved(str(exc), needs_network=False)
        document, fetched, failed = self._get(url, f"the DID document of {did} is not at hand")
        if failed is not None or fetched is None:
            return failed or Unresolved("no DID document", True)
        where = f"the DID document at {url}"
        freshness = f"the DID document, {fetched.freshness()}"
        if not fragment:
            return _only_method(document, did, where, freshness)
        return method_from_document(document, did, reference, where=where, freshness=freshness)

    def _https(self, reference: str) -> VerificationMethod | Unresolved:
        base, _, fragment = reference.partition("#")
        fallback_key = _fragment_key(fragment)
        document, fetched, failed = self._get(base, f"the key's document {base} is not at hand")
        if failed is not None or fetched is None:
            return failed or Unresolved("no controller document", True)
        freshness = f"the controller document, {fetched.freshness()}"
        if fragment:
            return method_from_document(
                document,
                base,
                reference,
                where=base,
                freshness=freshness,
                fallback_key=fallback_key,
            )
        return self._standalone(document, base, freshness)

    def _standalone(self, method: Any, url: str, freshness: str) -> VerificationMethod | Unresolved:
        """A method URL answering with the method itself: its controller must list it (once)."""
        if not isinstance(method, dict) or method.get("id") != url:
            return Unresolved(f"{url} is not a verification method with that id", False)
        controller = method.get("controller")
        if not isinstance(controller, str) or not controller.startswith("https://"):
            return Unresolved(f"the key {url} names no https controller", needs_network=False)
        document, fetched, failed = self._get(
            controller, f"the key's controller document {controller} is not at hand"
        )
        if failed is not None or fetched is None:
            return failed or Unresolved("no controller document", True)
        listed = method_from_document(
            document,
            controller,
            url,
            where=controller,
            freshness=f"the controller document, {fetched.freshness()}",
        )
        if isinstance(listed, Unresolved) and not listed.needs_network:
            return Unresolved(f"the controller {controller} does not list the key {url}", False)
        return listed


def _only_method(
    document: Any, did: str, where: str, freshness: str
) -> VerificationMethod | Unresolved:
    """A bare did:web as a method: the DID document's single assertion key, if it has just one."""
    if isinstance(document, dict):
        methods = document.get("verificationMethod")
        if isinstance(methods, list) and len(methods) == 1 and isinstance(methods[0], dict):
            method_id = methods[0].get("id")
            if isinstance(method_id, str):
                absolute = did + method_id if method_id.startswith("#") else method_id
                return method_from_document(
                    document, did, absolute, where=where, freshness=freshness
                )
    return Unresolved(f"{did} names no key, and {where} lists more than one", False)


def _fragment_key(fragment: str) -> PublicKey | None:
    if not fragment.startswith("z"):
        return None
    try:
        return PublicKey.from_multikey(fragment)
    except KeyError_:
        return None


def online_resolver(
    fetcher: Fetcher,
    fallback: MethodResolver = resolve_method,
    *,
    parsed: ParsedDocuments | None = None,
) -> MethodResolver:
    """The resolver for verification with the network: did:web and https keys through
    ``fetcher``, every other method through ``fallback`` (did:key, did:jwk, offline).
    ``parsed`` shares parsed documents between resolvers over one run's memo."""
    return WebResolver(fetcher, fallback, parsed=parsed)
