"""'Inflation, measured on an annual average basis, rose to 7.0 % in December 2021', 'the annual change
based on the 12-month moving average was 15.8 % in December 2019': the rate of a month that its sentence
calls an average of the past twelve months (``twelve_month_average_words``) is that average, and the
twelve months to December are the calendar year, so the figure is the year's annual average and its
yearly row judges it. To another month the same words give the twelve months ending that month, a
12-month figure the yearly rows do not cover (a different period, never a contradiction).
"""

from __future__ import annotations

import datetime as dt

from ...config import Tolerances
from ...models import Claim
from ...periods import MONTH, YEAR, granularity, try_parse_period, twelve_months_to
from ...text import surface_at
from ..wording import find_any, holds_any, normalized


def twelve_month_average_claim(claim: Claim, tol: Tolerances, as_of: dt.date | None = None) -> Claim:
    """The claim read over the twelve months its month closes, when its sentence says the rate is
    their average before the figure; else the claim as it is. Dated by a year alone 'for the same period'
    as a month the sentence names (``same_period_words``: '3.8 % in June 2022 compared to 2.2 % for the same
    period in 2021'), it is the average of the twelve months to that month of its own year."""
    period = try_parse_period(claim.period) if claim.period else None
    if period is None or claim.unit != "%" or granularity(period) not in (MONTH, YEAR):
        return claim
    if not called_twelve_month_average(claim, tol):
        return claim
    if granularity(period) == YEAR:
        month = _same_period_month(claim, tol, as_of) if as_of is not None else None
        return claim if month is None else claim.model_copy(update={"period": twelve_months_to(period.end.year, month)})
    return claim.model_copy(update={"period": twelve_months_to(period.end.year, period.end.month)})


def _same_period_month(claim: Claim, tol: Tolerances, as_of: dt.date) -> int | None:
    """The one month of the year other figures of the claim's sentence are dated by, when the sentence says the
    claim's figure is of 'the same period' (``same_period_words``) — else None."""
    if not holds_any(claim.sentence, tol.same_period_words):
        return None
    from ...matching.carried import named_periods  # (matching imports verify's neighbours: asked when needed)

    months = {parsed.end.month for p in named_periods(claim.sentence, as_of)
              if (parsed := try_parse_period(p)) is not None and granularity(parsed) == MONTH}
    return months.pop() if len(months) == 1 else None


def carried_twelve_month_average(period_text: str | None, claim: Claim, tol: Tolerances) -> str | None:
    """'The December release is out … Annual average inflation still adds up to 8 %': a rate naming no
    period of its own that its sentence calls a twelve-month average, read for a month carried from the
    text before it, is the average of the twelve months that month closes — as a month its own sentence
    names is. ``period_text``: the carried period; returned as it is for anything else."""
    period = try_parse_period(period_text) if period_text else None
    if period is None or claim.period or claim.unit != "%" or granularity(period) != MONTH \
            or not called_twelve_month_average(claim, tol):
        return period_text
    return twelve_months_to(period.end.year, period.end.month)


def called_twelve_month_average(claim: Claim, tol: Tolerances) -> bool:
    """The claim's sentence calls its figure the average of twelve months (``twelve_month_average_words``)
    before the figure: 'average annual inflation at the end of December 2021 was 6.7 %'."""
    sentence = normalized(claim.sentence)
    at = surface_at(sentence, normalized(claim.text))
    said = find_any(sentence, tol.twelve_month_average_words)
    return bool(said) and at >= 0 and said[0].start() <= at
