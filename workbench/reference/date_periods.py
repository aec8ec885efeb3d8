"""A date column that stands for periods: one date a year, a quarter or a month, on the same day
of each. Publishers date a period by its start (FRED's 1971-01-01), its end (the Bank of England's
1984-12-31, a quarter's 03-31) or its middle (the EIA's annual 06-30, monthly 15th); a claim about
'2022' or 'March 2023' means that period, not that day."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable

_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T00:00(?::00)?Z?)?$")

# Without a frequency the publisher states, this many dates must show the rhythm before it is read.
MIN_DATES_UNSTATED = 3


def _day_keys(year: int, month: int, day: int) -> frozenset[int]:
    """The days of the month a date can keep as its rhythm: its own, and on a month's last day every later
    one too (a series dated the 30th is dated 02-28 in February; 03-31 and 06-30 both end a quarter)."""
    last = calendar.monthrange(year, month)[1]
    return frozenset(range(day, 32)) if day == last else frozenset((day,))


def regular_periods(cells: Iterable[object], frequency: str | None) -> dict[str, str] | None:
    """Each date cell as the period it stands for, when every non-empty cell is a date and the
    dates keep one rhythm: ``frequency`` ('year', 'quarter', 'month') when the publisher states
    one, else the coarsest rhythm the dates show (at least MIN_DATES_UNSTATED of them). None when the
    dates keep none (a daily or weekly series, a mix), so they stay dates."""
    parsed: dict[str, tuple[int, int, int]] = {}
    blanks: list[str] = []
    days: frozenset[int] | None = None
    for cell in cells:
        text = str(cell)
        match = _DATE.match(text.strip())
        if match is None:
            if text.strip():
                return None
            blanks.append(text)
            continue
        year, month, date_day = (int(g) for g in match.groups())
        if not 1 <= month <= 12 or not 1 <= date_day <= calendar.monthrange(year, month)[1]:
            return None
        keys = _day_keys(year, month, date_day)
        days = keys if days is None else days & keys
        if not days:
            return None  # every rhythm keeps one day of its period: a daily series ends here, at its second row
        parsed[text] = (year, month, date_day)
    if not parsed or (frequency is None and len(parsed) < MIN_DATES_UNSTATED):
        return None
    # the coarsest rhythm the dates keep: twelve dates on 12-31 are years, not twelve Decembers
    for candidate in ((frequency,) if frequency else ("year", "quarter", "month")):
        periods = _as(candidate, parsed, stated=frequency is not None)
        if periods is not None:
            return {**periods, **{b: b for b in blanks}}
    return None


def _as(frequency: str | None, dates: dict[str, tuple[int, int, int]], *, stated: bool) -> dict[str, str] | None:
    one_day = bool(frozenset.intersection(*(_day_keys(*d) for d in dates.values())))
    months = {m for _, m, _ in dates.values()}
    if frequency == "year":
        if len(months) != 1 or not one_day:
            return None
        periods = {text: str(y) for text, (y, _, _) in dates.items()}
    elif frequency == "quarter":
        if not one_day or len({(m - 1) % 3 for m in months}) != 1 or (len(months) < 2 and not stated):
            return None
        periods = {text: _quarter(y, m) for text, (y, m, _) in dates.items()}
    elif frequency == "month":
        if not one_day or (len(months) < 2 and not stated):
            return None
        periods = {text: f"{y}-{m:02d}" for text, (y, m, _) in dates.items()}
    else:
        return None
    if len(set(periods.values())) != len(periods):
        return None  # two dates in one period: the dates are observations, not periods
    return periods


def _quarter(year: int, month: int) -> str:
    first = 3 * ((month - 1) // 3) + 1
    return f"{year}-{first:02d}/{year}-{first + 2:02d}"
