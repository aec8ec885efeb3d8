"""'Reached its peak for 2022 at 421 ppm in May': a year named just before a figure and a month named
right after it (or between the two: 'in 2019, with the average for May peaking at 414.7 ppm') date
the figure to that month of that year. Extraction gives such a figure the month
alone, counted from the draft's date (or, undated, the day of the check), or the year alone; the
sentence says both. The mirror of ``month_of_year_claim`` ('417.1 ppm for 2020 in May').

A figure of one month called a peak ('peaked at 424 ppm in May') is a point of the seasonal cycle, so
never read from a series its publisher describes as seasonally corrected (``month_peak_words``)."""

from __future__ import annotations

import calendar
import re
from functools import lru_cache

from ...patterns import YEAR_1600_TO_2199
from ...numbers import alternation, data_json

from ...matching import Candidate
from ...models import Claim
from ...periods import MONTH, granularity, try_parse_period
from ...text import search_once, surface_at, token_set
from .month_base import seasonally_corrected_words, without_corrected_series

_YEAR = YEAR_1600_TO_2199


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    months = "|".join(calendar.month_name[1:])
    # the year, then a few words without another figure or a clause's end, then the figure
    before = re.compile(rf"\b(?:for|in|of)\s+(?P<year>{_YEAR})\b[^\d.;:!?]{{0,40}}$", re.IGNORECASE)
    after = re.compile(rf"\s+in\s+(?P<month>{months})\b(?!\s*,?\s*(?:of\s+)?{_YEAR})", re.IGNORECASE)
    # or the month between the year and the figure: 'in 2019, with the average for May peaking at 414.7'
    # (the clause from the year to the figure may then run longer: the month stands in it)
    between = re.compile(rf"\b(?:for|in|of)\s+(?P<year>{_YEAR})\b[^\d.;:!?]{{0,40}}?\b(?:for|in|of)\s+"
                         rf"(?P<month>{months})\b(?!\s*,?\s*(?:of\s+)?{_YEAR})[^\d.;:!?]{{0,30}}$", re.IGNORECASE)
    return before, after, between


def year_before_month_claim(claim: Claim) -> Claim:
    """The claim dated to the month named right after its figure, of the year named just before it, when
    its own period is that year or a month of a year the sentence does not write; else unchanged. So is a
    figure whose month its words name as what it measures ('the May average topped 400 ppm in 2014')."""
    at = surface_at(claim.sentence, claim.text)
    if at < 0:
        return claim
    named = _year_then_month(claim.sentence, at, at + len(claim.text)) \
        or _month_as_measure(claim.sentence, at, at + len(claim.text))
    if named is None:
        return claim
    year, month = named
    period = claim.period or ""
    written = period == year or (len(period) == 7 and period[:4] not in claim.sentence)
    if not written:
        return claim
    number = [m.lower() for m in calendar.month_name].index(month.lower())
    return claim.model_copy(update={"period": f"{year}-{number:02d}"})


def _year_then_month(sentence: str, start: int, end: int) -> tuple[str, str] | None:
    """(year, month) of 'its peak for 2022 at 421 ppm in May' or 'in 2019, with the average for May
    peaking at 414.7 ppm', the figure standing at ``start``:``end``; else None."""
    before, after, between = _patterns()
    year = before.search(sentence, 0, start)
    month = after.match(sentence, end) if year is not None else None
    if year is not None and month is not None:
        return year.group("year"), month.group("month")
    both = between.search(sentence, 0, start)
    return (both.group("year"), both.group("month")) if both is not None else None


@lru_cache(maxsize=1)
def _month_measure_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The month as what the figure measures, before it ('the May average first topped', periods.json
    ``month_figure_nouns``), and the year right after the figure ('… 400 ppm in 2014')."""
    months = "|".join(calendar.month_name[1:])  # capitalised: 'prices may average 3 %' names no month
    nouns = alternation(data_json("periods.json").get("month_figure_nouns", []))
    before = re.compile(rf"\b(?P<month>{months})(?:['’]s)?\s+(?i:{nouns})\b(?!\s*,?\s*(?:of\s+)?{_YEAR})"
                        rf"[^\d.;:!?]{{0,40}}$")
    after = re.compile(rf"\s+(?i:in|for|of)\s+(?P<year>{_YEAR})\b")
    return before, after


def _month_as_measure(sentence: str, start: int, end: int) -> tuple[str, str] | None:
    """(year, month) of 'the May average first topped 400 ppm in 2014', the figure at ``start``:``end``."""
    before, after = _month_measure_patterns()
    month = before.search(sentence, 0, start)
    year = after.match(sentence, end) if month is not None else None
    return (year.group("year"), month.group("month")) if month is not None and year is not None else None


@lru_cache(maxsize=1)
def _peak_words() -> re.Pattern[str]:
    words = data_json("periods.json").get("month_peak_words", [])
    return re.compile(rf"\b(?:{alternation(words)})\b", re.IGNORECASE) if words else re.compile(r"(?!)")


def called_a_peak(sentence: str) -> bool:
    """The sentence calls its figure a peak or a low (``month_peak_words``): a point of the seasonal cycle."""
    return search_once(_peak_words(), sentence) is not None  # asked for each figure of a sentence: read once


def month_peak_series(claim: Claim, candidates: list[Candidate]) -> list[Candidate]:
    """For a figure dated to one month that its sentence calls a peak or a low ('peaked at 424 ppm in May'),
    the candidates that are no seasonally corrected series (``without_corrected_series``): a corrected
    series has no peak in May. Unchanged when the sentence says the figure is corrected, or no other series is left."""
    period = try_parse_period(claim.period or "")
    if period is None or granularity(period) != MONTH or not called_a_peak(claim.sentence):
        return candidates
    corrected = seasonally_corrected_words()
    if any(words <= token_set(claim.sentence) for words in corrected):
        return candidates
    return without_corrected_series(candidates) or candidates
