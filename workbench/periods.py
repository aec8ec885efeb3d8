"""Periods as the claim JSON and the reference CSVs write them, and how they compare.

A period string is one of: a year ``2022``; a month ``2023-08``; a date ``2023-01-01``; or a
span of any two of those joined by ``/`` (``2023-01/2023-08``, ``2005/2023``). Every period
covers the days from ``start`` to ``end`` inclusive.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

_PART: Final = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True, order=True)
class Period:
    start: dt.date
    end: dt.date
    text: str

    @property
    def is_year(self) -> bool:
        return self.start.month == 1 and self.start.day == 1 and self.end.month == 12 and self.end.day == 31 \
            and self.start.year == self.end.year

    @property
    def months(self) -> int:
        """Whole calendar months covered (a year is 12, Jan–Aug is 8; a single day is 0)."""
        return (self.end.year - self.start.year) * 12 + self.end.month - self.start.month + (
            1 if self.end.day == calendar.monthrange(self.end.year, self.end.month)[1] and self.start.day == 1 else 0)

    def contains(self, other: "Period") -> bool:
        return self.start <= other.start and other.end <= self.end

    def shifted_years(self, years: int) -> "Period":
        """The same span ``years`` later (negative: earlier), e.g. Jan–Aug 2023 → Jan–Aug 2022."""
        start = _safe_replace(self.start, self.start.year + years)
        end = _safe_replace(self.end, self.end.year + years)
        return Period(start, end, format_period(start, end, like=self.text))

    def __str__(self) -> str:
        return self.text


def _safe_replace(day: dt.date, year: int) -> dt.date:
    last = calendar.monthrange(year, day.month)[1]
    return day.replace(year=year, day=min(day.day, last))


def _bounds(part: str) -> tuple[dt.date, dt.date, int]:
    m = _PART.match(part.strip())
    if not m:
        raise ValueError(f"not a period: {part!r}")
    year = int(m.group(1))
    if m.group(3):
        day = dt.date(year, int(m.group(2)), int(m.group(3)))
        return day, day, 3
    if m.group(2):
        month = int(m.group(2))
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1]), 2
    return dt.date(year, 1, 1), dt.date(year, 12, 31), 1


@lru_cache(maxsize=4096)
def parse_period(text: str) -> Period:
    """Parse a period string; raise ValueError if it is not one."""
    text = str(text).strip()
    if "/" in text:
        left, right = text.split("/", 1)
        start, _, _ = _bounds(left)
        _, end, _ = _bounds(right)
        if end < start:
            raise ValueError(f"period ends before it starts: {text!r}")
        return Period(start, end, text)
    start, end, _ = _bounds(text)
    return Period(start, end, text)


def try_parse_period(text: object) -> Period | None:
    try:
        return parse_period(str(text))
    except ValueError:
        return None


def format_period(start: dt.date, end: dt.date, like: str | None = None) -> str:
    """Shortest period string for [start, end]: a year, a month, a month span or a date span."""
    whole_months = start.day == 1 and end.day == calendar.monthrange(end.year, end.month)[1]
    if whole_months and start.month == 1 and end.month == 12:
        return f"{start.year:04d}" if start.year == end.year else f"{start.year:04d}/{end.year:04d}"
    if whole_months:
        first, last = f"{start.year:04d}-{start.month:02d}", f"{end.year:04d}-{end.month:02d}"
        return first if first == last else f"{first}/{last}"
    if start == end:
        return start.isoformat()
    return f"{start.isoformat()}/{end.isoformat()}"


# ------------------------------------------------------------------------------------- granularity
# What span of time a figure covers, in the words verify uses to say two figures are not comparable.

DAY, MONTH, QUARTER, YEAR, YEAR_TO_DATE, TRAILING_12, MULTI_YEAR, SPAN = (
    "day", "month", "quarter", "year", "year_to_date", "trailing_12_months", "multi_year", "span")

_GRANULARITY_WORDS: Final = {DAY: "a single-day figure", MONTH: "a monthly figure", QUARTER: "a quarterly figure",
                      YEAR: "an annual figure", YEAR_TO_DATE: "a year-to-date figure",
                      TRAILING_12: "a 12-month figure", MULTI_YEAR: "a figure over several years",
                      SPAN: "a figure for part of a year"}


@lru_cache(maxsize=4096)  # every rule of a claim's verification asks it of the same few periods
def granularity(period: Period) -> str:
    """The kind of span ``period`` covers: day, month, quarter, year, year-to-date, trailing 12 months,
    several whole years, or another span."""
    months = period.months
    whole = period.start.day == 1 and period.end.day == calendar.monthrange(period.end.year, period.end.month)[1]
    if period.start == period.end:
        return DAY
    if not whole:
        return SPAN
    if period.is_year:
        return YEAR
    if months == 1:
        return MONTH
    if months == 3 and period.start.month in (1, 4, 7, 10):
        return QUARTER
    if months == 12:
        return TRAILING_12
    if period.start.month == 1 and period.start.year == period.end.year:
        return YEAR_TO_DATE
    if months % 12 == 0 and period.start.month == 1:
        return MULTI_YEAR
    return SPAN


def granularity_words(period: Period) -> str:
    """'a monthly figure', 'an annual figure'… for explanations."""
    return _GRANULARITY_WORDS[granularity(period)]


def shifted_month(year: int, month: int, by: int) -> tuple[int, int]:
    """(year, month) of the month ``by`` months after ``month`` of ``year`` (before it when ``by`` < 0)."""
    months = year * 12 + month - 1 + by
    return months // 12, months % 12 + 1


def month_label(year: int, month: int, by: int = 0) -> str:
    """'YYYY-MM' of the month ``by`` months after ``month`` of ``year``."""
    year, month = shifted_month(year, month, by)
    return f"{year:04d}-{month:02d}"


def twelve_months_to(year: int, month: int) -> str:
    """The twelve months ending with ``month`` of ``year``: the calendar year for December, else the span
    from the month after the same month a year before ('2021-07/2022-06')."""
    if month == 12:
        return f"{year:04d}"
    return f"{month_label(year, month, -11)}/{month_label(year, month)}"


def year_holding_most(period: Period) -> int:
    """The calendar year holding most of ``period``'s months, the later one when two hold as many: a twelve-month
    average to January 2025 is mostly 2024's (eleven of its months), one to September 2025 mostly 2025's."""
    first = period.start.year * 12 + period.start.month - 1
    last = period.end.year * 12 + period.end.month - 1
    years = range(period.start.year, period.end.year + 1)
    return max(years, key=lambda y: (min(last, y * 12 + 11) - max(first, y * 12) + 1, y))


def complete_by(period: Period, as_of: dt.date, lag_days: int = 0) -> bool:
    """The period had ended (and, with ``lag_days`` of publication delay, its figure was out) by ``as_of``."""
    return period.end.toordinal() + lag_days <= as_of.toordinal()  # in days: a row of 9999 is no OverflowError
