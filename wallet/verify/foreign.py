"""Credentials the wallet recognises but cannot check yet: named, ``unverifiable``, never a crash.

- **Blockcerts** (Blockcerts 2 and 3): a Merkle proof whose root is anchored in a blockchain
  transaction. Checking it means reading that transaction from a blockchain, which this wallet
  does not do, so nothing shows it is genuine or forged (issue 10).
- **Electronic seals** (European Digital Credentials): JAdES signatures (ETSI TS 119 182-1)
  and XML credentials sealed with XAdES, whose keys are X.509 certificates under the EU trust
  lists.

What such a credential says is shown from its JSON as written, labelled ``unsigned`` in its view:
no signature the wallet checked covers it.
"""

from __future__ import annotations

from typing import Any

from wallet.dids.multibase import MultibaseError, b64url_decode
from wallet.errors import InputError
from wallet.formats.jsontext import parse_json
from wallet.formats.jws import parse_compact_jws
from wallet.verify.about import about_of
from wallet.verify.reading import Reading
from wallet.verify.report import Check, RawInput, Report, Status, derive_verdict
from wallet.verify.structure import party_id
from wallet.verify.trust import trust_check
from wallet.verify.view import EMPTY_VIEW, SignedView

__all__ = ["blockcerts_report", "sealed_report"]

_BLOCKCERTS = (
    "a Blockcerts certificate: its anchor is on a blockchain, which this wallet cannot check yet"
)
_SEALED = (
    "a credential sealed with an electronic seal (JAdES, an X.509 certificate under the EU "
    "trust lists), which this wallet cannot check yet"
)
_EDC_XML = (
    "a European Digital Credential in XML, sealed with XAdES, which this wallet cannot check yet"
)


def _view_of(document: Any) -> SignedView:
    """The credential's content as written (a JSON-LD reading when it can be read)."""
    if not isinstance(document, dict):
        return EMPTY_VIEW
    reading = Reading.of(document, "rdf")
    if reading.expansion is not None and reading.view().readable:
        return SignedView(reading.view().data, "unsigned")
    return SignedView(document, "unsigned")


def _report(document: Any, found: str, why: str, *, legacy: bool = False) -> Report:
    view = _view_of(document)
    issuer = party_id(view.get("issuer")) or party_id(
        (view.get("badge") or {}).get("issuer") if isinstance(view.get("badge"), dict) else None
    )
    binding = Check("issuer", Status.WARN, f"cannot confirm who issued it: {why}", "unverifiable")
    checks = [
        Check("format", Status.PASS, found),
        Check("signature", Status.WARN, why, "unverifiable"),
        binding,
        Check("validity", Status.SKIP, "not checked: the credential itself cannot be checked"),
        Check("status", Status.SKIP, "not checked: the credential itself cannot be checked"),
        trust_check(issuer, binding, frozenset()),
        Check("schema", Status.SKIP, "no JSON schema applies"),
    ]
    return Report(
        "credential",
        derive_verdict(checks),
        tuple(checks),
        view=view,
        source=RawInput(document),
        about=about_of(view, "credential", legacy=legacy or "badge" in view.data),
    )


def blockcerts_report(document: Any) -> Report:
    return _report(document, "a Blockcerts certificate", _BLOCKCERTS)


def sealed_report(document: Any) -> Report:
    """A JAdES-sealed JWT (the token), a JWS in JSON serialization, or an XML EDC."""
    if document == "edc-xml":
        return _report(None, "a European Digital Credential (XML)", _EDC_XML)
    payload = _payload(document)
    if isinstance(payload, dict) and isinstance(payload.get("vc"), dict):
        payload = payload["vc"]  # a JWT-encoded VCDM 1.1 credential (EBSI seals these)
    return _report(payload, "a credential sealed with an electronic seal", _SEALED)


def _payload(document: Any) -> Any:
    """The sealed JSON: a compact token's payload, or a JSON-serialized JWS's ``payload``."""
    try:
        if isinstance(document, str):
            return parse_compact_jws(document).payload
        if isinstance(document, dict) and isinstance(document.get("payload"), str):
            return parse_json(b64url_decode(document["payload"]))
    except (InputError, MultibaseError):
        pass  # a seal whose content cannot be read is still only "cannot be checked"
    return None
