"""Claim × ranked candidates → a decision: the verdict, why (``Reason``), flags and the leading evidence.

Nothing here words a sentence; ``explain`` does that from the decision.

Evidence is ranked by score, then current period before older ones, a figure read directly
before a computed one, the newest period, the smallest deviation — and, when all of that ties
(two sources giving the same figure), by resource name and then row number (``Observation.origin``),
so the order is total and the same in every process, whatever its hash seed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import re
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

from ..config import Tolerances
from ..matching import Candidate, ClaimContext, MatchMode, ReferenceIndex
from ..matching.scoring import candidates_of
from ..matching.wide import other_column
from ..matching.variants import another_station_said, samples_the_whole
from ..matching.carried import period_carried_to
from ..matching.context import MissingValue
from ..matching.generic import is_generic
from ..matching.present_perfect import past_reached_before, present_perfect_before
from ..extraction.kinds import RESTATED_TAIL
from ..extraction.periods import change_end_years_before, in_present_clause
from ..models import Claim, Direction, Flag, Kind, Qualifier, Verdict
from ..numbers import lexicon
from ..substances import claim_substance, is_mixture, substance_said_before, tags
from ..places import Places, is_marker
from ..periods import (DAY, MONTH, MULTI_YEAR, QUARTER, TRAILING_12, YEAR, YEAR_TO_DATE, Period, granularity,
                       try_parse_period, year_holding_most)
from ..unit_families import COUNT_FAMILY, unit_family
from ..text import clause_around, clause_break_between, clause_span, surface_at, token_set
from ..units import PERCENT_OR_PP, PERCENT_UNITS, RELATIVE_UNITS, is_money
from .observations import (
    FISCAL_YEAR_MEAN,
    Observation,
    count_of_another_day,
    covers,
    finer_than_rows,
    names_any,
    names_no_period,
    observe_change,
    observe_direct,
    observe_per_capita,
    observe_share,
    observe_quarter_mean,
    observe_span,
    published_by,
    row_places,
    short_change_step,
    unheld_group,
    signed_value,
)
from .periods.base_words import base_year_after
from .periods.carried_span import list_average
from .periods.basis import BEHIND, PRESENT, MonthlyBasis, annual_rate, monthly_basis
from .measures.series import (economy_growth_said, nominal_said, rate_market_said, implied_variant, other_series, preferred_measure, price_component_only, price_measure_unsaid,
                               price_words_unsaid, qualified_candidates)
from .periods.moving_average import carried_twelve_month_average
from .periods.month_on_month import month_change_series, month_change_unheld, month_on_month_said
from .periods.timing import (year_not_over, average_at_period_end, beyond_every_series, fiscal_against_calendar, outdated, reported_average, short_change,
                     stock_row_year, unpublished_year_rate)
from .fx.rates import (is_rate_claim, only_same_period, rate_candidates, rate_change_candidates, rate_period,
                       year_average_at_its_close)
from .fx.named_rate import named_rate_candidates
from .fx.cross_rate import cross_change_candidates, cross_rate_candidates
from .fx.rate_clues import rate_earlier, rate_near
from .rivals import difference_of_stated_ends, is_rival, peak_against_year, present_against_finished_year
from .tolerance import CONTRADICTS, SUPPORTS, UNSURE, band_for, log_ratio
from .measures.nominal import named_only_by_file_id, nominal_beside_level
from .measures.pinned import emissions_of_uncovered_place, pinned_by_fraction, pinned_by_per_head, pinned_by_prices, pinned_by_unit
from .wording import find_any_in_place, holds_any

if TYPE_CHECKING:
    from .fx.conversion import Conversion
    from .periods.data_end_span import DataEndSpan

# Candidates scoring within this of the best are "about equally" good matches.
AMBIGUITY_MARGIN = 0.08
# Below this metric score a match is weak: support is flagged, contradiction goes to review.
STRONG_METRIC = 0.75


class Reason(StrEnum):
    """Which branch of the decision gave the verdict."""

    NO_MATCH = "no_match"  # nothing in the reference data matches the claim
    PLACE_NOT_COVERED = "place_not_covered"  # the metric matches, its rows are about other places
    PLACE_UNNAMED = "place_unnamed"  # the metric matches rows about many places; the text names none
    NO_FIGURE = "no_figure"  # candidates, but none has a figure for the claim's period
    DIFFERENT_PERIOD = "different_period"  # only figures for an overlapping, different period
    SUPPORTED_WITHIN_TOLERANCE = "supported_within_tolerance"
    WEAK_MATCH = "weak_match"  # supported, but the match is weak or the series not pinned down
    AMBIGUOUS = "ambiguous"  # supported by one metric, another fits as well and disagrees
    STALE = "stale"  # contradicted for the period, supported by an older one
    UNDECIDABLE = "undecidable"  # the figure is the claim's own boundary ('more than 60', data 60)
    ONLY_OLDER_PERIOD = "only_older_period"  # nothing for the period; an older figure agrees
    DIMENSION_UNNAMED = "dimension_unnamed"  # contradicted, but the text does not say which series
    UNCERTAIN_CONTRADICTION = "uncertain_contradiction"  # contradicted by a weak or spread match
    CONTRADICTED = "contradicted"
    NEAREST_OTHER_PERIOD = "nearest_other_period"  # nothing agrees or disagrees for the period
    YEAR_MIXUP = "year_mixup"  # contradicted for the period, supported by a later one ('the 2022 figure')
    SCALE_SLIP = "scale_slip"  # contradicted by a slip of the pen: thousand / million / billion
    SEPARATOR_READING = "separator_reading"  # a slip of a thousand that is the other reading of its one separator
    WRONG_MEASURE = "wrong_measure"  # off by a factor no slip explains: probably another measure
    SUPPORTED_BY_LATER_DATA = "supported_by_later_data"  # supported only by a figure published after the draft
    POSTDATED_EVIDENCE = "postdated_evidence"  # contradicted only by a figure published after the draft
    POINTS_NOT_PERCENT = "points_not_percent"  # 'fell 0.9 %' where the rate fell 0.9 points
    PERCENT_NOT_POINTS = "percent_not_points"  # 'fell 14 points' where the rate fell 14 %
    AVERAGE_UNCLEAR = "average_unclear"  # 'grew 13.8 % a year': between the compound and the mean rate
    OTHER_SERIES = "other_series"  # the text names a variant the data does not hold ('core CPI')
    MONTH_ON_MONTH = "month_on_month"  # a change over one month ('on a monthly basis'); the data holds annual rates
    MEASURE_UNNAMED = "measure_unnamed"  # nothing names the measure; one series of the place holds the figure
    WIDER_SERIES = "wider_series"  # judged against a whole the claim names one part of ('fossil fuels' of '… and cement')
    MONTHLY_AVERAGE = "monthly_average"  # an average of monthly figures over years against the mean of annual rows
    PROJECTION = "projection"  # the text calls the figure a projection; the row is the outturn
    POLICY_TARGET = "policy_target"  # the text calls the figure a target; the data holds outturns only
    STANDING_MEASURE = "standing_measure"  # a ranking's figure beyond every year of the series: another measure?
    UNDATED_SUPPORT = "undated_support"  # agrees only with a figure years old, in an undated text naming no year
    UNDATED_BOUND = "undated_bound"  # a bound naming no year, in an undated text, that several periods' rows satisfy
    WRITING_TIME_READING = "writing_time_reading"  # a level said 'now' in an undated text vs a year's mean of a monthly series
    APPROX_OTHER_PERIOD = "approx_other_period"  # 'about' lets the latest row pass; another period's row meets the digits
    UNDATED_CONTRADICTION = "undated_contradiction"  # the latest row disagrees, but neither the text nor its figure has a year
    YEAR_NOT_OVER = "year_not_over"  # a year's figure in an undated text that names a day of that year as its present
    RATE_BASIS = "rate_basis"  # a year's rate the annual average misses widely; the text does not say its basis
    DAY_PRICE = "day_price"  # an exchange rate at one moment (a close, a weekday) against a longer period's average
    DAY_QUOTE_UNMATCHED = "day_quote_unmatched"  # a bare quote at one moment beside a named currency, no series matched
    CROSS_QUOTE_UNMATCHED = "cross_quote_unmatched"  # a bare quote at one moment against a held currency, its other one unread
    DAY_PRICE_OUTSIDE_MONTH = "day_price_outside_month"  # a day's rate no day of its month could have had (day_rate_band)
    MEASURE_IMPLIED = "measure_implied"  # read as the measure its counted noun or unit implies; named nowhere
    RATE_MOVE = "rate_move"  # a currency's move in percent, read from average rows: basis and sign unsure
    CURRENCY_UNNAMED = "currency_unnamed"  # a figure quoted against the base currency, of a currency no text names
    CURRENCY_UNSURE = "currency_unsure"  # a rate written with a bare '$', read in the named place's currency
    CURRENCY_NOT_HELD = "currency_not_held"  # a rate or move of a currency no exchange-rate series holds
    FORECAST_PERIOD = "forecast_period"  # a forecast naming no year (or a year past the data) vs a row of an earlier period
    SPAN_START_UNKNOWN = "span_start_unknown"  # a change over a named era whose first year nothing gives
    SPAN_BEFORE_RECORDS = "span_before_records"  # a change since an era before every row ('since pre-industrial times')
    SPAN_END_UNKNOWN = "span_end_unknown"  # an average over 'the last decade' in a draft with no date
    SPAN_AT_DATA_END = "span_at_data_end"  # an end of a move over 'the past ten years', no date: read at the data's end
    UNIT_NOT_HELD = "unit_not_held"  # a figure in points of an index, when no series counts in points
    RUN_BROKEN = "run_broken"  # 'the fourth consecutive year above 2 ppm': an earlier year of the run is not
    SUBSTANCE_SLIP = "substance_slip"  # the figure in tonnes of carbon where the text says CO2 (or the reverse)
    SUBSTANCE_UNSAID = "substance_unsaid"  # 'tons' unsaid of what: agrees as carbon only, not as CO2
    GAS_UNNAMED = "gas_unnamed"  # 'emissions' of no named gas, above the series as carbon and as CO2
    NEARER_FIGURE_ON_ROW = "nearer_figure_on_row"  # meets a row another, nearer figure of its sentence gives
    GAS_SCOPE_UNSAID = "gas_scope_unsaid"  # 'carbon emissions' in a text on greenhouse gases: carbon, CO2 or all of them
    PART_UNNAMED = "part_unnamed"  # 'the capital' by its noun alone; a table of the country's parts holds the measure
    PLACE_IN_OTHER_TABLE = "place_in_other_table"  # the series read lacks the place; a table counting the same holds it
    PLACE_IN_MEASURE_BEFORE = "place_in_measure_before"  # the series read lacks the place; the measure named just before holds it
    RATE_UNSAID = "rate_unsaid"  # an amount of a currency read as its rate only from the words around it
    CONVERSION = "conversion"  # a sum's conversion into another currency at an unnamed day's rate
    AVERAGING_SPAN = "averaging_span"  # a mean over a shorter span ('the weekly average') than the row's
    RUN_UNSAID = "run_unsaid"  # a figure said of a run of years of unsaid length ('for several years') vs one year's row
    PLACE_RATIO = "place_ratio"  # a multiple or share of one place's figure over another's: not computed
    CENSUS_COUNT = "census_count"  # a change tied to a census vs a stock's yearly estimates (a count is judged)
    COUNT_DAYS = "count_days"  # a year's change of a stock whose text counts it on another day than the rows
    ROW_DAY_COUNT = "row_day_count"  # a stock counted to the unit on the day the rows estimate, not called an estimate
    PUBLICATION_YEAR = "publication_year"  # no year but a publication's named with its own: which year it tabulates is unsaid
    GROUP_PLACE_UNCOVERED = "group_place_uncovered"  # one figure said of several places; one has no row for the period
    OTHER_COVERAGE = "other_coverage"  # a stock counted within borders its sentence says moved (an annexation) vs a row
    NET_EMISSIONS = "net_emissions"  # 'net emissions' (land use counted, removals subtracted) vs a fossil-CO2 row
    THRESHOLD_PASSED_EARLIER = "threshold_passed_earlier"  # a mark passed in a year: the monthly means passed it before


# another series whose match scores within this of the lead's fits about as well: a rival when it disagrees
RIVAL_MARGIN = 0.02


@dataclass
class Decision:
    """What ``decide`` found; ``lead`` heads the evidence and is what the explanation speaks of."""

    verdict: Verdict
    reason: Reason
    flags: list[Flag] = field(default_factory=list)
    lead: list[Observation] = field(default_factory=list)
    ranked: list[Observation] = field(default_factory=list)  # every observation, in evidence order
    disagreeing: Observation | None = None  # another source for the supporting figure's series
    not_covered: tuple[str, MissingValue] | None = None  # metric → the place its rows lack
    slip: float | None = None  # SCALE_SLIP: claimed ÷ observed, a power of a thousand
    separator: str | None = None  # SEPARATOR_READING: the written group with its one separator ('142.857')
    per_capita: bool = False  # the claim's wording makes it a per-capita figure
    likelier: Observation | None = None  # WRONG_MEASURE: another series' figure of the claim's order
    series: str | None = None  # OTHER_SERIES, MONTH_ON_MONTH: the words naming the variant ('core CPI', 'month-on-month');
    # PLACE_IN_OTHER_TABLE, PLACE_IN_MEASURE_BEFORE: the metric of the table holding the place's rows;
    # THRESHOLD_PASSED_EARLIER: the first month ('2014-04') the monthly means passed the mark;
    # CURRENCY_NOT_HELD: the code of the currency no rate series holds ('UAH'); UNIT_NOT_HELD: the unit ('points')
    coarser: tuple[str, Period] | None = None  # DIFFERENT_PERIOD with no figure: the metric, one of its longer rows
    scope: tuple[str, str, str] | None = None  # WIDER_SERIES: the part named, the part left out, the whole
    basis: MonthlyBasis | None = None  # DIFFERENT_PERIOD: what shows the text speaks of monthly rates
    projection: str | None = None  # PROJECTION, POLICY_TARGET: the words that make the figure a projection or a target
    row_day: dt.date | None = None  # DIFFERENT_PERIOD, a day's count: the day the lead's yearly row of a stock counts
    another_days_count: bool = False  # DIFFERENT_PERIOD: a count to the person that misses the lead's one-day count
    release: str | None = None  # NEAREST_OTHER_PERIOD: the words making the figure the latest period's first release
    substance: tuple[str, str] | None = None  # SUBSTANCE_*: (the substance the claim is read in, the one it agrees in)
    conversion: Conversion | None = None  # CONVERSION: the sum converted, the implied rate, the month's average
    present_day: dt.date | None = None  # YEAR_NOT_OVER: the day of the claim's year the text calls its present
    count_day: dt.date | None = None  # COUNT_DAYS, ROW_DAY_COUNT: the day the text counts the stock on
    mean_words: str | None = None  # AVERAGING_SPAN: the words calling the figure a mean over another span
    # SPAN_AT_DATA_END: the span counted back (its phrase, the data's last year, its years) and the years tried
    counted_span: tuple[DataEndSpan, int, int] | None = None

    @property
    def evidence_order(self) -> list[Observation]:
        return self.lead + [o for o in self.ranked if o not in self.lead]

    @property
    def review_flags(self) -> list[Flag]:
        """This decision's flags with ``needs_review`` once, at the end: what a reading that sends the
        claim to a person keeps (postdated, stale… still hold)."""
        return [f for f in self.flags if f is not Flag.needs_review] + [Flag.needs_review]

    def for_review(self, reason: Reason, **details: object) -> Decision:
        """This decision sent to a person for ``reason``: needs_review, its other flags kept, the
        first lead row as the evidence shown first, and the ``details`` the explanation names."""
        return dataclasses.replace(self, verdict=Verdict.needs_review, reason=reason, flags=self.review_flags,
                                   lead=self.lead[:1], **details)

    def judged(self, verdict: Verdict, reason: Reason, **details: object) -> Decision:
        """This decision judged by a reading to ``verdict`` for ``reason``: the review flag dropped, its
        other flags kept, and the ``details`` (a narrower lead, what the explanation names) applied."""
        flags = [f for f in self.flags if f is not Flag.needs_review]
        return dataclasses.replace(self, verdict=verdict, reason=reason, flags=flags, **details)


@dataclass
class _Findings:
    """The observations of the candidates that fit about equally well, split by what they say."""

    current: list[Observation]
    older: list[Observation]
    later: list[Observation]
    ranked: list[Observation]
    weak: bool
    claim_period: Period | None
    ctx: ClaimContext | None = None  # for a reading that needs the words around the claim or the draft's date

    @property
    def as_of(self) -> dt.date | None:
        return self.ctx.as_of if self.ctx is not None else None

    def with_status(self, status: int) -> list[Observation]:
        return [o for o in self.current if o.status == status]


def undated_stale_reading(decision: Decision, claim: Claim, ctx: ClaimContext) -> bool:
    """A STALE reading not yet supported of a figure naming no period of its own nor carrying one: the latest row
    disagrees and an older one (``lead[1]``) agrees, which the text around the figure may date to that row."""
    return decision.reason is Reason.STALE and decision.verdict is not Verdict.supported \
        and names_no_period(claim, ctx) and len(decision.lead) >= 2


def decide(claim: Claim, candidates: list[Candidate], index: ReferenceIndex, ctx: ClaimContext,
           tol: Tolerances) -> Decision:
    """The automatic verdict for one claim, and the reason for it."""
    decision = _decide_rows(claim, candidates, index, ctx, tol)
    if decision.reason not in _HEADLINE_ROW_REASONS:
        return decision
    # 'EU inflation' is the harmonised index, of a month or a year: the headline series' row of the place
    # neither refutes it nor is another period of it (``place_series_qualifiers``)
    if decision.lead:
        places = list(decision.lead[0].evidence.dimensions.values())
    else:  # no row of the period: the places the text named of the best candidate
        places = [v for c in candidates[:1] for d in c.resource.place_dims for v in c.matched_dims.get(d, [])]
    variant = implied_variant(claim, places, index, tol, ctx.measure_from.said if ctx.measure_from else "",
                              ctx.place_words)
    return decision if variant is None else Decision(Verdict.unsupported, Reason.OTHER_SERIES, series=variant)


# What a headline series' row of a place says of a claim it does not support: the place's own series
# (``place_series_qualifiers``) replaces these readings with other_series. A projection stays one; a row
# published after the draft is the headline series' too, so it no more judges the place's own series.
_HEADLINE_ROW_REASONS = frozenset({
    Reason.CONTRADICTED, Reason.UNCERTAIN_CONTRADICTION, Reason.DIFFERENT_PERIOD, Reason.NO_FIGURE,
    Reason.NEAREST_OTHER_PERIOD, Reason.RATE_BASIS, Reason.POINTS_NOT_PERCENT, Reason.PERCENT_NOT_POINTS,
    Reason.POSTDATED_EVIDENCE})


def _another_stations_reading(claim: Claim, candidates: list[Candidate], index: ReferenceIndex,
                              ctx: ClaimContext) -> str | None:
    """'The Zugspitze station's annual mean was 406.7 ppm': a figure of the air, read against the whole's series or
    the package's station (``samples_the_whole``), that its text says another station measured — a series no
    package holds, whatever the global rows say: the words naming the station, else None."""
    lead = candidates[0].resource if candidates else None
    if lead is None or claim.unit not in lead.units or not samples_the_whole(lead.name, index.resources):
        return None
    said = another_station_said(ctx)
    return None if said is None else f"another station's record ({said})"


def _decide_rows(claim: Claim, candidates: list[Candidate], index: ReferenceIndex, ctx: ClaimContext,
                 tol: Tolerances) -> Decision:
    rates = cross_rate_candidates(claim, index, tol, ctx.claim_offset, ctx.paragraph) or (  # 'a euro was worth 1.03 Swiss francs'
        cross_change_candidates(claim, index, tol, ctx.claim_offset)) or (  # '… won-yen rate …, down 127.7 won'
        rate_candidates(claim, index, tol, near=rate_earlier(ctx), as_of=ctx.as_of if ctx.dated else None)
        if is_rate_claim(claim, tol, rate_near(ctx))
        else named_rate_candidates(claim, index, tol, rate_near(ctx))  # '1,436.8 won' beside 'the exchange rate'
        or rate_change_candidates(claim, index, tol, rate_near(ctx)))  # 'the exchange rate … rose 78.4 won'
    # 'up 0.4 points from the previous month' is no other series: a change the yearly rows cannot show
    short = None if rates else short_change(claim, candidates, tol)
    monthly = short is not None or short_change_step(claim, try_parse_period(claim.period or ""), tol) > 0
    # 'on a monthly basis, prices rose 0.1 %', 'prices rose 0.3 % in December, while annual inflation reached
    # 8 %': a change over one month, which only a monthly index shows
    # … whatever place it is of: no package holds the series for any place, so a text naming none (or one the
    # engine cannot read) is judged so against the series of the measure it names, before the place check
    series = month_change_series(candidates, index, ctx, tol)
    one_month = None if rates or monthly else (month_on_month_said(claim, series, ctx, tol)
                                               or month_change_unheld(claim, series, ctx, tol,
                                                                      preferred_measure(claim, series, index, ctx, tol)))
    if one_month is not None:
        return Decision(Verdict.unsupported, Reason.MONTH_ON_MONTH, series=one_month)
    variant = None if monthly else rate_market_said(claim, index, ctx, tol) if rates else other_series(claim, index, ctx, tol)
    if variant is not None:
        return Decision(Verdict.unsupported, Reason.OTHER_SERIES, series=variant)
    station = None if rates else _another_stations_reading(claim, candidates, index, ctx)
    if station is not None:
        return Decision(Verdict.unsupported, Reason.OTHER_SERIES, series=station)
    uncovered = None if rates else emissions_of_uncovered_place(claim, candidates[0] if candidates else None, ctx,
                                                                 index.resources)
    if uncovered is not None:  # 'Global CO2 emissions fell 6.4 %': the emissions series lacks the world, not the air's
        return Decision(Verdict.unsupported, Reason.PLACE_NOT_COVERED, not_covered=uncovered)
    if not rates:  # 'the urban population': a variant the data holds leaves only its series (the total is another)
        candidates, variant = qualified_candidates(claim, candidates, index, ctx, tol)
        if variant is not None:
            return Decision(Verdict.unsupported, Reason.OTHER_SERIES, series=variant)
    candidates = rates or preferred_measure(claim, candidates, index, ctx, tol)
    if not rates and not monthly and economy_growth_said(claim, candidates, ctx, tol):
        # 'the economy grew 7.5 %' read against a price series (a deflator 'GDP' names, a CPI named beside it): the
        # economy's real growth is a series no package holds
        return Decision(Verdict.unsupported, Reason.OTHER_SERIES, series="real growth")
    if short is not None:
        short = short_change(claim, candidates, tol) or short  # named by the measure the words mean
        if _short_change_past_the_rows(claim, candidates, ctx):
            # '0.22 points above January's rate', said of February 2026 with the place's rows ending in 2024: no
            # row of its year, so nothing in the data is of its time (verdicts.md: a period outside the data is
            # unsupported), as the month's own rate beside it is
            return Decision(Verdict.unsupported, Reason.NEAREST_OTHER_PERIOD, coarser=short)
        return Decision(Verdict.needs_review, Reason.DIFFERENT_PERIOD, [Flag.needs_review], coarser=short)
    unsaid = price_words_unsaid(claim, ctx, tol)
    nominal_only = [c for c in candidates if _real_growth_of_nominal(claim, c, ctx, tol)]
    candidates = [c for c in candidates if not any(c is n for n in nominal_only)
                  and not price_measure_unsaid(c.resource, unsaid, tol)
                  and (rates or not price_component_only(c.resource, claim, ctx, tol))  # 'gas and other fuels (2 %)'
                  and (rates or not named_only_by_file_id(c, ctx, claim))]  # a rate's series is the currency's, not the words'

    # a sentence naming no period speaks of the one a reader carries from the text before it
    period_text = claim.period or carried_twelve_month_average(
        period_carried_to(ctx, candidates, lambda words, c: _both_of_prices(words, c, tol) or _rate_in_paragraph(ctx, rates)),
        claim, tol)
    claim_period = try_parse_period(period_text) if period_text else None
    claim_period = stock_row_year(claim_period, candidates, tol) or claim_period  # 'estimated in July of 2013'
    if rates and claim_period is not None:  # 'as of 31 December 2023, the annual average rate was 1.05': 2023's
        claim_period = year_average_at_its_close(claim_period, claim) or claim_period
    if not candidates:
        if beyond_every_series(index, ctx, claim_period):
            return Decision(Verdict.unsupported, Reason.NO_FIGURE)
        if nominal_only and not ctx.missing:
            # 'GDP grew 3.6 %' is real growth: the data holds the measure only in current prices, in no
            # year a real rate — another series, whatever period the figure speaks of
            return Decision(Verdict.unsupported, Reason.OTHER_SERIES, series="real growth")
        mixture = _mixture_named(claim)
        if mixture is not None and not ctx.missing:
            # '598.7 million tonnes of CO2e', '493 ppm CO2-equivalents': greenhouse gases in CO2-equivalent, a
            # series the text names and no package holds — not a figure whose words were left unread
            return Decision(Verdict.unsupported, Reason.OTHER_SERIES, series=mixture)
        return nothing_matches(ctx)
    candidates = _per_capita_readings(claim, candidates, index, ctx, tol, claim_period)
    candidates = [_changes_read_directly(claim, c, tol) for c in candidates]
    if rates:
        period = rate_period(claim_period, ctx)
        # an average reported in its period's last days is of the period as over
        over_by = period.end if ctx.as_of is not None and average_at_period_end(claim, period, ctx.as_of, tol) \
            else ctx.as_of
        observations = only_same_period(_observe(claim, candidates, index, ctx, tol, period), period, over_by)
    else:
        observations = _observe(claim, candidates, index, ctx, tol, claim_period)
    if not observations:
        return _part_of_a_year(claim, candidates, index, ctx, tol, claim_period, days=not rates) \
            or _area_count_of_another_day(claim, candidates, index, ctx, tol, claim_period) \
            or _share_of_unheld_group(candidates, ctx) or Decision(Verdict.unsupported, Reason.NO_FIGURE)
    best = candidates[0].score
    close = [c for c in candidates if c.score >= best - AMBIGUITY_MARGIN]
    close = _same_day_rows(close, observations, claim_period) \
        or _present_month_rows(close, observations, claim_period, ctx) or close
    # By identity: candidates hold arrays, so neither == nor hashing says which one an observation is of.
    close_ids = {id(c) for c in close}
    in_close = [o for o in observations if id(o.candidate) in close_ids]
    if not in_close:
        in_close = observations
        close = list({id(o.candidate): o.candidate for o in observations}.values())
    found = _Findings(current=_own_length_first([o for o in in_close if o.current], claim_period),
                      older=[o for o in in_close if not o.current and not o.later],
                      later=[o for o in in_close if o.later],
                      ranked=_rank(observations), weak=max(c.metric_score for c in close) < STRONG_METRIC,
                      claim_period=claim_period, ctx=ctx)
    if claim_period is not None and (granularity(claim_period) == DAY and _finer_than_rows(claim_period, close)
                                     and not any((o.period.start, o.period.end) == (claim_period.start, claim_period.end)
                                                 for o in found.current)
                                     or fiscal_against_calendar(claim, claim_period, close, tol)
                                     and not any(o.reading == FISCAL_YEAR_MEAN for o in found.current)):
        # 'reached 20 million on 14 November', 'closed 2022 at 19.50 pesos': one day's figure, and the
        # rows are averages or mid-year estimates of longer spans; 'in fiscal 2008/2009' against calendar
        # years: agreeing or not, they are another period
        lead = _nearest_in_time(found.current or in_close, claim_period)
        if _beyond_the_data(found, claim, claim_period, in_close, ctx) \
                and (granularity(claim_period) != DAY
                     or not any(_stock_counted_within_a_year(o, claim_period.start, tol) for o in in_close)):
            # 'the population on 1 January 2026 was 20.5 million' with the rows ending in 2024, 'FY 2024/25' with
            # the place's rows ending in 2023: no row of the day's year, no calendar year the fiscal year touches
            # has one, so nothing in the data is of its time (verdicts.md: a period outside the data is unsupported)
            return _decision(found, Verdict.unsupported, Reason.NEAREST_OTHER_PERIOD, [], [lead])
        decision = _decision(found, Verdict.needs_review, Reason.DIFFERENT_PERIOD, [Flag.needs_review], [lead])
        if names_any(lead.candidate.resource, tol.stock_words):  # stock_row_day is a day every year has
            decision.row_day = dt.date.fromisoformat(f"{lead.period.start.year:04d}-{tol.stock_row_day}")
        return decision
    if claim_period is not None and not found.with_status(SUPPORTS) and _finer_than_rows(claim_period, close) \
            and not any(o.period.start == claim_period.start and o.period.end == claim_period.end
                        for o in found.current):
        # 'Inflation hit 9.1 % in May' against a series of annual averages, or a count on 1 January
        # against mid-year estimates: whatever its year, the data holds no figure of the claim's kind,
        # so a figure that does not agree is not contradicted by it.
        lead = _nearest_in_time(found.current or in_close, claim_period)
        if _beyond_the_data(found, claim, claim_period, in_close, ctx):
            # 'rose to 7.1 % in April 2024' with the place's rows ending in 2023
            return _decision(found, Verdict.unsupported, Reason.NEAREST_OTHER_PERIOD, [], [lead])
        return _decision(found, Verdict.needs_review, Reason.DIFFERENT_PERIOD, [Flag.needs_review], [lead])
    if claim_period is not None and granularity(claim_period) in (MULTI_YEAR, TRAILING_12) and found.current \
            and not any(o.exact_period for o in found.current) \
            and all(_data_ends_before_year(o, _last_year_spoken_of(claim_period)) for o in in_close):
        # 'averaged 8.4 % from 2000 to 2025', or 'the last 12 months (October 2024 – September 2025)', with every
        # series ending in 2024: no figure of the span's last year, so none of the span (verdicts.md: a period
        # outside the data is unsupported) — one year's row inside it is no nearer evidence
        lead = min(found.current, key=lambda o: (-o.period.end.toordinal(), o.origin))  # the latest year
        return _decision(found, Verdict.unsupported, Reason.NEAREST_OTHER_PERIOD, [], [lead])
    if claim_period is not None and found.current \
            and _rows_shorter([(o, _change_year(claim, o.candidate, tol, claim_period) or claim_period)
                               for o in found.current]) \
            and not (claim.kind is Kind.count and found.with_status(SUPPORTS)):
        # 'Inflation was 8.3 % in 2022' against monthly rates: one month agreeing is a coincidence and
        # one disagreeing no contradiction. A count may be read on any day of the year it speaks of.
        supporting = found.with_status(SUPPORTS)
        lead = _best(supporting) if supporting else min(
            found.current, key=lambda o: (-o.period.end.toordinal(), o.origin))  # the latest part
        return _decision(found, Verdict.needs_review, Reason.DIFFERENT_PERIOD, [Flag.needs_review], [lead])
    if found.current and not any(o.exact_period for o in found.current):
        group = found.with_status(SUPPORTS) or found.with_status(UNSURE) or found.with_status(CONTRADICTS)
        # the finest period; of those, a figure that is there (an early year's 0 of a part not yet counted
        # is no figure for a claim) and the latest, not whichever year the span happens to open with
        o = min(group, key=lambda o: (o.period.end.toordinal() - o.period.start.toordinal(), o.observed == 0,
                                      -o.period.end.toordinal(), o.origin))
        return _decision(found, Verdict.needs_review, Reason.DIFFERENT_PERIOD, [Flag.needs_review], [o])
    if claim_period is None and _stock_on_draft_date(claim, found, ctx, tol):
        # 'The population has fallen to 145.1 million': a count of a stock with no period is today's,
        # and the latest complete row (a mid-year estimate) is another day's figure, not its evidence
        lead = _best(found.with_status(SUPPORTS) or found.current)
        if ctx.dated and claim.qualifier in _LEVELS and not found.with_status(SUPPORTS) \
                and all(_data_ends_before_year(o, ctx.as_of) and not _one_day_table(o, ctx) for o in found.current):
            # nor does it agree, and the draft's year is past the series' last row: the data lacks the day's
            # period (a bound, 'tops 20 million', may be passed after the last row: that stays for review); a
            # region's count against a table of one day is another day's count of what the table holds, for a
            # person, as ``_beyond_the_data`` reads one whose day the text names
            return _decision(found, Verdict.unsupported, Reason.NEAREST_OTHER_PERIOD, [], [lead])
        return _decision(found, Verdict.needs_review, Reason.DIFFERENT_PERIOD, [Flag.needs_review], [lead])
    monthly = _monthly_rate(claim, found, ctx, tol)
    if monthly is not None:
        return monthly
    if found.with_status(SUPPORTS):
        if not any(_plausible(o, claim, tol) for o in found.with_status(SUPPORTS)):
            # 'more than 1.38 billion' against 2 trillion: true as an inequality, but no figure of
            # the claim's order — probably another measure, not support.
            return _wrong_measure(found, claim, tol, _best(found.with_status(SUPPORTS)))
        return _supported(found, ctx, tol, claim)
    decision = _not_supported(found, claim, tol)
    if decision.reason is Reason.CONTRADICTED and _multiple_without_span(claim, claim_period):
        # 'has grown 1.77 times' with no first year named: read against the year before, a figure that
        # disagrees says the span is another, not that the claim is wrong
        return _decision(found, Verdict.needs_review, Reason.UNCERTAIN_CONTRADICTION, [Flag.needs_review],
                         decision.lead[:1])
    if decision.reason is not Reason.CONTRADICTED:
        return decision
    if outdated(decision.lead[0], claim_period, ctx.as_of, tol):
        # the latest row is years before the draft: no figure for the present the claim speaks of
        return _decision(found, Verdict.unsupported, Reason.NEAREST_OTHER_PERIOD, [Flag.stale], decision.lead[:1])
    other = _other_reading(decision, claim, candidates, ctx, tol, claim_period)
    if other is not None:
        return other
    lead = decision.lead[0]
    level, every_level_agrees = _level_difference_agrees(claim, lead, index, ctx, tol, claim_period)
    if level is not None and every_level_agrees:
        # 'rose 3.5 ppm between 2023 and 2024': a change between the two years the sentence names is the
        # difference of their means, and every level series of the source agrees (global and station
        # alike); the growth series' January-to-December increase is another reading the sentence does not take
        return _decision(found, Verdict.supported, Reason.SUPPORTED_WITHIN_TOLERANCE, [], [level])
    if level is not None:
        # the two years' means agree in one level series and not in another (a station against the
        # globe): which record the writer read is for a person to judge
        return _decision(found, Verdict.needs_review, Reason.UNCERTAIN_CONTRADICTION, [Flag.needs_review],
                         [level, lead])
    published = _published_change(claim, lead, observations, tol)
    if published is not None:
        # 'CO2 rose by 2.13 ppm in 2022': neither reading agrees; the publisher's own change is the evidence
        return dataclasses.replace(decision, lead=[published, *decision.lead])
    if lead.candidate.mode is MatchMode.GROWTH and "%" in lead.candidate.resource.units:
        # 'Prices rose 36 %' against an inflation series is not the rate's own relative change:
        # a rate's change that agrees in neither reading is for a person to judge, not a false alarm.
        return _decision(found, Verdict.needs_review, Reason.UNCERTAIN_CONTRADICTION, [Flag.needs_review], [lead])
    if _fall_read_as_deflation(claim, lead, tol):
        # 'inflation dipped to 5.7 %, a 5.6 % decrease on the year before': a fall of the rate itself (relative or
        # in points), not prices falling 5.6 % (deflation), which the direct reading takes it for — unless the
        # rate's fall in points is the figure: percent written for points
        points = dataclasses.replace(lead.candidate, mode=MatchMode.DIFFERENCE)
        with np.errstate(over="ignore", invalid="ignore", divide="ignore"):  # as in _observe
            agreeing = [o for o in observe_change(claim, points, ctx, tol, claim_period)
                        if o.status == SUPPORTS and o.period == lead.period]
        if agreeing:
            return Decision(Verdict.contradicted, Reason.POINTS_NOT_PERCENT, [Flag.derived], [lead, agreeing[0]],
                            decision.ranked)
        return _decision(found, Verdict.needs_review, Reason.UNCERTAIN_CONTRADICTION, [Flag.needs_review], [lead])
    if _computed_from_unnamed_series(claim, lead.candidate, ctx):
        # 'the rate of increase was 3.0 %' against a CO2 'Annual Increase' in ppm: nothing but generic words
        # ties the figure to the series, and its percent is the reader's arithmetic, not the series' figure
        return _decision(found, Verdict.needs_review, Reason.UNCERTAIN_CONTRADICTION, [Flag.needs_review], [lead])
    return decision


@lru_cache(maxsize=4)
def _average_tokens_of(words: tuple[str, ...]) -> frozenset[str]:
    return token_set(" ".join(words))


def _average_tokens(tol: Tolerances) -> frozenset[str]:
    """The words calling a figure an average (``annual_average_words``), as a sentence's word set spells them."""
    return _average_tokens_of(tuple(tol.annual_average_words))


def _fall_read_as_deflation(claim: Claim, lead: Observation, tol: Tolerances) -> bool:
    """A fall in percent read directly as a row of a series of percent changes: the reading makes the figure a
    deflation (prices fell that much), while a sentence that names the rate (``rate_nouns``: 'inflation', 'the
    rate') may as well speak of the rate's own fall, relative or in points; a row that disagrees with the
    deflation refutes only that reading. 'Prices fell 2 %' names no rate: the deflation is all it says."""
    return claim.kind is Kind.change and claim.direction is Direction.down and claim.unit == "%" \
        and lead.candidate.mode is MatchMode.DIRECT and "%" in lead.candidate.resource.units \
        and _is_change_series(lead.candidate, tol) and holds_any(claim.sentence, lexicon()["rate_nouns"])


def _computed_from_unnamed_series(claim: Claim, cand: Candidate, ctx: ClaimContext) -> bool:
    """A percent (or its points) computed from a series in another unit that no word of the text names
    but generic ones ('increase', 'rate': ``generic_measure_words``), in the sentence or the paragraph before,
    and no place or other value of its rows does (a currency's rows are named by the currency)."""
    res = cand.resource
    if cand.mode not in (MatchMode.GROWTH, MatchMode.DIFFERENCE) or claim.unit not in PERCENT_OR_PP \
            or "%" in res.units or cand.matched_dims:
        return False
    naming = res.phrase_words | res.inherited_words
    return not any(t in naming and not is_generic(t) for t in ctx.sentence | ctx.subject | ctx.before | ctx.referred)


# A change of a rate read the other way: percent as points, points as percent.
_OTHER_READING = {MatchMode.GROWTH: (MatchMode.DIFFERENCE, Reason.POINTS_NOT_PERCENT),
                  MatchMode.DIFFERENCE: (MatchMode.GROWTH, Reason.PERCENT_NOT_POINTS)}


def _monthly_rate(claim: Claim, found: _Findings, ctx: ClaimContext, tol: Tolerances) -> Decision | None:
    """A rate the text speaks of as a month's (12-month) rate (``basis.monthly_basis``) against annual
    averages: a different period — when the figure is a sibling's month's, agreeing or not; else when
    the average does not agree (one that agrees is most likely the average)."""
    basis = monthly_basis(claim, found.current, ctx, tol)
    supporting = found.with_status(SUPPORTS)
    if basis is None or (supporting and not basis.strong):
        return None
    rates = [o for o in found.current if annual_rate(o, tol)]
    lead = _best([o for o in rates if o.status == SUPPORTS] or rates)
    if _month_rate_past_the_data(found, ctx, basis):
        # 'inflation fell to 24.48 % from 34.8 % in January' in a draft of April 2025, the place's rows ending in
        # 2023: a month's rate of the draft's present or the year before it, whose year no row reaches (verdicts.md:
        # a period outside the data is unsupported)
        past = _decision(found, Verdict.unsupported, Reason.NEAREST_OTHER_PERIOD, [], [lead])
        if basis.kind == PRESENT:  # the month it speaks of, which the explanation names
            past.basis = MonthlyBasis(f"{_month_before(ctx.as_of):%B %Y}", "sentence", False, BEHIND)
        return past
    decision = _decision(found, Verdict.needs_review, Reason.DIFFERENT_PERIOD, [Flag.needs_review], [lead])
    decision.basis = basis
    return decision


def _month_rate_past_the_data(found: _Findings, ctx: ClaimContext, basis: MonthlyBasis) -> bool:
    """A month's rate that names no period (nor carries one) in a dated draft speaks of a recent month, of the
    draft's year or the one before: when every series it was read from ends before that, no row is of its time.
    One its sentence states as now ('annual inflation reaches 5.3 %': ``PRESENT``) is the latest out by the draft's
    date, of the month before the draft's: past the data when every series ends before that month's year."""
    if found.claim_period is not None or not ctx.dated or ctx.as_of is None:
        return False
    recent = _month_before(ctx.as_of) if basis.kind == PRESENT else dt.date(ctx.as_of.year - 1, 1, 1)
    observations = [*found.current, *found.older, *found.later]
    return bool(observations) and all(_data_ends_before_year(o, recent) for o in observations)


def _month_before(day: dt.date) -> dt.date:
    """The first day of the month before ``day``'s: a month's rate comes out after the month ends."""
    return (day.replace(day=1) - dt.timedelta(days=1)).replace(day=1)


def _real_growth_of_nominal(claim: Claim, cand: Candidate, ctx: ClaimContext, tol: Tolerances) -> bool:
    """'The economy grew 5.2 %' is real growth: a percent change recomputed from a money series in
    current prices (``nominal_series_words``) is another measure, unless the sentence says it is
    nominal ('in dollar terms', ``nominal_said``)."""
    return cand.mode in (MatchMode.GROWTH, MatchMode.DIFFERENCE) and claim.unit in PERCENT_OR_PP \
        and any(is_money(u) for u in cand.resource.units) and names_any(cand.resource, tol.nominal_series_words) \
        and not nominal_said(claim, tol) \
        and not nominal_beside_level(claim, cand, ctx, tol, is_per_capita(claim, tol) or referred_per_capita(ctx, tol)
                                                     or carried_per_capita(ctx, tol))


def _multiple_without_span(claim: Claim, claim_period: Period | None) -> bool:
    """A change in times ('grew 1.77-fold') that names no span of years to take it over."""
    return claim.unit == "x" and claim.kind is Kind.change and \
        (claim_period is None or granularity(claim_period) != MULTI_YEAR)


_STOCK_MODES = (MatchMode.DIRECT, MatchMode.GROWTH, MatchMode.DIFFERENCE)


def _stock_on_draft_date(claim: Claim, found: _Findings, ctx: ClaimContext, tol: Tolerances) -> bool:
    """A count of a stock series (``stock_words``), or its change in people ('a decline of 430,000'),
    stated without a period in a sentence that speaks of the present (``present_words``: 'the latest
    report', 'now'), or a percent restating such a change in the present perfect, whose current rows (or the later year of a computed change) do not hold the
    draft's date: the claim and the rows speak of different days. Without such a word a count with no
    period speaks of the latest complete period, as any figure does."""
    if not found.current:
        return False
    at = surface_at(claim.sentence, claim.text)
    count = unit_family(claim.unit)[0] == COUNT_FAMILY \
        and (holds_any(claim.sentence, tol.present_words) or _present_said_before(ctx, tol) or _present_perfect(claim, at)
             or _other_years_count(found, ctx) or _reached_in_dated_news(claim, at, ctx))
    if not (count or claim.kind is Kind.change and claim.unit == "%" and _restates_present(claim, at)):
        return False
    day = ctx.as_of.toordinal()
    return all(o.candidate.mode in _STOCK_MODES and names_any(o.candidate.resource, tol.stock_words)
               and not o.period.start.toordinal() <= day <= o.period.end.toordinal() for o in found.current)


def _present_said_before(ctx: ClaimContext, tol: Tolerances) -> bool:
    """The sentences of the figure's paragraph before it speak of the present (``present_words``: 'Today, the
    region is approaching 81 million. … followed by Kazakhstan with 20.3 million'): a count with no period
    of its own is read in the time its paragraph set, as a period is carried."""
    return any(layer == "paragraph" and holds_any(text, tol.present_words) for layer, text in ctx.basis_texts)


def _other_years_count(found: _Findings, ctx: ClaimContext) -> bool:
    """'Almaty has 2,249,370 people' in a 2024 draft, against a register's count of 1 January 2023 only: a
    count taken on a day speaks of a day of the draft's time, and rows that are all of days in earlier
    years, none agreeing, are other days' counts, not the latest period the figure speaks of."""
    return ctx.dated and bool(found.current) and not found.with_status(SUPPORTS) \
        and all(granularity(o.period) == DAY and o.period.end.year < ctx.as_of.year for o in found.current)


_LEVELS = (Qualifier.exact, Qualifier.approx, Qualifier.nearly)


def _year_written(claim: Claim, period: Period, ctx: ClaimContext) -> bool:
    """Whether the text writes the year of the claim's ``period``: its sentence, or the earlier text a sentence
    naming no period carried it from ('Between January and April 2023 …' a paragraph before), or a year the text
    writes that the claim's own words count it from ('a year earlier' under '… in October 2025': ``year_from_text``)."""
    if str(period.start.year) in claim.sentence or ctx.year_from_text:
        return True
    return not claim.period and ctx.carried_period is not None  # an undated draft carries only written years


def _short_change_past_the_rows(claim: Claim, candidates: list[Candidate], ctx: ClaimContext) -> bool:
    """A change over a month or a quarter (``short_change``) of a year past the end of every series of the measure
    it was read against ('up 0.22 points in February 2026', the rows ending in 2024): the data holds nothing of its
    time, as ``_beyond_the_data`` says of a month's rate. In an undated draft only when the text writes the year."""
    period = try_parse_period(claim.period) if claim.period else None
    if period is None or not candidates or not (ctx.dated or _year_written(claim, period, ctx)):
        return False
    return all(_rows_end_before_year(c, period.start) for c in candidates)


def _rows_end_before_year(candidate: Candidate, day: dt.date) -> bool:
    """The candidate's rows (its place's, published or not) all end before ``day``'s year; False when it has none."""
    res, positions = candidate.resource, candidate.positions
    if not len(positions):
        return False
    return dt.date.fromordinal(int(res.period_end[res.period_codes[positions]].max())).year < day.year


def _beyond_the_data(found: _Findings, claim: Claim, claim_period: Period, in_close: list[Observation],
                     ctx: ClaimContext) -> bool:
    """A month's, a day's or a fiscal year's figure of a year no row of its series reaches ('7.1 % in April 2024',
    a count of 1 January 2026, 'FY 2024/25', the rows ending in 2023; 'closed 2019 at 4.2 %' where the place's
    rows skip from 2017 to 2020): nothing in the data can judge it (verdicts.md: a period outside the
    data is unsupported) — another year's row is no nearer evidence. In an undated draft only when the text
    writes the year: else the year is a guess. A table of one day (a bureau's count of its regions on 1 January
    2023) is no series that ends there: a count of a later day is another day's figure of what it holds, for a
    person, as one of an earlier day is."""
    return not found.current and (ctx.dated or _year_written(claim, claim_period, ctx)) \
        and all(_no_row_of_year(o, claim_period.start) and not _one_day_table(o, ctx) for o in in_close)


def _one_day_table(o: Observation, ctx: ClaimContext) -> bool:
    """The resource ``o`` was read from holds one period, a day: a snapshot, not a series; read for a region or a
    city (the nearest place the text names is no country nor group), whose counts no series of more periods holds. A
    country's count past the day is judged as every series' past its end is."""
    if not _part_named(ctx):
        return False
    res = o.candidate.resource
    days = np.unique(res.period_start[res.period_valid & res.period_point])
    return len(days) == 1 and len(np.unique(res.period_start[res.period_valid])) == 1 and res.step_days == 0


def _stock_counted_within_a_year(o: Observation, day: dt.date, tol: Tolerances) -> bool:
    """The series ``o`` was read from is a stock (``stock_words``) whose last row counts a day (``stock_row_day``)
    less than a year before ``day``: a count of 1 January 2025 beside the mid-year estimate of 2024 is as near
    a row as a count between two rows is, another day's count (needs_review), not a period outside the data."""
    if not names_any(o.candidate.resource, tol.stock_words):
        return False
    res, positions = o.candidate.resource, o.candidate.positions
    last = int(res.period_end[res.period_codes[positions]].max()) if len(positions) else o.period.end.toordinal()
    row_year = dt.date.fromordinal(last).year
    month, day_of_month = (int(part) for part in tol.stock_row_day.split("-"))
    return day <= dt.date(row_year + 1, month, min(day_of_month, 28) if month == 2 else day_of_month)


def _no_row_of_year(o: Observation, day: dt.date) -> bool:
    """The series ``o`` was read from (its place's rows) holds no row touching ``day``'s year: the year lies past
    its end, before its start or in a gap of its rows."""
    res, positions = o.candidate.resource, o.candidate.positions
    if not len(positions):
        return _data_ends_before_year(o, day)
    codes = res.period_codes[positions]
    first, last = dt.date(day.year, 1, 1).toordinal(), dt.date(day.year, 12, 31).toordinal()
    return not bool(np.any((res.period_start[codes] <= last) & (res.period_end[codes] >= first)))


def _last_year_spoken_of(period: Period) -> dt.date:
    """The first day of the last year a span of years or of twelve months speaks of: its end's year, but for twelve
    months the year holding most of them (verdicts.md: the twelve-month average to January 2025 is 2024's, eleven of
    its months lying there, so a series ending in 2024 still holds its nearest evidence)."""
    year = year_holding_most(period) if granularity(period) == TRAILING_12 else period.end.year
    return dt.date(year, 1, 1)


def _data_ends_before_year(o: Observation, as_of: dt.date) -> bool:
    """The series ``o`` was read from (its place's rows, published or not) ends before ``as_of``'s year."""
    res, positions = o.candidate.resource, o.candidate.positions
    last = int(res.period_end[res.period_codes[positions]].max()) if len(positions) else o.period.end.toordinal()
    return dt.date.fromordinal(last).year < as_of.year


def _present_perfect(claim: Claim, at: int) -> bool:
    """'The population has reached 19 million': the figure is stated of the time of writing (``at``:
    where the claim's text stands in its sentence, -1 if nowhere)."""
    return at >= 0 and present_perfect_before(claim.sentence[:at])


def _reached_in_dated_news(claim: Claim, at: int, ctx: ClaimContext) -> bool:
    """'The country's population rose to 19 million', in a dated draft: news reports a count when it is
    reached, so the simple past of reaching dates it to the time of writing as 'has reached' does. An undated
    draft has no time of writing to date it to."""
    return ctx.dated and at > 0 and past_reached_before(claim.sentence[:at]) is not None


def _restates_present(claim: Claim, at: int) -> bool:
    """'has increased by 249 thousand people or 1.3%': the percent restates a change stated in the
    present perfect, so it too is of the time of writing (``at`` as for ``_present_perfect``)."""
    restated = RESTATED_TAIL.search(claim.sentence[max(0, at - 80):at]) if at > 0 else None
    return restated is not None and present_perfect_before(claim.sentence[:at - len(restated.group())])


def _other_reading(decision: Decision, claim: Claim, candidates: list[Candidate], ctx: ClaimContext,
                   tol: Tolerances, claim_period: Period | None) -> Decision | None:
    """A contradicted change of a rate series that the other unit would support: the mistake is
    'percentage points, not percent' (or the reverse), and the evidence shows both readings."""
    lead = decision.lead[0]
    if claim.kind is not Kind.change or lead.candidate.mode not in _OTHER_READING \
            or "%" not in lead.candidate.resource.units:
        return None
    mode, reason = _OTHER_READING[lead.candidate.mode]
    other = dataclasses.replace(lead.candidate, mode=mode)
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):  # as in _observe
        agreeing = [o for o in observe_change(claim, other, ctx, tol, claim_period)
                    if o.status == SUPPORTS and o.period == lead.period]
    if not agreeing:
        return None
    return Decision(Verdict.contradicted, reason, [Flag.derived], [lead, agreeing[0]], decision.ranked)


def _observe(claim: Claim, candidates: list[Candidate], index: ReferenceIndex, ctx: ClaimContext,
             tol: Tolerances, claim_period: Period | None) -> list[Observation]:
    # A figure computed from finite rows may not be finite (the mean or growth of values near 1e308):
    # it is no evidence, and numpy's overflow warning is no line for stderr.
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        return [o for o in _observe_all(claim, candidates, index, ctx, tol, claim_period) if math.isfinite(o.observed)]


def _observe_all(claim: Claim, candidates: list[Candidate], index: ReferenceIndex, ctx: ClaimContext,
                 tol: Tolerances, claim_period: Period | None) -> list[Observation]:
    observations: list[Observation] = []
    spans = _span_reading(claim, tol, claim_period) or ("average" if claim_period is not None and list_average(claim, ctx, tol) else None)
    year_without_row = claim_period is not None and granularity(claim_period) == YEAR \
        and not any(_holds_period(c, claim_period) for c in candidates[:8])
    for cand in candidates[:8]:
        period = _change_year(claim, cand, tol, claim_period)
        # 'prices rose 1.8 % from 2016 to 2017' against a series of changes (inflation): the later
        # year's row is that change itself, not a change computed between the two years' rows
        one_change_row = period != claim_period and claim.kind is Kind.change and claim.unit == "%" \
            and _is_change_series(cand, tol)
        if one_change_row and cand.mode is MatchMode.GROWTH:
            continue
        derived = observe_span(claim, cand, tol, claim_period, spans == "average") \
            if spans and claim_period and not one_change_row \
            and cand.mode in (MatchMode.DIRECT, MatchMode.GROWTH, MatchMode.DIFFERENCE) else []
        if not derived and claim_period is not None and cand.mode is MatchMode.DIRECT:
            derived = observe_quarter_mean(claim, cand, ctx, tol, claim_period, year_without_row)  # a quarter's mean of monthly rows
            observations += observe_direct(claim, cand, ctx, tol, period) if derived else []
        if derived:  # several years read from their yearly rows, not from each year alone
            observations += derived
        elif cand.mode is MatchMode.PER_CAPITA:
            observations += observe_per_capita(claim, cand, index, ctx, tol, period)
        elif cand.mode is MatchMode.DIRECT:
            observations += observe_direct(claim, cand, ctx, tol, period)
        elif cand.mode in (MatchMode.GROWTH, MatchMode.DIFFERENCE):
            observations += observe_change(claim, cand, ctx, tol, period)
    # (two consecutive years are one yearly change, '_change_year': that year's row reads it)
    if spans == "average" and claim.kind is Kind.change and claim_period is not None \
            and claim_period.end.year - claim_period.start.year > 1 \
            and any(o.reading == "mean" and _is_change_series(o.candidate, tol) for o in observations):
        # 'the average increase over the past ten years': the mean of a series of yearly changes over the span;
        # one month's or one year's change is no reading of a decade's mean, though it agrees by chance
        observations = [o for o in observations if (o.period.start, o.period.end) == (claim_period.start, claim_period.end)]
    if any(o.reading == FISCAL_YEAR_MEAN for o in observations):
        # '61.1 in 2014-15' of a place of fiscal years, its fiscal year's months agreeing: the two calendar
        # years' mean is another period (``fiscal_against_calendar``), no rival reading
        observations = [o for o in observations if o.reading != "mean"]
    if not any(o.status == SUPPORTS and o.current for o in observations):
        for cand in [c for c in candidates if c.mode is MatchMode.SHARE][:3]:
            observations += observe_share(claim, cand, index, ctx, tol, claim_period)
    return observations


def _share_of_unheld_group(candidates: list[Candidate], ctx: ClaimContext) -> Decision | None:
    """'Germany emits 22.5 % of the EU's CO2': read as a share, the figure's whole is a group of countries its
    sentence names and the series holds no row of (``unheld_group``), so no row judges it: not covered, not a
    figure of a period left for a person. None when no share reading leaves such a group."""
    for cand in candidates:
        key = unheld_group(cand.resource, ctx) if cand.mode is MatchMode.SHARE else None
        if key is not None:
            missing = MissingValue(cand.score, frozenset({Places.default().name_of(key)}), [], True, cand.resource.name)
            return Decision(Verdict.unsupported, Reason.PLACE_NOT_COVERED, not_covered=(cand.resource.metric, missing))
    return None


def _holds_period(cand: Candidate, period: Period) -> bool:
    """The candidate holds a row of exactly ``period``."""
    res = cand.resource
    exact = res.period_valid & (res.period_start == period.start.toordinal()) \
        & (res.period_end == period.end.toordinal())
    return bool(exact[res.period_codes[cand.positions]].any())


def _is_change_series(cand: Candidate, tol: Tolerances) -> bool:
    """The resource's rows are changes themselves ('Annual increase', ppm a year), by its kind or by
    a word of its metric (``change_series_words``)."""
    res = cand.resource
    return res.kind is Kind.change or names_any(res, tol.change_series_words)


def _changes_read_directly(claim: Claim, cand: Candidate, tol: Tolerances) -> Candidate:
    """A change in a unit of its own ('up 2.8 ppm') against a series of such changes is read from
    the row, not recomputed as the difference of two yearly increases."""
    if cand.mode is MatchMode.DIFFERENCE and claim.unit not in PERCENT_OR_PP and _is_change_series(cand, tol):
        return dataclasses.replace(cand, mode=MatchMode.DIRECT)
    return cand


def _published_change(claim: Claim, lead: Observation, observations: list[Observation], tol: Tolerances
                      ) -> Observation | None:
    """A change in a unit of its own ('rose by 2.13 ppm') that the difference of two yearly means
    contradicts: the same period's row of a series of changes with the same titles and unit (the
    publisher's 'Annual increase'), when it contradicts too — the figure the publisher states, where the
    difference is the reader's own arithmetic. None when the lead is no such difference."""
    cand = lead.candidate
    if claim.kind is not Kind.change or claim.unit in RELATIVE_UNITS or cand.mode is not MatchMode.DIFFERENCE \
            or _is_change_series(cand, tol):
        return None
    titles, units = set(cand.resource.titles), set(cand.resource.units)
    same = [o for o in observations if o.current and o.status == CONTRADICTS and o.candidate.mode is MatchMode.DIRECT
            and _is_change_series(o.candidate, tol) and titles & set(o.candidate.resource.titles)
            and units & set(o.candidate.resource.units)
            and (o.period.start, o.period.end) == (lead.period.start, lead.period.end)]
    return max(same, key=lambda o: o.candidate.score) if same else None


def _level_difference_agrees(claim: Claim, lead: Observation, index: ReferenceIndex, ctx: ClaimContext,
                             tol: Tolerances, claim_period: Period | None) -> tuple[Observation | None, bool]:
    """A change between two whole years read from a series of changes disagrees: the difference of
    the two years' figures in a level series of the same source and unit, when it agrees, and whether
    every such level series agrees."""
    cand = lead.candidate
    if claim.kind is not Kind.change or claim.unit in RELATIVE_UNITS or cand.mode is not MatchMode.DIRECT \
            or not _is_change_series(cand, tol) or claim_period is None \
            or _change_year(claim, cand, tol, claim_period) == claim_period:
        return None, False
    titles, units = set(cand.resource.titles), set(cand.resource.units)
    levels = [res for res in index.resources.values()
              if res.kind is not Kind.change and not names_any(res, tol.change_series_words)
              and titles & set(res.titles) and units & set(res.units)
              and all(len(res.dim_values[d]) <= 1 for d in res.place_dims)]  # no place to pick freely
    readings = [c for res in levels
                for c in candidates_of(claim, res, {}, {}, cand.metric_score, ctx.substance, index=index)
                if c.mode is MatchMode.DIFFERENCE]
    # yearly rows: the two years' means, not one month's figure a year apart
    yearly = [o for o in _observe(claim, readings, index, ctx, tol, claim_period)
              if o.current and (o.period.start, o.period.end) == (claim_period.start, claim_period.end)]
    agreeing = [o for o in yearly if o.status == SUPPORTS]
    if not agreeing:
        return None, False
    return _best(agreeing), len(agreeing) == len(yearly)


def _change_year(claim: Claim, cand: Candidate, tol: Tolerances, claim_period: Period | None) -> Period | None:
    """'The increase between 2022 and 2023' is a change series' 2023 row, and the change a level
    series gives for 2023 (two whole consecutive years → the later one)."""
    if claim_period is None or not (claim.kind is Kind.change or _is_change_series(cand, tol)):
        return claim_period
    first, last = claim_period.start, claim_period.end
    if (first.month, first.day, last.month, last.day) != (1, 1, 12, 31) or last.year - first.year != 1:
        return claim_period
    return try_parse_period(f"{last.year:04d}") or claim_period


def _span_reading(claim: Claim, tol: Tolerances, claim_period: Period | None) -> str | None:
    """How a claim about several whole years is read from yearly rows: 'average' (its wording says
    so, ``average_words``; for a change, the compound annual growth), 'range' (lowest and highest),
    'multiple' (a figure in times), 'change' (a percent change from the first year to the last), or
    None (not about several years)."""
    if claim_period is None or granularity(claim_period) != MULTI_YEAR:
        return None
    if claim.unit == "x":
        return "multiple"  # 'grew 14 times from 2000 to 2023': the last year's figure over the first's
    if claim.kind is Kind.change and _restates_the_ends(claim, tol):
        return "change"  # 'from 339 ppm in 1980 to 410 ppm in 2019, an increase of 21 %': the move between the two
    if holds_any(claim.sentence, tol.average_words) and not _averaged_elsewhere(claim, tol):
        return "average"
    if claim.kind is Kind.change and holds_any(claim.subject or "", lexicon()["rate_of_change_subjects"]):
        return "average"  # 'the growth rate was 0.8 % between 2000 and 2010': a rate is a year's change, its mean
    if claim.value_high is not None:
        return "range"
    # 'fell 28 % between 2010 and 2019': the change from the first year to the last
    # 'grew by 2.5 million people between 1991 and 2021': the last year's figure less the first's
    return "change" if claim.kind is Kind.change and claim.unit not in ("pp", "x") else None


def _restates_the_ends(claim: Claim, tol: Tolerances) -> bool:
    """A change joined to the two dated ends written right before it ('rose from 339 ppm in 1980 to 410 ppm in 2019,
    an increase of 21 %', ``change_end_years_before``) whose own clause calls nothing an average: the change restates
    the move between them, whatever average the sentence's ends are ('global average concentrations')."""
    at = surface_at(claim.sentence, claim.text)
    return at >= 0 and change_end_years_before(claim.sentence[:at]) is not None \
        and not holds_any(clause_around(claim.sentence, at), tol.average_words)


def _averaged_elsewhere(claim: Claim, tol: Tolerances) -> bool:
    """A change from the base year named right after it ('the CPI rose 9.6 % compared with 2021') whose own
    clause calls nothing an average: the sentence's average ('the annual average CPI in 2023 was up 3.5 %, while
    …') is another clause's, and a rise compared with a year is no mean of yearly rates."""
    at = surface_at(claim.sentence, claim.text)
    return at >= 0 and base_year_after(claim) is not None \
        and not holds_any(clause_around(claim.sentence, at), tol.average_words)


def _per_capita_readings(claim: Claim, candidates: list[Candidate], index: ReferenceIndex, ctx: ClaimContext,
                         tol: Tolerances, claim_period: Period | None) -> list[Candidate]:
    """A per-capita claim reads a total series as the total ÷ the population of the same place and
    period, wherever the reference data has that population; elsewhere the total stays, and a gap no
    slip explains says the measure is probably the wrong one."""
    if not (is_per_capita(claim, tol) or referred_per_capita(ctx, tol) or carried_per_capita(ctx, tol)):
        return candidates
    # a level per person from a total read directly; a percent change of it ('GDP per capita … up 22.3 %')
    # from the total's growth reading, recomputed per person for both years
    source = MatchMode.GROWTH if claim.kind is Kind.change else MatchMode.DIRECT
    if claim.kind is Kind.change and claim.unit != "%":
        return candidates
    out = []
    for cand in candidates:
        if cand.mode is source and not names_any(cand.resource, tol.per_capita_words):
            derived = dataclasses.replace(cand, mode=MatchMode.PER_CAPITA)
            if observe_per_capita(claim, derived, index, ctx, tol, claim_period):
                cand = derived
        out.append(cand)
    return out


def _mixture_named(claim: Claim) -> str | None:
    """The name of the mixture of gases (CO2-equivalent) the claim's words count its figure in ('tonnes of CO2e',
    'ppm CO2-equivalents', a sentence on greenhouse gases), else None. Not 'the equivalent of two tonnes of CO2':
    words before the figure may mean the gas's own mass as well, a scope for a person."""
    tag = claim_substance(claim.sentence, claim.text)
    if not is_mixture(tag) or substance_said_before(claim.sentence, claim.text) == tag:
        return None
    return str(tags()[tag]["name"])


def nothing_matches(ctx: ClaimContext) -> Decision:
    """No candidate is left: nothing fits at all, or the data covers other places than the one named."""
    if ctx.missing:
        not_covered = max(ctx.missing.items(), key=lambda item: (item[1].rank, item[0]))
        return Decision(Verdict.unsupported, Reason.PLACE_NOT_COVERED, not_covered=not_covered)
    if ctx.unplaced:
        return Decision(Verdict.needs_review, Reason.PLACE_UNNAMED, [Flag.needs_review])
    return Decision(Verdict.unsupported, Reason.NO_MATCH)


# Spans a yearly row cannot show: a month, a quarter, the year to date, twelve months to a month other than December.
_PART_OF_A_YEAR = (MONTH, QUARTER, YEAR_TO_DATE, TRAILING_12)


def _part_of_a_year(claim: Claim, candidates: list[Candidate], index: ReferenceIndex, ctx: ClaimContext,
                    tol: Tolerances, claim_period: Period | None, days: bool = False) -> Decision | None:
    """'Prices rose 11.4 % in the first ten months', 'up 0.2 % in the 12 months to January': no row is
    of that span, but the series has the year it ends in, so the figure is another period's, for a
    person to weigh, and neither unsupported by the data nor judged by the year's row. With ``days``, so
    too a level of one day ('81.3 % urban as of 1 April 2023') whose series counts another day of its
    year (1 January): the count moved between the days (a rate on a day is the rate rules' to judge)."""
    if claim_period is None or granularity(claim_period) not in (*_PART_OF_A_YEAR, *((DAY,) if days else ())):
        return None
    year = try_parse_period(f"{claim_period.end.year:04d}")
    if year is None:
        return None
    observations = [o for o in _observe(claim, candidates, index, ctx, tol, year) if o.current]
    if not observations or not all(covers(o, claim_period) for o in observations):
        return None
    lead = _nearest_in_time(observations, claim_period)
    return Decision(Verdict.needs_review, Reason.DIFFERENT_PERIOD, [Flag.needs_review], [lead], _rank(observations))


def _area_count_of_another_day(claim: Claim, candidates: list[Candidate], index: ReferenceIndex, ctx: ClaimContext,
                               tol: Tolerances, claim_period: Period | None) -> Decision | None:
    """'On 1 January 2022 the region had 2,075,404 people' against a table of its regions and cities counted on one day
    only (1 January 2023): a region's or a city's count of a day shortly before the table's is another day's count,
    which the row neither confirms nor refutes — the table cannot show a figure wrong whichever day is meant — so it is
    for a person with the row beside it, as a count of a day after the row is, not a period outside the data. A later
    row is otherwise read only when it agrees (a year mix-up), and as far ahead (``mixup_window_years``): a count of
    years before the table is of a period it does not reach, and one missing the row by more than counts move between
    the two days (observations ``count_of_another_day``, as a register's count of another day is read) is no count of
    the place. A change is no count of a day, and a country's total row among the areas is left so, as the country has
    series of other days (verdicts.md: a region's count of another day is needs_review)."""
    if claim_period is None or granularity(claim_period) != DAY or not candidates or claim.kind is not Kind.count:
        return None
    lead = candidates[0]
    res = lead.resource
    if lead.mode is not MatchMode.DIRECT or unit_family(claim.unit)[0] != COUNT_FAMILY \
            or not res.of_areas_only(lead.positions, index.area_dim_names):
        return None
    days = {res.period_codes[pos] for pos in lead.positions.tolist()}
    row_period = res.periods[days.pop()] if len(days) == 1 else None
    if row_period is None or granularity(row_period) != DAY:
        return None
    # a day before the table's, as far back as a later row is read; as far off as counts move between the two
    # days, no farther: '2,794' beside 730,172 is no count of the place
    claimed = signed_value(claim)
    observations = [o for o in _observe(claim, [lead], index, ctx, tol, row_period)
                    if o.current and count_of_another_day(claimed, o.observed, claim_period.start, row_period.start,
                                                          "before", tol.mixup_window_years)]
    if not observations:
        return None
    return Decision(Verdict.needs_review, Reason.DIFFERENT_PERIOD, [Flag.needs_review],
                    [_nearest_in_time(observations, claim_period)], _rank(observations))


def _decision(found: _Findings, verdict: Verdict, reason: Reason, flags: list[Flag], lead: list[Observation],
              disagreeing: Observation | None = None) -> Decision:
    if any(o.evidence.formula for o in lead[:1]):
        flags.append(Flag.derived)
    return Decision(verdict, reason, list(dict.fromkeys(flags)), lead, found.ranked, disagreeing)


def _supported(found: _Findings, ctx: ClaimContext, tol: Tolerances, claim: Claim) -> Decision:
    """A current figure agrees; other sources, rival metrics or a weak match may qualify that."""
    flags: list[Flag] = []
    supporting = found.with_status(SUPPORTS)
    published = [o for o in supporting if not o.after_as_of] or supporting
    lead = _row_of_period_set_aside(_best(published), published, found, ctx)
    if lead.candidate.grouped:  # each place of the group agrees: the row of the one written first leads
        lead = min((o for o in supporting if o.candidate is lead.candidate and o.period == lead.period),
                   key=lambda o: _written_order(o, lead.candidate.grouped))
    mixed = _neighbour_year_fits(found, claim, ctx, tol, lead)
    if mixed is not None:  # the named year's row is inside the slack: which year the writer meant is for a person
        return _decision(found, Verdict.needs_review, Reason.YEAR_MIXUP, [Flag.needs_review], [lead, mixed])
    if year_not_over(claim, lead, found.claim_period, found.as_of, tol) and not is_rate_claim(claim, tol, rate_near(ctx)):
        # a level of the year not yet over (a count at a day of it), not the year's row published later
        return _decision(found, Verdict.needs_review, Reason.DIFFERENT_PERIOD, [Flag.postdated, Flag.needs_review],
                         [lead])
    if lead.after_as_of:
        flags.append(Flag.postdated)  # the only support was published after the draft: say so
    others = [o for o in found.with_status(CONTRADICTS) if o.source != lead.source
              and o.candidate.resource.metric == lead.candidate.resource.metric
              and o.evidence.dimensions.keys() == lead.evidence.dimensions.keys()
              and all(o.evidence.dimensions[k] == v for k, v in lead.evidence.dimensions.items()
                      if k != "source")]
    disagreeing = _best(others) if others else None
    if others:
        flags.append(Flag.sources_disagree)
    if not lead.after_as_of and found.claim_period is None \
            and lead.period.end.year < ctx.as_of.year - tol.stale_years:
        flags.append(Flag.stale)  # supported, but by a figure many years old: say so
    # 'rose 3.5 ppm from 2023 to 2024' names a year's change, as the agreeing row reads it: December over
    # December of a monthly series is a row of another length, no rival
    named = _change_year(claim, lead.candidate, tol, found.claim_period)
    present = found.claim_period is None and said_in_present(ctx)
    rivals = [o for o in found.current if o.status != SUPPORTS and o not in others
              and o.candidate.resource.metric != lead.candidate.resource.metric
              and o.candidate.score >= lead.candidate.score - RIVAL_MARGIN and _plausible(o, claim, tol)
              and is_rival(o, lead, signed_value(claim), named, tol)
              and not peak_against_year(o, lead, f"{claim.sentence}\n{ctx.sentence_text}")
              and not present_against_finished_year(o, lead, present)
              and not difference_of_stated_ends(o, lead, signed_value(claim), claim.decimals, ctx.sentence_figures)]
    # 'Senegal and Burkina Faso with 9.7 %': one figure said of each of a group of places, and another
    # place's row of the period, as strongly named, disagrees: support by one of them is no pass
    grouped = lead.candidate.grouped
    rivals += [o for o in found.current if grouped and o.status == CONTRADICTS and o not in others
               and o.candidate is lead.candidate and o.period == lead.period
               and _written_order(o, grouped) < len(grouped)]
    if rivals:
        return _decision(found, Verdict.needs_review, Reason.AMBIGUOUS, [*flags, Flag.needs_review],
                         [lead, _best(rivals)], disagreeing)
    uncovered = _group_places_without_row(found, lead)
    if uncovered:  # '8.3 % in Peru and Kenya in 2022' with no 2022 row for Kenya: Peru's row is no pass for both
        missing = MissingValue(score=lead.candidate.metric_score, named=frozenset(uncovered), has=[], in_clause=True,
                               resource=lead.candidate.resource.name)
        return dataclasses.replace(
            _decision(found, Verdict.needs_review, Reason.GROUP_PLACE_UNCOVERED, [*flags, Flag.needs_review], [lead],
                      disagreeing), not_covered=(lead.candidate.resource.metric, missing))
    ambiguous_series = len({o.series for o in found.current if o.candidate is lead.candidate}) > 3 \
        and lead.candidate.open_dims
    if found.weak or ambiguous_series:
        return _decision(found, Verdict.supported, Reason.WEAK_MATCH, [*flags, Flag.needs_review],
                         [lead, *others[:1]], disagreeing)
    reason = Reason.SUPPORTED_BY_LATER_DATA if lead.after_as_of else Reason.SUPPORTED_WITHIN_TOLERANCE
    return _decision(found, Verdict.supported, reason, flags, [lead, *others[:1]], disagreeing)


def _row_of_period_set_aside(lead: Observation, supporting: list[Observation], found: _Findings,
                             ctx: ClaimContext) -> Observation:
    """'In April the Earth passed a milestone. … 410 ppm over a month': a figure naming no period that rows of
    several periods of one series agree with is of the period the text before it names, though that text spoke
    of no measure (``set_aside_period``); the latest agreeing row is only the guess when no text says which."""
    if found.claim_period is not None or ctx.set_aside_period is None:
        return lead
    named = try_parse_period(ctx.set_aside_period)
    if named is None or (lead.period.start, lead.period.end) == (named.start, named.end):
        return lead
    # the rows before the latest one are ``older``: the named period's row may be one of them
    same = [o for o in [*supporting, *found.older] if o.status == SUPPORTS and not o.after_as_of
            and o.candidate is lead.candidate and o.series == lead.series
            and (o.period.start, o.period.end) == (named.start, named.end)]
    return _best(same) if same else lead


def _neighbour_year_fits(found: _Findings, claim: Claim, ctx: ClaimContext, tol: Tolerances,
                         lead: Observation) -> Observation | None:
    """'The annual mean was 414 ppm in 2021' (2020: 414.21, 2021: 416.41): a level of a named year that its
    row supports only through the slack (``exact_slack``), while the row of the year before or after in the
    same series lies within the rounding of the stated digits themselves, is that year's figure — a slow
    level (a concentration, a population) moves about as much as the slack in a year, so the slack would
    pass the neighbour's figure as this year's. Only where the slack is wider than the digits' rounding
    ('434 ppm', '6.12 million'), and for a year's row. The neighbour's row, else None. Not a rate, whose
    year's average no day or month of it need match, nor money (GDP moves more than the slack in a year:
    a neighbour inside the digits is a coincidence of rounding). For review, not flagged: writers round a
    row to the figure above as well ('149 million' for 148.46), so neither reading is sure."""
    if found.claim_period is None or claim.kind not in (Kind.level, Kind.count) or claim.unit in PERCENT_UNITS \
            or is_money(claim.unit) or claim.qualifier not in (None, Qualifier.exact) or lead.after_as_of or lead.cells \
            or granularity(lead.period) != YEAR or granularity(found.claim_period) != YEAR \
            or is_rate_claim(claim, tol, rate_near(ctx)):
        return None
    digits = band_for(signed_value(claim), claim, tol.model_copy(update={"exact_slack": 0.0}), high_value=claim.value_high)
    band = band_for(signed_value(claim), claim, tol, high_value=claim.value_high)
    if band.high - band.low <= 2 * (digits.high - digits.low) or digits.judge(np.array([lead.observed]))[0] == SUPPORTS:
        return None  # digits as coarse as the slack ('17 million'): the writer rounded, the slack adds little
    year = lead.period.start.year
    neighbours = [o for o in found.older + found.later
                  if o.candidate is lead.candidate and o.series == lead.series and not o.cells
                  and granularity(o.period) == granularity(lead.period) and abs(o.period.start.year - year) == 1
                  and not (ctx.dated and not published_by(o.period, ctx.as_of, tol))
                  and digits.judge(np.array([o.observed]))[0] == SUPPORTS]
    return neighbours[0] if len(neighbours) == 1 else None


def _change_series_read_directly(growth: Observation, found: _Findings) -> bool:
    """The series a growth reading compounds is itself a series of changes read directly for the claim ('consumer
    prices rose 1.9 % a year between 2013 and 2022' against yearly inflation rates: the mean of the rates): the
    compound growth of those rates, or the mean of their yearly growth, is no reading of the prices' change, so
    it leaves no doubt between two averages."""
    name = growth.candidate.resource.name
    return any(o.reading == "mean" and o.candidate.mode is MatchMode.DIRECT and o.candidate.resource.name == name
               for o in found.ranked)


def _not_supported(found: _Findings, claim: Claim, tol: Tolerances) -> Decision:
    """No current figure agrees: an older or later one may, or the current ones disagree."""
    contradicting, unsure = found.with_status(CONTRADICTS), found.with_status(UNSURE)
    # a later year's row published after a dated draft was no figure its writer could have mixed up or
    # fallen behind: '1.9 %' for 2019 in a page of January 2020 is not 2021's figure gone out of date
    history = [o for o in found.older + found.later if o.status == SUPPORTS
               and not (o.later and found.ctx.dated and not published_by(o.period, found.ctx.as_of, tol))]
    if history and (contradicting or unsure):
        now = _best(contradicting or unsure)
        then = _nearest_in_time(history, found.claim_period or now.period)
        if _day_count_in_longer_row(claim, found.claim_period, now):
            # 'on 1 November 2024 the population reached 20,243,981' against the 2024 mid-year estimate: the
            # count of another day, which neither that row nor an older year's row meeting it judges
            return _decision(found, Verdict.needs_review, Reason.DIFFERENT_PERIOD, [Flag.needs_review], [now])
        # a dated draft cannot quote a year's figure published after it: no mix-up with that year
        if then.later and not (found.ctx.dated and not published_by(then.period, found.ctx.as_of, tol)):
            return _decision(found, Verdict.contradicted, Reason.YEAR_MIXUP, [], [now, then])
        if now.after_as_of and not any(not o.after_as_of for o in contradicting or unsure):
            # the period's only figure came out after the draft: the writer's older figure is no error yet
            return _decision(found, Verdict.needs_review, Reason.POSTDATED_EVIDENCE,
                             [Flag.stale, Flag.postdated, Flag.needs_review], [now, then])
        return _decision(found, Verdict.contradicted, Reason.STALE, [Flag.stale], [now, then])
    if unsure:
        return _decision(found, Verdict.needs_review, Reason.UNDECIDABLE, [Flag.needs_review], [_best(unsure)])
    stale = [o for o in found.older if o.status == SUPPORTS]
    if not found.current and stale:
        then = min(stale, key=lambda o: (-o.period.start.toordinal(), o.origin))
        if _day_counts(claim, found.claim_period, then):
            # a count on 1 April 2023 that the count of 1 January 2023 agrees with: the writer dated it, so it
            # is no old figure quoted as new, and the stock moved between the days: neither confirmed nor refuted
            return _decision(found, Verdict.needs_review, Reason.DIFFERENT_PERIOD, [Flag.needs_review], [then])
        return _decision(found, Verdict.unsupported, Reason.ONLY_OLDER_PERIOD, [Flag.stale], [then])
    readings = sorted(o.observed for o in contradicting if o.reading in ("compound", "mean_growth")
                      and not _change_series_read_directly(o, found))
    if len(readings) == 2 and readings[0] < signed_value(claim) < readings[1]:
        lead = [o for o in contradicting if o.reading == "compound"][:1] + \
            [o for o in contradicting if o.reading == "mean_growth"][:1]
        return _decision(found, Verdict.needs_review, Reason.AVERAGE_UNCLEAR, [Flag.needs_review], lead)
    if contradicting:
        return _contradicted(found, claim, tol, contradicting)
    nearest = found.ranked[0]
    if (_day_counts(claim, found.claim_period, nearest) or _counted_by_a_one_day_table(claim, nearest, found.ctx)) \
            and not _day_past_the_rows(found, claim, tol):
        # a count on 1 January 2024 against the data's count on 1 January 2023: the same kind of figure of
        # another day, which the count moved from; it neither confirms nor refutes the claim's day
        return _decision(found, Verdict.needs_review, Reason.DIFFERENT_PERIOD, [Flag.needs_review], [nearest])
    return _decision(found, Verdict.unsupported, Reason.NEAREST_OTHER_PERIOD, [], [nearest])


def _day_count_in_longer_row(claim: Claim, claim_period: Period | None, row: Observation) -> bool:
    """A count the text dates to a day, judged by a row of a longer span that holds the day (a year's mid-year
    estimate): the row counts another day of the stock."""
    return claim.kind is Kind.count and claim_period is not None and granularity(claim_period) == DAY \
        and granularity(row.period) != DAY and row.period.start <= claim_period.start <= row.period.end


def _day_past_the_rows(found: _Findings, claim: Claim, tol: Tolerances) -> bool:
    """A count of a day more than a year past the last row of every series read ('on 1 January 2025' beside
    counts ending on 1 January 2023), in a text that writes the day's year: no row is of its time — a period
    outside the data (verdicts.md), not another day's count the stock moved from (``_stock_counted_within_a_year``).
    A table of one day (``_one_day_table``) is no series that ends: its day is the only one it could hold."""
    day = found.claim_period
    return day is not None and bool(found.ranked) and (found.ctx.dated or _year_written(claim, day, found.ctx)) \
        and all(_data_ends_before_year(o, day.start) and not _stock_counted_within_a_year(o, day.start, tol)
                and not _one_day_table(o, found.ctx) for o in found.ranked)


def _part_named(ctx: ClaimContext) -> bool:
    """The nearest text naming a place (the sentence, else the nearest layer around it) names a region or a city:
    a place no country or group list knows."""
    places = Places.default()
    for words in (ctx.sentence, *(words for _, words in ctx.layers)):
        found = [w for w in words if is_marker(w)]
        if found:
            return any(not places.knows(w) for w in found)
    return False


def _counted_by_a_one_day_table(claim: Claim, row: Observation, ctx: ClaimContext) -> bool:
    """A count of another period judged by a table of one day (a bureau's regions on 1 January 2023): the table
    holds that one day of the stock, so a mid-year's or a year's count is another day's figure of it, which the
    stock moved from, not a period the data could hold and lacks."""
    return claim.kind is Kind.count and _one_day_table(row, ctx)


def _day_counts(claim: Claim, claim_period: Period | None, row: Observation) -> bool:
    """A count the text dates to a day, judged by a row that counts another day (a register's 1 January)."""
    return claim.kind is Kind.count and claim_period is not None and granularity(claim_period) == DAY \
        and granularity(row.period) == DAY


def _contradicted(found: _Findings, claim: Claim, tol: Tolerances, contradicting: list[Observation]) -> Decision:
    """Current figures disagree: unless the series is not pinned down, the match is uncertain, the
    evidence postdates the draft or the gap is no slip of the pen, the claim is contradicted."""
    # A series off by a factor no slip explains is no rival reading: it neither leads nor makes
    # the contradiction uncertain while a series of the claim's order of magnitude is there.
    contradicting = [o for o in contradicting if _plausible(o, claim, tol)] or contradicting
    published = [o for o in contradicting if not o.after_as_of]
    lead = _best(published or contradicting)
    # Series disagreeing among themselves make the contradiction uncertain; a figure computed from
    # one of them (a rate's growth beside the rate itself) is another reading, not another series.
    read_alike = [o for o in contradicting if o.candidate.mode is lead.candidate.mode
                  and not _per_capita_beside_total(o, lead, claim, tol)
                  and not other_column(o.candidate.resource.name, lead.candidate.resource.name)]
    distinct_metrics = {o.candidate.resource.metric for o in read_alike}
    open_series = {o.series for o in found.current if o.candidate is lead.candidate}
    if lead.candidate.open_dims and len(open_series) > 1:
        return _decision(found, Verdict.needs_review, Reason.DIMENSION_UNNAMED, [Flag.needs_review], [lead])
    # a weak match of words leaves a contradiction uncertain, unless the unit pins the series ('gigatons' of CO2)
    # or the prices it names do ('prices in Italy rose 8.1 %'); a series so pinned is the claim's, so other
    # metrics' readings ('3.5 % less CO2' as a change of the air's ppm) do not make it uncertain either
    # a dated draft's mass or count naming no year is the latest row's, and no older row of the decade agrees (else
    # stale); not an average ('a calculated mean of 9.4 million tonnes a year'), which is of years the text leaves
    # unsaid, nor a change, which may be of any pair of years its text names
    dated_latest = lead.period if found.claim_period is None and found.ctx is not None and found.ctx.dated \
        and claim.kind in (Kind.level, Kind.count) and names_no_period(claim, found.ctx) \
        and found.ctx.sentence.isdisjoint(_average_tokens(tol)) else None
    pinned = pinned_by_unit(claim, lead, found.ctx, found.claim_period or dated_latest) \
        or pinned_by_fraction(claim, lead, found.ctx, found.claim_period) \
        or pinned_by_prices(claim, lead, found.ctx, found.claim_period, tol) \
        or pinned_by_per_head(lead, found.ctx, found.claim_period)
    if not pinned and (found.weak or (len(distinct_metrics) > 1 and _spread(read_alike) > 0.2)):
        return _decision(found, Verdict.needs_review, Reason.UNCERTAIN_CONTRADICTION, [Flag.needs_review],
                         [lead])
    if lead.after_as_of and unpublished_year_rate(claim, lead, found.claim_period, tol):
        # 'prices rose 36.08 % in 2021' three days into 2022: no annual average was out yet, so the
        # figure is the rate of the year's last months, a different period from the row
        return _decision(found, Verdict.needs_review, Reason.DIFFERENT_PERIOD, [Flag.postdated, Flag.needs_review],
                         [lead])
    # the writer could not have known this figure, unless the claim reports the average of a period
    # already over (then the figure was out: the claim is judged, the evidence flagged)
    known = lead.after_as_of and reported_average(claim, lead, found.claim_period, found.as_of, tol)
    if lead.after_as_of and not known:
        return _decision(found, Verdict.needs_review, Reason.POSTDATED_EVIDENCE, [Flag.postdated, Flag.needs_review],
                         [lead])
    if lead.candidate.mode is MatchMode.DIRECT and lead.observed and claim.kind is not Kind.change:
        slip = slip_factor(claim, lead.observed, tol)
        if slip is not None:
            decision = _decision(found, Verdict.contradicted, Reason.SCALE_SLIP, [], [lead])
            decision.slip = slip
            return decision
        ratio = abs(signed_value(claim) / lead.observed)
        if max(ratio, 1 / ratio if ratio else math.inf) >= tol.wrong_measure_ratio \
                and not _slip_with_a_gap(claim, ratio, tol, found.ctx):
            return _wrong_measure(found, claim, tol, lead)
    other = _bracketing_source(found, claim, lead)
    if other is not None:
        # two sources of the place's figure for the year stand either side of the claim: which one the
        # writer read (and how it counts) is for a person, as with two stations' disagreeing records
        return _decision(found, Verdict.needs_review, Reason.UNCERTAIN_CONTRADICTION, [Flag.needs_review],
                         [lead, other])
    return _decision(found, Verdict.contradicted, Reason.CONTRADICTED, [Flag.postdated] if known else [], [lead])


def _bracketing_source(found: _Findings, claim: Claim, lead: Observation) -> Observation | None:
    """Another resource's row, read directly, of a place the lead's row is of and of the lead's year,
    that disagrees too but on the claim's other side and no farther from it than the lead ('19,899,377
    on 1 July' between a bureau's 19,765,004 on 1 January and a mid-year estimate of 20,330,104): the
    data's own sources bracket the figure, so they do not decide it. None when there is no such row."""
    if lead.candidate.mode is not MatchMode.DIRECT or lead.evidence.formula or claim.kind is Kind.change:
        return None
    claimed, places = signed_value(claim), set(row_places(lead))
    for o in found.ranked:
        if o.candidate.resource.name == lead.candidate.resource.name or o.candidate.mode is not MatchMode.DIRECT \
                or o.evidence.formula or o.status != CONTRADICTS or o.period.start.year != lead.period.start.year \
                or other_column(o.candidate.resource.name, lead.candidate.resource.name):
            continue
        if (o.observed - claimed) * (lead.observed - claimed) < 0 and abs(o.observed - claimed) <= abs(lead.observed - claimed) \
                and places & set(row_places(o)):
            return o
    return None


def _per_capita_beside_total(o: Observation, lead: Observation, claim: Claim, tol: Tolerances) -> bool:
    """A per-capita series (a wide table's 'Per Capita' beside its 'Total') disagreeing with a total that
    leads, for a claim that says nothing per capita: another measure, not a rival reading of the claim."""
    return not is_per_capita(claim, tol) and names_any(o.candidate.resource, tol.per_capita_words) \
        and not names_any(lead.candidate.resource, tol.per_capita_words)


def _wrong_measure(found: _Findings, claim: Claim, tol: Tolerances, lead: Observation) -> Decision:
    likelier = _likelier(found, claim, tol, lead)
    if likelier is not None and _sole_reading(found, claim, tol, lead, likelier):
        # 'the growth rate increased to 2.4 ppm per year': the level (399 ppm) leads by its words, but
        # the one series of the claim's order agrees — that is the figure, weakly matched
        return _decision(found, Verdict.supported, Reason.WEAK_MATCH, [Flag.needs_review], [likelier])
    decision = _decision(found, Verdict.needs_review, Reason.WRONG_MEASURE, [Flag.needs_review], [lead])
    decision.per_capita = is_per_capita(claim, tol)
    decision.likelier = likelier
    return decision


def _sole_reading(found: _Findings, claim: Claim, tol: Tolerances, lead: Observation, likelier: Observation) -> bool:
    """The likelier series agrees, was published by the draft's date, and every other series of the
    claim's order for its period agrees too: no reading of the claim's order disagrees. A per-capita
    series beside a total is another measure, for a person to pick."""
    if likelier.status != SUPPORTS or likelier.after_as_of or not likelier.current:
        return False
    if names_any(likelier.candidate.resource, tol.per_capita_words) != names_any(lead.candidate.resource,
                                                                                  tol.per_capita_words):
        return False
    # a sibling series whose codes the text names other words for more often than the likelier one's (the
    # globe's growth where the paragraph names Mauna Loa) is no reading of the claim, as ``_likelier`` ranks it
    return all(o.status == SUPPORTS for o in found.ranked
               if o.current and o.candidate.resource is not lead.candidate.resource and o.observed
               and o.period == likelier.period and _plausible(o, claim, tol)
               and o.candidate.codes_unnamed <= likelier.candidate.codes_unnamed)


def _likelier(found: _Findings, claim: Claim, tol: Tolerances, lead: Observation) -> Observation | None:
    """Another series' figure for the claim's period that is of the claim's order of magnitude,
    supporting ones first: the measure the writer more likely meant. Of sibling series (a station's and
    the global one), the one the text names comes before the one it names not, whichever lies nearer:
    a nearer figure of a series the writer did not read is no reading of the claim."""
    others = [o for o in found.ranked if o.current and o.candidate.resource is not lead.candidate.resource
              and o.observed and _plausible(o, claim, tol)]
    return min(others, key=lambda o: (o.status != SUPPORTS, o.candidate.codes_unnamed, abs(o.deviation), o.origin)) \
        if others else None


_SEPARATOR_FACTOR = 1000  # how far apart a figure's two readings of one separator before three digits are


def _slip_with_a_gap(claim: Claim, ratio: float, tol: Tolerances, ctx: ClaimContext | None) -> bool:
    """claimed ÷ observed is a slip of the pen (``slip_factors``) times no more than ``slip_gap`` either way:
    '68.30 thousand tonnes' against 71.2 million is the row's figure at the wrong scale, and off besides.
    Not for a rate or a bound, which have no scale to slip (as ``slip_factor``), nor for a figure written
    with one separator before three digits ('38,107') a thousand-fold away, which may be the separator's other
    reading (``measures.separator``); a million-fold gap is no such reading ('2,248' tons for 2,305 million
    tons: read either way, the row's figure at the wrong scale and off besides)."""
    from .measures.separator import one_separator_group  # it builds on this module's decisions

    band = band_for(signed_value(claim), claim, tol, high_value=claim.value_high)
    if not ratio or claim.unit in PERCENT_UNITS or math.isinf(band.low) or math.isinf(band.high):
        return False
    factors = tol.slip_factors
    if ctx is not None and one_separator_group(ctx.written):
        factors = [factor for factor in factors if factor != _SEPARATOR_FACTOR]
    return any(abs(log_ratio(ratio, f)) <= math.log(tol.slip_gap) for factor in factors
               for f in (factor, 1 / factor))


def _plausible(o: Observation, claim: Claim, tol: Tolerances) -> bool:
    """The observed figure is within ``wrong_measure_ratio`` of the claim (or a slip of scale away)."""
    claimed, observed = abs(signed_value(claim)), abs(float(o.observed))  # past the float range: inf, not a warning
    if not claimed or not observed:
        return True
    ratio = max(claimed / observed, observed / claimed)
    return ratio < tol.wrong_measure_ratio or (o.candidate.mode is MatchMode.DIRECT
                                                and slip_factor(claim, o.observed, tol) is not None)


def is_per_capita(claim: Claim, tol: Tolerances) -> bool:
    """The claim's sentence calls its figure per capita ('per person', 'per head'…, from the config), not only
    another figure after it (``_per_capita_of_later_figures``)."""
    return holds_any(claim.sentence, tol.per_capita_words) and not _per_capita_of_later_figures(claim, tol)


# a figure's first digit, not a year's ('in 2019 per person' leaves the figure before it its own)
_FIGURE_DIGIT = re.compile(r"(?<![\w.,])(?!(?:1[89]|20)\d\d\b)\d")


def _per_capita_of_later_figures(claim: Claim, tol: Tolerances) -> bool:
    """Every per-capita phrase of the sentence stands after the claim's figure and speaks of another: another
    figure stands between ('$1.69 trillion, or $11,500 per person'), or a clause ends between and a figure of
    its own follows it ('GDP was $1.69 trillion; per capita GDP was $11,500'). One right after the figure
    ('6.5 tonnes per person, up from 6.1') is the claim's."""
    sentence = claim.sentence
    at = surface_at(sentence, claim.text)
    if at < 0:
        return False
    end = at + len(claim.text)
    for start, stop in find_any_in_place(sentence, tol.per_capita_words):
        if start < end:
            return False
        if _FIGURE_DIGIT.search(sentence, end, start):
            continue
        if not (clause_break_between(sentence, end, start) and _FIGURE_DIGIT.search(sentence, stop)):
            return False
    return True


def referred_per_capita(ctx: ClaimContext, tol: Tolerances) -> bool:
    """The sentence refers back ('this figure was a record 15.9 thousand dollars') to one that called
    its figure per capita: the words of that sentence (``ctx.referred``) hold a per-capita phrase."""
    return bool(ctx.referred) and any((words := token_set(p)) and words <= ctx.referred for p in tol.per_capita_words)


def carried_per_capita(ctx: ClaimContext, tol: Tolerances) -> bool:
    """A sentence naming no measure of its own ('Kazakhstan: from $1,442 in 1991 to $12,919 in 2023') takes it
    from the text before it (``measure_from``: the paragraph, the heading above, an earlier paragraph); when
    that text calls the measure per capita ('… developed since 1991 in terms of GDP per capita?'), the
    figure is per capita too, as a sentence referring back to one is (``referred_per_capita``)."""
    carried = ctx.measure_from
    return carried is not None and any((words := token_set(p)) and words <= carried.around for p in tol.per_capita_words)


def slip_factor(claim: Claim, observed: float, tol: Tolerances) -> float | None:
    """claimed ÷ observed when it is one of the configured slips of the pen (×1,000, ×1,000,000…)
    within the claim's own tolerance; None otherwise."""
    claimed = signed_value(claim)
    band = band_for(claimed, claim, tol, high_value=claim.value_high)
    if claim.unit in PERCENT_UNITS or math.isinf(band.low) or math.isinf(band.high):
        return None  # a rate has no scale word to slip; 'more than X' bounds nothing to compare a slip with
    for factor in tol.slip_factors:
        for f in (factor, 1 / factor):
            if int(band.judge(np.array([observed * f]))[0]) == SUPPORTS:
                return f
    return None


def _same_day_rows(close: list[Candidate], observations: list[Observation],
                   claim_period: Period | None) -> list[Candidate] | None:
    """A count on a day ('on 1 January 2023') is the row of that day where a series of the place the
    text names holds one (a statistics bureau's count), though the metric's words fit a series of
    mid-year estimates better: those are another period, so the day's row is the claim's evidence.
    The candidates that fit about as well as the best one with that day's row; None when the closest
    already hold it or none does."""
    if claim_period is None or granularity(claim_period) != DAY:
        return None

    def same_day(o: Observation) -> bool:
        return o.current and (o.period.start, o.period.end) == (claim_period.start, claim_period.end)

    close_ids = {id(c) for c in close}
    if any(same_day(o) for o in observations if id(o.candidate) in close_ids):
        return None
    dated = [o.candidate for o in observations if same_day(o) and any(
        o.candidate.matched_dims.get(d) for d in o.candidate.resource.place_dims)]
    if not dated:
        return None
    best = max(c.score for c in dated)
    return list({id(c): c for c in dated if c.score >= best - AMBIGUITY_MARGIN}.values())


def said_in_present(ctx: ClaimContext) -> bool:
    """The figure's clause opens with a present word ('…, now 416.21 ppm'), or one stands in it before the figure
    ('measures currently', as German writes 'misst aktuell'; lexicon writing_time_words: the time of writing)."""
    if ctx.claim_offset <= 0 or not ctx.sentence_text:
        return False
    if in_present_clause(ctx.sentence_text, ctx.claim_offset):
        return True
    clause_start, _ = clause_span(ctx.sentence_text, ctx.claim_offset)
    return holds_any(ctx.sentence_text[clause_start:ctx.claim_offset], lexicon()["writing_time_words"])


def _present_month_rows(close: list[Candidate], observations: list[Observation], claim_period: Period | None,
                        ctx: ClaimContext) -> list[Candidate] | None:
    """A figure naming no period, in a clause that opens with a present word ('…, currently measures over 418
    ppm'), in a dated draft: it is a reading of the draft's own time, which a series with month rows holds
    (that month's row, or the latest before it), not a finished year's mean, though the measure's words fit
    the yearly series better. The candidates whose current row is such a month, about as good as the best of
    them; None when the closest already hold one, none does, or the figure is not said in the present."""
    if claim_period is not None or not ctx.dated or ctx.as_of is None or not said_in_present(ctx):
        return None

    def this_month(o: Observation) -> bool:
        months_before = (ctx.as_of.year - o.period.end.year) * 12 + ctx.as_of.month - o.period.end.month
        return o.current and granularity(o.period) == MONTH and o.period.start <= ctx.as_of and months_before <= 1

    close_ids = {id(c) for c in close}
    if any(this_month(o) for o in observations if id(o.candidate) in close_ids):
        return None
    monthly = [o.candidate for o in observations if this_month(o)]
    if not monthly:
        return None
    best = max(c.score for c in monthly)
    return list({id(c): c for c in monthly if c.score >= best - AMBIGUITY_MARGIN}.values())


def _finer_than_rows(claim_period: Period, candidates: list[Candidate]) -> bool:
    """The claim speaks of a span shorter than a year (a month, a quarter, a day, the year to date)
    and no candidate has a row of that length or shorter: the data is of another granularity."""
    return bool(candidates) and all(finer_than_rows(claim_period, c.resource, c.positions) for c in candidates)


def _own_length_first(current: list[Observation], claim_period: Period | None) -> list[Observation]:
    """A figure for the claim's period is judged by the rows of that length where some series has them:
    beside an annual mean, one month of a monthly series is a part of the year, never its figure."""
    if claim_period is None:
        return current
    whole = [o for o in current if covers(o, claim_period)]
    return whole if whole else current


def _rows_shorter(judged: list[tuple[Observation, Period]]) -> bool:
    """Every figure covers only part of the period it was judged against (months of the claimed
    year; a change series' 'between 2021 and 2022' is judged against 2022)."""
    return not any(covers(o, period) for o, period in judged)


def _nearest_in_time(obs: list[Observation], period: Period) -> Observation:
    """The figure whose period is nearest the claim's; on a tie the earlier, then by ``origin``."""
    return min(obs, key=lambda o: (abs(o.period.start.toordinal() - period.start.toordinal()),
                                   o.later, -o.candidate.score, o.origin))


def _spread(obs: list[Observation]) -> float:
    values = [abs(o.observed) for o in obs if o.observed]
    return (max(values) - min(values)) / max(values) if values else 0.0


def _group_places_without_row(found: _Findings, lead: Observation) -> list[str]:
    """The places of the group the lead's figure is said of that its series has no row for in the lead's
    period, as written; a place spelled otherwise in another package is the same place."""
    grouped, resource = lead.candidate.grouped, lead.candidate.resource
    if not grouped:
        return []
    places = Places.default()

    def place(value: str) -> str:
        known = resource.place_values.get(value) or getattr(places.resolve(value), "key", None)
        return known or value

    covered = {place(v) for o in found.current if o.candidate is lead.candidate and o.period == lead.period
               for v in o.evidence.dimensions.values()}
    return [v for v in grouped if place(v) not in covered]


def group_place(o: Observation) -> str | None:
    """The value of ``o``'s row that names a place of the group its figure is said of, or None."""
    return next((v for v in o.evidence.dimensions.values() if v in o.candidate.grouped), None)


def _written_order(o: Observation, grouped: tuple[str, ...]) -> int:
    """Where the place of ``o``'s row stands in a group of places the text names, else after them all."""
    return min((grouped.index(v) for v in o.evidence.dimensions.values() if v in grouped), default=len(grouped))


def _best(obs: list[Observation]) -> Observation:
    """The observation to lead with: best score, read directly, newest, closest; then by ``origin``."""
    return min(obs, key=lambda o: (-o.candidate.score, o.candidate.mode is not MatchMode.DIRECT,
                                   -o.period.start.toordinal(), abs(o.deviation), o.origin))


def _rank(obs: list[Observation]) -> list[Observation]:
    """Evidence order (see the module docstring); ``origin`` makes it total."""
    return sorted(obs, key=lambda o: (-o.candidate.score, not o.current, o.candidate.mode is not MatchMode.DIRECT,
                                      -o.period.start.toordinal(), abs(o.deviation), o.origin))


def _rate_in_paragraph(ctx: ClaimContext, rates: list[Candidate]) -> bool:
    """The claim is read as an exchange rate and the period stands earlier in its own paragraph ('It began
    2024 at R20.24 per euro … The yearly average was R19.83'): a paragraph about a currency's price speaks
    of its rates, whether or not it says 'exchange rate', so its year is the figure's."""
    return bool(rates) and ctx.carried_period is not None and ctx.carried_period[1] == "paragraph"


def _both_of_prices(words: frozenset[str], candidate: Candidate, tol: Tolerances) -> bool:
    """The text that named a period speaks of prices ('the inflation rate jumped in 2022', 'prices
    rose in 2022') and the claim is read against a series of the change of prices (consumer prices,
    inflation, the CPI): one measure under its several names, so the period is the figure's."""
    said = [*tol.price_measure_words, *tol.price_nouns]
    return names_any(candidate.resource, tol.price_measure_words) and any(
        (w := token_set(word)) and w <= words for word in said)
