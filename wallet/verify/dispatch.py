"""Verify what :func:`wallet.formats.sniff.read_input` found: the right verifier per format.

``wallet.formats`` only recognises and unpacks inputs; choosing how to verify them is this
package's business (issue 10 §5: no import cycle between the two).

A document that carries a proof this wallet checks is verified by that proof, whatever else it
looks like (attack 9): a Blockcerts marker, a JWS-JSON member or an Open Badges 2.0 context added
to a forged credential must not turn its failing signature into "cannot be checked". Only what
has no such proof is handed to the rules of the format it resembles.
"""

from __future__ import annotations

from typing import Any

from wallet.formats.sniff import Unpacked
from wallet.proofs.suites import suite_for
from wallet.verify.foreign import blockcerts_report, sealed_report
from wallet.verify.jwt import verify_compact_jwt
from wallet.verify.openbadges2 import Ob2Resources, link_report, verify_legacy_badge
from wallet.verify.openbadges2_online import verify_legacy_online
from wallet.verify.options import VerifyOptions
from wallet.verify.pipeline import verify_document
from wallet.verify.report import Report
from wallet.verify.structure import as_list

__all__ = ["verify_unpacked"]


def verify_unpacked(
    found: Unpacked, options: VerifyOptions, ob2: Ob2Resources | None = None
) -> Report:
    """Verify an unpacked input. ``ob2`` supplies OB 2.0 keys and profiles held offline;
    without it, a run with the network (``options.online``) fetches them (issue 12)."""
    if found.format != "vc" and has_checkable_proof(found.document):
        return verify_document(found.document, options)
    if found.format in ("ob2", "ob2-jws", "ob1"):
        if ob2 is None and options.online is not None:
            return verify_legacy_online(found.document, options, options.online.fetcher)
        return verify_legacy_badge(found.document, options, ob2)
    if found.format == "link":
        return link_report(str(found.document))
    if found.format == "blockcerts":
        return blockcerts_report(found.document)
    if found.format == "sealed":
        return sealed_report(found.document)
    if isinstance(found.document, str):
        return verify_compact_jwt(found.document, options)
    return verify_document(found.document, options)


def has_checkable_proof(document: Any) -> bool:
    """A JSON document with an embedded proof of a suite this wallet verifies."""
    if not isinstance(document, dict):
        return False
    proofs = as_list(document.get("proof"))
    return any(isinstance(p, dict) and suite_for(p) is not None for p in proofs)
