"""A change over one month — month on month — read from a figure's own words, in one place.

Only a monthly index computes such a change, and no package holds one for any place: against annual rates
alone the figure is unsupported (reason ``month_on_month``), not a different period of the year's average.

- 'On a monthly basis, consumer prices rose 0.1 %', 'rose 0.4 % monthly', 'annual 8 %, monthly 0.4 %', 'In December alone, the CPI rose
  0.3 %', 'rose 2.5 % between December and January' (``month_on_month_said``);
- 'in May compared with April', a month against the month before it, and a month's change beside the year's
  rate in one sentence (``month_change_unheld``);
- with no place named, or one the engine cannot read, the series of the measure the text names
  (``month_change_series``): which place is meant cannot change the verdict.

Every word these readers look for is data (periods.json, lexicon.json), read once into ``_words``.
"""

from __future__ import annotations

from bisect import bisect_right
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np

from ...config import Tolerances
from ...extraction.periods import YEAR_WRITTEN
from ...extraction.vocabulary import DIRECTION_OF, MONTH_NAMES, MONTHS
from ...matching import Candidate, ClaimContext, MatchMode, ReferenceIndex
from ...models import Claim, Kind
from ...numbers import alternation, data_json, lexicon
from ...periods import MONTH, YEAR, Period, granularity, parse_period, try_parse_period
from ...text import first_match_from, last_match_before, matches_from, matches_once, piece_before, search_once
from ...units import unit_words
from ..observations import finer_than_rows, names_any
from ..measures.qualifier_scope import LINKS
from .timing import year_closings_at
from ..wording import find_any, find_any_in_place, first_in_place_from, holds_any, holds_any_before, normalized


@dataclass(frozen=True)
class _MonthWords:
    """The words the month-on-month readers look for, each list as periods.json or lexicon.json holds it."""

    month_on_month: tuple[str, ...]  # month_on_month_words: 'on a monthly basis', 'from the previous month'
    month_alone: tuple[str, ...]  # month_alone_words: after a month's name ('December alone')
    month_alone_before: tuple[str, ...]  # month_alone_before_words: before a month's name ('only in December')
    after_figure: tuple[str, ...]  # month_on_month_after_figure_words: right after the figure ('0.4 % monthly')
    month_before: tuple[str, ...]  # month_before_words: right before the month before ('compared with April')
    moved_to: tuple[str, ...]  # moved_to_words: 'rose to 1.7 %', a level reached
    same_month: tuple[str, ...]  # same_month_words: 'the same month a year before', a 12-month base
    pair_openers: tuple[str, ...]  # pair_span_openers: 'between … and …'
    clause_joiners: tuple[str, ...]  # next_clause_joiners: 'and', 'while'
    average_nouns: tuple[str, ...]  # years_average_nouns: 'the average monthly rate' is a mean of months
    change_of_nouns: tuple[str, ...]  # lexicon signed_change change_of_nouns: 'a change of 2.5 %'
    price_index: tuple[str, ...]  # lexicon price_index_words: 'the consumer price index' itself
    list_joiners: tuple[str, ...]  # paired_list_joiners: 'monthly and annual … 0.6 % and 24 %'
    basket: tuple[str, ...]  # lexicon price_basket_words: 'goods and services' rising in price stand for the index
    base_nouns: tuple[str, ...]  # month_base_nouns: 'compared with the value of November', a noun for its figure


@lru_cache(maxsize=1)
def _words() -> _MonthWords:
    periods, lex = data_json("periods.json"), lexicon()

    def of(key: str) -> tuple[str, ...]:
        return tuple(periods.get(key, []))
    return _MonthWords(of("month_on_month_words"), of("month_alone_words"), of("month_alone_before_words"),
                       of("month_on_month_after_figure_words"),
                       of("month_before_words"), of("moved_to_words"), of("same_month_words"), of("pair_span_openers"),
                       of("next_clause_joiners"), of("years_average_nouns"),
                       tuple(lex["signed_change"]["change_of_nouns"]), tuple(lex.get("price_index_words", [])), of("paired_list_joiners"),
                       tuple(lex.get("price_basket_words", [])), of("month_base_nouns"))


def month_change_series(candidates: list[Candidate], index: ReferenceIndex, ctx: ClaimContext,
                        tol: Tolerances) -> list[Candidate]:
    """The series a month's change is read against: the claim's candidates; with none, and no place named that
    the data lacks (``ctx.missing``), every series of the measures the text names but places nowhere
    (``ctx.unplaced``), or, when nothing matched at all, of the price measures when the sentence says bare prices
    (``price_nouns``: 'prices rose 1.3 % in October compared with September'). A month's change is no package's
    series for any place, so the place cannot change the verdict: this reading comes before the place check."""
    if candidates or ctx.missing:
        return candidates
    if ctx.unplaced:
        metrics = set(ctx.unplaced)
    elif holds_any(ctx.sentence_text, [*tol.price_measure_words, *tol.price_nouns]):
        metrics = {r.metric for r in index.resources.values() if names_any(r, tol.price_measure_words)}
    else:
        return []
    return [Candidate(res, MatchMode.DIRECT, 1.0, 0.0, 0.0, np.arange(len(res.period_codes)))
            for _name, res in sorted(index.resources.items()) if res.metric in metrics]


# a change said of a month whose wording names no period ('from the previous month')
_ONE_MONTH = parse_period("2000-01")


def month_change_unheld(claim: Claim, candidates: list[Candidate], ctx: ClaimContext, tol: Tolerances,
                        measured: list[Candidate] | None = None) -> str | None:
    """'Consumer prices rose 0.3 % in December, while annual inflation reached 8 %': a percent change of a
    price measure said of one month whose own words (its sentence up to it, and after it up to a link
    word or the next figure) have no 12-month wording while the rest of its sentence has some and another
    percent figure (``monthly_basis_words``, ``year_on_year_words``, ``annual_rate_words``) — the month's
    change beside the year's rate. Only a monthly index computes it: when none of the measure's candidates
    has rows a month long, what shows it (for a ``month_on_month`` verdict); else None. Alone in its
    sentence ('prices rose 8.5 % in December') a month's change may be its 12-month rate: left to the period rules.
    A change or a rate its own words compare with the month before ('inflation in May 2023 compared with
    April 2023 was 0.5 %', ``month_before_words``) is a change over one month, whatever else the sentence says
    — the month before the one its paragraph speaks of, too ('Prices rose 3.3 % in September 2023 from a year
    before. Compared to August 2023, they fell 0.4 %'): the sentence names only the change's base.
    The price index's own rise in a month its words name is the month's change, a small part of the year's rate
    beside it or of the place's annual row; with nothing to weigh it against (no place named, no year, no year's
    rate in its sentence), while no larger than a month's change commonly is (``unweighed_month_change``). Words
    dating a figure to the same month a year before ('in the same month of last year', ``same_month_dating_words``)
    are no 12-month wording of its own. A year's close after the figure ('rose 0.3 %, so that it closed 2023 with a
    rate of 3.41 %', ``year_end_verbs`` with a year) stands for the year's rate, for a change in a month named
    without a year too.
    ``measured``: the candidates of the measure the words mean (``preferred_measure``), whose year's rows the
    figure's size is weighed against; ``candidates`` when not given."""
    if claim.kind not in (Kind.change, Kind.level) or claim.unit != "%" or not candidates:
        return None
    own_month = try_parse_period(claim.period) if claim.period else None
    if own_month is not None and granularity(own_month) != MONTH:
        own_month = None
    carried = _carried_month(ctx)
    # a month named with no year to give it, as in an undated draft ('the consumer price index rose 0.6 % in May'):
    # the index's rise in it is the month's change whatever the year, as no package holds the series in any year
    yearless = own_month is None and carried is None and not claim.period \
        and search_once(_MONTH_NAME, ctx.sentence_text) is not None
    if own_month is None and carried is None and not yearless:
        return None
    month = own_month or carried or _ONE_MONTH
    text = ctx.sentence_text
    # 'rose 0.83 % in the same month of last year' dates the figure: no 12-month wording of its own (the lookups
    # below read the sentence with such dating words blanked)
    worded = _without_same_month_dating(text)
    # the figure's own words: the sentence up to it, and after it up to a link word or the next figure
    # ('rose 5.9 %, year on year in December, from 5.5 %' keeps its basis)
    next_figure = first_match_from(_PERCENT_FIGURE, text, ctx.claim_end)
    link = first_match_from(_LINK, text, ctx.claim_end)  # 'and', 'while': the next clause
    own_end = min((m.start() for m in (next_figure, link) if m is not None), default=len(text))
    twelve_month = [*tol.monthly_basis_words, *tol.year_on_year_words, *tol.annual_rate_words]
    # … and a 12-month wording nearer the next figure than this one is that figure's: 'a fall of 0.5 % in
    # December, putting year-on-year inflation for 2023 at 3.9 %'
    if next_figure is not None and own_end == next_figure.start():
        between = find_any_in_place(worded[ctx.claim_end:own_end], twelve_month)  # offsets from the figure's end
        own_end = min((ctx.claim_end + start for start, end in between if own_end - (ctx.claim_end + end) < start),
                      default=own_end)
    # (each figure of a long sentence asks of the text before and after its own words: the sentence's wordings and
    # figures are read once, ``holds_any_before``, ``first_in_place_from``, ``_figures_from``)
    own_twelve_month = holds_any_before(worded, twelve_month, own_end)
    # the month's change first, then the year's rate as another figure: a 12-month span said before the
    # figure ('the average of the twelve months to January rose 1.9 %') is the figure's own
    any_other, least_other = _figures_from(text, own_end, alone=True)
    # … the year's rate being the figures after its 12-month wording, when some stand there: one before it is a
    # sibling change ('rose 4.4 %, food prices by 5.7 %, as the annual rates reached 15.9 % and 20.7 %')
    wording_at = first_in_place_from(worded, twelve_month, own_end)
    # … or a year's close after the figure ('rose 0.3 %, so that it closed 2023 with a rate of 3.41 %'): the year's
    # December-on-December rate stands after it, the month's change before
    closing = next((at for at in year_closings_at(text, tol) if at >= ctx.claim_end), None)
    if wording_at is None:
        wording_at = closing
    any_year_rate, least_year_rate = (False, None) if wording_at is None \
        else _figures_from(text, wording_at, alone=wording_at == own_end)
    least_rate = least_year_rate if any_year_rate else least_other
    # 'in May compared with April': the figure's own words name the month before as its base
    # (a link word may open the comparison: the words right after the figure's own are read too)
    # … from the rate before it on: 'in May compared with April was 0.5 %, since the beginning of the year 3.8 %'
    # compares the 0.5 % alone
    own_start = _own_words_start(text, max(ctx.claim_offset, 0))
    # (a 12-month wording of the clause before, 'fell 1.7 % year on year in February and by 0.7 % against
    # January', is that clause's figure's)
    compared_span = text[own_start:_comparison_end(text, ctx.claim_end, own_end, next_figure)]
    on_the_month_before = any(_compared_with_month_before(compared_span, m) for m in (own_month, carried) if m is not None) \
        and not holds_any(worded[own_start:own_end], twelve_month) and not _moved_to(text[:max(ctx.claim_offset, 0)])
    if own_month is None and not on_the_month_before and not yearless:
        return None  # a month carried from the text before dates only a comparison with the month before it
    # 'The consumer price index increased by 0.6 % for May 2023': the index's own rise in a named month, with no
    # 12-month wording of its own nor a comparison with the same month a year before ('compared with the same month
    # a year earlier', ``same_month_words``), is the month's change (when it is a small part of the year's rate, below)
    # ('rose in price by an average of 1.5 %': a rise by an average, read as the average's level, is the change)
    changed = claim.kind is Kind.change or _risen_by_average(text[own_start:max(ctx.claim_offset, 0)])
    index_rise = changed and not own_twelve_month \
        and _names_the_index(text[own_start:max(ctx.claim_offset, 0)], _clause_before(text, ctx.claim_offset), tol) \
        and not holds_any(worded[own_start:own_end + _COMPARISON_SPAN], _words().same_month)
    # a month's rate said as a level ('in December inflation was 0.4 %, while the annual rate of 2019 is 7 %') is
    # read the same way, but only when far smaller than the year's (``_LEVEL_SHARE_OF_YEAR``): a month's 12-month
    # rate is said as a level too, and after a year of falling prices may stand well below the year's average
    if not on_the_month_before and not index_rise and (own_twelve_month or wording_at is None or not any_other):
        return None
    if yearless and not (index_rise and _MONTH_NAME.search(text, own_start, own_end)) \
            and not (closing is not None and changed):
        # a yearless month dates the index's own rise only, named in the figure's own words; or a change in it
        # before the close of a year ('December … rose by 0.3 %, so that it closed 2023 with 3.41 %'), that year's
        return None
    share = _LEVEL_SHARE_OF_YEAR if claim.kind is Kind.level and not index_rise else _MONTH_SHARE_OF_YEAR
    # a month's change is a small part of the year's rate ('rose 0.3 % …, while annual inflation reached 8 %');
    # one as large as it ('rose 5.9 % in December, while the annual average was 5.8 %') is a 12-month rate
    # (compared with the month before in its own words it is a month's change however small the year's rate:
    # 'in December, as compared to November, went down by 0.8 %, … up 0.6 % when compared to December 2022')
    # (with no place named, the series of every place stand in, ``month_change_series``: their rows say nothing of
    # this figure's size, while its sentence's own year's rate does)
    # (the rows of the measure the words mean: a deflator the word 'inflation' also matched holds no year's rate of the index)
    # (the rows of no year, in an undated draft, say nothing of it either)
    year_rows = [] if ctx.unplaced or yearless else [row for c in (measured or candidates)
                                                    for row in _rows_of_year(c, month.start.year)]
    weighed = [v for v in (least_rate, *year_rows) if v is not None]
    if not on_the_month_before and any(abs(claim.value) > share * abs(v) for v in weighed):
        return None
    if not on_the_month_before and not weighed and abs(claim.value) > _unweighed_month_change():
        return None  # nothing to weigh it against, and larger than a month's change commonly is
    # (with a year's close after the figure, every year up to the close: the close's own, 'so that it closed 2023
    # with', is the year the month ends, no base, while one before it may be: 'rose 0.3 % compared to December 2022')
    if not on_the_month_before and any(int(y.group()) != month.start.year and not _record_since(text, y.start())
                                       for y in YEAR_WRITTEN.finditer(text, ctx.claim_end, own_end if closing is None else closing)):
        return None  # 'up 14.4 % compared to December 2021': a base a year before
    prices = [c for c in candidates if names_any(c.resource, tol.price_measure_words)]
    if not prices or not all(finer_than_rows(month, c.resource, c.positions) for c in prices):
        return None  # not a price measure, or a monthly index the change can be computed from
    if on_the_month_before:
        return "compared with the month before"
    return "a month's change beside the year's rate" if any_other and wording_at is not None \
        else "the price index's change in one month"


def _comparison_end(text: str, claim_end: int, own_end: int, next_figure: re.Match[str] | None) -> int:
    """Where the words that may compare the figure with the month before end: a short reach past its own words
    (', compared with September 2023'), but a clause after a mark that runs on to the next figure with no other
    mark is that figure's ('June 2021 against June 2020 … 9.70 percent was, May compared with June … 0.24 percent
    decrease', glossed from Urdu: the comparison with May is the 0.24 %'s)."""
    reach = own_end + _COMPARISON_SPAN
    if next_figure is not None:
        # a bracketed aside after the figure ('6.2 % (price index 106.2), while compared with November …') is no
        # clause of its own: its brackets and the marks inside them are not the mark that ends the figure's words
        between = _BRACKETED.sub(lambda m: " " * len(m.group()), text[claim_end:next_figure.start()])
        marks = [claim_end + m.start() for m in _CLAUSE_MARK.finditer(between)]
        if len(marks) == 1:
            return min(marks[0], reach)
    return reach


def _record_since(text: str, year_at: int) -> bool:
    """The year at ``year_at`` closes a record's span ('the highest since 2012', periods.json
    ``record_span_words``): how long since the figure was last so high, no base the figure is a change from."""
    return _record_span_before().search(text, max(0, year_at - _RECORD_SPAN_REACH), year_at) is not None


# 'since the end of 2012': the span word and at most a few words before the year
_RECORD_SPAN_REACH = 30


@lru_cache(maxsize=1)
def _record_span_before() -> re.Pattern[str]:
    words = data_json("periods.json").get("record_span_words", [])
    return re.compile(rf"(?<!\w)(?i:{alternation(words)})(?:\s+[^\W\d]+){{0,3}}\s+$" if words else r"(?!)")


@lru_cache(maxsize=16)  # every figure of a sentence reads it: one blanking per sentence
def _without_same_month_dating(text: str) -> str:
    """``text`` with the words dating a figure to the same month a year before (periods.json
    ``same_month_dating_words``: 'in the same month of last year') blanked, its length kept."""
    spans = find_any_in_place(text, _same_month_dating_words())
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


@lru_cache(maxsize=1)
def _same_month_dating_words() -> tuple[str, ...]:
    return tuple(data_json("periods.json").get("same_month_dating_words", []))


def _names_the_index(words: str, clause: str, tol: Tolerances) -> bool:
    """The figure's own words name a price index itself ('the consumer price index', 'the CPI'): one of
    ``price_measure_words`` and one of lexicon.json's ``price_index_words``; or its clause names the basket the
    index prices (``price_basket_words``: 'goods and services … rose in price'; its 'and' opens no other
    figure's words), which stands for it."""
    return (holds_any(words, tol.price_measure_words) and holds_any(words, _words().price_index)) \
        or holds_any(clause, _words().basket)


def _clause_before(text: str, offset: int) -> str:
    """The words of the figure's clause before it: from the last clause mark (or the sentence's start) on, the
    sentence's marks found once for all its figures."""
    return piece_before(_CLAUSE_MARK, text, offset)


def month_on_month_said(claim: Claim, candidates: list[Candidate], ctx: ClaimContext, tol: Tolerances) -> str | None:
    """'On a monthly basis, meanwhile, consumer prices rose 0.1 %', 'a monthly inflation rate of 0.41 percent',
    'In December alone, the CPI rose by 0.30 %': a percent figure of a price measure whose own words (its
    sentence from the figure before it, and after it up to a link word, a clause mark or the next figure) say
    it is a change over one month (``month_on_month_words``, a month's name before ``month_alone_words``).
    Only a monthly index computes it: when none of the measure's candidates has rows a month long, the words
    saying so; else None. A 12-month wording nearer the figure keeps it a 12-month rate ('0.3 % on a monthly
    basis and 11.6 % on an annual basis'), and a rate moved to ('rose to 3.5 % compared to the previous
    month') is the level it reached."""
    if claim.kind not in (Kind.change, Kind.level) or claim.unit != "%" or not candidates or ctx.claim_offset < 0:
        return None
    text = ctx.sentence_text
    # … a change in points before it too: 'fell 0.12 points in December month-on-month, standing at 4.18 %'
    step = _last_end_by(_figure_ends(text, _STEP_FIGURE), ctx.claim_offset)
    own_start = max(_own_words_start(text, ctx.claim_offset), step)
    ends = [m.start() for m in (first_match_from(_PERCENT_FIGURE, text, ctx.claim_end),
                                _next_clause_link(text, ctx.claim_end),
                                first_match_from(_CLAUSE_MARK, text, ctx.claim_end)) if m is not None]
    before, after = text[own_start:ctx.claim_offset], text[ctx.claim_end:min(ends, default=len(text))]
    # after the figure before it, the words up to a clause mark are that figure's: 'fell 0.01 % compared with
    # the previous month, rose 4.55 % compared with December 2021'
    tail = _CLAUSE_MARK.search(before)
    last = _last_end_by(_figure_ends(text, _PERCENT_FIGURE), ctx.claim_offset, own_start)
    # … or joined to it by a bare 'and': '8 % and rises slightly month on month, while last month it was 7.9 %'
    # goes on with the figure before it up to a comma; words up to a bracket lead into the bracketed figure ('and
    # with a change on the month before (-0.09 %)')
    joined = tail is not None and tail.group() in ",;" and 0 < last < own_start \
        and _clause_joiner().fullmatch(text[last:own_start].strip()) is not None
    after_figure = own_start == step > 0 or 0 < own_start == last or joined
    if after_figure and tail:
        before = before[tail.end():]
    moved = _moved_to(text[:ctx.claim_offset])
    twelve_month = [*tol.monthly_basis_words, *tol.year_on_year_words, *tol.annual_rate_words]
    paired = _paired_wording(text, ctx.claim_offset, ctx.claim_end, twelve_month)
    if paired is not None:  # 'monthly and annual changes of 0.6 % and 24 %': the list's order decides
        said = paired or None
    else:
        said = _said_right_after(_claim_tail(text, ctx.claim_offset, ctx.claim_end) + after, before, twelve_month) \
            or _said_right_before(before) \
            or _month_words_nearest(before, after, _month_on_month_words(), twelve_month) \
            or _trailing_comparison(text, ends) \
            or (_months_in_a_row(_between_months(text, ctx.claim_end) or after)
                or _span_opening_months(before, after, twelve_month)
                if claim.kind is Kind.change or _called_change(before) else None) \
            or _compared_with_a_month_change(text, ctx.claim_offset, after, twelve_month) \
            or _next_to_a_month_change(claim.value, text, ctx.claim_offset, after, twelve_month) \
            or _listed_under_a_month_change(text, ctx.claim_offset, ctx.claim_end, twelve_month)
    if said is None:
        return None
    prices = [c for c in candidates if names_any(c.resource, tol.price_measure_words)]
    month = try_parse_period(claim.period) if claim.period else None
    month = month if month is not None and granularity(month) == MONTH else _ONE_MONTH
    if not prices or not all(finer_than_rows(month, c.resource, c.positions) for c in prices):
        return None  # not a price measure, or a monthly index the change can be computed from
    if moved and not _moved_under_basis(claim.value, said, month, prices):
        return None  # 'rose to 3.5 % compared to the previous month': the level the rate reached
    if month is not _ONE_MONTH and _year_rate_sized(claim.value, said, month, prices):
        return None  # 'on a monthly basis … to 3.5 % from 3.4 %': the month's 12-month rate, as likely
    return f"'{said}'"


def _year_rate_sized(value: float | None, said: str, month: Period, prices: list[Candidate]) -> bool:
    """A figure called monthly in words that may mean the month's own figure (periods.json
    ``loose_monthly_reading`` words: 'on a monthly basis', 'monthly') that is the size of the place's 12-month
    rate — at least the reading's ``min_percent``, at least its ``min_share_of_year_rate`` of every annual row of
    the month's year and at most its ``max_share_of_year_rate`` of one — and so far larger than a month's change
    there: the writer's 'monthly' may name the month's 12-month rate, which the period rules judge."""
    reading = _loose_monthly_reading()
    if value is None or said.lower() not in {w.lower() for w in reading.get("words", [])} \
            or abs(value) < reading.get("min_percent", float("inf")):
        return False
    low, high = reading.get("min_share_of_year_rate", float("inf")), reading.get("max_share_of_year_rate", 0.0)
    rows = [v for c in prices for v in _rows_of_year(c, month.start.year) if v]
    # no small part of any row's year, and near at least one (the measure's other packages may hold a deflator's)
    return bool(rows) and all(low * abs(v) <= abs(value) for v in rows) and any(abs(value) <= high * abs(v) for v in rows)


def _moved_under_basis(value: float | None, said: str, month: Period, prices: list[Candidate]) -> bool:
    """A figure moved to ('declined to 0.3 %') whose words name its basis as a change over one month (periods.json
    ``moved_month_change_words``: 'On a month-on-month basis, CPI declined to 0.3 % in August from 0.9 % in July')
    and that is a small part of every annual row of its month's year (``_MONTH_SHARE_OF_YEAR``): that change's new
    level. With no month of its own, or no row of its year to weigh it against, it stays the level a rate reached."""
    if value is None or month is _ONE_MONTH or said.lower() not in _moved_month_change_words():
        return False
    rows = [v for c in prices for v in _rows_of_year(c, month.start.year)]
    return bool(rows) and all(abs(value) <= _MONTH_SHARE_OF_YEAR * abs(v) for v in rows)


@lru_cache(maxsize=1)
def _moved_month_change_words() -> frozenset[str]:
    return frozenset(w.lower() for w in data_json("periods.json").get("moved_month_change_words", []))


@lru_cache(maxsize=1)
def _loose_monthly_reading() -> dict[str, Any]:
    return dict(data_json("periods.json").get("loose_monthly_reading", {}))


def _paired_wording(text: str, start: int, end: int, twelve_month: list[str]) -> str | None:
    """'Monthly and annual changes of 0.6 % and 24 %' (French 'des variations mensuelle et annuelle de 0,6 % et de
    24 %', glossed): two figures joined by a list's joiner (``paired_list_joiners``) after, in their clause, just
    two wordings joined so — one of a month's change, one of a 12-month rate, in either order — pair in order.
    The figure at ``start``–``end`` takes its wording: the month-on-month words when they are its own, '' when
    the 12-month wording is; None when the sentence makes no such pair (the nearest wording decides)."""
    following = _PERCENT_FIGURE.search(text, end)
    preceding = [m for m in [last_match_before(_PERCENT_FIGURE, text, start)] if m is not None]
    if following is not None and _list_joiner().fullmatch(text[end:following.start()]):
        place, list_start = 0, start
    elif preceding and _list_joiner().fullmatch(text[preceding[0].end():start]):
        place, list_start = 1, preceding[0].start()
    else:
        return None
    clause_start = max((m.end() for m in (*_CLAUSE_MARK.finditer(text, 0, list_start),
                                          *_PERCENT_FIGURE.finditer(text, 0, list_start))), default=0)
    words = normalized(text[clause_start:list_start])
    month = [(m.start(), m.end(), m.group(), True) for m in find_any(words, (*_month_on_month_words(), *_words().after_figure))]
    year = [(m.start(), m.end(), m.group(), False) for m in find_any(words, twelve_month)]
    # a wording inside a longer one ('monthly' in 'monthly inflation') is that one
    hits = sorted(h for h in month + year
                  if not any(o[0] <= h[0] and h[1] <= o[1] and (o[0], o[1]) != (h[0], h[1]) for o in month + year))
    hits = [h for i, h in enumerate(hits) if not any((o[0], o[1]) == (h[0], h[1]) for o in hits[:i])]
    if len(hits) != 2 or hits[0][3] == hits[1][3] or not _list_joiner().search(words[hits[0][1]:hits[1][0]]) \
            or len(words[hits[0][1]:hits[1][0]].split()) > _PAIR_GAP_WORDS:
        return None
    own = hits[place]
    return own[2] if own[3] else ""


# 'month-on-month changes and annual': the words between a pair's two wordings, the joiner among them
_PAIR_GAP_WORDS = 3


@lru_cache(maxsize=1)
def _list_joiner() -> re.Pattern[str]:
    """The words joining a list's two items ('and', 'and of' in a gloss's 'of 0.6 % and of 24 %'), alone."""
    joiners = alternation(_words().list_joiners or ("and",))
    return re.compile(rf"\s*(?i:{joiners})(?:\s+(?i:of|by|at|to))?\s*")


def _months_in_a_row(after: str) -> str | None:
    """The change's two ends, when the words after it name just two months and the second follows the first
    ('decreased by 1.2 % from 187.64 in May to 185.39 in June 2017'): a change over one month, as the words
    naming them; else None."""
    named = list(_MONTH_NAME.finditer(after))
    if len(named) != 2:
        return None
    first, second = (MONTH_NAMES.get(m.group().lower().rstrip(".")) for m in named)
    if first is None or second is None or second != first % 12 + 1:
        return None
    # 'from May 2022 to June 2023' spans thirteen months: the years written must be one, or the next after December
    years = sorted({int(y) for y in YEAR_WRITTEN.findall(after)})
    if len(years) > 1 and not (first == 12 and years == [years[0], years[0] + 1]):
        return None
    return f"{named[0].group()} to {named[1].group()}"


_MONTH_NAME = re.compile(rf"(?<!\w)(?:{MONTHS})(?!\w)", re.IGNORECASE)


def _between_months(text: str, end: int) -> str | None:
    """The words after a change's figure (up to the next figure or clause mark) when they open with a pair's
    opener ('between', periods.json ``pair_span_openers``) and name a month: the 'and' of 'rose 2.5 % between
    December 2023 and January 2024' joins the span's two months, not a next clause, so both ends are read;
    else None."""
    stops = [m.start() for m in (_PERCENT_FIGURE.search(text, end), _CLAUSE_MARK.search(text, end)) if m is not None]
    words = text[end:min(stops, default=len(text))]
    return words if _pair_opener().match(words) and _MONTH_NAME.search(words) else None


def _span_opening_months(before: str, after: str, twelve_month: list[str]) -> str | None:
    """The span the figure's own words open with, when it runs between two months in a row ('From November to
    December, consumer prices fell by 0.1 %', Swedish 'Från november 2013 till december 2013 steg KPI med 0,3
    procent' glossed): a change over one month, as the words naming its ends; else None. A 12-month wording in
    the figure's words ('… up 3.5 % on the year') makes the span the months of the 12-month rates compared."""
    opened = _span_opener_before().match(before)
    if opened is None or holds_any(normalized(f"{before} {after}"), twelve_month):
        return None
    return _months_in_a_row(before[opened.end():])


@lru_cache(maxsize=1)
def _span_opener_before() -> re.Pattern[str]:
    """A span opener (periods.json ``month_span_openers``: 'from') at the start of a figure's words."""
    return re.compile(rf"\s*(?i:{alternation(data_json('periods.json')['month_span_openers'])})(?!\w)")


def _risen_by_average(before: str) -> bool:
    """The words right before a figure say a verb of change rose or fell by an average of it ('rose in price
    by an average of 1.5 %', ``years_average_nouns``): read as the average's level by extraction, the figure
    is still the change, averaged over the basket."""
    found = _by_average_before().search(before)
    return found is not None and any(w.lower() in DIRECTION_OF for w in re.findall(r"[\w-]+", before[:found.start()])[-4:])


@lru_cache(maxsize=1)
def _by_average_before() -> re.Pattern[str]:
    nouns = alternation(_words().average_nouns)
    return re.compile(rf"(?<![\w-])by\s+(?:an?\s+|the\s+)?(?:{nouns})\s+of\s*$", re.IGNORECASE)


def _called_change(before: str) -> bool:
    """The words right before a figure call it a change without a direction ('recorded a change of 2.5 %',
    lexicon.json signed_change ``change_of_nouns``; a gloss's 'a change at 2.5 %'): read as a level by
    extraction, it is still a change for the months it spans."""
    return _change_of_before().search(before) is not None


@lru_cache(maxsize=1)
def _change_of_before() -> re.Pattern[str]:
    nouns = alternation(_words().change_of_nouns)
    return re.compile(rf"(?<![\w-])(?:{nouns})\s+(?:of|at|by)\s*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _pair_opener() -> re.Pattern[str]:
    """A span opener whose two ends are joined by 'and' (``pair_span_openers``), first after the figure."""
    return re.compile(rf"\s*(?i:{alternation(_words().pair_openers or ('between',))})(?!\w)")


def _own_words_start(text: str, offset: int) -> int:
    """Where the words of the figure at ``offset`` begin: after the percent figure before it or the word joining
    its clause to the one before ('and', 'while') — 'up 2.0 % compared to the previous month, and by 10.2 %
    against the previous year' compares only the first with the month before. The 'and' of a basket's name
    (``price_basket_words``: 'prices of goods and services') joins two nouns, no clause: 'Compared with the previous
    month, prices of goods and services rose by 1.6 %' is one clause."""
    figures = _last_end_by(_figure_ends(text, _PERCENT_FIGURE), offset)
    # the links after the last figure only: one before it starts no later clause than the figure does
    baskets = find_any_in_place(text[figures:offset], list(_words().basket))
    links = (figures + m.end() for m in _clause_joiner().finditer(text[figures:offset])
             if not any(start < m.start() and m.end() < end for start, end in baskets))
    return max(links, default=figures)


@lru_cache(maxsize=16)  # every figure of a sentence asks where the figures before it end: one scan per sentence
def _figure_ends(text: str, pattern: re.Pattern[str]) -> tuple[int, ...]:
    return tuple(m.end() for m in pattern.finditer(text))


def _last_end_by(ends: tuple[int, ...], offset: int, at_most: int | None = None) -> int:
    """The last of the figures' ``ends`` at or before ``offset`` (and ``at_most``); 0 when none is."""
    limit = offset if at_most is None else min(offset, at_most)
    i = bisect_right(ends, limit)
    return ends[i - 1] if i else 0


@lru_cache(maxsize=1)
def _clause_joiner() -> re.Pattern[str]:
    """The words that join a next clause (``next_clause_joiners``: 'and', 'while'); not 'compared with', which
    links a figure to its base inside its clause."""
    return re.compile(rf"(?<!\w)(?i:{alternation(_words().clause_joiners or ('and',))})(?!\w)")


def _compared_with_a_month_change(text: str, start: int, after: str, twelve_month: list[str]) -> str | None:
    """'Prices rose 0.68 % on the month (against 1.39 % in November 2021)': a figure the words right before it
    compare (``month_before_words``: 'against', 'compared with') with the figure before it, which its own words
    (after it, or before it with no 12-month wording nearer) call a change over one month, is measured the same
    way — that month's change of another month, unless its own words give a 12-month basis ('against 11.6 % year
    on year'). The earlier figure's words; else None."""
    preceding = [m for m in [last_match_before(_PERCENT_FIGURE, text, start)] if m is not None]
    if not preceding or holds_any(after, twelve_month):
        return None
    between = text[preceding[0].end():start]
    compared = _COMPARED_RIGHT_BEFORE().search(between)
    if compared is None:
        return None
    own = between[:compared.start()]  # the earlier figure's own words, up to the comparison
    if holds_any(own, twelve_month) or _LINK.search(own):
        return None
    found = find_any(own, _month_on_month_words())
    if found or re.search(r"\w", own):
        return found[0].group() if found else None  # words of its own after it ('… of the year before'): they decide
    # … or, with only the comparison between the two, its words before it: 'rose month-on-month in October, with
    # 3.4 % compared with 2.3 % in September'
    earlier_before = text[_own_words_start(text, preceding[0].start()):preceding[0].start()]
    return _month_words_nearest(earlier_before, own, _month_on_month_words(), twelve_month)


def _next_to_a_month_change(value: float | None, text: str, start: int, after: str, twelve_month: list[str]) -> str | None:
    """'The index fell 0.1 % month-on-month in December, after +0.3 % in November', 'rose 0.48 % in December alone,
    whereas in November it was 0.13 %': a figure next after one its own words call a change over one month, whose
    own words (from the clause mark, link or 'after' (``earlier_month_figure_links``) after the earlier figure's
    words, to its own clause's end) name a month, or count one ('unlike the previous month, when they fell 0.26 %',
    ``_months_counted_words``), and hold no 12-month wording nor a base of their own (``month_before_words``), is
    that measure's change in the month it names. Not one far larger than the earlier change (periods.json
    ``next_month_change_size``: its ratio, above its ordinary_percent): a 12-month rate beside a month's change.
    The earlier figure's words; else None."""
    preceding = last_match_before(_PERCENT_FIGURE, text, start)
    if preceding is None or value is None:
        return None
    earlier = _figure_value(preceding.group())
    ratio, ordinary = _next_month_change_size()
    if earlier is None or (abs(value) > ordinary and abs(value) > ratio * abs(earlier)):
        return None
    between = text[preceding.end():start]
    marks = [m.start() for m in (_CLAUSE_MARK.search(between), _LINK.search(between), _earlier_month_link().search(between))
             if m is not None]
    if not marks:
        return None  # 'rose 0.1 % and 0.3 %': a list, which the pair and comparison readers judge
    cut = min(marks)
    own = between[cut:] + after
    # … a base of its own ('compared with October of the year before') is no month's change of the earlier's kind
    if holds_any(own, [*twelve_month, *_words().month_before]) \
            or not (_MONTH_NAME.search(own) or holds_any(own, _months_counted_words())):
        return None
    earlier_before = text[_own_words_start(text, preceding.start()):preceding.start()]
    return _month_words_nearest(earlier_before, between[:cut], _month_on_month_words(), twelve_month)


def _listed_under_a_month_change(text: str, start: int, end: int, twelve_month: list[str]) -> str | None:
    """'A monthly inflation rate like Turkey's (+1.0 %), but above Austria (+0.6 %) or Poland (+0.2 %)': a figure in
    brackets after a list's item, following the bracketed figures of the list's earlier items with no figure nor
    12-month wording of its own between, is measured as the first of them whose own words say how: their
    month-on-month words; else None (the list names one measure, each item's place in turn)."""
    if not _bracket_opens_before(text, start) or _BRACKET_AFTER.match(text, end) is None:
        return None
    return _earlier_items_measure(text, start, tuple(twelve_month))


def _earlier_items_measure(text: str, cursor: int, twelve_month: tuple[str, ...]) -> str | None:
    """The month-on-month words of the first bracketed figure before ``cursor`` whose own words say how it is
    measured, reached back through the list's bracketed figures (None when the list breaks or says a 12-month
    wording first). The walk from a figure is the walk from the one before it plus one step: each cursor's answer is
    kept for the sentence, so a list of hundreds of bracketed figures is walked once, not once per figure."""
    known = _earlier_items_answers(text, twelve_month)
    walked: list[int] = []
    answer: str | None = None
    while cursor not in known:
        walked.append(cursor)
        preceding = last_match_before(_PERCENT_FIGURE, text, cursor)
        if preceding is None:
            break
        between = _BETWEEN_BRACKETS.fullmatch(text, preceding.end(), cursor)
        if between is None or holds_any(between.group("words"), twelve_month) \
                or not _bracket_opens_before(text, preceding.start()):
            break
        earlier_before = text[_own_words_start(text, preceding.start()):preceding.start()]
        answer = _month_words_nearest(earlier_before, "", _month_on_month_words(), list(twelve_month))
        if answer is not None or holds_any(earlier_before, twelve_month):
            break
        cursor = preceding.start()
    else:
        answer = known[cursor]
    for at in walked:  # each figure walked through reaches the same answer
        known[at] = answer
    return answer


@lru_cache(maxsize=16)
def _earlier_items_answers(text: str, twelve_month: tuple[str, ...]) -> dict[int, str | None]:
    """cursor → ``_earlier_items_measure``'s answer from it, filled as the sentence's figures ask: one per text."""
    return {}


def _bracket_opens_before(text: str, offset: int) -> bool:
    """An opening bracket and at most a sign stand right before ``offset`` (``_BRACKET_BEFORE`` in the text cut there),
    read from where the run of spaces and signs before ``offset`` starts, not from the text's start."""
    run = offset = min(offset, len(text))
    while run > 0 and (text[run - 1].isspace() or text[run - 1] in _SIGNS):
        run -= 1
    return _BRACKET_BEFORE.search(text, max(run - 1, 0), offset) is not None


# a figure in brackets ('(+0.6 %)'), and the words between two such figures: no figure, bracket nor clause end
_SIGNS = "+\u2212-"
_BRACKET_BEFORE = re.compile(rf"\(\s*[{_SIGNS}]?\s*$")
_BRACKET_AFTER = re.compile(r"\s*\)")
_BETWEEN_BRACKETS = re.compile(r"\s*\)(?P<words>[^()\d.;:]*)\(\s*[+\u2212-]?\s*")


@lru_cache(maxsize=1)
def _earlier_month_link() -> re.Pattern[str]:
    """'after' in 'rose 0.1 % in December after an increase of 0.4 % in November' (``earlier_month_figure_links``)."""
    return re.compile(rf"(?<!\w)(?i:{alternation(data_json('periods.json').get('earlier_month_figure_links', []))})(?!\w)")


@lru_cache(maxsize=1)
def _months_counted_words() -> tuple[str, ...]:
    """A month named by its distance from another ('the previous month', 'a month earlier', 'last month';
    periods.json ``relative_months``, ``anchored_relative_months``), no quarter: it names a month as its name does."""
    periods = data_json("periods.json")
    counted = {**periods.get("relative_months", {}), **periods.get("anchored_relative_months", {})}
    return tuple(w for w in counted if "month" in w)


@lru_cache(maxsize=1)
def _next_month_change_size() -> tuple[float, float]:
    """How large a figure next after a month's change may be and still be that measure's change (periods.json
    ``next_month_change_size``): (times the earlier change, percent any month's change may reach)."""
    size = data_json("periods.json")["next_month_change_size"]
    return float(size["ratio"]), float(size["ordinary_percent"])


@lru_cache(maxsize=1)
def _COMPARED_RIGHT_BEFORE() -> re.Pattern[str]:
    """A comparison word (``month_before_words``) after a clause mark or none, then at most an article and a
    sign, right before a figure: the end of the words that set it against the figure before it. The marks before
    the word are taken from the first of their run (the lookbehind): a search from each mark of a long run read the
    rest of the run each time (quadratic), and a match from inside a run is one from its first mark too."""
    words = alternation(sorted(_words().month_before, key=lambda w: (-len(w), w)))
    return re.compile(rf"(?<![\s,(\u2013\u2014])[\s,(\u2013\u2014]*(?<!\w)(?i:{words})\s+(?:(?i:the|a|an)\s+)?[+\u2212-]?$")


def _next_clause_link(text: str, start: int) -> re.Match[str] | None:
    """The first link word (``series_clause_links``) from ``start`` that opens the next clause. A link that
    opens a month-on-month wording ('rose 0.6 % compared with the previous month') is the figure's own words,
    not the next clause: the search goes on past that wording."""
    link = first_match_from(_LINK, text, start)
    while link is not None:
        opened = [end for begin, end in find_any_in_place(text[link.start():], _month_on_month_words()) if begin == 0]
        if not opened:
            return link
        link = first_match_from(_LINK, text, link.start() + max(opened))
    return None


def _claim_tail(text: str, start: int, end: int) -> str:
    """The claim's own words after its percent figure ('0.57% per month' extracted whole: ' per month'), which
    stand right after the figure as the words after the claim do; '' when the claim is the figure alone."""
    figure = _PERCENT_FIGURE.match(text, start, end)
    return text[figure.end():end] if figure is not None else ""


def _said_right_after(after: str, before: str, twelve_month: list[str]) -> str | None:
    """The figure's next words open with one of ``month_on_month_after_figure_words`` ('0.37 % monthly'): those
    words; else None. A 12-month wording right before the figure is its own ('yıllık yüzde 61,53 aylık ise
    yüzde 4,75', glossed 'annual … monthly': Turkish sets the word before its figure), so the word after is the
    next figure's."""
    plain = normalized(before).rstrip()
    if any(m.end() == len(plain) for m in find_any(plain, twelve_month)):
        return None
    found = _right_after_figure().match(normalized(after))
    return found.group(1) if found else None


def _trailing_comparison(text: str, ends: list[int]) -> str | None:
    """'les prix … se sont repliés de 1,0 %, comparés à ceux du mois précédent, après huit mois de hausse' (glossed
    'compared with those of the previous month'): the figure's own words stop at the first comma after it, but a
    clause that follows it, holds no figure and opens with month-on-month wording (``month_on_month_words``) says
    what the figure was set against. ``ends``: where the figure's own words may end (the next figure, clause link or
    mark). The words, else None."""
    comma = min(ends, default=-1)
    if comma < 0 or text[comma:comma + 1] != ",":
        return None  # the figure's own words end at a link, another figure or another mark
    # the clause runs to the next comma or semicolon (a dash or a colon may open the next figure's words: '…, compared
    # with the previous month – prices 0.1 %'); a figure in it is the one its wording speaks of, as verb-last
    # languages set the basis before the next figure ('64.77 %, month on month 2.93 %')
    stop = first_match_from(_COMMA_OR_SEMICOLON, text, comma + 1)
    clause = text[comma + 1:stop.start() if stop is not None else len(text)]
    if _DIGIT.search(clause):
        return None
    plain = normalized(clause).strip()
    return next((w for w in _words().month_on_month if plain.startswith(normalized(w).strip())
                 and plain[len(normalized(w).strip()):][:1] in ("", " ", ".")), None)


_COMMA_OR_SEMICOLON = re.compile(r"[,;]")


def _said_right_before(before: str) -> str | None:
    """The figure's words end with one of ``month_on_month_after_figure_words``, a percent word at most between
    ('annual 80.21 %, monthly 1.46 %'; Turkish 'aylık %1,46', glossed 'monthly'): the word is the figure's own as
    when it follows it, since nothing stands between to name an index's frequency ('the monthly consumer price
    index rose 3 %' keeps its words between). Those words; else None."""
    found = _right_before_figure().search(normalized(before).rstrip())
    return found.group(1) if found else None


@lru_cache(maxsize=1)
def _right_before_figure() -> re.Pattern[str]:
    words, percent = _words().after_figure, [w for w in unit_words("%") if w != "%"]
    return re.compile(rf"(?<![\w-])({alternation(words)})(?:\s*(?:%|{alternation(percent)}))?\Z", re.I) if words \
        else re.compile(r"(?!)")


@lru_cache(maxsize=1)
def _right_after_figure() -> re.Pattern[str]:
    words = _words().after_figure
    return re.compile(rf"\s*({alternation(words)})(?![\w-])" if words else r"(?!)")


@lru_cache(maxsize=1)
def _month_on_month_words() -> tuple[str, ...]:
    """The words of ``month_on_month_words``, each month's name before ``month_alone_words`` ('december alone') and
    after ``month_alone_before_words`` ('only in december')."""
    words = _words()
    return (*words.month_on_month, *(f"{name} {word}" for name in MONTH_NAMES for word in words.month_alone),
            *(f"{word} {name}" for name in MONTH_NAMES for word in words.month_alone_before))


def _month_words_nearest(before: str, after: str, words: tuple[str, ...], twelve_month: list[str]) -> str | None:
    """The month-on-month words nearest the figure between ``before`` (the words up to it) and ``after`` (the
    words after it), when no 12-month wording stands nearer; a phrase followed by a possessive ('the previous
    month's 2.9 %') names the figure after it, not this one, and one after an average's noun a mean of months."""
    averages = _words().average_nouns

    def found(part: str, follows_figure: bool) -> list[tuple[int, str, bool]]:
        """(distance from the figure, the words, whether they say one month) of each wording in ``part``."""
        plain = normalized(part)
        hits = []
        for is_month, vocabulary in ((True, words), (False, twelve_month)):
            for m in find_any(plain, vocabulary):
                # 'the average monthly inflation rate': a mean of months' changes, no one month's
                if is_month and (_POSSESSIVE.match(plain, m.end()) or plain[:m.start()].rstrip().endswith(averages)):
                    continue
                hits.append((m.start() if follows_figure else len(plain) - m.end(), m.group(), is_month))
        return hits
    hits = sorted(found(after, True) + found(before, False))
    return hits[0][1] if hits and hits[0][2] else None


_POSSESSIVE = re.compile(r"\s*['\u2019]s?(?!\w)")
_CLAUSE_MARK = re.compile(r"[,;:()\u2013\u2014]")
_BRACKETED = re.compile(r"\([^()]*\)")


def _carried_month(ctx: ClaimContext) -> Period | None:
    """The month the paragraph's earlier text carries to the claim's sentence (``ClaimContext.carried_period``),
    when it is one month; else None."""
    if ctx.carried_period is None:
        return None
    period = try_parse_period(ctx.carried_period[0])
    return period if period is not None and granularity(period) == MONTH else None


def _compared_with_month_before(text: str, month: Period) -> bool:
    """The figure's words hold 'compared with' (``month_before_words``) right before the name of the month
    before ``month``, its year written or not ('in May 2023 compared with April 2023', 'in January against
    December'), or right after it, as a postposition's gloss sets it ('iyul ayına nisbətən 100,9 %': July
    compared with); a year written must be that month's."""
    words = _words().month_before
    if not words:
        return False
    year, number = (month.start.year - 1, 12) if month.start.month == 1 else (month.start.year, month.start.month - 1)
    # positions in the text itself: a masked name or a run of spaces before the words moves normalized offsets
    for start, end in find_any_in_place(text, words):
        for named in (_month_named().match(text, end), _MONTH_NAMED_BEFORE.search(text, 0, start)):
            if named is None or MONTH_NAMES.get(named.group("name").lower().rstrip(".")) != number:
                continue
            if named.group("year") is None or int(named.group("year")) == year:
                return True
    return False


def _moved_to(before: str) -> bool:
    """The figure is the level a rate moved to: 'to' right before it, after a verb of change or a month's
    name ('rose to 1.7 %', 'in December compared with November to 1.7 percent risen'). Compared with the
    month before, such a rate is the month's 12-month rate set beside the last one, not a month's change."""
    found = _moved_to_pattern().search(before) if _moved_to_pattern() else None
    return found is not None and (found.group("word").lower() in DIRECTION_OF
                                  or found.group("word").lower().rstrip(".") in MONTH_NAMES)


@lru_cache(maxsize=1)
def _moved_to_pattern() -> re.Pattern[str] | None:
    words = _words().moved_to
    return re.compile(rf"(?P<word>[^\W\d_]+\.?)\s+(?:{alternation(words)})\s+$", re.IGNORECASE) if words else None


@lru_cache(maxsize=1)
def _month_named() -> re.Pattern[str]:
    """A month's name right after the comparison words, its year written or not; 'the month of' or a noun for
    its figure (``month_base_nouns``: 'compared with the value of November', Portuguese 'face ao valor de
    novembro' glossed) may stand before it: the month is still the base."""
    nouns = alternation(sorted({"month", *_words().base_nouns}, key=lambda w: (-len(w), w)))
    return re.compile(rf"\s+(?:the\s+)?(?:(?:{nouns})\s+of\s+(?:the\s+)?)?(?P<name>{MONTHS})\.?(?:\s+(?P<year>\d{{4}}))?\b",
                      re.IGNORECASE)


# … and the month's name right before the words (its year after it), nothing between
_MONTH_NAMED_BEFORE = re.compile(rf"(?<!\w)(?P<name>{MONTHS})\.?(?:\s+(?P<year>\d{{4}}))?\s+$", re.IGNORECASE)
_COMPARISON_SPAN = 40  # ', compared with September 2023': a link, a month's name and its year, no further


@lru_cache(maxsize=1)
def _unweighed_month_change() -> float:
    """The most a month's change may be with nothing to weigh it against (periods.json ``unweighed_month_change``)."""
    return float(data_json("periods.json")["unweighed_month_change"]["most_percent"])


# the most a month's change is of the year's rate beside it: even at high inflation a month's change is
# about a twelfth of the year's, and a month's 12-month rate is near the annual one
_MONTH_SHARE_OF_YEAR = 0.5
# … and the most a month's rate said as a level ('inflation was 0.4 % in December') is of it: about a twelfth
# of the year's again, well below where a month's 12-month rate falls after a year of easing prices
_LEVEL_SHARE_OF_YEAR = 0.2


def _figure_value(figure: str) -> float | None:
    """The number of a percent figure ('5,8 %' → 5.8)."""
    number = re.search(r"\d+(?:[.,]\d+)?", figure)
    return float(number.group().replace(",", ".")) if number else None


def _figures_from(text: str, start: int, alone: bool) -> tuple[bool, float | None]:
    """Whether percent figures stand in ``text`` from ``start`` on, and the least size of them (None when none
    has one): the text from ``start`` read alone (``alone``: nothing before it, so a run of digits cut at ``start``
    opens a figure) or read on from ``start``. The sentence's figures are found once, their sizes too."""
    if alone and start > 0 and _DIGIT.match(text, start - 1):
        found = [_figure_value(m.group()) for m in _PERCENT_FIGURE.finditer(text[start:])]
        return bool(found), min((abs(v) for v in found if v is not None), default=None)
    fresh, first = matches_from(_PERCENT_FIGURE, text, start)
    least = _least_sizes_from(text)
    sizes = [abs(v) for v in (_figure_value(m.group()) for m in fresh) if v is not None]
    sizes += [least[first]] if first < len(least) and least[first] is not None else []
    return bool(fresh) or first < len(least), min(sizes, default=None)


@lru_cache(maxsize=16)  # every figure of a sentence asks for the figures after its own words: one read per sentence
def _least_sizes_from(text: str) -> tuple[float | None, ...]:
    """For each percent figure of ``text`` (``matches_once``), the least size among it and the figures after it."""
    least: list[float | None] = []
    smallest: float | None = None
    for m in reversed(matches_once(_PERCENT_FIGURE, text)):
        value = _figure_value(m.group())
        if value is not None and (smallest is None or abs(value) < smallest):
            smallest = abs(value)
        least.append(smallest)
    return tuple(reversed(least))


_DIGIT = re.compile(r"\d")


def _rows_of_year(cand: Candidate, year: int) -> list[float]:
    """The candidate's values for rows of the whole of ``year``."""
    res = cand.resource
    values = []
    for pos in cand.positions.tolist():
        period = res.periods[res.period_codes[pos]]
        if period is not None and granularity(period) == YEAR and period.start.year == year:
            values.append(float(res.values[pos]))
    return values


# a percent figure in any of the words units.json writes '%' with ('5,9 Prozent'), or '%5' written before it. Each
# starts at the first digit of its run (``(?<!\d)``): a match from inside a run is one from its first digit too, and
# a search tried from every digit of a long run that no unit follows read the rest of the run each time (quadratic)
_LINK = re.compile(rf"(?<!\w)(?i:{alternation(LINKS)})(?!\w)")
_PERCENT_FIGURE = re.compile(rf"(?<!\d)\d+(?:[.,]\d+)?\s*(?:%|(?i:{alternation(w for w in unit_words('%') if w != '%')})(?!\w))|%\s*\d")
# a rate's change in points ('0.12 points', '0.3 percentage points'): a figure whose words up to a clause mark are its own
_STEP_FIGURE = re.compile(rf"(?<!\d)\d+(?:[.,]\d+)?\s*(?i:{alternation(w for unit in ('pp', 'points') for w in unit_words(unit))})(?!\w)")
