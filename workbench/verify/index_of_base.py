"""'The index of consumer prices totaled 107.7 % compared to the same period of 2010': a price index written as a
percent of its base period's level (the base = 100) is a change of its figure less 100 — a rise of 7.7 % —
not a rate of 107.7 %. The words are data (``index_of_base`` in workbench/data/lexicon.json)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..extraction.periods import YEAR_WRITTEN
from ..matching.context import ClaimContext
from ..models import Claim, Direction, Kind
from ..numbers import data_json, lexicon
from ..periods import MONTH, granularity, try_parse_period
from ..units import percent_alternation
from .wording import holds_any

# the figure's own words after it: up to the next percent figure or the end of its clause
_CLAUSE_END = re.compile(r"[;:()]|,\s+(?:including|while|and|but)\b", re.IGNORECASE)
# a parenthesis right after the figure (past a case ending left unglossed) glosses the figure itself: its base
# period ('102.2 % (August on December of the previous year)')
_PARENTHESIS_AFTER = re.compile(r"[^\W\d]*\s*\(([^()]*)\)")


@lru_cache(maxsize=1)
def _words() -> dict[str, Any]:
    return data_json("lexicon.json").get("index_of_base", {})


@lru_cache(maxsize=1)
def _percent_figure() -> re.Pattern[str]:
    return re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)?\s*(?:" + percent_alternation() + ")", re.IGNORECASE)


def index_of_base_claim(claim: Claim, ctx: ClaimContext) -> Claim:
    """The claim read as a change of its figure less 100 when its own words name an index before it
    (lexicon.json ``price_index_words``) and its base period right after it (``base_words``: 'compared to the same period', 'against
    the same month', '= 100'; a parenthesis right after it counts) or, in words, before it — as a language that sets the verb last writes it, glossed
    'the consumer price index compared with the same period of the previous year 113.2 %' (Azerbaijani, Turkish)
    — and the figure lies within ``level_range`` (an index near its base); else unchanged. A change word before
    the figure ('the index rose 7.7 %') makes it a change already (kind change). A base year's '= 100' before the
    figure ('the CPI (2015 = 100) reached 118.9 %') names the index's reference year, not the figure's base period.
    A month's index with no base written is read so too (``_month_index``)."""
    words = _words()
    if not words or claim.kind is not Kind.level or claim.unit != "%" or claim.value_high is not None \
            or ctx.claim_offset < 0 or not ctx.sentence_text:
        return claim
    low, high = words.get("level_range", [50, 200])
    if not low <= claim.value <= high or claim.value == 100:
        return claim
    text = ctx.sentence_text
    # the figure's own words: after the percent figure before it, up to the next one or the clause's end
    own_start = max((m.end() for m in _percent_figure().finditer(text, 0, ctx.claim_offset)), default=0)
    ends = [m.start() for m in (_percent_figure().search(text, ctx.claim_end), _CLAUSE_END.search(text, ctx.claim_end))
            if m is not None]
    before, after = text[own_start:ctx.claim_offset], text[ctx.claim_end:min(ends, default=len(text))]
    if parenthesis := _PARENTHESIS_AFTER.match(text, ctx.claim_end):
        after = f"{parenthesis.group(1)} {after}"
    base = words.get("base_words", [])
    year: str | None = None
    # a month's index with no base written ('the consumer price index in December 2021 was 100.82 %') is a change
    # from an unsaid base — the month before, the December before or the same month a year earlier — still the
    # figure less 100: which one, the period rules and the month-on-month reading judge (periods/month_on_month.py)
    if not holds_any(before, lexicon().get("price_index_words", [])) \
            or not (holds_any(after, base) or holds_any(before, [w for w in base if any(c.isalpha() for c in w)])
                    or (year := _year_on_previous(claim, f"{before} {after}", words.get("year_comparison_words", [])))
                    or _month_index(claim.period, before, after, words)):
        return claim
    change = round(claim.value - 100, claim.decimals)
    dated = {"period": year} if year and year != claim.period else {}
    return claim.model_copy(update={"kind": Kind.change, "value": abs(change),
                                    "direction": Direction.up if change > 0 else Direction.down, **dated})


def _month_index(period: str | None, before: str, after: str, words: dict[str, Any]) -> bool:
    """The figure is a month's price index ('2021-12') with no base written: its own words set no reference year
    ('(2015 = 100)', the ``base_words`` written without letters: a level against a distant year is no change of a
    month), compare it with nothing (``year_comparison_words``: a base written in words not read, as 'compared
    with' after a base left unglossed, may be a year before) and call it no rate (``rate_words``: 'the inflation
    index reached 82.39 %' is a month's inflation as written)."""
    parsed = try_parse_period(period) if period else None
    reference_year = [w for w in words.get("base_words", []) if not any(c.isalpha() for c in w)]
    return parsed is not None and granularity(parsed) == MONTH and not holds_any(before, reference_year) \
        and not holds_any(f"{before} {after}", words.get("year_comparison_words", [])) \
        and not holds_any(before, words.get("rate_words", []))


_YEAR_REACH = 25  # characters between the year and its comparison word ('2021 with compared with', glossed)


def _year_on_previous(claim: Claim, words: str, comparisons: list[str]) -> str | None:
    """The figure's year when its own words compare it with the year before ('2022 … index compared with 2021
    113.9 %'): that year is the index's base, so the figure less 100 is the later year's rise. The claim's own
    year, or the next year those words name when the period read took the base year for the figure's. None
    otherwise: another base would make it a change over several years, which is no year's rate."""
    if not comparisons or not claim.period or not re.fullmatch(r"\d{4}", claim.period):
        return None
    named = set(YEAR_WRITTEN.findall(words))
    for base in YEAR_WRITTEN.finditer(words):
        following = str(int(base.group()) + 1)
        if not holds_any(words[max(0, base.start() - _YEAR_REACH):base.end() + _YEAR_REACH], comparisons):
            continue
        if following == claim.period or base.group() == claim.period and following in named:
            return following
    return None
