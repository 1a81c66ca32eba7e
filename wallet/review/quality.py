"""Is it a micro-credential in the EU sense? The elements of Council Recommendation 2022/C 243/02.

Annex I of the Recommendation on a European approach to micro-credentials lists the mandatory
information a micro-credential states (1-11 below) and optional elements (prerequisites,
supervision and identity verification, grade, integration/stackability, further information).
For each credential this module says which elements its signed view states, where each was found
(the Open Badges 3.0 field), and plainly which it does not state. The mapping (issue 15):

1. the learner — ``credentialSubject.id`` / ``identifier`` / ``name`` (OB 2.0 ``recipient``);
2. the title — ``achievement.name`` (else the credential's ``name``; OB 2.0 ``badge.name``);
3. the issuer's country or region — the issuer's ``address`` (``addressCountry``,
   ``addressCountryCode``, ``addressRegion``);
4. the awarding body — the issuer's ``name``;
5. the date of issuing — ``awardedDate``, ``validFrom`` / ``issuanceDate`` (OB 2.0 ``issuedOn``);
6. the learning outcomes — ``achievement.alignment`` and ``resultDescription`` alignments (to
   ESCO or any framework); criteria text alone is not counted, only pointed at;
7. the notional workload — ``achievement.creditsAvailable`` / ``credentialSubject.creditsEarned``
   (OB 3.0 gives no unit: ECTS only when an alignment says so);
8. the level — an alignment to the EQF or QF-EHEA;
9. the type of assessment — the assessment extension's ``assessments``, else a
   ``resultDescription`` (its ``resultType`` implies a graded assessment);
10. the form of participation — no OB 3.0 field: a tag or the achievement's text naming it
    (online, on-site, blended, ...);
11. quality assurance — the issuer accreditation extension, a valid endorsement of the issuer or
    achievement, or a trust registry that lists the issuer.

Optional: the grade (``result``), integration/stackability (part of a CLR, or associations),
prerequisites (a CLR association ``isPrerequisiteOf`` / ``precedes``). Everything is read from
the signed view; nothing is guessed beyond what each note says.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from wallet.review.annex import ELEMENTS, MANDATORY, Element, Finding, find_elements
from wallet.review.portfolio import ReviewItem

__all__ = [
    "ELEMENTS",
    "Element",
    "Finding",
    "PortfolioQuality",
    "QualityReport",
    "assess",
    "portfolio_quality",
]


@dataclass(frozen=True)
class QualityReport:
    """Every element for one credential, in Annex I's order."""

    findings: tuple[Finding, ...]

    def finding(self, key: str) -> Finding:
        return next(f for f in self.findings if f.element.key == key)

    @property
    def stated(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.stated and f.element.mandatory)

    @property
    def missing(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if not f.stated and f.element.mandatory)

    @property
    def complete(self) -> bool:
        """Every mandatory element stated; the level only "where applicable"."""
        return all(f.element.key == "level" for f in self.missing)

    def conclusion(self) -> str:
        count = len(self.stated)
        if self.complete:
            return (
                f"states {count} of the {len(MANDATORY)} mandatory elements: a micro-credential "
                "in the sense of the EU Council Recommendation"
            )
        missing = ", ".join(f.element.name for f in self.missing)
        keys = {f.element.key for f in self.missing}
        kind = ""
        if {"outcomes", "assessment"} <= keys:
            kind = "; with no learning outcomes and no assessment it reads as a participation badge"
        total = len(MANDATORY)
        return f"states {count} of the {total} mandatory elements; not stated: {missing}{kind}"


@dataclass(frozen=True)
class PortfolioQuality:
    """The same across the portfolio: for each element, which items state it."""

    reports: dict[int, QualityReport]

    def stating(self, key: str) -> list[int]:
        return [i for i, r in self.reports.items() if r.finding(key).stated]

    def complete(self) -> list[int]:
        return [i for i, r in self.reports.items() if r.complete]

    def rows(self) -> list[tuple[Element, int, int]]:
        """(element, items stating it, items) in Annex I's order."""
        total = len(self.reports)
        return [(e, len(self.stating(e.key)), total) for e in ELEMENTS]


def assess(item: ReviewItem) -> QualityReport:
    """Which Annex I elements the item's signed view states, and where."""
    return QualityReport(find_elements(item))


def portfolio_quality(items: Sequence[ReviewItem]) -> PortfolioQuality:
    return PortfolioQuality({item.index: assess(item) for item in items})
