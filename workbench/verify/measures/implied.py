"""A figure read against the measure its counted noun or unit implies ('144.1 million people live in
Russia': a population; ``matching.implied``), where the text names that measure nowhere: the series
is a guess, so the verdict is for a person (``needs_review``, reason ``measure_implied``), agreeing
or not. Named somewhere in the text (the paragraph before speaks of CO2), the reading stands."""

from __future__ import annotations

from ...matching import ClaimContext
from ...models import Verdict
from ..decision import Decision, Reason


def implied_measure(decision: Decision, ctx: ClaimContext) -> Decision:
    implied = ctx.implied
    if implied is None or implied.named or not decision.lead \
            or decision.verdict not in (Verdict.supported, Verdict.contradicted):
        return decision
    return decision.for_review(Reason.MEASURE_IMPLIED, series=implied.said)
