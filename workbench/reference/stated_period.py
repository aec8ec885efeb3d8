"""The one period of a snapshot table: a resource with no period column whose date is stated
in its ``workbench.period``, its file's name or its title/description (in that order)."""

from __future__ import annotations

import calendar
import re
from pathlib import PurePosixPath

from ..datapackage import Resource

# A full date, a year-month or a year, not inside a longer run of digits.
_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})(?:[-_.]?(0[1-9]|1[0-2])(?:[-_.]?(0[1-9]|[12]\d|3[01]))?)?(?!\d)")


def dates_in(text: str) -> list[str]:
    """Each distinct date written in the text, as YYYY, YYYY-MM or YYYY-MM-DD."""
    found: list[str] = []
    for match in _DATE.finditer(text):
        year, month, day = match.groups()
        if day is not None and int(day) > calendar.monthrange(int(year), int(month))[1]:
            continue
        date = "-".join(p for p in (year, month, day) if p)
        if date not in found:
            found.append(date)
    return found


def stated_period(meta: Resource) -> tuple[str | None, str]:
    """The period every row of the resource holds and where it was read (``workbench.period``,
    "file name", "title"), or None and why none can be: no date, or several."""
    if meta.block.period is not None:
        return meta.block.period, "workbench.period"
    several = ""
    for where, text in (("file name", PurePosixPath(meta.path).stem),
                        ("title", " ".join(t for t in (meta.title, meta.description) if t))):
        dates = dates_in(text)
        if len(dates) == 1:
            return dates[0], where
        if len(dates) > 1 and not several:
            several = f"its {where} states several dates ({', '.join(dates)})"
    return None, several
