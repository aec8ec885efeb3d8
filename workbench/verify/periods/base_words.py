"""A change's base year named right after its figure ('a reduction of 28 % since 2010', 'rose 9.6 % compared
with 2021'), by the words of ``workbench/data/periods.json``: read by the base-year span (``baseline``) and by
the readings of a span's yearly rates (``cumulative``)."""

from __future__ import annotations

import re
from functools import lru_cache

from ...models import Claim
from ...numbers import alternation, data_json
from ...patterns import YEAR_1600_TO_2199
from ...text import surface_at


@lru_cache(maxsize=2)
def base_after_pattern(key: str = "base_year_words") -> re.Pattern[str]:
    """A year right after one of the words of periods.json ``key``, as a change's base ('since 2010',
    'up 8.1 % over the 2007 level')."""
    words = data_json("periods.json").get(key, [])
    return re.compile(rf"\s*(?:{alternation(words)})\s+(?:the\s+)?(?:levels?\s+(?:of|in)\s+)?"
                      rf"(?P<year>{YEAR_1600_TO_2199})\b(?!\s*(?:-|–|—|to|and)\s*\d)", re.IGNORECASE)


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
