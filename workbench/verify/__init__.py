"""Claim × ranked candidates → ClaimResult: verdict, flags, evidence and a sentence to read aloud.

``decide`` reaches the verdict and names its ``Reason``; ``explain`` words it; ``verify`` puts
both into the reported ``ClaimResult``.
"""

from __future__ import annotations

from ..config import Tolerances
from ..matching import Candidate, ClaimContext, ReferenceIndex, match
from ..matching.multiples import year_comparison_multiple
from ..matching.variants import variants_among
from ..matching.points import points_written_as_percent
from ..extraction.kinds import rate_of_change_before
from ..models import Claim, ClaimResult, Kind
from ..places import is_marker, marker
from ..rules import rule_for
from .decision import Decision, Reason, decide
from .index_of_base import index_of_base_claim
from .fx.conversion import conversion_review
from .fx.rates import is_rate_claim, subject_is_exchange_rate, with_dollar_quote, with_named_currency
from .fx.named_rate import named_rate_review
from .fx.unheld import currency_not_held
from .periods.month_year import carried_year_month_claim, carried_year_of_month, month_year_claim
from .fx.rate_clues import local_dollar_review, rate_earlier, rate_near, unnamed_currency_review, with_local_dollar
from .periods.timing import (
    on_a_weekday_claim,
    span_average_claim,
    stock_row_day_claim,
    year_end_claim,
    carried_year_end_claim,
    year_end_level_claim,
    carried_year_end_rate,
    year_start_claim,
)
from .explain import explain
from .measures.scope import part_of_wider_series
from .periods.baseline import (base_year_claim, move_start_since_year, since_move_start_claim, since_span_claim,
                               undated_comparison_base)
from .measures.unnamed import (carried_contradiction, generic_series_beside_named_measure, measure_named_before,
                               place_held_by_measure_before,
                               unnamed_measure)
from .unheld_unit import unit_not_held
from .periods.undated import (approx_other_period, carried_year_stale, relative_year_stale, dated_stale_in_decade, undated_bound, undated_contradiction, undated_stale, undated_stale_support, writing_time_reading,
                              undated_year_not_over)
from .periods.monthly_average import monthly_average
from .periods.month_base import month_base_claim, month_rows_only, seasonal_reading
from .measures.open_substance import mixture_in_co2, open_substance, substance_slip
from .measures.pinned import carried_in_paragraph, part_change_of_a_total
from .periods.moving_average import twelve_month_average_claim
from .periods.forecast import forecast_period
from .periods.latest_release import latest_release
from .periods.projection import projected
from .periods.other_year import other_year, undated_behind
from .periods.publication_year import publication_year
from .periods.behind_support import undated_support_behind
from .periods.span_ends import span_end_claim
from .periods.data_end_span import data_end_span_claim, data_end_span_review
from .measures.generic_only import (generic_series_without_figure, named_only_generically, other_rate,
                                     span_past_the_places_rows, unnamed_place_gap, weak_support_of_unnamed_measure)
from .periods.rate_gap import unsaid_rate_basis
from .periods.undated_move import move_start_claim, move_start_review, span_start_review, undated_move, undated_start
from .fx.day_price import day_price, unmatched_day_quote
from .measures.implied import implied_measure
from .fx.rate_move import currency_move_beside_other_series, cross_move_review, figure_clause, minor_unit_move, move_candidates, \
    moves_of_several_currencies, rate_move, \
    unheld_move, value_share_as_move
from .periods.years_average import years_average_claim
from .measures.place_part import place_in_parts_table, place_part
from .measures.separator import separator_reading
from .measures.counted_average import counted_average
from .periods.current_rate import current_rate, current_rate_support
from .periods.threshold_year import threshold_year
from .periods.carried_span import carried_span_average, carried_span_end, sentence_before
from .periods.since_base import since_base_claim
from .periods.full_year import full_year_claim
from .bounds import extreme_value_claim, negated_bound
from .periods.points_in_year import context_day_claim, dated_point_claim, dated_point_rate_claim
from .tolerance import SUPPORTS, Band, band_for, stated_scale
from .measures.bracketed import bracketed_change
from .fx.average_move import inverse_note, move_between_averages
from .periods.compared_pair import compared_pair_claim
from .periods.era import era_note, era_review, era_span_claim
from .measures.target import policy_target
from .measures.standing import standing_beyond_series
from .periods.mixup_basis import undated_rate_mixup
from .periods.averaging_span import short_mean, unfound_yearly_change
from .periods.census import census_count, census_level, day_count_change, day_count_level, row_day_count, \
    other_coverage, register_count_of_year, year_move_level, year_start_level
from .periods.day_count import other_day_count, other_day_count_off
from .measures.place_ratio import place_ratio
from .periods.recent_span import recent_span_average, undated_span_review
from .periods.consecutive_years import run_of_years
from .periods.crossed_again import crossed_again
from .periods.record_level import record_level
from .periods.restated_year import opening_end_of_a_year_change, restated_year, year_right_before
from .periods.year_before_month import month_peak_series, year_before_month_claim
from .periods.year_peak import first_reading_claim, year_peak

MAX_EVIDENCE = 8

__all__ = ["SUPPORTS", "Band", "Decision", "Reason", "band_for", "decide", "explain",
           "rate_of_change_claim", "stated_scale", "verify"]


def verify(claim: Claim, candidates: list[Candidate], index: ReferenceIndex, ctx: ClaimContext,
           tol: Tolerances) -> ClaimResult:
    """The automatic verdict for one claim, with its evidence and explanation."""
    judged = stock_row_day_claim(_as_read(claim, ctx, tol), candidates, tol)
    _forget_carried_period(claim, ctx, tol)
    # 'over the past ten years, from 7.82 to 16.15 million tonnes', no date: the span ends at the data's last year
    judged, data_end = data_end_span_claim(claim, judged, candidates, ctx)
    judged, undated_span = recent_span_average(judged, ctx, tol)  # 'a year during the last decade'
    restated = bracketed_change(judged)  # '(15.5 %)' after 'increased by 2.5 million': the same object when not
    reread = restated is not judged
    judged, era = era_span_claim(compared_pair_claim(restated, ctx), ctx, tol)  # '… since independence'
    if reread:  # read as the change it restates: its candidates too
        candidates = match(judged, index, ctx)
    monthly = month_rows_only(judged, candidates)  # May's figure, 'over May 2023': monthly rows
    # the annual siblings dropped no longer rank the monthly ones: what names the station decides
    candidates = monthly if len(monthly) == len(candidates) else variants_among(monthly, ctx)
    judged, candidates = seasonal_reading(judged, claim, candidates)  # a 'seasonal peak' is no corrected figure
    candidates = month_peak_series(judged, candidates)  # 'peaked at 424 ppm in May': nor a month's peak
    carried = ctx.carried_period  # decide forgets a period no candidate's measure was named with
    judged = value_share_as_move(judged, tol)  # 'the kwanza lost 56 % of its value': a move, no part of a whole
    # 'the U.S. dollar fell 5.6 % against the Taiwan dollar'; a change that names its own place is its own
    moved = move_candidates(judged, index, tol, sentence_before(ctx), clause=figure_clause(ctx),
                            unmatched=not candidates and not any(is_marker(t) for t in ctx.positions),
                            earlier=rate_earlier(ctx))
    if not moved and candidates and unheld_move(judged, index, tol, sentence_before(ctx), clause=figure_clause(ctx),
                                                earlier=rate_earlier(ctx)):
        candidates = []  # 'inflation … as the kwanza lost 56 % of its value': a move no rate series holds, no other row's
    decision = decide(judged, moved or candidates, index, ctx, tol)
    decision = open_substance(decision, judged, candidates, index, ctx, tol, decide)  # 'tons' of carbon or CO2
    decision = substance_slip(decision, judged, ctx, tol)  # 'CO2' said, the figure is the carbon one
    decision = mixture_in_co2(decision, judged, ctx)  # 'tonnes of CO2' of greenhouse gases
    decision = counted_average(decision, ctx)  # 'the average … based on 149 countries': no row, no place to pick
    # a series named by 'average' alone having no row of the year is no answer either
    if decision.reason is Reason.NO_MATCH or generic_series_without_figure(decision, moved or candidates, index, ctx):
        decision = unnamed_measure(judged, index, ctx, tol, carried) \
            or measure_named_before(judged, index, ctx, tol, carried) or decision
    elif generic_series_beside_named_measure(decision, index, ctx):  # 'growth rate' after 'population': not CO2's
        decision = measure_named_before(judged, index, ctx, tol, carried, beside_generic=True) or decision
    elif named_only_generically(decision, index, ctx):  # 'the average value for Chile' vs a CO2 'Mean'
        # 'the refinancing rate … 7.75 %': the text names a rate the data does not hold
        decision = unnamed_measure(judged, index, ctx, tol, carried) or other_rate(unnamed_place_gap(decision), index, ctx)
        decision = span_past_the_places_rows(decision, judged, index, ctx)  # '… from 1960 to 2024' past every row
    # 'the highest inflation rate? … the economies of … Zimbabwe (92 %)': GDP lacks the place, inflation has it
    decision = place_held_by_measure_before(decision, judged, index, ctx, tol, carried)
    decision = weak_support_of_unnamed_measure(decision, judged, index, ctx)  # 'it rose 0.4 % in the month': no measure
    decision = year_peak(decision, judged, candidates, index, ctx, tol, decide)  # 'peaked at 421 ppm this year': its top month
    decision = threshold_year(decision, judged, candidates, index, ctx, tol, decide)  # 'the 400 ppm mark was broken in 2015': which record
    # Readings that temper a decision, in order: each sees the one before it.
    decision = part_of_wider_series(decision, judged, ctx)  # a part judged against a whole only bounds it
    decision = part_change_of_a_total(decision, judged, ctx)  # 'emissions of Brazil's industries grew 77 %': not the total's
    if not carried_in_paragraph(decision, judged, ctx, tol):  # the paragraph's measure, pinned by the unit, stands
        decision = carried_contradiction(decision, ctx)  # contradicted by a measure carried from elsewhere
    decision = undated_stale(decision, judged, ctx, index, tol)  # stale, in an undated draft, with no period named
    decision = dated_stale_in_decade(decision, judged, ctx, tol)  # stale by a year of the decade before a dated draft
    decision = undated_stale_support(decision, judged, ctx)  # supported by an old row, in an undated draft
    decision = undated_bound(decision, judged, ctx, index, tol)  # a bound of no year, in an undated draft, that several periods pass
    decision = writing_time_reading(decision, judged, ctx, index)  # 'now', undated: a moment, not the year's mean
    decision = approx_other_period(decision, judged, ctx, tol)  # 'about' passes the latest row; another year's meets the digits
    decision = carried_year_stale(decision, judged, ctx)  # the year before a year carried from another sentence
    decision = relative_year_stale(decision, judged, ctx, tol)  # 'last year': a year counted from a present unsure by one
    decision = undated_year_not_over(decision, judged, ctx)  # a year not over at the day the text calls its present
    decision = monthly_average(decision, judged, ctx)  # an average of monthly figures vs annual rows
    decision = forecast_period(decision, judged, ctx, tol)  # a forecast naming no year: not last year's outturn
    decision = projected(decision, ctx, tol)  # a projection is never judged by the outturn
    decision = policy_target(decision, ctx)  # nor is a target: the data holds no targets
    decision = standing_beyond_series(decision, judged, ctx)  # 'fifth place with $3.38 trillion', past every year's row
    decision = other_year(decision, judged, ctx, tol)  # a fiscal year or 12 months to November vs calendar years
    decision = undated_behind(decision, judged, ctx, index, tol)  # no year named, and the data ends years earlier
    decision = publication_year(decision, judged, ctx)  # no year named, but a dated report's figures
    decision = undated_support_behind(decision, judged, ctx, tol)  # … or supported only by a row years behind
    decision = crossed_again(decision, judged, ctx, index, tol)  # no year named, and later years pass the figure again
    decision = record_level(decision, judged, ctx, tol)  # 'the all-time high is …': the series' highest row
    decision = restated_year(decision, judged, ctx)  # the headline gives the same figure its year
    decision = year_right_before(decision, ctx)  # 'compared with 2020, a -0.3 % fall': that year's figure
    decision = opening_end_of_a_year_change(decision, ctx)  # '… in 2023, from $2.27 to $2.02 trillion': 2022's level
    decision = latest_release(decision, ctx, tol)  # … but a 'first estimate' is of the latest year: unsupported
    decision = unsaid_rate_basis(decision, judged, tol, ctx.as_of)  # a year's rate far from its annual average, basis unsaid
    decision = day_price(decision, judged, ctx, tol)  # a rate's close or intraday level vs an average
    decision = implied_measure(decision, judged, ctx)  # read as the measure 'people … live' implies, named nowhere
    between = move_between_averages(decision, judged, moved, tol)  # 'the average rate … depreciating by 4.55 %'
    decision = between or rate_move(decision, moved)  # a currency's move from average rows: close to close, sign unsure
    decision = currency_move_beside_other_series(decision, judged, index, ctx, tol)  # '13 % against the euro' vs GDP's places
    decision = moves_of_several_currencies(decision, judged, index, ctx, tol)  # 'the won and the baht declined 1.6 and 1.5 %'
    decision = minor_unit_move(decision, judged, index, ctx, tol)  # 'the INR dipped by eight paise': a move, base and span unsaid
    decision = cross_move_review(decision, judged, index, ctx, tol)  # 'against the yen, the won rose 12.8 %': not the dollar rows'
    decision = unmatched_day_quote(decision, judged, ctx, index, tol)  # '… the pair was trading at 149.82', no pair matched
    decision = unnamed_currency_review(decision, judged, tol)  # 'settled at 75.10 against the greenback', no currency named
    decision = local_dollar_review(decision, claim, judged, ctx, tol)  # a '$' rate read in the named place's currency
    decision = era_review(decision, era)  # a change over an era whose first year nothing gives
    decision = undated_span_review(decision, undated_span)  # 'the last decade' of a draft with no date
    # 'compared with 1990, … rose 93 %' with no year of its end anywhere and no date: a person decides the span
    decision = undated_span_review(decision, undated_comparison_base(claim, ctx.dated, _paragraph_year(ctx), tol))
    decision = run_of_years(decision, judged, ctx, tol)  # 'the fourth consecutive year above 2 ppm': each year
    decision = undated_rate_mixup(decision, judged, ctx, tol)  # a year's rate 'mixed up' in an undated draft
    decision = place_part(decision, judged, ctx, index)  # '1.32 million in the capital': not the country's row
    decision = place_in_parts_table(decision, judged, index, ctx)  # 'Aktau's population' the country's rows lack, a city table holds
    decision = current_rate(decision, judged, ctx, tol)  # 'inflation is at 7.18 %': now, not an earlier year
    decision = current_rate_support(decision, judged, ctx, tol)  # 'inflation is now 8 %': nor an earlier year's mean
    decision = undated_move(decision, judged, ctx, tol)  # 'dropped from 54.1 % to 53.6 %', no year, no date: months' rates
    decision = undated_start(decision, judged, ctx)  # 'grew from $260 billion to …', no year: an earlier year's figure
    decision = move_start_review(decision, claim, judged, ctx)  # … a rate's, read as the year before's: if not, unknown
    decision = span_start_review(decision, judged, ctx)  # 'in the past two years … from 1.5 ppm to …': before the span
    decision = named_rate_review(decision, judged, ctx, tol)  # '1,436.8 won' read as a rate from the words around it
    decision = short_mean(decision, judged, ctx.as_of, tol)  # 'the weekly average' vs a monthly row: another figure
    decision = unfound_yearly_change(decision, judged, ctx.as_of)  # '0.5 % per year', no span, no row matched
    decision = conversion_review(decision, judged, ctx, index, tol)  # '300 trillion won ($228 billion)': one day's rate
    decision = place_ratio(decision, judged, index, ctx)  # 'seven times that of Kazakhstan': two places' rows
    decision = census_count(decision, judged, ctx, tol)  # a change between censuses vs mid-year estimates
    decision = census_level(decision, judged, ctx, tol)  # '16,009,600 according to the 2009 census' vs a mid-year estimate
    decision = row_day_count(decision, claim, ctx, tol)  # '20,159,707 as of July 1, 2024': a register's, not an estimate
    decision = register_count_of_year(decision, judged, ctx, tol)  # 'By 2022, … 145,478,097 people': a day of the year's
    decision = other_day_count(decision, judged)  # '2 161 902 people' beside a day's count of 2,161,695: another day's
    decision = other_day_count_off(decision, judged, ctx)  # missed by less than counts move between the two days
    decision = day_count_change(decision, judged, ctx, tol)  # a year's change between 1 January counts vs mid-year rows
    decision = day_count_level(decision, judged, ctx, tol)  # a year's count beside the paragraph's 1 January counts
    decision = year_start_level(decision, judged, ctx, tol)  # 'since the beginning of 2015 …, reaching 17,417,673'
    decision = year_move_level(decision, judged, ctx, tol)  # 'in 2020 fell from 146.75 million to 146.24 million'
    decision = other_coverage(decision, judged, ctx, tol)  # '146.2 million … following the annexation of …'
    decision = data_end_span_review(decision, judged, data_end, tol)  # … wrong for every span the writer may mean, or not
    decision = undated_contradiction(decision, judged, ctx, index, tol)  # the latest row against a figure of no known year
    decision = separator_reading(decision, judged, ctx)  # '142.857 milioni': a thousand off is the other reading
    # last: a rate or move of a currency no rate series holds has no row, whatever the readings above made of it
    decision = currency_not_held(decision, judged, index, ctx, tol)
    decision = unit_not_held(decision, judged, index)  # 'the index reached 295.0 points': no series counts points
    return ClaimResult(claim=claim, verdict=decision.verdict, auto_verdict=decision.verdict,
                       rule=rule_for(decision.verdict, decision.flags), flags=decision.flags,
                       reason=decision.reason.value,
                       explanation=explain(decision, judged, ctx) + era_note(era) + (inverse_note(decision, moved) if between else ""),
                       evidence=[o.evidence for o in decision.evidence_order[:MAX_EVIDENCE]])


def _forget_carried_period(claim: Claim, ctx: ClaimContext, tol: Tolerances) -> None:
    """The 'from' of a move its own sentence dates by its 'since' year ('a surge since 2015, climbing from 2.73 to
    …' under a paragraph on 2024): a period carried to it dates nothing, so it is forgotten (as
    ``period_carried_to`` forgets one it does not carry) and the explanation does not tell it."""
    if ctx.carried_period is not None and move_start_since_year(claim, ctx, tol) is not None:
        ctx.carried_period = None


def _places_named_around(claim: Claim, ctx: ClaimContext, tol: Tolerances) -> frozenset[str]:
    """The places (ISO keys) the claim's paragraph, headings and lead name; and its sentence's, when the
    claim's subject is the exchange rate itself ('Australia's exchange rate was 0.75'), not a thing of
    it ('the exchange rate pass-through was 0.62')."""
    prefix = marker("")
    layers = (ctx.sentence, *(words for _layer, words in ctx.layers)) if subject_is_exchange_rate(claim, tol) \
        else tuple(words for _layer, words in ctx.layers)
    return frozenset(w[len(prefix):] for words in layers for w in words if is_marker(w))


def _paragraph_year(ctx: ClaimContext) -> str | None:
    """The year an earlier sentence of the claim's own paragraph names, which dates a sentence naming none."""
    carried = ctx.carried_period
    return carried[0] if carried is not None and carried[1] == "paragraph" else None


def rate_of_change_claim(claim: Claim, ctx: ClaimContext) -> Claim:
    """'The population growth rate fell from 2.2 % to 1.5 %': a percentage extraction reads as a level of a
    rate of change its clause names (lexicon ``rate_of_change_subjects``) is that change of the measure's rows
    (their year-on-year growth, a derived figure), in the direction the phrase says; never a level of them."""
    if claim.kind is not Kind.level or claim.unit != "%" or not ctx.sentence_text:
        return claim
    direction = rate_of_change_before(ctx.sentence_text, ctx.claim_offset)
    return claim if direction is None else claim.model_copy(update={"kind": Kind.change, "direction": direction})


def _as_read(claim: Claim, ctx: ClaimContext, tol: Tolerances) -> Claim:
    """The claim as its wording reads beyond what extraction gave it: a bare figure the sentence
    calls an exchange rate of a named currency; a rate on a weekday is the draft's day's, one 'at the
    beginning of the year' January's; 'closed out 2022 at 5.8 %' is December's rate, not the year's;
    'an average of 13.8 % a year' the average over the span of years its sentence names."""
    # nearest first: the paragraph's earlier sentences and the heading, then farther text
    near = rate_near(ctx)
    earlier = rate_earlier(ctx)
    judged = with_named_currency(span_end_claim(carried_span_end(claim, ctx), ctx, tol), tol, earlier)  # 'from X to Y between A and B'
    judged = move_start_claim(judged, ctx)  # 'rose from 6.8 % to 8.0 % in 2021': the year before's rate
    judged = with_dollar_quote(judged, tol, earlier, _places_named_around(claim, ctx, tol))  # 'the euro had weakened to $1.1227': a euro rate, turned round
    judged = with_local_dollar(judged, ctx, tol)  # 'the exchange rate … $20.19 MN' beside Mexico: pesos
    judged = since_base_claim(judged, tol)  # 'the highest since 2008': 2008 is the record's base
    judged = full_year_claim(judged, ctx, tol)  # 'full year inflation' after December 2023's rate: 2023
    judged = index_of_base_claim(judged, ctx)  # 'the CPI totaled 107.7 % compared to the same period': up 7.7 %
    judged = points_written_as_percent(judged, ctx)  # 'up 1.5 percent from 4 percent' to 5.5: points
    judged = year_comparison_multiple(judged, ctx)  # 'three times as high as in 2021': the two years' ratio
    judged = dated_point_claim(twelve_month_average_claim(judged, tol, ctx.as_of), tol)  # 'at end-2022': that day
    judged = context_day_claim(judged, ctx, tol)  # 'on 1 July', or a heading's day: that day
    if is_rate_claim(judged, tol, near):
        # a weekday in an undated draft places the price on no day: its year stays, and day_price reviews it
        judged = year_start_claim(on_a_weekday_claim(judged) if ctx.dated else judged, ctx.as_of, tol)
        judged = carried_year_end_rate(judged, ctx, tol)  # '… 2019 …; it ended the year at R14.00': 31 December 2019
    judged = carried_year_end_claim(judged, ctx, tol)  # '… 2023 …; at the end of the year, … Egypt (34 %)': December 2023
    judged = span_average_claim(year_end_level_claim(year_end_claim(judged, tol), tol), ctx.as_of, tol)
    judged = dated_point_rate_claim(judged, tol)  # 'at the start of 2022, inflation … 14.2 %': January 2022's rate
    judged = years_average_claim(judged, ctx)  # 'the 5-year average of 3.7 %': the five years to its year
    judged = carried_span_average(judged, ctx, tol)  # 'the average during that period' after 'from 1960 to 2022'
    judged = negated_bound(extreme_value_claim(judged, ctx, tol), ctx, tol)  # 'not below 146.8 million': at least it
    judged = base_year_claim(judged, ctx.as_of, tol, _paragraph_year(ctx))  # 'a reduction of 28 % since 2010': from that year to the claim's
    judged = since_move_start_claim(judged, ctx, tol)  # 'a surge since 2015, climbing from 2.73 to 4.56 t': 2015's
    judged = since_span_claim(judged, ctx.as_of, tol)  # 'has averaged 4.1 % since 2016': every year from 2016 on
    judged = month_base_claim(judged, ctx)  # 'an increase of 2.9 ppm over May 2023': May 2024's
    judged = carried_year_of_month(carried_year_month_claim(month_year_claim(judged, ctx), ctx), ctx)  # 'in November last year'; 'During 2022 … the January average rate of 0.1130'; '… in 2019. … for May'
    judged = first_reading_claim(judged)  # 'began recording in 1958 …, its first measured value 313 ppm': 1958
    return year_before_month_claim(judged)  # 'its peak for 2022 at 421 ppm in May': May 2022
