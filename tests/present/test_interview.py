"""Interview mode's codes: one presentation code when it fits the screen, else one code each
signed for the same challenge, link codes when a presentation is too dense, and the densest
version a screen allows at 4 px a module; the LinkedIn link from the signed view."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from urllib.parse import parse_qs, urlsplit

import pytest

from wallet.demo import DemoIssuer
from wallet.present.holder import HolderKey
from wallet.present.interview import InterviewDeck
from wallet.present.linkedin import linkedin_add_url
from wallet.present.presentation import PresentationRequest, Purpose
from wallet.present.qr import MIN_MODULE_PX, QUIET_ZONE, max_version_for, module_px_for
from wallet.verify import Verdict, VerifyOptions, verify_document, verify_input

NOW = datetime(2026, 3, 2, 9, tzinfo=UTC)


@pytest.fixture(scope="module")
def holder() -> HolderKey:
    return HolderKey.generate(NOW)


def _items(holder: HolderKey, count: int, **extra: object) -> list[tuple[object, object, str]]:
    issuer = DemoIssuer()
    items = []
    for n in range(count):
        credential = issuer.achievement_credential(f"Skill {n}", subject_id=holder.did, **extra)
        items.append((credential, verify_document(credential, VerifyOptions()).view, f"#{n}"))
    return items


def _request(challenge: str = "interview-7") -> PresentationRequest:
    return PresentationRequest(challenge=challenge, purpose=Purpose.ASSERTION_METHOD)


@pytest.mark.parametrize(("side", "version"), [(628, 33), (580, 30), (740, 40), (100, 0)])
def test_the_densest_code_a_screen_shows_at_four_pixels_a_module(side: int, version: int) -> None:
    assert max_version_for(side) == version
    if version:
        modules = 17 + 4 * version + 2 * QUIET_ZONE
        assert modules * MIN_MODULE_PX <= side
        assert max_version_for(side) == 40 or (modules + 4) * MIN_MODULE_PX > side


def test_two_credentials_that_fit_share_one_code(holder: HolderKey) -> None:
    deck = InterviewDeck(_items(holder, 2), holder, _request(), max_version=40)
    assert deck.plan() == 1
    slide = deck.slide(0)
    assert slide.code is not None and slide.kind == "presentation"
    assert [s.name for s in slide.credentials] == ["Skill 0", "Skill 1"]
    report = verify_input(slide.code.text.encode(), VerifyOptions(challenge="interview-7"))
    assert report.verdict is Verdict.VALID and len(report.credentials) == 2
    with pytest.raises(IndexError):
        deck.slide(1)


def test_when_one_code_is_too_dense_each_credential_gets_its_own(holder: HolderKey) -> None:
    deck = InterviewDeck(_items(holder, 3), holder, _request(), max_version=33)
    assert deck.plan() == 3
    for index in range(3):
        slide = deck.slide(index)
        assert slide.code is not None and slide.code.version <= 33
        assert slide.credentials[0].name == f"Skill {index}" and slide.credentials[0].issuer
        report = verify_input(slide.code.text.encode(), VerifyOptions(challenge="interview-7"))
        assert report.verdict is Verdict.VALID
    assert module_px_for(deck.slide(0).code, 628) >= MIN_MODULE_PX


def test_a_tiny_screen_gets_a_link_or_the_reason(holder: HolderKey) -> None:
    public = _items(holder, 1, credential_id="https://badges.example.edu/c/42")
    link = InterviewDeck(public, holder, _request(), max_version=8)
    link.plan()
    slide = link.slide(0)
    assert slide.kind == "link" and slide.code is not None
    assert slide.code.text == "https://badges.example.edu/c/42"
    nothing = InterviewDeck(_items(holder, 1), holder, _request(), max_version=8)
    nothing.plan()
    slide = nothing.slide(0)
    assert slide.code is None and slide.kind == "none" and "--" not in slide.message
    assert "presentation file" in slide.message


def test_without_a_challenge_the_deck_signs_every_code_for_one_random_one(holder) -> None:
    deck = InterviewDeck(_items(holder, 2), holder, PresentationRequest(), max_version=20)
    assert deck.plan() == 2
    challenges = {deck.slide(i).presentation["proof"]["challenge"] for i in range(2)}
    assert challenges == {deck.challenge}


def test_the_linkedin_link_carries_the_signed_name_issuer_dates_and_public_url(holder) -> None:
    (item,) = _items(holder, 1, credential_id="https://badges.example.edu/c/42")
    url = linkedin_add_url(item[1])
    parts = urlsplit(url)
    assert (parts.scheme, parts.netloc, parts.path) == ("https", "www.linkedin.com", "/profile/add")
    query = parse_qs(parts.query)
    assert query["startTask"] == ["CERTIFICATION_NAME"] and query["name"] == ["Skill 0"]
    assert query["organizationName"][0].startswith("Learner Wallet Demo")
    assert query["issueYear"][0].isdigit() and 1 <= int(query["issueMonth"][0]) <= 12
    assert query["certUrl"] == ["https://badges.example.edu/c/42"]
    (private,) = _items(holder, 1)
    assert "certUrl" not in parse_qs(urlsplit(linkedin_add_url(private[1])).query)
    assert json.dumps(query)  # plain strings only
