"""The verifier's side of a challenge: a fresh one made when asked, and what makes a presentation
fresh for it.

A challenge is 128 random bits (:func:`wallet.present.presentation.random_challenge`) made when
the employer presses "New challenge". A presentation answers it when its holder proof carries it
(the pipeline's ``holder`` check) and was made after it was issued: a proof ``created`` before
the challenge existed is impossible for an honest wallet, so it is refused. A proof made long
after is only late, and says so. Without a challenge, the only evidence of freshness is the
proof's own ``created``: an old one is a warning, since anyone holding a copy can show it again
(VC-DI 1.0 §2.1.2 and its "Replay attacks" note: that is why verifiers send a challenge).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from wallet.present.challenge import ChallengeRequest
from wallet.present.presentation import random_challenge
from wallet.verify.dates import parse_datetime
from wallet.verify.report import ProofFacts, Status
from wallet.wording import plain

__all__ = [
    "CHALLENGE_LIFETIME",
    "CLOCK_SKEW",
    "STALE_AFTER",
    "Freshness",
    "IssuedChallenge",
    "freshness",
    "new_challenge",
]

# An interview, with a margin: answers later than this were kept, not made on the spot.
CHALLENGE_LIFETIME = timedelta(minutes=30)
# Two computers' clocks disagree by this much without either being wrong.
CLOCK_SKEW = timedelta(minutes=5)
# With no challenge, a presentation older than this may be a copy shown again.
STALE_AFTER = timedelta(days=1)


@dataclass(frozen=True)
class IssuedChallenge:
    """A challenge the verifier made, and when."""

    request: ChallengeRequest
    issued: datetime

    @property
    def challenge(self) -> str:
        return self.request.challenge

    @property
    def domain(self) -> str | None:
        return self.request.domain


def new_challenge(
    clock: Callable[[], datetime],
    domain: str | None = None,
    make: Callable[[], str] = random_challenge,
) -> IssuedChallenge:
    """A fresh challenge for ``domain`` (None: any), issued now by ``clock``."""
    return IssuedChallenge(ChallengeRequest(make(), domain or None), clock())


@dataclass(frozen=True)
class Freshness:
    """Whether a presentation was made for now: ``status`` pass, warn or fail, and why."""

    status: Status
    message: str
    created: datetime | None = None


def freshness(
    proofs: tuple[ProofFacts, ...], issued: IssuedChallenge | None, now: datetime
) -> Freshness:
    """How fresh the verified holder proofs are, against ``issued`` when there is a challenge."""
    made = [parse_datetime(p.created) for p in proofs if p.verified and p.created]
    times = [t for t in made if t is not None]
    if not any(p.verified for p in proofs):
        return Freshness(Status.SKIP, "not checked: no holder proof verified")
    if not times:
        return Freshness(
            Status.WARN,
            "the holder proof does not say when it was made, so it may be an old copy",
        )
    created = max(times)
    when = plain(created.isoformat(timespec="seconds"))
    if created > now + CLOCK_SKEW:
        return Freshness(
            Status.FAIL, f"the holder proof says it was made at {when}, in the future", created
        )
    if issued is not None:
        if created < issued.issued - CLOCK_SKEW:
            return Freshness(
                Status.FAIL,
                f"the holder proof was made at {when}, before this challenge was issued "
                f"({issued.issued.isoformat(timespec='seconds')}): it cannot answer it",
                created,
            )
        late = created - issued.issued
        if late > CHALLENGE_LIFETIME:
            minutes = int(late.total_seconds() // 60)
            return Freshness(
                Status.WARN,
                f"made at {when}, {minutes} minutes after the challenge was issued",
                created,
            )
        return Freshness(Status.PASS, f"made at {when}, after the challenge was issued", created)
    age = now - created
    if age > STALE_AFTER:
        return Freshness(
            Status.WARN,
            f"made at {when}, {age.days} day{'' if age.days == 1 else 's'} ago, and not for a "
            "challenge of yours: anyone "
            "holding a copy could show it; ask for one signed for a new challenge",
            created,
        )
    return Freshness(
        Status.WARN,
        f"made at {when}, but not for a challenge of yours, so it could be a copy",
        created,
    )
