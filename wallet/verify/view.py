"""The signed view: what a credential says, taken only from what its signature covers (issue 9).

Every consumer (the checks, the app, search, the PDF, the skills view, the advisor's review)
reads a credential through its :class:`SignedView`, never through the JSON it arrived as
(STYLE rule 11: verification hands back what it verified, and nothing else). Its ``data`` is a
JSON-shaped tree, keyed by the wallet's fixed names for each IRI (``wallet.jsonld.vocabulary``):

- ``basis="rdf"``: read back from the RDF statements an RDF proof (``*-rdfc-*``,
  Ed25519Signature2018/2020, JsonWebSignature2020) signs, or would sign for an unsigned
  credential. Whatever the JSON says beyond them is not here.
- ``basis="json"``: the signature covers the JSON itself (a JWT, an ``*-jcs-*`` proof, an Open
  Badges 2.0 JWS): read from the same statements, but terms no context defines are kept too.
- ``basis="unsigned"``: nothing signs it (an Open Badges 2.0 hosted assertion, read as written
  until its hosted copy is checked online).
- ``basis="none"``: nothing could be read (an unknown context, invalid JSON-LD): ``data`` is
  empty and the report says why.

``revision`` names the earlier revision of a mutable context the signature verified under, when
one was needed (issue 10). Treat ``data`` as read-only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

__all__ = ["EMPTY_VIEW", "SignedView", "ViewBasis"]

ViewBasis = Literal["rdf", "json", "unsigned", "none"]


@dataclass(frozen=True)
class SignedView:
    """A credential's or presentation's content as its signature covers it (see module)."""

    data: dict[str, Any] = field(default_factory=dict)
    basis: ViewBasis = "none"
    revision: str | None = None

    def get(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)

    def __contains__(self, key: object) -> bool:
        return key in self.data

    @property
    def readable(self) -> bool:
        return self.basis != "none"

    def to_json(self) -> dict[str, Any]:
        """For the vault, which stores views with their reports."""
        return {"data": self.data, "basis": self.basis, "revision": self.revision}

    @classmethod
    def from_json(cls, value: Any) -> SignedView:
        if not isinstance(value, dict) or not isinstance(value.get("data"), dict):
            return EMPTY_VIEW
        basis = value.get("basis")
        if basis not in ("rdf", "json", "unsigned", "none"):
            return EMPTY_VIEW
        revision = value.get("revision")
        return cls(value["data"], basis, revision if isinstance(revision, str) else None)


EMPTY_VIEW = SignedView()
