"""'Inflation averaged 15.6 % from 1998 until 2022, with a high of 63.1 % in March 2001': a sentence
that dates the series' other figures to months averages monthly figures. Against the mean of annual
rows that is another basis, so a disagreement is for review, not a contradiction."""

from __future__ import annotations

from ...matching import ClaimContext
from ...matching.carried import named_periods
from ...models import Claim, Verdict
from ...periods import DAY, MONTH, MULTI_YEAR, YEAR, granularity, try_parse_period
from ..decision import Decision, Reason


def monthly_average(decision: Decision, claim: Claim, ctx: ClaimContext) -> Decision:
    """A contradicted mean of annual rows over the claim's span of years → needs_review when the
    sentence names a month or a day inside that span for another figure."""
    if decision.verdict is not Verdict.contradicted or not decision.lead or decision.lead[0].reading not in ("mean", "mean_after_base"):
        return decision
    span = try_parse_period(claim.period or "")
    if span is None or granularity(span) != MULTI_YEAR or granularity(decision.lead[0].period) not in (MULTI_YEAR, YEAR):
        return decision
    for named in named_periods(claim.sentence, ctx.as_of):
        parsed = try_parse_period(named)
        if parsed is not None and granularity(parsed) in (MONTH, DAY) and span.start <= parsed.start \
                and parsed.end <= span.end:
            return decision.for_review(Reason.MONTHLY_AVERAGE)
    return decision
