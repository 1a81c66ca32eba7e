"""The career advisor's review of a learner's portfolio (issue 15). No Qt here.

- :func:`verify_portfolio` verifies every input at once into a :class:`PortfolioReview` of
  :class:`ReviewItem` s and the :class:`HolderBinding` (:mod:`wallet.review.portfolio`,
  :mod:`wallet.review.holder`); :func:`read_paths` reads files and folders.
- :func:`overview` aggregates the skills (:mod:`wallet.review.skills`); :func:`match_job` and
  :func:`match_framework` match them against a job description or a framework, with ESCO's
  labels (:func:`esco_index`); :func:`assess` says which EU micro-credential elements a
  credential states (:mod:`wallet.review.quality`).
- :func:`review_json` is the ``review --json`` contract; :class:`ReviewReport` what the report
  PDF prints.
- :class:`ReviewDesk` keeps each learner's portfolio in an encrypted :class:`Workspace`
  (:mod:`wallet.review.desk`, :mod:`wallet.review.workspace`).
"""

from __future__ import annotations

from wallet.review.contract import review_json, review_text
from wallet.review.desk import DeskEntry, ReviewDesk
from wallet.review.esco import ATTRIBUTION, EscoIndex, esco_index
from wallet.review.holder import HolderBinding, PresentationBinding
from wallet.review.inputs import read_paths
from wallet.review.job import JobMatch, JobSkill, match_framework, match_job
from wallet.review.portfolio import (
    PortfolioFile,
    PortfolioReview,
    ReviewItem,
    Unreadable,
    verify_portfolio,
)
from wallet.review.quality import QualityReport, assess, portfolio_quality
from wallet.review.report import ReviewReport
from wallet.review.skills import Skill, SkillsOverview, overview
from wallet.review.workspace import Workspace, WorkspaceCard

__all__ = [
    "ATTRIBUTION",
    "DeskEntry",
    "EscoIndex",
    "HolderBinding",
    "JobMatch",
    "JobSkill",
    "PortfolioFile",
    "PortfolioReview",
    "PresentationBinding",
    "QualityReport",
    "ReviewDesk",
    "ReviewItem",
    "ReviewReport",
    "Skill",
    "SkillsOverview",
    "Unreadable",
    "Workspace",
    "WorkspaceCard",
    "assess",
    "esco_index",
    "match_framework",
    "match_job",
    "overview",
    "portfolio_quality",
    "read_paths",
    "review_json",
    "review_text",
    "verify_portfolio",
]
