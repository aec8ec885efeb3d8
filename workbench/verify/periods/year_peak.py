"""'This year the monthly average at Mauna Loa peaked at 421 ppm', 'CO2 bottomed at 411 ppm in 2021', 'the first
measurements in 1958 gave about 315 ppm' (``first_reading_words``: the year's first monthly reading):
a level its sentence calls a year's peak or low (periods.json ``month_peak_words``; the lows among
them ``month_low_words``) and dates by its year alone is that year's highest (lowest) monthly
reading — not the year's average, nor its last month, which is the row a year is otherwise compared
with. Of a year not over at the draft's date, only the months published by then count: the writer
could know no later one. In an undated draft the year is taken whole.

The claim is judged again as that month's figure; agreeing, that month's row supports it. A figure
that does not agree is left as it was read (a different period, for a person): a revised row or
another station's month may explain a gap, and the rule must not make an alarm of it. With no monthly
series, a peak above the year's mean (a low below it) is no figure the mean refutes: a person decides. An exchange rate's
peak is one day's price, which no monthly average is (``day_price``): it is left alone."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

import numpy as np

from ...config import Tolerances
from ...extraction.periods import YEAR_DIGITS
from ...extraction.vocabulary import MONTHS
from ...matching import Candidate, ClaimContext, ReferenceIndex
from ...models import Claim, Kind, Verdict
from ...numbers import alternation, data_json
from ...periods import MONTH, YEAR, granularity, try_parse_period
from ...text import search_once
from ..decision import Decision, Reason
from ..observations import published_by, signed_value
from ..measures.open_substance import Decide
from ..fx.rate_clues import rate_near
from ..fx.rate_move import figure_clause
from ..fx.rates import is_rate_claim


# A month named as written ('in May'; 'may' is a verb): the sentence dates the figure by itself.
_NAMES_MONTH = re.compile(rf"(?<!\w)(?:{MONTHS})(?!\w)")


@lru_cache(maxsize=1)
def _first_words() -> re.Pattern[str]:
    """The sentence calls its figure a year's first measurements (``first_reading_words``)."""
    words = data_json("periods.json").get("first_reading_words", [])
    return re.compile(rf"\b(?:{alternation(words)})\b", re.IGNORECASE) if words else re.compile(r"(?!)")


@lru_cache(maxsize=1)
def _extreme_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(peak or low words, low words): the sentence calls its figure a year's extreme, and which one."""
    periods = data_json("periods.json")
    peaks, lows = periods.get("month_peak_words", []), periods.get("month_low_words", [])
    never = re.compile(r"(?!)")
    return (re.compile(rf"\b(?:{alternation(peaks)})\b", re.IGNORECASE) if peaks else never,
            re.compile(rf"\b(?:{alternation(lows)})\b", re.IGNORECASE) if lows else never)


_YEAR = re.compile(YEAR_DIGITS)
Which = Literal["highest", "lowest", "first"]  # which month of a year a reading is


def first_reading_claim(claim: Claim) -> Claim:
    """'The station began recording CO2 in 1958 …; its first measured value was 313 ppm': a level its sentence
    calls the first measurements, with no period of its own, in a sentence that names one year (the record's
    start) is of that year — not of the latest row, which a first reading was never meant to match."""
    if claim.period or claim.kind is not Kind.level or search_once(_first_words(), claim.sentence) is None:
        return claim
    years = {m.group() for m in _YEAR.finditer(claim.sentence)}
    return claim.model_copy(update={"period": years.pop()}) if len(years) == 1 else claim


def year_peak(decision: Decision, claim: Claim, candidates: list[Candidate], index: ReferenceIndex,
              ctx: ClaimContext, tol: Tolerances, decide: Decide) -> Decision:
    """A year's peak (or low) level read against another month of a monthly series, or against the
    year's own row (its mean) → judged again as the extreme month's figure of that year; its support
    replaces the decision (see the module's note)."""
    if not decision.lead or claim.kind is Kind.change or not claim.period:
        return decision
    year = try_parse_period(claim.period)
    lead = decision.lead[0]
    if year is None or granularity(year) != YEAR:
        return decision
    if granularity(lead.period) == YEAR:
        return _against_the_years_row(decision, claim, candidates, index, ctx, tol, decide, year.start.year)
    if decision.verdict is not Verdict.needs_review or decision.reason is not Reason.DIFFERENT_PERIOD \
            or granularity(lead.period) != MONTH:
        return decision
    extreme, low = _extreme_words()
    peak = extreme.search(claim.sentence) is not None
    first = not peak and _first_words().search(claim.sentence) is not None
    if not (peak or first) or _NAMES_MONTH.search(claim.sentence):
        return decision  # a month named ('peaked in May') dates the figure by itself
    if is_rate_claim(claim, tol, rate_near(ctx)):
        return decision  # the won's peak is a day's price: no month's average is it
    if lead.cells or lead.row is None:
        return decision
    which: Which = "first" if first else "lowest" if low.search(claim.sentence) is not None else "highest"
    month = _extreme_month(lead.candidate, lead.row, year.start.year, which, ctx, tol)
    if month is None:
        return decision
    again = decide(claim.model_copy(update={"period": month}), candidates, index, ctx, tol)
    return again if again.verdict is Verdict.supported else decision


def _against_the_years_row(decision: Decision, claim: Claim, candidates: list[Candidate], index: ReferenceIndex,
                           ctx: ClaimContext, tol: Tolerances, decide: Decide, year: int) -> Decision:
    """'CO2 at the station bottomed at 415.7 ppm in 2022', read against the year's mean: a monthly series
    among the candidates has the year's months, and the extreme one is the figure's row before the mean.
    Agreeing, it supports the figure; not agreeing, neither the mean's support nor its contradiction
    stands (the mean is no peak): a person decides, shown the month. The clause of the figure must call
    it the extreme, so 'the peak was 421 ppm, while the annual mean was 418.5 ppm' keeps the mean's."""
    clause = figure_clause(ctx) or claim.sentence
    extreme, low = _extreme_words()
    if extreme.search(clause) is None:
        return _record_month(decision, claim, candidates, index, ctx, tol, decide, year, clause)
    if _NAMES_MONTH.search(claim.sentence) \
            or is_rate_claim(claim, tol, rate_near(ctx)):
        return decision
    which: Which = "lowest" if low.search(clause) is not None else "highest"
    for candidate in candidates:
        month = _extreme_month(candidate, None, year, which, ctx, tol)
        if month is None:
            continue
        # the monthly series alone: the mean's row covers the month too, and would be read again
        again = decide(claim.model_copy(update={"period": month}), [candidate], index, ctx, tol)
        if again.verdict is Verdict.supported:
            return again
        shown = again if again.lead and again.lead[0].period.start.year == year else decision
        return shown.for_review(Reason.DIFFERENT_PERIOD)
    if decision.verdict is Verdict.contradicted and _past_the_mean(claim, decision.lead[0].observed, which):
        # no months to read ('inflation peaked at 5,000 % in 1993' against yearly averages only): a peak above
        # the year's mean (a low below it) is what a peak is, so the mean does not refute it
        return decision.for_review(Reason.DIFFERENT_PERIOD)
    return decision


def _past_the_mean(claim: Claim, mean: float, which: Which) -> bool:
    """The claimed extreme stands on its own side of the year's mean: a peak above it, a low below it."""
    claimed = signed_value(claim)
    return claimed < mean if which == "lowest" else claimed > mean


@lru_cache(maxsize=1)
def _record_words() -> re.Pattern[str]:
    """The clause calls its figure a record (periods.json ``year_record_words``)."""
    words = data_json("periods.json").get("year_record_words", [])
    return re.compile(rf"\b(?:{alternation(words)})\b", re.IGNORECASE) if words else re.compile(r"(?!)")


def _record_month(decision: Decision, claim: Claim, candidates: list[Candidate], index: ReferenceIndex,
                  ctx: ClaimContext, tol: Tolerances, decide: Decide, year: int, clause: str) -> Decision:
    """'The record of 414.8 ppm set last year', contradicted by the year's mean: a record is a reading, so the
    year's highest month, when its row agrees, supports it; else the mean's reading stands. A month named in
    the sentence does not stop it: the claim's own period is the year, so the month is another figure's."""
    if decision.verdict is not Verdict.contradicted or _record_words().search(clause) is None \
            or is_rate_claim(claim, tol, rate_near(ctx)):
        return decision
    for candidate in candidates:
        month = _extreme_month(candidate, None, year, "highest", ctx, tol)
        if month is None:
            continue
        again = decide(claim.model_copy(update={"period": month}), [candidate], index, ctx, tol)
        if again.verdict is Verdict.supported:
            return again
    return decision


def _extreme_month(candidate: Candidate, row: int | None, year: int, which: Which, ctx: ClaimContext,
                   tol: Tolerances) -> str | None:
    """The month ('2022-05') of ``year`` that is ``which`` (the highest, the lowest or the first) of ``candidate``'s
    monthly rows (of the dimensions of ``row``, when given; else the months must all share theirs), of
    the months published by a dated draft's date."""
    res = candidate.resource
    here: int | None = None
    if row is not None:
        here = res.position_of_row(row)
        if here is None:
            return None
    months: dict[str, float] = {}
    for pos in candidate.positions.tolist():
        period = res.periods[res.period_codes[pos]]
        if period is None or granularity(period) != MONTH or period.start.year != year:
            continue
        if here is None:
            here = pos  # the first month's dimensions: every other month must share them
        if any(res.dim_codes[d][pos] != res.dim_codes[d][here] for d in res.dims):
            if row is None:
                return None  # months of several places or series: no one extreme
            continue
        if ctx.dated and not published_by(period, ctx.as_of, tol):
            continue
        value = float(res.values[pos])
        if not np.isnan(value):
            months[f"{year:04d}-{period.start.month:02d}"] = value
    if not months:
        return None
    if which == "first":
        return min(months)  # 'YYYY-MM' sorts by month
    return (min if which == "lowest" else max)(months, key=months.__getitem__)
