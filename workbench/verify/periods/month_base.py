"""A change measured from a month of an earlier year ('an increase of 2.9 ppm over May 2023', 'almost a
3 ppm increase compared to the May 2022 average', '3.5 ppm higher than the 411.2 ppm peak reached in May
2018'): the base, not the period the figure speaks of.

Monthly series (CO2 at an observatory, prices, arrivals) are reported year on year: the change and the
level of that sentence are the same month a year later, so the change is read from both months' rows.
The words are data (``month_base_words`` in ``workbench/data/periods.json``).

A figure dated to a year and then a month of it right after ('a seasonal peak of 417.1 ppm for 2020 in
May') is that month's: the month narrows the year, it names no other figure's period. A point of the
seasonal cycle ('seasonal peak') is read from the series as measured, never from one its publisher
calls seasonally corrected (``seasonal_cycle_words``, ``seasonally_corrected_words``).
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from ...extraction.vocabulary import MONTH_NAMES
from ...matching import Candidate, ClaimContext
from ...matching.index import ResourceIndex
from ...models import Claim, Kind
from ...numbers import alternation, data_json
from ...periods import DAY, MONTH, granularity, try_parse_period
from ...text import matches_once, search_once, surface_at, token_set
from ..observations import finer_than_rows, kept_per_code


@lru_cache(maxsize=1)
def _base_month() -> re.Pattern[str]:
    words = data_json("periods.json").get("month_base_words", [])
    months = alternation(MONTH_NAMES)
    # 'than the May 2018 average', "than Scripps' May 2018 average": a possessive may stand before the month
    return re.compile(rf"\b(?:{alternation(words)})\s+(?:in\s+)?(?:the\s+|[^\W\d_][\w.&-]*(?:'s?|’s?)\s+)?(?P<month>{months})\s+(?:of\s+)?"
                      r"(?P<year>(?:1[6-9]|20|21)\d\d)\b(?!\s*(?:-|–|—|to\b|until\b|through\b))", re.IGNORECASE)


@lru_cache(maxsize=1)
def _last_month_base() -> re.Pattern[str]:
    """The base month named relative to the draft's date: 'higher than last March' (no year after it)."""
    words = data_json("periods.json").get("month_base_words", [])
    months = alternation(MONTH_NAMES)
    # a day or a year after the month ('last September 1') is no month base of this reading
    return re.compile(rf"\b(?:{alternation(words)})\s+(?:in\s+)?last\s+(?P<month>{months})\b(?!\s*,?\s*\d)",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _year_then_month() -> re.Pattern[str]:
    months = alternation(MONTH_NAMES)
    return re.compile(rf"\s*(?:for|in|of)\s+(?P<year>(?:1[6-9]|20|21)\d\d),?\s+in\s+(?P<month>{months})\b"
                      r"(?!\s*,?\s*(?:1[6-9]|20|21)\d\d)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _base_figure_month() -> re.Pattern[str]:
    """The base written as a figure of that month ('higher than the 411.2 ppm peak reached in May 2018') or
    as a noun for one ('more than the figure recorded in May 2022', ``month_base_nouns``)."""
    data = data_json("periods.json")
    words, nouns = alternation(data.get("month_base_words", [])), alternation(data.get("month_base_nouns", []))
    comparatives = alternation(data.get("month_base_comparatives", []))
    months = alternation(MONTH_NAMES)
    year = r"(?:1[6-9]|20|21)\d\d"
    # the noun may carry the base's year ('than the 2019 peak') and be followed by its figure ('… peak of
    # 414.7 ppm recorded in May 2019'); the month then needs no year of its own ('the 2019 peak in May
    # last year')
    named = rf"(?:(?P<named>{year})\s+(?=(?:{nouns})\b))?"
    base = rf"(?:(?:{words})\s+(?:the\s+)?{named}(?:[\d.,]+\s*|(?:{nouns})\b)|(?:{comparatives})\s+the\s+(?:{nouns})\b)"
    own_figure = r"(?:\d[\d.,]*\s*[^\d;:!?]{0,30}?)?"
    return re.compile(rf"\b{base}[^\d;:!?]{{0,40}}?{own_figure}\b(?:in|of)\s+(?P<month>{months})"
                      rf"(?:\s+(?:of\s+)?(?P<year>{year})\b|(?=\s+last\s+year\b|\s*[,.;]|\s*$))", re.IGNORECASE)


def _change_over_base_figure(claim: Claim, dated: bool) -> tuple[int, int] | None:
    """(year, month) of the one base figure a change is measured from ('3.5 ppm higher than the 411.2 ppm
    peak reached in May 2018'), when the change is dated to none or to the year after it; else None.
    Only a change: the base figure itself ('from 4 % in May 2023') is that month's."""
    if claim.kind is not Kind.change:
        return None
    found = list(_base_figure_month().finditer(claim.sentence))
    if len(found) != 1 or surface_at(claim.sentence, claim.text) > found[0].start():
        return None
    written, named = found[0].group("year"), found[0].group("named")
    if written is None and named is None or None not in (written, named) and written != named:
        return None  # no year for the base month, or two that disagree
    year, month = int(written or named), MONTH_NAMES[found[0].group("month").casefold()]
    # the base's own month, when extraction dated the change by it, is no period of the change either
    # so is a year an undated draft's 'this year' took from the day of the check (no year the sentence writes)
    from_run_day = not dated and claim.period is not None and claim.period[:4] not in claim.sentence
    if from_run_day or claim.period in (None, str(year + 1), f"{year:04d}-{month:02d}"):
        return year, month
    # a part of the year after that holds the base's month a year on ('the peak so far this year was 3.5 ppm
    # higher than the … peak reached in May 2018', read January–June 2019): the part names the year, the
    # base figure the month
    return (year, month) if _part_of_year_holding(claim.period, year + 1, month) else None


def _part_of_year_holding(period_text: str | None, year: int, month: int) -> bool:
    """``period_text`` is a span of months inside ``year`` (a year to date, a half) that holds ``month``."""
    period = try_parse_period(period_text) if period_text else None
    if period is None or period.start.year != year or period.end.year != year or period.is_year:
        return False
    if granularity(period) in (DAY, MONTH):
        return False  # one month or day names its own period: not the base's month a year on
    return period.start.month <= month <= period.end.month


def month_of_year_claim(claim: Claim) -> Claim:
    """The claim dated to the month that follows its figure's year ('417.1 ppm for 2020 in May': May 2020);
    else unchanged."""
    at = surface_at(claim.sentence, claim.text)
    found = _year_then_month().match(claim.sentence, at + len(claim.text)) if at >= 0 else None
    if found is None or claim.period != found.group("year"):
        return claim
    month = MONTH_NAMES[found.group("month").casefold()]
    return claim.model_copy(update={"period": f"{found.group('year')}-{month:02d}"})


def _bare_month_of_undated(claim: Claim, ctx: ClaimContext, month: int) -> bool:
    """The claim's period is the base's month written without a year in an undated draft ('Im Mai waren es
    fast 415 ppm … mehr als im Mai 2018'): its year came from the day of the check, not from the text."""
    period = claim.period or ""
    return (not ctx.dated and len(period) == 7 and period[5:] == f"{month:02d}"
            and period[:4] not in claim.sentence)


def _last_base(claim: Claim, ctx: ClaimContext) -> tuple[int, int] | None:
    """(year, month) of the base of a change with no period of its own measured from 'last March' in a dated
    draft: the change is of the latest March over by the draft's date, so its base is the March a year before."""
    if not ctx.dated or claim.period is not None or claim.kind is not Kind.change:
        return None
    found = matches_once(_last_month_base(), claim.sentence)
    if len(found) != 1 or surface_at(claim.sentence, claim.text) > found[0].start():
        return None
    month = MONTH_NAMES[found[0].group("month").casefold()]
    if not _names_month(claim.sentence[:found[0].start()], month):
        return None  # 'now 2.1 ppm higher than last March': the figure is of today, not of a March
    latest = ctx.as_of.year if month < ctx.as_of.month else ctx.as_of.year - 1
    return latest - 1, month


@lru_cache(maxsize=1)
def _month_name() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(MONTH_NAMES)})\b", re.IGNORECASE)


def _names_month(text: str, month: int) -> bool:
    """The words before the base name that same month as the figure's own ('The April mean … than last April')."""
    return any(MONTH_NAMES[w.casefold()] == month for w in _month_name().findall(text))


def month_base_claim(claim: Claim, ctx: ClaimContext) -> Claim:
    """The claim speaking of the month a year after the one its sentence measures from, when its own
    period is none or that base month; else unchanged (a sentence with several bases is left alone)."""
    found = matches_once(_base_month(), claim.sentence)
    if len(found) == 1:
        month = MONTH_NAMES[found[0].group("month").casefold()]
        year = int(found[0].group("year"))
        base = f"{year:04d}-{month:02d}"
        if claim.period and claim.period != base and not _bare_month_of_undated(claim, ctx, month):
            return claim
    elif (based := _change_over_base_figure(claim, ctx.dated)) is not None:
        year, month = based
    elif (last := _last_base(claim, ctx)) is not None:
        year, month = last
    else:
        return month_of_year_claim(claim)
    after = f"{year + 1:04d}-{month:02d}"
    later = try_parse_period(after)
    if later is None or (ctx.dated and later.end > ctx.as_of):
        return claim  # the month a year on had not ended by the draft's date
    return claim.model_copy(update={"period": after})


def month_rows_only(judged: Claim, candidates: list[Candidate]) -> list[Candidate]:
    """For a figure dated to a month (as written, or read so: 'over May 2023' is May 2024's), the
    candidates with rows of that length, when some have them: May's 411.2 ppm is a monthly mean, not
    the year's, and the change from May to May is in a monthly series, not in an annual increase that
    spans both; else ``candidates`` unchanged."""
    period = try_parse_period(judged.period) if judged.period else None
    if period is None or granularity(period) != MONTH:
        return candidates
    monthly = [c for c in candidates if not finer_than_rows(period, c.resource, c.positions)
               and not _one_day_count(c.resource)]
    return monthly or candidates


def _one_day_count(res: ResourceIndex) -> bool:
    """Every row is of one and the same day (a bureau's count on 1 January): a snapshot, no monthly series.
    Asked per candidate of every monthly claim, answered once per resource."""
    found = res.per_code.get(("one day count",))
    if found is None:
        found = kept_per_code(res, ("one day count",), np.array(_all_rows_one_day(res)))
    return bool(found)


def _all_rows_one_day(res: ResourceIndex) -> bool:
    valid = res.period_valid[res.period_codes]
    if not valid.any():
        return False
    starts, ends = res.period_start[res.period_codes][valid], res.period_end[res.period_codes][valid]
    return bool((starts == starts[0]).all() and (ends == starts).all())


@lru_cache(maxsize=1)
def _seasonal() -> tuple[re.Pattern[str], tuple[frozenset[str], ...]]:
    data = data_json("periods.json")
    cycle = re.compile(rf"\b(?:{alternation(data.get('seasonal_cycle_words', []))})", re.IGNORECASE)
    return cycle, tuple(token_set(w) for w in data.get("seasonally_corrected_words", []))


def seasonal_cycle_series(claim: Claim, candidates: list[Candidate]) -> list[Candidate]:
    """For a figure its sentence calls a point of the seasonal cycle, the candidates not described as
    seasonally corrected (a corrected series has no peak to agree or disagree with); empty when no
    other is left."""
    cycle, corrected = _seasonal()
    if not corrected or search_once(cycle, claim.sentence) is None:
        return candidates
    return without_corrected_series(candidates)


def without_corrected_series(candidates: list[Candidate]) -> list[Candidate]:
    """The candidates that are no seasonally corrected series: neither described as one
    (``seasonally_corrected_words``) nor smoothed beside a sibling of their table (``smoothed_beside``)."""
    corrected = seasonally_corrected_words()
    return [c for c in candidates if not any(words <= c.resource.phrase_words | c.resource.inherited_words
                                             for words in corrected)
            and not smoothed_beside(c.resource, [o.resource for o in candidates])]


# A monthly column whose figures move from month to month this many times less than a sibling's at the
# same level is the sibling with its seasons taken out: a month's average of an exchange rate moves less
# than its month-end close, but by far less than this.
_SMOOTHED_MOVE_RATIO = 3.0
# Siblings at the same level: medians within this share of each other (a trend beside the measured series).
_SAME_LEVEL = 0.05


def smoothed_beside(res: ResourceIndex, others: list[ResourceIndex]) -> bool:
    """The column is a seasonally corrected series by its figures, whatever its header says: another column
    of its table, monthly and of one series as it is, at the same level, moves from month to month
    ``_SMOOTHED_MOVE_RATIO`` times as much or more. Publishers shift headers (a station file's corrected
    series under 'Interpolated'), but a corrected series has no seasons, so no peak in May."""
    own = _table_of(res.name)
    move, level = _monthly_move(res)
    if own is None or not move or not level:
        return False
    for other in others:
        if other is res or other.name == res.name or _table_of(other.name) != own:
            continue
        other_move, other_level = _monthly_move(other)
        if other_move >= _SMOOTHED_MOVE_RATIO * move and abs(other_level - level) <= _SAME_LEVEL * abs(level):
            return True
    return False


def _table_of(name: str) -> str | None:
    table, sep, _column = name.partition(":")
    return table if sep else None


def _monthly_move(res: ResourceIndex) -> tuple[float, float]:
    """The mean size of a column's month-to-month moves and its median figure, for a column of one series
    (no dimension: rows of several places in turn have no month-to-month moves) whose rows are months;
    (0, 0) otherwise. Answered once per resource."""
    found = res.per_code.get(("monthly move",))
    if found is None:
        found = kept_per_code(res, ("monthly move",), np.array(_move_and_level(res)))
    return float(found[0]), float(found[1])


def _move_and_level(res: ResourceIndex) -> tuple[float, float]:
    if res.dims or not len(res.values):
        return 0.0, 0.0
    periods = [res.periods[code] for code in res.period_codes]
    if any(p is None or granularity(p) != MONTH for p in periods):
        return 0.0, 0.0
    order = np.argsort(res.period_start[res.period_codes], kind="stable")
    values = np.asarray(res.values, dtype="float64")[order]
    values = values[np.isfinite(values)]
    if len(values) < 3:
        return 0.0, 0.0
    return float(np.mean(np.abs(np.diff(values)))), float(np.median(values))


def seasonal_reading(judged: Claim, written: Claim, candidates: list[Candidate]) -> tuple[Claim, list[Candidate]]:
    """The claim and its candidates without seasonally corrected series (``seasonal_cycle_series``); when
    no other series is left, the candidates as they were and the claim's year as written, not the month
    ``month_of_year_claim`` read: a corrected series' month is no evidence of a peak either way."""
    kept = seasonal_cycle_series(judged, candidates)
    if kept or not candidates:
        return judged, kept
    if written.period and judged.period and judged.period.startswith(f"{written.period}-"):
        judged = judged.model_copy(update={"period": written.period})
    return judged, candidates


def seasonally_corrected_words() -> tuple[frozenset[str], ...]:
    """The words (as token sets) that describe a series as seasonally corrected."""
    return _seasonal()[1]
