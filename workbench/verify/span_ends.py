"""'Emissions rose from 9.1 million tonnes to 19.8 million tonnes between 1995 and 2010', 'the population
grew from 26 million to 29 million between 2000 and 2010': the two levels of a change over a span are
the span's end points — the first its first year's, the second its last year's — not figures for the
whole span, which no yearly row could hold."""

from __future__ import annotations

import re

from ..matching import ClaimContext
from ..matching.carried import named_periods
from ..models import Claim, Kind
from ..numbers import figure_lead_words
from ..periods import MULTI_YEAR, granularity, try_parse_period
from ..units import lookup_prefix

# 'from' right before the figure (a qualifier of the lexicon between allowed: 'from approximately 9.1
# million'), and a figure after a later 'to', in the same clause (a decimal point is no sentence end). A
# currency written before a figure ('to USD 51.7 billion', 'from Rs 24 billion') may stand between: a
# short word the units read as a currency sign (``_currency_or_none``).
_HEDGE = rf"{figure_lead_words()}(?:(?P<sign>[^\s\d]{{1,4}})\s?)?"
_CLAUSE = r"(?:[^;:.]|\.(?=\d))*"
_FROM = re.compile(rf"\bfrom\s+{_HEDGE}$", re.IGNORECASE)
_TO_AFTER = re.compile(rf"^(?P<between>{_CLAUSE}?)\bto\s+{_HEDGE}\d", re.IGNORECASE)
_TO = re.compile(rf"\bto\s+{_HEDGE}$", re.IGNORECASE)
_FROM_BEFORE = re.compile(rf"\bfrom\s+{_HEDGE}\d(?P<between>{_CLAUSE})$", re.IGNORECASE)


def _currency_or_none(found: re.Match[str] | None) -> re.Match[str] | None:
    """The match, when what stands in its sign's place is a currency or nothing ('from the 24 …' is none)."""
    if found is None or found.group("sign") is None or lookup_prefix(found.group("sign")) is not None:
        return found
    return None


def span_end_claim(claim: Claim, ctx: ClaimContext) -> Claim:
    """A level or count whose period is a span of years and that stands as the 'from' or the 'to' of
    a change over it, read for the span's first or last year."""
    if claim.kind not in (Kind.level, Kind.count) or not claim.period or not ctx.sentence_text:
        return claim
    span = try_parse_period(claim.period)
    if span is None or granularity(span) != MULTI_YEAR:
        return claim
    side = span_end_side(ctx)
    if side is None or _own_spans(ctx):
        return claim
    return claim.model_copy(update={"period": str(span.start.year if side == "from" else span.end.year)})


def _own_spans(ctx: ClaimContext) -> bool:
    """'From 0.8 ppm a year in the 1960s to 2.4 ppm a year in the 2010s': the 'from' figure names its
    own period before the 'to', so each end is a figure over its own span (a decade's mean), not a
    first or last year of one span the change runs over."""
    before = ctx.sentence_text[:ctx.claim_offset]
    after = ctx.sentence_text[ctx.claim_end:]
    if _currency_or_none(_FROM.search(before)) and (to_after := _TO_AFTER.search(after)):
        between = to_after.group("between")
    elif (to := _TO.search(before)) and (from_before := _FROM_BEFORE.search(before[:to.start()])):
        between = from_before.group("between")
    else:
        return False
    return bool(named_periods(between, ctx.as_of))


def span_end_side(ctx: ClaimContext) -> str | None:
    """'from' or 'to' when the claim's figure stands as that end of a change in its clause."""
    before = ctx.sentence_text[:ctx.claim_offset]
    after = ctx.sentence_text[ctx.claim_end:]
    if _currency_or_none(_FROM.search(before)) and _currency_or_none(_TO_AFTER.search(after)):
        return "from"
    to = _currency_or_none(_TO.search(before))
    if to and _currency_or_none(_FROM_BEFORE.search(before[:to.start()])):
        return "to"
    return None
