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
from ...extraction.periods import YEAR_WRITTEN
from ...extraction.vocabulary import MONTH_NAMES
from ...matching import Candidate, ClaimContext, ReferenceIndex
from ...matching.carried import only_span
from ...models import Claim, Kind
from ...numbers import alternation, comparison_words, data_json, lexicon
from ...periods import DAY, MONTH, MULTI_YEAR, YEAR, Period, granularity, parse_period, try_parse_period
from ...patterns import YEAR_AND_NEXT_TWO_DIGITS, names_next_year
from ...text import clause_span, matches_once, piece_after, piece_before, search_once, surface_at
from ...units import PERCENT_UNITS
from .base_words import year_after_words
from .moving_average import called_twelve_month_average
from ..observations import Observation, finer_than_rows, names_any, short_change_step
from ..measures.qualifier_scope import FIGURE_NOT_YEAR, LINKS
from ..wording import FISCAL_PREFIX_START, find_any, holds_any, matches_in_place, normalized, normalized_offset




def year_end_wording(text: str, tol: Tolerances) -> list[re.Match[str]]:
    """Where ``text`` (normalised) says a year's end: ``year_end_words``, and ``year_end_rate_words`` ('ended
    with') whose subject, the words of their clause before them, or whose object, the words after them up
    to the next figure, names a monthly-published rate (``monthly_rate_series_words``: 'inflation ended with
    12.8 %', 'the country ended with inflation of 12.8 %'): 'the company finished with a 12 % share' closes
    no year."""
    # 'at April-end 2014' is a month's end: 'end' joined to the word before it by a hyphen ends that, not the year
    found = [m for m in find_any(text, tol.year_end_words) if not text[max(m.start() - 1, 0):m.start()] == "-"]
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
    """A figure written as a rate ('8.1 %', '6 percent'): a rate of the clause, not a year or 'Covid-19'. Read from
    the first digit of a run (as ``basis.RATE_FIGURE``): from each digit, a long run took quadratic time."""
    words = data_json("periods.json")["rate_basis"]["percent_words"]
    return re.compile(rf"(?<!\d)(?<!\d[.,])\d[\d.,]*\s?(?:{alternation(normalized(w) for w in words)})")


@lru_cache(maxsize=1)
def _circumstance_openers() -> re.Pattern[str]:
    words = data_json("periods.json").get("year_end_circumstance_openers", [])
    return re.compile(rf"(?<!\w)(?:{alternation(normalized(w) for w in words)})(?!\w)" if words else r"(?!)")


def year_end_claim(claim: Claim, tol: Tolerances) -> Claim:
    """A rate stated for a whole year with year-end wording, read as the rate of the year's last month; a rate
    with no period of its own beside wording that writes one year ('5.6 % at end-2016'), that year's."""
    period = try_parse_period(claim.period) if claim.period else _year_its_end_writes(claim, tol)
    if period is None or claim.unit != "%" or granularity(period) != YEAR:
        return claim
    plain = normalized(claim.sentence)
    own_year_end = [m for m in figures_year_end(claim, tol) if not ends_another_time(plain, m, period.end.year)]
    if not own_year_end and not closes_year(claim.sentence, period.end.year, tol):
        return claim
    if called_an_average(claim, tol) or called_twelve_month_average(claim, tol) \
            or _average_over_year_before(claim, period.end.year, tol):
        # 'closed 2023 with 12-month inflation of 5.3 % and an average of 7.1 %' ('… and 7.1 % on average'):
        # the year's end is the first figure's; the one its own words call an average is the year's average,
        # as is 'average annual inflation at the end of 2021' (the twelve months the year's end closes)
        return claim
    return claim.model_copy(update={"period": f"{period.end.year:04d}-{period.end.month:02d}"})


def _year_its_end_writes(claim: Claim, tol: Tolerances) -> Period | None:
    """The one year the claim's year-end wording writes ('at end-2016'), when it writes one."""
    if claim.unit != "%":
        return None
    years = {year.group() for m in figures_year_end(claim, tol) for year in YEAR_WRITTEN.finditer(m.group())}
    return try_parse_period(years.pop()) if len(years) == 1 else None
def ends_another_time(plain: str, wording: re.Match[str], year: int) -> bool:
    """Year-end wording (of ``plain``, the normalised sentence) of another time than the figure's ``year``, which
    closes a sibling figure's time, not the figure's year: wording that writes another year ('16 % in 2017, up from
    3 % at end-2016'), or 'at the end of' whose object is another year or a month ('… from 8.3 % at the end of 2022
    to 4.2 % in 2023', '… 4.2 % in 2023, then 8.7 % at the end of August 2024')."""
    if any(int(written.group()) != year for written in YEAR_WRITTEN.finditer(wording.group())):
        return True
    if not wording.group().endswith(" of"):
        return False
    written = _END_OBJECT.match(plain, wording.end())
    return written is not None and written.group("year") != str(year)


# The object of 'at the end of' that names a time of its own: a year's digits, or a month (with or without its year)
_END_OBJECT = re.compile(rf"\s*(?:(?P<year>\d{{4}})(?!\d)|(?:{alternation(MONTH_NAMES)})(?!\w))")


def carried_year_end_claim(claim: Claim, ctx: ClaimContext, tol: Tolerances) -> Claim:
    """'… the highest inflation in 2023. It exceeded 30 % at the end of the year in several countries: … Egypt
    (34 %)': a rate with no period of its own whose sentence says the year's end of no other time
    (``figures_year_end``) is the rate of the last month of the year the text carries to it — December on
    December, as ``year_end_claim`` reads a sentence that writes its year."""
    carried = ctx.carried_period
    if claim.period or carried is None or claim.unit != "%":
        return claim
    period = try_parse_period(carried[0])
    if period is None or granularity(period) != YEAR:
        return claim
    plain = normalized(claim.sentence)
    if not any(_ends_a_year(plain, m) for m in figures_year_end(claim, tol)):
        return claim
    read = year_end_claim(claim.model_copy(update={"period": carried[0]}), tol)
    return read if read.period != carried[0] else claim


def _ends_a_year(plain: str, wording: re.Match[str]) -> bool:
    """Year-end wording that says whose end it is ('at the end of' the year, not of 'the strike'): a
    phrase of its own ('year-end', 'end of the year'), or one whose object is a year named without digits."""
    return not wording.group().endswith(" of") or _year_object().match(plain, wording.end()) is not None


@lru_cache(maxsize=1)
def _year_object() -> re.Pattern[str]:
    """The object of 'at the end of' that is a year with no digits ('the year', 'last year';
    ``year_end_year_objects``), right after the wording."""
    words = data_json("periods.json").get("year_end_year_objects", [])
    return re.compile(rf"\s*(?:{alternation(normalized(w) for w in words)})(?!\w)" if words else r"(?!)")


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
    return year_after_words(comparison_words(), after_figure=True)


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
    relative_is_own = search_once(YEAR_WRITTEN, sentence) is None
    return next((m.group() for m in matches_once(pattern, normalized(sentence))
                 if str(year) in (m.group("year"), m.group("inverted")) or (relative_is_own and m.group("relative"))),
                None)


def year_closings_at(text: str, tol: Tolerances) -> tuple[int, ...]:
    """Where in ``text`` itself a year's close with a year-end verb and any year as its object starts ('closed 2023
    with', 'ended last year at'; ``year_end_verbs``): the rate after it is that year's, December on December. Read
    once per text, for all its figures."""
    return _year_closings_at(text, tuple(tol.year_end_verbs))


@lru_cache(maxsize=16)
def _year_closings_at(text: str, verbs: tuple[str, ...]) -> tuple[int, ...]:
    pattern = _year_closing_pattern(verbs)
    if pattern is None:
        return ()
    return tuple(start for start, _end in matches_in_place(text, matches_once(pattern, normalized(text))))


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
    (``flow_verbs``: 'it produced …', before or after the year: 'it produced at the end of 2022 goods worth …'),
    is a total over its year, never a reading of one day: year-end wording ('by the end of 2022, it produced $2.3
    trillion', 'GDP per capita at the end of 2022 amounted to …') dates the year it closes."""
    clause = clause_before(claim)  # 'CO2 emissions at the end of 2017 amounted to': the year is no neighbour figure
    return (holds_any(clause, tol.flow_words) and not holds_any(clause, tol.stock_words)) \
        or holds_any(own_words(claim, across_years=True), tol.flow_verbs)


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
        and claim.unit == "%" and any(holds_any(words, tol.annual_average_words)
                                      for words in (clause_before(claim), *opening_phrases(claim)))


def opening_phrases(claim: Claim) -> list[str]:
    """The phrases that open the claim's sentence before its own clause, each set off by a comma and naming
    no figure but a year ('In media, nel 2022, i prezzi … dell'8,1 %' glossed 'On average, in 2022, …'): an
    adverbial that opens the sentence speaks of its main clause's figure, as the clause's own words do. None
    once a phrase names another figure: what follows it may be that figure's."""
    at = surface_at(claim.sentence, claim.text)
    parts = re.split(r"[,;:()]", claim.sentence[:at] if at >= 0 else "")[:-1]
    phrases: list[str] = []
    for part in parts:
        if FIGURE_NOT_YEAR.search(part):
            break
        phrases.append(part)
    return phrases


def clause_before(claim: Claim) -> str:
    """The words of the claim's clause before its figure: what the figure itself is said to be
    ('the annual average rate reached 17.6 %', not '12.3 %, with an average monthly value of 1 %')."""
    at = surface_at(claim.sentence, claim.text)
    return piece_before(_CLAUSE_MARK, claim.sentence, at) if at >= 0 else ""


def own_words(claim: Claim, across_years: bool = False) -> str:
    """The words of the claim's clause between the figure before it (if any) and its own figure: what
    this figure, not its neighbour, is called ('… of 5.3 % and a one-year average of 7.1 %').
    ``across_years``: a year is no neighbour's figure ('the annual average inflation in 2023 was 11.4 %')."""
    return (FIGURE_NOT_YEAR if across_years else _FIGURE).split(clause_before(claim))[-1]


_FIGURE = re.compile(r"\d[\d.,]*")
_CLAUSE_MARK = re.compile(r"[,;:()]")


def words_after(claim: Claim) -> str:
    """The words after the claim's figure up to the next figure or clause mark: what the figure is
    called behind it ('7.1 % on average', '12.8 % year on year'). When another figure follows in the
    clause, the words from a link word on (``series_clause_links``: '5.7 % and an average of 6.0 %',
    '… while the average was 6.0 %') lead into that figure: they are not this one's."""
    at = surface_at(claim.sentence, claim.text)
    if at < 0:
        return ""
    clause = piece_after(_CLAUSE_MARK, claim.sentence, at + len(claim.text))
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
