"""An average over a counted set of countries: 'The average for 2023 based on 149 countries was
10 percent.' A source's unweighted mean of the countries it happens to list is no row of the data
(a World row is a weighted aggregate of its own), so where the text names no place the figure is
`unsupported` rather than left for a person to place among the data's countries. The words are
``counted_average`` in ``data/places.json``.
"""

from __future__ import annotations

import dataclasses
import re
from functools import cache

from ...matching import ClaimContext
from ...models import Verdict
from ...numbers import data_json
from ...places import Places
from ..decision import Decision, Reason
from ..observations import row_places


def counted_average(decision: Decision, ctx: ClaimContext) -> Decision:
    """`unsupported` where a figure no place is named for is called an average over a counted set
    of countries, or where a group's figure is called a median; else ``decision``."""
    counted = decision.reason is Reason.PLACE_UNNAMED and _pattern().search(ctx.sentence_text or "") is not None
    if not counted and not _median_of_group(decision, ctx):
        return decision
    return dataclasses.replace(decision, verdict=Verdict.unsupported, reason=Reason.NO_MATCH, flags=[],
                               lead=[], ranked=[], disagreeing=None)


def _median_of_group(decision: Decision, ctx: ClaimContext) -> bool:
    """The figure's clause calls it a median before it ('median global headline inflation exceeded 9 %')
    and the row that would judge it is a country group's, not supporting it: a middle member's figure."""
    if decision.verdict is Verdict.supported or not decision.lead or not ctx.sentence_text:
        return False
    before = ctx.sentence_text[ctx.clause_span[0]:ctx.claim_offset] if ctx.clause_span[1] else \
        ctx.sentence_text[:ctx.claim_offset]
    if _median().search(before) is None:
        return False
    places = Places.default()
    return any(places.is_group(key) for key in row_places(decision.lead[0]))


@cache
def _median() -> re.Pattern[str]:
    words = data_json("places.json").get("counted_average", {}).get("median_words", [])
    return re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in words) or '(?!)'})\b", re.IGNORECASE)


@cache
def _pattern() -> re.Pattern[str]:
    rules = data_json("places.json").get("counted_average", {})

    def words(key: str) -> str:
        return "|".join(re.escape(w) for w in sorted(rules.get(key, []), key=len, reverse=True)) or "(?!)"

    return re.compile(rf"\b(?:{words('average_words')})\b(?:[^.;]|\.(?=\d)){{0,60}}?\b(?:{words('count_before')})\s+(?:the\s+)?"
                      rf"\d[\d,]*\s+(?:{words('count_nouns')})\b", re.IGNORECASE)
