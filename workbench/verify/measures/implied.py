"""A figure read against the measure its counted noun or unit implies ('144.1 million people live in
Russia': a population; ``matching.implied``), where the text names that measure nowhere: the series
is a guess, so the verdict is for a person (``needs_review``, reason ``measure_implied``). Named
somewhere in the text (the paragraph before speaks of CO2), the reading stands; so does agreement for
the period the figure's own sentence names ('18.3 million people live there as of 2018'), or an earlier
sentence of its paragraph names for it (a list after a sentence on 2017's figures): a row of
that measure, place and period within tolerance bears the guess out. A disagreement may be another
measure's figure, and a figure of no period said agrees with some year by chance: both stay for a
person; so does a count taken on one day ('the 2021 census counted …', ``day_counts``), agreeing or not,
for the row is a mid-year estimate."""

from __future__ import annotations

from ...matching import ClaimContext
from ...models import Claim, Verdict
from ..decision import Decision, Reason


def implied_measure(decision: Decision, claim: Claim, ctx: ClaimContext) -> Decision:
    implied = ctx.implied
    if implied is None or implied.named or not decision.lead \
            or decision.verdict not in (Verdict.supported, Verdict.contradicted):
        return decision
    # the period the text names for the figure, in its sentence or carried from an earlier one ('… in 2017.
    # India follows (2.4 bn t)'): a row of that year agreeing bears the guess out as well
    said_period = claim.period is not None or ctx.carried_period is not None
    if decision.verdict is Verdict.supported and said_period and not implied.day_count:
        return decision
    return decision.for_review(Reason.MEASURE_IMPLIED, series=implied.said)
