"""A percent change measured from a base year named right after it ('a reduction of 28 % since 2010',
'rose 8.1 % over the 2007 level'): the change from that year to the claim's own, read as a span so the
rows of both years are compared (``observations.observe_span``). The words are data
(``base_year_words`` in ``workbench/data/periods.json``)."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from ..config import Tolerances
from ..models import Claim, Kind
from ..numbers import alternation, data_json
from ..periods import YEAR, granularity, try_parse_period
from .observations import last_published_year


@lru_cache(maxsize=1)
def _base_after() -> re.Pattern[str]:
    words = data_json("periods.json").get("base_year_words", [])
    return re.compile(rf"\s*(?:{alternation(words)})\s+(?:the\s+)?(?:levels?\s+(?:of|in)\s+)?"
                      r"(?P<year>(?:1[6-9]|20|21)\d\d)\b(?!\s*(?:-|–|—|to|and)\s*\d)", re.IGNORECASE)


def base_year_claim(claim: Claim, as_of: dt.date, tol: Tolerances) -> Claim:
    """The claim with its period widened to 'base year/its year' when a base year more than one year
    earlier follows its figure; else unchanged (a year-on-year change is read that way already). With
    no year of its own the change runs to the latest year published by the draft's date."""
    if claim.kind is not Kind.change or claim.unit != "%":
        return claim
    period = try_parse_period(claim.period) if claim.period else None
    if claim.period and (period is None or granularity(period) != YEAR):
        return claim
    at = claim.sentence.find(claim.text)
    found = _base_after().match(claim.sentence, at + len(claim.text)) if at >= 0 else None
    if found is None:
        return claim
    last = period.start.year if period is not None else last_published_year(as_of, tol)
    if not int(found.group("year")) < last - 1:
        return claim
    return claim.model_copy(update={"period": f"{found.group('year')}/{last}"})
