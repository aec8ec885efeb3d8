"""A figure about a city or province of the country its text names.

'Its population exceeds 20 million, with 1.32 million in the capital and 2.13 million in its largest
city': the last two figures carry the country from the paragraph, and the country's row was read
for them — 15 times too few people, a false alarm. A figure whose own words name a part of a
country (``place_parts.json``), right after it or opening its clause, is about that part, whether
the country stands in its sentence or was carried from farther text: unless the row is the part's
own, it cannot confirm or refute the figure, which is `unsupported`, said as for any place the
data lacks. One exception: a part never counts more than its whole, so a figure above the
country's total of an additive measure stays contradicted.
"""

from __future__ import annotations

import dataclasses
import re
from functools import cache

from ..matching import ClaimContext
from ..matching.context import MissingValue
from ..models import Claim, Verdict
from ..numbers import data_json
from .decision import Decision, Reason
from .observations import additive, signed_value


def place_part(decision: Decision, claim: Claim, ctx: ClaimContext) -> Decision:
    """`unsupported` (the part is not covered) where a figure about a city or province of a country
    was judged by the country's row carried from farther text; else ``decision``."""
    if decision.verdict not in (Verdict.supported, Verdict.contradicted) or not decision.lead:
        return decision
    lead = decision.lead[0]
    part = part_near(ctx.sentence_text, ctx.claim_offset, claim.text)
    places = {v for values in lead.candidate.matched_dims.values() for v in values}
    if part is None or any(v.casefold() in part.casefold() for v in places):
        return decision  # no part named, or the row is the part's own ('the capital, Nairobi' in a city table)
    if decision.verdict is Verdict.contradicted and additive(lead.candidate.resource) \
            and abs(signed_value(claim)) > abs(lead.observed):
        return decision  # more than the whole country is more than any part of it
    has = sorted(places)
    names = [v for v in has if not (v.isupper() and len(v) <= 3)]
    has = names or has  # 'Kazakhstan', not its code beside it
    missing = MissingValue(score=lead.candidate.metric_score, named=frozenset({part}), has=has, in_clause=True,
                           resource=lead.candidate.resource.name)
    return dataclasses.replace(decision, verdict=Verdict.unsupported, reason=Reason.PLACE_NOT_COVERED, flags=[],
                               lead=[], ranked=[], disagreeing=None,
                               not_covered=(lead.candidate.resource.metric, missing))


def part_near(sentence: str, at: int, figure: str) -> str | None:
    """The words naming a part of a country as the figure's own place, or None: right after it
    ('1.32 million in the capital, Nur-Sultan'), or opening its clause ('The capital, Accra, has …')."""
    if not sentence or sentence[at:at + len(figure)] != figure:
        return None
    part_after, part_opening, part_before = _part_patterns()
    after = re.split(r"[;:]|\d", sentence[at + len(figure):])[0]
    found = part_after.match(after)
    if found is None:
        before = re.split(r"[;:]|\d", sentence[:at])[-1].strip()
        found = part_opening.match(before) or part_before.search(before)
        if found is None:
            return None
        rest = before[found.end():]
    else:
        rest = after[found.end():]
    name = re.match(r",?\s+(?:of\s+)?([A-Z][\w'’-]*(?:[\s-][A-Z][\w'’-]*)*)", rest)
    return found.group(1) + (f", {name.group(1)}" if name else "")


@cache
def _part_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The part named right after the figure; opening its clause; just before it ('prices in the
    capital rose 7.7 %')."""
    noun = "|".join(re.escape(n) for n in sorted(data_json("place_parts.json")["nouns"], key=len, reverse=True))
    after = re.compile(r"^(?:\s*[\w-]+){0,2}?\s*,?\s*(?:live\s+|living\s+)?(?:in|of|for)\s+"
                       r"((?:the|its|their|that|this)\s+(?:[\w-]+\s+){0,2}?(?:" + noun + r"))\b", re.IGNORECASE)
    opening = re.compile(r"^(?:in\s+)?((?:the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:" + noun + r"))\b", re.IGNORECASE)
    before = re.compile(r"\b(?:in|of|for)\s+((?:the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:" + noun + r"))"
                        r"(?=(?:,?\s+[A-Z][\w'’-]*(?:[\s-][A-Z][\w'’-]*)*,)?(?:\s+[\w-]+){0,2}\s*$)", re.IGNORECASE)
    return after, opening, before
