"""A change stated after the two figures it compares ('emissions were 210 million tons in 2017,
compared with 206.2 million tons in 2016, an increase of 1.8 percent'; 'the average rate in 2023 is
7.0467, compared with 6.7261 in the previous year, depreciating by 4.55 %'): the change runs from the
earlier of the two years to the later, whichever of them extraction gave the figure."""

from __future__ import annotations

import re
from functools import lru_cache

from ...matching import ClaimContext
from ...matching.carried import read_periods
from ...models import Claim, Kind
from ...numbers import alternation, lexicon
from ...periods import YEAR, granularity, try_parse_period
from ...text import surface_at
from ...units import PERCENT_OR_PP


@lru_cache(maxsize=1)
def _link() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(lexicon()['compared_change_links'])})\b", re.IGNORECASE)


_FIGURE = re.compile(r"\d")


def compared_pair_claim(claim: Claim, ctx: ClaimContext) -> Claim:
    """The change claim dated by the later of the two years its sentence compares before it."""
    if claim.kind is not Kind.change or claim.unit not in PERCENT_OR_PP or not claim.period:
        return claim
    own = try_parse_period(claim.period)
    at = surface_at(claim.sentence, claim.text)
    if own is None or granularity(own) != YEAR or at <= 0:
        return claim
    before = claim.sentence[:at]
    years: dict[int, tuple[int, int]] = {}  # year → where it is named (start, end)
    for start, end, period in read_periods(before, ctx.as_of):
        parsed = try_parse_period(period) if period else None
        if parsed is not None and granularity(parsed) == YEAR:
            years.setdefault(parsed.start.year, (start, end))
    if len(years) != 2 or own.start.year not in years:
        return claim
    first, second = sorted(years.items(), key=lambda kv: kv[1])  # in the order the text names them
    # the first year's figure stands between the two years' words, not in the first year's own digits:
    # 'lower in 2019 than the year before (2018: 1.8 %)' compares no figure of 2019
    between = before[first[1][1]:second[1][0]]
    if not _link().search(between) or not _FIGURE.search(between):
        return claim
    early, late = sorted(years)
    return claim.model_copy(update={"period": str(late) if late - early == 1 else f"{early}/{late}"})
