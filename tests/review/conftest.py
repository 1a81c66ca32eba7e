"""A portfolio an advisor meets: valid, expired, tampered, unverifiable and wrong-holder items,
genuinely signed (wallet.review.sample), built once per session."""

from __future__ import annotations

import pytest

from wallet.review.portfolio import PortfolioFile, PortfolioReview, verify_portfolio
from wallet.review.sample import SAMPLE_CHALLENGE, SamplePortfolio, sample
from wallet.verify import VerifyOptions


@pytest.fixture(scope="session")
def portfolio() -> SamplePortfolio:
    return sample()


@pytest.fixture(scope="session")
def reviewed(portfolio: SamplePortfolio) -> PortfolioReview:
    files = [PortfolioFile(n, d) for n, d in portfolio.files()]
    return verify_portfolio(files, VerifyOptions(challenge=SAMPLE_CHALLENGE))
