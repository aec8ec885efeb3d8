"""The one period of a snapshot table: a resource with no period column whose date is stated
in its ``workbench.period``, its file's name or its title/description (in that order)."""

from __future__ import annotations

import calendar
import re
from functools import lru_cache
from pathlib import PurePosixPath

from ..datapackage import Resource
from ..models import PeriodOrigin
from .vocabulary import vocabulary

# A full date, a year-month or a year, not inside a longer run of digits (the earliest year is checked apart).
_DATE = re.compile(r"(?<!\d)(\d{4})(?:[-_.]?(0[1-9]|1[0-2])(?:[-_.]?(0[1-9]|[12]\d|3[01]))?)?(?!\d)")
_RANGE_BEFORE = re.compile(r"\d{4}\s*(?:-|\u2013|to)\s*$")
_RANGE_AFTER = re.compile(r"^\s*(?:-|\u2013|to)\s*\d{4}")


@lru_cache(maxsize=1)
def _years() -> tuple[int, int, re.Pattern[str]]:
    years = vocabulary()["stated_period_years"]
    cues = "|".join(re.escape(c) for c in sorted(years["cues"], key=len, reverse=True))
    return years["earliest"], years["cue_needed_before"], re.compile(rf"(?:^|[\s(])(?:{cues})\s+$", re.IGNORECASE)


def dates_in(text: str, *, prose: bool = False) -> list[str]:
    """Each distinct date written in the text, as YYYY, YYYY-MM or YYYY-MM-DD. In ``prose`` (a title, a
    description) an early year is a date only after a cue or in a range: '1650 weather stations' counts them."""
    earliest, cue_needed_before, cue = _years()
    found: list[str] = []
    for match in _DATE.finditer(text):
        year, month, day = match.groups()
        if not earliest <= int(year) <= 2099:
            continue
        if day is not None and int(day) > calendar.monthrange(int(year), int(month))[1]:
            continue
        if prose and int(year) < cue_needed_before and month is None and not (
                cue.search(text, 0, match.start()) or _RANGE_BEFORE.search(text, 0, match.start())
                or _RANGE_AFTER.match(text[match.end():])):
            continue
        date = "-".join(p for p in (year, month, day) if p)
        if date not in found:
            found.append(date)
    return found


SET_IN_BLOCK = PeriodOrigin.BLOCK
INFERRED_FROM = (PeriodOrigin.FILE_NAME, PeriodOrigin.TITLE, PeriodOrigin.DESCRIPTION)


def stated_period(meta: Resource) -> tuple[str | None, PeriodOrigin | str]:
    """The period every row of the resource holds and where it was read (``workbench.period``,
    "file name", "title", "description"), or None and why none can be: no date, or several."""
    if meta.block.period is not None:
        return meta.block.period, SET_IN_BLOCK
    several = ""
    for where, text in ((PeriodOrigin.FILE_NAME, PurePosixPath(meta.path).stem),
                        (PeriodOrigin.TITLE, " ".join(t for t in (meta.title, meta.description) if t))):
        dates = dates_in(text, prose=where is PeriodOrigin.TITLE)
        if len(dates) == 1:
            if where is PeriodOrigin.TITLE and dates[0] not in dates_in(meta.title or "", prose=True):
                where = PeriodOrigin.DESCRIPTION
            return dates[0], where
        if len(dates) > 1 and not several:
            several = f"its {where} states several dates ({', '.join(dates)})"
    return None, several


def period_origin(period_from: str, *, column: str | None = None, path: str | None = None,
                  read_from: str | None = None) -> str:
    """Where a resource's periods come from, as a person reads it: "column 'Year'", "workbench.period",
    "the file name region_2023-01-01.csv", "the title"."""
    if period_from == SET_IN_BLOCK:
        return f"{SET_IN_BLOCK} (read from {period_origin(read_from, path=path)})" if read_from else SET_IN_BLOCK
    if period_from == PeriodOrigin.FILE_NAME:
        return f"the file name {PurePosixPath(path).name}" if path else "the file name"
    if period_from in INFERRED_FROM:
        return f"the {period_from}"
    return f"column {column!r}" if column else "a column"
