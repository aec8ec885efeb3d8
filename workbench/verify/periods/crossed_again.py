"""'Qatar tops the ranking with 44 tons per capita', no year named: the latest row disagrees and an
old row agrees, so the figure reads as out of date — but when the series passed the figure again
between two later years (49.8 then 42.3), a text of its date may quote any of those years' releases.
Which year is meant is unknown: for review, not a stale contradiction. Unless no year of the series'
``stale_window_years`` latest fits it (``wrong_in_every_recent_year``): passing a figure between two years
meets it in none, so it is then wrong whichever recent year is meant, and stays contradicted."""

from __future__ import annotations

from ...config import Tolerances
from ...matching import ClaimContext, ReferenceIndex
from ...models import Claim, Verdict
from ...periods import YEAR, granularity
from .basis import MonthlyBasis
from ..decision import Decision, Reason
from ..observations import names_no_period, signed_value, yearly_figures
from .undated import wrong_in_every_recent_year

CROSSED = "crossed"  # MonthlyBasis.kind: the years between whose rows the series passes the figure


def crossed_years(claimed: float, by_year: dict[int, float]) -> tuple[int, int] | None:
    """The latest two consecutive years whose figures lie on either side of ``claimed``."""
    for year in sorted(by_year, reverse=True):
        before = by_year.get(year - 1)
        if before is not None and min(before, by_year[year]) <= claimed <= max(before, by_year[year]):
            return year - 1, year
    return None


def crossed_again(decision: Decision, claim: Claim, ctx: ClaimContext, index: ReferenceIndex,
                  tol: Tolerances) -> Decision:
    """A STALE contradiction of a figure naming no period (nor carrying one) whose series passes the
    figure between two years after the agreeing row → needs_review, naming those years."""
    if decision.reason is not Reason.STALE or decision.verdict is not Verdict.contradicted \
            or not names_no_period(claim, ctx) or len(decision.lead) < 2 \
            or wrong_in_every_recent_year(decision, claim, ctx, index, tol):
        return decision
    now, then = decision.lead[0], decision.lead[1]
    if granularity(now.period) != YEAR or then.candidate is not now.candidate:
        return decision
    figures = {year: value for year, value in yearly_figures(now).items()
               if then.period.start.year < year <= now.period.start.year}
    crossed = crossed_years(signed_value(claim), figures)
    if crossed is None:
        return decision
    words = f"{crossed[0]} and {crossed[1]}"
    return decision.for_review(Reason.DIFFERENT_PERIOD, basis=MonthlyBasis(words, "sentence", False, CROSSED))
