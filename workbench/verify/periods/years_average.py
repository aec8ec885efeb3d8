"""'The 5-year average of 3.7 %', 'a ten-year mean of 2.1 %': an average named by its length only.

The figure is the mean of that many whole years ending in the year it speaks of — its own, else the
one a reader carries from its heading or the sentences before — and is read as the mean of the
yearly rows over that span, not against the last year's row. The words are
``years_average_nouns`` and ``years_average_links`` in data/periods.json.
"""

from __future__ import annotations

import re
from decimal import InvalidOperation
from functools import lru_cache

from ...matching import ClaimContext
from ...models import Claim
from ...numbers import data_json, parse_number
from ...periods import YEAR, granularity, try_parse_period

# Longer averages are no longer 'N-year' figures news writes, and a year count this large is a date.
_MAX_YEARS = 60


@lru_cache(maxsize=1)
def _phrase() -> re.Pattern[str]:
    data = data_json("periods.json")
    nouns = "|".join(map(re.escape, data.get("years_average_nouns", [])))
    links = "|".join(map(re.escape, sorted(data.get("years_average_links", []), key=len, reverse=True)))
    return re.compile(rf"\b(?P<n>\d{{1,2}}|[a-z]+)[- ]years?[- ](?:{nouns})\s*(?:(?:{links})\s*){{0,2}}$",
                      re.IGNORECASE)


def years_average_claim(claim: Claim, ctx: ClaimContext) -> Claim:
    """The claim with its period the span of years its average's length names, ending in its year."""
    if not ctx.sentence_text or claim.value_high is not None:
        return claim
    found = _phrase().search(ctx.sentence_text[max(0, ctx.claim_offset - 80):ctx.claim_offset].rstrip())
    if found is None:
        return claim
    try:
        years = int(parse_number(found.group("n"))[0])
    except (InvalidOperation, ValueError, IndexError):
        return claim
    end = _year(claim.period) or (_year(ctx.carried_period[0]) if ctx.carried_period is not None else None)
    if end is None or not 1 < years <= _MAX_YEARS:
        return claim
    return claim.model_copy(update={"period": f"{end - years + 1}/{end}"})


def _year(period: str | None) -> int | None:
    parsed = try_parse_period(period) if period else None
    return parsed.start.year if parsed is not None and granularity(parsed) == YEAR else None
