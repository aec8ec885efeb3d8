"""A year named right after a word (``year_after_words``): a change's base year named right after its figure ('a
reduction of 28 % since 2010', 'rose 9.6 % compared with 2021') by the words of ``workbench/data/periods.json``, read
by the base-year span (``baseline``) and by the readings of a span's yearly rates (``cumulative``); the 'since' of a
level, a year preposition after a figure (``baseline``), a comparison's year (``timing``)."""

from __future__ import annotations

import re
from functools import lru_cache

from ...models import Claim
from ...numbers import alternation, data_json, lexicon
from ...patterns import YEAR_1600_TO_2199
from ...text import surface_at


@lru_cache(maxsize=16)
def year_after_words(words: str, *, after_figure: bool = False, month: bool = False) -> re.Pattern[str]:
    """One of ``words`` (a regex alternation), then a year — with ``month``, or a month and its year ('since September
    2016') — that is neither a range's first ('since (the year) 2010', 'over the level of 2007'; not 'since 2010-2015',
    'since 2010 until 2015', 'from May 2015 to May 2016') nor a decimal's whole part. With ``after_figure`` it is read
    with ``match`` at a figure's end, past a bracket written between ('3.58 ppm (parts per million) in 2024'); else
    from any word's start. The one pattern of a year named after a word: a change's base ('since 2010', 'compared
    with 2021'), a 'since' or a 'from' opening a sentence, a year preposition."""
    months = alternation(sorted(lexicon()["months"], key=len, reverse=True))
    lead = r"(?:\s*\([^()]{0,40}\))?\s*" if after_figure else r"\b"
    month_first = rf"(?:(?P<month>{months})\.?\s+(?:of\s+)?)?" if month else ""
    return re.compile(rf"{lead}(?:{words})\s+(?:the\s+(?:year\s+)?)?(?:levels?\s+(?:of|in)\s+)?{month_first}"
                      rf"(?P<year>{YEAR_1600_TO_2199})\b(?![.,]\d)"
                      rf"(?!\s*(?:-|–|—|to|and|until|till|/)\s*(?:\d|(?:{months})\b))", re.IGNORECASE)


@lru_cache(maxsize=2)
def base_after_pattern(key: str = "base_year_words") -> re.Pattern[str]:
    """A year right after a figure and one of the words of periods.json ``key``, as a change's base ('since 2010',
    'up 8.1 % over the level of 2007')."""
    return year_after_words(alternation(data_json("periods.json").get(key, [])), after_figure=True)


def base_year_after(claim: Claim, key: str = "base_year_words") -> int | None:
    """The base year named right after the claim's figure ('up 9.6 % compared with 2021') by one of the
    words of periods.json ``key``, else None."""
    at = surface_at(claim.sentence, claim.text)
    found = base_after_pattern(key).match(claim.sentence, at + len(claim.text)) if at >= 0 else None
    return int(found.group("year")) if found else None


def compared_base_year(claim: Claim) -> int | None:
    """The year the claim's change is compared with, one year against another ('rose 9.6 % compared with
    2021': ``compared_base_words``), not a span run from it ('since 2021'); else None."""
    return base_year_after(claim, "compared_base_words")
