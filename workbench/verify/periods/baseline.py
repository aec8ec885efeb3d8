"""A change measured from a base year named right after it ('a reduction of 28 % since 2010', 'rose
8.1 % over the 2007 level', 'up 3 million since 2010') or opening its sentence ('Since 1991, the
population grew by 2.5 million'): the change from that year to the claim's own, read as a span so the
rows of both years are compared (``observations.observe_span``). The words are data
(``base_year_words``, ``base_year_opening_words`` in ``workbench/data/periods.json``)."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from ...config import Tolerances
from ...matching import ClaimContext
from ...models import Claim, Kind
from ...numbers import alternation, data_json, lexicon
from ...periods import YEAR, granularity, try_parse_period
from ...text import surface_at
from ..observations import last_published_month, last_published_year
from ..wording import holds_any
from .base_words import base_after_pattern, year_after_words
from .span_ends import span_end_side


@lru_cache(maxsize=8)
def _year_after_words(key: str, month: bool = False) -> re.Pattern[str]:
    """A year (with ``month``, or a month and its year) after one of the words of periods.json ``key``."""
    return year_after_words(alternation(data_json("periods.json").get(key, [])), month=month)


def _base_before() -> re.Pattern[str]:
    return _year_after_words("base_year_opening_words")


def base_year_claim(claim: Claim, as_of: dt.date, tol: Tolerances, carried: str | None = None) -> Claim:
    """The claim with its period widened to 'base year/its year' when a base year more than one year
    earlier follows its figure ('up 3 million since 2010'), or opens the sentence's only span before it
    ('Since 1991, the population grew by 2.5 million'); else unchanged (a year-on-year change is read
    that way already; a multiple or a change in points compares no two years' rows). With no year of
    its own, or an opening base year's own, the change runs to the latest year published by the draft's date;
    but a comparison's base ('Compared with 1990, emissions rose 93 %') in a paragraph whose earlier sentence
    dates the story (``carried``, a year) runs to that year: the comparison is the story's, not today's."""
    if claim.kind is not Kind.change or claim.unit in ("x", "pp"):
        return claim
    period = try_parse_period(claim.period) if claim.period else None
    if claim.period and (period is None or granularity(period) != YEAR):
        return claim
    at = surface_at(claim.sentence, claim.text)
    if at < 0:
        return claim
    after = base_after_pattern().match(claim.sentence, at + len(claim.text))
    found = after or (None if _dated_right_after(claim, at) else _opening_base(claim, at, tol))
    if found is None:
        return claim
    base = int(found.group("year"))
    # 'Since 2017, … grew by 3 million' dated by its opening year: the change runs to the latest year
    own = period is not None and (after is not None or period.start.year != base)
    last = period.start.year if own else last_published_year(as_of, tol)
    if not own and period is None and after is None and _carried_year(carried) and not _is_since(found.group(0)):
        last = int(str(carried))
    if not base < last - 1:
        return claim
    return claim.model_copy(update={"period": f"{base}/{last}"})


def undated_comparison_base(claim: Claim, dated: bool, carried: str | None, tol: Tolerances) -> str | None:
    """The words of a comparison's base opening the sentence ('compared with 1990') of a change naming no year
    of its own, in a draft with no date and a paragraph naming no year before it: the change runs from that
    year to an end the text does not give (``base_year_claim`` counts it to the day of the check), so the
    figure is for a person, as an undated 'last decade' is (``recent_span.undated_span_review``). 'Since 1991'
    means up to now, which the data's latest year stands for: not this."""
    if dated or _carried_year(carried) or claim.kind is not Kind.change or claim.unit in ("x", "pp"):
        return None
    period = try_parse_period(claim.period) if claim.period else None
    at = surface_at(claim.sentence, claim.text)
    if at < 0 or base_after_pattern().match(claim.sentence, at + len(claim.text)) or _dated_right_after(claim, at):
        return None
    found = _opening_base(claim, at, tol)
    if found is None or _is_since(found.group(0)) or period is not None and period.start.year != int(found.group("year")):
        return None
    return " ".join(found.group(0).split())


def _carried_year(carried: str | None) -> bool:
    return carried is not None and re.fullmatch(r"\d{4}", carried) is not None


def _is_since(words: str) -> bool:
    """'Since 1991, … grew': a span to the present, whatever year the paragraph told before."""
    return words.lower().startswith("since")


def _dated_right_after(claim: Claim, at: int) -> bool:
    """The figure is dated to its own year right after it ('an increase of 3.58 ppm (parts per million) in 2024',
    ``rate_basis.year_prepositions``): the change of that one year, which a 'since' earlier in the sentence does not
    widen — 'the observatory, which has measured CO2 since 1958, recorded a rise of 3.58 ppm in 2024'."""
    found = _own_year_after().match(claim.sentence, at + len(claim.text))
    return found is not None and bool(claim.period) and str(claim.period) == found.group("year")


@lru_cache(maxsize=1)
def _own_year_after() -> re.Pattern[str]:
    """A year preposition and a year right after a figure, past a bracket ('(ppm)') written between."""
    words = data_json("periods.json").get("rate_basis", {}).get("year_prepositions", [])
    return year_after_words(alternation(words), after_figure=True)


def _opening_base(claim: Claim, at: int, tol: Tolerances) -> re.Match[str] | None:
    """The one base year the sentence names, before the figure and not after a record's words ('the
    lowest since 2016' is the record's base)."""
    found = list(_base_before().finditer(claim.sentence))
    if len(found) != 1 or found[0].end() > at:
        return None
    return None if _record_base(claim.sentence, found[0].start(), tol) else found[0]


def _record_base(sentence: str, since: int, tol: Tolerances) -> bool:
    """The year after ``since`` is a record's base: a record word (``record_words``) among the last words of its
    clause before it ('the highest since 2008')."""
    clause = re.split(r"[;:]|,\s", sentence[:since])[-1]
    return holds_any(" ".join(clause.split()[-8:]), tol.record_words)


@lru_cache(maxsize=1)
def _sentence_opening() -> re.Pattern[str]:
    """What may stand before a sentence's opening 'since': punctuation and one joiner ('But since 2016')."""
    joiners = data_json("periods.json").get("sentence_opening_joiners", [])
    return re.compile(rf"[\W\d_]*(?:(?:{alternation(joiners)})\s+)?", re.IGNORECASE)


@lru_cache(maxsize=1)
def _same_clause() -> re.Pattern[str]:
    """The words between a figure and the 'since' of its own clause: a few, none a joiner opening the next."""
    joiners = data_json("periods.json").get("next_clause_joiners", [])
    return re.compile(rf"(?:\s+(?!(?:{alternation(joiners)})\b)[^\W\d][\w'’-]*){{0,6}}\s+", re.IGNORECASE)


def move_start_since_year(claim: Claim, ctx: ClaimContext, tol: Tolerances) -> int | None:
    """'Guyana shows a 67 % surge in per capita emissions since 2015, climbing from 2.73 to 4.56 tonnes': the year
    a level or count naming no period of its own starts a move from, when it stands as the move's 'from' in a
    sentence whose one 'since' year (``level_since_words``) stands before the figure — the move runs from that
    year's level to the present, as a change since then does (``base_year_claim``). None for a record ('the highest
    since 2008': the record's base), a 'since' after the figure, or a sentence with more than one."""
    if claim.period or claim.kind not in (Kind.level, Kind.count) or not ctx.sentence_text \
            or span_end_side(ctx) != "from":
        return None
    found = list(_year_after_words("level_since_words").finditer(claim.sentence))
    at = surface_at(claim.sentence, claim.text)
    if len(found) != 1 or at < 0 or found[0].end() > at or _record_base(claim.sentence, found[0].start(), tol):
        return None
    return int(found[0].group("year"))


def since_move_start_claim(claim: Claim, ctx: ClaimContext, tol: Tolerances) -> Claim:
    """The claim read for the year its move starts from (``move_start_since_year``), else unchanged."""
    year = move_start_since_year(claim, ctx, tol)
    return claim if year is None else claim.model_copy(update={"period": str(year)})


def since_span_claim(claim: Claim, as_of: dt.date, tol: Tolerances) -> Claim:
    """A level with no period of its own held 'since' a year ('has averaged 4.1 % since 2016', 'since 2017
    the population has not fallen below 146.8 million') speaks of every year from that one to the latest
    published by the draft's date: the claim with that span as its period, so no single year's row judges
    it. 'Since' a month ('Since September 2016 CO2 has stayed above 400 ppm') speaks of every month from that
    one to the latest published: a span of months. An opening 'from' a period followed by a present perfect
    (``level_from_opening_words``: Italian 'Da settembre 2016 … ha superato' glossed) is such a 'since'.
    Unchanged for a change (``base_year_claim``), a record ('the highest since 2008': the record's base), a
    sentence with more than one 'since', or a base that leaves no span of two periods."""
    if claim.kind is Kind.change or claim.unit == "x" or claim.period:
        return claim
    at = surface_at(claim.sentence, claim.text)
    if at < 0 or holds_any(claim.sentence, tol.record_words):
        return claim
    found = list(_year_after_words("level_since_words", month=True).finditer(claim.sentence))
    if not found:
        opener = _year_after_words("level_from_opening_words", month=True).match(
            claim.sentence, len(_sentence_opening().match(claim.sentence).group()))
        found = [opener] if opener is not None and opener.end() <= at else []
    if len(found) != 1:
        return claim
    # the figure's own span: 'since' opens the sentence, or follows the figure in its clause ('grew
    # twenty-fold since 1980 and now reach 22 million': the span is the change's, 22 million today's)
    opening = _sentence_opening().fullmatch(claim.sentence, 0, found[0].start()) is not None
    after = found[0].start() >= at + len(claim.text) \
        and _same_clause().fullmatch(claim.sentence, at + len(claim.text), found[0].start()) is not None
    if not (opening or after):
        return claim
    base = int(found[0].group("year"))
    if found[0].group("month"):
        month = lexicon()["months"][found[0].group("month").lower()]
        last_year, last_month = last_published_month(as_of, tol)
        if not (base, month) < (last_year, last_month):
            return claim
        return claim.model_copy(update={"period": f"{base}-{month:02d}/{last_year}-{last_month:02d}"})
    last = last_published_year(as_of, tol)
    if not base < last:
        return claim
    return claim.model_copy(update={"period": f"{base}/{last}"})
