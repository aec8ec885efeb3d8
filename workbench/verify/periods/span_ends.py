"""'Emissions rose from 9.1 million tonnes to 19.8 million tonnes between 1995 and 2010', 'the population
grew from 26 million to 29 million between 2000 and 2010', 'between 1990 and 2019 emissions increased by 16 %
to 582 million tonnes': the two levels of a change over a span are
the span's end points — the first its first year's, the second its last year's — not figures for the
whole span, which no yearly row could hold."""

from __future__ import annotations

from ...matching import ClaimContext
from ...matching.carried import named_periods
from ...config import Tolerances
from ...models import Claim, Kind
from ...periods import MULTI_YEAR, granularity, try_parse_period
from ...move_ends import Side, after_change_size, move_end, move_end_side
from ...text import clause_span
from ..wording import holds_any


def span_end_claim(claim: Claim, ctx: ClaimContext, tol: Tolerances) -> Claim:
    """A level or count whose period is a span of years and that stands as the 'from' or the 'to' of
    a change over it, read for the span's first or last year; so is a rate of change that moved ('from 2010
    to 2022 the growth rate fell from 2.2 % to 1.5 %': 2010's growth, then 2022's), never the span's change."""
    if not claim.period or not ctx.sentence_text:
        return claim
    if claim.kind is Kind.change:
        if move_end_side(ctx.sentence_text[:ctx.claim_offset], ctx.sentence_text[ctx.claim_end:]) is None:
            return claim
    elif claim.kind not in (Kind.level, Kind.count):
        return claim
    span = try_parse_period(claim.period)
    if span is None or granularity(span) != MULTI_YEAR:
        return claim
    side = span_end_side(ctx)
    if side is None or (_called_an_average(ctx, tol) if _after_change_size(ctx) else _own_spans(ctx)):
        return claim
    return claim.model_copy(update={"period": str(span.start.year if side == "from" else span.end.year)})


def _own_spans(ctx: ClaimContext) -> bool:
    """'From 0.8 ppm a year in the 1960s to 2.4 ppm a year in the 2010s': the 'from' figure names its
    own period before the 'to', so each end is a figure over its own span (a decade's mean), not a
    first or last year of one span the change runs over."""
    end = move_end(ctx.sentence_text[:ctx.claim_offset], ctx.sentence_text[ctx.claim_end:])
    return end is not None and bool(named_periods(end[1], ctx.as_of))


def _called_an_average(ctx: ClaimContext, tol: Tolerances) -> bool:
    """'Between 2020 and 2022, the average rate rose 1.2 points to 3.5 %': a figure its own clause calls an
    average (``average_words``) is the span's mean, whatever change of a stated size it ended; only a level
    so ended ('rose by 12 percent to 40 million tonnes') is the span's last year's."""
    start, end = clause_span(ctx.sentence_text, ctx.claim_offset)
    return holds_any(ctx.sentence_text[start:end], tol.average_words)


def span_end_side(ctx: ClaimContext) -> Side | None:
    """'from' or 'to' when the claim's figure stands as that end of a change in its clause ('to' too after
    the change's size: 'rose by 16 percent to 582 million tonnes')."""
    if _after_change_size(ctx):
        return "to"
    return move_end_side(ctx.sentence_text[:ctx.claim_offset], ctx.sentence_text[ctx.claim_end:])


def _after_change_size(ctx: ClaimContext) -> bool:
    """'… increased 12 per cent to 12.3 million tonnes': the figure ends a change of a stated size, whose
    start is no figure of the text (a span's first year read as one, 'From 2000 to 2015 …', is none)."""
    return after_change_size(ctx.sentence_text[:ctx.claim_offset])
