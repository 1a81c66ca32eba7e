"""The DCC document loader numbers CBOR-LD terms exactly as our encoder does.

CBOR-LD term ids come from the contents of each context (``wallet/formats/cborld/numbering.py``),
so a ``VP1-`` code reads the same on both sides only when every context it names has the same
terms on both sides. Here the loader Learner Credential Wallet and VerifierPlus use
(``@digitalcredentials/security-document-loader``, as published) lists what it carries, and each
document is compared with what our encoder numbers with. It tells when a new DCC release changes
a context, before a QR code does.
"""

from __future__ import annotations

from tests.interop.conftest import DccStack
from wallet.formats.cborld import DCC
from wallet.formats.cborld.numbering import OB_303, bundled_loader
from wallet.jsonld import default_store

# Not context URLs a credential names: the DCC's own alias keys for the OB 3.0 beta context.
DCC_ALIASES = {"OBv3_beta", "https://imsglobal.github.io/openbadges-specification/ob_v3p0.html"}


def test_the_dcc_loader_serves_what_our_encoder_numbers_with(dcc: DccStack) -> None:
    theirs = dcc.run("loader-contexts", {})
    ours = DCC.loader(bundled_loader)
    shared = sorted(url for url in theirs if default_store().knows(url))
    assert set(theirs) - set(shared) == DCC_ALIASES
    assert OB_303 in shared and len(shared) >= 15
    different = [url for url in shared if theirs[url] != ours(url)]
    assert different == []
    # The copy the verifier uses for 3.0.3 is not the one the DCC apps carry: why they differ.
    validator = bundled_loader(OB_303)["@context"]
    assert set(validator) - set(theirs[OB_303]["@context"]) == {"endorsementJwt", "jti"}
