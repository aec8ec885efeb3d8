"""'This year the monthly average at Mauna Loa peaked at 421 ppm', 'CO2 bottomed at 411 ppm in 2021':
a level its sentence calls a year's peak or low (periods.json ``month_peak_words``; the lows among
them ``month_low_words``) and dates by its year alone is that year's highest (lowest) monthly
reading — not the year's average, nor its last month, which is the row a year is otherwise compared
with. Of a year not over at the draft's date, only the months published by then count: the writer
could know no later one. In an undated draft the year is taken whole.

The claim is judged again as that month's figure; agreeing, that month's row supports it. A figure
that does not agree is left as it was read (a different period, for a person): a revised row or
another station's month may explain a gap, and the rule must not make an alarm of it. An exchange rate's
peak is one day's price, which no monthly average is (``day_price``): it is left alone."""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from ..config import Tolerances
from ..extraction.vocabulary import MONTHS
from ..matching import Candidate, ClaimContext, ReferenceIndex
from ..models import Claim, Kind, Verdict
from ..numbers import alternation, data_json
from ..periods import MONTH, YEAR, granularity, try_parse_period
from .decision import Decision, Reason
from .observations import Observation, published_by
from .open_substance import Decide
from .rate_clues import rate_near
from .rates import is_rate_claim


# A month named as written ('in May'; 'may' is a verb): the sentence dates the figure by itself.
_NAMES_MONTH = re.compile(rf"(?<!\w)(?:{MONTHS})(?!\w)")


@lru_cache(maxsize=1)
def _extreme_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(peak or low words, low words): the sentence calls its figure a year's extreme, and which one."""
    periods = data_json("periods.json")
    peaks, lows = periods.get("month_peak_words", []), periods.get("month_low_words", [])
    never = re.compile(r"(?!)")
    return (re.compile(rf"\b(?:{alternation(peaks)})\b", re.IGNORECASE) if peaks else never,
            re.compile(rf"\b(?:{alternation(lows)})\b", re.IGNORECASE) if lows else never)


def year_peak(decision: Decision, claim: Claim, candidates: list[Candidate], index: ReferenceIndex,
              ctx: ClaimContext, tol: Tolerances, decide: Decide) -> Decision:
    """A year's peak (or low) level read against another month of a monthly series → judged again as
    the extreme month's figure of that year; its support replaces the decision (see the module's note)."""
    if decision.verdict is not Verdict.needs_review or decision.reason is not Reason.DIFFERENT_PERIOD \
            or not decision.lead or claim.kind is Kind.change or not claim.period:
        return decision
    year = try_parse_period(claim.period)
    lead = decision.lead[0]
    if year is None or granularity(year) != YEAR or granularity(lead.period) != MONTH:
        return decision
    extreme, low = _extreme_words()
    if extreme.search(claim.sentence) is None or _NAMES_MONTH.search(claim.sentence):
        return decision  # a month named ('peaked in May') dates the figure by itself
    if is_rate_claim(claim, tol, rate_near(ctx)):
        return decision  # the won's peak is a day's price: no month's average is it
    month = _extreme_month(lead, year.start.year, low.search(claim.sentence) is not None, ctx, tol)
    if month is None:
        return decision
    again = decide(claim.model_copy(update={"period": month}), candidates, index, ctx, tol)
    return again if again.verdict is Verdict.supported else decision


def _extreme_month(lead: Observation, year: int, lowest: bool, ctx: ClaimContext, tol: Tolerances) -> str | None:
    """The month ('2022-05') of ``year`` with the highest (``lowest``: lowest) figure of ``lead``'s series
    (its resource, the same place and other dimensions), of the months published by a dated draft's date."""
    res = lead.candidate.resource
    at = np.flatnonzero(res.rows == lead.row) if lead.row is not None else np.array([], dtype=np.int64)
    if lead.cells or len(at) != 1:
        return None
    here = int(at[0])
    months: dict[str, float] = {}
    for pos in lead.candidate.positions.tolist():
        period = res.periods[res.period_codes[pos]]
        if period is None or granularity(period) != MONTH or period.start.year != year \
                or any(res.dim_codes[d][pos] != res.dim_codes[d][here] for d in res.dims):
            continue
        if ctx.dated and not published_by(period, ctx.as_of, tol):
            continue
        value = float(res.values[pos])
        if not np.isnan(value):
            months[f"{year:04d}-{period.start.month:02d}"] = value
    if not months:
        return None
    return (min if lowest else max)(months, key=months.__getitem__)
