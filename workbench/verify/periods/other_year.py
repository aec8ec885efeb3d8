"""A figure for a year that is not a calendar year: 'the average inflation rate in FY 14 was
7.35 %', 'emissions for the 2019-20 fiscal', '4.3 % in the 12 months through November'. A fiscal year
straddles two calendar years and a trailing twelve months ending in another month than December ends
inside one; calendar-year rows speak of another period, so they neither support nor contradict the
figure: a person decides (``needs_review``, 'a fiscal year compared with calendar years').

The fiscal wording counts anywhere in the figure's sentence (it dates the sentence's figures); the
trailing months only in the figure's own stretch, between the figures beside it, so 'the annual average
for 2017 came in at 4.4 %, up from 4.3 % in the 12 months through November' dates 4.3 % alone.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from ...patterns import YEAR_1800_TO_2099
from ...config import Tolerances
from ...extraction.vocabulary import MONTH_NAMES
from ...matching import ClaimContext, ReferenceIndex
from ...models import Claim, Kind, Verdict
from ...numbers import alternation, data_json
from ...places import Places, is_marker, marker
from ...periods import MULTI_YEAR, YEAR, granularity, try_parse_period
from ...extraction.periods import YEAR_WRITTEN
from ...text import clause_span, search_once
from .basis import RATE_FIGURE, MonthlyBasis, annual_rate
from ..decision import Decision, Reason
from ..observations import yearly_figures
from .undated import wrong_in_every_recent_year
from ..observations import Observation, due_year_behind, names_no_period, row_places, signed_value, values_naming
from ..wording import FISCAL_PREFIX_START, holds_any

FISCAL = "fiscal"
TRAILING = "trailing"
YEAR_START = "year_start"
_JUDGED = (Verdict.supported, Verdict.contradicted)
_MONTHS_BUT_DECEMBER = alternation(sorted({m.capitalize() for m, n in MONTH_NAMES.items() if n != 12}))


@lru_cache(maxsize=8)
def _fiscal_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """A fiscal year as written: a word naming one ('fiscal year', 'financial year') alone; a prefix
    ('FY', 'fiscal') only with its year after it ('FY 14', 'fiscal 2008/09') or a span of years before
    it ('the 2019-20 fiscal'), so 'a fiscal deficit' names none. Upper-case words match as written."""
    upper = [w for w in words if w.isupper()]
    named = [w for w in words if not w.isupper() and "year" in w.casefold()]
    prefixes = [w for w in words if not w.isupper() and "year" not in w.casefold()]
    year_after = r"(?=\s*(?:of\s+)?['\u2019]?\d)"
    return re.compile(rf"{FISCAL_PREFIX_START}(?:{alternation(upper)}){year_after}"
                      rf"|(?i:\b(?:{alternation(named)})\b)"
                      rf"|(?i:\b(?:{alternation(prefixes)})\b){year_after}"
                      rf"|(?i:\b{YEAR_1800_TO_2099}\s*[-/\u2013]\s*\d{{2,4}}\s+(?:{alternation(prefixes)})\b)")


@lru_cache(maxsize=8)
def _trailing_pattern(words: tuple[str, ...], months: str) -> re.Pattern[str]:
    """The trailing months ('12 months', 'past year') ending ('to', 'through') in one of ``months``."""
    spans = alternation(words)
    links = alternation(data_json("periods.json")["ended_words"])  # 'through', 'to', 'ending (in)'
    return re.compile(rf"(?i:\b(?:{spans})\s+(?:{links})(?:\s+in)?\s+)"
                      rf"(?:{months})\b\.?")


def other_year_basis(sentence: str, start: int, end: int, tol: Tolerances, change: bool = False) -> MonthlyBasis | None:
    """The words that date the figure at ``sentence[start:end]`` to a fiscal year or to twelve months
    ending in a month other than December, if any; a ``change`` also to the days since a year began (a level
    'grown to 19.5 million since the start of 2021', or a rate 'its fastest since the start of 2008', is the
    figure of its own period, and the words say how long it took or how long since)."""
    fiscal = search_once(_fiscal_pattern(tuple(tol.fiscal_year_words)), sentence)
    if fiscal is not None:
        return MonthlyBasis(fiscal.group(), "sentence", False, FISCAL)
    lo, hi = _own_stretch_bounds(sentence, start, end)
    stretch = sentence[lo:hi]
    trailing = _trailing_pattern(tuple(tol.trailing_months_words), _MONTHS_BUT_DECEMBER).search(stretch)
    if trailing is not None:
        return MonthlyBasis(trailing.group().strip(), "sentence", False, TRAILING)
    since = _year_start_pattern().search(stretch) if change else None
    if since is not None and not _clause_names_a_year(sentence, start, end, lo + since.start(), lo + since.end()):
        return MonthlyBasis(since.group(), "sentence", False, YEAR_START)  # to a day not named, whatever the year's rows say
    return None


def _clause_names_a_year(sentence: str, start: int, end: int, since_start: int, since_end: int) -> bool:
    """Whether the clause of the figure at ``sentence[start:end]`` names a year outside the words 'since the
    start of …' (``since_start``–``since_end``): '15.9% in 2023, and … since the start of the year' dates
    the figure to 2023, and the year-to-date words speak of another clause."""
    # from the clause break before the figure's first character to the one after its last ('60,000' holds a comma)
    lo, hi = clause_span(sentence, start)[0], clause_span(sentence, max(start, end - 1))[1]
    clause = sentence[lo:hi]
    if lo <= since_start < hi:
        clause = clause[:since_start - lo] + " " * (min(since_end, hi) - since_start) + clause[min(since_end, hi) - lo:]
    return YEAR_WRITTEN.search(clause) is not None


@lru_cache(maxsize=1)
def _year_start_pattern() -> re.Pattern[str]:
    """From the first day of a year ('since the beginning of 2023', '… of the year', 'since the year's
    beginning') to a day not named: not a span closed by a second date ('from the start of 2020 to 2022')."""
    words = data_json("periods.json")["year_start_words"]
    of = alternation([w for w in words if w.endswith(" of")])
    alone = alternation([w for w in words if not w.endswith(" of")])
    closed = r"(?!,?\s+(?:to|until|till|through|and)\b)"
    return re.compile(rf"(?i:\b(?:{of})\s+(?:(?:the|this)\s+year\b|(?:1[89]|2\d)\d\d\b){closed}|\b(?:{alone}){closed})")


def names_year_start(text: str) -> bool:
    """Whether ``text`` dates a change from the first day of a year to a day ('down 77,800 since the start of
    the year'): its source counts the stock on 1 January."""
    return _year_start_pattern().search(text) is not None


def other_year(decision: Decision, claim: Claim, ctx: ClaimContext, tol: Tolerances) -> Decision:
    """A supported or contradicted figure of a fiscal year or trailing twelve months, judged against a
    calendar year's row → needs_review (DIFFERENT_PERIOD), saying which words date it. A figure whose
    period extraction read as months ('2022-06/2023-05') is left to the period rules."""
    own = try_parse_period(claim.period) if claim.period else None
    if own is not None and granularity(own) not in (YEAR, MULTI_YEAR):
        return decision
    rewordable = decision.verdict is Verdict.needs_review and decision.reason is Reason.DIFFERENT_PERIOD \
        and decision.basis is None and decision.coarser is None  # say why the period differs
    if (decision.verdict not in _JUDGED and not rewordable) or not decision.lead or not ctx.sentence_text:
        return decision
    if granularity(decision.lead[0].period) not in (YEAR, MULTI_YEAR):
        return decision
    basis = other_year_basis(ctx.sentence_text, ctx.claim_offset, ctx.claim_end, tol, claim.kind is Kind.change) \
        or _december_rate_basis(decision, claim, ctx, tol) or fiscal_place_basis(decision, claim, ctx)
    if basis is None:
        return decision
    return decision.for_review(Reason.DIFFERENT_PERIOD, basis=basis)


FISCAL_PLACE = "fiscal_place"


def fiscal_place_basis(decision: Decision, claim: Claim, ctx: ClaimContext) -> MonthlyBasis | None:
    """'Inflation in Pakistan rose from 12.2 percent in 2022', no fiscal word written: Pakistan states its
    years as fiscal years (``fiscal_years.json``), so a yearly rate or GDP figure of it that the calendar
    row of its year contradicts, but that lies between the calendar rows its fiscal year touches (2021 and
    2022 for July 2021–June 2022), may be the fiscal year's — a different period. An aggregate built from
    such places (South Asia) may weigh them otherwise: any figure between its members' lowest and highest
    of those years. A sentence that compares the figure with places of calendar years, or calls its year
    the calendar year, states it on the calendar basis: judged as usual."""
    if decision.reason is not Reason.CONTRADICTED or not claim.period:
        return None
    own = try_parse_period(claim.period)
    lead = decision.lead[0]
    if own is None or granularity(own) != YEAR or lead.period.start.year != own.start.year:
        return None
    table = data_json("fiscal_years.json")
    res = lead.candidate.resource
    if not holds_any(f"{res.metric} {res.name}", table["measures"]) or holds_any(claim.sentence, table["calendar_words"]):
        return None
    entries = {**table["places"], **table["aggregates"]}
    place = next((key for key in row_places(lead) if key in entries), None)
    if place is None:
        return None
    named = {t[len(marker("")):] for t in ctx.positions if is_marker(t)}
    if named - set(entries):
        return None  # compared with places of calendar years: one basis for all of them
    members = table["aggregates"].get(place, {}).get("members", [place])
    conventions = {c for m in members for c in table["places"].get(m, {}).get("named_by", [])}
    if not conventions:
        return None
    year = own.start.year
    years = set().union(*({year - 1, year} if c == "end" else {year, year + 1} for c in conventions))
    figures = [f for code in {place, *members} for y, f in _place_figures(lead, code).items() if y in years]
    claimed = signed_value(claim)
    if len(figures) < 2 or not min(figures) <= claimed <= max(figures):
        return None
    name = Places.default().name_of(place)
    said = f"{name}'s members state their years" if place in table["aggregates"] else f"{name} states its years"
    return MonthlyBasis(f"{said} as fiscal years", "place", False, FISCAL_PLACE)


def _place_figures(lead: Observation, key: str) -> dict[int, float]:
    """The figures of ``lead``'s series for the place ``key`` by year, read through any value of its resource
    that names the place (its code, its name as the package writes it)."""
    for value in values_naming(lead.candidate.resource, key):
        found = yearly_figures(lead, value)
        if found:
            return found
    return {}


def _december_rate_basis(decision: Decision, claim: Claim, ctx: ClaimContext, tol: Tolerances) -> MonthlyBasis | None:
    """'Consumer prices rose 7.2 % in the 12 months to December 2022', '5.7 per cent registered in the previous
    year that ended December 31, 2016': the twelve months ending in December are the calendar year, but a
    monthly-published rate (inflation) over them that its sentence does not call an average is December's
    12-month rate, not the year's average, agreeing or not (``year_to_month_words`` name them a year)."""
    if not annual_rate(decision.lead[0], tol) or holds_any(claim.sentence, tol.annual_average_words):
        return None
    stretch = _own_stretch(ctx.sentence_text, ctx.claim_offset, ctx.claim_end)
    december = _trailing_pattern(tuple(tol.trailing_months_words), "December").search(stretch) \
        or _year_to_december().search(stretch)
    return MonthlyBasis(december.group().strip(), "sentence", False) if december is not None else None


@lru_cache(maxsize=1)
def _year_to_december() -> re.Pattern[str]:
    """The twelve months to December named a year: 'the year ending December', 'the year that ended December 31',
    'the year that ended on 31 December' (periods.json ``year_to_month_words``)."""
    words = alternation(data_json("periods.json")["year_to_month_words"])
    return re.compile(rf"(?i:\b(?:{words})(?:\s+(?:in|on))?\s+(?:(?:the\s+)?[0-3]?\d(?:st|th)?\s+(?:of\s+)?)?)December\b\.?")


def _own_stretch(sentence: str, start: int, end: int) -> str:
    """The figure's own stretch of its sentence: between the rate figures beside it."""
    lo, hi = _own_stretch_bounds(sentence, start, end)
    return sentence[lo:hi]


def _own_stretch_bounds(sentence: str, start: int, end: int) -> tuple[int, int]:
    """Where the figure's own stretch of its sentence starts and ends."""
    # The sentence's rate figures are found once for all its claims. The scan up to ``start`` agrees with
    # the whole sentence's scan for every figure that ends before ``start``: it resumes after the last
    # of those; the first figure after ``end`` is the whole scan's, unless one of its figures runs over ``end``.
    starts, ends = _rate_figures(sentence)
    last = bisect_left(ends, start)  # figures [0, last) end before ``start``
    resume = ends[last - 1] if last else 0
    before = [resume] + [m.end() for m in RATE_FIGURE.finditer(sentence, resume, start) if m.end() <= start]
    nxt = bisect_left(starts, end)
    if nxt and ends[nxt - 1] > end:  # a figure across ``end``: read on from ``end`` as written
        after = next((m.start() for m in RATE_FIGURE.finditer(sentence, end)), len(sentence))
    else:
        after = starts[nxt] if nxt < len(starts) else len(sentence)
    return max(before, default=0), after


UNDATED = "undated"


def undated_behind(decision: Decision, claim: Claim, ctx: ClaimContext, index: ReferenceIndex, tol: Tolerances) -> Decision:
    """A contradicted figure with no year of its own nor carried, in a dated draft, whose row is
    ``undated_gap_years`` or more older than the last year published by the draft's date → needs_review:
    'ranked 40th with 2.9 tons per head' in a 2024 story speaks of a year after the data's 2020.
    (Where the place's rows end years before others' the figure is unsupported, the data lacking the
    period, and stays so.) A mass no row of the decade before the page fits (``wrong_in_every_recent_year``,
    the data's end standing for the years it lacks) is wrong whichever year is meant, and stays contradicted."""
    if decision.verdict is not Verdict.contradicted or not decision.lead or not ctx.dated \
            or not names_no_period(claim, ctx):
        return decision
    row = decision.lead[0].period
    if granularity(row) != YEAR or abs(decision.lead[0].deviation) > tol.undated_gap_deviation:
        return decision  # a figure that far off is wrong for any year near the row
    published = due_year_behind(row, ctx.as_of, tol)
    if published is None or wrong_in_every_recent_year(decision, claim, ctx, index, tol):
        return decision
    return decision.for_review(Reason.DIFFERENT_PERIOD, basis=MonthlyBasis(str(published), "sentence", False, UNDATED))


@lru_cache(maxsize=256)
def _rate_figures(sentence: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The starts and the ends of the sentence's rate figures, in order (read once per sentence)."""
    found = list(RATE_FIGURE.finditer(sentence))
    return tuple(m.start() for m in found), tuple(m.end() for m in found)
