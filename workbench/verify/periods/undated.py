"""A figure with no year in a draft with no date: 'a population of around 18 million' that an older
row holds is out of date only if the text was written now, which nothing says; 'averaged 6.7 % over
the last decade' that the latest row does not hold has no figure for the present only if the present
is the checker's. For review, not a failure: the checker's run date is no date of the text's.
So too a table's cell (or a fact box's line, 'GDP per head: $13,700') on a dated page whose row, header and lead name no year ('| 2 | Australia | 16.2T |'
under 'CO2 emissions (per capita)'): a table has no tense, and the page's date says when it was shown,
not which year its figures count. A sentence of a dated draft ('the population is 8 million') speaks
of the draft's present, and is read against the latest row by its date."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence

import numpy as np

from ... import substances
from ...config import Tolerances
from ...matching import ClaimContext, MatchMode, ReferenceIndex
from ...matching.index import ResourceIndex
from ...matching.variants import sibling_names
from ...matching.context import named_values
from ...matching.carried import read_periods
from ...matching.scoring import claim_unit
from ...matching.gases import unit_names_one_gas
from ...models import Claim, Flag, Kind, Qualifier, Verdict
from ...numbers import alternation, lexicon
from ...units import PERCENT_OR_PP, is_money
from ...extraction.periods import YEAR_WRITTEN
from ...extraction.vocabulary import RELATIVE, relative_year_offset
from ...text import token_set_before
from ...periods import DAY, MONTH, YEAR, granularity, try_parse_period
from ..decision import Decision, Reason, said_in_present
from ..measures.pinned import gas_said_above, names_one_substance, pinned_by_unit
from ..observations import Observation, names_no_period, signed_value, yearly_figures
from ..tolerance import SUPPORTS, band_for, stated_half
from ..wording import holds_any
from .restated_year import supported_by_earlier_row


# The readings that take the checker's run date for the text's: a figure of an older row called out of
# date, and the latest row's period taken for the one the figure speaks of.
_RUN_DATE_READINGS = {Reason.STALE: Verdict.contradicted, Reason.NEAREST_OTHER_PERIOD: Verdict.unsupported}


def no_date_for_figure(claim: Claim, ctx: ClaimContext) -> bool:
    """Whether nothing dates the figure: it names no period (nor carries one from its row's header or
    lead), and the draft has no date or the figure is a table's cell, which the draft's date does not date."""
    return (not ctx.dated or ctx.table_row) and names_no_period(claim, ctx)


def undated_stale(decision: Decision, claim: Claim, ctx: ClaimContext, index: ReferenceIndex,
                  tol: Tolerances) -> Decision:
    """A STALE contradiction, or a NEAREST_OTHER_PERIOD ('no figure for the latest period'), of a claim
    naming no period (nor carrying one) in an undated draft, or in a table's cell → needs_review. Unless the
    agreeing row is older than every year of the series' ``stale_window_years`` latest and none of those fits
    (``wrong_in_every_recent_year``): the figure is then wrong whichever recent year is meant, the data's end
    standing for the page's date, and an old row that happens to meet it dates nothing — contradicted."""
    if _RUN_DATE_READINGS.get(decision.reason) is not decision.verdict or not no_date_for_figure(claim, ctx):
        return decision
    if decision.reason is Reason.STALE and wrong_in_every_recent_year(decision, claim, ctx, index, tol):
        return decision
    flags = decision.review_flags
    return dataclasses.replace(decision, verdict=Verdict.needs_review, flags=flags)


def dated_stale_in_decade(decision: Decision, claim: Claim, ctx: ClaimContext, tol: Tolerances) -> Decision:
    """A STALE contradiction of a yearly figure naming no period (nor carrying one) in a dated draft, whose
    agreeing older row is a year of the decade before the draft's date → needs_review: a page's figure with no
    year ('Malaysia emits 7.5 tonnes per head' in a 2020 page, 2016's row) may count any recent year its source
    released, so the latest row disagreeing says only that the writer did not mean that year; which year they
    meant is for a person. A sentence that speaks of the present ('Today, almost 2.4 billion tons …':
    ``present_words``) dates the figure by the page; one that writes a year the reading did not attach to the
    figure ('in 2017were 16.2 tCO2') may date it; a bound ('nearly 19 million', 'over 7') that an older row fits says
    nothing of which year is meant, and a row older than the decade is no year the page quotes: all stay stale.
    So does a rate or a change ('prices rose 11 %'): such a series wanders, so some older year lies near most
    figures, and the older row is then the likeliest year it speaks of; levels (tonnes, counts) move slowly."""
    if decision.reason is not Reason.STALE or decision.verdict is not Verdict.contradicted or not ctx.dated \
            or not names_no_period(claim, ctx) or len(decision.lead) < 2 or not _yearless_level(claim) \
            or holds_any(claim.sentence, tol.present_words):
        return decision
    now, then = decision.lead[0], decision.lead[1]
    if granularity(now.period) != YEAR or granularity(then.period) != YEAR \
            or not ctx.as_of.year - tol.stale_window_years <= then.period.start.year < ctx.as_of.year:
        return decision
    return dataclasses.replace(decision, verdict=Verdict.needs_review, flags=decision.review_flags)


_POINT_FIGURES = (None, Qualifier.exact, Qualifier.approx)  # not a bound nor a range: one year's figure


def _yearless_level(claim: Claim) -> bool:
    """One figure of a level (not a bound or range, not a rate or a change, whose series wander) in a sentence that
    writes no year: the figures the rows of the recent years may judge whichever year the writer meant."""
    return claim.qualifier in _POINT_FIGURES and claim.kind is not Kind.change and claim.unit not in PERCENT_OR_PP \
        and not YEAR_WRITTEN.search(claim.sentence)


def undated_contradiction(decision: Decision, claim: Claim, ctx: ClaimContext, index: ReferenceIndex,
                          tol: Tolerances) -> Decision:
    """A plain contradiction by the latest row of a claim naming no period (nor carrying one) in an undated
    draft or a table's cell ('| 1 | Saudi Arabia | 16.3T |' under a header naming no year) → needs_review:
    the run date (or the page's) is no date of the figure's, and which year it counts is unknown. Read last,
    once no other reading has named why. Unless no recent year fits (``wrong_in_every_recent_year``): then it is
    contradicted, and so is one left uncertain only by a weak match of words ('China, generating an average of 7.72
    tonnes of CO2'), which its unit pins to the series once a year is read for it, as a dated draft's latest row is."""
    if decision.verdict is Verdict.needs_review and decision.reason is Reason.UNCERTAIN_CONTRADICTION \
            and no_date_for_figure(claim, ctx) and _of_the_figures_order(claim, decision, tol) \
            and wrong_in_every_recent_year(decision, claim, ctx, index, tol):
        return decision.judged(Verdict.contradicted, Reason.CONTRADICTED)
    if decision.verdict is not Verdict.contradicted or decision.reason is not Reason.CONTRADICTED \
            or not no_date_for_figure(claim, ctx) or wrong_in_every_recent_year(decision, claim, ctx, index, tol):
        return decision
    return dataclasses.replace(decision, verdict=Verdict.needs_review, reason=Reason.UNDATED_CONTRADICTION,
                               flags=decision.review_flags)


def _of_the_figures_order(claim: Claim, decision: Decision, tol: Tolerances) -> bool:
    """The lead's figure lies within ``wrong_measure_ratio`` of the claim's: a weak match may have taken another
    measure ('14.4 tonnes' a head against the country's total), whose every year then misses for that reason alone."""
    observed = decision.lead[0].observed if decision.lead else 0.0
    ratio = abs(signed_value(claim) / observed) if observed else 0.0
    return 1 / tol.wrong_measure_ratio < ratio < tol.wrong_measure_ratio


def wrong_in_every_recent_year(decision: Decision, claim: Claim, ctx: ClaimContext, index: ReferenceIndex,
                               tol: Tolerances) -> bool:
    """An undated page's point figure of a series its item pins whole (``_pinned_mass``, ``_named_money_level``)
    that no row of the series' ``stale_window_years`` latest years comes within tolerance of: wrong whichever
    recent year the writer meant, the data's end standing for the page's date (as the decade before a dated page).
    Not a rate or a change (a month's 12-month rate is news' usual rate, which no yearly row judges, and the
    series wander, so some year lies near), a bound or 'nearly', a sentence writing a year the reading did not
    attach (it may date the figure), nor a place named only in another clause after the figure."""
    if not decision.lead or not _yearless_level(claim):
        return False
    lead = decision.lead[0]
    # a dated page's cell (no_date_for_figure) may count any year of the decade before the page
    if ctx.dated and lead.period.start.year < ctx.as_of.year - tol.stale_window_years:
        return False
    # a row read directly: its older years that fit are all observed (a per-head figure computed from two
    # tables is read for the latest year only, so which older years fit is unknown)
    if granularity(lead.period) != YEAR or lead.candidate.mode is not MatchMode.DIRECT:
        return False
    series = [o for o in decision.ranked if o.candidate is lead.candidate and o.series == lead.series
              and granularity(o.period) == YEAR]
    if not (_pinned_mass(claim, lead, ctx) or _named_money_level(claim, lead, ctx)):
        return False
    # a place the sentence names only after the figure and outside its clause ('… 40 tonnes a head, four times as
    # much as in Chile') is another clause's: the figure's own may be one the text named before
    named = named_values(index, ctx)
    before = token_set_before(ctx.sentence_text, ctx.claim_offset)
    matched = lead.candidate.matched_dims
    if any(d in named and not named[d].in_clause and before.isdisjoint(named[d].words)
           and not named[d].values.isdisjoint(matched.get(d, ())) for d in lead.candidate.resource.place_dims):
        return False
    first = lead.period.start.year - tol.stale_window_years
    recent = [o for o in series if first < o.period.start.year <= lead.period.start.year]
    return len(recent) > 1 and all(o.status != SUPPORTS for o in recent)


def _pinned_mass(claim: Claim, lead: Observation, ctx: ClaimContext) -> bool:
    """A mass of one substance its unit pins to the series (``pinned_by_unit``, as a dated page's undated mass is),
    the figure's own sentence or unit naming the substance, else the heading or title above it (``gas_said_above``:
    a title 'CO2 emissions per capita' over 'Denmark had 4.9 tonnes per capita'). Not words that name no substance
    with no heading or title naming one above them (a series named only by 'emissions', or in a language not read),
    nor 'tonnes of carbon', which may count CO2 as news names CO2's series 'carbon emissions': a figure near that
    reading is of an unclear scope, not wrong, so only a mass said in a substance no other is named by stands."""
    if not pinned_by_unit(claim, lead, ctx, lead.period):
        return False
    own_gas = names_one_substance(ctx.sentence | ctx.clause | ctx.subject) or unit_names_one_gas(claim.text)
    above = None if own_gas else gas_said_above(ctx)
    if not own_gas and above is None:
        return False
    said = substances.split(claim_unit(claim, lead.evidence.unit or "", ctx.substance or above))[1]
    return said is not None and said != substances.OTHER and not substances.named_for_another(said)


def _named_money_level(claim: Claim, lead: Observation, ctx: ClaimContext) -> bool:
    """An amount of money in the series' own currency, the series named by the figure's own words ('GDP: USD 190.81
    billion' under 'Kazakhstan'), not carried from other text, the place matched, that lies within the range of the
    place's figures over every year of the series: a figure beyond every year's may be another valuation of the
    same thing (at purchasing-power parity rather than at market rates), which the item need not name
    (``standing_beyond_series``), so a miss of it says nothing of the figure."""
    cand = lead.candidate
    if not is_money(claim.unit) or claim.unit not in cand.resource.units or cand.open_dims \
            or not any(cand.matched_dims.get(d) for d in cand.resource.place_dims) or ctx.measure_from is not None \
            or (ctx.sentence | ctx.clause | ctx.subject).isdisjoint(cand.resource.phrase_words):
        return False
    figures = yearly_figures(lead).values()
    return len(figures) > 1 and min(figures) <= signed_value(claim) <= max(figures)


# The layers a carried year may come from and still be a reader's guess for the figure: another sentence
# (the heading above a table and brackets closing the sentence date its figures outright).
_GUESSED_YEAR_LAYERS = ("paragraph", "previous paragraph")


def carried_year_stale(decision: Decision, claim: Claim, ctx: ClaimContext) -> Decision:
    """A STALE contradiction of a figure whose sentence names no year, read for a year carried from another
    sentence ('… emissions in 2008. Japan (9.68 tonnes/person) …'), that the year before matches → needs_review:
    releases and their editions count the year before the one they come out in, so the carried year is a
    guess the figure's own source may not share."""
    if decision.reason is not Reason.STALE or decision.verdict is not Verdict.contradicted or claim.period \
            or ctx.carried_period is None or ctx.carried_period[1] not in _GUESSED_YEAR_LAYERS \
            or len(decision.lead) < 2:
        return decision
    now, then = decision.lead[0], decision.lead[1]
    if granularity(now.period) != YEAR or granularity(then.period) != YEAR \
            or then.period.start.year != now.period.start.year - 1:
        return decision
    if (claim.kind, claim.unit, ctx.carried_period[0]) in ctx.dated_before and not YEAR_WRITTEN.search(claim.sentence):
        # 'China leads with 9.84 billion tonnes in 2017. Then come Russia (1.7 billion tonnes) …': the carried
        # year dates an earlier figure of the same kind and unit, so it is the data's year, not an edition's: out of date
        return decision
    return dataclasses.replace(decision, verdict=Verdict.needs_review, flags=decision.review_flags)


# 'last year', '47 years ago': a phrase counting years from the text's present, as the checker reads it
_COUNTED_YEARS = re.compile(rf"(?<![\w])(?:{RELATIVE})(?![\w])", re.IGNORECASE)


def relative_year_stale(decision: Decision, claim: Claim, ctx: ClaimContext, tol: Tolerances) -> Decision:
    """A STALE contradiction of a year's figure whose year its sentence gives only by counting years back from
    the text's present ('47 years ago it stood at 10.2 %'), never as that calendar year, that the row of the year
    right before or after matches → needs_review: a writer counting many years may count from the year the text
    speaks of, not its page's date, so the year counted is unsure by one, and its neighbour's row meeting the
    figure is no sign of a figure gone out of date. When that neighbour's year is the one year the sentence writes
    ('the highest since 1975; 47 years ago it stood at 10.2 %' on a page of January 2023, about 2022), the count
    lands on it from the year the text speaks of: the figure is that year's, and its row supports it. So is 'last
    year' of a part of that year ('in the same period last year', ``same_period_words``), which the year's row does
    not judge either: needs_review. A plain 'last year' in a dated page is sure of its year, and stays stale."""
    if decision.reason is not Reason.STALE or decision.verdict is not Verdict.contradicted or not claim.period \
            or len(decision.lead) < 2:
        return decision
    now, then = decision.lead[0], decision.lead[1]
    if granularity(now.period) != YEAR or granularity(then.period) != YEAR \
            or abs(then.period.start.year - now.period.start.year) != 1:
        return decision
    sentence = ctx.sentence_text or claim.sentence
    # 'last year' in a dated page is sure of its year; 'the same period last year' is a part of it, and '47 years
    # ago' may count from the year the text speaks of
    part = holds_any(sentence, tol.same_period_words)
    counted = [m for m in _COUNTED_YEARS.finditer(sentence)
               if (offset := relative_year_offset(m.group())) is not None and (abs(offset) > 1 or offset and part)]
    written = {int(m.group()) for m in YEAR_WRITTEN.finditer(sentence)}
    if not counted or now.period.start.year in written:
        return decision
    if written == {then.period.start.year} and any(abs(relative_year_offset(m.group()) or 0) > 1 for m in counted):
        return supported_by_earlier_row(decision, then)  # many years counted from the year the text speaks of
    return dataclasses.replace(decision, verdict=Verdict.needs_review, flags=decision.review_flags)


def dated_units_before(claims: Sequence[Claim]) -> dict[str, frozenset[tuple[Kind, str, str]]]:
    """Claim id → the (kind, unit, period) of the claims that stand in sentences before its own (``ClaimContext.dated_before``).
    One set per sentence, grown as the text goes on: linear in the draft's figures."""
    seen: set[tuple[Kind, str, str]] = set()
    before: dict[str, frozenset[tuple[Kind, str, str]]] = {}
    shared: frozenset[tuple[Kind, str, str]] = frozenset()
    pending: list[tuple[Kind, str, str]] = []
    sentence: str | None = None
    for c in sorted(claims, key=lambda c: c.start):
        if c.sentence != sentence:  # a new sentence: the one before it now stands before
            sentence = c.sentence
            if pending:
                seen.update(pending)
                pending = []
                shared = frozenset(seen)
        before[c.id] = shared
        if c.period:
            pending.append((c.kind, c.unit, c.period))
    return before


def undated_stale_support(decision: Decision, claim: Claim, ctx: ClaimContext) -> Decision:
    """Support only from a figure years older than the run (``stale``) for a claim naming no period (nor
    carrying one) in an undated draft → needs_review: the row fits, but which year the text speaks of
    is unknown, and the series' other years may not fit."""
    if decision.verdict is not Verdict.supported or Flag.stale not in decision.flags \
            or not no_date_for_figure(claim, ctx):
        return decision
    return dataclasses.replace(decision, verdict=Verdict.needs_review, reason=Reason.UNDATED_SUPPORT,
                               flags=decision.review_flags)


def undated_bound(decision: Decision, claim: Claim, ctx: ClaimContext, index: ReferenceIndex,
                  tol: Tolerances) -> Decision:
    """Support of a bound ('a monthly average of over 430 ppm') or a round figure ('a population of 20 million')
    naming no period (nor carrying one) in an undated draft or a table's cell, when other periods' rows of the
    same series satisfy it too → needs_review (``undated_bound``): a figure that only the latest row agrees with
    is evidence of that period, but one that several periods pass says nothing of which one the text speaks of.
    A level of a yearly series the data also keeps month by month ('CO2 has reached a record 426 ppm') may be
    one month's reading as well as the year's mean: the months of the series' recent years that meet its digits
    count among those periods (``_months_meeting``)."""
    if decision.verdict is not Verdict.supported or not decision.lead or not no_date_for_figure(claim, ctx):
        return decision
    lead = decision.lead[0]
    same_series = [o for o in decision.ranked if o.candidate is lead.candidate and o.series == lead.series
                   and granularity(o.period) == granularity(lead.period)]
    if claim.qualifier in _BOUNDS:
        passing = {o.period for o in same_series if o.status == SUPPORTS}
    else:
        # a figure is held to its stated digits here, without the slack a match allows: '427.1 ppm' is one
        # month's, '20 million' the count of every year within half a million of it, '20,000,000' of none but its own
        value = signed_value(claim)
        half = stated_half(value, claim)
        passing = {o.period for o in same_series if not o.cells and abs(o.observed - value) <= half}
        if len(passing) < 2 and claim.kind is Kind.level:
            passing |= _months_meeting(lead, index, value, half, tol)
    if len(passing) < 2:
        return decision
    return decision.for_review(Reason.UNDATED_BOUND)


def _months_meeting(lead: Observation, index: ReferenceIndex, value: float, half: float,
                    tol: Tolerances) -> set[dt.date]:
    """The months of the lead's yearly series, as the data keeps it month by month (a sibling resource of the same
    units, as ``writing_time_reading`` finds it, its rows of the lead's places), within ``stale_window_years`` of the
    lead's year, whose figure lies within ``half`` of ``value``: the readings a level of no period may be."""
    if granularity(lead.period) != YEAR:
        return set()
    kept, matched = lead.candidate.resource, lead.candidate.matched_dims
    first = dt.date(lead.period.start.year - tol.stale_window_years, 1, 1).toordinal()
    found: set[dt.date] = set()
    for res in index.resources.values():
        if res.units != kept.units or not sibling_names(kept.name, res.name) or not _monthly(res) \
                or any(d not in res.dims for d in matched):
            continue
        rows = np.abs(res.values - value) <= half
        for dim, values in matched.items():
            codes = [i for i, v in enumerate(res.dim_values[dim]) if v in values]
            rows &= np.isin(res.dim_codes[dim], codes)
        for code in np.unique(res.period_codes[rows]):
            period = res.periods[code] if code >= 0 else None
            if period is not None and granularity(period) == MONTH and res.period_start[code] >= first:
                found.add(period.start)
    return found


_BOUNDS = (Qualifier.gt, Qualifier.ge, Qualifier.lt, Qualifier.le)


def writing_time_reading(decision: Decision, claim: Claim, ctx: ClaimContext, index: ReferenceIndex) -> Decision:
    """Support of a level said at the time of writing ('The levels now are 406 ppm') in an undated draft, dated
    only by the latest year the text before it names (``carried_period``'s writing time: the writer's 'now' is no
    earlier than it), from that year's row of a series the data also keeps month by month → needs_review
    (``writing_time_reading``): 'now' is a reading of one moment of that year or a later one, which the data
    holds as a month's row, not the year's mean; which month the writer read is for a person. A series kept
    only by the year (a country's yearly emissions) has no finer reading: its year stays the figure's."""
    if ctx.dated or decision.verdict is not Verdict.supported or not decision.lead or claim.period \
            or ctx.carried_period is None or claim.kind is not Kind.level or not said_in_present(ctx):
        return decision
    lead = decision.lead[0]
    if granularity(lead.period) != YEAR:
        return decision
    kept = lead.candidate.resource
    if not any(res.units == kept.units and sibling_names(kept.name, res.name) and _monthly(res)
               for res in index.resources.values()):
        return decision
    return decision.for_review(Reason.WRITING_TIME_READING)


def _monthly(res: ResourceIndex) -> bool:
    """The resource holds rows of a month (or of a day, a monthly file's dates standing for their months)."""
    return any(p is not None and granularity(p) in (MONTH, DAY) for p in res.periods)


def approx_other_period(decision: Decision, claim: Claim, ctx: ClaimContext, tol: Tolerances) -> Decision:
    """Support of an approximate figure ('circa 20.35 million') naming no period (nor carrying one) in an
    undated draft or a table's cell, when the latest row passes only through the band 'about' allows and
    another period's row of the same series meets the figure's own digits → needs_review
    (``approx_other_period``): the writer stated the digits of that period's figure, and 'about' widens what
    it allows, not which period it counts. Only within ``stale_window_years`` of the row: further back a
    match of digits is a coincidence."""
    if decision.verdict is not Verdict.supported or claim.qualifier is not Qualifier.approx or not decision.lead \
            or not no_date_for_figure(claim, ctx):
        return decision
    lead = decision.lead[0]
    digits = band_for(signed_value(claim), claim.model_copy(update={"qualifier": Qualifier.exact}), tol)
    if lead.cells or digits.judge(np.array([lead.observed]))[0] == SUPPORTS:
        return decision
    width = granularity(lead.period)
    other = next((o for o in decision.ranked if o.candidate is lead.candidate and o.series == lead.series
                  and not o.cells and o.period != lead.period and granularity(o.period) == width
                  and abs(o.period.start.year - lead.period.start.year) <= tol.stale_window_years
                  and digits.judge(np.array([o.observed]))[0] == SUPPORTS), None)
    if other is None:
        return decision
    return dataclasses.replace(decision.for_review(Reason.APPROX_OTHER_PERIOD), lead=[lead, other])


# 'the current rate is 79.1 on 16 August 2022': a present word, then in the same clause a day
_PRESENT_DAY_WORD = re.compile(rf"(?<![\w])(?i:{alternation(lexicon()['present_day_words'])})(?![\w])")
# not text.clause_span: a day is written with commas ('on Tuesday, August 16, 2022'), which leave it in the clause
_CLAUSE_BREAK = re.compile(r"[;:]\s|,\s+(?i:and|but|while)\s|\s[–—]\s")


def present_day_in_year(claim: Claim, ctx: ClaimContext) -> dt.date | None:
    """The day the claim's sentence names as its present ('the current rate … on 16 August 2022'),
    when it falls before the end of the one year the claim speaks of; else None."""
    year = try_parse_period(claim.period) if claim.period else None
    if year is None or granularity(year) != YEAR:
        return None
    text = ctx.sentence_text
    if not _PRESENT_DAY_WORD.search(text):
        return None  # nearly every sentence: no present word at all
    for start, _end, value in read_periods(text, ctx.as_of):
        day = try_parse_period(value) if value else None
        if day is None or granularity(day) != DAY or not year.start <= day.start < year.end:
            continue  # only a day of that year before its last says the year was not over
        breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, 0, start)]
        if _PRESENT_DAY_WORD.search(text, breaks[-1] if breaks else 0, start):
            return day.start
    return None


# 'in the current year 2022', 'this year (2022)': a phrase of the present year, right before the year it means
_PRESENT_YEAR_NAMED = re.compile(rf"(?<![\w])(?P<phrase>{RELATIVE})[\s(]+(?P<year>{YEAR_WRITTEN.pattern})", re.IGNORECASE)


def present_year_named(claim: Claim, ctx: ClaimContext) -> bool:
    """Whether the claim's sentence calls the one year the claim speaks of its present ('the average
    inflation rate in the current year 2022 is 6.8 %'); a 'this year' elsewhere ('at a summit this year')
    names no year and dates nothing."""
    year = try_parse_period(claim.period) if claim.period else None
    if year is None or granularity(year) != YEAR:
        return False
    return any(int(m.group("year")) == year.start.year
               and relative_year_offset(" ".join(m.group("phrase").lower().split())) == 0
               for m in _PRESENT_YEAR_NAMED.finditer(ctx.sentence_text))


def undated_year_not_over(decision: Decision, claim: Claim, ctx: ClaimContext) -> Decision:
    """A contradiction of a year's figure in an undated draft whose sentence names a day of that year
    as its present ('the average rate in 2022 was 76.9, and the current rate is 79.1 on 16 August
    2022'), or calls that year the present ('in the current year 2022') → needs_review: the text was
    written before the year ended, so its figure is one to date and the year's row, published later,
    cannot judge it (as a dated draft's postdated evidence)."""
    if ctx.dated or decision.verdict is not Verdict.contradicted:
        return decision
    day = present_day_in_year(claim, ctx)
    if day is not None:
        return decision.for_review(Reason.YEAR_NOT_OVER, present_day=day)
    return decision.for_review(Reason.YEAR_NOT_OVER) if present_year_named(claim, ctx) else decision
