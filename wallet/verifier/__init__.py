"""The verifier mode's core (issue 14): an employer or advisor checks what a learner shows.

No wallet is needed and nothing is stored: :func:`check_received` reads an input and verifies
it, for a challenge made with :func:`new_challenge` when there is one, and returns a
:class:`Finding` (the presentation first, then each credential, then the check itself) that the
app shows and exports as JSON or PDF.
"""

from wallet.verifier.challenge import (
    CHALLENGE_LIFETIME,
    Freshness,
    IssuedChallenge,
    freshness,
    new_challenge,
)
from wallet.verifier.finding import (
    CredentialFinding,
    Finding,
    Outcome,
    PresentationFinding,
    SubjectBinding,
)
from wallet.verifier.session import check_received

__all__ = [
    "CHALLENGE_LIFETIME",
    "CredentialFinding",
    "Finding",
    "Freshness",
    "IssuedChallenge",
    "Outcome",
    "PresentationFinding",
    "SubjectBinding",
    "check_received",
    "freshness",
    "new_challenge",
]
