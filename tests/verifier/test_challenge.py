"""The verifier's challenge as it travels: the request JSON and a bare challenge read back,
hostile text refused with one sentence, and freshness judged against when it was issued."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wallet.errors import InputError
from wallet.present.challenge import MAX_CHALLENGE_CHARS, ChallengeRequest, read_challenge
from wallet.verifier import IssuedChallenge, freshness, new_challenge
from wallet.verify.report import ProofFacts, Status

NOW = datetime(2026, 5, 4, 10, 0, tzinfo=UTC)


def test_the_request_a_verifier_shows_is_read_back() -> None:
    request = ChallengeRequest("Xy7-4QZ_9", "jobs.example.com")
    text = request.to_text()
    assert '"DIDAuthentication"' in text and " " not in text
    assert read_challenge(text) == request
    assert read_challenge("  Xy7-4QZ_9\n") == ChallengeRequest("Xy7-4QZ_9")
    with_origin = '{"challenge": "abc", "domain": "https://hr.example:8443"}'
    assert read_challenge(with_origin).domain == "https://hr.example:8443"


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("", "empty"),
        ("two words", "spaces"),
        ("abc\u202edef", "invisible"),
        ("x" * (MAX_CHALLENGE_CHARS + 1), "at most"),
        ('{"domain": "a.example"}', "no challenge"),
        ('{"challenge": 42}', "no challenge"),
        ('{"challenge": "ok", "domain": "not a host"}', "not a host name"),
        ('{"challenge": "ok", "domain": "https://a.example/path"}', "not an origin"),
        ('{"challenge": "ok", "domain": ["a.example"]}', "not a text"),
        ("[1, 2]", "spaces"),
        ("{broken", "not readable JSON"),
        ("VP1-BAAAA", "not a verifier's challenge"),
        ("y" * 5000, "far shorter"),
    ],
)
def test_what_is_no_challenge_is_refused_with_a_sentence(text: str, why: str) -> None:
    with pytest.raises(InputError, match=why):
        read_challenge(text)


@given(st.text(max_size=600))
def test_any_text_is_a_challenge_or_one_input_error(text: str) -> None:
    try:
        request = read_challenge(text)
    except InputError as exc:
        assert str(exc) and "\n" not in str(exc)
    else:
        assert request.challenge and not any(c.isspace() for c in request.challenge)
        assert read_challenge(request.to_text()) == request


@given(
    st.text(
        alphabet=st.characters(blacklist_categories=("Cc", "Cf", "Zs", "Zl", "Zp", "Cs")),
        min_size=1,
        max_size=MAX_CHALLENGE_CHARS,
    ).filter(lambda t: not any(c.isspace() for c in t))
)
def test_every_visible_challenge_survives_the_qr_text(challenge: str) -> None:
    assert read_challenge(ChallengeRequest(challenge).to_text()).challenge == challenge


def _proof(created: datetime | None, verified: bool = True) -> ProofFacts:
    return ProofFacts(verified, "did:key:z6Mk", "authentication", created and created.isoformat())


def test_freshness_against_the_challenge() -> None:
    issued = new_challenge(lambda: NOW, "hr.example", make=lambda: "c1")
    assert issued == IssuedChallenge(ChallengeRequest("c1", "hr.example"), NOW)
    later = NOW + timedelta(minutes=2)
    assert freshness((_proof(NOW + timedelta(minutes=1)),), issued, later).status is Status.PASS
    before = freshness((_proof(NOW - timedelta(hours=2)),), issued, later)
    assert before.status is Status.FAIL and "before this challenge was issued" in before.message
    late = freshness((_proof(NOW + timedelta(hours=2)),), issued, NOW + timedelta(hours=3))
    assert late.status is Status.WARN and "120 minutes after" in late.message
    future = freshness((_proof(NOW + timedelta(days=1)),), issued, later)
    assert future.status is Status.FAIL and "in the future" in future.message
    assert freshness((_proof(None),), issued, later).status is Status.WARN
    assert freshness((_proof(NOW, verified=False),), issued, later).status is Status.SKIP


def test_without_a_challenge_an_old_presentation_is_a_warning() -> None:
    old = freshness((_proof(NOW - timedelta(days=3)),), None, NOW)
    assert old.status is Status.WARN and "3 days ago" in old.message
    recent = freshness((_proof(NOW - timedelta(minutes=3)),), None, NOW)
    assert recent.status is Status.WARN and "not for a challenge of yours" in recent.message
