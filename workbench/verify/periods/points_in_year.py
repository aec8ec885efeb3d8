"""A level said of a day its sentence puts in words extraction reads no day from: 'at end-2022',
'by mid-2021', 'at the beginning of 2006', 'as of 01.07.2021', '2021-07-01'.

Left as a bare year (or no period at all), such a count is judged by the year's row — a mid-year
estimate, an annual average — as if the day and the row were the same thing, or by whichever row
was latest at the draft's date. Read as the day it names, the usual rules apply: the stock row's own
day (``stock_row_day``) is that row's figure; any other day is a different period (needs_review).
The words are ``point_in_year_words`` (day of the year → phrases before a year); a phrase right
after a span word ('since the start of 2021', ``point_span_words``) opens a span and is left alone.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from ...config import Tolerances
from ...extraction.periods import YEAR_DIGITS
from ...matching import ClaimContext
from ...matching.carried import named_periods
from ...models import Claim, Kind
from ...numbers import alternation, data_json
from ...periods import DAY, YEAR, granularity, try_parse_period
from ...text import surface_at
from ...units import PERCENT_UNITS
from ..observations import names_no_period
from .timing import adds_up_over_year, called_an_average


# Numeric dates: ISO (2021-07-01) and day.month.year (01.07.2021), the forms without a month's name.
_NUMERIC = re.compile(rf"(?<![\d.])(?:(?P<iy>{YEAR_DIGITS})-(?P<im>[01]\d)-(?P<id>[0-3]\d)"
                      rf"|(?P<dd>[0-3]?\d)\.(?P<dm>[01]?\d)\.(?P<dy>{YEAR_DIGITS}))(?![\d.]\d)")


def dated_point_claim(claim: Claim, tol: Tolerances) -> Claim:
    """The claim read as of the day its sentence names in words or digits, nearest the figure; the
    claim unchanged when it is a change or a rate, names a finer period already, or names none."""
    if claim.kind is Kind.change or claim.unit in PERCENT_UNITS:
        return claim
    period = try_parse_period(claim.period) if claim.period else None
    if period is not None and granularity(period) != YEAR:
        return claim
    if called_an_average(claim, tol):
        return claim  # 'to end the year 2023 with an average rate of RM4.56': the year's average, no day of it
    at = max(surface_at(claim.sentence, claim.text), 0)
    days = [(abs(start - at), day) for start, day in _days(claim.sentence, tol)
            if period is None or day[:4] == str(period.start.year)]
    if not days:
        return claim
    day = min(days)[1]
    if day.endswith("-12-31") and adds_up_over_year(claim, tol):
        return claim  # 'emissions at the end of 2017 amounted to …': the year a flow closes, no day of it
    return claim.model_copy(update={"period": day})


def dated_point_rate_claim(claim: Claim, tol: Tolerances) -> Claim:
    """A rate its sentence dates at the start or the middle of its year ('at the start of 2022, inflation rose to
    14.2 %'), read as that month's rate: a monthly rate's twelve months to then, not the year's average, so the
    year's row is another period. The year's end is ``year_end_claim``'s (December, with its own exceptions)."""
    if claim.kind is Kind.change or claim.unit not in PERCENT_UNITS:
        return claim
    period = try_parse_period(claim.period) if claim.period else None
    if (claim.period and (period is None or granularity(period) != YEAR)) or called_an_average(claim, tol):
        return claim  # 'the average rate at the start of 2022': no month of it
    at = max(surface_at(claim.sentence, claim.text), 0)
    named = _days_named(claim.sentence, _key(tol))
    # no period of its own ('by mid-2022 inflation had climbed to 9.1 %'): the day its sentence names, if of one year
    years = {day[:4] for _, day in named} if period is None else {str(period.start.year)}
    if len(years) != 1:
        return claim
    days = [(abs(start - at), day) for start, day in named if day[:4] in years and not day.endswith("-12-31")]
    if not days:
        return claim
    day = min(days)[1]
    return claim.model_copy(update={"period": day[:7]})


def named_days(sentence: str, tol: Tolerances) -> list[str]:
    """The ISO days the sentence names in words before a year ('at the beginning of 2025') or in digits."""
    return [day for _, day in _days(sentence, tol)]


def _days(sentence: str, tol: Tolerances) -> tuple[tuple[int, str], ...]:
    """(where, ISO day) of every day the sentence names in words before a year, or in digits."""
    return _days_named(sentence, _key(tol))


# each figure of a sentence asks it of its sentence: read once a sentence, not once a figure (quadratic in its figures)
@lru_cache(maxsize=64)
def _days_named(sentence: str, key: _Key) -> tuple[tuple[int, str], ...]:
    out: list[tuple[int, str]] = []
    span_ends = _span_word_ends(sentence, key[1])
    for m in _pattern(key).finditer(sentence):
        if m.start() in span_ends:
            continue  # 'since the start of 2021': a span's first day, not the day of the figure
        day = next(d for d, group in _groups(key) if m.group(group))
        out.append((m.start(), f"{m.group('year')}-{day}"))
    for m in _pattern_after_year(key).finditer(sentence):
        day = next(d for d, group in _groups(key) if m.group(group))
        out.append((m.start(), f"{m.group('year')}-{day}"))
    for m in _NUMERIC.finditer(sentence):
        y, mo, d = (m.group("iy"), m.group("im"), m.group("id")) if m.group("iy") else \
            (m.group("dy"), m.group("dm"), m.group("dd"))
        if 1 <= int(mo) <= 12 and 1 <= int(d) <= 31:
            out.append((m.start(), f"{y}-{int(mo):02d}-{int(d):02d}"))
    return tuple(out)


_Key = tuple[tuple[tuple[str, tuple[str, ...]], ...], tuple[str, ...]]


def _key(tol: Tolerances) -> _Key:
    return tuple((day, tuple(words)) for day, words in sorted(tol.point_in_year_words.items())), \
        tuple(tol.point_span_words)


def _groups(key: _Key) -> list[tuple[str, str]]:
    return [(day, f"d{i}") for i, (day, _) in enumerate(key[0])]


def _alternation(phrases: tuple[str, ...]) -> str:
    return alternation([p for p in phrases if p.strip()]) if any(p.strip() for p in phrases) else ""


@lru_cache(maxsize=8)
def _pattern(key: _Key) -> re.Pattern[str]:
    """Each day's phrases (a hyphen or a space before the year), then a year."""
    # no days at all (an empty ``point_in_year_words``) is no phrase: an empty alternation would match before any year
    days = "|".join(f"(?P<{group}>{_alternation(dict(key[0])[day]) or '(?!)'})"
                    for day, group in _groups(key)) or "(?!)"
    return re.compile(rf"(?<![\w-])(?:{days})(?:\s+|-)?(?:the\s+year\s+)?(?P<year>{YEAR_DIGITS})(?!\d)", re.I)


@lru_cache(maxsize=8)
def _pattern_after_year(key: _Key) -> re.Pattern[str]:
    """A year, then a link, a day's phrase and a year written without digits ('2022 at the start of the year')."""
    after = data_json("periods.json").get("point_in_year_after_year", {})
    links, objects = _alternation(tuple(after.get("links", ()))), _alternation(tuple(after.get("objects", ())))
    if not objects:
        return re.compile(r"(?!)")
    days = "|".join(f"(?P<{group}>{_alternation(dict(key[0])[day]) or '(?!)'})"
                    for day, group in _groups(key)) or "(?!)"
    link = rf"(?:(?:{links})\s+)?" if links else ""
    return re.compile(rf"(?<![\w-])(?P<year>{YEAR_DIGITS})(?!\d)\s+{link}(?:{days})\s+(?:{objects})(?!\w)", re.I)


@lru_cache(maxsize=8)
def _span_word(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """A span word, the blanks after it, and 'the' with the blanks after that."""
    words_alternation = _alternation(words)
    return re.compile(rf"(?<!\w)(?:{words_alternation})(?P<gap>\s+)(?:the(?P<the_gap>\s+))?", re.I) \
        if words_alternation else None


def _span_word_ends(text: str, words: tuple[str, ...]) -> frozenset[int]:
    """Where a phrase right after a span word ('since ', 'since the ') may start: read in one pass, as asking
    each day phrase of a sentence whether the text before it ends so is quadratic in the phrases."""
    pattern = _span_word(words)
    if pattern is None:
        return frozenset()
    ends: set[int] = set()
    for m in pattern.finditer(text):
        for gap in ("gap", "the_gap"):
            if m.group(gap) is not None:
                ends.update(range(m.start(gap) + 1, m.end(gap) + 1))
    return frozenset(ends)


def context_day_claim(claim: Claim, ctx: ClaimContext, tol: Tolerances) -> Claim:
    """A level with no period of its own (nor one carried to it, but the draft's year that 'at the start of
    this year' in the text before dates finer), whose sentence names a day without a year ('reached 19
    million on 1 July': the latest such day by the draft's date), or whose paragraph before it, caption or
    heading names one day and no other period ('# The population on 1 July 2021', 'at the start of this
    year' in a dated draft): that day. A reader dates the count so; read against the latest row instead, a
    count of 1 July 2021 would be 'supported' by the 2020 row. Matching carries years and months, never a
    day. A share or rate ('81.3 %') takes only a caption's day: a caption dates every figure of the table or
    lines below it, while a day a sentence before names may be an event's, not the day a rate speaks of."""
    if claim.kind is Kind.change:
        return claim
    share = claim.unit in PERCENT_UNITS
    this_year = None if share else _current_year_day(claim, ctx, tol)
    if this_year is not None:
        return claim.model_copy(update={"period": this_year.isoformat()})
    carried_year = _carried_year(claim, ctx)
    if not names_no_period(claim, ctx) and carried_year is None:
        return claim
    day = None if share else _yearless_day(claim.sentence, ctx.as_of)
    for text, caption in _dating_texts(ctx):
        if day is not None:
            break
        named = _periods_and_days(text, ctx.as_of, tol)
        # 'At the start of this year the population was 20 million. Almaty had 2.2 million': in a dated
        # draft, a day of the draft's year the text before names, as its own sentence would, not the year
        this_year_days = {when.isoformat() for _, when in _this_year_days(text, ctx.as_of, tol)} if ctx.dated else set()
        if this_year_days:
            named = {p for p in named if p != f"{ctx.as_of.year:04d}"} | this_year_days
        elif carried_year is not None:
            break  # a year carried to the figure ('By the end of 2022 … GDP amounted to $2.3 trillion') is its period
        if not named:
            continue
        parsed = try_parse_period(next(iter(named))) if len(named) == 1 else None
        if parsed is None or granularity(parsed) != DAY or share and not caption:
            break  # the nearest text dating anything dates it otherwise
        day = parsed.start
    if day is None or carried_year is not None and day.year != carried_year:
        return claim
    return claim.model_copy(update={"period": day.isoformat()})


def _carried_year(claim: Claim, ctx: ClaimContext) -> int | None:
    """The year carried to a figure that names no period of its own ('At the start of this year the country
    had 4.3 million. Lunaria had 1.8 million'): a day of that year the text before names dates it finer."""
    if claim.period or ctx.carried_period is None:
        return None
    carried = try_parse_period(ctx.carried_period[0])
    return carried.start.year if carried is not None and granularity(carried) == YEAR else None


def _periods_and_days(text: str, as_of: dt.date, tol: Tolerances) -> set[str]:
    """The periods the text names, with the days it puts in words before a year or in digits ('at the start of
    2032', 'Stand: 01.04.2032') in place of the bare years extraction reads from them."""
    days = set(named_days(text, tol))
    return {p for p in named_periods(text, as_of) if not any(day.startswith(f"{p}-") for day in days)} | days


def _dating_texts(ctx: ClaimContext) -> list[tuple[str, bool]]:
    """The texts that date a figure whose sentence names no period, nearest first, each with whether it
    is a caption: the sentences before it in its paragraph (a table's caption, for a row of a table right
    below it), a caption right above its paragraph, the heading."""
    paragraph = [(text, ctx.table_row and is_caption(text)) for layer, text in ctx.basis_texts if layer == "paragraph"]
    above = next((text for layer, text in ctx.basis_texts if layer == "previous paragraph"), "")
    heading = [(text, False) for layer, text in ctx.basis_texts if layer == "heading"]
    return [*paragraph, *([(above, True)] if is_caption(above) else []), *heading]


def is_caption(paragraph: str) -> bool:
    """A paragraph of one short line that ends without a sentence's stop ('Population by region as of
    1 April 2023', 'Stand: 31.12.2022') is a caption or a heading in all but its mark: it says once what
    the table or the lines below it count, as a heading would, and its day is theirs."""
    line = paragraph.strip()
    return 0 < len(line) <= _CAPTION_LENGTH and "\n" not in line and line[-1] not in _SENTENCE_STOPS


_CAPTION_LENGTH = 160  # a caption is a line; a longer paragraph with no stop is prose cut short
_SENTENCE_STOPS = ".!?。！？"  # a lead ending in a colon dates the items below it as a caption does


def _current_year_day(claim: Claim, ctx: ClaimContext, tol: Tolerances) -> dt.date | None:
    """The day of the draft's own year its sentence names with a point word and no year ('at the
    beginning of the year', 'at the start of this year'), when that day is past by the draft's date;
    else None. The figure names no year, or the draft's: the writer's year. A day still ahead ('at
    the end of the year' in a May story) is the year's coming end, a forecast's, and is left alone."""
    if not ctx.dated:
        return None
    period = try_parse_period(claim.period) if claim.period else None
    if period is None and not names_no_period(claim, ctx):
        return None
    if period is not None and (granularity(period) != YEAR or period.start.year != ctx.as_of.year):
        return None
    at = max(surface_at(claim.sentence, claim.text), 0)
    found = _this_year_days(claim.sentence, ctx.as_of, tol)
    return min((abs(where - at), when) for where, when in found)[1] if found else None


def _this_year_days(text: str, as_of: dt.date, tol: Tolerances) -> tuple[tuple[int, dt.date], ...]:
    """(where, day) of each day of ``as_of``'s year the text names with a point word and no year ('at
    the beginning of the year'), past by ``as_of``; a span's first day ('since the start of the year') is none."""
    return _this_year_days_named(text, as_of, _key(tol))


@lru_cache(maxsize=64)  # asked by each figure of a sentence, as ``_days_named`` is
def _this_year_days_named(text: str, as_of: dt.date, key: _Key) -> tuple[tuple[int, dt.date], ...]:
    span_ends = _span_word_ends(text, key[1])
    found: list[tuple[int, dt.date]] = []
    for m in _this_year_pattern(key).finditer(text):
        if m.start() in span_ends:
            continue  # 'since the beginning of the year': a span's first day
        month, day = next(d for d, group in _groups(key) if m.group(group)).split("-")
        when = dt.date(as_of.year, int(month), int(day))
        if when <= as_of:
            found.append((m.start(), when))
    return tuple(found)


@lru_cache(maxsize=8)
def _this_year_pattern(key: _Key) -> re.Pattern[str]:
    """Each day's phrases, then 'the year', 'this year' or 'the current year' with no year after it."""
    days = "|".join(f"(?P<{group}>{_alternation(dict(key[0])[day]) or '(?!)'})"
                    for day, group in _groups(key)) or "(?!)"
    return re.compile(rf"(?<![\w-])(?:{days})\s+(?:the\s+(?:current\s+)?|this\s+)year\b(?!\s*\d)", re.I)


def _yearless_day(sentence: str, as_of: dt.date) -> dt.date | None:
    """The one day the sentence names (without a year: the latest such day by ``as_of``), else None."""
    days = {parsed.start for p in named_periods(sentence, as_of)
            if (parsed := try_parse_period(p)) is not None and granularity(parsed) == DAY}
    return days.pop() if len(days) == 1 else None
