"""Which basis a rate figure speaks of when its own words do not say: a month's 12-month rate, or a
year's average.

Inflation news names the month or the basis once for several figures, or in the sentence or paragraph
before: 'accelerated to 12.3 %, up from 11.5 % in November' (12.3 % is a later month's rate), 'rose
10.67 % in 2015' in a story about December's 12-month rate and the rate 'year to date', '4.52 % for
2020' in a story whose 2021 rate came out days after the year ended (so it is December on
December, and the writer compares like with like). Such a figure judged against annual averages is
a different period, not a contradiction. A reader carries the basis the way place and year are
carried: from the figure's sentence, then its paragraph, the earlier paragraphs, the heading and the
title. The text shows a monthly basis when it holds

- a rate stated for a month, a quarter, the year to date or 12 months (a period the figures' own
  sentences name), or for a year whose annual average was not yet published by the draft's date
  (``publication_lag_by_length``): that year's figure is the rate of its last month;
- a word of ``monthly_basis_words`` ('12-month', 'year-on-year', 'year to date');
- for a figure with no period of its own, a verb in the present perfect right before it ('the annual rate
  has reached 13.9 %', ``present_perfect.json``): the rate at the time of writing;
- a record over a span counted in months (``month_span_record_words``: 'a 15-month high', 'the
  highest in eleven months'): only monthly readings are ranked against the months before them.

A figure whose sentence calls it an average (``annual_average_words``) is the annual average. A
figure with no period of its own whose sentence gives a sibling figure's month ('up from 11.5 % in
November') is itself a month's rate: never the year's average, agreeing or not. Anywhere else the
basis only keeps a figure the annual average disagrees with from being called contradicted: one that
agrees is most likely that average.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from ...config import Tolerances
from ...extraction.periods import YEAR_DIGITS, YEAR_WRITTEN
from ...extraction.vocabulary import CARDINALS, MONTH_NAMES, MONTHS
from ...matching import ClaimContext, MatchMode
from ...matching.carried import read_periods
from ...matching.present_perfect import present_perfect_words
from ...models import Claim
from ...numbers import alternation, data_json
from ...periods import DAY, MONTH, QUARTER, TRAILING_12, YEAR, YEAR_TO_DATE, granularity, try_parse_period
from ...text import clause_span, matches_from, matches_once, surface_at
from ..observations import Observation, last_published_year, names_any
from .timing import clause_before, ends_another_time, figures_year_end, own_words, words_after, year_closing, year_end_wording
from ..wording import draft_day_words, find_any_in_place, holds_any, normalized

# The words a rate's basis is read by (periods.json ``rate_basis``).
_BASIS_WORDS: dict[str, list[str]] = data_json("periods.json")["rate_basis"]


def _either(key: str, space: str = r"\s+") -> str:
    """The alternation of a ``rate_basis`` word list, longest first, a space in a phrase matching ``space``."""
    return "|".join(re.escape(w).replace(r"\ ", space) for w in sorted(_BASIS_WORDS[key], key=len, reverse=True))


def _percent(edge_before: bool) -> str:
    """The alternation of the percent words (a space in one may be left out: 'percent'), each ending at a word's
    edge when it ends in a letter, and starting at one too when ``edge_before``."""
    return "|".join((r"\b" if edge_before and w[0].isalnum() else "") + re.escape(w).replace(r"\ ", r"\s?")
                    + (r"\b" if w[-1].isalnum() else "") for w in _BASIS_WORDS["percent_words"])


# The lengths of the figures that make a text speak of monthly (12-month) rates.
_SUB_YEAR = frozenset({MONTH, QUARTER, YEAR_TO_DATE, TRAILING_12})
# A month named in a figure's own words ('in the twelve months to October'): the month's reading says more.
_NAMES_MONTH = re.compile(rf"(?<!\w)(?:{MONTHS})(?!\w)")  # as written: "may" is no month
# A figure's month right after it: '5.9 % in December' ('from January through December' spans the year).
_IN_MONTH = re.compile(rf"\s*(?:{_either('month_prepositions')})\s+(?:(?:{_either('month_of_words')})\s+)?(?:{MONTHS})(?!\w)")


# a rate figure as written ("4.3 %", "12,5 per cent"): where one figure's own words end and the next one's begin
# (read from the first digit of a run, the lookbehinds: a search from each digit of a long run that no percent
# follows read the rest of the run each time, quadratic; a match from inside a run is one from its first digit)
RATE_FIGURE = re.compile(rf"(?<!\d)(?<!\d[.,])\d[\d.,]*\s*(?:{_percent(False)})", re.IGNORECASE)


def _said_before_of_all(claim: Claim) -> str:
    """The sentence's words before the figure, less what follows an earlier rate up to its clause's end
    ('5.2 % on an annual average over 2022,' calls that rate the average): what is said of every rate."""
    at = surface_at(claim.sentence, claim.text)
    before = claim.sentence[:at] if at >= 0 else claim.sentence
    kept, pos = [], 0
    for rate in RATE_FIGURE.finditer(before):
        if rate.start() < pos:
            continue
        kept.append(before[pos:rate.start()])
        pos = clause_span(before, rate.end() - 1)[1]  # from the rate's last character: a comma right after it ends it
    kept.append(before[pos:])
    return " ".join(kept)


# A rate figure in a text: a percent sign or word.
_PERCENT = re.compile(_percent(True), re.IGNORECASE)


@dataclass(frozen=True)
class MonthlyBasis:
    """What showed that a figure is a month's (12-month) rate, and where it stood."""

    words: str  # as written: 'in November', '12-month', 'for the year 2021'
    layer: str  # 'sentence', 'paragraph', 'previous paragraph', 'heading', 'title'
    strong: bool  # a sibling figure's month in the figure's own sentence: the figure is a month's
    kind: str = "words"  # 'words' (monthly_basis_words), 'month' (a figure's month), 'unpublished' (a year), 'present' (stated now),
    # 'own_month' (the figure's own month)


def monthly_basis(claim: Claim, current: list[Observation], ctx: ClaimContext, tol: Tolerances) -> MonthlyBasis | None:
    """The monthly basis a rate figure with no period or a year speaks of, when its current evidence
    holds annual averages of a rate read directly; None when the figure is (or may be) the average."""
    own = try_parse_period(claim.period) if claim.period else None
    if claim.unit != "%" or (own is not None and granularity(own) != YEAR) or not current:
        return None
    # what the figure is called, its year read through: 'annual average inflation in 2023 was 11.4 % year-on-year'
    # is the year's average over the year before's, not a 12-month rate
    own_clause = f"{own_words(claim, across_years=True)} … {words_after(claim)}"
    if months_of_the_whole_year(claim):
        return None  # 'for the period of January-December 2018': the year's average, whatever else the text dates to a month
    named = _own_basis_words(claim, tol)
    if named and not holds_any(own_clause, tol.annual_average_words) and not _NAMES_MONTH.search(own_clause) \
            and any(annual_rate(o, tol) for o in current):
        # 'month on month 1.18 %, year on year 64.27 %, on the twelve-month average 72.31 %': the
        # sentence's average is its neighbour's; this figure's own words name the 12-month basis
        return MonthlyBasis(named[0], "sentence", False)
    own_month = _IN_MONTH.match(words_after(claim))
    if own_month and not holds_any(own_clause, tol.annual_average_words) \
            and not holds_any(_said_before_of_all(claim), tol.annual_average_words) \
            and any(annual_rate(o, tol) for o in current):
        # '… 5.2 % on an annual average over 2022, … 5.9 % in December': the words right after the figure
        # give its month, and the average is its sibling's, not said of every figure ('measured on an
        # annual average basis, … from 6.2 % in November to 7.0 % in December' is December's average)
        return MonthlyBasis(own_month.group().strip(), "sentence", True, OWN_MONTH)
    if holds_any(claim.sentence, tol.annual_average_words):
        return None
    if not any(annual_rate(o, tol) for o in current):
        return None
    stated_now = _stated_now(claim) if own is None else None
    if stated_now is None and own is None and ctx.dated:
        stated_now = _said_on_the_drafts_day(claim)
    if stated_now is not None:
        return MonthlyBasis(stated_now, "sentence", False, PRESENT)
    found = _in_text(ctx.sentence_text or claim.sentence, claim.period or "", ctx.as_of, tol)
    if found is not None:
        words, kind = found
        return MonthlyBasis(words, "sentence", own is None and kind == _MONTH_FIGURE, kind)
    closing = _year_end_sibling(claim, tol)
    if closing is not None:
        return MonthlyBasis(closing, "sentence", False)
    course = _over_the_course_of_its_year(claim)
    if course is not None:
        return MonthlyBasis(course, "sentence", False)
    calendar_year = _said_of_the_calendar_year(claim)
    if calendar_year is not None:
        return MonthlyBasis(calendar_year, "sentence", False, CALENDAR_YEAR)
    if _sibling_year_averaged(claim, current, tol):
        return None  # '3.3 % for 2022 as compared to 2.5 % recorded in 2021': the sentence compares years' averages
    if _said_of_the_full_year(ctx, tol):
        return None  # 'Full-year inflation came in at 2.5 %': a month another paragraph names dates other rates
    for layer, text in ctx.basis_texts:
        found = _in_text(text, "", ctx.as_of, tol)
        if found is not None:
            return MonthlyBasis(found[0], layer, False, found[1])
        # a round-up's lead dating every rate after it to the year's end ('Russia, where inflation at the
        # end of last year was 11.9 %, ranked 52nd …'): December on December, as in the figure's own sentence
        closing = year_end_wording(text, tol) if _PERCENT.search(text) else None
        if closing and _lead_dates_the_figures_year(text, claim, ctx.as_of if ctx.dated else None):
            return MonthlyBasis(closing[0].group(), layer, False)
    return None


def months_of_the_whole_year(claim: Claim) -> bool:
    """The figure's own clause (after any rate before it) names its year month by month, January to December
    ('CPI for the period of January-December 2018 rose 1.0 % against the same period last year', 'from January
    through December 2022'): the twelve months' average over the same months before — the year's average, not
    December's 12-month rate, though another sentence of the text dates a rate to December. 'The 12 months to
    December' names no first month and stays December's rate (``trailing_months_words``)."""
    before = RATE_FIGURE.split(clause_before(claim))[-1]
    for span in _MONTH_SPAN.finditer(f"{before} … {words_after(claim)}"):
        first, last = (MONTH_NAMES.get(span.group(g).lower().rstrip(".")) for g in ("first", "last"))
        if first == 1 and last == 12:
            return True
    return False


def _said_of_the_full_year(ctx: ClaimContext, tol: Tolerances) -> bool:
    """The figure's own clause calls it the whole year's (``full_year_words``: 'full-year inflation came in at
    2.5 %'), or the sentence opens with a phrase that does and holds no figure ('Over the whole year 2018,
    consumer prices rose 1.9 %, after 0.7 % in 2017': it dates every rate after it): the year's rate, so the
    months the text's other sentences name say nothing of its basis."""
    lo, hi = ctx.clause_span
    sentence = ctx.sentence_text or ""
    if hi > lo and holds_any(sentence[lo:hi], tol.full_year_words):
        return True
    opening = sentence[:clause_span(sentence, 0)[1]]
    return 0 < len(opening) < lo and not RATE_FIGURE.search(opening) and holds_any(opening, tol.full_year_words)


def year_row_value(lead: Observation, year: int) -> float | None:
    """The value of the lead row's series (its place and other dimensions) for ``year``; None when the rows the
    claim was matched to hold none, or the lead names no one row."""
    res = lead.candidate.resource
    pos = res.position_of_row(lead.row)
    if pos is None:
        return None
    series = res.series_key(pos)
    for other in lead.candidate.positions.tolist():
        period = res.periods[res.period_codes[other]]
        if period is not None and period.is_year and period.start.year == year \
                and res.series_key(other) == series and np.isfinite(res.values[other]):
            return float(res.values[other])
    return None


def _sibling_year_averaged(claim: Claim, current: list[Observation], tol: Tolerances) -> bool:
    """Another rate of the figure's sentence, after it and dated to another year by the words right after it
    ('inflation for 2022 increased to 3.3 % as compared to 2.5 % recorded in 2021'), agrees with that year's
    annual average in the figure's own series, within the rounding of its digits and ``exact_slack``: the
    sentence compares years' averages, so a month another sentence dates a rate to says nothing of this one's basis."""
    at = surface_at(claim.sentence, claim.text)
    lead = next((o for o in current if annual_rate(o, tol)), None)
    if at < 0 or lead is None:
        return False
    own = try_parse_period(claim.period) if claim.period else None
    own_year = own.start.year if own is not None else None
    # the rates after the figure: those read anew at the figure, then the sentence's own from index ``first`` on,
    # asked year by year (each year's row once, its rates' agreement with it read once per sentence)
    fresh, first = matches_from(_DATED_RATE, claim.sentence, at + len(claim.text))
    for sibling in fresh:
        year = int(sibling.group("year"))
        row = year_row_value(lead, year) if year != own_year else None
        if row is not None and _agrees_with_row(sibling, row, tol.exact_slack):
            return True
    for year, indexes in _dated_rate_years(claim.sentence).items():
        if year == own_year or indexes[-1] < first:
            continue
        row = year_row_value(lead, year)
        if row is not None and _last_agreeing(claim.sentence, year, row, tol.exact_slack) >= first:
            return True
    return False


def _agrees_with_row(rate: re.Match[str], row: float, exact_slack: float) -> bool:
    """A dated rate's figure is the row's value, within the rounding of its digits and ``exact_slack``."""
    written = rate.group("figure").replace(",", ".")
    value, decimals = float(written), len(written.partition(".")[2])
    return abs(row - value) <= 0.5 * 10 ** -decimals + exact_slack * abs(value)


@lru_cache(maxsize=64)
def _dated_rate_years(sentence: str) -> dict[int, tuple[int, ...]]:
    """Each year the sentence's dated rates (``_DATED_RATE``) are dated to, with their indexes in order."""
    years: dict[int, list[int]] = {}
    for index, rate in enumerate(matches_once(_DATED_RATE, sentence)):
        years.setdefault(int(rate.group("year")), []).append(index)
    return {year: tuple(indexes) for year, indexes in years.items()}


@lru_cache(maxsize=1024)
def _last_agreeing(sentence: str, year: int, row: float, exact_slack: float) -> int:
    """The index of the sentence's last rate dated to ``year`` whose figure agrees with the row's ``row``; -1 if none."""
    rates = matches_once(_DATED_RATE, sentence)
    return max((i for i in _dated_rate_years(sentence)[year] if _agrees_with_row(rates[i], row, exact_slack)), default=-1)


# a rate and the year the words right after it date it to, in its clause: '2.5 per cent recorded in 2021'
_DATED_RATE = re.compile(rf"(?<![\d.,])(?P<figure>\d+(?:[.,]\d+)?)\s*(?:{_percent(False)})[^,;.()\d%]{{0,30}}?"
                         rf"(?<!\d)(?P<year>{YEAR_DIGITS})(?!\d)", re.IGNORECASE)


# 'during 2015', 'throughout the year 2015': the course of a year named right after a rate
_COURSE_OF_A_YEAR = re.compile(rf"\s*(?P<words>(?:{_either('year_course_words')})\s+(?:(?:{_either('whole_year_words')})\s+"
                               rf"(?:(?:{_either('year_of_words')})\s+)?)?(?P<year>{YEAR_DIGITS}))(?![\d.,]\d|\d)",
                               re.IGNORECASE)


def _over_the_course_of_its_year(claim: Claim) -> str | None:
    """'The annual index rose by 2.3 % during 2015': the words right after the figure date it to the course of its
    own year (``year_course_words``), the change the year brought from its start to its end — December on
    December — not the average of its months over the year before's. The words as written, else None."""
    at = surface_at(claim.sentence, claim.text)
    found = _COURSE_OF_A_YEAR.match(claim.sentence, at + len(claim.text)) if at >= 0 else None
    if found is None or not claim.period or found.group("year") != claim.period[:4]:
        return None
    return found.group("words")


# 'the 2019 calendar year inflation', 'for the calendar year 2020', 'the highest calendar-year level': the calendar
# year, with the year written right before or after it when it is
_CALENDAR_YEAR = re.compile(rf"(?<![\w.,])(?:(?P<before>{YEAR_DIGITS})\s+)?(?P<words>(?:{_either('calendar_year_words')}))"
                            rf"(?:\s+(?:(?:{_either('year_of_words')})\s+)?(?P<after>{YEAR_DIGITS}))?(?!\w)", re.IGNORECASE)


def _said_of_the_calendar_year(claim: Claim) -> str | None:
    """'The 2019 calendar year inflation, rounded out at 6.2 per cent': a rate its sentence calls the calendar year's
    (``calendar_year_words``; the caller has found no average word in it) is the change the year brought, December on
    December, as the offices that say so state it — not the average of its months. A calendar year the words date to
    another year than the figure's own ('… in 2019, after 4 % in calendar year 2018') speaks of that year's figure.
    The words as written, else None."""
    own = claim.period[:4] if claim.period else None  # a year's: the caller reads no other period
    for said in matches_once(_CALENDAR_YEAR, claim.sentence):
        year = said.group("before") or said.group("after")
        if year is None or own is None or year == own:
            return said.group("words")
    return None


# 'January-December', 'January – December', 'from January to December', 'January through December': a span
# of named months ('between January to December' as copy writes it too)
_MONTH_SPAN = re.compile(rf"(?<!\w)(?P<first>{MONTHS})\.?\s*(?:{_either('month_span_links')})\s*"
                         rf"(?P<last>{MONTHS})(?!\w)", re.IGNORECASE)


# 'year-on-year in 2022', 'year on year for the whole year of 2022': the change is said of a whole year
_OF_A_YEAR = re.compile(rf"\s*(?:{_either('year_prepositions')})\s+(?:(?:{_either('whole_year_words')})\s+"
                        rf"(?:(?:{_either('year_of_words')})\s+)?)?"
                        rf"{YEAR_DIGITS}(?![\d.,]\d|\d)", re.IGNORECASE)


def _of_months(text: str, places: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The places (start, end) in ``text`` of basis words that speak of months: 'rose 2 % year on year in
    2022' compares a whole year with the year before, the change of the year's average that annual rows
    hold, not the 12-month rate of a month; the words right after the basis word name the year."""
    return [(start, end) for start, end in places if not _OF_A_YEAR.match(text, end)]


def _own_basis_words(claim: Claim, tol: Tolerances) -> list[str]:
    """The basis words of the figure's own clause (``own_words`` before it, ``words_after`` behind it) that
    speak of months, read where they stand in the sentence: another figure's 'year on year in 2021'
    says nothing of this one's."""
    sentence = claim.sentence
    at = surface_at(sentence, claim.text)
    if at < 0:
        return []
    before, after = own_words(claim), words_after(claim)
    places = [(start + offset, end + offset)
              for part, offset in ((before, at - len(before)), (after, at + len(claim.text)))
              for start, end in find_any_in_place(part, tol.monthly_basis_words)]
    return [normalized(sentence[start:end]) for start, end in _of_months(sentence, places)]


def _stated_now(claim: Claim) -> str | None:
    """'The annual inflation rate has reached 13.9 %', 'inflation tops 8 %': a rate with no period of its own
    stated in the present perfect (``present_perfect.json``) is the rate at the time of writing, the latest
    month's 12-month rate — not the average of the last complete year. The verb as written, else None."""
    at = surface_at(claim.sentence, claim.text)
    return present_perfect_words(claim.sentence[:at]) if at > 0 else None


def _said_on_the_drafts_day(claim: Claim) -> str | None:
    """'This morning, the bureau reported that consumer prices increased by 4.9 %': in a dated draft, a rate with
    no period of its own that its sentence says was released on the draft's day (``draft_day_words``) is the latest
    release, a month's or a quarter's 12-month rate — not the average of the last complete year. The words as
    written, else None."""
    found = find_any_in_place(claim.sentence, list(draft_day_words()))
    return claim.sentence[found[0][0]:found[0][1]] if found else None


_LAST_YEAR = re.compile(rf"\b(?:{_either('last_year_words')})\b", re.IGNORECASE)


def _lead_dates_the_figures_year(text: str, claim: Claim, as_of: dt.date | None) -> bool:
    """A lead's year-end wording dates a later rate only when it speaks of the figure's own year: 'at the end
    of the strike in 1990' says nothing of a rate in 2022. A figure with no year of its own is taken as dated,
    and so is 'last year' in an undated draft (``as_of`` None), which cannot say which year it was."""
    own = try_parse_period(claim.period) if claim.period else None
    if own is None or granularity(own) != YEAR:
        return True
    figure_year = int(str(claim.period)[:4])
    years = {int(m.group()) for m in YEAR_WRITTEN.finditer(text)}
    if as_of is not None and _LAST_YEAR.search(text):
        years.add(as_of.year - 1)
    return not years or figure_year in years


def _year_end_sibling(claim: Claim, tol: Tolerances) -> str | None:
    """'Inflation ended 2022 at 8.1 %, higher than 6.8 % last year': a sentence that states a rate at a
    year's end (``year_end_words``, a year-end verb with its year) compares it with a rate on the same
    basis, December on December; the words that say so, as written."""
    said = figures_year_end(claim, tol)
    own = try_parse_period(claim.period) if claim.period else None
    if own is not None and granularity(own) == YEAR:
        # '… from 8.3 % at the end of 2022 to 4.2 % in 2023': the end of another time is the sibling's, and the
        # figure's own year names the year's rate
        plain = normalized(claim.sentence)
        said = [m for m in said if not ends_another_time(plain, m, own.end.year)]
    if said:
        return said[0].group()
    return next((said for year in (m.group() for m in matches_once(YEAR_WRITTEN, claim.sentence))
                 if (said := year_closing(claim.sentence, int(year), tol)) is not None), None)


def annual_rate(o: Observation, tol: Tolerances) -> bool:
    """A figure of a monthly published rate series (``monthly_rate_series_words``) for a whole year,
    read from its row as it stands."""
    return o.candidate.mode is MatchMode.DIRECT and o.evidence.formula is None \
        and "%" in o.candidate.resource.units and granularity(o.period) == YEAR \
        and names_any(o.candidate.resource, tol.monthly_rate_series_words)


_WORDS, _MONTH_FIGURE, UNPUBLISHED_YEAR, PRESENT = "words", "month", "unpublished", "present"
RELEASED_IN_YEAR = "released_in_year"  # a year's rate released on a day of that year, before its average was out
_YEAR_ONLY = re.compile(r"\d{4}")
CALENDAR_YEAR = "calendar_year"  # the text calls the figure the calendar year's ('the 2019 calendar year inflation')
OWN_MONTH = "own_month"  # the figure's own words give its month ('5.9 % in December')
BEHIND = "behind"  # a figure of the draft's present, whose period (the words) the data does not reach


@lru_cache(maxsize=8)
def _publication_dating(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """A publication word (``publication_date_words``) right before a period, with at most its preposition
    between: searched in the few characters before the period's start."""
    names = "|".join(sorted((re.escape(w) for w in words if w.strip()), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?i:{names})(?:\s+(?i:{_PERIOD_PREPOSITIONS}))?\s*$") if names else None


# 'published in May', 'issued at the end of May' (periods.json ``period_prepositions``)
_PERIOD_PREPOSITIONS = alternation(data_json("periods.json")["period_prepositions"])


def _in_text(text: str, own_period: str, as_of: dt.date, tol: Tolerances) -> tuple[str, str] | None:
    """What in ``text`` shows a monthly basis (see the module docstring), as written, and which kind
    of sign it is; ``own_period`` is the figure's own, which shows nothing of a sibling's basis."""
    last = last_published_year(as_of, tol)
    return _sign(text, own_period, as_of, tuple(tol.monthly_basis_words), tuple(tol.annual_average_words), last,
                 tuple(tol.publication_date_words), tuple(tol.month_span_record_words))


@lru_cache(maxsize=8)
def _month_span_record(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """A record over a span counted in months: 'a 15-month high', 'a seven-month low', 'the highest in
    eleven months', 'the lowest level in the past 18 months' (the count as digits or a number word, 'twenty-two'
    too; 'for months high prices' counts nothing)."""
    if not words:
        return None
    record = "|".join(sorted((re.escape(w) for w in words if w.strip()), key=len, reverse=True))
    count = rf"(?:\d+|(?:{CARDINALS})(?:-(?:{CARDINALS}))?)"
    before = rf"(?<!\w){count}[-\s](?:{_either('month_nouns')})\s+(?:{record})(?!\w)"
    recent = rf"(?:(?:(?:{_either('record_articles')})\s+)?(?:{_either('record_recent_words')})\s+)?"
    after = rf"(?<!\w)(?:{record})\s+(?:(?:{_either('record_nouns')})\s+)?(?:{_either('record_prepositions')})\s+" \
            rf"{recent}{count}\s+(?:{_either('month_plurals')})(?!\w)"
    return re.compile(rf"{before}|{after}", re.IGNORECASE)


@lru_cache(maxsize=1024)  # the claims of one paragraph read the same texts around them
def _sign(text: str, own_period: str, as_of: dt.date, basis_words: tuple[str, ...], average_words: tuple[str, ...],
          last_year: int, publication_words: tuple[str, ...] = (), record_words: tuple[str, ...] = ()) -> tuple[str, str] | None:
    if not text.strip() or not _PERCENT.search(text):
        return None
    words = _of_months(text, find_any_in_place(text, basis_words))
    if words:
        return normalized(text[words[0][0]:words[0][1]]), _WORDS
    record = _month_span_record(record_words)
    found = record.search(text) if record is not None else None
    if found is not None:
        return found.group(), _WORDS
    return _sub_year_rate(text, own_period, as_of, holds_any(text, average_words), last_year,
                          _publication_dating(publication_words))


def _sub_year_rate(text: str, own_period: str, as_of: dt.date, averaged: bool, last_year: int,
                   publication: re.Pattern[str] | None = None) -> tuple[str, str] | None:
    """A period shorter than a year that ``text`` names, or a year not yet published by ``as_of`` in a
    text that calls no figure an average: (the period as written, its kind). A month that dates a
    publication ('the report published in May') says nothing of the figures — but a day or month of the
    figure's own year that dates it ('2021's rate …, in a report released on 28 December 2021') says the
    year's average was not out yet: the figure is the rate of a month of that year (``RELEASED_IN_YEAR``)."""
    own_year = own_period if _YEAR_ONLY.fullmatch(own_period) else None
    for start, end, value in read_periods(text, as_of):
        period = try_parse_period(value) if value and value != own_period else None
        if period is None:
            continue
        if granularity(period) in (*_SUB_YEAR, DAY):
            if publication is not None and publication.search(text, max(0, start - 40), start):
                if own_year is not None and not averaged and period.start.year == int(own_year) \
                        and granularity(period) in (MONTH, DAY):
                    return text[start:end].strip(), RELEASED_IN_YEAR
                continue
            if granularity(period) == DAY:
                continue  # a day is no rate's period, and dates a release only after a publication word
            return text[start:end].strip(), _MONTH_FIGURE
        if granularity(period) == YEAR and not averaged \
                and period.end < as_of and period.start.year > last_year:
            return text[start:end].strip(), UNPUBLISHED_YEAR
    return None
