"""When a claim speaks of, read from its wording and from what the data covers.

- 'Inflation closed out 2022 at 5.8 %' is the rate of the year's last month (December on
  December), not the year's average (``year_end_words``); a level said so ('the peso ended 2022 at
  19.50') is the year's last day.
- A period no series of the claim's metric reaches (a year before the data begins) cannot be judged,
  whichever place the claim is about: unsupported, not a question of which place.
- A claim without a period speaks of the draft's present: a yearly rate of change many years
  older (``stale_years``) does not contradict it — the data has no figure for the present.
- '14.77 points up on November', 'up 0.4 points from the previous month': a rate's change in points
  over a month or a quarter (``short_change_words``) cannot be judged by rows a year long.
- 'Consumer prices rose 36.08 % in 2021' in a draft dated 3 January 2022: the year's annual average
  was not published yet (``publication_lag_by_length``), so a rate not called an average
  (``annual_average_words``) is the rate of the year's last months — a different period.
- 'Growth at an average of 13.8 % a year, … over the period from 2000 to 2023': a figure said per
  year (``average_words``) with no period of its own is the average over the one span of years its
  sentence names.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from ...config import Tolerances
from ...extraction.extractor import surface_at
from ...extraction.periods import YEAR_WRITTEN
from ...extraction.vocabulary import DIRECTION_OF, MONTH_NAMES, MONTHS
from ...matching import Candidate, ClaimContext, ReferenceIndex
from ...matching.carried import only_span
from ...models import Claim, Kind
from ...numbers import alternation, comparison_words, data_json, lexicon
from ...periods import DAY, MONTH, MULTI_YEAR, YEAR, Period, granularity, parse_period, try_parse_period
from ...patterns import YEAR_AND_NEXT_TWO_DIGITS, names_next_year
from ...text import clause_span, matches_once, search_once
from ...units import PERCENT_UNITS, unit_words
from .moving_average import called_twelve_month_average
from ..observations import Observation, finer_than_rows, names_any, short_change_step
from ..measures.qualifier_scope import FIGURE_NOT_YEAR, LINKS
from ..wording import FISCAL_PREFIX_START, find_any, find_any_in_place, holds_any, normalized, normalized_offset




def year_end_wording(text: str, tol: Tolerances) -> list[re.Match[str]]:
    """Where ``text`` (normalised) says a year's end: ``year_end_words``, and ``year_end_rate_words`` ('ended
    with') whose subject, the words of their clause before them, or whose object, the words after them up
    to the next figure, names a monthly-published rate (``monthly_rate_series_words``: 'inflation ended with
    12.8 %', 'the country ended with inflation of 12.8 %'): 'the company finished with a 12 % share' closes
    no year."""
    found = find_any(text, tol.year_end_words)
    said = find_any(text, tol.year_end_rate_words)
    if not said:
        return found
    plain = normalized(text)
    for m in said:
        start, end = clause_span(plain, m.start())
        subject, object_ = plain[start:m.start()], _FIGURE.split(plain[m.end():end])[0]
        if holds_any(subject, tol.monthly_rate_series_words) or holds_any(object_, tol.monthly_rate_series_words):
            found.append(m)
    return sorted(found, key=lambda m: m.start())


def figures_year_end(claim: Claim, tol: Tolerances) -> list[re.Match[str]]:
    """``year_end_wording`` of the claim's sentence that may date its figure or a figure beside it: not the
    wording after the figure behind a word that opens a clause with no figure of its own about something
    else (``year_end_circumstance_openers``: '4.7 percent with inflation speeding up toward the end of the
    year'; 'while it ended the year at 8.1 %' is another rate's, on the basis its sentence shares)."""
    found = year_end_wording(claim.sentence, tol)
    at = surface_at(claim.sentence, claim.text)
    if not found or at < 0:
        return found
    plain = normalized(claim.sentence)
    figure_end = normalized_offset(claim.sentence, at + len(claim.text))

    def of_another_circumstance(wording: re.Match[str]) -> bool:
        opener = _circumstance_openers().search(plain, figure_end, wording.start())
        return opener is not None and _rate_figure().search(plain, opener.end()) is None

    return [m for m in found if m.start() < figure_end or not of_another_circumstance(m)]


@lru_cache(maxsize=1)
def _rate_figure() -> re.Pattern[str]:
    """A figure written as a rate ('8.1 %', '6 percent'): a rate of the clause, not a year or 'Covid-19'."""
    words = data_json("periods.json")["rate_basis"]["percent_words"]
    return re.compile(rf"\d[\d.,]*\s?(?:{alternation(normalized(w) for w in words)})")


@lru_cache(maxsize=1)
def _circumstance_openers() -> re.Pattern[str]:
    words = data_json("periods.json").get("year_end_circumstance_openers", [])
    return re.compile(rf"(?<!\w)(?:{alternation(normalized(w) for w in words)})(?!\w)" if words else r"(?!)")


def year_end_claim(claim: Claim, tol: Tolerances) -> Claim:
    """A rate stated for a whole year with year-end wording, read as the rate of the year's last month."""
    period = try_parse_period(claim.period) if claim.period else None
    if period is None or claim.unit != "%" or granularity(period) != YEAR:
        return claim
    if not figures_year_end(claim, tol) and not closes_year(claim.sentence, period.end.year, tol):
        return claim
    if called_an_average(claim, tol) or called_twelve_month_average(claim, tol) \
            or _average_over_year_before(claim, period.end.year, tol):
        # 'closed 2023 with 12-month inflation of 5.3 % and an average of 7.1 %' ('… and 7.1 % on average'):
        # the year's end is the first figure's; the one its own words call an average is the year's average,
        # as is 'average annual inflation at the end of 2021' (the twelve months the year's end closes)
        return claim
    return claim.model_copy(update={"period": f"{period.end.year:04d}-{period.end.month:02d}"})


def _average_over_year_before(claim: Claim, year: int, tol: Tolerances) -> bool:
    """'The average annual CPI will have increased, at the end of 2022, by 6.6 % compared to 2021': a figure
    its sentence calls an average (``annual_average_words``, before it) and compares with the whole year
    before, named bare right after it, is one year's average over the other's, whatever the year-end words."""
    at = surface_at(claim.sentence, claim.text)
    if at < 0 or not holds_any(claim.sentence[:at], tol.annual_average_words):
        return False
    compared = _year_before_compared().match(claim.sentence, at + len(claim.text))
    return compared is not None and compared.group("year") == str(year - 1)


@lru_cache(maxsize=1)
def _year_before_compared() -> re.Pattern[str]:
    """A comparison word right after a figure with a bare year as its object ('… compared to 2021'), no
    month or day of it ('compared to December 2021', '2021-12')."""
    return re.compile(rf"\s*(?:{comparison_words()})\s+(?:the\s+year\s+)?(?P<year>(?:19|20)\d\d)\b(?![-/.]\d)", re.I)


def called_an_average(claim: Claim, tol: Tolerances) -> bool:
    """The figure's own words, before it or in the first three behind it, call it an average
    (``annual_average_words``: 'an average of 7.1 %', '7.1 % on average over the year')."""
    return holds_any(own_words(claim), tol.annual_average_words) \
        or holds_any(" ".join(words_after(claim).split()[:3]), tol.annual_average_words)


def closes_year(sentence: str, year: int, tol: Tolerances) -> bool:
    """'Inflation closed 2023 at 2.1 %', 'ended 2022 with 5.8 %': a year-end verb (``year_end_verbs``)
    with the figure's own year as its object ('closing the 2023 with', as a gloss of Spanish 'el 2023' reads),
    or a past year named relatively ('ended last year with 9 %') in a sentence writing no year of its own."""
    return year_closing(sentence, year, tol) is not None


def year_closing(sentence: str, year: int, tol: Tolerances) -> str | None:
    """The words of ``closes_year`` as they stand in the normalised sentence ('ends 2022 with'), or None."""
    pattern = _year_closing_pattern(tuple(tol.year_end_verbs))
    if pattern is None:
        return None
    # a relative year is the figure's own only when no year is written: then the figure's year was read from it
    relative_is_own = YEAR_WRITTEN.search(sentence) is None
    return next((m.group() for m in matches_once(pattern, normalized(sentence))
                 if str(year) in (m.group("year"), m.group("inverted")) or (relative_is_own and m.group("relative"))),
                None)


@lru_cache(maxsize=8)
def _year_closing_pattern(verbs: tuple[str, ...]) -> re.Pattern[str] | None:
    """A year-end verb with a year as its object, compiled once per verb list: read per claim."""
    verb_words = "|".join(re.escape(normalized(v)) for v in verbs if v.strip())
    if not verb_words:
        return None
    # a year gone by, named relatively ('last year', 'the previous year': lexicon ``relative_years`` before now)
    past = alternation(w for w, step in lexicon().get("relative_years", {}).items()
                       if not w.startswith("_") and isinstance(step, int) and step < 0)
    # 'closed 2023 at', 'ended in 2022 with', 'ended last year with'; or the verb before its subject, then the
    # year, as Spanish and Portuguese relative clauses read glossed ('1,61 % en el que cerró la inflación en el
    # 2020': 'closed the inflation in the 2020')
    return re.compile(rf"(?<!\w)(?:{verb_words}) (?:(?:(?:in )?(?:the year |the )?(?P<year>\d+)"
                      rf"|(?P<relative>{past})) (?:at|with|on)(?!\w)"
                      rf"|the [a-z]+ in (?:the year |the )?(?P<inverted>\d+)(?!\w))")


def year_end_level_claim(claim: Claim, tol: Tolerances) -> Claim:
    """A level (a price, a count) stated for a year with year-end wording ('the peso ended 2022 at
    19.50', 'at the end of 2022') is the year's last day: a stock or a closing price, not the year's
    average or mid-year estimate."""
    period = try_parse_period(claim.period) if claim.period else None
    if period is None or claim.unit == "%" or claim.kind is Kind.change or granularity(period) != YEAR:
        return claim
    if not year_end_wording(claim.sentence, tol) and not closes_year(claim.sentence, period.end.year, tol):
        return claim
    if called_an_average(claim, tol):
        # 'ended the year 2023 with an average exchange rate of RM4.56': the year's end dates the
        # sentence, but the figure its own words call an average is the year's average, not its last day
        return claim
    if adds_up_over_year(claim, tol):
        return claim
    return claim.model_copy(update={"period": period.end.isoformat()})


def carried_year_end_rate(claim: Claim, ctx: ClaimContext, tol: Tolerances) -> Claim:
    """'… 2019 … Opening the year around R14.38 to the dollar, it ended the year at R14.00': an exchange rate with
    no period of its own whose own words say the year's end ('ended the year at') is the last day of the year an
    earlier sentence of its paragraph names — a closing price, not a month's average. The figures its own words
    do not close the year with ('Opening the year around R14.38') keep the year the decision carries."""
    carried = ctx.carried_period
    if claim.period or claim.kind is Kind.change or carried is None or carried[1] != "paragraph":
        return claim
    period = try_parse_period(carried[0])
    if period is None or granularity(period) != YEAR or not year_end_wording(own_words(claim), tol) \
            or called_an_average(claim, tol):
        return claim
    return claim.model_copy(update={"period": period.end.isoformat()})


def adds_up_over_year(claim: Claim, tol: Tolerances) -> bool:
    """A figure whose clause names a flow (``flow_words``: 'GDP per capita', 'emissions') and no stock
    (``stock_words``: 'reserves covering six months of imports'), or whose own verb adds one up
    (``flow_verbs``: 'it produced …'), is a total over its year, never a reading of one day: year-end
    wording ('by the end of 2022, it produced $2.3 trillion', 'GDP per capita at the end of 2022 amounted
    to …') dates the year it closes."""
    clause = clause_before(claim)  # 'CO2 emissions at the end of 2017 amounted to': the year is no neighbour figure
    return (holds_any(clause, tol.flow_words) and not holds_any(clause, tol.stock_words)) \
        or holds_any(own_words(claim), tol.flow_verbs)


def year_start_claim(claim: Claim, as_of: dt.date, tol: Tolerances) -> Claim:
    """A price at a moment with no period of its own, said of the start of the draft's year ('the
    yen was ¥115 to the dollar at the beginning of the year'): January of that year."""
    if claim.period or claim.kind is Kind.change or not holds_any(claim.sentence, tol.year_start_rate_words):
        return claim
    return claim.model_copy(update={"period": f"{as_of.year:04d}-01"})


def stock_row_day_claim(claim: Claim, candidates: list[Candidate], tol: Tolerances) -> Claim:
    """A count stated on the day a stock series' yearly rows count (``stock_row_day``: 'as of July 1,
    2021' against mid-year populations), or for the month holding that day ('July 2021 est.'), speaks of
    that row's year: the row is its figure."""
    period = stock_row_year(try_parse_period(claim.period) if claim.period else None, candidates, tol)
    return claim.model_copy(update={"period": f"{period.start.year:04d}"}) if period is not None else claim


def stock_row_year(period: Period | None, candidates: list[Candidate], tol: Tolerances) -> Period | None:
    """The year whose stock row a day or month stands for (see ``stock_row_day_claim``); else None."""
    if period is None or not candidates or not names_any(candidates[0].resource, tol.stock_words):
        return None
    kind = granularity(period)
    if (kind == DAY and f"{period.start:%m-%d}" == tol.stock_row_day) \
            or (kind == MONTH and f"{period.start:%m}" == tol.stock_row_day[:2]):
        return parse_period(f"{period.start.year:04d}")
    return None


def on_a_weekday_claim(claim: Claim) -> Claim:
    """An exchange rate its sentence puts on a weekday ('fell to 148.6 on Monday, a low last seen in
    1990') is that day's price, whatever other year the sentence names: the draft's day."""
    if claim.period and holds_any(claim.sentence, lexicon()["weekdays"]):
        return claim.model_copy(update={"period": None})
    return claim


def beyond_every_series(index: ReferenceIndex, ctx: ClaimContext, claim_period: Period | None) -> bool:
    """The claim names a period that no series the text left unplaced has any row for; a day, a year no
    row falls in (a count of 1 April 2023 beside the data's count of 1 January 2023 is another day's, not
    beyond the data)."""
    if claim_period is None or not ctx.unplaced:
        return False
    first, last = claim_period.start.toordinal(), claim_period.end.toordinal()
    if granularity(claim_period) == DAY:
        first, last = dt.date(claim_period.start.year, 1, 1).toordinal(), dt.date(claim_period.start.year, 12, 31).toordinal()
    series = [r for r in index.resources.values() if r.metric in ctx.unplaced]
    return bool(series) and not any(
        ((r.period_start <= last) & (r.period_end >= first) & r.period_valid).any() for r in series)


def outdated(lead: Observation, claim_period: Period | None, as_of: dt.date, tol: Tolerances) -> bool:
    """A claim without a period met by a latest row of a series of changes (a yearly inflation rate)
    from years before the draft (``stale_years``). A level (a share, a count) moves slowly, so its
    latest row still speaks of the present; one year's rate of change says nothing of another's."""
    return claim_period is None and lead.candidate.resource.kind is Kind.change \
        and lead.period.end.year < as_of.year - tol.stale_years


def span_average_claim(claim: Claim, as_of: dt.date, tol: Tolerances) -> Claim:
    """A figure said per year or on average with no period of its own, in a sentence naming one span of
    several whole years (and no other period): the average over that span."""
    if claim.period or not holds_any(claim.sentence, tol.average_words):
        return claim
    span = only_span(claim.sentence, as_of)
    return claim.model_copy(update={"period": span}) if isinstance(span, str) else claim


# Spans of a month and a quarter, for a change whose wording ('from the previous month') names no period.
_SPAN_OF = {1: parse_period("2000-01"), 3: parse_period("2000-01/2000-03")}


def short_change(claim: Claim, candidates: list[Candidate], tol: Tolerances) -> tuple[str, Period] | None:
    """A change of a rate in points over a month or a quarter (``short_change_step``) when every
    candidate's rows are longer: (the metric, the period of one of its rows), for the explanation;
    else None — rows as short are read month on month (``observe_change``)."""
    period = try_parse_period(claim.period) if claim.period else None
    step = short_change_step(claim, period, tol)
    if not step or not candidates:
        return None
    if not all(finer_than_rows(period or _SPAN_OF[step], c.resource, c.positions) for c in candidates):
        return None
    res, positions = candidates[0].resource, candidates[0].positions
    row = res.periods[res.period_codes[positions[-1]]]
    return (res.metric, row) if row is not None else None


def month_change_unheld(claim: Claim, candidates: list[Candidate], ctx: ClaimContext, tol: Tolerances) -> str | None:
    """'Consumer prices rose 0.3 % in December, while annual inflation reached 8 %': a percent change of a
    price measure said of one month whose own words (its sentence up to it, and after it up to a link
    word or the next figure) have no 12-month wording while the rest of its sentence has some and another
    percent figure (``monthly_basis_words``, ``year_on_year_words``, ``annual_rate_words``) — the month's
    change beside the year's rate. Only a monthly index computes it: when none of the measure's candidates
    has rows a month long, what shows it (for a ``month_on_month`` verdict); else None. Alone in its
    sentence ('prices rose 8.5 % in December') a month's change may be its 12-month rate: left to the period rules.
    A change or a rate its own words compare with the month before ('inflation in May 2023 compared with
    April 2023 was 0.5 %', ``month_before_words``) is a change over one month, whatever else the sentence says."""
    if claim.kind not in (Kind.change, Kind.level) or claim.unit != "%" or not candidates or not claim.period:
        return None
    month = try_parse_period(claim.period)
    if month is None or granularity(month) != MONTH:
        return None
    text = ctx.sentence_text
    # the figure's own words: the sentence up to it, and after it up to a link word or the next figure
    # ('rose 5.9 %, year on year in December, from 5.5 %' keeps its basis)
    next_figure = _PERCENT_FIGURE.search(text, ctx.claim_end)
    link = _LINK.search(text, ctx.claim_end)  # 'and', 'while': the next clause
    own_end = min((m.start() for m in (next_figure, link) if m is not None), default=len(text))
    twelve_month = [*tol.monthly_basis_words, *tol.year_on_year_words, *tol.annual_rate_words]
    # … and a 12-month wording nearer the next figure than this one is that figure's: 'a fall of 0.5 % in
    # December, putting year-on-year inflation for 2023 at 3.9 %'
    if next_figure is not None and own_end == next_figure.start():
        between = find_any_in_place(text[ctx.claim_end:own_end], twelve_month)  # offsets from the figure's end
        own_end = min((ctx.claim_end + start for start, end in between if own_end - (ctx.claim_end + end) < start),
                      default=own_end)
    own, after = text[:own_end], text[own_end:]
    # the month's change first, then the year's rate as another figure: a 12-month span said before the
    # figure ('the average of the twelve months to January rose 1.9 %') is the figure's own
    others = [_figure_value(m.group()) for m in _PERCENT_FIGURE.finditer(after)]
    # 'in May compared with April': the figure's own words name the month before as its base
    # (a link word may open the comparison: the words right after the figure's own are read too)
    # … from the rate before it on: 'in May compared with April was 0.5 %, since the beginning of the year 3.8 %'
    # compares the 0.5 % alone
    own_start = _own_words_start(text, max(ctx.claim_offset, 0))
    # (a 12-month wording of the clause before, 'fell 1.7 % year on year in February and by 0.7 % against
    # January', is that clause's figure's)
    on_the_month_before = _compared_with_month_before(text[own_start:own_end + _COMPARISON_SPAN], month) \
        and not holds_any(text[own_start:own_end], twelve_month) and not _moved_to(text[:max(ctx.claim_offset, 0)])
    # 'The consumer price index increased by 0.6 % for May 2023': the index's own rise in a named month, with no
    # 12-month wording of its own nor a comparison with the same month a year before ('compared with the same month
    # a year earlier', ``same_month_words``), is the month's change (when it is a small part of the year's rate, below)
    index_rise = claim.kind is Kind.change and not holds_any(own, twelve_month) \
        and _names_the_index(text[own_start:max(ctx.claim_offset, 0)], tol) \
        and not holds_any(text[own_start:own_end + _COMPARISON_SPAN], data_json("periods.json").get("same_month_words", []))
    if not on_the_month_before and not index_rise and (claim.kind is not Kind.change or holds_any(own, twelve_month)
                                                       or not holds_any(after, twelve_month) or not others):
        return None
    # a month's change is a small part of the year's rate ('rose 0.3 % …, while annual inflation reached 8 %');
    # one as large as it ('rose 5.9 % in December, while the annual average was 5.8 %') is a 12-month rate
    # (compared with the month before in its own words it is a month's change however small the year's rate:
    # 'in December, as compared to November, went down by 0.8 %, … up 0.6 % when compared to December 2022')
    year_rows = [row for c in candidates for row in _rows_of_year(c, month.start.year)]
    if not on_the_month_before and any(abs(claim.value) > _MONTH_SHARE_OF_YEAR * abs(v)
                                       for v in [*others, *year_rows] if v is not None):
        return None
    if not on_the_month_before and any(int(y) != month.start.year for y in YEAR_WRITTEN.findall(text[ctx.claim_end:own_end])):
        return None  # 'up 14.4 % compared to December 2021': a base a year before
    prices = [c for c in candidates if names_any(c.resource, tol.price_measure_words)]
    if not prices or not all(finer_than_rows(month, c.resource, c.positions) for c in prices):
        return None  # not a price measure, or a monthly index the change can be computed from
    if on_the_month_before:
        return "compared with the month before"
    return "a month's change beside the year's rate" if others and holds_any(after, twelve_month) \
        else "the price index's change in one month"


def _names_the_index(words: str, tol: Tolerances) -> bool:
    """The words name a price index itself ('the consumer price index', 'the CPI'): one of ``price_measure_words``
    and one of lexicon.json's ``price_index_words``."""
    return holds_any(words, tol.price_measure_words) and holds_any(words, lexicon().get("price_index_words", []))


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
    step = max((m.end() for m in _STEP_FIGURE.finditer(text, 0, ctx.claim_offset)), default=0)
    own_start = max(_own_words_start(text, ctx.claim_offset), step)
    ends = [m.start() for m in (_PERCENT_FIGURE.search(text, ctx.claim_end), _LINK.search(text, ctx.claim_end),
                                _CLAUSE_MARK.search(text, ctx.claim_end)) if m is not None]
    before, after = text[own_start:ctx.claim_offset], text[ctx.claim_end:min(ends, default=len(text))]
    # after the figure before it, the words up to a clause mark are that figure's: 'fell 0.01 % compared with
    # the previous month, rose 4.55 % compared with December 2021'
    tail = _CLAUSE_MARK.search(before)
    after_figure = own_start == step > 0 or any(m.end() == own_start
                                               for m in _PERCENT_FIGURE.finditer(text, 0, ctx.claim_offset))
    if after_figure and tail:
        before = before[tail.end():]
    if _moved_to(text[:ctx.claim_offset]):
        return None
    twelve_month = [*tol.monthly_basis_words, *tol.year_on_year_words, *tol.annual_rate_words]
    said = _said_right_after(after, before, twelve_month) or _month_words_nearest(before, after, _month_on_month_words(), twelve_month) \
        or (_months_in_a_row(_between_months(text, ctx.claim_end) or after)
            if claim.kind is Kind.change or _called_change(before) else None)
    if said is None:
        return None
    prices = [c for c in candidates if names_any(c.resource, tol.price_measure_words)]
    month = try_parse_period(claim.period) if claim.period else None
    month = month if month is not None and granularity(month) == MONTH else _SPAN_OF[1]
    if not prices or not all(finer_than_rows(month, c.resource, c.positions) for c in prices):
        return None  # not a price measure, or a monthly index the change can be computed from
    return f"'{said}'"


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


def _called_change(before: str) -> bool:
    """The words right before a figure call it a change without a direction ('recorded a change of 2.5 %',
    lexicon.json signed_change ``change_of_nouns``; a gloss's 'a change at 2.5 %'): read as a level by
    extraction, it is still a change for the months it spans."""
    return _change_of_before().search(before) is not None


@lru_cache(maxsize=1)
def _change_of_before() -> re.Pattern[str]:
    nouns = alternation(lexicon()["signed_change"]["change_of_nouns"])
    return re.compile(rf"(?<![\w-])(?:{nouns})\s+(?:of|at|by)\s*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _pair_opener() -> re.Pattern[str]:
    """A span opener whose two ends are joined by 'and' (``pair_span_openers``), first after the figure."""
    return re.compile(rf"\s*(?i:{alternation(data_json('periods.json').get('pair_span_openers', []) or ['between'])})(?!\w)")


def _own_words_start(text: str, offset: int) -> int:
    """Where the words of the figure at ``offset`` begin: after the percent figure before it or the word joining
    its clause to the one before ('and', 'while') — 'up 2.0 % compared to the previous month, and by 10.2 %
    against the previous year' compares only the first with the month before."""
    figures = (m.end() for m in _PERCENT_FIGURE.finditer(text, 0, offset))
    links = (m.end() for m in _clause_joiner().finditer(text, 0, offset))
    return max((*figures, *links), default=0)


@lru_cache(maxsize=1)
def _clause_joiner() -> re.Pattern[str]:
    """The words that join a next clause (``next_clause_joiners``: 'and', 'while'); not 'compared with', which
    links a figure to its base inside its clause."""
    return re.compile(rf"(?<!\w)(?i:{alternation(data_json('periods.json').get('next_clause_joiners', []) or ['and'])})(?!\w)")


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


@lru_cache(maxsize=1)
def _right_after_figure() -> re.Pattern[str]:
    words = data_json("periods.json").get("month_on_month_after_figure_words", [])
    return re.compile(rf"\s*({alternation(words)})(?![\w-])" if words else r"(?!)")


@lru_cache(maxsize=1)
def _month_on_month_words() -> tuple[str, ...]:
    """The words of ``month_on_month_words`` and each month's name before ``month_alone_words`` ('december alone')."""
    data = data_json("periods.json")
    alone = data.get("month_alone_words", [])
    return (*data.get("month_on_month_words", []), *(f"{name} {word}" for name in MONTH_NAMES for word in alone))


def _month_words_nearest(before: str, after: str, words: tuple[str, ...], twelve_month: list[str]) -> str | None:
    """The month-on-month words nearest the figure between ``before`` (the words up to it) and ``after`` (the
    words after it), when no 12-month wording stands nearer; a phrase followed by a possessive ('the previous
    month's 2.9 %') names the figure after it, not this one, and one after an average's noun a mean of months."""
    averages = tuple(data_json("periods.json").get("years_average_nouns", []))

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


def _compared_with_month_before(text: str, month: Period) -> bool:
    """The figure's words hold 'compared with' (``month_before_words``) right before the name of the month
    before ``month``, its year written or not ('in May 2023 compared with April 2023', 'in January against
    December'); a year written must be that month's."""
    words = data_json("periods.json").get("month_before_words", [])
    if not words:
        return False
    year, number = (month.start.year - 1, 12) if month.start.month == 1 else (month.start.year, month.start.month - 1)
    # positions in the text itself: a masked name or a run of spaces before the words moves normalized offsets
    for _start, end in find_any_in_place(text, words):
        named = _MONTH_NAMED.match(text, end)
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
    words = data_json("periods.json").get("moved_to_words", [])
    return re.compile(rf"(?P<word>[^\W\d_]+\.?)\s+(?:{alternation(words)})\s+$", re.IGNORECASE) if words else None
_MONTH_NAMED = re.compile(rf"\s+(?:the\s+month\s+of\s+)?(?P<name>{MONTHS})\.?(?:\s+(?P<year>\d{{4}}))?\b", re.IGNORECASE)
_COMPARISON_SPAN = 40  # ', compared with September 2023': a link, a month's name and its year, no further


# the most a month's change is of the year's rate beside it: even at high inflation a month's change is
# about a twelfth of the year's, and a month's 12-month rate is near the annual one
_MONTH_SHARE_OF_YEAR = 0.5


def _figure_value(figure: str) -> float | None:
    """The number of a percent figure ('5,8 %' → 5.8)."""
    number = re.search(r"\d+(?:[.,]\d+)?", figure)
    return float(number.group().replace(",", ".")) if number else None


def _rows_of_year(cand: Candidate, year: int) -> list[float]:
    """The candidate's values for rows of the whole of ``year``."""
    res = cand.resource
    values = []
    for pos in cand.positions.tolist():
        period = res.periods[res.period_codes[pos]]
        if period is not None and granularity(period) == YEAR and period.start.year == year:
            values.append(float(res.values[pos]))
    return values


_LINK = re.compile(rf"(?<!\w)(?i:{alternation(LINKS)})(?!\w)")
# a percent figure in any of the words units.json writes '%' with ('5,9 Prozent'), or '%5' written before it
_PERCENT_FIGURE = re.compile(rf"\d+(?:[.,]\d+)?\s*(?:%|(?i:{alternation(w for w in unit_words('%') if w != '%')})(?!\w))|%\s*\d")
# a rate's change in points ('0.12 points', '0.3 percentage points'): a figure whose words up to a clause mark are its own
_STEP_FIGURE = re.compile(rf"\d+(?:[.,]\d+)?\s*(?i:{alternation(w for unit in ('pp', 'points') for w in unit_words(unit))})(?!\w)")


def unpublished_year_rate(claim: Claim, lead: Observation, claim_period: Period | None, tol: Tolerances) -> bool:
    """A rate stated for a whole year, not called its average, whose row for that year was not yet
    published by the draft's date (``lead.after_as_of``): the writer's figure cannot be that annual
    average, and is most likely the rate of the year's last month (December on December)."""
    return lead.after_as_of and claim_period is not None and granularity(claim_period) == YEAR \
        and claim.unit == "%" and "%" in lead.candidate.resource.units and lead.evidence.formula is None \
        and granularity(lead.period) == YEAR and not holds_any(claim.sentence, tol.annual_average_words)


def year_not_over(claim: Claim, lead: Observation, claim_period: Period | None, as_of: dt.date | None,
                  tol: Tolerances) -> bool:
    """A level or count of a year the draft was written in ('at the start of this year the country had 20
    million people', a page of March), agreeing only with that year's row published after the draft
    (``lead.after_as_of``): the writer had no figure for the whole year, so theirs is of a day or a part
    of it, another period than the row, for a person to weigh rather than a pass. Not a percent: a
    statistics office reports a year's average rate in its last days, before the row's publication; nor
    a market's average of its closes reported in the year's last days (``average_final_days``), which is the year's."""
    return lead.after_as_of and as_of is not None and claim_period is not None \
        and claim.kind in (Kind.level, Kind.count) and claim.unit not in PERCENT_UNITS \
        and granularity(claim_period) == YEAR and claim_period.end >= as_of \
        and granularity(lead.period) == YEAR and lead.evidence.formula is None \
        and not average_at_period_end(claim, claim_period, as_of, tol)


def average_at_period_end(claim: Claim, period: Period, as_of: dt.date, tol: Tolerances) -> bool:
    """The figure is called an average of a market's closes (``annual_average_words`` and
    ``closing_average_words``, in its sentence or its subject) and the draft is dated in the period's last
    ``average_final_days``: the market's average of the period as over, not of a part of it."""
    said = (claim.sentence, claim.subject or "")
    return any(holds_any(s, tol.annual_average_words) for s in said) \
        and any(holds_any(s, tol.closing_average_words) for s in said) \
        and as_of <= period.end and (period.end - as_of).days < tol.average_final_days


def reported_average(claim: Claim, lead: Observation, claim_period: Period | None, as_of: dt.date | None,
                     tol: Tolerances) -> bool:
    """A rate the sentence calls the average of a year that was over by the draft's date ('the annual
    average inflation rate reached 17.6 % in 2023', a release in January 2024): the writer reports that
    average as published, so a row for that year judges it even when the publication lag says the
    row came out later; the row is still flagged as postdating the draft."""
    return as_of is not None and claim_period is not None and granularity(claim_period) == YEAR \
        and claim_period.end < as_of and granularity(lead.period) == YEAR and lead.evidence.formula is None \
        and claim.unit == "%" and holds_any(clause_before(claim), tol.annual_average_words)


def clause_before(claim: Claim) -> str:
    """The words of the claim's clause before its figure: what the figure itself is said to be
    ('the annual average rate reached 17.6 %', not '12.3 %, with an average monthly value of 1 %')."""
    at = surface_at(claim.sentence, claim.text)
    before = claim.sentence[:at] if at >= 0 else ""
    return re.split(r"[,;:()]", before)[-1]


def own_words(claim: Claim) -> str:
    """The words of the claim's clause between the figure before it (if any) and its own figure: what
    this figure, not its neighbour, is called ('… of 5.3 % and a one-year average of 7.1 %')."""
    return _FIGURE.split(clause_before(claim))[-1]


_FIGURE = re.compile(r"\d[\d.,]*")


def words_after(claim: Claim) -> str:
    """The words after the claim's figure up to the next figure or clause mark: what the figure is
    called behind it ('7.1 % on average', '12.8 % year on year'). When another figure follows in the
    clause, the words from a link word on (``series_clause_links``: '5.7 % and an average of 6.0 %',
    '… while the average was 6.0 %') lead into that figure: they are not this one's."""
    at = surface_at(claim.sentence, claim.text)
    if at < 0:
        return ""
    clause = re.split(r"[,;:()]", claim.sentence[at + len(claim.text):])[0]
    rest = re.split(r"\d", clause)[0]
    if FIGURE_NOT_YEAR.search(clause):
        link = _LINK.search(rest)
        rest = rest[:link.start()] if link else rest
    return rest



def fiscal_against_calendar(claim: Claim, claim_period: Period, candidates: list[Candidate], tol: Tolerances) -> bool:
    """'1.14 billion tonnes in fiscal 2008/2009': a fiscal year (``fiscal_year_words`` before a year)
    against calendar-year rows is another period, unless the series is itself fiscal. A 'fiscal
    deficit' names no fiscal year: the word must stand before a year. A year joined to its successor's
    last two digits ('6.7 per cent during 2022-23') is how fiscal, financial and season years are
    written, named or not: such a span is not read as two calendar years' mean."""
    if granularity(claim_period) not in (YEAR, MULTI_YEAR) or claim_period.end.year - claim_period.start.year > 1:
        return False
    if not search_once(_fiscal_year_pattern(tuple(tol.fiscal_year_words)), normalized(claim.sentence)) \
            and not _written_as_split_year(claim.sentence, claim_period):
        return False
    return bool(candidates) and not any(holds_any(f"{c.resource.metric} {c.resource.name}", tol.fiscal_year_words)
                                        for c in candidates)


def _written_as_split_year(sentence: str, claim_period: Period) -> bool:
    """Whether the sentence writes the claim's two-year span as a year and its successor's last two
    digits ('2022-23'), the notation of a fiscal year."""
    start, end = claim_period.start.year, claim_period.end.year
    return end == start + 1 and any(int(m.group(1)) == start and names_next_year(m.group(1), m.group(2))
                                    for m in YEAR_AND_NEXT_TWO_DIGITS.finditer(sentence))


@lru_cache(maxsize=8)
def _fiscal_year_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """A fiscal-year word right before a year: 'fiscal 2008/2009', 'FY2023', "financial year '22"."""
    names = "|".join(sorted((re.escape(normalized(w)) for w in words if w.strip()), key=len, reverse=True))
    return re.compile(rf"{FISCAL_PREFIX_START}(?:{names or '(?!)'})\s?'?(?:1[89]|2[01])?\d\d(?!\d)")


_LINK = re.compile(rf"(?<!\w)(?i:{alternation(LINKS)})(?!\w)")  # qualifier_scope's clause links, in the raw text
