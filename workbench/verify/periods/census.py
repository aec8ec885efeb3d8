"""A change its sentence ties to a census: 'the population has grown by 20 % since the 2009 census',
'since the previous population census in 2010, … grown by approximately 1.8 million'.

A census counts people on its own days, with its own coverage (a country's borders as it counts them),
and the yearly estimates of a stock series (World Bank mid-year populations, ``stock_words``) are revised
from it and from later registers. A change between two censuses is neither a change between two
estimates nor a test of one, and which years the rows should span is seldom said, so a row that agrees
or disagrees is shown to a person (``census_count``), not taken as support or flagged (``census_words``
after one of ``census_links`` in ``workbench/data/lexicon.json``; 'according to Census Bureau estimates'
names a source, not a base). A census count itself ('147.2 million according to the 2021
census') is a count on its census day, not the mid-year estimate: a row that agrees supports it, one
that disagrees leaves it to a person (``census_level``)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from functools import lru_cache

from ...config import Tolerances
from ...matching import ClaimContext
from ...matching.carried import named_periods
from ...models import Claim, Flag, Kind, Qualifier, Verdict
from ...numbers import alternation, lexicon
from ...patterns import YEAR_1800_TO_2099
from ...periods import DAY, YEAR, Period, granularity, try_parse_period
from ..decision import Decision, Reason
from ..observations import count_moved_within, names_any, signed_value
from .day_count import last_digit
from .other_year import names_year_start
from .points_in_year import named_days
from ...move_ends import move_end
from .timing import stock_row_year
from ..wording import holds_any

_JUDGED = (Verdict.supported, Verdict.contradicted)


def _judged_stock_change(decision: Decision, claim: Claim, tol: Tolerances) -> bool:
    """A change judged (supported or contradicted) by the yearly rows of a stock's series (``stock_words``): the
    readings of this module ask which days the change runs between."""
    return decision.verdict in _JUDGED and bool(decision.lead) and claim.kind is Kind.change \
        and names_any(decision.lead[0].candidate.resource, tol.stock_words)


def census_count(decision: Decision, claim: Claim, ctx: ClaimContext, tol: Tolerances) -> Decision:
    """`needs_review` (``census_count``) for a change between censuses judged by a stock's yearly rows."""
    if not _judged_stock_change(decision, claim, tol):
        return decision
    if not _tied_to_census().search(ctx.sentence_text or claim.sentence):
        return decision
    return decision.for_review(Reason.CENSUS_COUNT)


@lru_cache(maxsize=1)
def _tied_to_census() -> re.Pattern[str]:
    """'since the 2009 census', 'between the last two censuses': a link, up to three words, a census word,
    all in one phrase — 'lower than in 2002, the census office said' names a source after the comma."""
    words = lexicon()
    gap = r"[^\w,;:()]+"
    return re.compile(rf"\b(?:{alternation(words['census_links'])})(?:{gap}\w+){{0,3}}?{gap}"
                      rf"(?:{alternation(words['census_words'])})\b", re.IGNORECASE)


def day_count_change(decision: Decision, claim: Claim, ctx: ClaimContext, tol: Tolerances) -> Decision:
    """`needs_review` (``count_days``) for a year's change of a stock judged by its yearly rows, when the
    sentence, its paragraph or an earlier one counts the stock on a 1 January: 'As of January 1, 2025, the
    population totalled 146 million. It dropped by 0.08 % in 2024' is the change between two 1 January
    counts; the mid-year rows span 1 July to 1 July, another period. A source that counts on 1 January
    does so every year, so any year's 1 January tells it, and so does a change since the start of a year
    to a day it names ('146.8 million on June 1, 2018, down 77,800 since the start of the year' counts
    1 January 2018). A count of another day alone (1 March) says nothing of which days the change runs
    between: the rows judge it."""
    if not _judged_stock_change(decision, claim, tol):
        return decision
    year = _year_of(claim)
    if year is None:
        return decision
    texts = [ctx.sentence_text or claim.sentence,
             *(text for layer, text in ctx.basis_texts if layer in ("paragraph", "previous paragraph"))]
    for text in texts:
        days = [day.start for named in [*named_periods(text, ctx.as_of), *named_days(text, tol)]
                if (day := try_parse_period(named)) is not None and granularity(day) == DAY
                and f"{day.start:%m-%d}" != tol.stock_row_day]
        first_of_january = next((day for day in days if (day.month, day.day) == (1, 1)), None)
        if first_of_january is None and days and names_year_start(text):
            first_of_january = dt.date(days[0].year, 1, 1)
        if first_of_january is not None:
            return decision.for_review(Reason.COUNT_DAYS, count_day=first_of_january)
    return decision


def day_count_level(decision: Decision, claim: Claim, ctx: ClaimContext, tol: Tolerances) -> Decision:
    """`needs_review` (``count_days``) for a count of a stock said of a year ('In 1991 the population was
    16.4 million') judged by a stock's yearly row, when the sentences before it in its own paragraph count
    the stock on another day than the rows' (``stock_row_day``): 'According to the statistics bureau, on
    1 January 2023 the population was 19.8 million. In 1991 it was 16.4 million' quotes that source's
    counts of one day, year after year; the mid-year estimate of 1991 is another day's figure, and often
    another source's, so it neither confirms nor refutes it. Only the claim's own paragraph: an earlier
    paragraph's day (a lead's 'reached 20 million on Nov. 14') is an event's, not the basis of this count."""
    if decision.verdict not in _JUDGED or not decision.lead or claim.kind is not Kind.count:
        return decision
    year = _year_of_a_stock_row(decision, claim, tol)
    if year is None:
        return decision
    for text in (text for layer, text in ctx.basis_texts if layer == "paragraph"):
        for named in [*named_periods(text, ctx.as_of), *named_days(text, tol)]:
            day = try_parse_period(named)
            if day is not None and granularity(day) == DAY and f"{day.start:%m-%d}" != tol.stock_row_day:
                return decision.for_review(Reason.COUNT_DAYS, count_day=day.start)
    return decision


def year_start_level(decision: Decision, claim: Claim, ctx: ClaimContext, tol: Tolerances) -> Decision:
    """`needs_review` (``count_days``) for the level a stock reached over a stretch its own sentence dates from a
    year's start ('since the beginning of 2015 the number of residents increased by 257,000, reaching
    17,417,673'; ``year_start_words`` in periods.json), judged by a stock's yearly row: a source that counts the
    change since 1 January counts the stock on days (1 January and the day it reports), and the level is that
    day's count, not the mid-year estimate of any year, which neither confirms nor refutes it. A sentence that
    names the count's day ('as of July 1, 2024') is left to the rules for that day."""
    if decision.verdict not in _JUDGED or not decision.lead or claim.kind not in (Kind.count, Kind.level):
        return decision
    lead = decision.lead[0]
    if not names_any(lead.candidate.resource, tol.stock_words) or granularity(lead.period) != YEAR:
        return decision
    sentence = ctx.sentence_text or claim.sentence
    if not names_year_start(sentence):
        return decision
    if any((day := try_parse_period(named)) is not None and granularity(day) == DAY
           for named in [*named_periods(sentence, ctx.as_of), *named_days(sentence, tol)]):
        return decision  # the count's own day is named: the day rules judge it
    return decision.for_review(Reason.COUNT_DAYS)


def year_move_level(decision: Decision, claim: Claim, ctx: ClaimContext, tol: Tolerances) -> Decision:
    """`needs_review` (``count_days``) for a count of a stock that stands as an end of its move over one year
    ('in 2020 the population fell from 146.75 million to 146.24 million'), contradicted by a stock's yearly row: the
    ends are the counts at the year's start and at its end, not the mid-year estimate of any year, which neither
    confirms nor refutes them. Ends that name their own periods ('from 145 million in 2019 to 146 million in
    2020') are each their period's figure, left to the other rules."""
    if decision.verdict is not Verdict.contradicted or not decision.lead or claim.kind not in (Kind.count, Kind.level) \
            or not ctx.sentence_text:
        return decision  # a row that bears the end out is evidence enough; only a refutation needs the day told apart
    year = _year_of_a_stock_row(decision, claim, tol)
    if year is None:
        return decision
    before, after = ctx.sentence_text[:ctx.claim_offset], ctx.sentence_text[ctx.claim_end:]
    end = move_end(before, after)
    if end is None or named_periods(end[1], ctx.as_of):
        return decision
    named = [try_parse_period(text) for text in named_periods(ctx.sentence_text, ctx.as_of)]
    if not named:
        return decision  # the move's year is carried from elsewhere, as may its span ('from 2010 to 2020' before)
    if any(period is None or granularity(period) != YEAR or period.start.year != year.start.year for period in named):
        return decision  # 'from 35 million to 50 million between 2000 and 2020': a span's first and last years
    # the year's start is its 1 January, its end the next year's
    count_day = dt.date(year.start.year + (end[0] == "to"), 1, 1)
    return decision.for_review(Reason.COUNT_DAYS, count_day=count_day)


def other_coverage(decision: Decision, claim: Claim, ctx: ClaimContext, tol: Tolerances) -> Decision:
    """`needs_review` (``other_coverage``) for a count of a stock, or its change, that yearly rows contradict when
    its own sentence says the place took in or gave up territory ('rose to 146.2 million as of 2021 following the
    annexation of …', 'increased by 2.5 million in 2014 when Moscow seized Crimea'; ``coverage_change_words`` in
    lexicon.json): the count covers the borders its source draws, the rows may cover others, and a change across
    the year the borders moved is the very gap between the two. A row that agrees still supports it."""
    if decision.verdict is not Verdict.contradicted or not decision.lead \
            or claim.kind not in (Kind.count, Kind.level, Kind.change):
        return decision
    if not names_any(decision.lead[0].candidate.resource, tol.stock_words):
        return decision
    if not holds_any(ctx.sentence_text or claim.sentence, lexicon().get("coverage_change_words", [])):
        return decision
    return decision.for_review(Reason.OTHER_COVERAGE)


def census_level(decision: Decision, claim: Claim, ctx: ClaimContext, tol: Tolerances) -> Decision:
    """`needs_review` (``census_count``) for a count its sentence ties to a census of the claim's year
    ('147.2 million according to the 2021 census', 'the last census, carried out in 2009, counted 16
    million') that a stock's yearly row contradicts: the census counts its own day with its own coverage
    and method, the row estimates the middle of the year, so a gap between them is no error of the text.
    A count that agrees is supported by the row. A census of another year than the claim's ('142.8 million
    according to the 2010 census, which rose to 146.2 million as of 2021') does not count the claim's figure, and a
    count the row misses by more than ``census_count_gap`` of it is wrong by any census's day or coverage."""
    if decision.verdict is not Verdict.contradicted or not decision.lead or claim.kind is not Kind.count \
            or claim.qualifier not in (None, Qualifier.exact) or abs(decision.lead[0].deviation) > tol.census_count_gap:
        return decision
    year = _year_of_a_stock_row(decision, claim, tol)
    if year is None:
        return decision
    if not census_of_year(ctx.sentence_text or claim.sentence, year.start.year):
        return decision
    return decision.for_review(Reason.CENSUS_COUNT)


def _year_of(claim: Claim) -> Period | None:
    """The claim's period when it is a whole year ('In 1991 …'); None for a month, a day or no period."""
    year = try_parse_period(claim.period) if claim.period else None
    return year if year is not None and granularity(year) == YEAR else None


def _year_of_a_stock_row(decision: Decision, claim: Claim, tol: Tolerances) -> Period | None:
    """The claim's year (``_year_of``) when the lead is a yearly row of a stock (``stock_words``: a population
    estimated once a year, for its middle), which a count of another day may miss; else None."""
    lead = decision.lead[0]
    if not names_any(lead.candidate.resource, tol.stock_words) or granularity(lead.period) != YEAR:
        return None
    return _year_of(claim)


def census_of_year(text: str, year: int) -> bool:
    """Whether ``text`` names a census of ``year``, or one of no year it names: 'the 2021 census', 'the
    census of 2009', 'the last census was carried out in 2009', 'according to the census'. The year stands
    right before the census word or at most ``_CENSUS_YEAR_REACH`` words after it, in the same phrase. A census
    word naming an office or its estimate ('the census office estimated', ``census_source_nouns``) is no census."""
    for found in _census_named().finditer(text):
        if _source_after_census().match(text, found.end()):
            continue  # 'the census office estimated …': an office's estimate, not a census
        before = _YEAR_BEFORE_CENSUS.search(text, 0, found.start())
        after = _year_after_census().match(text, found.end())
        named = [int(m.group("year")) for m in (before, after) if m is not None]
        if not named or year in named:
            return True
    return False


@lru_cache(maxsize=1)
def _source_after_census() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{alternation(lexicon()['census_source_nouns'])})\b", re.IGNORECASE)


_CENSUS_YEAR_REACH = 4
# '2021 census', "1991's census", '2009 population census' (the glossed word order of many languages)
_YEAR_BEFORE_CENSUS = re.compile(rf"(?<![\d.,])(?P<year>{YEAR_1800_TO_2099})(?:['\u2019]s)?(?:\s+[^\W\d_]+)?\s+\Z")


@lru_cache(maxsize=1)
def _year_after_census() -> re.Pattern[str]:
    """'census of 2009', 'census was carried out in 2009': a few words, no comma or full stop, then the year."""
    return re.compile(rf"(?:[^\S\n]+[^\W\d_][\w'\u2019-]*){{0,{_CENSUS_YEAR_REACH}}}?[^\S\n]+"
                      rf"(?P<year>{YEAR_1800_TO_2099})(?![\d.,]\d)")


def row_day_count(decision: Decision, claim: Claim, ctx: ClaimContext, tol: Tolerances) -> Decision:
    """`needs_review` (``row_day_count``) for a count of a stock on the very day its yearly rows estimate
    (``stock_row_day``: 'the population stood at 20,159,707 as of July 1, 2024'), stated to a register's
    precision (``census_count_digits``), that the row contradicts: a statistics office counts its register
    on that day, the row is another source's estimate of it with its own coverage, so the gap refutes
    nothing. A figure its sentence calls an estimate or a projection ('projected at 145,912,025 as of
    July 1, 2021', '(July 2011 est.)') is the kind of figure the row is, and a rounded count is judged by
    it as any count: both stay contradicted. ``claim`` is the claim as written, before its day was read
    as the row's year."""
    if decision.verdict is not Verdict.contradicted or not decision.lead or claim.kind is not Kind.count \
            or claim.qualifier not in (None, Qualifier.exact):
        return decision
    lead = decision.lead[0]
    day = try_parse_period(claim.period) if claim.period else None
    if day is None or stock_row_year(day, [lead.candidate], tol) is None or lead.period.start.year != day.start.year:
        return decision
    if _significant_digits(claim) < int(lexicon().get("census_count_digits", 0) or 0):
        return decision
    said_estimated = [*tol.forecaster_estimate_words, *lexicon().get("estimate_asides", []), *tol.projection_words]
    if holds_any(ctx.sentence_text or claim.sentence, said_estimated):
        return decision
    return decision.for_review(Reason.ROW_DAY_COUNT, count_day=day.start)


def register_count_of_year(decision: Decision, claim: Claim, ctx: ClaimContext, tol: Tolerances) -> Decision:
    """`needs_review` (``row_day_count``) for a count of a stock written to the unit and said of a whole year ('By
    2022, the number of citizens amounted to 145,478,097 people') that the year's yearly row contradicts by no more
    than counts move in half a year (periods.json ``count_drift_per_year``): a register or a census counts people
    on a day of the year (its first, often), to the person, with its own coverage; the row estimates the year's
    middle, at most half a year from that day, so the gap refutes nothing. An older row it comes near only
    through the relative slack does not make it that year's figure, stale: only a row it equals to its last digit
    is its source. A count its sentence calls an estimate or a projection is the kind of figure the row is, and a
    rounded count is judged by it: both stay contradicted."""
    if decision.verdict is not Verdict.contradicted or decision.reason not in (Reason.CONTRADICTED, Reason.STALE) \
            or not decision.lead or claim.kind is not Kind.count or claim.qualifier not in (None, Qualifier.exact):
        return decision
    if _year_of_a_stock_row(decision, claim, tol) is None:
        return decision
    claimed, lead = signed_value(claim), decision.lead[0]
    if _significant_digits(claim) < int(lexicon().get("census_count_digits", 0) or 0) \
            or last_digit(claimed, claim) > 10 or lead.observed <= 0:
        return decision  # a rounded count ('145.5 million') is the kind of figure the row is
    # a day of the year lies at most half a year from the middle the row estimates
    if not count_moved_within(claimed, lead.observed, _HALF_A_YEAR):
        return decision  # farther than counts move in half a year: no day of that year counts it
    if any(abs(o.observed - claimed) <= last_digit(claimed, claim) for o in decision.lead[1:]):
        return decision  # an older row's own figure, digit for digit: stale
    said_estimated = [*tol.forecaster_estimate_words, *lexicon().get("estimate_asides", []), *tol.projection_words]
    if holds_any(ctx.sentence_text or claim.sentence, said_estimated):
        return decision
    # not 'stale' either: the older row it came near through the slack is no more its source than its year's row
    review = decision.for_review(Reason.ROW_DAY_COUNT)
    return dataclasses.replace(review, flags=[f for f in review.flags if f is not Flag.stale])


# how far, in years, a day of a year can lie from the year's middle, which its yearly row estimates
_HALF_A_YEAR = 0.5


def _significant_digits(claim: Claim) -> int:
    """'16,009,600' → 6, '14 million 953 thousand' → 5, '147.2 million' → 4: trailing zeros are rounding."""
    last = last_digit(signed_value(claim), claim)
    return len(str(round(abs(signed_value(claim)) / last))) if last > 0 else 0


@lru_cache(maxsize=1)
def _census_named() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(lexicon()['census_words'])})\b", re.IGNORECASE)
