"""When a claim speaks of, read from its wording and from what the data covers.

- 'Inflation closed out 2022 at 5.8 %' is the rate of the year's last month (December on
  December), not the year's average (``year_end_words``).
- A period no series of the claim's metric reaches (a year before the data begins) cannot be judged,
  whichever place the claim is about: unsupported, not a question of which place.
- A claim without a period speaks of the draft's present: a yearly rate of change many years
  older (``stale_years``) does not contradict it — the data has no figure for the present.
"""

from __future__ import annotations

import datetime as dt

from ..config import Tolerances
from ..matching import ClaimContext, ReferenceIndex
from ..models import Claim, Kind
from ..periods import YEAR, Period, granularity, try_parse_period
from .observations import Observation
from .wording import holds_any


def year_end_claim(claim: Claim, tol: Tolerances) -> Claim:
    """A rate stated for a whole year with year-end wording, read as the rate of the year's last month."""
    period = try_parse_period(claim.period) if claim.period else None
    if period is None or claim.unit != "%" or granularity(period) != YEAR:
        return claim
    if not holds_any(claim.sentence, tol.year_end_words):
        return claim
    return claim.model_copy(update={"period": f"{period.end.year}-{period.end.month:02d}"})


def beyond_every_series(index: ReferenceIndex, ctx: ClaimContext, claim_period: Period | None) -> bool:
    """The claim names a period that no series the text left unplaced has any row for."""
    if claim_period is None or not ctx.unplaced:
        return False
    first, last = claim_period.start.toordinal(), claim_period.end.toordinal()
    series = [r for r in index.resources.values() if r.metric in ctx.unplaced]
    return bool(series) and not any(
        ((r.period_start <= last) & (r.period_end >= first) & r.period_valid).any() for r in series)


def outdated(lead: Observation, claim_period: Period | None, as_of: dt.date, tol: Tolerances) -> bool:
    """A claim without a period met by a latest row of a series of changes (a yearly inflation rate)
    from years before the draft (``stale_years``). A level (a share, a count) moves slowly, so its
    latest row still speaks of the present; one year's rate of change says nothing of another's."""
    return claim_period is None and lead.candidate.resource.kind is Kind.change \
        and lead.period.end.year < as_of.year - tol.stale_years
