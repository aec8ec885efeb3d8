"""The year of a month the sentence dates by words, not digits.

- 'in November last year' in a draft of December 2025 is November 2024: a month followed by a year
  counted from the draft's date (lexicon.json ``relative_years``) is that year's month, not the
  draft year's.
- 'from 1,394.3 won in November 2024 to 1,436.8 won in December': a bare month at the end of a span
  whose start month is dated is the first such month after the start — December 2024 — not the
  draft year's.
- 'In December 2016 the average was 117.1, up from 112.7 in November': a bare month of a figure the
  sentence compares with (lexicon.json ``compared_change_links`` right before it) is the last such
  month up to the month the sentence dated before it — November 2016 — whatever the draft's date.

Extraction dates a bare month by the draft's year; these readings give it the year the words say.
"""

from __future__ import annotations

import calendar
import re
from functools import cache

from ...extraction.vocabulary import RELATIVE, relative_year_offset
from ...matching import ClaimContext
from ...models import Claim
from ...numbers import lexicon
from ...text import surface_at

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTH_PERIOD = re.compile(r"(\d{4})-(\d{2})")


@cache
def _dated_month() -> re.Pattern[str]:
    """A month and what dates it: a year in digits or a relative phrase ('of last year')."""
    months = "|".join(sorted(_MONTHS, key=len, reverse=True))
    return re.compile(rf"\b(?P<month>{months})\b(?:[ ,]+(?:(?P<year>\d{{4}})\b|(?:of[ ]+)?(?P<rel>{RELATIVE})\b))?",
                      re.IGNORECASE)


def month_year_claim(claim: Claim, ctx: ClaimContext) -> Claim:
    """The claim with its month's year as the words date it (see the module's note), else as it is."""
    found = _MONTH_PERIOD.fullmatch(claim.period or "")
    at = surface_at(claim.sentence, claim.text)
    # extraction dates a bare month by the draft's date: its year or, for a month after the draft's, the year before
    if found is None or at < 0 or not ctx.dated or int(found.group(1)) not in (ctx.as_of.year, ctx.as_of.year - 1):
        return claim
    month = int(found.group(2))
    after = _next_month(claim.sentence, at + len(claim.text))
    if after is None or _MONTHS[after.group("month").lower()] != month or after.group("year"):
        return claim
    if after.group("rel"):
        offset = relative_year_offset(after.group("rel"))
        if offset is None:
            return claim  # the pattern's phrase counts no years: nothing to date the month by
        year = ctx.as_of.year + offset
    else:
        year = _span_start_year(claim.sentence[:at], month, ctx) or _compared_month_year(claim.sentence[:at], month)
    if year is None or year == int(found.group(1)):
        return claim
    return claim.model_copy(update={"period": f"{year}-{month:02d}"})


def _next_month(sentence: str, start: int) -> re.Match[str] | None:
    """The month named right after the figure ('… won in December'), before any other figure."""
    window = re.split(r"\d", sentence[start:start + 40], maxsplit=1)[0]
    found = _dated_month().search(window)
    if found is None or not re.search(r"\b(?:in|for|of|by)\s+\Z", window[:found.start()], re.IGNORECASE):
        return None  # 'may' is a month only where a preposition dates the figure with it
    return _dated_month().match(sentence, start + found.start())


def _span_start_year(before: str, month: int, ctx: ClaimContext) -> int | None:
    """'from … in November 2024 to …' before the figure: the year of the first ``month`` after the
    span's dated start month."""
    if not re.search(r"\bfrom\b", before, re.IGNORECASE) or not re.search(r"\bto\b", before[-25:], re.IGNORECASE):
        return None
    starts = [m for m in _dated_month().finditer(before) if m.group("year") or m.group("rel")]
    if len(starts) != 1:
        return None
    start = starts[0]
    if start.group("year"):
        year = int(start.group("year"))
    else:
        offset = relative_year_offset(start.group("rel"))
        if offset is None:
            return None  # the pattern's phrase counts no years
        year = ctx.as_of.year + offset
    return year if month > _MONTHS[start.group("month").lower()] else year + 1


@cache
def _compared_before() -> re.Pattern[str]:
    """A link to a compared figure right before it ('up from', 'compared with', 'than'), no figure between."""
    links = "|".join(re.escape(w) for w in sorted(lexicon().get("compared_change_links", []), key=len, reverse=True))
    return re.compile(rf"\b(?:{links})\b[^\d]{{0,40}}\Z", re.IGNORECASE) if links else re.compile(r"(?!)")


def _compared_month_year(before: str, month: int) -> int | None:
    """'In December 2016 … 117.1, up from 112.7 in November': the year of the last ``month`` up to the
    month the sentence dated before the compared figure (the last month it names with a year)."""
    if not _compared_before().search(before):
        return None
    dated = [m for m in _dated_month().finditer(before) if m.group("year")]
    if not dated:
        return None
    last = dated[-1]
    year = int(last.group("year"))
    return year if month <= _MONTHS[last.group("month").lower()] else year - 1


_CAPITAL_MONTH = re.compile(r"\b(?:" + "|".join(sorted((m.capitalize() for m in _MONTHS), key=len, reverse=True)) + r")\b")


def carried_year_month_claim(claim: Claim, ctx: ClaimContext) -> Claim:
    """'During 2022 … comparing the January average rate of 0.1130 to the December average rate of
    0.1013': a figure with no period of its own whose phrase names a month without a year (the one
    month in the words since the figure before it, just before it) speaks of that month of the year
    the text before it carries, not of the whole year."""
    at = surface_at(claim.sentence, claim.text)
    if claim.period or ctx.carried_period is None or at < 0 or not re.fullmatch(r"\d{4}", ctx.carried_period[0]):
        return claim
    window = re.split(r"\d", claim.sentence[max(at - 40, 0):at])[-1]
    months = _CAPITAL_MONTH.findall(window)
    if len(months) != 1 or any(m.group("year") or m.group("rel") for m in _dated_month().finditer(window)):
        return claim
    return claim.model_copy(update={"period": f"{ctx.carried_period[0]}-{_MONTHS[months[0].lower()]:02d}"})


def carried_year_of_month(claim: Claim, ctx: ClaimContext) -> Claim:
    """'… according to the latest observations in 2019 … With the average for May peaking at 414.7 ppm':
    a month the sentence names with no year, which extraction dated by the draft's year, is of the year
    the sentences before it in its paragraph carry (``ClaimContext.month_carried_year``) when that year
    is earlier: the paragraph speaks of that year. Never later than the draft's dating, which already
    takes the latest such month."""
    found = _MONTH_PERIOD.fullmatch(claim.period or "")
    year = ctx.month_carried_year
    if found is None or year is None or year >= int(found.group(1)):
        return claim
    return claim.model_copy(update={"period": f"{year}-{found.group(2)}"})
