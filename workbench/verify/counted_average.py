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

from ..matching import ClaimContext
from ..models import Verdict
from ..numbers import data_json
from .decision import Decision, Reason


def counted_average(decision: Decision, ctx: ClaimContext) -> Decision:
    """`unsupported` where a figure no place is named for is called an average over a counted set
    of countries; else ``decision``."""
    if decision.reason is not Reason.PLACE_UNNAMED or _pattern().search(ctx.sentence_text or "") is None:
        return decision
    return dataclasses.replace(decision, verdict=Verdict.unsupported, reason=Reason.NO_MATCH, flags=[],
                               lead=[], ranked=[], disagreeing=None)


@cache
def _pattern() -> re.Pattern[str]:
    rules = data_json("places.json").get("counted_average", {})

    def words(key: str) -> str:
        return "|".join(re.escape(w) for w in sorted(rules.get(key, []), key=len, reverse=True)) or "(?!)"

    return re.compile(rf"\b(?:{words('average_words')})\b(?:[^.;]|\.(?=\d)){{0,60}}?\b(?:{words('count_before')})\s+(?:the\s+)?"
                      rf"\d[\d,]*\s+(?:{words('count_nouns')})\b", re.IGNORECASE)
